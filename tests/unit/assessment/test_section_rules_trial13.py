"""Guide rules seen missing in a new-analyst trial (invented sentences of the same shapes;
no third-party text): an estimate of a count already there is the situation, not the
outlook; a sentence saying what an act was an attempt to do explains why (factors)."""

from __future__ import annotations

import numpy as np
import pytest

from briefbook.assessment.section_rules import apply_rules, rule_labels


@pytest.mark.parametrize(
    "text",
    [
        "The death toll could be more than 30, a senior police officer estimated.",
        "The real number of dead may well be far higher, relief workers said.",
        "The total could be as many as 400 homes, the mayor said.",
    ],
)
def test_an_estimate_of_a_count_already_there_is_context(text: str) -> None:
    assert rule_labels([text]) == ["context"]


@pytest.mark.parametrize(
    "text",
    [
        "Ostland's framing of the raid as a police action suggests an attempt to keep "
        "Tarvia from answering in kind.",
        "The quick release of the crew reflects an effort to calm the border towns.",
        "The new checkpoints signal a clear bid to choke the smuggling routes.",
    ],
)
def test_what_an_act_was_an_attempt_to_do_is_a_factor(text: str) -> None:
    assert rule_labels([text]) == ["factors"]


@pytest.mark.parametrize(
    "text",
    [
        "The toll could rise as rescuers reach the upland villages.",
        "Ostland made an attempt to reopen the pass on Monday.",
        "Tarvia could attempt to retake the pass next week.",
    ],
)
def test_what_is_to_come_or_a_reported_attempt_keeps_the_classifier(text: str) -> None:
    # read as the situation, no rule moves them; never to factors (a dated attempt read as an
    # implication goes back to context: ``dated_act``)
    assert rule_labels([text], predicted=["context"]) == [None]
    assert "factors" not in rule_labels([text])


def test_an_estimate_the_classifier_calls_outlook_moves_to_context() -> None:
    labels = ("battlefield", "conclusion", "context", "factors", "geopolitical", "none", "outlook")
    probs = np.array([[0.05, 0.05, 0.3, 0.05, 0.05, 0.05, 0.45]])
    text = "The death toll could be more than 30, the district governor estimated."
    out = apply_rules(probs, labels, [text])
    assert labels[int(np.argmax(out[0]))] == "context"
    assert out[0, labels.index("none")] == pytest.approx(0.05)


@pytest.mark.parametrize(
    "text",
    [
        "The accord was needed after the partition, when the lake became a point of "
        "potential conflict between the two kingdoms.",
        "Ostland has pursued a harder line, strengthening its hand for future disputes.",
    ],
)
def test_a_forward_word_that_only_qualifies_a_noun_moves_outlook_to_context(text: str) -> None:
    assert rule_labels([text], predicted=["outlook"]) == ["context"]
    # it never moves a sentence the classifier gives another section
    assert rule_labels([text], predicted=["factors"]) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The lake could become a point of future conflict between the two kingdoms.",
        "Analysts warn of potential clashes at the pass.",
        "Future talks are scheduled for next month in Port Vell.",
    ],
)
def test_a_forecast_with_a_forward_noun_stays_outlook(text: str) -> None:
    assert rule_labels([text], predicted=["outlook"]) == [None]
