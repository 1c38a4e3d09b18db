"""What a figure's place and counted thing are (trial20; invented sentences):

* a capitalised word right before a noun of a toll's cause that no gazetteer, city or area index
  knows ("in Beeper blasts") names what the cause was, not a place; "in Beirut strikes" and
  "in Tyre strikes" (known places) and a name of two words stay places;
* a weekday or month told right after a place without "on" ("across Dorvia Tuesday") is the
  time, not a word of the place;
* a bare remainder ("and 2,800 others were injured") counts what the count before it counts;
  with no count before it, "others" stays.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.parts import sub_place


def _scene(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.counts, c.where, c.when) for c in find_claims(text, "S1.1")]


def test_a_cause_word_after_in_is_no_place() -> None:
    assert _scene("Three people were killed in Beeper blasts across Dorvia on Tuesday.") == [
        ("people", "Dorvia", "on Tuesday")
    ]
    assert _scene("Two soldiers were wounded in Drone strikes.") == [("soldiers", None, None)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three people were killed in Beirut strikes on Tuesday.", "Beirut"),
        ("Three people were killed in Tyre strikes on Tuesday.", "Tyre"),
        ("Three people were killed in Kelvik Bridge attacks on Tuesday.", "Kelvik Bridge"),
        ("Three people were killed in Dorvia on Tuesday.", "Dorvia"),
    ],
)
def test_a_place_before_a_cause_word_stays_a_place(text: str, place: str) -> None:
    (claim,) = find_claims(text, "S1.1")
    assert claim.where == place, claim


def test_a_weekday_after_a_place_is_its_time() -> None:
    (claim,) = find_claims("Four people were killed across Dorvia Tuesday.", "S1.1")
    assert (claim.where, claim.when) == ("Dorvia", "Tuesday"), claim


def test_a_cause_word_is_no_narrower_place_of_a_part() -> None:
    text = "At least 12 people were killed in Beeper blasts across Dorvia Tuesday."
    (claim,) = find_claims(text, "S1.1")
    assert sub_place(text, claim) is None
    near = "At least 12 people were killed in Kelvik on Tuesday."
    (other,) = find_claims(near, "S1.1")
    assert sub_place(near, other) == "in Kelvik"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("At least 12 people were killed and around 2,800 others were injured.", "people"),
        ("Two tanks were destroyed and three others were damaged.", "tanks"),
    ],
)
def test_the_rest_counts_what_the_count_before_it_counts(text: str, counts: str) -> None:
    # one reading of "others" for both rounds (claims23r's ``_rest_of``): the others of what
    # the count before counts
    assert [c.counts for c in find_claims(text, "S1.1")] == [counts, f"other {counts}"]


def test_the_rest_with_no_count_before_it_stays_others() -> None:
    assert [c.counts for c in find_claims("Five others were hurt.", "S1.1")] == ["others"]


@pytest.mark.parametrize(
    "text",
    [
        "Over 300,000 Dorvian people have been forced to live as refugees in their own country.",
        "Over 70,000 residents now live as refugees in their own country.",
    ],
)
def test_people_made_refugees_in_their_country_are_displaced(text: str) -> None:
    (claim,) = find_claims(text, "S1.1")
    assert claim.event == "displaced", claim


def test_people_who_once_lived_as_refugees_and_came_back_are_not_counted_displaced() -> None:
    # near miss: the figure's own verb is another event
    text = "About 12 journalists who once lived as refugees returned to cover the vote."
    (claim,) = find_claims(text, "S1.1")
    assert claim.event != "displaced", claim
