"""GUIDE.md: factors "explain WHY: causes, drivers, motives, intentions, interests, constraints,
capabilities and weaknesses, leverage, pressures". Analysis prose names them without "because":
a weakness as a failure or an inability to act, a desire with its object ("covets these
waters", "wants dominion over ..."), an origin as such ("deeply rooted", "stems from", "at the
root of", "was the source"), also when a speaker states it (GUIDE rule 2). The rules
``capability``, ``purpose`` and ``driver`` of ``data/section_rules.yaml`` move a situation
reading of them to factors; near-misses stay where they were. Invented sentences; no
third-party text."""

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
    # a weakness named as a failure or an inability to act
    "capability": [
        "The episode highlights the failure of Dorvia and Kestan to include the strait in "
        "their hotline agreement.",
        "Kelvo's inability to pay its border guards leaves the crossings open to smugglers.",
        "The reluctance of the northern clans to share grazing land keeps the feud alive.",
        "The failure to reform the police has left the capital's poorer districts unprotected.",
    ],
    # a desire with its object named, in the present
    "purpose": [
        "Ostland covets these pastures, wells and mines.",
        "It also wants dominion over the inner lakes to keep foreign patrols away from its ports.",
        "Brenn seeks influence over the river delta and its fishing grounds.",
        "The Varn council wants control of the toll road through the pass.",
        "The junta craves the legitimacy of a summit with its neighbours.",
    ],
    # an origin named as such, also in a statement someone reports (GUIDE rule 2)
    "driver": [
        "It soon became clear that the unrest in Varn was far more deeply rooted than it first "
        "appeared.",
        "The valley was burning, and it seemed one man was the source.",
        "A lecturer now stranded in Kelvo said farmers told her that unequal land titles were "
        "also at the root of the riots.",
        "The dispute stems from rival claims to the islands' fishing grounds.",
        "The feud has its roots in a land reform that favoured the coastal towns.",
        "The quarrel over the dam is rooted in decades of mistrust between the two capitals.",
        "Officials said the real cause was the collapse of the grain price.",
        # an act moved by a grievance, a fear or an ambition
        "At first sight the riots in Varn seemed sparked by frustration over a rise in bread "
        "prices.",
        "Kestan's push into the delta is driven by the fear of losing its river trade.",
        "The strikes were fuelled by anger over unpaid wages in the copper mines.",
    ],
}
CASES = [(rule, text) for rule, texts in FACTORS.items() for text in texts]


@pytest.mark.parametrize(("rule", "text"), CASES)
def test_a_named_factor_without_because_is_a_factor(rule: str, text: str) -> None:
    assert rule in _fired(text)
    assert rule_labels([text]) == ["factors"]
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "factors"


@pytest.mark.parametrize("was", ["battlefield", "geopolitical", "outlook"])
def test_only_a_situation_reading_moves(was: str) -> None:
    for text in (FACTORS["capability"][0], FACTORS["purpose"][0], FACTORS["driver"][0]):
        assert _top(text, **{was: 0.6, "context": 0.2, "factors": 0.2}) == was


@pytest.mark.parametrize(
    "text",
    [
        # no desire verb, or no object of control, or a past act, a statement, a date
        "The army regained control of the ridge above the town.",
        "Police want witnesses of the crash to come forward.",
        "Residents seek shelter in the cathedral every night.",
        "The ministry said it seeks greater control over grain imports.",
        "The influence of the clergy over the villages has waned.",
        "Rebels sought control of the port on Tuesday.",
        # a failure that is no weakness of an actor, or is told with its toll or its date
        "A power failure to the hospital cut the lights for an hour.",
        "Engine failure forced the cargo jet to land in Kelvo.",
        "The failure to evacuate the village killed twelve people.",
        "The minister announced the failure of the talks.",
        "Reluctance to fight was reported among the conscripts on Tuesday.",
        # a source of information, water, money; roots that are no origin; a stated
        # capability stays the news (GUIDE rule 4)
        "The spokesman was the source of the report.",
        "The well was the source of water for the whole village.",
        "The ministry is the source of the casualty figures.",
        "The floods uprooted thousands of villagers along the river.",
        "The fire at the depot was sparked by a faulty cable.",
        "The landslide was triggered by heavy rain in the hills.",
        "Riots sparked by anger over fuel prices killed three people in Varn.",
        "The ministry said the army lacks fuel for its tanks.",
        "He said the talks collapsed on Tuesday after the border dispute flared again.",
    ],
)
def test_near_misses_stay_where_they_were(text: str) -> None:
    assert rule_labels([text], predicted=["context"]) != ["factors"]
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "context"
