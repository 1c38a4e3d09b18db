"""Claim kinds left over from the last session (invented sentences, no third-party text):

* a capital "M" after a number is a magnitude beside a quake, else million, never metres; a
  magnitude is a measure, never a count;
* a vague number followed by a verb counts people only when the verb is a human action, else
  nothing ("Thousands continue to ..." never counts "continue");
* in a sentence of two clauses, a figure belongs to the "according to X" of its own clause;
* a figure that sets a limit ("a 60 kph speed limit applies") is a measure of the limit, event
  ``other`` (CLAIMS.md: measurements and price-cap levels are "other").
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _claims(text: str, attributed_to: str | None = None) -> list:
    return find_claims(text, "S1.1", attributed_to=attributed_to)


@pytest.mark.parametrize(
    "text",
    [
        "A 6.3M earthquake shook the valley towns before dawn.",
        "The tremor that hit the island measured 4.8M.",
        "A magnitude 6.3 quake shook the valley towns before dawn.",
        "A 6.3 magnitude earthquake shook the valley towns before dawn.",
    ],
)
def test_a_magnitude_is_a_measure_never_metres_nor_a_count(text):
    found = [c for c in _claims(text) if c.low in (6.3, 4.8)]
    assert len(found) == 1, found
    assert found[0].kind == "measure" and found[0].unit == "magnitude", found
    assert found[0].event == "other"


def test_a_capital_m_without_a_quake_is_million():
    found = _claims("The province now shelters 1.7M people who left the coast.")
    assert [(c.low, c.kind, c.counts) for c in found] == [(1_700_000.0, "count", "people")]
    money = _claims("Donors pledged 3.2M dollars for the shelters.")
    assert [(c.low, c.kind) for c in money] == [(3_200_000.0, "money")]


def test_a_lower_case_m_stays_metres():
    found = _claims("The flood wall near the port is 12m high.")
    assert [(c.low, c.unit) for c in found] == [(12.0, "m")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Hundreds continue to flee the shelled villages each night.", "displaced"),
        ("Thousands gathered outside the parliament on Friday.", "other"),
        ("Dozens queued at the bakery before sunrise.", "other"),
    ],
)
def test_a_vague_number_before_a_human_action_counts_people(text, event):
    found = _claims(text)
    assert [(c.counts, c.event) for c in found] == [("people", event)], found


@pytest.mark.parametrize(
    "text",
    [
        "Thousands continue to be reported across the northern districts.",
        "Hundreds remain under review by the border commission.",
    ],
)
def test_a_vague_number_before_any_other_verb_is_no_claim(text):
    found = _claims(text)
    assert not any(c.counts.split()[0] in {"continue", "remain"} for c in found), found
    assert found == [], found


def test_each_clause_gives_its_figures_to_its_own_originator():
    text = (
        "In brief: 3,400 homes flooded, 70 people injured, according to the civil "
        "protection agency; the Red Crescent says 900 families were displaced."
    )
    found = _claims(text, attributed_to="Red Crescent")
    by = {c.text: c.attributed_to for c in found}
    assert by["3,400 homes"] == "civil protection agency", by
    assert by["70 people"] == "civil protection agency", by
    assert by["900 families"] == "Red Crescent", by


def test_a_second_clause_after_according_to_is_its_speakers():
    text = "Summary: 210 shops looted, according to the police; the mayor says 14 schools closed."
    found = _claims(text, attributed_to="police")
    by = {c.text: c.attributed_to for c in found}
    assert by["14 schools"] == "mayor", by
    assert by["210 shops"] == "police", by


@pytest.mark.parametrize(
    "text",
    [
        "A 60 kph speed limit applies to aid trucks delivering food.",
        "A 20 km/h limit applies to convoys carrying aid.",
        "A cap of 2,500 troops applies to the mission deployed in the south.",
    ],
)
def test_a_figure_that_sets_a_limit_is_a_measure_of_no_event(text):
    found = _claims(text)
    assert found, found
    assert [c.event for c in found] == ["other"] * len(found), found


def test_a_maximum_of_n_is_still_an_upper_bound_of_the_event():
    found = _claims("A maximum of 40 people were killed in the shelling.")
    assert [(c.high, c.event) for c in found] == [(40.0, "killed")]


def test_a_large_figure_before_a_human_action_counts_people_of_its_clauses_speaker():
    text = (
        "Key numbers: 40,000 houses flooded, according to the civil protection agency; "
        "the Red Crescent says 300,000 lack clean water."
    )
    found = _claims(text, attributed_to="civil protection agency")
    by = {c.text: (c.counts, c.attributed_to) for c in found}
    assert by["40,000 houses"] == ("houses", "civil protection agency"), by
    assert by["300,000"] == ("people", "Red Crescent"), by


def test_a_small_figure_or_a_range_before_a_verb_is_read_as_before():
    found = _claims("An extra 3,000-4,000 well trained soldiers are waiting at the border.")
    assert [(c.low, c.high) for c in found] == [(3000.0, 4000.0)], found
    assert "soldiers" in found[0].counts
