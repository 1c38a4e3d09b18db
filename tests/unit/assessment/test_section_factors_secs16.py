"""GUIDE.md: factors "explain WHY: causes, drivers, motives, intentions, interests, constraints,
capabilities and weaknesses, leverage, pressures". Stated plainly as facts ("The group relies
on ...", "The army lacks ...", "Local grievances fuel ..."), the classifier often reads them as
the situation; the rules ``capability``, ``purpose`` and ``driver`` of
``data/section_rules.yaml`` move that reading to factors. Reported casualties, statements
reported as news, dated acts, forward modals and calls for action stay where they were.
Invented sentences; no third-party text."""

from __future__ import annotations

import numpy as np
import pytest

from briefbook.assessment.section_rules import apply_rules, rule_labels, section_rules

LABELS = ("battlefield", "conclusion", "context", "factors", "geopolitical", "none", "outlook")


def _row(**p: float) -> np.ndarray:
    return np.array([[p.get(lab, 0.0) for lab in LABELS]])


def _top(text: str, **p: float) -> str:
    return LABELS[int(np.argmax(apply_rules(_row(**p), LABELS, [text])[0]))]


def _fired(text: str) -> list[str]:
    return [r.name for r in section_rules() if r.fires(text)]


FACTORS = {
    # capabilities and weaknesses, constraints
    "capability": [
        "The Varn militia relies on taxing barge traffic on the Oster river.",
        "The northern army lacks air support and long-range artillery.",
        "A chronic shortage of trained pilots grounds half of the Kelvo air wing.",
        "The garrison is badly hampered by a single unpaved supply track.",
        "The junta struggles to pay its conscripts in the eastern provinces.",
        "The coastguard is unable to patrol the outer islands of the archipelago.",
        "The movement has the capacity to mobilise thousands of supporters within hours.",
        "Dorvia remains heavily dependent on grain shipped through the Brenn strait.",
    ],
    # motives and intentions
    "purpose": [
        "The Kelvo council seeks to keep the port open to both sides.",
        "Brenn aims to split the opposition before the vote.",
        "The militia taxes the markets in order to pay its fighters.",
        "The goal of the blockade is to starve the rebel towns of imports.",
    ],
    # drivers, grievances, incentives and leverage, reasons
    "driver": [
        "Local grievances over land fuel recruitment into the militia.",
        "Smuggling revenues fuel the insurgency in the hill districts.",
        "Many herders resent the new grazing permits.",
        "Control of the dam gives Ostland leverage over its downstream neighbours.",
        "High bread prices are one reason for the unrest in the capital.",
        "The drivers of the insurgency are land, water and jobs.",
        "The council has little incentive to share the toll revenue.",
    ],
}
CASES = [(rule, text) for rule, texts in FACTORS.items() for text in texts]


@pytest.mark.parametrize(("rule", "text"), CASES)
def test_a_factor_stated_as_fact_is_a_factor(rule: str, text: str) -> None:
    assert rule in _fired(text)
    assert rule_labels([text]) == ["factors"]
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "factors"


@pytest.mark.parametrize("was", ["battlefield", "geopolitical", "outlook", "conclusion", "none"])
def test_only_a_situation_reading_moves(was: str) -> None:
    text = FACTORS["capability"][1]
    # a boilerplate reading stands only when the classifier is very sure (section_rules)
    top = 0.9 if was == "none" else 0.6
    rest = (1.0 - top) / 2
    assert _top(text, **{was: top, "context": rest, "factors": rest}) == was


@pytest.mark.parametrize(
    "text",
    [
        # GUIDE rule 3: reported casualties are events, whatever caused them
        "Twelve soldiers died at the ford in a unit that still lacks armoured vehicles.",
        # GUIDE rule 4: a statement reported as news
        "The ministry announced that the militia relies on river taxes.",
        "Brenn's spokesman said the council seeks to reopen the port.",
        # a dated act is what happened
        "On Tuesday the rebels seized the ferry in order to cut the capital's trade.",
        "Last week the Kelvo council was struggling to pass its budget.",
        "In March 2024 the garrison was lacking spare parts for its trucks.",
        # a forward modal is the outlook's or an implication's (the classifier's choice)
        "The coalition could lack the ships to escort every convoy next year.",
        # an act done because of an event is that event's consequence
        "The port is unable to load grain due to the shelling of its cranes.",
        # "depending on" conditions an estimate; "fuel" as a noun is no driver
        "Estimates of the militia's size vary widely depending on the source.",
        "The convoy carried fuel for the hospital generators.",
        "Fuel depots along the coast road were full at the start of the season.",
    ],
)
def test_events_reports_and_forecasts_are_no_factor(text: str) -> None:
    # no rule moves a situation reading (a dated act read as an implication is moved back to
    # context by ``dated_act``, GUIDE rules 3-4: no factor either)
    assert rule_labels([text], predicted=["context"]) == [None]
    assert "factors" not in rule_labels([text])
    assert _top(text, context=0.6, factors=0.4) == "context"


def test_a_call_for_action_about_a_factor_is_the_outlook() -> None:
    # the recommendation rule's, never factors
    text = "Donors must address the grievances of the displaced herders."
    assert not {"capability", "purpose", "driver"} & set(_fired(text))
    assert rule_labels([text]) == ["outlook"]


def test_a_quoted_motive_alone_does_not_move_the_sentence() -> None:
    # the rules read the sentence outside direct quotes
    text = 'The leaflet read: "Our grievances fuel this struggle."'
    assert rule_labels([text]) == [None]


@pytest.mark.parametrize(
    "text",
    [
        # an act told in the past is the situation, whatever weakness or motive it names
        # (review revB16)
        "Rebels seized the town after government troops, lacking ammunition, withdrew overnight.",
        "Fishermen who depend on the lake blocked the highway to the port.",
        "Protesters, resentful of the new fuel tax, blocked the main roads into the capital.",
        "Gunmen stormed the barracks in order to seize weapons.",
        "Troops lacking winter equipment abandoned two positions near the pass.",
    ],
)
def test_a_past_act_naming_a_weakness_or_motive_stays_the_situation(text: str) -> None:
    # no factor rule moves the situation reading (read as geopolitical, a report naming no
    # effect would go to context: ``plain_report``, round secs20)
    assert rule_labels([text], predicted=["context"]) == [None]
    assert _top(text, context=0.6, factors=0.4) == "context"


@pytest.mark.parametrize(
    "text",
    [
        # a participle after a determiner is an adjective: the factor stands
        "The besieged town relies on airdrops for food and medicine.",
        "The occupied districts depend on fuel trucked in from the north.",
    ],
)
def test_a_participle_as_an_adjective_leaves_a_factor(text: str) -> None:
    assert rule_labels([text]) == ["factors"]
