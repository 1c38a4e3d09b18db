"""The piece turning to its reader is a signpost, no substance (trialA24; invented sentences):
"Let's take a closer look at the commanders Ostland lost, and why their deaths matter." is
left out of every section (it had been the Conclusion's). Near misses: a speaker's "Let me be
clear", "Let us not forget ...", "Here is the problem: ..." keep the classifier's reading.
"""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels


@pytest.mark.parametrize(
    "text",
    [
        "Let's take a closer look at the commanders Ostland lost, and why their deaths matter.",
        "Let us look at what the raid destroyed.",
        "Let’s break down what the truce says.",
        "Here's what we know about the strikes on Varn.",
        "Here is a look at the weapons Karsia fired.",
        "Read on for the full timeline of the raids.",
    ],
)
def test_a_signpost_to_the_reader_is_no_substance(text: str) -> None:
    assert rule_labels([text]) == ["none"]
    assert _top(text, conclusion=0.6, context=0.3, none=0.1) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Let me be clear: Karsia should not target our forces.",
        "Let us not forget that the raid killed 40 people.",
        "Here is the problem: the depots were empty.",
        "Lethal strikes let the army take a closer look at the front.",
        # a speaker's words told without quotation marks (revB24)
        "Let us look to Geneva for a solution, the envoy said.",
        "Let's meet in Doha next week, Hamas told mediators.",
        "Let's review the evidence, the prosecutor told the court in The Hague.",
    ],
)
def test_near_miss_other_sentences_keep_their_section(text: str) -> None:
    assert _top(text, conclusion=0.6, context=0.3, none=0.1) != "none"
