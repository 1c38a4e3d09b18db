"""A source's text cut off mid-sentence: a clipped copy, an excerpt, a paywall.

``is_clipped(text)`` tells whether a sentence stops where no sentence can stop: without a
full stop (``.``, ``!``, ``?``, ``…``, a colon or a closing quote or bracket after one) and
on a word that needs more after it (``clipped_endings`` of ``data/text.yaml``: "... which
mobilised as", "... arose a"), on a single letter other than "a" or "I" ("Anguished b"), or
with a quotation opened and never closed. A heading, a list item or a table row ends on a
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
    return _open_quote(bare) and len(bare.split()) >= 2
