"""A reporting clause closing a sentence is no domain cue (round trial21), but a main clause
after a fronted phrase is no reporting clause: "In Aden, hospitals reported cholera
outbreaks." had lost its humanitarian reading because the verb's object was taken as part of
a closing ", X reported ..." (review revE19)."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import domain_of


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("In Ostvik, hospitals reported cholera outbreaks.", "humanitarian"),
        ("Across the north, clinics reported famine deaths.", "humanitarian"),
        ("By Friday, the government announced elections.", "political"),
    ],
)
def test_a_main_clause_after_a_fronted_phrase_keeps_its_cues(text: str, domain: str) -> None:
    assert domain_of(text) == domain


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the closing clause says only who, when or where
        "Refugees crossed into the valley, the interior ministry said Monday.",
        "Refugees crossed into the valley, the interior ministry said in a statement.",
    ],
)
def test_near_miss_a_closing_clause_with_its_time_is_still_the_speaker(text: str) -> None:
    assert domain_of(text) == "humanitarian"
