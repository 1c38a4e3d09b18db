"""Paraphrases across sources: two sentences that report the same thing in other words.

Sentence embeddings put close paraphrases of one report above a cosine of about 0.8, but two
outlets retelling one statement in their own words ("Prime Minister Yulia Svyrydenko said
major energy facilities in Kharkiv, Kyiv and Poltava regions were damaged" / "Prime Minister
Yulia Sviredenko said on Telegram that critical energy facilities in Poltava, Kharkiv and Kyiv
regions were damaged") often fall just below it. What they keep are the *anchors*: the names
and figures. :class:`Paraphrases` adds that evidence: a pair whose cosine is at least
``ANCHOR_FLOOR`` and that shares most of its anchors (at least ``MIN_SHARED``) counts as a
paraphrase (similarity ``ANCHORED``), whatever its cosine. Names are compared by their
consonant skeleton, so transliterations fold ("Svyrydenko" = "Sviredenko", "Zelensky" =
"Zelenskyy").

The names of a briefing's setting are no anchors: a name that at least ``SETTING_SOURCES``
sources and at least half of the briefing's sources mention (the disputed reef, the two
countries of a confrontation) is in nearly every sentence, so sharing it says nothing about
whether two sentences report one thing: "the boarding at the reef" and "the convoy that
reached the reef six weeks later" share the reef and both countries and are no paraphrase.

Each comparison is one dot product and, only above the floor, one set intersection: the
cost stays linear in the number of sentences compared (the setting is one pass over them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, cached_property

import numpy as np

from briefbook.data import load_data
from briefbook.model import Sentence

__all__ = [
    "ANCHORED",
    "ANCHOR_FLOOR",
    "MIN_SHARED",
    "SETTING_SOURCES",
    "Paraphrases",
    "anchors",
    "skeleton",
]

ANCHOR_FLOOR = 0.68  # cosine below which shared names never make a paraphrase
ANCHORED = 0.9  # the similarity given to an anchored paraphrase
MIN_SHARED = 3  # anchors two paraphrases must share (and at least half of the smaller set)
SETTING_SOURCES = 3  # a name this many sources and half of all mention is the setting

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
_VOWELS = str.maketrans("", "", "aeiouy")


def skeleton(word: str) -> str:
    """A word's consonant skeleton: lower case, letters only, first letter kept, later vowels
    (and y) dropped, doubled letters single ("Svyrydenko" -> "svrdnk" = "Sviredenko")."""
    w = re.sub(r"['’]s$", "", word.lower())
    w = re.sub(r"[^a-z]", "", w)
    if not w:
        return ""
    s = w[0] + w[1:].translate(_VOWELS)
    return re.sub(r"(.)\1+", r"\1", s)


@cache
def _calendar() -> frozenset[str]:
    """Month and weekday names (``data/numbers.yaml``): dates are not anchors."""
    data = load_data("numbers.yaml")
    return frozenset(w.lower() for w in [*data["months"], *data["weekdays"]])


def anchors(text: str) -> frozenset[str]:
    """The names and figures of a sentence: capitalised words after its first word (by their
    consonant skeleton) and numbers (digits only), months and weekdays left out."""
    out: set[str] = set()
    for k, m in enumerate(_TOKEN.finditer(text)):
        tok = m.group(0)
        if tok[0].isdigit():
            out.add("#" + re.sub(r"\D", "", tok))
        elif k > 0 and tok[0].isupper() and tok.lower() not in _calendar():
            sk = skeleton(tok)
            if len(sk) >= 2:
                out.add(sk)
    return frozenset(out)


class Paraphrases:
    """Similarity of the sentences of one briefing: cosine of their unit embeddings, raised to
    ``ANCHORED`` for anchored paraphrases (module doc).

    ``vectors``: (n, d) unit rows in the order of ``sentences``.
    """

    def __init__(self, sentences: Sequence[Sentence], vectors: np.ndarray) -> None:
        self.sentences = sentences
        self.vectors = vectors

    @cached_property
    def _anchors(self) -> list[frozenset[str] | None]:
        return [None] * len(self.sentences)

    def anchors_of(self, i: int) -> frozenset[str]:
        cache = self._anchors
        found = cache[i]
        if found is None:
            found = cache[i] = anchors(self.sentences[i].text)
        return found

    @cached_property
    def setting(self) -> frozenset[str]:
        """The names of the briefing's setting (module doc): anchors that at least
        ``SETTING_SOURCES`` sources, and at least half of the sources, mention. Figures
        ("#450") are never setting."""
        sources_of: dict[str, set[str]] = {}
        everyone: set[str] = set()
        for k, sentence in enumerate(self.sentences):
            everyone.add(sentence.source)
            for anchor in self.anchors_of(k):
                if not anchor.startswith("#"):
                    sources_of.setdefault(anchor, set()).add(sentence.source)
        floor = max(SETTING_SOURCES, (len(everyone) + 1) // 2)
        return frozenset(a for a, seen in sources_of.items() if len(seen) >= floor)

    def anchored(self, i: int, j: int) -> bool:
        """Whether sentences ``i`` and ``j`` share most of their names and figures, the
        names of the briefing's setting (:attr:`setting`) left out."""
        a, b = self.anchors_of(i) - self.setting, self.anchors_of(j) - self.setting
        shared = len(a & b)
        return shared >= MIN_SHARED and 2 * shared >= min(len(a), len(b))

    def similarity(self, i: int, j: int) -> float:
        """Cosine of ``i`` and ``j``, or ``ANCHORED`` when they are an anchored paraphrase."""
        cos = float(self.vectors[i] @ self.vectors[j])
        if ANCHOR_FLOOR <= cos < ANCHORED and self.anchored(i, j):
            return ANCHORED
        return cos

    def row(self, i: int) -> np.ndarray:
        """Similarity of ``i`` to every sentence, shape (n,)."""
        sims = self.vectors @ self.vectors[i]
        for j in np.flatnonzero((sims >= ANCHOR_FLOOR) & (sims < ANCHORED)).tolist():
            if j != i and self.anchored(i, j):
                sims[j] = ANCHORED
        return sims
