"""Assign every sentence to a section of the assessment schema (or to none).

The method, for each document, in reading order:

1. **Evidence per sentence** (an emission score for each section):
   - embedding similarity between the sentence and the section's prototype (its
     description and cues embedded by WordLlama), after removing what all sentences of the
     document share (the topic) and what all prototypes share, standardised per section
     across the document so that no section wins just by being generally close;
   - cue phrases of the section found in the sentence (counted, damped with ``log1p``);
   - the sentence's relative position in its document against the section's expected
     position (sections are expected in schema order, evenly spread);
   - the source's own heading above the sentence, when it maps to a section (schema
     ``aliases`` first, embedding similarity next): strong evidence.
2. **A sequence model** (Viterbi over the sentences): staying in a section is free,
   moving on to a later section costs a little, going back costs more; changing section
   inside a paragraph (or under one heading) costs several times more, so sentences of a
   paragraph share a section. A parallel "none" state takes sentences that fit no section
   (contact lines, bios, legal boilerplate) without breaking the order of sections.
3. **One round of self-training**: the sentences assigned in step 2 (over all documents)
   give each section a centroid that is mixed into its prototype, then step 2 runs again.

Optional evidence, off by default (``benchmarks/eval_sections_cv.py`` cross-validates it
and the folds keep it off): ``context_weight`` mixes a sentence's vector with its paragraph
and neighbours; ``prototype_parts`` scores the best single part of a prototype (title, a
clause of the description, the cues) besides their mean; ``position_adapt`` scales the position
prior by how far the content evidence alone already runs in schema order; ``position_middle``
weakens the prior of the middle sections.

All weights live in :class:`SectionParams`; they are few and generic (none refers to a
particular article). ``assign_sections`` returns ``{sentence id: key or None}``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from briefbook.analysis.embeddings import embed, normalise_rows
from briefbook.config.outline import AssessmentSchema
from briefbook.model import Document, Sentence

__all__ = [
    "DEFAULT_UNASSIGNED",
    "SectionParams",
    "assign_sections",
    "cue_counts",
    "keyword_sections",
    "map_heading",
    "none_prototypes",
]

# What belongs in no section; a schema may override it with a top-level ``unassigned`` entry.
DEFAULT_UNASSIGNED = {
    "description": (
        "Boilerplate that belongs in no section: contact details, press office and media "
        "enquiries, author biographies, subscription and newsletter notices, copyright and "
        "legal disclaimers, photo credits, links to read more."
    ),
    "cues": [
        "for more information",
        "press office",
        "media inquiries",
        "contact",
        "email",
        "subscribe",
        "newsletter",
        "copyright",
        "all rights reserved",
        "is a senior fellow",
        "disclaimer",
        "photo",
        "read more",
        "click here",
        "follow us",
    ],
}


@dataclass(frozen=True)
class SectionParams:
    """The few weights of the section model (log-score units)."""

    embed_weight: float = 0.5  # per standard deviation of prototype similarity
    cue_weight: float = 1.0  # per log1p(cue count)
    position_weight: float = 1.0  # scales -(pos - expected)^2 / (2 sigma^2)
    position_sigma: float = 0.15  # spread of a section around its expected position (0..1)
    heading_weight: float = 4.0  # a heading that maps to the section
    change_cost: float = 1.0  # moving on to a later section
    back_cost: float = 4.0  # going back to an earlier section
    cohesion_factor: float = 3.0  # cost multiplier for a change inside a paragraph
    heading_cohesion: float = 2.0  # cost multiplier for a change under the same heading
    none_bias: float = -2.5  # base score of the "none" state
    none_cost: float = 1.0  # entering or leaving "none"
    none_weight: float = 2.0  # weight of the "none" evidence (similarity z-score + cue hits)
    self_training: float = 0.5  # weight of the assigned-sentence centroid in the prototype
    heading_min_similarity: float = 0.35  # embedding match of a heading without an alias
    # share of a heading's weight that "none" gets too: a heading says WHICH section its text
    # belongs to, not that none of it is boilerplate (legal notices under "Implications")
    heading_none_share: float = 0.75
    none_cue_weight: float = 1.5  # per log1p(boilerplate cue count): notices pile up such cues
    # share of a sentence's vector taken from its context (its paragraph, half-weighted
    # neighbouring paragraphs): one sentence says little, its paragraph says more
    context_weight: float = 0.0
    # 0: the position prior always has full strength; 1: it is scaled by how far the
    # document's own content already runs in schema order (rank correlation, clipped at 0)
    position_adapt: float = 0.0
    # share of the embedding evidence from the best-matching single part of a section's
    # prototype (its title, each clause of its description, its cues) rather than their mean
    prototype_parts: float = 0.0
    # strength of the position prior of the middle sections, relative to the first and last
    # (which open and close an essay far more reliably than the middle ones keep their order)
    position_middle: float = 1.0


# ---------------------------------------------------------------------------
# cues and headings


def _phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    words = sorted({p.strip().lower() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def cue_counts(texts: Sequence[str], schema: AssessmentSchema) -> np.ndarray:
    """Count each section's cue phrases in each text -> array (n texts, n sections)."""
    patterns = [_phrase_pattern(s.cues) for s in schema.sections]
    counts = np.zeros((len(texts), len(patterns)), dtype=np.float32)
    for i, text in enumerate(texts):
        low = text.lower()
        for k, pattern in enumerate(patterns):
            if pattern is not None:
                counts[i, k] = len(pattern.findall(low))
    return counts


