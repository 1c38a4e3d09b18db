"""An open near-future time runs out (round trialA26): "The two sides agreed to hold meetings
in the coming days" in a report of 19 October looks to the days up to early November, and
"renewed clashes could follow in the coming weeks" to the weeks after its report; an issue
dated after that finds them overtaken, no indicator to watch. A time further off ("in the
coming months"), a sentence naming no time, and a source without a date look to no day.
Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.occasions import open_horizon_day

REPORT = dt.date(2025, 10, 19)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The two sides also agreed to hold meetings in the coming days to verify the truce.", 14),
        ("Mediators expect a second round in the next few days in Vellmar.", 14),
        ("Analysts warn that renewed clashes could follow in the coming weeks.", 56),
        ("Dorvia will reopen the crossing within days, the ministry said.", 14),
    ],
)
def test_an_open_near_time_is_due_within_its_horizon(text: str, days: int) -> None:
    assert open_horizon_day(text, REPORT) == REPORT + dt.timedelta(days=days)


@pytest.mark.parametrize(
    "text",
    [
        "The council could vote on the mission in the coming months.",
        "Talks will resume in the coming days and conclude by next year.",
        "The army will remain deployed along the border.",
        "Rebels, who vowed to strike in the coming days, could march on Vellmar.",
    ],
)
def test_a_far_or_no_time_looks_to_no_day(text: str) -> None:
    assert open_horizon_day(text, REPORT) is None


def test_an_undated_source_looks_to_no_day() -> None:
    assert open_horizon_day("Talks will resume in the coming days.", None) is None
