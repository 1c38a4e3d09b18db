"""GUIDE: factors = "capabilities and weaknesses" (why the situation is as it is). What an actor
can use, told in the present ("are able to deploy", "have access to", "the missiles available
to them"), is a capability: the rule ``capability`` of ``data/section_rules.yaml`` moves a
situation reading of it to factors. Invented sentences; near misses keep their reading."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel militia is able to field a range of rockets and fast boats.",
        "The rebels are also able to employ cheap loitering munitions from the hills.",
        "The northern clans have direct access to the river crossings.",
        "The most capable missile available to them is a copy of an old coastal design.",
        "These are only two of the drones available to the Varn guard.",
    ],
)
def test_what_an_actor_can_use_is_a_capability(text):
    assert _top(text, context=0.6, factors=0.3, none=0.1) == "factors"


@pytest.mark.parametrize(
    "text",
    [
        # a past ability is an event; a hoped-for one an aim (the purpose rule's, not this one)
        "The convoy was able to reach Velmora before dawn.",
        # no access for reporters or aid workers is the situation
        "Reporters have no access to the front near Velmora.",
        # a document available to the public is no means of an actor
        "The full report is available to the public on the ministry's site.",
        # a reported act stays the news (GUIDE rule 4)
        "The ministry said the rebels are able to field rockets.",
    ],
)
def test_near_miss_no_capability_of_an_actor(text):
    assert rule_labels([text], predicted=["context"]) == [None]
    assert _top(text, context=0.6, factors=0.3, none=0.1) == "context"
