"""trie_pattern matches what a plain alternation of its words, longest first, matches: the
leftmost word, the longest of those starting there, inner spaces matching any space; and a
word hundreds of characters long is no deeper than the stack of its own (invented words)."""

from __future__ import annotations

import random
import re

from briefbook.analysis.gazetteer import trie_pattern

WORDS = [
    "Harbour Ministry",
    "Harbour",
    "Harbour Guard",
    "Kestrel Brigade",
    "Kestrel",
    "North  Valley",
    "Norvale",
    "Norvale-Sud",
    "Ostrow Bridge",
    "O'Dara Group",
]


def _alternation(words: list[str]) -> str:
    """The same words as one alternation, longest first, spaces as ``\\s+``."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in re.split(r"\s+", w)) for w in ordered)


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text)]


def test_the_trie_finds_what_an_alternation_of_its_words_finds():
    text = (
        "near the Harbour Guard post, the Harbour Ministry and the Harbour, Kestrel Brigade "
        "lines and Kestrel, North\nValley, Norvale-Sud, Norvale and O'Dara Group's depot"
    )
    spans = _spans(trie_pattern(WORDS), text)
    assert spans == _spans(_alternation(WORDS), text)
    assert (text.index("Harbour Guard"), text.index(" post")) in spans  # the longest
    assert (text.index("North"), text.index(", Norvale-Sud")) in spans  # any space


def test_random_words_match_like_their_alternation():
    rnd = random.Random(7)
    letters = "abcAB -'."
    text = "ab abc AB a-b Abc. cab aa'b  bb a b c Harbour Guard"
    for _ in range(60):
        extra = [
            "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 7)))
            for _ in range(rnd.randint(0, 8))
        ]
        extra = [w.strip() for w in extra if w.strip()]
        words = [*rnd.sample(WORDS, 3), *extra]
        assert _spans(trie_pattern(words), text) == _spans(_alternation(words), text), words


def test_a_word_hundreds_of_characters_long_builds_without_recursion():
    long_name = " ".join(f"Kelvo{i}" for i in range(400))
    pattern = trie_pattern([long_name, "Kelvo0"])
    assert re.fullmatch(pattern, long_name)
    assert re.fullmatch(pattern, "Kelvo0")
    assert not re.fullmatch(pattern, "Kelvo1")
