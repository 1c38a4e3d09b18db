"""Over-reaches of rounds claims25r, trial23 and newuser20 found by invented look-alikes
(round revB20; invented sentences, no third-party text):

* a person's age with a preposition, article or verb before the war word is an age, no
  duration ("a 19-year-old died in war"); "its 30-year-old insurgency" stays a duration;
* a transfer verb in an aside ("40 tanks, provided by the United States,") names a supplier,
  no source, unless the sentence is a spread of sourced figures;
* captors who free hostages, or a freeing for a ransom, stay a release, no rescue;
* "US" is the United States, no object pronoun ("Thousands of US and Dorvian troops");
* a demonym with its own plural or none ("Swedes", "Swiss") counts people of that nation.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.topics import counts_key


def _read(text: str) -> list[tuple[float | None, str, str | None]]:
    return [(c.low, c.event, c.attributed_to) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old died in war.",
        "A 12-year-old during the siege was wounded.",
        "A 20-year-old on the mission was killed.",
    ],
)
def test_a_persons_age_before_a_place_or_time_of_war_is_no_duration(text: str) -> None:
    assert _read(text) == []


def test_the_age_of_a_war_stays_its_duration() -> None:
    assert [c.counts for c in find_claims("Its 30-year-old insurgency continues.", "S1.1")] == [
        "years"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine lost 40 tanks, provided by the United States, in the offensive.",
        "The army received 30 tanks, supplied by Germany, last year.",
    ],
)
def test_a_supplier_in_an_aside_is_no_source(text: str) -> None:
    assert all(who is None for _, _, who in _read(text))


def test_a_spread_of_sourced_figures_keeps_its_sources() -> None:
    text = "Death tolls ranged from 76, provided by Dorvian officials, to 100, provided by police."
    assert [who for _, _, who in _read(text)] == ["Dorvian officials", "police"]
    assert [who for _, _, who in _read("The toll was 100, as reported by police.")] == ["police"]


@pytest.mark.parametrize(
    "text",
    [
        "Kidnappers freed 12 hostages who had been kidnapped on the highway.",
        "The gunmen freed 12 hostages abducted by them last week.",
        "Troops freed 45 hostages held by the gang after a ransom was paid.",
    ],
)
def test_a_release_by_captors_or_for_a_ransom_is_no_rescue(text: str) -> None:
    assert [event for _, event, _ in _read(text)] != ["other"]


def test_a_rescue_by_troops_stays_a_rescue() -> None:
    assert [e for _, e, _ in _read("Troops freed 45 hostages held by the gang.")] == ["other"]


def test_us_in_capitals_is_no_object_pronoun() -> None:
    claims = find_claims("Thousands of US and Dorvian troops launched joint exercises.", "S1.1")
    assert [(c.counts, c.event) for c in claims] == [("US and Dorvian troops", "deployed")]
    # near miss: "half of them children" still counts the children
    parts = find_claims("Some 260,000 civilians fled, half of them children.", "S1.1")
    assert [c.counts for c in parts][-1] == "children"


@pytest.mark.parametrize("counts", ["Swedes", "Swiss", "Poles", "Armenians"])
def test_people_counted_by_a_nation_with_its_own_plural(counts: str) -> None:
    assert counts_key(counts).head == "people"
