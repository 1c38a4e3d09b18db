"""Corroboration across sources: reposts count once, numbers agree or disagree.

Three steps, all deterministic and offline:

1. :func:`independent_groups` finds reposts. Two sources whose normalised texts share
   most of their 5-word shingles (Jaccard >= 0.6, or one is >= 0.8 contained in the
   other) belong to one *independent group*; the group is named by its first source.
2. :func:`corroborate` gathers the quantitative claims that speak of the same thing:
   the same event (``killed``, ``deployed`` ...; synonyms folded) and compatible
   ``counts`` (same head-noun class, e.g. troops = soldiers = personnel, and one
   qualifier set contained in the other: "North Korean troops" ~ "troops", but not
   ~ "Russian troops"). Each quantity is read as an interval: an exact number is
   itself, "more than N" / "at least N" is [N, inf), "up to N" / "fewer than N" is
   [0, N], "about N" is N +/- 10 %. A word quantity is a loose order of magnitude and
   agrees with any number inside it: "dozens" 24-99, "hundreds" 100-999, "thousands"
   1,000-999,999 (narrowed by "several" / "tens of" / "hundreds of"), "millions" likewise.
   Quantities agree when their intervals overlap. Status of a row:

   - ``contradicted``: two *different* independent groups share no figure (no quantity of
     one overlaps any quantity of the other);
   - ``corroborated``: two or more independent groups, every two of them sharing a figure;
   - ``single-source``: one independent group only (two copies of one text stay single).

   Quantities of one group never contradict each other: one source (or its copies) giving
   two figures that do not overlap is listed under ``inconsistent`` (e.g. "inconsistent
   within S1"), and the row's status depends on the other groups only. ``agreeing`` and
   ``disagreeing`` are disjoint lists of independent groups, each named once by its
   earliest source in the row; the other sources of a group are listed in ``copies``
   (``{"source": "S3", "copy_of": "S2"}``). ``agreeing`` is the side of the figure reported
   by most independent groups (listed first in ``figures``); ``disagreeing`` the groups
   that report none of its figures. ``figures`` lists each distinct figure once, with the
   sentences that state it (one source per group; the copies' sentences apart).

   Claims without an event are only grouped when their quantities agree, never
   contradicted: without an event two numbers may well count different things.
3. :func:`derived_credibility` turns the rows into Admiralty credibility grades for the
   sources the analyst has not graded, and :func:`apply_corroboration` writes all of it
   into a copy of the assessment and adjusts the confidence of statements (see there).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from briefbook.analysis.quantities import figures_agree, quantity_interval, read_quantity
from briefbook.analysis.topics import (
    CountsKey,
    claim_topic,
    counts_compatible,
    counts_key,
    normalise_event,
)
from briefbook.ids import sentence_key, source_of
from briefbook.model import Assessment, Claim, Document, Statement
from briefbook.text.normalise import fold_words
from briefbook.tradecraft import CONFIDENCE_LEVELS

__all__ = [
    "CREDIBILITY_RULE",
    "CONFIDENCE_RULE",
    "apply_corroboration",
    "corroborate",
    "derived_credibility",
    "independent_groups",
]

SHINGLE = 5
JACCARD_MIN = 0.6
CONTAINMENT_MIN = 0.8
STATUS_ORDER = {"contradicted": 0, "corroborated": 1, "single-source": 2}

CREDIBILITY_RULE = (
    "Derived Admiralty credibility (only for sources the analyst has not graded): "
    "1 confirmed = at least one of its quantitative claims is reported alike by another "
    "independent source, none is outnumbered, and at least half of its claims are so "
    "confirmed; 2 probably true = some claims confirmed, none outnumbered; "
    "3 possibly true = claims that no other source reports, or a disagreement with an equal "
    "number of independent sources on each side; 4 doubtful = more of its claims are "
    "contradicted by a larger number of independent sources than are confirmed; "
    "6 cannot be judged = no quantitative claim to check. Copies of one text count once."
)
CONFIDENCE_RULE = (
    "Confidence after corroboration: a statement whose evidence comes from two or more "
    "independent, well-graded sources (reliability A-C and credibility 1-3) is raised one "
    "level (low -> moderate -> high); a statement resting on one independent source that "
    "the analyst has not graded for reliability (none or F) is set to low."
)


def _shingles(words: Sequence[str], size: int = SHINGLE) -> set[tuple[str, ...]]:
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


# ---------------------------------------------------------------------------
# 1. reposts


def _near_duplicates(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> bool:
    if not a or not b:
        return False
    common = len(a & b)
    if not common:
        return False
    jaccard = common / len(a | b)
    containment = common / min(len(a), len(b))
    return jaccard >= JACCARD_MIN or containment >= CONTAINMENT_MIN


def _group_texts(items: Sequence[tuple[str, str, str | None]]) -> dict[str, str]:
    """``(source id, text, sha256)`` in order -> source id -> id of its group's first source."""
    shingles = [_shingles(fold_words(text)) for _, text, _ in items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            same_bytes = items[i][2] is not None and items[i][2] == items[j][2]
            if same_bytes or _near_duplicates(shingles[i], shingles[j]):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)  # the earlier source names the group
    return {sid: items[find(i)][0] for i, (sid, _, _) in enumerate(items)}


