"""Guide rules seen missing in a new-analyst trial on a border war (invented sentences of the
same shapes; no third-party text): an estimate is never boilerplate, even when an apposition
after a name reads like a biography; a hedged forecast is the outlook, not the situation."""

from __future__ import annotations

import numpy as np
import pytest

from briefbook.assessment.section_rules import apply_rules, rule_labels

LABELS = ("battlefield", "conclusion", "context", "factors", "geopolitical", "none", "outlook")


def _row(**p: float) -> np.ndarray:
    return np.array([[p.get(lab, 0.0) for lab in LABELS]])


ESTIMATES = [
    "Mr Odo Varr, Karsia's veteran party boss, in taping the call and then releasing it, "
    "likely had motives of his own at home, observers say.",
    "But in toppling the cabinet in Brenn, Mr Varr's moves are likely to invite a harder "
    "line from Ostland.",
]


@pytest.mark.parametrize("text", ESTIMATES)
def test_an_estimate_is_never_boilerplate(text: str) -> None:
    probs = _row(none=0.5, factors=0.3, context=0.15, outlook=0.05)
    out = apply_rules(probs, LABELS, [text])
    assert out[0, LABELS.index("none")] == 0.0
    assert LABELS[int(np.argmax(out[0]))] != "none"
    assert out.sum() == pytest.approx(1.0)


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Odo Varr, Karsia's veteran party boss, at a rally in Brenn.",
        "Odo Varr is a senior fellow at the Brenn Institute and a former envoy.",
    ],
)
def test_a_caption_or_a_biography_stays_boilerplate(text: str) -> None:
    out = apply_rules(_row(none=0.6, context=0.4), LABELS, [text])
    assert LABELS[int(np.argmax(out[0]))] == "none"


def test_a_hedged_forecast_leaves_the_situation() -> None:
    text = ESTIMATES[1]
    out = apply_rules(_row(none=0.3, context=0.4, factors=0.2, outlook=0.1), LABELS, [text])
    assert LABELS[int(np.argmax(out[0]))] == "outlook"
    # a battlefield reading stands
    out = apply_rules(_row(battlefield=0.6, outlook=0.4), LABELS, [text])
    assert LABELS[int(np.argmax(out[0]))] == "battlefield"
    assert rule_labels(["The toll is likely to have been higher, medics said."]) == [None]


@pytest.mark.parametrize(
    "text",
    [
        '"This is nothing less than a crime against the people of Karsia," he stated.',
        '"The raid on the clinic was an outrage," said Premier Ivar Tessel.',
    ],
)
def test_a_quoted_verdict_is_a_reported_reaction_not_the_conclusion(text: str) -> None:
    out = apply_rules(_row(conclusion=0.5, context=0.3, none=0.2), LABELS, [text])
    assert LABELS[int(np.argmax(out[0]))] == "context"


def test_the_pieces_own_verdict_stays_the_conclusion() -> None:
    text = 'Ostland\'s "limited operation" has become an open-ended war it cannot win.'
    out = apply_rules(_row(conclusion=0.5, context=0.3, none=0.2), LABELS, [text])
    assert LABELS[int(np.argmax(out[0]))] == "conclusion"
