"""Claim kinds of review round revB28 around the rules of round claims28 (invented sentences,
no third-party text):

* a ransom word after a sum restated in brackets still names the sum ("paid $1.2m (£950,000)
  in ransom"), while a conversion with no ransom keeps the funding;
* captors that a speaker reports as taking a sum ("Police said the kidnappers had received
  $300,000") are as those opening the sentence; the captors' victims or families are not;
* naira, shillings and the like are currencies ("a ransom of 4 million naira");
* a cue inside a participle's phrase right after a listed part ("including three
  firefighters trapped in the building") leaves the toll's event; a verb of its own after the
  list ("and destroyed 4 buildings") does not;
* an irregular past of going ("700 villagers swam across the river seeking safety") ends the
  counted phrase, so the crossing to escape is read; a swim with no escape is no flight.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _events(text: str) -> dict[str, tuple[str, str]]:
    return {c.text: (c.event, c.kind) for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    "text",
    [
        "Shipowners paid $1.2m (£950,000) in ransom to free the crew.",
        "The families handed over 3 million euros (about $3.3m) as ransom for the engineers.",
    ],
)
def test_a_ransom_after_a_bracketed_conversion_names_both_sums(text: str) -> None:
    got = _events(text)
    assert [e for e, k in got.values() if k == "money"] == ["other", "other"], got


def test_near_miss_a_conversion_without_ransom_stays_funding() -> None:
    got = _events("The EU provided €20m (about $22m) to the coastguard.")
    assert [e for e, _ in got.values()] == ["funded", "funded"], got


@pytest.mark.parametrize(
    "text",
    [
        "Police said the kidnappers had received $300,000 from the families.",
        "A local official said that the abductors collected $40,000 for the pupils.",
        "Police said the hijackers demanded $5m for the ship.",
    ],
)
def test_captors_a_speaker_reports_took_a_ransom(text: str) -> None:
    got = _events(text)
    assert [e for e, k in got.values() if k == "money"] == ["other"], got


@pytest.mark.parametrize(
    "text",
    [
        "Police said the kidnappers' victims received $300,000 in aid.",
        "The minister said the kidnappers' families received 2 million naira in compensation.",
        "The charity received $2m to free child soldiers, the UN said.",
    ],
)
def test_near_miss_no_captor_takes_the_sum(text: str) -> None:
    got = _events(text)
    assert [e for e, k in got.values() if k == "money"] == ["funded"], got


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Relatives paid a ransom of 4 million naira for the pastor.", "other"),
        ("The gang demanded 20 million shillings as ransom.", "other"),
        ("The state gave 50 million shillings to the clinics.", "funded"),
    ],
)
def test_african_currencies_are_money(text: str, event: str) -> None:
    got = _events(text)
    assert [(e, k) for e, k in got.values()] == [(event, "money")], got


def test_a_cue_in_a_listed_parts_participle_keeps_the_toll() -> None:
    got = _events("The fire killed 9 people, including three firefighters trapped in the building.")
    assert got["three firefighters"] == ("killed", "count"), got
    got = _events("The raid wounded 14, including two medics working in the clinic.")
    assert got["two medics"][0] == "wounded", got


def test_near_miss_a_verb_of_its_own_after_the_list() -> None:
    got = _events(
        "The fire killed 9 people, including three firefighters, and destroyed 4 buildings."
    )
    assert got["three firefighters"][0] == "killed", got
    assert got["4 buildings"][0] == "destroyed", got


@pytest.mark.parametrize(
    "text",
    [
        "About 700 villagers swam across the river seeking safety.",
        "Some 1,200 families ran across the border to escape the shelling.",
    ],
)
def test_an_irregular_crossing_to_escape_is_flight(text: str) -> None:
    got = _events(text)
    assert [e for e, _ in got.values()] == ["displaced"], got
    assert not any(t.endswith(("swam", "ran")) for t in got), got


def test_near_miss_a_swim_with_no_escape() -> None:
    got = _events("About 300 athletes swam across the bay in the race.")
    assert got == {"About 300 athletes": ("other", "count")}, got


def test_what_the_crossing_escaped_is_no_event_of_the_people() -> None:
    got = _events("Some 1,200 families ran across the border to escape the shelling.")
    assert got == {"Some 1,200 families": ("displaced", "count")}, got


def test_near_miss_a_toll_before_the_crossing_stays() -> None:
    got = _events("Gunmen killed 30 people who crossed the river to escape.")
    assert got == {"30 people": ("killed", "count")}, got


@pytest.mark.parametrize(
    "text",
    [
        "Washington gave $10 million to Nigeria to combat ransom kidnappings.",
        "The EU pledged $5 million to help victims of ransom kidnapping.",
        "Donors sent $3m to shelters for survivors of ransom attacks.",
    ],
)
def test_a_ransom_word_qualifying_a_crime_names_no_sum(text: str) -> None:
    got = _events(text)
    assert [e for e, k in got.values() if k == "money"] == ["funded"], got


@pytest.mark.parametrize(
    "text",
    [
        "The gangs earned $20m from ransom kidnappings last year.",
        "The gangs raked in $400m by demanding ransom payments.",
    ],
)
def test_near_miss_the_sums_own_source_is_ransom(text: str) -> None:
    got = _events(text)
    assert [e for e, k in got.values() if k == "money"] == ["other"], got