def independent_groups(documents: Sequence[Document]) -> dict[str, str]:
    """Source id -> group id; reposts of one text share the id of the first of them."""
    return _group_texts([(d.id, d.text, d.sha256 or None) for d in documents])


def _assessment_groups(assessment: Assessment) -> dict[str, str]:
    texts: dict[str, list[str]] = {}
    for s in assessment.sentences:
        texts.setdefault(s.source, []).append(s.text)
    items: list[tuple[str, str, str | None]] = []
    seen: set[str] = set()
    for rec in assessment.sources:
        sid = str(rec.get("id"))
        seen.add(sid)
        items.append((sid, " ".join(texts.get(sid, [])), rec.get("sha256") or None))
    for sid in sorted(set(texts) - seen, key=sentence_key):
        items.append((sid, " ".join(texts[sid]), None))
    return _group_texts(items)


# ---------------------------------------------------------------------------
# 2. corroboration rows


@dataclass
class _Item:
    claim: Claim
    source: str
    group: str
    interval: tuple[float, float]
    figure: str  # the quantity as shown ("more than 11,000")
    first: str  # first evidence id

    def agrees(self, other: _Item) -> bool:
        return figures_agree(
            self.claim.quantity, self.interval, other.claim.quantity, other.interval
        )


def _claim_source(claim: Claim, sentence_source: dict[str, str]) -> str:
    if not claim.evidence:
        return ""
    first = min(claim.evidence, key=sentence_key)
    return sentence_source.get(first) or source_of(first)


def _cluster(items: list[_Item]) -> list[list[_Item]]:
    """Agreement clusters, greedy in evidence order: an item joins the first cluster all agree with."""
    clusters: list[list[_Item]] = []
    for item in items:
        for cluster in clusters:
            if all(item.agrees(other) for other in cluster):
                cluster.append(item)
                break
        else:
            clusters.append([item])
    return clusters


def _by_group(items: list[_Item]) -> dict[str, list[_Item]]:
    """Items per independent group, groups in order of their first evidence."""
    out: dict[str, list[_Item]] = {}
    for item in sorted(items, key=lambda i: sentence_key(i.first)):
        out.setdefault(item.group, []).append(item)
    return out


def _groups_agree(a: list[_Item], b: list[_Item]) -> bool:
    """Two groups agree when some figure of one overlaps some figure of the other."""
    return any(x.agrees(y) for x in a for y in b)


def _contradicted(items: list[_Item]) -> bool:
    """Two different independent groups that share no figure."""
    groups = list(_by_group(items).values())
    return any(not _groups_agree(a, b) for i, a in enumerate(groups) for b in groups[i + 1 :])


def _format_quantity(q: float | int | str) -> float | int | str:
    if isinstance(q, float) and q.is_integer():
        return int(q)
    return q


