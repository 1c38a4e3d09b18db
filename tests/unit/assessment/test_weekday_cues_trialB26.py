"""Weekdays of a hearing, vote or talks put off to a day (new-analyst trial trialB26;
invented sentences): "The trial was adjourned to Tuesday" in a Monday report names the day
to come, left as written (``weekday_ahead_before`` of data/relative_days.yaml); "to" before
a weekday written as its day takes no "on" ("from Saturday to Monday", ``bare_after``).
Near misses that keep their day: "adjourned on Monday", "resumed on Wednesday"."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.relative_days import absolute_days

DAY = dt.date(2025, 9, 22)  # a Monday


@pytest.mark.parametrize(
    "text",
    [
        "The trial was adjourned to Tuesday due to disagreements over procedure.",
        "The hearing was postponed until Thursday.",
        "The vote was pushed back to Friday after a boycott.",
        "The tribunal deferred its ruling until Wednesday.",
        "The talks were rescheduled for Saturday.",
        "The trial resumes on Wednesday with the first witness.",
    ],
)
def test_a_weekday_a_hearing_is_put_off_to_is_left_as_written(text: str) -> None:
    assert absolute_days(text, DAY) == text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The court adjourned on Monday after a dispute.",
            "The court adjourned on Monday 22 September 2025 after a dispute.",
        ),
        (
            "The trial resumed on Wednesday.",
            "The trial resumed on Wednesday 17 September 2025.",
        ),
        (
            "Fighting lasted from Saturday to Monday.",
            "Fighting lasted from Saturday 20 September 2025 to Monday 22 September 2025.",
        ),
        (
            "Shelling went on from dawn to Sunday evening.",
            "Shelling went on from dawn to the evening of Sunday 21 September 2025.",
        ),
    ],
)
def test_near_miss_a_past_weekday_keeps_its_day(text: str, written: str) -> None:
    assert absolute_days(text, DAY) == written
