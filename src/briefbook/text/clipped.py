"""A source's text cut off mid-sentence: a clipped copy, an excerpt, a paywall.

``is_clipped(text)`` tells whether a sentence stops where no sentence can stop: without a
full stop (``.``, ``!``, ``?``, ``…``, a colon or a closing quote or bracket after one) and
on a word that needs more after it (``clipped_endings`` of ``data/text.yaml``: "... which
mobilised as", "... arose a"), on a single letter other than "a" or "I" ("Anguished b"), on
a lower-case word that is no whole word (not of ``data/ordinary_words.yaml``, with its
plural, past or -ing ending) after at least ``clipped_min_words`` words (``data/text.yaml``:
a sentence that long, with no full stop, is prose cut mid-word, "... aligned itself with the
north for poli", not a heading, and a last line that ends on a whole word, "... withdraw all
heavy weapons", is a list item or a sentence that lost its full stop), or with a quotation opened and never closed. A heading, a list item or a table row ends on a
word of content ("Ahmadpur East and Muridke in Punjab") and is not clipped. Pure, linear in
the text's length.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.data import load_data

__all__ = ["is_clipped"]

_END = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[.!?…][\"'”’)\]]+\s*$")
_LAST_WORD = re.compile(r"([A-Za-z][\w'’-]*)[\"'”’)\],]*\s*$")


@cache
def _endings() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("text.yaml")["clipped_endings"])


@cache
def _min_words() -> int:
    return int(load_data("text.yaml")["clipped_min_words"])


@cache
def _words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("ordinary_words.yaml")["words"])


def _whole_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a whole English word: an ordinary word
    (``data/ordinary_words.yaml``) or one with a plural, past or -ing ending ("weapons",
    "escorted", "planning"); "milit" and "poli" are not."""
    words = _words()
    w = word.lower().rstrip("'’")
    stems = {w}
    for ending, stem in _INFLECTIONS:
        if w.endswith(ending) and len(w) > len(ending) + 1:
            base = w[: -len(ending)]
            stems |= {base + stem, base[:-1]} if base[-1:] == base[-2:-1] else {base + stem}
    return not stems.isdisjoint(words)


# endings of a plural, a past or an -ing form and what the stem ends with before them
# ("cities" -> "city", "escorted" -> "escort", "planned" -> "plan", "making" -> "make")
_INFLECTIONS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
)


def _open_quote(text: str) -> bool:
    """Whether a double quotation is opened in ``text`` and never closed."""
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1


def is_clipped(text: str) -> bool:
    """Whether the sentence ``text`` was cut off mid-sentence (see the module doc)."""
    bare = text.strip()
    if not bare or _END.search(bare) is not None:
        return False
    m = _LAST_WORD.search(bare)
    if m is None:
        return False
    word = m.group(1)
    if not word.islower():  # a name, an acronym or a label ("Plan A") may end a heading
        return _open_quote(bare) and len(bare.split()) >= 2
    if word in _endings():
        return True
    if len(word) == 1 and word != "a":
        return True
    if len(bare.split()) >= _min_words() and not _whole_word(word):
        # prose this long with no full stop, ending on no whole word: cut mid-word
        return True
    return _open_quote(bare) and len(bare.split()) >= 2
