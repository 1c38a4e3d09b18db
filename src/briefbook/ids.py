"""Sentence and source ids: ``S<n>`` for the n-th source, ``S<n>.<k>`` for its k-th sentence.

The one place that knows their shape: their natural order (``S2.9 < S2.10 < S10.1``) and the
source a sentence id belongs to.
"""

from __future__ import annotations

import hashlib
import math
import re

__all__ = ["ANCHOR_RE", "sentence_anchor", "sentence_key", "source_of"]

# ``a`` + 9 hex digits: starts with a letter so that YAML reads it as text
ANCHOR_RE = re.compile(r"^a[0-9a-f]{9}$")

_ID = re.compile(r"S(\d+)(?:\.(\d+))?")


def sentence_key(sid: str) -> tuple[float, float, str]:
    """Sort key giving the natural order of sentence (and source) ids: S2.9 < S2.10 < S10.1;
    ids of another shape sort last, by their text."""
    m = _ID.fullmatch(str(sid))
    if not m:
        return (math.inf, math.inf, str(sid))
    return (int(m.group(1)), int(m.group(2) or 0), str(sid))


def source_of(sid: str) -> str:
    """The source id of a sentence id: ``S2.14`` -> ``S2``."""
    return str(sid).split(".", 1)[0]


def sentence_anchor(source_sha256: str, text: str) -> str:
    """The stable anchor of a sentence: ``a`` + 9 hex digits of the SHA-256 of its source's
    content hash and its text folded to lower-case words. It survives new sources (unlike
    ``S2.14``) and changes only when the source itself changes."""
    words = " ".join(re.findall(r"[^\W_]+", text.lower()))
    digest = hashlib.sha256(f"{source_sha256}\n{words}".encode()).hexdigest()
    return "a" + digest[:9]
