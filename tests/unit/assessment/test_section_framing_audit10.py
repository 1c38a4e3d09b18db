"""GUIDE: none = "not part of the substance"; the piece presenting itself or what follows
("Below is a structured analysis that ...", "This analysis aims to ...", "What follows is an
overview of ...") frames the piece and never reaches a section or a judgment (round audit10;
invented sentences of the shapes seen on unseen pages). A place below something, figures
listed below, an analysis that shows a fact and a conclusion the piece reaches are substance."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels

FRAMING = [
    "Below is a comprehensive, structured analysis that compiles the latest moves of the "
    "Varn militia and the government's answer.",
    "This analysis aims to reflect both the military reality on the Amsel front and the "
    "political mood in Lanmouth.",
    "What follows is a short overview of the ceasefire terms agreed in Lanmouth.",
    "Here is our assessment of the spring offensive.",
    "The following is a brief timeline of the siege of Kelvo.",
    "This structured overview will examine the Ostland army's losses.",
]


@pytest.mark.parametrize("text", FRAMING)
def test_the_piece_presenting_itself_is_left_out(text):
    assert rule_labels([text]) == ["none"]
    assert _top(text, factors=0.6, context=0.2, none=0.2) == "none"


SUBSTANCE = [
    "Below the dam, the river fell two metres overnight.",
    "Below are the casualty figures the Ostland ministry gave on Monday.",
    "This analysis of satellite images shows the Lanmouth depot burned.",
    "This study concludes that a winter offensive is unlikely to succeed.",
    "Here is where the militia crossed the Amsel river.",
]


@pytest.mark.parametrize("text", SUBSTANCE)
def test_substance_near_the_framing_keeps_its_reading(text):
    assert rule_labels([text]) != ["none"]