def _what(items: list[_Item]) -> str:
    """What the row counts and what happened to it: ``"soldiers killed"``."""
    general = min(
        items,
        key=lambda i: (len(counts_key(i.claim.counts).qualifiers), sentence_key(i.first)),
    )
    counts = " ".join(general.claim.counts.split())
    event = normalise_event(general.claim.event)
    return f"{counts} {event}" if event else counts


def _representatives(items: list[_Item]) -> dict[str, str]:
    """Group id -> the earliest source of that group in the row (the one the row names)."""
    reps: dict[str, str] = {}
    for item in sorted(items, key=lambda i: sentence_key(i.source + ".0")):
        reps.setdefault(item.group, item.source)
    return reps


def _figures(ordered: list[_Item], reps: dict[str, str]) -> list[dict[str, Any]]:
    """Distinct figures in ``ordered`` order, each with the sentences that state it:
    per independent group the sentences of one source; the group's copies are named."""
    figures: dict[str, dict[str, Any]] = {}
    for item in ordered:
        fig = figures.setdefault(
            item.figure.lower(),
            {
                "figure": item.figure,
                "quantity": _format_quantity(item.claim.quantity),
                "groups": [],
                "evidence": [],
                "copies": [],
                "copy_evidence": [],
            },
        )
        rep = reps[item.group]
        if rep not in fig["groups"]:
            fig["groups"].append(rep)
        evidence = sorted(item.claim.evidence, key=sentence_key)
        if item.source == rep:
            fig["evidence"] += [e for e in evidence if e not in fig["evidence"]]
        else:
            copy_ = {"source": item.source, "copy_of": rep}
            if copy_ not in fig["copies"]:
                fig["copies"].append(copy_)
            fig["copy_evidence"] += [e for e in evidence if e not in fig["copy_evidence"]]
    out = []
    for fig in figures.values():
        if not fig["evidence"]:  # only copies state it: cite the first copy
            fig["evidence"], fig["copy_evidence"] = fig["copy_evidence"], []
        fig["groups"] = sorted(fig["groups"], key=sentence_key)
        fig["evidence"] = sorted(fig["evidence"], key=sentence_key)
        fig["copy_evidence"] = sorted(fig["copy_evidence"], key=sentence_key)
        fig["copies"] = sorted(fig["copies"], key=lambda c: sentence_key(c["source"]))
        out.append(fig)
    return out


def _row(items: list[_Item], status: str) -> dict[str, Any]:
    items = sorted(items, key=lambda i: (sentence_key(i.first), i.figure))
    first = items[0]
    reps = _representatives(items)
    clusters = _cluster(items)
    # the agreeing side: the cluster with most independent groups, then earliest evidence
    best = min(clusters, key=lambda c: (-len({i.group for i in c}), sentence_key(c[0].first)))
    if status == "contradicted":
        agreeing = _ordered_unique(reps[i.group] for i in best)
        disagreeing = _ordered_unique(reps[i.group] for i in items if reps[i.group] not in agreeing)
    else:  # every two groups share a figure
        agreeing, disagreeing = _ordered_unique(reps.values()), []
    ordered = [*best, *(i for c in clusters if c is not best for i in c)]
    inconsistent = _ordered_unique(
        reps[g]
        for g, own in _by_group(items).items()
        if any(not a.agrees(b) for k, a in enumerate(own) for b in own[k + 1 :])
    )
    copies = sorted(
        (
            {"source": i.source, "copy_of": reps[i.group]}
            for i in items
            if i.source != reps[i.group]
        ),
        key=lambda c: sentence_key(c["source"]),
    )
    copies = [c for k, c in enumerate(copies) if c not in copies[:k]]
    quantities = [
        {
            "quantity": _format_quantity(i.claim.quantity),
            "figure": i.figure,
            "source": i.source,
            "group": reps[i.group],
            "evidence": sorted(i.claim.evidence, key=sentence_key),
            "text": i.claim.text,
        }
        for i in items
    ]
    evidence = sorted({e for i in items for e in i.claim.evidence}, key=sentence_key)
    return {
        "claim": first.claim.text,
        "what": _what(items),
        "event": first.claim.event,
        "counts": first.claim.counts,
        "quantities": quantities,
        "figures": _figures(ordered, reps),
        "agreeing": agreeing,
        "disagreeing": disagreeing,
        "copies": copies,
        "inconsistent": inconsistent,
        "independent_sources": len(reps),
        "status": status,
        "evidence": evidence,
    }


