"""The guide's override rules of the section classifier, on invented sentences."""

from __future__ import annotations

import numpy as np
import pytest

from briefbook.assessment.section_rules import apply_rules, rule_labels, section_rules

LABELS = ("battlefield", "conclusion", "context", "factors", "geopolitical", "none", "outlook")


@pytest.mark.parametrize(
    "text",
    [
        "Western capitals must intensify their monitoring of the northern corridor.",
        "The coalition should prepare a second relief convoy before the rains.",
        "Negotiators need to agree on a verification mechanism first.",
        "It is essential that donors release the pledged funds this quarter.",
        "We recommend that the alliance rotate its air-defence batteries.",
        # (a demand reported as someone's, "Ministers said the council ought to ...", is the
        # news: reported_demand, test_section_reported_calls_secs21)
        "The council ought to revisit the export ceilings.",
    ],
)
def test_recommendations_are_outlook(text):
    assert rule_labels([text]) == ["outlook"]


@pytest.mark.parametrize(
    "text",
    [
        # a recommendation only inside a direct quote takes the classifier's label
        'The envoy told reporters: "We must intensify the talks."',
        # an inverted conditional is no call for action
        "Should the ceasefire collapse, the port would close within days.",
        # epistemic "must have" is an inference, not a recommendation
        "The convoy must have crossed the river before dawn.",
        "It should be noted that the figures are provisional.",
        "The brigade shelled the depot on Tuesday, officials said.",
    ],
)
def test_non_recommendations_do_not_fire(text):
    # read as the situation, no rule moves them (read as an implication, the dated report
    # "on Tuesday, officials said" goes back to context: ``dated_act``, never to outlook)
    assert rule_labels([text], predicted=["context"]) == [None]
    assert "outlook" not in rule_labels([text])


def test_rules_come_from_the_data_file():
    rules = section_rules()
    assert [r.name for r in rules] == [
        "estimate_is_substance",
        "forecast",
        "forecast_modal",
        "quoted_verdict",
        "attributed_verdict",
        "reported_front",
        "reported_call",
        "reported_demand",
        "reported_event",
        "recommendation",
        "framing",
        "question_forward",
        "question_why",
        "caption",
        "credit",
        "regulatory_notice",
        "present_estimate",
        "intention",
        "attributive_forward",
        "perceived",
        "forecast_plan",
        "dated_act",
        "capability",
        "capability_use",
        "purpose",
        "driver",
        "weakness",
        "plain_report",
        "actor_profile",
        "boilerplate_shape",
    ]
    assert [r.label for r in rules] == [
        "substance",
        "outlook",
        "outlook",
        "context",
        "conclusion",
        "context",
        "context",
        "context",
        "context",
        "outlook",
        "none",
        "outlook",
        "factors",
        "none",
        "none",
        "none",
        "context",
        "factors",
        "context",
        "context",
        "outlook",
        "context",
        "factors",
        "factors",
        "factors",
        "factors",
        "factors",
        "context",
        "context",
        "boilerplate",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "This article explores how the militia seized the ferry and what it gained.",
        "In this brief we examine the supply routes of the northern front.",
        "This paper argues that the blockade has failed to change the militia's aims.",
        "This commentary will assess the cost of the campaign to the coastal towns.",
        "This note first outlines the harbour's defences, then the threats to them.",
        "In this paper, I trace the rise of the coastal militias since 2015.",
    ],
)
def test_a_sentence_framing_the_piece_is_left_out(text):
    assert rule_labels([text]) == ["none"]


@pytest.mark.parametrize(
    "text",
    [
        # a report the piece cites, not the piece itself
        "The article published by the ministry argues that the blockade works.",
        "A UN report found that 300 vessels had been diverted.",
        "This attack marks the militia's longest-range strike to date.",
        "This highlights the strains on the coalition's navies.",
    ],
)
def test_other_sentences_are_not_framing(text):
    # (read as geopolitical, a report naming no effect goes to context: ``plain_report``)
    assert "none" not in rule_labels([text])
    assert rule_labels([text], predicted=["context"]) == [None]


def test_a_framing_rule_moves_the_whole_sentence_to_none():
    probs = np.full((1, len(LABELS)), 0.05)
    probs[0, LABELS.index("conclusion")] = 0.7
    out = apply_rules(probs, LABELS, ["This article explores how the ferry was seized."])
    assert out[0, LABELS.index("none")] == pytest.approx(1.0)
    assert out[0].sum() == pytest.approx(1.0)


def test_apply_rules_moves_content_mass_and_keeps_boilerplate():
    texts = [
        "Allied navies must intensify patrols in the strait.",  # fires, predicted geopolitical
        "Photo: staff must show passes at the gate.",  # fires, but the classifier says none
        "The ministry published its annual report on Monday.",  # no rule
    ]
    probs = np.full((3, len(LABELS)), 0.05)
    probs[0, LABELS.index("geopolitical")] = 0.6
    probs[0, LABELS.index("none")] = 0.1
    probs[1, LABELS.index("none")] = 0.7
    probs[2, LABELS.index("context")] = 0.7
    probs /= probs.sum(axis=1, keepdims=True)
    out = apply_rules(probs, LABELS, texts)
    assert LABELS[int(np.argmax(out[0]))] == "outlook"
    assert out[0, LABELS.index("none")] == pytest.approx(probs[0, LABELS.index("none")])
    np.testing.assert_allclose(out.sum(axis=1), 1.0)
    np.testing.assert_allclose(out[1:], probs[1:])  # boilerplate and non-firing rows unchanged
    assert not np.shares_memory(out, probs)
