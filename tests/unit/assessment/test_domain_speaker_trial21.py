"""The situation's domain of a reported event (invented sentences of the shapes seen in a
new-analyst trial on an offensive and an exodus): a reporting clause closing the sentence
names who speaks, not what happened (", the Ostland government said." is no political cue);
a fuel station named as the site of an event is a place, not the energy trade. Near misses:
a speaker that opens the sentence as its subject still counts, and a station beside a word
of the trade keeps the economic reading."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import domain_of


@pytest.mark.parametrize(
    "text",
    [
        '"As of Monday, 2,906 displaced persons entered Tovaria from the enclave," the '
        "Ostland government said.",
        "Refugees crossed into the valley overnight, the interior ministry said on Monday.",
        "Aid convoys reached the town of Kelvik, according to the government.",
    ],
)
def test_a_closing_reporting_clause_is_not_the_topic(text: str) -> None:
    assert domain_of(text) == "humanitarian"


def test_a_fuel_station_named_as_a_site_is_no_economic_cue() -> None:
    text = (
        "Over 200 people sustained injuries due to an explosion at a gas station near "
        "Vendra, local media reported."
    )
    assert domain_of(text) != "economic"


def test_near_miss_a_speaker_opening_the_sentence_still_counts() -> None:
    assert domain_of("The government collapsed after the vote, officials said.") == "political"
    assert (
        domain_of("The minister resigned on Friday, the prime minister's office said.")
        == "political"
    )


def test_near_miss_a_station_beside_the_trade_stays_economic() -> None:
    assert domain_of("Petrol prices rose at every gas station in Vendra.") == "economic"
    assert domain_of("Two villages were shelled overnight, the defence ministry said.") == (
        "military"
    )
