"""Direct quotations in one sentence: ``unquoted(text)`` is the sentence without them.

A quotation is a span between double quotation marks (straight ``"`` or curly ``“ ”``). A
sentence can also hold part of a quotation that runs over a sentence boundary: one that
opens and is not closed (it goes on in the next sentence) is removed to the end, one that is
closed and was not opened here (carried over from the sentence before: ``We will hold the
pass," the colonel said.``) from the start. A straight mark left over after the pairs is a
closing one when it follows a word or a stop and does not open a word (``... pass," the``),
an opening one otherwise. Each removed span becomes one space. Pure, linear in the text's
length.
"""

from __future__ import annotations

import re

__all__ = ["unquoted"]

_PAIR = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_CURLY_OPEN = re.compile(r"“[^”]*$")
_CURLY_CLOSE = re.compile(r"^[^“]*”")
# a straight mark that closes: after a word, a stop or a dash, and not before a word
_STRAIGHT_CLOSE = re.compile(r"(?<=[\w.,!?;:…'’)\]-])\"(?![\w(\[])")


def unquoted(text: str) -> str:
    """``text`` without its direct quotations, whole or carried over a sentence boundary
    (see the module doc): str -> str, each removed span a single space."""
    bare = _PAIR.sub(" ", text)
    bare = _CURLY_OPEN.sub(" ", bare)
    bare = _CURLY_CLOSE.sub(" ", bare)
    if bare.count('"') == 1:
        at = bare.index('"')
        closing = _STRAIGHT_CLOSE.match(bare, at) is not None
        bare = " " + bare[at + 1 :] if closing else bare[:at] + " "
    return bare
