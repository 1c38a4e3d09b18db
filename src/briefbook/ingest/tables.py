"""Table rows as sentences the analysis reads like prose (shared by the DOCX and HTML readers).

``row_sentence(row, header)``: the first cell leads --

- a label and a figure under a generic header ("Number") or none: ``"14 soldiers killed."``
  (``Soldiers killed | 14``);
- with a header that names the columns: ``"Kharkiv: killed 14; wounded 30."``;
- else the cells joined by semicolons.

``header_row(rows)``: whether the first row names the columns (short text, no figures).
"""

from __future__ import annotations

import re

__all__ = ["header_row", "row_sentence"]

_GENERIC_COUNT = frozenset(
    {"number", "count", "total", "figure", "figures", "quantity", "amount", "value", "#", "no."}
)
_FIGURE = re.compile(r"^[~\u2248<>]?\s*\d[\d,.]*\s*\+?$")


def header_row(rows: list[list[str]]) -> bool:
    """The first row names the columns: every cell short text, no figures."""
    return bool(rows) and all(c and len(c) <= 60 and not re.search(r"\d", c) for c in rows[0])


def row_sentence(row: list[str], header: list[str] | None) -> str:
    """One table row as a sentence (see the module doc); ``""`` for an empty row."""
    cells = [c.strip().rstrip(".;") for c in row]
    names = [h.strip() for h in header] if header is not None else None
    lead, rest = cells[0], cells[1:]
    if (
        len(rest) == 1
        and lead
        and _FIGURE.match(rest[0])
        and (names is None or names[1].lower().strip(":") in _GENERIC_COUNT)
    ):
        text = f"{rest[0]} {_lower_first(lead)}"
    elif names is not None and len(names) == len(cells):
        pairs = "; ".join(
            f"{_lower_first(h)} {c}" for h, c in zip(names[1:], rest, strict=True) if c
        )
        text = f"{lead}: {pairs}" if lead and pairs else lead or pairs
    else:
        text = "; ".join(c for c in cells if c)
    text = text.strip()
    return f"{text}." if text and not text.endswith((".", "!", "?")) else text


def _lower_first(text: str) -> str:
    """ "Soldiers killed" -> "soldiers killed"; acronyms and names of two capitals stay."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word[0].isupper() and word[1:].islower():
        return text[0].lower() + text[1:]
    return text
