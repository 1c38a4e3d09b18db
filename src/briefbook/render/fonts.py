"""Characters no installed font can draw: they would print as empty boxes in the PDF.

Coverage is read once per process from fontconfig (``fc-list``, the font lookup WeasyPrint
itself uses); without ``fc-list`` nothing is reported. ``.ci/run`` and the README name the
Debian font packages that cover emoji and CJK (fonts-noto-color-emoji, fonts-noto-cjk).
"""

from __future__ import annotations

import bisect
import html
import re
import shutil
import subprocess
import unicodedata
from functools import cache

__all__ = ["glyph_warning", "missing_glyphs"]

_TAG = re.compile(r"<(style|script)\b.*?</\1>|<[^>]+>", re.S | re.I)
# drawn by no font on purpose: joiners, variation selectors, bidi marks, tag characters
_INVISIBLE = {"Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp"}


@cache
def _coverage() -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """Starts and ends (inclusive) of the merged code point ranges of every installed font."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        out = subprocess.run(
            [fc_list, "--format", "%{charset}\\n"], capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    ranges = []
    for token in out.split():
        lo, _, hi = token.partition("-")
        try:
            ranges.append((int(lo, 16), int(hi or lo, 16)))
        except ValueError:
            continue
    merged: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return tuple(r[0] for r in merged), tuple(r[1] for r in merged)


def missing_glyphs(text: str) -> list[str]:
    """The distinct visible characters of ``text`` (HTML or plain) that no installed font
    covers, in code point order; empty when fontconfig cannot be asked."""
    coverage = _coverage()
    if coverage is None:
        return []
    starts, ends = coverage
    visible = html.unescape(_TAG.sub(" ", text))
    missing = []
    for ch in sorted(set(visible)):
        cp = ord(ch)
        if cp < 0x80 or unicodedata.category(ch) in _INVISIBLE:
            continue
        i = bisect.bisect_right(starts, cp) - 1
        if i < 0 or cp > ends[i]:
            missing.append(ch)
    return missing


def glyph_warning(text: str, limit: int = 12) -> str:
    """One line naming the characters the PDF cannot draw, or "" when every one has a font."""
    missing = missing_glyphs(text)
    if not missing:
        return ""
    named = ", ".join(
        f"{ch} (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed').lower()})"
        for ch in missing[:limit]
    )
    more = f" and {len(missing) - limit} more" if len(missing) > limit else ""
    return (
        f"no installed font has {len(missing)} character{'s' if len(missing) > 1 else ''} of "
        f"the briefing, drawn as empty boxes in the PDF: {named}{more}; install a font that "
        "covers them (Debian: fonts-noto-color-emoji for emoji, fonts-noto-cjk for Chinese, "
        "Japanese and Korean)"
    )
