"""An appeal's verb in the passive ("the army will be called upon to secure the polls")
tells what someone will be asked to do, no appeal of the speaker's: a forward act stays an
indicator, while "calls upon X to ..." stays a recommendation (review revB25). Invented
sentences."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "The army will be called upon to secure the polls next week.",
        "Reservists may be called on to guard the border if the truce fails.",
    ],
)
def test_a_passive_call_is_no_appeal(text: str) -> None:
    assert is_indicator(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister calls upon all parties to exercise restraint.",
        "The council calls upon the ministry to report by Friday.",
        "We call upon the United Nations to send observers next week.",
    ],
)
def test_an_appeal_stays_a_recommendation(text: str) -> None:
    assert is_indicator(text) is False
