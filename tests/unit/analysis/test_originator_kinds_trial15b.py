"""Originators misread in a new-analyst trial on a border war between two neighbours (invented
sentences of the same shapes; no third-party text): a monitor that "tallied" or "documented"
a figure originates it, and never inherits the speaker of the sentence before."""

from __future__ import annotations

import pytest

from builders import originators_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Another monitoring group, the Northern Peace Observatory, tallied 410 attacks in "
            "2024 that killed 620 people.",
            "Northern Peace Observatory",
        ),
        ("The UN mission documented 60 civilian deaths in the district in March.", "UN mission"),
        ("Rights groups have documented 35 executions since the spring.", "Rights groups"),
    ],
)
def test_a_monitor_that_tallies_or_documents_a_figure_originates_it(text, body) -> None:
    assert originators_of(text) == [body]


def test_the_second_monitor_of_a_paragraph_is_its_own_originator() -> None:
    found = originators_of(
        (
            "According to the Border Conflict Institute, 2024 was the deadliest year in a decade.",
            "Another research body, the Valley Peace Centre, tallied 95 raids that killed "
            "120 people.",
        )
    )
    assert found == ["Border Conflict Institute", "Valley Peace Centre"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses main reads right: a place or a time that "recorded" a figure, people who
        # "counted on" something, a participle, a passive: no speaker
        "Ostland recorded its deadliest month in May, with 300 civilians killed.",
        "The province recorded 40 attacks last year, up from 25.",
        "Voters counted on the 20 new polling stations.",
        "The documented toll rose to 40 on Friday.",
        "Abuses were documented in 12 villages.",
    ],
)
def test_near_misses_have_no_originator(text) -> None:
    assert originators_of(text) == [None]


def test_an_explicit_speaker_still_wins_over_the_counters() -> None:
    assert originators_of("Medics counted 14 bodies at the scene, the agency said.") == ["agency"]
