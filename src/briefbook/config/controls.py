"""Params text as a reader sees it: no control, separator or bidi characters.

A title, an analyst's name or a marking is one line of plain text: what the manifest records
is what the banner, the cover and the PDF show. U+2028/U+2029 (line and paragraph
separators), tabs and line breaks become spaces; other C0 and C1 controls are dropped;
bidi embeddings, overrides, isolates and marks are dropped (they make a renderer show
characters in another order than they are stored); a lone surrogate becomes U+FFFD.
"""

from __future__ import annotations

import re

__all__ = ["BIDI_CONTROLS", "clean_line"]

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SPACES = re.compile("[\t\n\v\f\r\x85\u2028\u2029]+")
_DROPPED = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f{BIDI_CONTROLS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_line(text: str) -> str:
    """``text`` as one line: separators and breaks to single spaces, controls and bidi
    controls dropped, lone surrogates replaced by U+FFFD; leading/trailing spaces kept
    (callers strip)."""
    text = _SURROGATE.sub("\ufffd", text)
    text = _DROPPED.sub("", text)
    return _SPACES.sub(" ", text)
