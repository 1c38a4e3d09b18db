"""Claim kinds of review revB23 (every sentence here is invented):

* "may" or "might" with "have" before a figure's verb tells a past event as possibly so, an
  estimate of the toll ("as many as 100 people may have been killed, officials said"):
  asserted and hedged, no supposition; with a condition of what did not happen after the
  verb ("had the dam burst", "without the warning") it stays a supposition (``capacity``);
* a figure right after its own event's verb and counted "of them" ("rounded up the men and
  killed 20 of them") is the act's toll, not a part of a whole; "20 of them were killed"
  after a whole stays a part;
* a time opening the sentence dates a saying before the figure, not the figure's event ("On
  Monday, officials said 40 people had been killed"); "On Monday, gunmen killed 40 people"
  stays dated.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _claims(text: str):
    return find_claims(text, "S1.1", published="2025-04-10")


@pytest.mark.parametrize(
    "text",
    [
        "As many as 100 people may have been killed in the strike, officials said.",
        "At least 30 civilians might have been killed in the raid, according to a monitor.",
        "Some 40 people may have been abducted near Goma, police said.",
    ],
)
def test_may_have_is_a_hedged_estimate(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.modality == "asserted", claim
    assert claim.hedged


@pytest.mark.parametrize(
    "text",
    [
        "Forty people might have been killed without the warning, the mayor said.",
        "Hundreds more may have died if the dam had burst.",
        "Twelve people would have died without the shelters.",
    ],
)
def test_a_condition_keeps_the_supposition(text: str) -> None:
    claims = [c for c in _claims(text) if c.event == "killed"]
    assert claims and all(c.modality == "capacity" for c in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the village, rounded up the men and killed 20 of them.",
        "Militants seized the school in Kano and abducted 40 of them, residents said.",
    ],
)
def test_a_figure_after_its_verb_is_the_toll(text: str) -> None:
    claims = [c for c in _claims(text) if c.event in {"killed", "captured"}]
    assert claims and not any(c.part for c in claims), claims


def test_a_count_of_them_as_subject_stays_a_part() -> None:
    claims = _claims("Police arrested 300 people in Lahore; 40 of those were charged.")
    assert [c.part for c in claims] == [False, True], claims


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, officials said 40 people had been killed in the raid.",
        "Late on Sunday, the governor told reporters 12 villagers had been abducted.",
    ],
)
def test_a_fronted_time_of_a_saying_does_not_date_the_figure(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.when is None, claim


def test_a_fronted_time_of_the_act_dates_it() -> None:
    (claim,) = _claims("On Monday, gunmen killed 40 people in Benue.")
    assert claim.when == "On Monday", claim
