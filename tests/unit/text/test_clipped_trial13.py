"""A source cut off mid-sentence (invented sentences of the shapes seen in a new-analyst
trial; no third-party text): its broken last sentence is told from a whole one."""

from __future__ import annotations

import pytest

from briefbook.text import is_clipped


@pytest.mark.parametrize(
    "text",
    [
        "The convoy included trucks, tankers and buses, which together carried as",
        "The rivalry between the two capitals grew a",
        '"Shocked b',
        "Officials in the port said the crews would stay on board until the",
        "“We will not yield to pressure from",
    ],
)
def test_a_sentence_cut_off_is_clipped(text: str) -> None:
    assert is_clipped(text)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy reached the border crossing on Friday.",
        "Talks between the two capitals",
        "Harbours of Westport, Lanmouth and Corrin in the northern province",
        "Officials asked: what comes next?",
        "The governor said: “We will not yield.”",
        "Plan A",
        "Relief agencies listed the needs as follows:",
        "",
    ],
)
def test_a_whole_sentence_heading_or_list_item_is_not_clipped(text: str) -> None:
    assert not is_clipped(text)
