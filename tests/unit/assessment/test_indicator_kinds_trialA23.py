"""Indicators found by a new analyst's trial (trialA23; invented sentences): a question put
to a speaker ("Responding to a question on whether Kestra is behind the attack, ...") and a
promise of no further comment ("no further comment would be made at this time") are nothing
to watch; the speaker's answer still is when it names a development ("... the army will
withdraw from the border next week")."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "Responding to a question on whether Kestra is behind the attack, the spokesman said "
        "the issue was serious but added that no further comment would be made at this time.",
        "The spokesman said the issue was serious but added that no further comment would be "
        "made at this time.",
        "Asked whether talks would resume, the envoy declined to answer.",
        # a question of two parts, the second opened by "if"
        "Responding to a question on whether Kestra is behind the raid and if Varn is trying "
        "to mediate, the spokesman said the issue was serious but added that no further "
        "comment would be made at this time.",
    ],
)
def test_a_question_or_no_further_comment_is_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "Responding to a question on whether Kestra is behind the attack, the spokesman said "
        "the army will withdraw from the border next week.",
        "Asked whether talks would resume, the envoy said Kestra will send a delegation to Varn "
        "on Friday.",
        "Analysts are watching whether Kestra will send troops across the river next week.",
    ],
)
def test_the_answer_or_a_watched_question_stays_an_indicator(text: str) -> None:
    assert is_indicator(text)
