"""Assign every sentence to a section of the outline (or to none) by what it says.

The method, per sentence (``assign_sections``):

1. **Features** (:mod:`briefbook.assessment.section_features`): its embedding, phrase-group
   counts (tense and modality, causal and consequence connectives, attribution, boilerplate
   shapes), discourse patterns and its similarity to prototype sentences of each label written
   from the labelling guide, and the means of these over its paragraph. None of them depends
   on where the sentence or its paragraph stands.
2. **A trained linear classifier** (:mod:`briefbook.assessment.section_model`, weights shipped
   in the package) gives the probability of each label of the labelling guide. Each label is a
   discourse function: ``event`` (context), ``cause`` (factors), ``implication`` with a domain
   (``military``: battlefield; ``wider``: geopolitical), ``forecast`` (outlook), ``verdict``
   (conclusion), ``boilerplate`` (none).
   The guide's override rules (:mod:`briefbook.assessment.section_rules`) follow: a
   recommendation (a prescriptive modal outside direct quotes) is ``forecast`` (outlook),
   unless the classifier calls the sentence boilerplate.
3. **The outline maps functions to sections**: each section of the schema YAML names the
   ``function`` (and, for implications, the ``domain``) it takes; a section's score is the
   probability of the labels it takes. Sections that share the same labels split them by the
   similarity of the sentence to their descriptions. A section whose function the classifier
   does not know takes a sentence when the sentence is clearly closer to its description than
   to the description of the section the classifier chose. Boilerplate goes to no section.
4. **A source's own heading**, when it maps to a section (aliases first, embedding similarity
   next), adds ``heading_weight`` to that section's log-score. Whether a sentence is
   boilerplate (no section) is decided before, from its content alone.
5. **A source cut off mid-sentence**: its last sentence, when it stops where no sentence can
   (:func:`briefbook.text.is_clipped`: "... which mobilised as"), goes to no section.
6. **A picture's caption** (:mod:`briefbook.assessment.captions`: a short paragraph closing
   with its credit line, "... in the capital. (EPA)") goes to no section.

So another outline YAML works with no code change. ``assign_sections`` returns
``{sentence id: key or None}``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from briefbook.analysis.embeddings import embed, normalise_rows
from briefbook.assessment.captions import caption_sentences
from briefbook.assessment.section_features import document_features
from briefbook.assessment.section_model import SectionModel, load_section_model
from briefbook.assessment.section_rules import apply_rules
from briefbook.config.outline import AssessmentSchema
from briefbook.model import Document
from briefbook.text import is_clipped

__all__ = [
    "DEFAULT_UNASSIGNED",
    "SectionParams",
    "assign_sections",
    "cue_counts",
    "keyword_sections",
    "map_heading",
    "none_prototypes",
    "positional_sections",
    "section_probabilities",
]

HEADING_MIN_SIMILARITY = 0.35  # embedding match of a heading without an alias

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
    """The few settings of section assignment (none refers to a particular article)."""

    # log-score added to the section a source's own heading maps to (0: headings ignored)
    heading_weight: float = 3.0
    heading_min_similarity: float = HEADING_MIN_SIMILARITY
    # a section with no known function takes a sentence whose similarity to its description
    # beats the similarity to the chosen section's description by this margin (cosine)
    fallback_margin: float = 0.05
    # temperature of the description-similarity split between sections taking the same labels
    split_temperature: float = 0.05
    # apply the guide's override rules (data/section_rules.yaml) after the classifier
    rules: bool = True


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
            if a and a in low and re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", low):
                candidate = (-len(a), order, spec.key)
                if best is None or candidate < best:
                    best = candidate
    if best is not None:
        return best[2]
    threshold = HEADING_MIN_SIMILARITY if min_similarity is None else min_similarity
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


def positional_sections(
    documents: Sequence[Document], schema: AssessmentSchema
) -> dict[str, str | None]:
    """The positional baseline: sentence i of n of a document -> section floor(K i / n)."""
    keys = schema.keys
    out: dict[str, str | None] = {}
    for d in documents:
        n = len(d.sentences)
        for i, s in enumerate(d.sentences):
            out[s.id] = keys[min(len(keys) - 1, (len(keys) * i) // n)] if keys else None
    return out


def section_probabilities(
    document: Document,
    vectors: np.ndarray | None = None,
    model: SectionModel | None = None,
    *,
    rules: bool = True,
) -> np.ndarray:
    """The classifier's label probabilities for each sentence of ``document`` -> (n, C),
    columns in the order of ``model.labels``; with ``rules``, after the guide's override
    rules (:mod:`briefbook.assessment.section_rules`)."""
    model = model or load_section_model()
    if not document.sentences:
        return np.zeros((0, len(model.labels)))
    if vectors is None:
        vectors = embed([s.text for s in document.sentences])
    probs = model.predict_proba(document_features(document.sentences, vectors))
    if rules:
        probs = apply_rules(probs, model.labels, [s.text for s in document.sentences])
    return probs


def assign_sections(
    documents: Sequence[Document],
    schema: AssessmentSchema,
    params: SectionParams | None = None,
    *,
    vectors: np.ndarray | None = None,
    model: SectionModel | None = None,
) -> dict[str, str | None]:
    """Map every sentence id of ``documents`` to a section key of ``schema`` or None.

    ``vectors``: the embeddings of every sentence of ``documents`` in reading order, when
    the caller has them already (embedded here otherwise). ``model``: the classifier (the
    shipped weights by default).
    """
    params = params or SectionParams()
    result: dict[str, str | None] = {s.id: None for d in documents for s in d.sentences}
    if not result or not schema.sections:
        return result
    model = model or load_section_model()
    if vectors is None:
        vectors = embed([s.text for d in documents for s in d.sentences])
    plan = _plan(schema, model)
    protos = _section_prototypes(schema)
    start = 0
    for d in documents:
        n = len(d.sentences)
        if not n:
            continue
        rows = np.asarray(vectors[start : start + n])
        start += n
        probs = section_probabilities(d, rows, model, rules=params.rules)
        scores = _section_scores(probs, normalise_rows(rows), protos, plan, params)
        # boilerplate is told by what a sentence says: a heading picks among sections, it
        # never makes a legal notice or a byline under it substance
        content_best = scores.max(axis=1)
        if params.heading_weight:
            _add_headings(scores, d, schema, params)
        none_score = np.log(probs[:, list(plan.none)].sum(axis=1) + 1e-12)
        best = np.argmax(scores, axis=1)
        for i, s in enumerate(d.sentences):
            k = int(best[i])
            result[s.id] = None if none_score[i] >= content_best[i] else schema.keys[k]
        # a source cut off mid-sentence (a clipped copy, a paywall): its broken last
        # sentence says nothing whole and is in no section
        if is_clipped(d.sentences[-1].text):
            result[d.sentences[-1].id] = None
        # a picture's caption and credit left in the text (a short paragraph closing with
        # its credit line) is in no section, whatever the picture shows
        for sid in caption_sentences(d):
            result[sid] = None
    return result


@dataclass(frozen=True)
class _Plan:
    """Which classifier labels each section takes."""

    takes: tuple[tuple[int, ...], ...]  # per section: label columns (empty: unknown function)
    none: tuple[int, ...]  # label columns of boilerplate


def _plan(schema: AssessmentSchema, model: SectionModel) -> _Plan:
    known = set(model.functions)
    takes: list[tuple[int, ...]] = []
    for spec in schema.sections:
        if not spec.function or spec.function not in known or spec.function == "boilerplate":
            takes.append(())
            continue
        cols = [c for c, f in enumerate(model.functions) if f == spec.function]
        by_domain = [c for c in cols if spec.domain and model.domains[c] == spec.domain]
        takes.append(tuple(by_domain or cols))
    none = tuple(c for c, f in enumerate(model.functions) if f == "boilerplate")
    return _Plan(tuple(takes), none)


def _section_scores(
    probs: np.ndarray,
    vectors: np.ndarray,
    protos: np.ndarray,
    plan: _Plan,
    params: SectionParams,
) -> np.ndarray:
    """Log-score of each section for each sentence -> (n, K)."""
    n, k = probs.shape[0], len(plan.takes)
    sims = vectors.astype(np.float64) @ protos.T.astype(np.float64)  # (n, K)
    mass = np.zeros((n, k))
    # sections that take the same label split its probability by description similarity
    claimants: dict[int, list[int]] = {}
    for j, cols in enumerate(plan.takes):
        for c in cols:
            claimants.setdefault(c, []).append(j)
    for c, sections in claimants.items():
        if len(sections) == 1:
            mass[:, sections[0]] += probs[:, c]
            continue
        z = sims[:, sections] / max(params.split_temperature, 1e-6)
        z -= z.max(axis=1, keepdims=True)
        share = np.exp(z)
        share /= share.sum(axis=1, keepdims=True)
        mass[:, sections] += probs[:, [c]] * share
    scores = np.log(mass + 1e-12)
    unknown = [j for j, cols in enumerate(plan.takes) if not cols]
    known = [j for j, cols in enumerate(plan.takes) if cols]
    if not unknown:
        return scores
    if not known:
        # no section has a known function: the nearest description decides
        return np.log(1 - probs[:, list(plan.none)].sum(axis=1, keepdims=True) + 1e-12) + (
            sims - sims.max(axis=1, keepdims=True)
        )
    chosen = np.array(known)[np.argmax(scores[:, known], axis=1)]
    chosen_sim = sims[np.arange(n), chosen]
    top = scores[np.arange(n), chosen]
    for j in unknown:
        wins = sims[:, j] - chosen_sim > params.fallback_margin
        scores[:, j] = np.where(wins, top + 1e-6 + (sims[:, j] - chosen_sim), -math.inf)
    return scores


def _add_headings(
    scores: np.ndarray, document: Document, schema: AssessmentSchema, params: SectionParams
) -> None:
    index = {key: i for i, key in enumerate(schema.keys)}
    mapped: dict[str, str | None] = {}
    for i, s in enumerate(document.sentences):
        if not s.heading:
            continue
        if s.heading not in mapped:
            mapped[s.heading] = map_heading(
                s.heading, schema, min_similarity=params.heading_min_similarity
            )
        key = mapped[s.heading]
        if key is not None:
            scores[i, index[key]] += params.heading_weight


def _unassigned(schema: AssessmentSchema) -> dict:
    value = schema.extra.get("unassigned")
    return value if isinstance(value, dict) else DEFAULT_UNASSIGNED
