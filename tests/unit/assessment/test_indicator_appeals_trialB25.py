"""An appeal in a government's register ("calls upon the international community to closely
monitor the situation", "is calling upon residents to stay in shelters") is a recommendation,
what someone ought to do: never an indicator to watch (round trialB25: a government statement's
closing appeal stood among the indicators). Invented sentences."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "Vendra reserves its right to take all necessary measures to protect its people and "
        "sovereignty, and calls upon the international community to closely monitor the "
        "situation and uphold humanitarian principles.",
        "The council calls upon both armies to withdraw from the border by Friday.",
        "The ministry is calling upon residents to stay in shelters until Monday.",
        "The envoy called upon both sides to resume talks next week.",
    ],
)
def test_an_appeal_is_no_indicator(text) -> None:
    assert is_indicator(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "The council will vote on the observer mission on Friday.",
        "Reservists will be called up next week if the truce fails.",
        "Vendra reserves the right to retaliate if Ostland violates the truce.",
    ],
)
def test_a_forward_act_or_condition_stays_an_indicator(text) -> None:
    assert is_indicator(text) is True
