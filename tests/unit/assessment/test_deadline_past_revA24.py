"""A deadline told in the past names the month nearest its report only for the month right
after its "until" (review revA24; invented sentences): "had held the town until January;
elections are due in March" and "gave no date until which it would rule, but promised a vote
in March" look to the March ahead. Near misses: "had until March", "had until 31 March" and
"granted an extension until March" in a report of May still look back to the March gone by."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.occasions import looked_ahead_day

PUBLISHED = dt.date(2024, 5, 6)


@pytest.mark.parametrize(
    "text",
    [
        "The army had held Velk until January; elections are due in March.",
        "The junta gave no date until which it would rule, but promised a vote in March.",
    ],
)
def test_another_month_of_the_sentence_looks_ahead(text: str) -> None:
    assert looked_ahead_day(text, PUBLISHED) == dt.date(2025, 3, 31)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dravno had until March to pull its gunboats back.", dt.date(2024, 3, 31)),
        ("Dravno had until 31 March to pull its gunboats back.", dt.date(2024, 3, 31)),
        ("Kelvo was granted an extension until March.", dt.date(2024, 3, 31)),
    ],
)
def test_near_miss_the_month_after_a_past_until_is_the_nearest(text: str, day: dt.date) -> None:
    assert looked_ahead_day(text, PUBLISHED) == day
