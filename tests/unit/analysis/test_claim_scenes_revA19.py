"""Review of trial20's claim scenes (revA19; invented sentences):

* only a common noun right before a noun of a toll's cause says what the cause was ("in Pager
  blasts", "in Mortar attacks"); an unknown one-word name that is no ordinary English word
  stays the place ("in Vell shelling", "in Khiam strikes"), as it was before trial20;
* a known place whose name ends in a month keeps it ("in Cape May");
* a bare remainder after a count of people counts people, whoever the count before it named
  ("seven civilians were killed and 30 others wounded": 30 people, as the claims guide reads
  them); after a count of things it counts those things ("three others" of two tanks).
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three people were killed in Vell shelling on Monday.", "Vell"),
        ("Four people were killed in Khiam strikes.", "Khiam"),
        ("Six were killed in Tawila attacks.", "Tawila"),
    ],
)
def test_an_unknown_name_before_a_cause_noun_stays_a_place(text: str, place: str) -> None:
    (claim,) = find_claims(text, "S1.1")
    assert claim.where == place, claim


@pytest.mark.parametrize(
    "text",
    [
        "Two were killed in Pager explosions.",
        "Two were killed in Mortar attacks.",
        "Two were killed in Walkie-talkie blasts.",
    ],
)
def test_a_common_noun_before_a_cause_noun_is_no_place(text: str) -> None:
    # near miss: a device or weapon, not a name
    (claim,) = find_claims(text, "S1.1")
    assert claim.where is None, claim


@pytest.mark.parametrize(
    "text",
    [
        "Seven civilians were killed and 30 others wounded in the shelling.",
        "Four soldiers were killed and 11 others wounded.",
        "Two soldiers and three others were killed.",
        "The strike killed three Hamas commanders and wounded 15 others.",
    ],
)
def test_others_after_a_count_of_people_are_people(text: str) -> None:
    # one reading of a bare rest for every round (claims23r's ``_rest_of``): other people
    assert [c.counts for c in find_claims(text, "S1.1")][1] == "other people"


def test_others_after_a_count_of_things_are_those_things() -> None:
    # near miss: "others" of drones are drones
    text = "Two drones were shot down and four others crashed."
    assert [c.counts for c in find_claims(text, "S1.1")] == ["drones", "other drones"]


def test_a_known_place_whose_name_ends_in_a_month_keeps_it() -> None:
    (claim,) = find_claims("Three people were killed in Cape May on Monday.", "S1.1")
    assert claim.where == "Cape May", claim


def test_a_weekday_after_a_known_place_is_still_its_time() -> None:
    # near miss: "Port Said Friday" is no place's name
    (claim,) = find_claims("Two people were killed in Port Said Friday.", "S1.1")
    assert (claim.where, claim.when) == ("Port Said", "Friday"), claim
