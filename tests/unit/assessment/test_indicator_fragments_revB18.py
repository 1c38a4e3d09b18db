"""Review revB18 of round left18's indicator fragments: a sentence whose subject is a name or
noun ending in -ing ("Beijing will host talks next week", "Sterling is expected to fall"),
an imperative bullet ("Bring forward the vote to next week") and a name written with a lower
case first letter ("eBay will suspend sales") are no heading and no clipped clause: they stay
indicators without a final stop; a gerund heading and a clipped clause stay none. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "Beijing will host talks next week",
        "Sterling is expected to fall next week",
        "Bring forward the vote to next week",
        "eBay will suspend sales in the region next month.",
        "iOS users will lose access next week.",
    ],
)
def test_a_sentence_opening_with_an_ing_word_or_a_lower_case_name_is_no_fragment(
    text: str,
) -> None:
    assert is_indicator(text) is True


@pytest.mark.parametrize(
    "text",
    ["Fearing a new offensive before the thaw", "warn of renewed clashes around Dorva next week."],
)
def test_a_heading_or_a_clipped_clause_stays_no_indicator(text: str) -> None:
    assert is_indicator(text) is False
