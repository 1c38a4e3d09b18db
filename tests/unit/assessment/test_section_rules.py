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
        "Ministers said the council ought to revisit the export ceilings.",
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
    assert rule_labels([text]) == [None]


def test_rules_come_from_the_data_file():
    rules = section_rules()
    assert [r.name for r in rules] == [
        "recommendation",
        "present_estimate",
        "intention",
        "attributive_forward",
    ]
    assert [r.label for r in rules] == ["outlook", "context", "factors", "context"]


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