def _ordered_unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return sorted(out, key=sentence_key)


def corroborate(
    assessment: Assessment, groups: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Rows of claims about the same thing across sources, with their status (see module doc).

    ``groups`` (source id -> independent group id) defaults to the repost detection run
    on the assessment's own sentences.
    """
    if groups is None:
        groups = _assessment_groups(assessment)
    sentence_source = {s.id: s.source for s in assessment.sentences}
    items: list[_Item] = []
    for claim in assessment.claims:
        if not claim.evidence:
            continue
        source = _claim_source(claim, sentence_source)
        interval, figure = read_quantity(claim.quantity, claim.text)
        items.append(
            _Item(
                claim=claim,
                source=source,
                group=groups.get(source, source),
                interval=interval,
                figure=figure,
                first=min(claim.evidence, key=sentence_key),
            )
        )
    items.sort(key=lambda i: (sentence_key(i.first), str(i.claim.quantity), i.claim.counts))

    # topics: same event and compatible counts (first item of a topic is its representative)
    topics: list[tuple[str | None, CountsKey, list[_Item]]] = []
    for item in items:
        event, key = claim_topic(item.claim)
        for t_event, t_key, members in topics:
            if t_event == event and counts_compatible(t_key, key):
                members.append(item)
                break
        else:
            topics.append((event, key, [item]))

    rows: list[dict[str, Any]] = []
    for event, _key, members in topics:
        n_groups = len({i.group for i in members})
        if event is not None:
            if n_groups > 1 and _contradicted(members):
                status = "contradicted"
            else:
                status = "corroborated" if n_groups > 1 else "single-source"
            rows.append(_row(members, status))
            continue
        # without an event different numbers may count different things: one row per
        # agreeing cluster, never a contradiction
        for cluster in _cluster(members):
            status = "corroborated" if len({i.group for i in cluster}) > 1 else "single-source"
            rows.append(_row(cluster, status))
    rows.sort(key=lambda r: (STATUS_ORDER[r["status"]], sentence_key(r["evidence"][0])))
    return rows


# ---------------------------------------------------------------------------
# 3. credibility and confidence


def derived_credibility(
    assessment: Assessment,
    rows: list[dict[str, Any]] | None = None,
    groups: dict[str, str] | None = None,
) -> dict[str, int]:
    """Admiralty credibility per source id from corroboration (rule: ``CREDIBILITY_RULE``).

    Computed for every source; :func:`apply_corroboration` uses it only where the analyst
    has set none.
    """
    if groups is None:
        groups = _assessment_groups(assessment)
    if rows is None:
        rows = corroborate(assessment, groups)
    tally: dict[str, dict[str, int]] = {}
    for row in rows:
        entries = [
            (q["source"], groups.get(q["source"], q["source"]), q) for q in row["quantities"]
        ]
        for source in _ordered_unique(e[0] for e in entries):
            own = groups.get(source, source)
            t = tally.setdefault(source, {"rows": 0, "confirmed": 0, "outnumbered": 0})
            t["rows"] += 1
            mine = [q for s, _, q in entries if s == source]
            support: set[str] = set()
            oppose: set[str] = set()
            for _source, group, q in entries:
                if group == own:
                    continue
                if any(_entries_agree(m, q) for m in mine):
                    support.add(group)
                else:
                    oppose.add(group)
            oppose -= support
            if support:
                t["confirmed"] += 1
            if len(oppose) > len(support) + 1:  # its side (itself + support) is smaller
                t["outnumbered"] += 1
    result: dict[str, int] = {}
    for rec in assessment.sources:
        sid = str(rec.get("id"))
        t = tally.get(sid)
        if not t or not t["rows"]:
            result[sid] = 6
        elif t["outnumbered"] and t["outnumbered"] >= t["confirmed"]:
            result[sid] = 4
        elif t["confirmed"] and not t["outnumbered"] and 2 * t["confirmed"] >= t["rows"]:
            result[sid] = 1
        elif t["confirmed"]:
            result[sid] = 2
        else:
            result[sid] = 3
    return result


def _entries_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ia = quantity_interval(a["quantity"], a.get("text", ""))
    ib = quantity_interval(b["quantity"], b.get("text", ""))
    return figures_agree(a["quantity"], ia, b["quantity"], ib)


_GOOD_RELIABILITY = {"A", "B", "C"}


def _shift(confidence: str | None, steps: int) -> str | None:
    if confidence is None:
        return None
    i = CONFIDENCE_LEVELS.index(confidence) + steps
    return CONFIDENCE_LEVELS[max(0, min(len(CONFIDENCE_LEVELS) - 1, i))]


def _adjust(
    statement: Statement,
    records: dict[str, dict[str, Any]],
    groups: dict[str, str],
    sentence_source: dict[str, str],
) -> str | None:
    """The confidence the statement should carry after corroboration (CONFIDENCE_RULE)."""
    sources = _ordered_unique(sentence_source.get(e) or source_of(e) for e in statement.evidence)
    indep = {groups.get(s, s) for s in sources}
    good: set[str] = set()
    for s in sources:
        rec = records.get(s, {})
        cred = rec.get("credibility")
        if rec.get("reliability") in _GOOD_RELIABILITY and cred is not None and int(cred) <= 3:
            good.add(groups.get(s, s))
    if len(good) >= 2:
        return _shift(statement.confidence, +1)
    if len(indep) == 1 and all(
        records.get(s, {}).get("reliability") in (None, "F") for s in sources
    ):
        return "low"
    return statement.confidence


def apply_corroboration(assessment: Assessment) -> Assessment:
    """A copy of ``assessment`` with corroboration rows, derived credibility, adjusted confidence.

    - ``corroboration`` = :func:`corroborate`;
    - every source without an analyst's credibility gets the derived grade and
      ``credibility_origin: "derived"`` (graded ones get ``"analyst"``);
    - key judgments, indicators and section statements get their confidence adjusted by
      ``CONFIDENCE_RULE``; ``meta["corroboration"]`` records the rules and every change.
    """
    result = copy.deepcopy(assessment)
    groups = _assessment_groups(result)
    rows = corroborate(result, groups)
    result.corroboration = rows
    derived = derived_credibility(result, rows, groups)
    for rec in result.sources:
        sid = str(rec.get("id"))
        if rec.get("credibility") is None:
            rec["credibility"] = derived.get(sid, 6)
            rec["credibility_origin"] = "derived"
        else:
            rec.setdefault("credibility_origin", "analyst")
    records = {str(r.get("id")): r for r in result.sources}
    sentence_source = {s.id: s.source for s in result.sentences}
    changes: list[dict[str, Any]] = []
    statements: list[tuple[str, Statement]] = [("key_judgments", s) for s in result.key_judgments]
    statements += [("indicators", s) for s in result.indicators]
    for section in result.sections:
        statements += [(f"sections.{section.key}", s) for s in section.statements]
    for where, st in statements:
        new = _adjust(st, records, groups, sentence_source)
        if new != st.confidence:
            changes.append({"where": where, "text": st.text, "from": st.confidence, "to": new})
            st.confidence = new
    counts = {status: 0 for status in STATUS_ORDER}
    for row in rows:
        counts[row["status"]] += 1
    result.meta = dict(result.meta)
    result.meta["corroboration"] = {
        "independent_groups": {sid: groups[sid] for sid in sorted(groups, key=sentence_key)},
        "counts": counts,
        "derived_credibility": {sid: derived[sid] for sid in sorted(derived, key=sentence_key)},
        "credibility_rule": CREDIBILITY_RULE,
        "confidence_rule": CONFIDENCE_RULE,
        "confidence_changes": changes,
    }
    return result
