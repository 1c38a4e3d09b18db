"""A deadline told in the past ("had until March", "gave the rebels until March") names the
month nearest its source's date, the one gone by too: a report of May looks back to March,
so the deadline is overtaken, never "next March" (round claims24; invented sentences). Near
misses: "has until March" in May still looks to next March, and "had until July" in May (a
report's reported speech) to the July ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.occasions import looked_ahead_day

PUBLISHED = dt.date(2024, 5, 6)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dravno had until March to pull its gunboats back from the lake.", dt.date(2024, 3, 31)),
        ("The council gave the militia until March to hand in its rockets.", dt.date(2024, 3, 31)),
    ],
)
def test_a_past_deadline_is_the_month_nearest_its_report(text: str, day: dt.date) -> None:
    assert looked_ahead_day(text, PUBLISHED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dravno has until March to pull its gunboats back from the lake.", dt.date(2025, 3, 31)),
        ("Dravno had until July to pull its gunboats back from the lake.", dt.date(2024, 7, 31)),
    ],
)
def test_near_miss_a_present_deadline_or_a_later_month_looks_ahead(text: str, day: dt.date) -> None:
    assert looked_ahead_day(text, PUBLISHED) == day
