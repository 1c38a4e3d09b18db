"""Photo captions left in a page's text: a short paragraph closing with its picture's credit
("Members of the police are seen in the capital. (EPA)", "A soldier in Sinaloa State. Image
credit: ...", "... 09 January 2024. EFE/ Name"), or a sentence closing with a copyright sign
and its holder ("... ©AFP"). The guide files captions and credits under none: they reach no
section and no judgment, whatever the classifier reads in the description of the picture.
The shapes are data (``data/captions.yaml``)."""

from __future__ import annotations

import re
from functools import cache

from briefbook.data import load_data
from briefbook.model import Document

__all__ = ["caption_sentences", "is_credit_line"]


@cache
def _shapes() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], int, int]:
    data = load_data("captions.yaml")
    lines = tuple(re.compile(str(p), re.I) for p in data["credit_lines"])
    glued = tuple(re.compile(str(p), re.I) for p in data["glued_credit"])
    return lines, glued, int(data["caption_sentences"]), int(data["caption_words"])


def is_credit_line(text: str) -> bool:
    """Whether ``text`` is only a picture's credit ("(AFP/File)", "Image credit: ...",
    "EFE/Name", "AP.")."""
    lines, _, _, _ = _shapes()
    bare = text.strip()
    return bool(bare) and any(p.search(bare) for p in lines)


def _glued(text: str) -> bool:
    _, glued, _, _ = _shapes()
    return any(p.search(text.strip()) for p in glued)


def caption_sentences(document: Document) -> set[str]:
    """The ids of ``document``'s sentences that are a picture's caption or credit: each
    paragraph whose last sentence is a credit line (:func:`is_credit_line`) and holds at
    most ``caption_sentences`` sentences before it, none over ``caption_words`` words; and
    each sentence closing with a copyright sign and its holder. A paragraph of prose that
    ends with a bracketed aside is longer, or its aside is no credit."""
    _, _, most, words = _shapes()
    paragraphs: dict[int, list[int]] = {}
    for k, s in enumerate(document.sentences):
        paragraphs.setdefault(s.paragraph, []).append(k)
    out: set[str] = set()
    for rows in paragraphs.values():
        texts = [document.sentences[k].text for k in rows]
        if (
            is_credit_line(texts[-1])
            and len(rows) - 1 <= most
            and all(len(t.split()) <= words for t in texts)
        ):
            out.update(document.sentences[k].id for k in rows)
    out.update(s.id for s in document.sentences if _glued(s.text))
    return out
