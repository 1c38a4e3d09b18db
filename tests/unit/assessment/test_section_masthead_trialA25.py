"""GUIDE: none = "not part of the substance"; a periodical presenting itself by its name ("The
Africa File provides regular analysis ..."), as a think tank's update opens, frames the piece
and never reaches a section (invented sentences of the shape a new-analyst trial printed under
geopolitical consequences). A body's report providing evidence, a body providing something
and a periodical's finding stay substance."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels

MASTHEAD = [
    "The Lakes File provides regular analysis and assessments of major developments "
    "regarding state and nonstate actors in the Great Lakes.",
    "The Gulf Update tracks the war between Ostland and Karsia every weekday.",
    "Lake Region Monitor offers weekly coverage of the fighting around Tarsk.",
    "The Vendra Security Digest regularly publishes maps of the front.",
]


@pytest.mark.parametrize("text", MASTHEAD)
def test_a_periodical_presenting_itself_is_left_out(text: str) -> None:
    assert rule_labels([text]) == ["none"]
    assert _top(text, geopolitical=0.6, context=0.2, none=0.2) == "none"


SUBSTANCE = [
    "The panel's report provides evidence that Ostland sent 4,000 troops to Tarsk.",
    "The Pentagon provides regular updates on the losses of the Karsian army.",
    "The Lakes File assessed that the rebels will likely push west toward Vendra.",
    "The Monitor said 40 people were killed in Tarsk.",
]


@pytest.mark.parametrize("text", SUBSTANCE)
def test_near_misses_are_not_framing(text: str) -> None:
    assert rule_labels([text]) != ["none"]
