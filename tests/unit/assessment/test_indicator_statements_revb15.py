"""Reported statements that foresee another's course stay indicators (review round revB15;
every sentence here is invented): "X said it will ..." reports the speaker's own words and is
no indicator, but "officials said the militia is expected to attack the airport" reports an
assessment of what a third party is about to do, the thing an indicator watches for."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Karsian militia is expected to attack the airport at Vell.",
        "Defence officials said Ostland is preparing to hold large naval drills near Tarn.",
        "The ministry said the rebels plan to seize the port of Vell.",
        "Analysts said Westmark is likely to resume enrichment at its northern site.",
    ],
)
def test_a_reported_forecast_of_another_stays_an_indicator(text: str) -> None:
    assert is_indicator(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own course, as the round's rule reads it
        "Westmark said it plans to withdraw its ambassador from Vell.",
        "The rebels announced they are preparing to leave the port of Vell.",
        "The ministers expressed hope that the accord would hold.",
    ],
)
def test_the_speakers_own_course_stays_a_report_of_words(text: str) -> None:
    assert is_indicator(text) is False