def keyword_sections(
    documents: Sequence[Document], schema: AssessmentSchema
) -> dict[str, str | None]:
    """The baseline: each sentence goes to the section with most cue hits (ties: first; none: None)."""
    sentences = [s for d in documents for s in d.sentences]
    counts = cue_counts([s.text for s in sentences], schema)
    keys = schema.keys
    result: dict[str, str | None] = {}
    for i, s in enumerate(sentences):
        best = int(np.argmax(counts[i])) if counts.shape[1] else 0
        result[s.id] = keys[best] if counts.shape[1] and counts[i, best] > 0 else None
    return result


def map_heading(
    heading: str, schema: AssessmentSchema, *, min_similarity: float | None = None
) -> str | None:
    """The section key a source heading maps to: the longest schema alias it contains, else the
    section whose title and aliases are most similar (cosine >= ``min_similarity``), else None."""
    low = re.sub(r"\s+", " ", heading.lower()).strip()
    best: tuple[int, int, str] | None = None
    for order, spec in enumerate(schema.sections):
        for alias in spec.aliases:
            a = alias.lower().strip()
            if a and re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", low):
                candidate = (-len(a), order, spec.key)
                if best is None or candidate < best:
                    best = candidate
    if best is not None:
        return best[2]
    threshold = SectionParams().heading_min_similarity if min_similarity is None else min_similarity
    labels = _heading_prototypes(schema)
    vec = embed([heading])[0]
    sims = labels @ vec
    k = int(np.argmax(sims))
    return schema.sections[k].key if float(sims[k]) >= threshold else None


_PROTO_CACHE: dict[tuple[str, str], np.ndarray] = {}


def _heading_prototypes(schema: AssessmentSchema) -> np.ndarray:
    key = (schema.path or schema.name, "heading")
    if key not in _PROTO_CACHE:
        texts = [f"{s.title}. {', '.join(s.aliases)}" for s in schema.sections]
        _PROTO_CACHE[key] = embed(texts)
    return _PROTO_CACHE[key]


def _section_prototypes(schema: AssessmentSchema) -> np.ndarray:
    """Prototype per section (title, description and cues embedded, averaged), unit rows."""
    key = (schema.path or schema.name, "sections")
    if key not in _PROTO_CACHE:
        protos = [_prototype(spec.description, spec.cues, spec.title) for spec in schema.sections]
        _PROTO_CACHE[key] = np.vstack(protos)
    return _PROTO_CACHE[key]


def _part_prototypes(schema: AssessmentSchema) -> tuple[np.ndarray, np.ndarray]:
    """Each section's prototype parts, embedded -> (unit rows, owning section index)."""
    key = (schema.path or schema.name, "parts")
    if key not in _PROTO_CACHE:
        texts: list[str] = []
        owners: list[int] = []
        for j, spec in enumerate(schema.sections):
            clauses = [c.strip() for c in re.split(r"[:;]|, and |\. ", spec.description)]
            parts = [spec.title] + [c for c in clauses if len(c.split()) >= 3]
            if spec.cues:
                parts.append(", ".join(spec.cues))
            texts += parts
            owners += [j] * len(parts)
        _PROTO_CACHE[key] = embed(texts)
        _PROTO_CACHE[(key[0], "owners")] = np.array(owners)
    return _PROTO_CACHE[key], _PROTO_CACHE[(key[0], "owners")]


