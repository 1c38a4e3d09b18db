"""The facts a sentence asserts that its evidence must also carry.

``sentence_facts(text)`` reads the figures, dates, proper names and negations of one
sentence; ``unsupported(sentence, evidence_texts)`` lists those the evidence does not
carry, each as a short reason (``"number 12,000 not in the cited sentences"``). Figures are
compared as values ("11,000" = "11 000" = "11 thousand"); a bound ("more than 11,000",
"nearly 12,000") is supported by a value that meets it; years, months and days must each
appear; a name is supported by the same word or its demonym/stem ("Russian" by "Russia").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefbook.data import load_data
from briefbook.text.normalise import CURLY_QUOTES

_WORDS = load_data("drafting.yaml")
NUMBER_WORDS: dict[str, int] = dict(_WORDS["number_words"])
SCALES: dict[str, int] = dict(_WORDS["scales"])
MONTHS: dict[str, int] = {m: i for i, names in enumerate(_WORDS["months"], 1) for m in names}
WEEKDAYS = frozenset(_WORDS["weekdays"])
NEGATIONS = frozenset(_WORDS["negations"])
LOWER_BOUNDS = tuple(_WORDS["bounds"]["lower"])
UPPER_BOUNDS = tuple(_WORDS["bounds"]["upper"])
ABOUT = tuple(_WORDS["bounds"]["about"])
NOT_NAMES = frozenset(w.lower() for w in _WORDS["not_names"])

_NUM = re.compile(
    r"(?<![\w.])(\d{1,3}(?:[, \u202f]\d{3})+|\d+(?:\.\d+)?)(?:\s*(%|per\s?cent|percent))?"
    r"(?:\s+(" + "|".join(SCALES) + r")\b)?",
    re.IGNORECASE,
)
_WORD_NUM = re.compile(
    r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
    r"(?:\s+(" + "|".join(SCALES) + r")\b)?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_BOUND_WINDOW = 28  # characters before a figure searched for "more than", "nearly", ...


@dataclass(frozen=True)
class Figure:
    """A figure of a sentence: its value and how it is bounded (=, >=, <=, ~)."""

    text: str
    value: float
    bound: str = "="
    percent: bool = False


@dataclass
class Facts:
    figures: list[Figure] = field(default_factory=list)
    years: set[str] = field(default_factory=set)
    months: set[int] = field(default_factory=set)
    weekdays: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    negations: set[str] = field(default_factory=set)


def sentence_facts(text: str) -> Facts:
    """The figures, dates, names and negations of ``text`` (one sentence)."""
    text = _fold(text)
    facts = Facts()
    taken: list[tuple[int, int]] = []
    for m in _NUM.finditer(text):
        raw = m.group(1)
        digits = re.sub(r"[, \u202f]", "", raw)
        if _YEAR.match(digits) and not m.group(2) and not m.group(3):
            facts.years.add(digits)
            taken.append(m.span())
            continue
        value = float(digits) * SCALES.get((m.group(3) or "").lower(), 1)
        facts.figures.append(
            Figure(m.group(0).strip(), value, _bound(text, m.start()), bool(m.group(2)))
        )
        taken.append(m.span())
    for m in _WORD_NUM.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = NUMBER_WORDS[m.group(1).lower()] * SCALES.get((m.group(2) or "").lower(), 1)
        vague = m.group(1).lower().endswith("s")  # "thousands": at least two thousand
        bound = ">=" if vague else _bound(text, m.start())
        facts.figures.append(Figure(m.group(0), float(value), bound))
    tokens = list(_TOKEN.finditer(text))
    for m in tokens:
        word = m.group(0).strip("'-")
        low = word.lower()
        if low in MONTHS and (word[0].isupper() or low in ("sept", "dec")):
            facts.months.add(MONTHS[low])
            continue
        if low in WEEKDAYS:
            facts.weekdays.add(low)
            continue
        if low in NEGATIONS or low.endswith("n't"):
            facts.negations.add("not" if low.endswith("n't") else low)
            continue
        if not word[:1].isupper() or low in NOT_NAMES:
            continue
        # a capital at the start of a sentence is a name unless it is a common opener
        # (NOT_NAMES); the evidence is then searched case-insensitively, so "Sanctions"
        # is carried by "sanctions"
        facts.names.append(_strip_possessive(word))
    return facts


def unsupported(sentence: str, evidence: list[str]) -> list[str]:
    """Reasons why ``evidence`` (the cited sentences' texts) does not carry the facts of
    ``sentence``; empty when every figure, date, name and negation is found there."""
    mine = sentence_facts(sentence)
    theirs = sentence_facts(" ".join(evidence))
    joined = _fold(" ".join(evidence)).lower()
    reasons: list[str] = []
    values = [f.value for f in theirs.figures]
    for fig in mine.figures:
        if not any(_meets(fig, v) for v in values):
            reasons.append(f"number {fig.text!r} not in the cited sentences")
    for year in sorted(mine.years - theirs.years):
        reasons.append(f"date {year} not in the cited sentences")
    for month in sorted(mine.months - theirs.months):
        reasons.append(f"date (month {month}) not in the cited sentences")
    for day in sorted(mine.weekdays - theirs.weekdays):
        reasons.append(f"date {day} not in the cited sentences")
    their_words = set(re.findall(r"[a-z][a-z'\-]*", joined))
    for name in mine.names:
        if not _name_found(name, their_words):
            reasons.append(f"name {name!r} not in the cited sentences")
    for neg in sorted(mine.negations - theirs.negations):
        reasons.append(f"negation {neg!r} not in the cited sentences")
    return reasons


def _meets(fig: Figure, value: float) -> bool:
    if fig.bound == ">=":
        return value >= fig.value
    if fig.bound == "<=":
        return value <= fig.value
    if fig.bound == "~":
        return abs(value - fig.value) <= 0.1 * max(abs(fig.value), 1.0)
    return value == fig.value


def _bound(text: str, start: int) -> str:
    before = text[max(0, start - _BOUND_WINDOW) : start].lower()
    for cue in LOWER_BOUNDS:
        if before.rstrip().endswith(cue):
            return ">="
    for cue in UPPER_BOUNDS:
        if before.rstrip().endswith(cue):
            return "<="
    for cue in ABOUT:
        if before.rstrip().endswith(cue):
            return "~"
    return "="


def _fold(text: str) -> str:
    return text.translate(CURLY_QUOTES)


def _strip_possessive(word: str) -> str:
    return re.sub(r"'s?$", "", word)


def _name_found(name: str, words: set[str]) -> bool:
    low = name.lower()
    if low in words:
        return True
    for w in words:
        if len(w) < 4 or w[0] != low[0]:
            continue
        common = 0
        for a, b in zip(low, w, strict=False):
            if a != b:
                break
            common += 1
        if common >= max(4, min(len(low), len(w)) - 2):
            return True
    return False


__all__ = ["Facts", "Figure", "sentence_facts", "unsupported"]
