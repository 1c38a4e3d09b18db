"""Review of round secs19's section rules (``data/section_rules.yaml``): the boundary of
``caption``, ``capability_use`` and ``dated_act`` read against the labelling guide.
Invented sentences: each over-reach the review found, and a near miss the rule still takes."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels


# GUIDE: none = "photo captions and credits"; a sentence of prose with a slash or a date at
# its end is none of them
@pytest.mark.parametrize(
    "text",
    [
        # American style: a date after a comma, no "on" (the agencies' line has no comma)
        "The brigade withdrew from Velmora, Tessaly, February 17, 2031.",
        # a slash between two names closing a sentence with its stop: prose, no credit
        "The Avra garrison's air defence relies on a mix of Kestrel / Falcon.",
        "The strike was first reported by Kessel Press / Varn Wire.",
    ],
)
def test_prose_closing_with_a_slash_or_a_date_is_no_caption(text):
    assert "none" not in rule_labels([text])
    assert _top(text, context=0.6, factors=0.3, none=0.1) != "none"


@pytest.mark.parametrize(
    "text",
    [
        "Smoke rises over the Amsel docks after a drone strike. / Kessel Press Agency",
        "A rescuer carries a child from the rubble in Velmora, Tessaly May 3, 2031.",
    ],
)
def test_near_miss_a_caption_still_is_left_out(text):
    assert rule_labels([text]) == ["none"]


# GUIDE: factors = "capabilities and weaknesses" of the actors; what civilians, aid workers
# or the press can do or reach is the situation (context) or a humanitarian consequence
@pytest.mark.parametrize(
    "text",
    [
        "Residents are now able to return to their homes in Velmora.",
        "Aid agencies have access to Velmora for the first time since the siege.",
        "Civilians have little access to clean water in the besieged districts.",
    ],
)
def test_what_civilians_aid_or_the_press_can_reach_is_no_capability(text):
    assert rule_labels([text], predicted=["context"]) == [None]
    assert _top(text, context=0.6, factors=0.3, none=0.1) == "context"


@pytest.mark.parametrize(
    "text",
    [
        "The Avra brigade is able to strike targets 300 kilometres behind the line.",
        "The Kessel juntas have direct access to Ostrin instructors.",
        "The rebels are also able to employ cheap loitering munitions from the hills.",
    ],
)
def test_near_miss_what_an_actor_can_use_still_is_a_capability(text):
    assert _top(text, context=0.6, factors=0.3, none=0.1) == "factors"


# GUIDE rules 3-4: a dated act reported as news is context; what it means (an effect named
# by its verb, a trend since it, a characterisation of the fighting) is the implication
@pytest.mark.parametrize(
    "text,label",
    [
        ("In 2031 the war turned into a contest of drones and artillery shells.", "battlefield"),
        (
            "Since the offensive stalled in November 2030, neither side has broken through "
            "the other's defensive lines.",
            "battlefield",
        ),
        (
            "The loss of Velmora in February 2031 opened the way for advances toward Amsel.",
            "battlefield",
        ),
        (
            "In June 2031 the raids in the Amsel strait pushed shipping insurers to raise "
            "their premiums.",
            "geopolitical",
        ),
    ],
)
def test_a_dated_act_with_its_meaning_keeps_the_implication(text, label):
    assert rule_labels([text], predicted=[label]) == [None]
    assert _top(text, context=0.3, none=0.1, **{label: 0.6}) == label


@pytest.mark.parametrize(
    "text",
    [
        "In October 2031 the Ostrin coalition launched a second round of port inspections.",
        "The Varn militia seized the border crossing at Kibra in October 2030.",
        "Dorvia pushed back the vote on the embargo on Tuesday.",
    ],
)
def test_near_miss_a_dated_act_reported_still_is_the_situation(text):
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) == "context"
    assert _top(text, battlefield=0.6, context=0.3, none=0.1) == "context"


# GUIDE: outlook = "recommendations and calls for action"; a need stated as the call is one,
# a need denied or asked about is not
@pytest.mark.parametrize(
    "text",
    [
        # an indirect question: what officials ask, no call
        "Officials are assessing what is needed to rebuild the Velmora dam.",
        "It is unclear what is needed to restart the Amsel reactor.",
        # a need denied
        "No further proof is needed.",
        "Nothing more is needed.",
    ],
)
def test_a_need_asked_about_or_denied_is_no_call(text):
    assert rule_labels([text], predicted=["context"]) == [None]
    assert _top(text, context=0.6, factors=0.3, none=0.1) == "context"


@pytest.mark.parametrize(
    "text",
    [
        "What's needed, above all, is a steady supply of interceptors.",
        "Restraint on the Avra front is what is needed now.",
        "No new treaty is needed; what is needed is a patrol of the delta.",
    ],
)
def test_near_miss_a_need_stated_as_the_call_still_is_outlook(text):
    assert rule_labels([text]) == ["outlook"]