def none_prototypes(schema: AssessmentSchema) -> np.ndarray:
    """One row per clause of the ``unassigned`` description: boilerplate comes in kinds, so a
    sentence is compared with each kind (max), not with their blurred average."""
    key = (schema.path or schema.name, "none")
    if key not in _PROTO_CACHE:
        description = str(_unassigned(schema).get("description", ""))
        clauses = [c.strip() for c in re.split(r"[,;:]", description) if len(c.split()) >= 2]
        _PROTO_CACHE[key] = embed(clauses or [description or "boilerplate"])
    return _PROTO_CACHE[key]


def _prototype(description: str, cues: Sequence[str], title: str) -> np.ndarray:
    parts = [p for p in (title, description) if p.strip()]
    rows = embed(parts + [", ".join(cues)] if cues else parts)
    return normalise_rows(rows.mean(axis=0, keepdims=True))[0]


# ---------------------------------------------------------------------------
# the model


def assign_sections(
    documents: Sequence[Document],
    schema: AssessmentSchema,
    params: SectionParams | None = None,
    *,
    vectors: np.ndarray | None = None,
) -> dict[str, str | None]:
    """Map every sentence id of ``documents`` to a section key of ``schema`` or None.

    ``vectors``: the embeddings of every sentence of ``documents`` in reading order, when
    the caller has them already (embedded here otherwise).
    """
    params = params or SectionParams()
    docs = [d for d in documents if d.sentences]
    if not docs or not schema.sections:
        return {s.id: None for d in documents for s in d.sentences}
    protos = _section_prototypes(schema)
    rows: dict[str, np.ndarray] = {}
    if vectors is not None:
        start = 0
        for d in documents:
            rows[d.id] = vectors[start : start + len(d.sentences)]
            start += len(d.sentences)
    prepared = [_prepare(d, schema, params, rows.get(d.id)) for d in docs]
    labels = [_decode(p, protos, params, schema) for p in prepared]
    if params.self_training > 0:
        protos2 = _retrain(prepared, labels, protos, params.self_training)
        labels = [_decode(p, protos2, params, schema) for p in prepared]
    keys = schema.keys
    result: dict[str, str | None] = {s.id: None for d in documents for s in d.sentences}
    for p, lab in zip(prepared, labels, strict=True):
        for s, k in zip(p.sentences, lab, strict=True):
            result[s.id] = keys[k] if k >= 0 else None
    return result


@dataclass
class _Prepared:
    sentences: list[Sentence]
    vectors: np.ndarray  # centred, unit rows
    raw: np.ndarray  # unit rows, as embedded
    fixed: np.ndarray  # cue + position + heading scores (n, K)
    cost_factor: np.ndarray  # (n,) multiplier of change costs into sentence i
    new_heading: np.ndarray  # (n,) bool: a heading starts at sentence i
    none_evidence: np.ndarray  # (n,) boilerplate evidence: similarity z-score + cue hits
    headed: np.ndarray  # (n,) bool: the sentence's heading maps to a section
    position: np.ndarray  # (n, K) position prior at full strength
    paragraphs: np.ndarray  # (n,) paragraph number of each sentence


