"""Indicators of review revB23 (invented sentences): only a question put to someone
("Responding to a question on whether ...", "Asked if ...") is removed before looking for
indicator cues; the analyst's own open question ("the key question of whether the ceasefire
holds beyond March") is what a reader watches and stays an indicator."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "The key question of whether the ceasefire holds beyond March will shape the talks.",
        "Analysts raise the question of whether Belvin will resume strikes if talks collapse "
        "in May.",
    ],
)
def test_an_open_question_of_the_analyst_stays_an_indicator(text: str) -> None:
    assert is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "In reply to a question about whether Belvin will resume strikes in May, the envoy "
        "declined to comment.",
        "Asked if the army would withdraw by Friday, the spokesman declined to comment.",
    ],
)
def test_a_question_put_to_a_speaker_is_none(text: str) -> None:
    assert not is_indicator(text)
