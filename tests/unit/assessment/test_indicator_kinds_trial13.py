"""An indicator is a development to watch (invented sentences of the shapes seen in a
new-analyst trial; no third-party text): an estimate of a count already there ("the toll
could be more than 20") says what is, not what is to come."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "The death toll could be more than 30, a senior police officer estimated.",
        "The real number of dead may well be far higher, relief workers said.",
        "The casualty figure may be higher than the ministry reported.",
        "The total could be as many as 400 homes, the mayor said.",
    ],
)
def test_an_estimate_of_a_count_already_there_is_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "The toll could rise as rescuers reach the upland villages.",
        "The number of displaced could be as high as 40,000 and will grow if the rains go on.",
        "The governor said the pass would reopen on Friday.",
    ],
)
def test_a_count_still_to_change_is_an_indicator(text: str) -> None:
    assert is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "Even a brief exchange of artillery could close the pass to traders for good.",
        "Any war over the lake would ruin the farms of both states.",
    ],
)
def test_what_would_follow_a_supposed_event_is_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "Even a brief exchange of artillery could close the pass if the talks fail next week.",
        "A second convoy could leave Port Vell on Friday.",
    ],
)
def test_a_development_with_a_date_or_condition_stays_an_indicator(text: str) -> None:
    assert is_indicator(text)
