"""GUIDE: context = "past and present facts, told as facts"; none = navigation and "read
more" text. ``perceived`` of ``data/section_rules.yaml`` reads "could be heard", "can be seen"
with what was perceived as a report, never a forecast; ``framing`` leaves out the outlet
promoting its own coverage. Invented sentences."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels

PERCEIVED = [
    "Protesters could be heard chanting outside the assembly.",
    "Smoke can be seen rising over the Amsel docks.",
    "Armoured columns could be seen from the coastal road.",
]


@pytest.mark.parametrize("text", PERCEIVED)
def test_what_a_witness_perceived_is_the_situation(text):
    assert _top(text, outlook=0.6, context=0.2, none=0.2) == "context"


FORECASTS = [
    # a time ahead or a condition: the forecast stands
    "Columns could be seen again on the coastal road next week.",
    "If the dam breaks, the flood could be seen from the capital.",
    # no perception at all
    "The truce could collapse within days.",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_a_forecast_with_a_modal_stays_the_outlook(text):
    assert _top(text, outlook=0.6, context=0.2, none=0.2) == "outlook"


@pytest.mark.parametrize(
    "text",
    [
        "Our experts penetrate the fog of the Varn war.",
        "Our correspondents bring you the latest from the Amsel front.",
    ],
)
def test_the_outlet_promoting_its_coverage_is_left_out(text):
    assert rule_labels([text]) == ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "Our analysts assess that the militia has lost half its boats.",
        "Our correspondents confirmed that the bridge was destroyed.",
        "Our forces will hold the line, the general said.",
    ],
)
def test_an_assessment_or_a_report_of_our_own_is_substance(text):
    assert "none" not in rule_labels([text])
