"""Pick the statements that matter, grade them, and draw key judgments and indicators.

For each section the candidate sentences are scored (centrality to the section and the
document by embeddings, entity and quantitative-claim density, topic-sentence position,
support from other sources) and picked greedily with maximal marginal relevance, so that
near-duplicates are not picked twice. Each statement is a source sentence, verbatim; its
evidence is its own id plus the ids of sentences in OTHER sources that say nearly the same.

Grades follow two small rules, documented in the method note:
:func:`likelihood_for_evidence` (ICD 203 term, only for probabilistic evidence) and
:func:`confidence_for_evidence` (low, moderate, high from the sources behind it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from briefbook.embeddings import embed, normalise_rows
from briefbook.model import Document, Entity, Sentence, Statement
from briefbook.schema import AssessmentSchema
from briefbook.sections import none_prototypes
from briefbook.tradecraft import LIKELIHOOD_TERMS

__all__ = [
    "JudgmentParams",
    "Judgments",
    "confidence_for_evidence",
    "draw_judgments",
    "likelihood_for_evidence",
    "likelihood_from_hedges",
]


@dataclass(frozen=True)
class JudgmentParams:
    per_section: int = 4  # statements per section, at most
    key_judgments: int = 5  # at most; at least 3 when there are 3 statements to draw on
    indicators: int = 5  # at most
    support_similarity: float = 0.82  # cosine above which a sentence of another source supports
    redundancy: float = 0.85  # cosine above which a candidate repeats a picked statement
    mmr_lambda: float = 0.75  # weight of the score against redundancy in the greedy pick
    boilerplate_penalty: float = 0.5  # per standard deviation of likeness to boilerplate
    # section preference for the bottom line up front (others 1.0)
    key_preference: tuple[tuple[str, float], ...] = (("context", 0.6), ("outlook", 0.85))


@dataclass
class Judgments:
    sections: dict[str, list[Statement]] = field(default_factory=dict)
    key_judgments: list[Statement] = field(default_factory=list)
    indicators: list[Statement] = field(default_factory=list)


# ---------------------------------------------------------------------------
# grading rules

# Hedge cue -> ICD 203 term it expresses (longest cues first when matching).
_TERM_CUES: tuple[tuple[str, str], ...] = (
    ("almost no chance", "almost no chance"),
    ("no chance", "almost no chance"),
    ("highly unlikely", "very unlikely"),
    ("very unlikely", "very unlikely"),
    ("remote", "very unlikely"),
    ("improbable", "unlikely"),
    ("unlikely", "unlikely"),
    ("doubtful", "unlikely"),
    ("almost certainly", "almost certain"),
    ("almost certain", "almost certain"),
    ("virtually certain", "almost certain"),
    ("highly likely", "very likely"),
    ("very likely", "very likely"),
    ("highly probable", "very likely"),
    ("probably", "likely"),
    ("probable", "likely"),
    ("likely", "likely"),
    ("expected to", "likely"),
    ("appears", "likely"),
    ("apparently", "likely"),
    ("may", "roughly even chance"),
    ("might", "roughly even chance"),
    ("could", "roughly even chance"),
    ("possibly", "roughly even chance"),
    ("possible", "roughly even chance"),
    ("potentially", "roughly even chance"),
    ("potential", "roughly even chance"),
    ("perhaps", "roughly even chance"),
)
# Cues that say the underlying fact itself is unconfirmed: they lower the term one step.
_DOUBT_CUES = (
    "if confirmed",
    "alleged",
    "allegedly",
    "reportedly",
    "unverified",
    "unconfirmed",
    "claimed",
    "purportedly",
    "could not be independently verified",
    "not independently verified",
)
_EVEN = LIKELIHOOD_TERMS.index("roughly even chance")


def _has(text: str, cue: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(cue) + r"(?![\w-])", text) is not None


def likelihood_from_hedges(text: str) -> str | None:
    """The ICD 203 term the strongest explicit cue of ``text`` expresses, or None."""
    low = text.lower()
    found = [(LIKELIHOOD_TERMS.index(term), cue) for cue, term in _TERM_CUES if _has(low, cue)]
    if not found:
        return None
    # the most committal cue decides: the one farthest from even chance (ties: the higher)
    index = max(found, key=lambda f: (abs(f[0] - _EVEN), f[0]))[0]
    return LIKELIHOOD_TERMS[index]


def likelihood_for_evidence(
    texts: Sequence[str], *, probabilistic: bool, corroborating_sources: int = 0
) -> str | None:
    """ICD 203 likelihood of a statement, or None when its evidence is not probabilistic.

    Rule: only probabilistic evidence (modal or likelihood language) gets a term. The term
    is the one the evidence's own strongest hedge expresses ("almost certainly" -> almost
    certain, "very likely", "likely/probably" -> likely, "may/could/might/potentially" ->
    roughly even chance, "unlikely" -> unlikely ...; no explicit term -> roughly even
    chance). Doubt about the underlying fact ("if confirmed", "alleged", "reportedly",
    "unverified") lowers it one step. Corroboration by other independent sources
    strengthens it one step (away from even chance; roughly even chance -> likely).
    """
    if not probabilistic:
        return None
    terms = [t for t in (likelihood_from_hedges(x) for x in texts[:1]) if t]
    index = LIKELIHOOD_TERMS.index(terms[0]) if terms else _EVEN
    low = " ".join(texts[:1]).lower()
    if any(_has(low, cue) for cue in _DOUBT_CUES):
        index -= 1
    if corroborating_sources > 0:
        index = index - 1 if index < _EVEN else index + 1
    index = max(0, min(len(LIKELIHOOD_TERMS) - 1, index))
    return LIKELIHOOD_TERMS[index]


def _well_graded(reliability: str | None, credibility: int | None) -> bool:
    return (reliability or "F") in {"A", "B", "C"} and (credibility or 6) <= 3


def _strong_grade(reliability: str | None, credibility: int | None) -> bool:
    return (reliability or "F") in {"A", "B"} and (credibility or 6) <= 2


def confidence_for_evidence(
    grades: Sequence[tuple[str | None, int | None]], *, hedged: bool, attributed: bool
) -> str:
    """Confidence (low, moderate, high) in a statement from the sources behind its evidence.

    ``grades`` holds one Admiralty (reliability, credibility) pair per distinct independent
    source; ungraded parts count as F and 6. Rule: several (3+) independent sources of which
    at least two are well graded (A-C, 1-3) -> high; two sources, or one strongly graded
    source (A-B, 1-2) -> moderate; otherwise (one source, ungraded or poorly graded) -> low.
    Hedged or attributed evidence caps it at moderate; hedged evidence from a single source
    is low.
    """
    n = len(grades)
    good = sum(1 for r, c in grades if _well_graded(r, c))
    strong = sum(1 for r, c in grades if _strong_grade(r, c))
    if n >= 3 and good >= 2:
        level = 2
    elif n >= 2 or strong >= 1:
        level = 1
    else:
        level = 0
    if hedged or attributed:
        level = min(level, 1)
    if hedged and n <= 1:
        level = 0
    return ("low", "moderate", "high")[level]


# ---------------------------------------------------------------------------
# selection


def _facts_value(facts: Any, name: str, default: Any) -> Any:
    return getattr(facts, name, default) if facts is not None else default


def _independent_key(doc: Document) -> str:
    """Reposts of one text count once: sources are grouped by content hash."""
    return doc.sha256 or doc.id


def draw_judgments(
    documents: Sequence[Document],
    sections: Mapping[str, str | None],
    schema: AssessmentSchema,
    *,
    facts: Mapping[str, Any] | None = None,
    entities: Sequence[Entity] = (),
    params: JudgmentParams | None = None,
) -> Judgments:
    """Statements per section, key judgments and indicators, all graded and cited."""
    params = params or JudgmentParams()
    facts = facts or {}
    sentences: list[Sentence] = [s for d in documents for s in d.sentences]
    result = Judgments(sections={k: [] for k in schema.keys})
    if not sentences:
        return result
    docs = {d.id: d for d in documents}
    index = {s.id: i for i, s in enumerate(sentences)}
    vectors = embed([s.text for s in sentences]).astype(np.float64)
    source_of = np.array([_source_number(s.source, docs) for s in sentences])
    groups = {d.id: _independent_key(d) for d in documents}
    mentions = _entity_mentions(entities)
    base = _base_scores(sentences, vectors, sections, facts, mentions)
    base -= params.boilerplate_penalty * _boilerplate(vectors, schema)

    picked: dict[str, list[int]] = {}
    for key in schema.keys:
        members = [i for i, s in enumerate(sentences) if sections.get(s.id) == key]
        picked[key] = _mmr(members, base, vectors, params.per_section, params)

    def make(i: int, section: str | None) -> Statement:
        s = sentences[i]
        support = _support(i, vectors, source_of, params.support_similarity)
        evidence = [s.id] + [sentences[j].id for j in support]
        own_group = groups.get(s.source, s.source)
        other_groups = sorted(
            {groups.get(sentences[j].source, sentences[j].source) for j in support} - {own_group}
        )
        fact = facts.get(s.id)
        hedges = list(_facts_value(fact, "hedges", []))
        attributed = _facts_value(fact, "attributed_to", None)
        probabilistic = bool(_facts_value(fact, "probabilistic", False))
        grade_by_group: dict[str, tuple[str | None, int | None]] = {}
        for sid in evidence:
            doc = docs.get(sentences[index[sid]].source)
            if doc is None:
                continue
            g = groups.get(doc.id, doc.id)
            cand = (doc.reliability, doc.credibility)
            if g not in grade_by_group or _grade_rank(cand) < _grade_rank(grade_by_group[g]):
                grade_by_group[g] = cand
        grades = [grade_by_group[g] for g in sorted(grade_by_group)]
        return Statement(
            text=s.text,
            evidence=evidence,
            likelihood=likelihood_for_evidence(
                [s.text], probabilistic=probabilistic, corroborating_sources=len(other_groups)
            ),
            confidence=confidence_for_evidence(
                grades, hedged=bool(hedges), attributed=attributed is not None
            ),
            section=section,
            hedged=bool(hedges),
            attributed_to=attributed,
            score=round(float(base[i] + 0.5 * math.log1p(len(other_groups))), 4),
        )

    built: dict[int, Statement] = {}
    for key in schema.keys:
        for i in picked[key]:
            built[i] = make(i, key)
        result.sections[key] = [built[i] for i in picked[key]]

    # key judgments: the best statements across sections, preferring analysis over context
    preference = dict(params.key_preference)

    def key_rank(i: int) -> tuple[float, int]:
        # judgments (probabilistic, analytic language) before reports of fact
        analytic = 0.3 if _facts_value(facts.get(sentences[i].id), "probabilistic", False) else 0.0
        return (-(built[i].score * preference.get(built[i].section or "", 1.0) + analytic), i)

    pool = sorted(built, key=key_rank)
    chosen: list[int] = []
    per_section: dict[str, int] = {}
    for relax in (False, True):
        for i in pool:
            if len(chosen) >= params.key_judgments:
                break
            sec = built[i].section or ""
            if i in chosen or (not relax and per_section.get(sec, 0) >= 2):
                continue
            if any(float(vectors[i] @ vectors[j]) > params.redundancy for j in chosen):
                continue
            chosen.append(i)
            per_section[sec] = per_section.get(sec, 0) + 1
        if len(chosen) >= 3:
            break
    result.key_judgments = [built[i] for i in chosen]

    # indicators: forward-looking sentences, the outlook section first
    forward = [
        i for i, s in enumerate(sentences) if _facts_value(facts.get(s.id), "forward", False)
    ]
    watch = re.compile(r"(?<!\w)(monitor|watch|expand|expansion|could|may|might|will|warn)", re.I)

    def indicator_rank(i: int) -> tuple[float, int]:
        bonus = 1.0 if sections.get(sentences[i].id) == "outlook" else 0.0
        bonus += 0.5 if watch.search(sentences[i].text) else 0.0
        return (-(base[i] + bonus), i)

    ranked = sorted(forward, key=indicator_rank)
    picks: list[int] = []
    for i in ranked:
        if len(picks) >= params.indicators:
            break
        if any(float(vectors[i] @ vectors[j]) > params.redundancy for j in picks):
            continue
        picks.append(i)
    result.indicators = [
        built[i] if i in built else make(i, sections.get(sentences[i].id)) for i in picks
    ]
    return result


def _boilerplate(vectors: np.ndarray, schema: AssessmentSchema) -> np.ndarray:
    """How much each sentence looks like boilerplate (z-score above the mean, else 0)."""
    sims = (vectors @ none_prototypes(schema).T.astype(np.float64)).max(axis=1)
    if len(sims) < 2:
        return np.zeros(len(sims))
    sd = float(sims.std())
    return np.maximum((sims - sims.mean()) / (sd if sd > 1e-9 else 1.0), 0.0)


def _grade_rank(grade: tuple[str | None, int | None]) -> tuple[str, int]:
    return (grade[0] or "F", grade[1] or 6)


def _source_number(source: str, docs: Mapping[str, Document]) -> int:
    keys = sorted(docs)
    return keys.index(source) if source in docs else -1


def _entity_mentions(entities: Sequence[Entity]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in entities:
        for sid in e.evidence:
            counts[sid] = counts.get(sid, 0) + 1
    return counts


def _base_scores(
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    sections: Mapping[str, str | None],
    facts: Mapping[str, Any],
    mentions: Mapping[str, int],
) -> np.ndarray:
    """Importance of every sentence, before corroboration."""
    n = len(sentences)
    doc_centroid: dict[str, np.ndarray] = {}
    sec_centroid: dict[str, np.ndarray] = {}
    for key in sorted({s.source for s in sentences}):
        rows = [i for i, s in enumerate(sentences) if s.source == key]
        doc_centroid[key] = normalise_rows(vectors[rows].mean(axis=0, keepdims=True))[0]
    for key in sorted({k for k in (sections.get(s.id) for s in sentences) if k}):
        rows = [i for i, s in enumerate(sentences) if sections.get(s.id) == key]
        sec_centroid[key] = normalise_rows(vectors[rows].mean(axis=0, keepdims=True))[0]
    scores = np.zeros(n)
    first_in_paragraph = True
    for i, s in enumerate(sentences):
        first_in_paragraph = i == 0 or (
            sentences[i - 1].paragraph != s.paragraph or sentences[i - 1].source != s.source
        )
        sec = sections.get(s.id)
        central_doc = float(vectors[i] @ doc_centroid[s.source])
        central_sec = float(vectors[i] @ sec_centroid[sec]) if sec in sec_centroid else central_doc
        fact = facts.get(s.id)
        words = len(s.text.split())
        score = 1.5 * central_sec + 1.0 * central_doc
        score += 0.3 * math.log1p(mentions.get(s.id, 0))
        score += 0.3 * math.log1p(int(_facts_value(fact, "quantities", 0)))
        score += 0.2 if first_in_paragraph else 0.0
        if words < 8:
            score -= 0.5
        elif words > 60:
            score -= 0.3
        scores[i] = score
    return scores


def _mmr(
    members: Sequence[int], base: np.ndarray, vectors: np.ndarray, k: int, params: JudgmentParams
) -> list[int]:
    """Greedy maximal-marginal-relevance pick of up to ``k`` members (ties: reading order)."""
    chosen: list[int] = []
    remaining = list(members)
    while remaining and len(chosen) < k:
        best: tuple[float, int] | None = None
        for i in remaining:
            redundancy = max((float(vectors[i] @ vectors[j]) for j in chosen), default=0.0)
            if redundancy > params.redundancy:
                continue
            value = params.mmr_lambda * base[i] - (1 - params.mmr_lambda) * redundancy
            if best is None or value > best[0] + 1e-12:
                best = (value, i)
        if best is None:
            break
        chosen.append(best[1])
        remaining.remove(best[1])
    return chosen


def _support(i: int, vectors: np.ndarray, source_of: np.ndarray, threshold: float) -> list[int]:
    """Sentences of OTHER sources that say nearly the same as sentence ``i`` (best first)."""
    sims = vectors @ vectors[i]
    mask = (source_of != source_of[i]) & (sims >= threshold)
    found = np.flatnonzero(mask)
    order = sorted(found.tolist(), key=lambda j: (-round(float(sims[j]), 6), j))
    return order[:5]
