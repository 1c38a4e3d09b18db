"""Day words that name the present age or sit inside a clause (review revB24; invented
sentences): "today's Ukraine", "the Sudan of today", "Europe today is" in analysis are no day
and stay as written; a day word inside its clause before a verb is no subject ("The
fighting today was" -> "The fighting on 16 December 2024 was"). Near misses keep their
date: a possessive before a demonym or another name ("today's Russian strike", "today's
Kremlin statement"), "as of today", a day opening its clause ("Today is the deadline",
"..., and yesterday marked").
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.relative_days import absolute_days

DAY = dt.date(2024, 12, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Today's Ukraine is a different country from the one of 2014.",
        "In today's Syria, militias rule the roads.",
        "The Sudan of today is fractured among armed groups.",
        "The commanders of tomorrow are trained in Varn.",
        "Europe today is less secure than a decade ago.",
    ],
)
def test_the_present_age_stays_as_written(text: str) -> None:
    assert absolute_days(text, DAY) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fighting today was the heaviest in weeks.",
            "The fighting on 16 December 2024 was the heaviest in weeks.",
        ),
        (
            "The truce ended, and yesterday marked a year since the siege.",
            "The truce ended, and 15 December 2024 marked a year since the siege.",
        ),
        (
            "Today is the deadline for the rebels.",
            "16 December 2024 is the deadline for the rebels.",
        ),
        (
            "Ostland condemned today's Russian strike.",
            "Ostland condemned the 16 December 2024 Russian strike.",
        ),
        (
            "The ministry called today's Kremlin statement false.",
            "The ministry called the 16 December 2024 Kremlin statement false.",
        ),
        ("The curfew holds as of today.", "The curfew holds as of 16 December 2024."),
    ],
)
def test_a_day_keeps_its_date(text: str, expected: str) -> None:
    assert absolute_days(text, DAY) == expected
