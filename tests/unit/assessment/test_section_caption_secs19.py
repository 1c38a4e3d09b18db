"""GUIDE: none = "photo captions and credits". A caption left in an article's text closes
with its credit after a slash or with the agencies' caption line (a place and a date with
no preposition); the rule ``caption`` of ``data/section_rules.yaml`` leaves it out of every
section. Invented sentences; near misses of prose keep the classifier's reading."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels


@pytest.mark.parametrize(
    "text",
    [
        "A photo posted by a Varn militia channel shows a burnt-out truck. / Ana Reis via Telegram",
        "Smoke rises over the Amsel docks after a drone strike. / Kessel Press Agency",
        "A rescuer carries a child from the rubble in Velmora, Tessaly May 3, 2031.",
        "Interceptors streak across the sky, as seen from Port Amsel, Ostrin April 14, 2030.",
    ],
)
def test_a_caption_is_left_out(text):
    assert rule_labels([text]) == ["none"]
    assert _top(text, context=0.6, geopolitical=0.3, none=0.1) == "none"


@pytest.mark.parametrize(
    "text",
    [
        # a dated sentence of prose says "on"
        "The envoys met in Velmora, Tessaly on May 3, 2031.",
        # a perspective opening the sentence
        "As seen from Port Amsel, the blockade looks like a siege.",
        # a slash inside the sentence, a ratio
        "Drones outnumber interceptors 3 / 1 along the Avra front.",
        # a sentence about a photo, with no credit: the report of what it shows
        "Footage posted by the militia shows the bridge at Velmora in ruins.",
    ],
)
def test_near_miss_prose_is_no_caption(text):
    assert "none" not in rule_labels([text])
    assert _top(text, context=0.6, geopolitical=0.3, none=0.1) != "none"
