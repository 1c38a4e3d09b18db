"""Short forms defined in parentheses: which words before "(ABC)" the short form stands for.

The Schwartz-Hearst alignment (Schwartz & Hearst, *A simple algorithm for identifying
abbreviation definitions in biomedical text*, 2003): every letter and digit of the short form,
read right to left, must occur in the words before it in the same order, and its first
character must start a word. The expansion is the shortest run of words that aligns, within
``min(len + 5, 2 * len)`` words. "UN Mission in South Sudan (UNMISS)" expands to the whole
mission name, not to "South Sudan"; "Main Intelligence Directorate (GRU)" has no expansion
(a transliterated acronym), and callers then fall back to the name right before it.
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"\S+")


def expansion_start(before: str, short: str) -> int | None:
    """Offset in ``before`` where the expansion of ``short`` starts, or None.

    ``before`` is the text up to the opening parenthesis; ``short`` the text inside it.
    """
    letters = [c.lower() for c in short if c.isalnum()]
    if not 2 <= len(letters) <= 12 or not short[:1].isalnum():
        return None
    words = list(_WORDS.finditer(before))
    if not words:
        return None
    window = min(len(letters) + 5, 2 * len(letters))
    first = words[max(0, len(words) - window)].start()
    text = before[first:].rstrip()
    low = text.lower()
    s, i = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while i >= 0 and (low[i] != c or (s == 0 and i > 0 and low[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1
    # back to the start of the word holding the first letter
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return first + start