def _prepare(
    doc: Document,
    schema: AssessmentSchema,
    params: SectionParams,
    raw: np.ndarray | None = None,
) -> _Prepared:
    sentences = list(doc.sentences)
    n, k = len(sentences), len(schema.sections)
    if raw is None:
        raw = embed([s.text for s in sentences])
    if params.context_weight > 0 and n > 1:
        raw = _contextualise(raw, sentences, params.context_weight)
    centred = normalise_rows(raw - raw.mean(axis=0, keepdims=True)) if n > 1 else raw
    fixed = np.zeros((n, k), dtype=np.float64)
    fixed += params.cue_weight * np.log1p(cue_counts([s.text for s in sentences], schema))
    pos = (np.arange(n) + 0.5) / n
    expected = (np.arange(k) + 0.5) / k
    position = -params.position_weight * (pos[:, None] - expected[None, :]) ** 2
    position /= 2 * params.position_sigma**2
    if k > 2:
        position[:, 1:-1] *= params.position_middle
    heading_keys = {
        h: map_heading(h, schema, min_similarity=params.heading_min_similarity)
        for h in sorted({s.heading for s in sentences if s.heading})
    }
    index = {key: i for i, key in enumerate(schema.keys)}
    factor = np.ones(n, dtype=np.float64)
    new_heading = np.zeros(n, dtype=bool)
    headed = np.zeros(n, dtype=bool)
    for i, s in enumerate(sentences):
        hk = heading_keys.get(s.heading) if s.heading else None
        if hk is not None:
            fixed[i, index[hk]] += params.heading_weight
            headed[i] = True
        if i == 0:
            continue
        prev = sentences[i - 1]
        if prev.paragraph == s.paragraph:
            factor[i] = params.cohesion_factor
        elif prev.heading == s.heading and s.heading is not None:
            factor[i] = params.heading_cohesion
        elif prev.heading != s.heading:
            new_heading[i] = True
    none_sim = (raw.astype(np.float64) @ none_prototypes(schema).T.astype(np.float64)).max(axis=1)
    if n > 1:
        sd = float(none_sim.std())
        none_sim = (none_sim - none_sim.mean()) / (sd if sd > 1e-9 else 1.0)
    else:
        none_sim = np.zeros(1)
    none_cues = _unassigned(schema).get("cues", ())
    pattern = _phrase_pattern([str(c) for c in none_cues])
    hits = np.array(
        [len(pattern.findall(s.text.lower())) if pattern else 0 for s in sentences], dtype=float
    )
    evidence = params.embed_weight * none_sim + params.none_cue_weight * np.log1p(hits)
    return _Prepared(
        sentences,
        centred.astype(np.float64),
        raw,
        fixed,
        factor,
        new_heading,
        evidence,
        headed,
        position,
        np.array([s.paragraph for s in sentences]),
    )


def _contextualise(raw: np.ndarray, sentences: Sequence[Sentence], weight: float) -> np.ndarray:
    """Mix each sentence vector with the mean of its paragraph and half of its neighbours'."""
    paras = [s.paragraph for s in sentences]
    order = sorted(set(paras))
    index = {p: i for i, p in enumerate(order)}
    means = np.zeros((len(order), raw.shape[1]), dtype=np.float64)
    for row, p in zip(raw, paras, strict=True):
        means[index[p]] += row
    means = normalise_rows(means).astype(np.float64)
    context = means.copy()
    context[1:] += 0.5 * means[:-1]
    context[:-1] += 0.5 * means[1:]
    context = normalise_rows(context)
    rows = [context[index[p]] for p in paras]
    return normalise_rows((1 - weight) * raw + weight * np.vstack(rows))


def _unassigned(schema: AssessmentSchema) -> dict:
    value = schema.extra.get("unassigned")
    return value if isinstance(value, dict) else DEFAULT_UNASSIGNED


def _similarity_scores(vectors: np.ndarray, protos: np.ndarray) -> np.ndarray:
    """Standardised similarity of each sentence to each (centred) prototype -> (n, K)."""
    centred = normalise_rows(protos - protos.mean(axis=0, keepdims=True)).astype(np.float64)
    sims = vectors @ centred.T
    if sims.shape[0] > 1:
        sd = sims.std(axis=0, keepdims=True)
        sims = (sims - sims.mean(axis=0, keepdims=True)) / np.where(sd > 1e-9, sd, 1.0)
    return sims


def _part_scores(vectors: np.ndarray, parts: np.ndarray, owners: np.ndarray, k: int) -> np.ndarray:
    """Standardised best similarity of each sentence to any part of each section -> (n, K)."""
    centred = normalise_rows(parts - parts.mean(axis=0, keepdims=True)).astype(np.float64)
    sims = vectors @ centred.T
    best = np.full((vectors.shape[0], k), -np.inf)
    for j in range(k):
        best[:, j] = sims[:, owners == j].max(axis=1)
    if best.shape[0] > 1:
        sd = best.std(axis=0, keepdims=True)
        best = (best - best.mean(axis=0, keepdims=True)) / np.where(sd > 1e-9, sd, 1.0)
    return best


