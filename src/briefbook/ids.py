"""Sentence and source ids: ``S<n>`` for the n-th source, ``S<n>.<k>`` for its k-th sentence.

The one place that knows their shape: their natural order (``S2.9 < S2.10 < S10.1``) and the
source a sentence id belongs to.
"""

from __future__ import annotations

import math
import re

__all__ = ["sentence_key", "source_of"]

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
