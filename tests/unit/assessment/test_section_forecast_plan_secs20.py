"""GUIDE rule 5: a forward-looking sentence is outlook unless it clearly assesses a military
or wider implication of a present development. The rule ``forecast_plan`` of
``data/section_rules.yaml`` moves a battlefield or geopolitical reading of a sentence that only
looks ahead at an act or a trend ("is set to", "has committed to", "may continue to", "there
will likely be", "looking ahead", "will need") and names no effect to outlook. Invented
sentences."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels, section_rules

FORECASTS = [
    "Velkor Energy is set to double its refining capacity on the northern coast.",
    "League ministers have committed to tighten the quotas on Tessalian grain next spring.",
    "Bread prices in Amsel may continue to climb as the reserves run down.",
    "There will likely be a second round of port inspections before the winter.",
    "Looking ahead, both shipyards are working to launch new tankers every quarter.",
    "Tessaly will need new buyers for its fertiliser within the year.",
    "The northern brigades are expected to rotate out of the pass in March.",
    "The league is planning to reopen the northern grain route.",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_a_forecast_of_an_act_or_a_trend_read_as_an_implication_is_the_outlook(text):
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) == "outlook"
    assert _top(text, battlefield=0.6, context=0.3, none=0.1) == "outlook"


IMPLICATIONS = [
    # an effect of a present development named: the implication stands (rule 5's exception)
    "The new tankers will further strengthen Kessel's hold over the straits.",
    "The quotas are set to erode Tessaly's standing within the league.",
    "A second round of inspections will pose a threat to the league's unity.",
    "Looking ahead, the embargo risks isolating Dorvia from its southern partners.",
]


@pytest.mark.parametrize("text", IMPLICATIONS)
def test_near_miss_a_forward_implication_keeps_its_reading(text):
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) == "geopolitical"


@pytest.mark.parametrize(
    "text",
    [
        # a promise reported as news is no forecast of this rule's
        "The minister said the league will continue to inspect every grain ship.",
        # a stance held now is no forward plan
        "The league remains committed to cutting Kessel's port revenue.",
        # "plans to" as a noun: what people did about a plan is the news
        "Dock workers took issue with plans to raise the harbour levy on grain.",
    ],
)
def test_near_miss_a_reported_promise_or_a_stance_is_not_this_rule(text):
    plan = [r for r in section_rules() if r.name == "forecast_plan"]
    assert rule_labels([text], plan, predicted=["geopolitical"]) == [None]


def test_near_miss_only_an_implication_reading_moves():
    text = FORECASTS[0]
    plan = [r for r in section_rules() if r.name == "forecast_plan"]
    assert rule_labels([text], plan, predicted=["factors"]) == [None]
    assert _top(text, none=0.9, geopolitical=0.1) == "none"
