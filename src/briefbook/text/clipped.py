"""A source's text cut off mid-sentence: a clipped copy, an excerpt, a paywall.

``is_clipped(text)`` tells whether a sentence stops where no sentence can stop: without a
full stop (``.``, ``!``, ``?``, ``…``, a colon or a closing quote or bracket after one) and
on a word that needs more after it (``clipped_endings`` of ``data/text.yaml``: "... which
mobilised as", "... arose a"), on a single letter other than "a" or "I" ("Anguished b"), on
a lower-case word after at least ``clipped_min_words`` words (``data/text.yaml``: a sentence
that long, with no full stop, is prose cut mid-word, "... aligned itself with the north for
poli", not a heading), or with a quotation opened and never closed. A heading, a list item or a table row ends on a
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
    if len(bare.split()) >= _min_words():
        return True  # prose this long with no full stop, ending in lower case: cut mid-word
    return _open_quote(bare) and len(bare.split()) >= 2
