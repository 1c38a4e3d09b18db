"""GUIDE: factors = "capabilities and weaknesses, constraints" (worked example: "Language
barriers ... have already led to friendly fire incidents, weakening coordination and morale"
-> factors). ``weakness`` of ``data/section_rules.yaml`` moves a situation reading of a
sentence that names a weakness or a challenge as such, or a cohesion, morale or capacity worn
down, to factors. Invented sentences."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

WEAKNESSES = [
    "The militia faces serious logistical challenges in the delta.",
    "However, the merger of the two brigades introduces significant operational challenges.",
    "The crucial weakness of the Varn air arm is its shortage of trained mechanics.",
    "Rotating conscripts through the forts has already led to desertions, weakening discipline and morale.",
    "The episode exposes the limitations of the league's border patrols.",
]


@pytest.mark.parametrize("text", WEAKNESSES)
def test_a_weakness_named_is_a_factor(text):
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "factors"


NOT_FACTORS = [
    # a weakness overcome: what happened
    "The garrison held the bridge despite many shortcomings in its supplies.",
    # reported casualties (rule 3) and statements (rule 4) stay the situation
    "Two soldiers were killed as the unit's weakness of numbers told.",
    "The minister said the army faces serious logistical challenges.",
    # a forward modal: the outlook or an implication
    "The fleet could face serious operational challenges next winter.",
    # no weakness named
    "The convoy reached the forts on Tuesday after a two-day march.",
]


@pytest.mark.parametrize("text", NOT_FACTORS)
def test_other_sentences_keep_the_situation(text):
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "context"


def test_an_implication_reading_stands():
    text = "The crucial weakness of the Varn air arm leaves its armour exposed."
    assert _top(text, battlefield=0.6, factors=0.2, none=0.2) == "battlefield"
