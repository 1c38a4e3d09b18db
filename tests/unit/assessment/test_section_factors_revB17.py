"""Review of the factor rules without "because" (``capability``, ``driver`` of
``data/section_rules.yaml``): shapes that name no weakness or origin of the trouble stay where
the classifier put them. A failure or reluctance to answer the press is reporting, not a
weakness; a person's or a family's roots in a place are a biography, not an origin of the
trouble; a spring that is the source of a river, a mine that is the source of a metal, an
official who was the source for a newspaper name no cause. Invented sentences; no third-party
text."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels


@pytest.mark.parametrize(
    "text",
    [
        # a failure or reluctance to answer the press
        "The government's failure to respond to requests for comment drew criticism.",
        "Despite repeated requests, the ministry cited its reluctance to comment on the matter.",
        "The unwillingness of the embassy to reply to questions from reporters was noted.",
        # a person's or a family's roots in a place
        "The singer has roots in Ghana and grew up in London.",
        "The candidate, who has roots in the northern provinces, won the primary.",
        "Her family has deep roots in Varn, where her grandfather was mayor.",
        # a source of a river, a resource or a story
        "The lake is the source of the Kelvo river.",
        "The mountain spring is the source of the White Nile.",
        "The aide was the source for several newspapers.",
        "An anonymous official was the source for Wirewire's report.",
        "The mine is the source of most of the country's cobalt.",
    ],
)
def test_no_weakness_or_origin_of_trouble_stays(text: str) -> None:
    assert rule_labels([text], predicted=["context"]) != ["factors"]
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "context"


@pytest.mark.parametrize(
    "text",
    [
        # the rules' own kinds, near the new boundaries, still move
        "Kelvo's inability to pay its soldiers has fuelled desertions.",
        "The army's reluctance to confront the militias leaves the roads unguarded.",
        "The feud has its roots in a land reform that favoured the coastal towns.",
        "The unrest has deep roots in decades of neglect of the northern provinces.",
        "The valley was burning, and it seemed one man was the source.",
        "Unequal land titles are the real source of the unrest in the valley.",
        "The dam was the source of the quarrel between the two capitals.",
        "Smuggling is the root of much of the violence along the border.",
        # the origin of an outbreak, a trouble of its own
        "Kelvo was the source of the outbreak.",
        "The camp was the origin of the cholera epidemic.",
    ],
)
def test_the_rules_own_kinds_still_move(text: str) -> None:
    assert rule_labels([text], predicted=["context"]) == ["factors"]
    assert _top(text, context=0.6, factors=0.2, none=0.2) == "factors"
