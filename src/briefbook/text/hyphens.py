"""Words hyphenated at a line end joined again.

``dehyphenate(text)``: "rein-\\nforcements", "east\u2010 ern" (a Unicode hyphen left before a
space by a PDF text layer) and a soft hyphen become one word; a real compound keeps its
hyphen ("so-\\ncalled" -> "so-called") when its first part is a compound prefix
(``data/text.yaml``: ``compound_prefixes``) or the text spells the compound with a hyphen
elsewhere. Linear in the length of the text.
"""

from __future__ import annotations

import re

from briefbook.data import load_data

__all__ = ["dehyphenate", "join_hyphenated"]

_PREFIXES = frozenset(load_data("text.yaml")["compound_prefixes"])
# a word, a hyphen (ASCII, soft, Unicode hyphen or non-breaking), a line break or a space
# after a non-ASCII hyphen, and the lower-case rest of the word
_BROKEN = re.compile(
    r"(?P<head>\b[^\W\d_]+)(?P<hy>-[ \t]*\n[ \t]*(?:\n[ \t]*)?|\u00ad[ \t]*\n?[ \t]*|[\u2010\u2011](?:[ \t]*\n[ \t]*(?:\n[ \t]*)?|[ \t]+))"
    r"(?P<tail>[a-z][^\W\d_]*)"
)
_SOFT = "\u00ad"
_SUFFIXES = frozenset(
    [
        "s",
        "es",
        "ed",
        "ing",
        "er",
        "ers",
        "est",
        "ly",
        "ness",
        "ment",
        "ments",
        "tion",
        "tions",
        "sion",
        "ity",
        "ities",
        "ive",
        "al",
        "ous",
        "able",
        "ible",
        "ance",
        "ence",
        "ant",
        "ent",
        "ism",
        "ist",
        "ists",
        "ize",
        "ized",
        "ise",
        "ised",
    ]
)


def join_hyphenated(head: str, tail: str, text: str = "") -> str:
    """``head`` + ``tail`` as one word, or hyphenated when it is a real compound."""
    compound = f"{head}-{tail}"
    joined = f"{head}{tail}"
    if text and re.search(rf"\b{re.escape(joined)}\b", text):
        return joined  # the text spells the word whole elsewhere
    if tail.lower() in _SUFFIXES:
        return joined  # "cross-" + "ing": a word broken before its ending
    if head.lower() in _PREFIXES or (text and compound in text):
        return compound
    return joined


def dehyphenate(text: str) -> str:
    """Join words broken by a hyphen at a line end (see the module doc)."""
    if not any(ch in text for ch in "-\u00ad\u2010\u2011"):
        return text
    plain = text.replace("\u2010", "-").replace("\u2011", "-")

    def fix(m: re.Match[str]) -> str:
        hy = m.group("hy")
        if hy.startswith(_SOFT):
            return m.group("head") + m.group("tail")
        return join_hyphenated(m.group("head"), m.group("tail"), plain)

    return _BROKEN.sub(fix, text).replace(_SOFT, "")