def _decode(
    p: _Prepared, protos: np.ndarray, params: SectionParams, schema: AssessmentSchema
) -> list[int]:
    sims = _similarity_scores(p.vectors, protos)
    if params.prototype_parts > 0:
        parts, owners = _part_prototypes(schema)
        sims = (1 - params.prototype_parts) * sims + params.prototype_parts * _part_scores(
            p.vectors, parts, owners, protos.shape[0]
        )
    content = p.fixed + params.embed_weight * sims
    emissions = content + _position_strength(content, p.paragraphs, params) * p.position
    none_scores = params.none_bias + params.none_weight * p.none_evidence
    none_scores = none_scores + params.heading_none_share * params.heading_weight * p.headed
    return _viterbi(emissions, none_scores, p.cost_factor, params)


def _position_strength(content: np.ndarray, paragraphs: np.ndarray, params: SectionParams) -> float:
    """How much of the position prior to apply: all of it, or (with ``position_adapt``) a share
    that grows with how well the content evidence alone already runs in schema order."""
    if params.position_adapt <= 0:
        return 1.0
    n, k = content.shape
    if n < 3:
        return 1.0 - params.position_adapt
    z = content - content.max(axis=1, keepdims=True)
    prob = np.exp(z)
    prob /= prob.sum(axis=1, keepdims=True)
    soft_index = prob @ np.arange(k, dtype=np.float64)
    ids, inverse = np.unique(paragraphs, return_inverse=True)
    if len(ids) < 3:
        return 1.0 - params.position_adapt
    sums = np.bincount(inverse, weights=soft_index)
    counts = np.bincount(inverse)
    mean_index = sums / counts
    order = np.arange(len(ids), dtype=np.float64)
    sd = float(mean_index.std())
    rho = float(np.corrcoef(order, mean_index)[0, 1]) if sd > 1e-9 else 0.0
    essay = min(1.0, max(0.0, rho))
    return (1.0 - params.position_adapt) + params.position_adapt * essay


def _viterbi(
    emissions: np.ndarray, none_scores: np.ndarray, factor: np.ndarray, params: SectionParams
) -> list[int]:
    """Best path over 2K states: (section k) and (none, last section k); -1 means none."""
    n, k = emissions.shape
    order = np.arange(k)
    step = order[None, :] - order[:, None]  # to - from
    base = np.where(step > 0, params.change_cost, np.where(step < 0, params.back_cost, 0.0))
    # states 0..k-1: in section j; k..2k-1: none, remembering section j
    score = np.full(2 * k, -math.inf)
    score[:k] = emissions[0]
    score[k:] = none_scores[0] - params.none_cost
    back = np.zeros((n, 2 * k), dtype=np.int64)
    for i in range(1, n):
        trans = base * factor[i]
        none_move = params.none_cost * factor[i]
        new = np.empty(2 * k)
        # into section j from section a (cost trans[a, j]) or from none-remembering a
        cand_sec = score[:k, None] - trans  # (from a, to j)
        cand_none = score[k:, None] - trans - none_move
        stacked = np.vstack([cand_sec, cand_none])  # (2k, k)
        best_from = np.argmax(stacked, axis=0)
        new[:k] = stacked[best_from, order] + emissions[i]
        back[i, :k] = best_from
        # into none remembering j: from section j (enter) or from none j (stay)
        enter = score[:k] - none_move
        stay = score[k:]
        take_stay = stay >= enter
        new[k:] = np.where(take_stay, stay, enter) + none_scores[i]
        back[i, k:] = np.where(take_stay, order + k, order)
        score = new
    state = int(np.argmax(score))
    path = [state]
    for i in range(n - 1, 0, -1):
        state = int(back[i, state])
        path.append(state)
    path.reverse()
    return [s if s < k else -1 for s in path]


def _retrain(
    prepared: list[_Prepared], labels: list[list[int]], protos: np.ndarray, weight: float
) -> np.ndarray:
    """Mix each prototype with the centroid of the sentences assigned to it."""
    k = protos.shape[0]
    sums = np.zeros_like(protos, dtype=np.float64)
    counts = np.zeros(k)
    for p, lab in zip(prepared, labels, strict=True):
        for row, j in zip(p.raw, lab, strict=True):
            if j >= 0:
                sums[j] += row
                counts[j] += 1
    out = protos.astype(np.float64).copy()
    for j in range(k):
        if counts[j]:
            centroid = sums[j] / np.linalg.norm(sums[j])
            out[j] = (1 - weight) * out[j] + weight * centroid
    return normalise_rows(out)
