"""What changed since the previous issue: new and dropped key judgments, likelihood or
confidence that moved, new entities, claims and sources, numbers that changed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefbook.analysis.quantities import claim_interval, figures_agree
from briefbook.analysis.topics import claim_topic, counts_compatible
from briefbook.assessment.corroboration import claim_scenes, one_event
from briefbook.ids import sentence_key
from briefbook.model import (
    Assessment,
    Claim,
    Entity,
    Statement,
    known_published,
)
from briefbook.series.issues import _cutoff, list_issues
from briefbook.text import FUNCTION_WORDS
from briefbook.text.normalise import fold_words

# ---------------------------------------------------------------------------
# what changed

_CITATION = re.compile(r"[\[(]\s*S\d+(?:\.\d+)?(?:\s*[,;]\s*S\d+(?:\.\d+)?)*\s*[\])]")
_STOP = FUNCTION_WORDS
MATCH_MIN = 0.8  # token Jaccard of content words
EMBED_MIN = 0.92  # cosine, when embeddings are available


def normalise_statement(text: str) -> str:
    """Lower-case words without citations or punctuation: the key that matches across issues."""
    return " ".join(fold_words(_CITATION.sub(" ", text)))


def _content(text: str) -> set[str]:
    return {w for w in normalise_statement(text).split() if w not in _STOP}


def _similarity(a: str, b: str) -> float:
    if normalise_statement(a) == normalise_statement(b):
        return 1.0
    ca, cb = _content(a), _content(b)
    if not ca or not cb:
        return 0.0
    return len(ca & cb) / len(ca | cb)


def match_statements(
    previous: Sequence[str], current: Sequence[str], *, use_embeddings: bool = True
) -> list[tuple[int, int]]:
    """Pairs ``(i_previous, i_current)`` of the same statement, best first, one to one."""
    pairs = []
    for i, a in enumerate(previous):
        for j, b in enumerate(current):
            score = _similarity(a, b)
            if score >= MATCH_MIN:
                pairs.append((-score, i, j))
    pairs.sort()
    taken_i: set[int] = set()
    taken_j: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _score, i, j in pairs:
        if i not in taken_i and j not in taken_j:
            taken_i.add(i)
            taken_j.add(j)
            matched.append((i, j))
    rest_i = [i for i in range(len(previous)) if i not in taken_i]
    rest_j = [j for j in range(len(current)) if j not in taken_j]
    if use_embeddings and rest_i and rest_j:
        matched += _match_embedded(previous, current, rest_i, rest_j)
    return sorted(matched, key=lambda p: (p[1], p[0]))


def _match_embedded(
    previous: Sequence[str], current: Sequence[str], rest_i: list[int], rest_j: list[int]
) -> list[tuple[int, int]]:
    try:
        from briefbook.analysis.embeddings import embed
    except ImportError:  # pragma: no cover - the engine module is part of the package
        return []
    try:
        a = embed([normalise_statement(previous[i]) for i in rest_i])
        b = embed([normalise_statement(current[j]) for j in rest_j])
    except Exception:  # noqa: BLE001 - no model: token matching alone
        return []
    sims = a @ b.T
    pairs = sorted(
        (-round(float(sims[x, y]), 6), i, j)
        for x, i in enumerate(rest_i)
        for y, j in enumerate(rest_j)
        if sims[x, y] >= EMBED_MIN
    )
    taken_i: set[int] = set()
    taken_j: set[int] = set()
    out = []
    for _s, i, j in pairs:
        if i not in taken_i and j not in taken_j:
            taken_i.add(i)
            taken_j.add(j)
            out.append((i, j))
    return out


def _sources_of(evidence: Sequence[str], assessment: Assessment) -> list[str]:
    index = {s.id: s.source for s in assessment.sentences}
    out: list[str] = []
    for e in evidence:
        s = index.get(e) or e.split(".", 1)[0]
        if s not in out:
            out.append(s)
    return sorted(out, key=sentence_key)


def _source_brief(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": record.get("id"),
        "title": record.get("title"),
        "published": known_published(record),
        "path": record.get("path"),
    }


def _judgment(st: Statement, assessment: Assessment, new_shas: set[str]) -> dict[str, Any]:
    records = {str(r.get("id")): r for r in assessment.sources}
    sources = _sources_of(st.evidence, assessment)
    return {
        "text": st.text,
        "likelihood": st.likelihood,
        "confidence": st.confidence,
        "evidence": list(st.evidence),
        "sources": [records.get(s, {}).get("title") or s for s in sources],
        "new_sources": [
            _source_brief(records[s])
            for s in sources
            if s in records and records[s].get("sha256") in new_shas
        ],
    }


def _entity_names(entity: Entity) -> set[str]:
    return {normalise_statement(n) for n in [entity.name, *entity.aliases] if n.strip()}


def _claim_entry(claim: Claim, assessment: Assessment) -> dict[str, Any]:
    records = {str(r.get("id")): r for r in assessment.sources}
    sources = _sources_of(claim.evidence, assessment)
    return {
        "text": claim.text,
        "quantity": claim.quantity,
        "counts": claim.counts,
        "event": claim.event,
        "evidence": list(claim.evidence),
        "source": (records.get(sources[0], {}).get("title") if sources else None),
    }


def _claims_agree(a: Claim, b: Claim) -> bool:
    return figures_agree(a.quantity, claim_interval(a), b.quantity, claim_interval(b))


def compare_assessments(
    previous: Assessment,
    current: Assessment,
    *,
    previous_date: str | None = None,
    use_embeddings: bool = True,
) -> dict[str, Any]:
    """ "Changes since <previous_date>": JSON-serialisable, matched by text, never by ids.

    Keys: ``previous_date``, ``first_issue`` (False), ``new_judgments``,
    ``dropped_judgments``, ``moved`` (likelihood or confidence changed, with the new
    sources behind it), ``new_entities`` (no name or alias known before), ``new_claims``
    (event + counts + quantity not reported before; changed numbers are not repeated
    here), ``changed_numbers`` (same event and counts, a quantity that disagrees with
    every earlier one), ``new_sources`` (sha256 not in the previous issue).
    """
    prev_shas = {r.get("sha256") for r in previous.sources if r.get("sha256")}
    new_source_records = [r for r in current.sources if r.get("sha256") not in prev_shas]
    new_shas = {r.get("sha256") for r in new_source_records}

    prev_kj, cur_kj = previous.key_judgments, current.key_judgments
    pairs = match_statements(
        [s.text for s in prev_kj], [s.text for s in cur_kj], use_embeddings=use_embeddings
    )
    matched_prev = {i for i, _ in pairs}
    matched_cur = {j for _, j in pairs}
    # a judgment stated twice in one issue matches once; its twin is neither new nor dropped
    matched_cur |= {
        j
        for j, b in enumerate(cur_kj)
        if any(_similarity(a.text, b.text) >= MATCH_MIN for a in prev_kj)
    }
    matched_prev |= {
        i
        for i, a in enumerate(prev_kj)
        if any(_similarity(a.text, b.text) >= MATCH_MIN for b in cur_kj)
    }
    new_judgments: list[dict[str, Any]] = []
    by_text: dict[str, dict[str, Any]] = {}
    for j, st in enumerate(cur_kj):
        if j in matched_cur:
            continue
        key = normalise_statement(st.text)
        entry = _judgment(st, current, new_shas)
        if key in by_text:  # the same judgment twice (e.g. from a repost): once, evidence merged
            known = by_text[key]
            known["evidence"] += [e for e in entry["evidence"] if e not in known["evidence"]]
            known["sources"] += [x for x in entry["sources"] if x not in known["sources"]]
            known["new_sources"] += [
                x for x in entry["new_sources"] if x not in known["new_sources"]
            ]
            continue
        by_text[key] = entry
        new_judgments.append(entry)
    dropped = [
        {
            "text": s.text,
            "likelihood": s.likelihood,
            "confidence": s.confidence,
            "sources": [
                next((r.get("title") for r in previous.sources if str(r.get("id")) == sid), sid)
                for sid in _sources_of(s.evidence, previous)
            ],
        }
        for i, s in enumerate(prev_kj)
        if i not in matched_prev
    ]
    moved = []
    for i, j in pairs:
        before, after = prev_kj[i], cur_kj[j]
        if before.likelihood == after.likelihood and before.confidence == after.confidence:
            continue
        entry = _judgment(after, current, new_shas)
        entry["previous_text"] = before.text
        entry["previous_likelihood"] = before.likelihood
        entry["previous_confidence"] = before.confidence
        moved.append(entry)

    known_names: set[str] = set()
    for e in previous.entities:
        known_names |= _entity_names(e)
    new_entities = [
        {"name": e.name, "type": e.type, "mentions": e.mentions, "evidence": list(e.evidence)}
        for e in current.entities
        if not (_entity_names(e) & known_names)
    ]

    new_claims: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    seen: list[Claim] = []
    prev_topics = [(claim_topic(c), c) for c in previous.claims]
    # each claim read with its scene, as corroboration reads it (the sentence before that
    # dates it, the incident it numbers)
    scene_now, scene_then = claim_scenes(current.sentences), claim_scenes(previous.sentences)
    for claim in current.claims:
        if any(_same_claim(claim, other) for other in seen):
            continue  # repeated within the current issue
        seen.append(claim)
        event, key = claim_topic(claim)
        related = [
            c
            for (p_event, p_key), c in prev_topics
            if p_event == event and counts_compatible(p_key, key)
        ]
        if any(_claims_agree(claim, c) for c in related):
            continue  # known before
        # a changed number is another figure of one event: not a figure of another place,
        # year, scope or part, nor of a measurement ("a 24-year rule", "50 years")
        related = [c for c in related if one_event(claim, c, scene_now(claim), scene_then(c))]
        if event is not None and related:
            changed.append(
                {
                    "event": claim.event,
                    "counts": claim.counts,
                    "previous": _unique_entries([_claim_entry(c, previous) for c in related]),
                    "current": _claim_entry(claim, current),
                }
            )
        else:
            new_claims.append(_claim_entry(claim, current))

    return {
        "previous_date": previous_date or previous.meta.get("date"),
        "previous_title": previous.title,
        "first_issue": False,
        "new_judgments": new_judgments,
        "dropped_judgments": dropped,
        "moved": moved,
        "new_entities": new_entities,
        "new_claims": new_claims,
        "changed_numbers": changed,
        "new_sources": [_source_brief(r) for r in new_source_records],
    }


def _same_claim(a: Claim, b: Claim) -> bool:
    ea, ka = claim_topic(a)
    eb, kb = claim_topic(b)
    return ea == eb and counts_compatible(ka, kb) and _claims_agree(a, b)


def _unique_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for e in entries:
        key = (str(e["quantity"]), str(e["source"]))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def first_issue_changes(
    series_dir: Path | None = None,
    before: str | Path | dt.date | None = None,
    replacing: str | None = None,
) -> dict[str, Any]:
    """The ``changes`` of an issue that has no earlier issue to compare with.

    ``first_issue`` is True (nothing earlier to compare with). With ``series_dir`` and
    ``before`` (the issue's date), complete issues of the *same* date (earlier runs of the
    day, which are never compared with) are counted in ``same_date_issues`` and the note
    says so instead of calling this the series' first issue. ``replacing`` is the folder
    name of the issue this one takes the place of (``run --replace``): it is not counted.
    """
    cutoff = _cutoff(before) if before is not None else None
    same_date = 0
    if series_dir is not None and cutoff is not None:
        same_date = sum(
            1
            for i in list_issues(Path(series_dir))
            if i.complete and i.date == cutoff and i.path.name != replacing
        )
    if same_date:
        others = f"{same_date} other issue{'s' if same_date > 1 else ''} of the same date"
        note = f"No earlier issue dated before {cutoff} to compare with ({others})"
    else:
        note = "first issue of this series: there is no earlier issue to compare with"
    return {
        "previous_date": None,
        "previous_title": None,
        "first_issue": True,
        "same_date_issues": same_date,
        "before": cutoff,
        "note": note,
        "new_judgments": [],
        "dropped_judgments": [],
        "moved": [],
        "new_entities": [],
        "new_claims": [],
        "changed_numbers": [],
        "new_sources": [],
    }
