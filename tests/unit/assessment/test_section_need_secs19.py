"""GUIDE: outlook = "recommendations and calls for action". A call can be told as the need
itself, without a modal: "new patrol boats are needed", "what is needed now is ...", "there
is also a role for ...". The rule ``recommendation`` of ``data/section_rules.yaml`` reads
them as outlook. Invented sentences; near misses keep their reading."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels


@pytest.mark.parametrize(
    "text",
    [
        "As a result, new ways to guard the Amsel ferries are needed.",
        "Cheaper interceptors are urgently needed now.",
        "What's needed now is a slower, steadier campaign against the Kessel depots.",
        "What is called for is a joint patrol of the Avra delta.",
        "There is also a role for the river guilds in policing the crossings.",
        "There is a strong case for reopening the Velmora talks.",
    ],
)
def test_a_need_stated_as_the_call_is_outlook(text):
    assert rule_labels([text]) == ["outlook"]
    assert _top(text, factors=0.6, context=0.3, none=0.1) == "outlook"


@pytest.mark.parametrize(
    "text",
    [
        # a past need is what was
        "Reinforcements were needed at the ford by dawn.",
        # a need for something else, a purpose or a holder: a capability or a constraint
        "More diesel is needed to power the pumps at Velmora.",
        "Spare barrels are needed by the garrison's gunners every week.",
        # a role somebody played, a case in court
        "There was a role for the guilds in the old council.",
        "The court heard the case for the defence on Tuesday.",
    ],
)
def test_near_miss_a_need_that_is_no_call_keeps_its_reading(text):
    assert rule_labels([text], predicted=["factors"]) == [None]
    assert _top(text, factors=0.6, context=0.3, none=0.1) == "factors"
