"""A bracketed pointer to a part of the source itself, left out of a copied statement.

Reports and analyses point their readers to their own figures, tables, maps and annexes
("... three key nuclear sites (see Figure 1), including ...", "(Table 2)", "(see map below)").
The briefing carries none of those parts, so a statement copied from such a sentence would
send its reader to a figure that is not there. :func:`strip_cross_references` leaves the
pointer out: a bracket holding "see" and a part's noun (``cross_reference_nouns`` of
``data/text.yaml``), a part's noun with its number or letter ("Figure 1", "Annex B", "p. 12";
"Figures 1 and 2"), or "see above/below". Any other bracket stays: an acronym ("(UNMISS)"),
an aside ("(the Kessel Line)"), a pointer to another document ("(see the council's statement
of 4 March)"), a part of a document named right before it ("the UN Charter (Chapter VII)",
"the 1994 act (Section 3)": ``cross_reference_documents`` of ``data/text.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.data import load_data

__all__ = ["strip_cross_references"]


@cache
def _pointer() -> re.Pattern[str]:
    nouns = sorted(
        (re.escape(str(n)) for n in load_data("text.yaml")["cross_reference_nouns"]),
        key=len,
        reverse=True,
    )
    noun = rf"(?:{'|'.join(nouns)})(?!\w)"
    # a part's number or letter: "1", "2.3", "B", "IV", "A-1"; a list of them ("1 and 2")
    label = r"(?:\d+(?:[.-]\d+)*[a-z]?|[A-Z](?:-\d+)?|[IVX]+)"
    labels = rf"{label}(?:\s*(?:,|and|&|-|–)\s*{label})*"
    where = r"(?:\s+(?:above|below|overleaf|opposite))?"
    inner = (
        rf"(?:see\s+(?:also\s+)?(?:the\s+)?{noun}(?:\s+{labels})?{where}"
        rf"|see\s+(?:also\s+)?(?:above|below)"
        rf"|{noun}\s+{labels}{where})"
    )
    return re.compile(rf"\s*[(\[]\s*{inner}\s*[)\]]", re.IGNORECASE)


@cache
def _documents() -> frozenset[str]:
    """The names of another document (``cross_reference_documents`` of data/text.yaml)."""
    return frozenset(str(w).lower() for w in load_data("text.yaml")["cross_reference_documents"])


def strip_cross_references(text: str) -> str:
    """``text`` without its bracketed pointers to the source's own parts (module doc)."""
    if "(" not in text and "[" not in text:
        return text
    documents = _documents()

    def cut(m: re.Match[str]) -> str:
        before = re.findall(r"[\w'’-]+", text[max(0, m.start() - 40) : m.start()])
        if before and before[-1].lower() in documents:
            return m.group(0)  # "the UN Charter (Chapter VII)": another document's part
        return ""

    out = _pointer().sub(cut, text)
    return re.sub(r"\s+([,.;:!?])", r"\1", out) if out != text else text
