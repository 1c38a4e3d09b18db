"""Claim kinds misread in a new-analyst trial on a crisis between two states (invented
sentences of the same shapes; no third-party text): a second verb read as a second counted
noun, a noun of killing that governs its figure, page furniture and the parties of an act
read as figures, a figure of an event long past without its own time, the place and time of
the attack a toll hangs on, and sizes joined to their unit by a hyphen."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.topics import counts_key
from briefbook.model import Claim


def _claims(text: str) -> list[Claim]:
    return find_claims(text, "S1.1", published="2026-03-10")


def _one(text: str, stated: str) -> Claim:
    found = [c for c in _claims(text) if stated in c.text]
    assert len(found) == 1, [c.text for c in _claims(text)]
    return found[0]


# ---------------------------------------------------------------- a second verb, not a noun


@pytest.mark.parametrize(
    ("text", "stated", "counts"),
    [
        ("Troops moved north after a bombing in Tarsk killed 31 people and injured many.", "31",
         "people"),
        ("The raid killed at least 14 villagers and wounded others, the council said.", "14",
         "villagers"),
        ("Shelling killed nine civilians and injured scores in the market.", "nine", "civilians"),
    ],
)  # fmt: skip
def test_a_second_verb_and_its_object_is_not_counted_with_the_first(text, stated, counts):
    claim = _one(text, stated)
    assert (claim.counts, claim.event) == (counts, "killed")


def test_two_nouns_coordinated_before_their_verb_stay_one_thing_counted():
    # "and wounded were flown out": a noun with its verb after it, counted with the first
    assert _one("Medics said 14 soldiers and wounded were flown out.", "14").counts == (
        "soldiers and wounded"
    )


# ------------------------------------------------------------ a noun of killing governs


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The raid was a reply to the savage massacre of thirty-one pilgrims by gunmen.",
         "thirty-one"),
        ("Protests followed the slaughter of 14 farmers near the border.", "14"),
        ("The murder of three judges shocked the capital.", "three"),
    ],
)  # fmt: skip
def test_a_noun_of_killing_governs_its_figure_as_killed(text, stated):
    assert _one(text, stated).event == "killed"


# ------------------------------------------------ page furniture and the parties of an act


@pytest.mark.parametrize(
    "text",
    [
        "7 minutes",
        "4 min read",
        "12 minutes Read",
        "For the first time, two nuclear powers have fought each other with drones.",
        "Two rival states have shelled one another across the river since dawn.",
        "Talks between two neighbours broke down on Friday.",
    ],
)
def test_a_label_or_the_parties_of_an_act_is_no_claim(text):
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Two countries sent 40 doctors to the camp.", "40 doctors"),
        ("The siege lasted 7 minutes short of a day, officials said.", "7 minutes"),
        ("Three states have pledged troops to the mission.", "Three states"),
    ],
)
def test_a_count_of_states_or_a_duration_in_a_report_stays_a_claim(text, stated):
    assert any(stated in c.text for c in _claims(text))


# ---------------------------------------------------- a figure of an event long past


def test_a_when_clause_gives_the_figure_the_time_it_hangs_on():
    claim = _one(
        "The parade was the deadliest incident in the province since March 2011, when 52 "
        "police officers were killed in an ambush in Velka.",
        "52",
    )
    assert (claim.when, claim.where, claim.scope, claim.event) == (
        "March 2011",
        "Velka",
        None,
        "killed",
    )


def test_a_span_of_the_figures_own_clause_stays_its_scope():
    claim = _one("Since March 2011, 52 police officers have been killed in the province.", "52")
    assert claim.scope is not None and "2011" in claim.scope


# ---------------------------------------------- the attack a toll hangs on, and "lives"


@pytest.mark.parametrize(
    ("text", "when", "where"),
    [
        ("Ministers met to weigh a reply to the 2 March Tarsk bombing that claimed 29 lives.",
         "2 March", "Tarsk"),
        ("The Velka attack, which killed 12 people, drew a protest.", None, "Velka"),
        ("Officials recalled the attack that killed 12 people.", None, None),
    ],
)  # fmt: skip
def test_a_toll_takes_the_time_and_place_of_the_attack_it_hangs_on(text, when, where):
    claim = [c for c in _claims(text) if c.event == "killed"][0]
    assert (claim.when, claim.where) == (when, where)


def test_lives_count_people():
    assert counts_key("lives").head == counts_key("people").head == "people"


# ------------------------------------------------------ sizes joined to their unit


@pytest.mark.parametrize(
    ("text", "stated", "value", "counts", "unit"),
    [
        ("Police seized an 82,000-tonne tanker off the coast.", "82,000-tonne", 82000, "tons",
         "tons"),
        ("A 190-metre ship sailed into the strait.", "190-metre", 190, "metres", "m"),
        ("Engineers finished a 12-mile wall along the river.", "12-mile", 12, "miles", "miles"),
        ("The navy tracked a two-mile convoy.", "two-mile", 2, "miles", "miles"),
    ],
)  # fmt: skip
def test_a_hyphenated_size_is_a_measure_of_the_thing(text, stated, value, counts, unit):
    claim = _one(text, stated)
    assert (claim.kind, claim.low, claim.high, claim.counts, claim.unit, claim.event) == (
        "measure",
        value,
        value,
        counts,
        unit,
        "other",
    )


def test_an_amount_in_a_unit_spelt_out_keeps_its_goods_and_event():
    # "twenty-three" is a hyphenated number, not a number joined to its unit
    claim = _one("Rebels seized twenty-three tons of grain.", "twenty-three")
    assert (claim.counts, claim.event) == ("tons of grain", "captured")


def test_a_hyphenated_compound_is_still_no_figure():
    assert _claims("The envoy took a one-way flight home.") == []
