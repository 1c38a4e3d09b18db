"""GUIDE rule 4: statements of reaction and diplomatic moves that happened are context when
reported as news; outlook takes "recommendations and calls for action" of the piece itself.
``reported_call`` and ``reported_demand`` of ``data/section_rules.yaml`` send a call, an
appeal or a demand made by someone else and reported (a quote included) to the situation;
``actor_profile`` sends a sentence that tells who an actor is (its line of work, its owner,
its seat) to the situation whatever its topic. Invented sentences."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels

REPORTED_CALLS = [
    "The Varn Council called for restraint from both armies after the border clash.",
    "Tessalian ministers are urging Dorvia and Kessel to resume direct talks.",
    "Amsel calls on the rebels to hand over their heavy weapons.",
    '"Dorvia calls on all parties to respect the truce line," the foreign ministry said.',
    "The league appealed to both sides to open a corridor for the wounded.",
    "Opposition leaders demanded that the governor step down.",
    # indirect speech: a demand reported as news
    "The minister said the militias must leave the capital before the vote.",
    "Kessel insisted that the inspectors should be allowed into the plant.",
    "Ministers said the council ought to revisit the export ceilings.",
]


@pytest.mark.parametrize("text", REPORTED_CALLS)
def test_a_call_made_by_someone_else_is_the_situation(text):
    assert _top(text, outlook=0.6, context=0.3, none=0.1) == "context"
    assert _top(text, factors=0.6, context=0.3, none=0.1) == "context"


OWN_CALLS = [
    # the author's or a speaker's own call (the recommendation rule)
    "We call on the league to tighten the embargo on Kessel.",
    "I urge the council to act before the harvest.",
    "The allies should tighten enforcement of the grain quota.",
    "Governments must act now to prevent a wider war.",
    # a call told with what will follow from it: the outlook
    "Amsel called for talks, and the truce will likely hold through the winter.",
    # a need as a noun after a passive ("can be added the need to") is no reported demand
    "To this can be added the need to rebuild the border guard.",
    # "United States" is no reporting verb
    "The United States must keep its forces in the strait.",
    # a need stated as the call itself (the recommendation rule's)
    "What is called for is a joint patrol of the delta.",
]


@pytest.mark.parametrize("text", OWN_CALLS)
def test_the_pieces_own_call_or_a_forecast_stays_outlook(text):
    assert _top(text, outlook=0.6, context=0.3, none=0.1) == "outlook"


def test_a_call_read_for_what_it_signals_keeps_its_reading():
    text = "The Kremlin's repeated calls for a ceasefire may indicate that its reserves are thin."
    assert _top(text, factors=0.6, context=0.3, none=0.1) == "factors"


def test_a_reported_call_never_leaves_boilerplate():
    text = "Media enquiries: the press office urges reporters to call ahead."
    assert _top(text, none=0.9, outlook=0.1) == "none"


ACTOR_PROFILES = [
    "Velkor Shipping is involved in the transport of crude for the state oil firm.",
    "The Amsel plant is primarily engaged in the production of drone engines.",
    "Kessel Trading is a Dorvia-based trading company that buys fertiliser abroad.",
    "The refinery is owned by the Tessalian defence ministry.",
    "Norrat Logistics is headquartered in the free port of Amsel.",
    "The firm specializes in the repair of naval radars.",
    "The workshop is a subsidiary of the state arms maker.",
]


@pytest.mark.parametrize("text", ACTOR_PROFILES)
def test_who_an_actor_is_is_the_situation(text):
    assert _top(text, factors=0.6, context=0.3, none=0.1) == "context"
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) == "context"
    assert rule_labels([text])[0] == "context"


ACTOR_WITH_EFFECT = [
    # what the work does to something, or why: the classifier's reading stands
    "Velkor Shipping is involved in the transport of crude, which will keep the regime afloat.",
    "The plant is a key supplier of drone engines for the army's offensive.",
    "The bank is owned by the defence ministry because the sanctions cut it off.",
    # a part in an event is an act, not a profile
    "Two officers were involved in the attack on the convoy.",
]


@pytest.mark.parametrize("text", ACTOR_WITH_EFFECT)
def test_an_actor_told_with_an_effect_or_an_act_is_no_profile(text):
    # (a forecast may still move it to the outlook: another rule's, never the situation)
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) != "context"
    assert _top(text, factors=0.6, context=0.3, none=0.1) != "context"
