"""GUIDE.md rule 5: a forward-looking hedged sentence ("will likely", "may trigger", "for the
foreseeable future") is the outlook unless it assesses a military or wider implication; the
classifier often reads these as the situation or a factor. A reported promise ("the minister
said troops will remain") and a sentence with no forward modal stay where the classifier put
them. Invented sentences; no third-party text."""

from __future__ import annotations

import numpy as np
import pytest

from briefbook.assessment.section_rules import apply_rules, rule_labels

LABELS = ("battlefield", "conclusion", "context", "factors", "geopolitical", "none", "outlook")


def _row(**p: float) -> np.ndarray:
    return np.array([[p.get(lab, 0.0) for lab in LABELS]])


def _top(text: str, **p: float) -> str:
    return LABELS[int(np.argmax(apply_rules(_row(**p), LABELS, [text])[0]))]


FORECASTS = [
    "The remnants of the Kelvo militia will almost certainly try to show they can still strike.",
    "His hold over the northern districts will remain a problem for Brenn for the foreseeable "
    "future.",
    "The dispute over the dam may well trigger fresh clashes along the Ostland border.",
    "Fighting around Dorvia is expected to intensify in the coming weeks.",
]


@pytest.mark.parametrize("text", FORECASTS)
@pytest.mark.parametrize("was", ["context", "factors"])
def test_a_forecast_read_as_situation_or_factor_is_the_outlook(text: str, was: str) -> None:
    assert _top(text, **{was: 0.6, "outlook": 0.2, "none": 0.2}) == "outlook"


@pytest.mark.parametrize("was", ["battlefield", "geopolitical", "none"])
def test_an_implication_or_boilerplate_reading_of_a_forecast_stands(was: str) -> None:
    # a boilerplate reading stands only when the classifier is very sure (section_rules)
    top = 0.9 if was == "none" else 0.6
    rest = (1.0 - top) / 2
    assert _top(FORECASTS[2], **{was: top, "context": rest, "outlook": rest}) == was


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the troops will remain in Kelvo until the vote.",
        "Brenn announced that the curfew will continue in the capital.",
        "The militia had held the northern districts for the previous three years.",
        "The army may have lost two helicopters in the raid on Dorvia.",
    ],
)
def test_a_reported_promise_or_a_past_event_is_no_forecast(text: str) -> None:
    assert rule_labels([text]) == [None]
    assert _top(text, context=0.6, outlook=0.4) == "context"
