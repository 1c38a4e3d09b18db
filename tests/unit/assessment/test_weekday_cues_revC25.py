"""Weekdays the day writer must leave as written (review round revC25; invented sentences):
a weekday after a cue of a day to come or a condition in its sentence ("would open on
Friday", "plan to reopen ... on Saturday", "scheduled for Sunday", "If approved on Friday",
``weekday_ahead_before`` of data/relative_days.yaml), and a weekday that is a word of a name
("Good Friday", "Black Friday", "the Monday Club"; ``weekday_name_before``). Near misses
that keep their day: a weekday before the cue ("said on Tuesday it would send troops"), a
bare weekday after a word of time ("Early Tuesday", "By Wednesday evening") and after "on"
before a name ("On Monday Kelvo said")."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.relative_days import absolute_days

DAY = dt.date(2025, 6, 5)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "He said the summit would open on Friday.",
        "Officials plan to reopen the crossing on Saturday.",
        "The army intends to withdraw by Sunday.",
        "Ministers hope to sign the accord on Sunday.",
        "Voting is scheduled for Sunday.",
        "The vote, planned for Friday, was postponed.",
        "Talks could resume as early as Monday.",
        "The deadline expires on Saturday.",
        "Observers are expected on Monday.",
        "If approved on Friday, the deal would open the border.",
        "Good Friday services were cancelled in Velk.",
        "Black Friday sales fell this year.",
        "The Monday Club issued a statement.",
    ],
)
def test_a_weekday_to_come_or_in_a_name_is_left_as_written(text: str) -> None:
    assert absolute_days(text, DAY) == text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The ministry said on Tuesday it would send more troops.",
            "The ministry said on Tuesday 3 June 2025 it would send more troops.",
        ),
        (
            "Kelvo said Monday that talks would resume.",
            "Kelvo said on Monday 2 June 2025 that talks would resume.",
        ),
        (
            "Early Tuesday, drones hit a fuel depot in Amra.",
            "Early on Tuesday 3 June 2025, drones hit a fuel depot in Amra.",
        ),
        (
            "By Wednesday evening the fire was contained.",
            "By the evening of Wednesday 4 June 2025 the fire was contained.",
        ),
        (
            "On Monday Kelvo said the strike was over.",
            "On Monday 2 June 2025 Kelvo said the strike was over.",
        ),
        (
            "The deadline expired on Saturday.",
            "The deadline expired on Saturday 31 May 2025.",
        ),
        (
            # the cue's clause ends at the comma: Monday's drills are past
            "Kelvo has vowed it would never rule out force, calling Monday's drills a warning.",
            "Kelvo has vowed it would never rule out force, calling the Monday 2 June 2025 "
            "drills a warning.",
        ),
        (
            '"We could hit them," he said on Tuesday.',
            '"We could hit them," he said on Tuesday 3 June 2025.',
        ),
    ],
)
def test_near_misses_keep_their_day(text: str, written: str) -> None:
    assert absolute_days(text, DAY) == written
