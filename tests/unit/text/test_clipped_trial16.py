"""A source cut off mid-word (invented sentences of the shape seen in a new-analyst trial on a
blockade of a capital; no third-party text): a long last sentence that stops on a broken word
is clipped, a heading of content words is not."""

from __future__ import annotations

import pytest

from briefbook.text import is_clipped


@pytest.mark.parametrize(
    "text",
    [
        "The council, which took power in two coups, has cut ties with its old ally and "
        "turned to the northern bloc for milit",
        "Supplies had improved because of the long army operation and a fall in rebel "
        "attempts to maint",
        "The blockades have also fed the movement's own",
    ],
)
def test_a_long_sentence_cut_mid_word_is_clipped(text: str) -> None:
    assert is_clipped(text)


@pytest.mark.parametrize(
    "text",
    [
        "Floods cut the northern highway as rains persist",
        "Harbours of Westport, Lanmouth and Corrin in the northern province",
        "The council has cut ties with its old ally and turned to the northern bloc for help.",
    ],
)
def test_a_heading_or_a_whole_sentence_is_not_clipped(text: str) -> None:
    assert not is_clipped(text)
