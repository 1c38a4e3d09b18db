"""A long last line with no full stop that ends on a whole word is a list item or a sentence
that lost its full stop, not prose cut mid-word (review revB16; invented sentences)."""

from __future__ import annotations

import pytest

from briefbook.text import is_clipped


@pytest.mark.parametrize(
    "text",
    [
        "Restore the ceasefire lines agreed in the 2020 accord and withdraw all heavy weapons",
        "Officials expect the bridge to reopen to traffic by the end of next month",
        "Donors should fund the demining teams that have escorted farmers back to their fields",
    ],
)
def test_a_long_line_ending_on_a_whole_word_is_not_clipped(text: str) -> None:
    assert not is_clipped(text)


@pytest.mark.parametrize(
    "text",
    [
        "The junta has expelled the envoy and asked the northern bloc for more strat",
        "Rebels have set more than sixty lorries on fire since the blockade of the capital bega",
    ],
)
def test_a_long_line_cut_mid_word_is_still_clipped(text: str) -> None:
    assert is_clipped(text)
