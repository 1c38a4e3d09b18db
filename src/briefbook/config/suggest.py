""" "Did you mean" for misspelt keys."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def unknown_key_hint(key: str, known: Iterable[str]) -> str:
    """``did you mean 'sources'?`` when ``key`` is close to a known key, else the known keys."""
    known = list(known)
    close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]!r}? known keys: {', '.join(known)}"
    return f"known keys: {', '.join(known)}"
