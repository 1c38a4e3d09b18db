"""GUIDE rule 4: statements reported as news are context; rule 2: a reported statement takes
the label of what it says. ``reported_event`` of ``data/section_rules.yaml`` sends a factors
reading of a sentence that reports someone saying an act happened ("X said the army had
...") to the situation; a reported cause, motive, purpose or capability, a forward modal or a
judgement keeps the factors reading. Invented sentences."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

REPORTED_EVENTS = [
    "The Varn spokesman said the army had withdrawn two brigades from the river crossing.",
    "Officials in Kessel said the fuel depot was hit twice during the night.",
    "A Dorvian police officer told reporters the convoy had been searched at the checkpoint.",
    'Colonel Amsel says that "reprisals are being carried out across the valley."',
    "The ministry confirmed on Tuesday that the harbour was closed to foreign tankers.",
]


@pytest.mark.parametrize("text", REPORTED_EVENTS)
def test_a_reported_act_is_the_situation(text):
    assert _top(text, factors=0.6, context=0.3, none=0.1) == "context"


REPORTED_REASONS = [
    # a cause, a motive, a purpose or a capability reported: what the guide calls factors
    "The Varn spokesman said the raid was driven by revenge for the market bombing.",
    "Officials said the drills were aimed at deterring Kessel from crossing the strait.",
    "The general said his units had been unable to move without fuel.",
    "Analysts said the offensive had stalled because the army lacked artillery shells.",
    # a forward modal: the outlook or an implication (the classifier's choice)
    "The envoy said the ceasefire had collapsed and fighting would likely spread north.",
    # no reporting verb: a plain factor the classifier reads stands
    "The militia has been weakened by desertions and unpaid wages.",
]


@pytest.mark.parametrize("text", REPORTED_REASONS)
def test_a_reported_reason_keeps_its_factors_reading(text):
    assert _top(text, factors=0.6, context=0.3, none=0.1) == "factors"


def test_only_a_factors_reading_moves():
    text = "The Varn spokesman said the army had withdrawn two brigades from the river crossing."
    assert _top(text, battlefield=0.6, context=0.3, none=0.1) == "battlefield"
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) == "geopolitical"
