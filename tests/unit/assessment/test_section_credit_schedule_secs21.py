"""GUIDE: none = "photo captions and credits"; outlook = "what will or may happen next ...
deadlines ahead". ``credit`` of ``data/section_rules.yaml`` leaves out a picture's licence or
credit line and a caption naming what a picture shows with no finite verb; ``forecast`` reads
an act expected or scheduled ahead, read as the situation, as the outlook. Invented
sentences."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels

CREDITS = [
    '"Map of the Varn border" by J. Doe is licensed under CC BY-SA 4.0.',
    "Satellite photo of the Amsel dam, via Wikimedia Commons.",
    "A view of the flooded bridge over the Amsel river.",
    "Aerial view of the burnt depot near Varn after the strike.",
    "A photo showing smoke above the harbour of Kessel.",
]


@pytest.mark.parametrize("text", CREDITS)
def test_a_credit_or_a_caption_is_left_out(text):
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "none"


PROSE = [
    # a view held, not a picture
    "A view of the war as unwinnable has taken hold in the capital.",
    "The photo of the minister at the border was widely shared, officials said.",
    # a licence of another kind
    "The firm's export licence was revoked in March.",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_about_a_view_or_a_licence_stays(text):
    assert "none" not in rule_labels([text])


SCHEDULED = [
    "The army chief is expected to address the nation.",
    "The Varn envoy is due to arrive in Amsel on Friday.",
    "Talks between the two councils are set to resume next week.",
    "The league's inspectors are scheduled to visit the plant.",
]


@pytest.mark.parametrize("text", SCHEDULED)
def test_an_act_expected_ahead_is_the_outlook(text):
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "outlook"


NOT_SCHEDULED = [
    # an estimate of the past
    "Heavy damage is expected to have occurred at the plant.",
    # a cause, not a schedule
    "The delay is due to the blockade of the port.",
    "The shortage is due to Kessel's embargo.",
]


@pytest.mark.parametrize("text", NOT_SCHEDULED)
def test_a_past_estimate_or_a_cause_keeps_the_situation(text):
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "context"
