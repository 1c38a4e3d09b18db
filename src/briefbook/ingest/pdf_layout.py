"""The text of one PDF page laid out as paragraphs: headings and paragraph breaks from the
positions and sizes of its lines.

pypdf's plain extraction gives one line per printed line and no paragraph breaks, so a
headline wrapped over three lines and the byline under it would run into the first sentence.
Here each printed line is kept with its baseline height and font size (pypdf's
``visitor_text``), and:

* a run of lines set larger than the body text (font size at least 1.15 times the body's) is
  one heading: its lines joined into one line, set apart from the text;
* a change of font size (a byline or caption set smaller) starts a new paragraph;
* a gap between two lines wider than 1.35 times the usual line spacing of the body starts a
  new paragraph (as does a line that goes back up the page: a new column).

The body size is the size that carries most of the page's characters; the usual spacing is
the median gap between consecutive body lines. A page whose fragments do not add up to pypdf's
own text (an unusual content stream) returns None, and the caller keeps the plain text.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from statistics import median
from typing import Any

from briefbook.ingest.plain import join_lines

HEADING_RATIO = 1.15  # a line set at least this much larger than the body is a heading
SIZE_CHANGE = 0.08  # a relative change of font size larger than this starts a paragraph
GAP_RATIO = 1.35  # a gap wider than this times the usual line spacing starts a paragraph


@dataclass
class Line:
    """One printed line: its text, baseline height (points, up the page) and font size."""

    text: str
    y: float
    size: float


def page_lines(page: Any) -> tuple[str, list[Line] | None]:
    """pypdf's plain text of ``page`` and its printed lines (None when they cannot be told
    apart reliably)."""
    frags: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, font_size: float) -> None:
        frags.append((text, *_place(cm, tm, font_size)))

    plain = page.extract_text(visitor_text=visit) or ""
    if "".join(f[0] for f in frags) != plain:
        return plain, None
    lines: list[Line] = []
    text, y, sizes = "", None, Counter()  # type: ignore[var-annotated]

    def close() -> None:
        if text.strip() and y is not None:
            lines.append(Line(text.strip(), y, sizes.most_common(1)[0][0]))

    for piece, fy, fsize in frags:
        parts = piece.split("\n")
        for k, part in enumerate(parts):
            if k:  # a line ends before this part
                close()
                text, y, sizes = "", None, Counter()
            if part.strip():
                if y is None:
                    y = fy
                sizes[round(fsize, 1)] += len(part.strip())
            text += part
    close()
    return plain, lines


def _place(cm: Any, tm: Any, font_size: float) -> tuple[float, float]:
    """The baseline height and the font size in page space of a fragment drawn with the
    current matrix ``cm`` and text matrix ``tm``."""
    try:
        a, b, c, d, _e, f = (float(v) for v in cm)
        ta, tb, tc, td, tx, ty = (float(v) for v in tm)
    except (TypeError, ValueError):
        return 0.0, float(font_size or 0)
    y = b * tx + d * ty + f
    scale = math.sqrt(abs(ta * td - tb * tc)) * math.sqrt(abs(a * d - b * c))
    return y, float(font_size or 0) * (scale or 1.0)


def laid_out(lines: list[Line]) -> str:
    """The page as paragraphs separated by blank lines, each on one line (words broken at a
    line end joined); headings on a line of their own."""
    if not lines:
        return ""
    weight: Counter[float] = Counter()
    for ln in lines:
        weight[ln.size] += len(ln.text)
    body = weight.most_common(1)[0][0] or 1.0
    gaps = [
        prev.y - cur.y
        for prev, cur in zip(lines, lines[1:], strict=False)
        if _same(prev.size, body) and _same(cur.size, body) and prev.y > cur.y
    ]
    usual = median(gaps) if gaps else None
    blocks: list[list[str]] = [[lines[0].text]]
    for prev, cur in zip(lines, lines[1:], strict=False):
        gap = prev.y - cur.y
        heading = prev.size >= HEADING_RATIO * body and cur.size >= HEADING_RATIO * body
        if heading:
            # a heading wrapped over lines: one heading while its size and spacing hold
            new = not _same(prev.size, cur.size) or not 0 < gap <= 1.8 * cur.size
        else:
            new = (
                not _same(prev.size, cur.size)
                or gap <= 0
                or (usual is not None and gap > GAP_RATIO * usual)
                or (usual is None and gap > 2.0 * cur.size)
            )
        if new:
            blocks.append([cur.text])
        else:
            blocks[-1].append(cur.text)
    return "\n\n".join(join_lines(block) for block in blocks)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= SIZE_CHANGE * max(a, b, 1e-6)
