"""trie_pattern over a shared base (a gazetteer's surfaces, made once per process) is the
same pattern, and so matches the same spans, as the trie of all the words at once."""

from __future__ import annotations

import random
import re

from briefbook.analysis.gazetteer import trie_pattern

BASE = frozenset(
    [
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
)


def test_a_shared_base_gives_the_same_pattern_as_all_words_at_once():
    extra = ["Harbour Ministry of Works", "Kes", "Norvale Sud", "Ostrow", "Tarn Pass", "Kestrel"]
    assert trie_pattern(extra, base=BASE) == trie_pattern([*BASE, *extra])
    assert trie_pattern([], base=BASE) == trie_pattern(BASE)
    assert trie_pattern(extra) == trie_pattern(extra, base=frozenset())


def test_words_added_to_a_base_leave_the_base_unchanged_for_the_next_call():
    first = trie_pattern(["Harbour Gate", "Zell"], base=BASE)
    again = trie_pattern([], base=BASE)
    assert "Zell" in first and "Zell" not in again
    assert again == trie_pattern(BASE)


def test_random_words_over_a_base_match_like_the_whole_trie():
    rnd = random.Random(7)
    letters = "abcAB -'."
    text = "near the Harbour Guard post and Kestrel Brigade lines, North Valley, Norvale-Sud"
    for _ in range(60):
        extra = [
            "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 7)))
            for _ in range(rnd.randint(0, 8))
        ]
        extra += [w[: rnd.randint(1, len(w))] for w in rnd.sample(sorted(BASE), 3)]
        extra = [w for w in extra if w.strip()]
        whole = trie_pattern([*BASE, *extra])
        assert trie_pattern([w for w in extra if w not in BASE], base=BASE) == whole
        spans = [m.span() for m in re.finditer(whole, text)]
        assert spans  # the base words are found
