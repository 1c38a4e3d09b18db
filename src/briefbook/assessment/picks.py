"""Which sentences a section shows: a section's picks by maximal marginal relevance, the
situation by domain and date (its latest reports), and the reported facts an empty analytic
section lists to reason from. Indices are positions in the briefing's sentence list."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

import numpy as np

from briefbook.analysis.embeddings import embed
from briefbook.assessment.params import JudgmentParams
from briefbook.assessment.paraphrase import Paraphrases
from briefbook.assessment.signals import KeySignal
from briefbook.assessment.situation import domain_order
from briefbook.model import Sentence

__all__ = [
    "closest",
    "facts_to_weigh",
    "latest_reports",
    "lead_standalone",
    "mmr",
    "newest_first",
    "pick_section",
    "pick_situation",
]


def latest_reports(
    picks: Sequence[int],
    superseded: Mapping[int, int],
    members: Collection[int],
    dated: Mapping[str, str],
    sentences: Sequence[Sentence],
) -> list[int]:
    """``picks`` (sentence indices of a situation section) with each report that a later one
    supersedes (``superseded``: index -> index of the later report) replaced by that later
    report, when it belongs to the same section (``members``) and is not of a dated source
    (left out when that report is shown already); the rest unchanged and in order."""
    out: list[int] = []
    shown = set(picks)
    for i in picks:
        later = superseded.get(i)
        seen: set[int] = set()
        while later is not None and later in superseded and later not in seen:
            seen.add(later)  # a chain of reports: the latest of them
            later = superseded[later]
        if later is not None and later in members and sentences[later].source not in dated:
            # ... and gives way to it when the later report is shown already (a decisive
            # capture picked for its domain stands for the earlier "entered the town")
            if later not in shown:
                out.append(later)
                shown.add(later)
        else:
            out.append(i)
    return out


def newest_first(
    picks: Sequence[int],
    domain_at: Mapping[int, str | None],
    sentences: Sequence[Sentence],
    published: Mapping[str, str],
    stale: Collection[str] = (),
) -> list[int]:
    """``picks`` grouped by domain in the domain order (unclassified last; a domain whose
    every statement is of a ``stale`` source, by source id, after the others), newest source
    first within a domain (a stable sort: the order given breaks ties)."""
    order = {key: n for n, key in enumerate(domain_order())}
    grouped = sorted(picks, key=lambda i: order.get(domain_at.get(i) or "", len(order)))
    runs: list[list[int]] = []
    for key in [*domain_order(), None]:
        run = [i for i in grouped if domain_at.get(i) == key]
        run.sort(key=lambda i: published.get(sentences[i].source, ""), reverse=True)
        runs.append(run)
    return [i for run in _fresh_first(runs, sentences, stale) for i in run]


def _fresh_first(
    runs: Sequence[list[int]], sentences: Sequence[Sentence], stale: Collection[str]
) -> list[list[int]]:
    """The domains' runs, those holding a statement of a fresh source first (in the order
    given), then those whose every statement is of a ``stale`` source (source ids): stale
    material never leads the situation (round front25)."""
    return sorted(runs, key=lambda run: all(sentences[i].source in stale for i in run))


def pick_section(
    members: Sequence[int],
    signals: Sequence[KeySignal],
    rank: np.ndarray,
    similar: Paraphrases,
    params: JudgmentParams,
) -> list[int]:
    """A section's statements: analytic, event and plain statements first (by MMR); facts of
    record only while the section has fewer than ``record_fill``; statements that do not
    read on their own only when nothing else is there; procedural text never."""
    usable = [i for i in members if not signals[i].procedural]
    plain = [i for i in usable if not signals[i].record and not signals[i].context]
    chosen = mmr(plain, rank, similar, params.per_section, params)
    room = min(params.record_fill, params.per_section) - len(chosen)
    if room > 0:
        records = [i for i in usable if signals[i].record and not signals[i].context]
        chosen += mmr(records, rank, similar, room, params, chosen=chosen)
    if not chosen:
        rest = [i for i in usable if signals[i].context]
        chosen += mmr(rest, rank, similar, min(1, params.per_section), params)
    return lead_standalone(chosen, signals)


def lead_standalone(picks: Sequence[int], signals: Sequence[KeySignal]) -> list[int]:
    """``picks`` in order, except that the first statement that reads on its own and points
    back to nothing (:attr:`KeySignal.leans_back`, :attr:`KeySignal.context`) moves to the
    front: a section (or a group of the situation) never opens with "... fuel these
    launches". Unchanged when every pick points back."""
    picks = list(picks)
    if not picks or not (signals[picks[0]].leans_back or signals[picks[0]].context):
        return picks
    for k, i in enumerate(picks):
        if not signals[i].leans_back and not signals[i].context:
            return [i, *picks[:k], *picks[k + 1 :]]
    return picks


def pick_situation(
    members: Sequence[int],
    domain_at: Mapping[int, str | None],
    signals: Sequence[KeySignal],
    rank: np.ndarray,
    similar: Paraphrases,
    params: JudgmentParams,
    sentences: Sequence[Sentence],
    published: Mapping[str, str],
    tolls: Collection[int] = (),
    stale: Collection[str] = (),
) -> list[int]:
    """The situation: up to ``per_domain`` statements per domain (in the domain order of
    ``data/judgments.yaml``, unclassified last), picked by MMR from the statements that read
    on their own and are neither records nor background (a plain quotation only when nothing
    else reports its domain), decisive events (:attr:`KeySignal.decisive`) and ``tolls``
    (indices of statements asserting a toll of people) first; within a domain the newest source first, then by rank;
    a domain whose every statement is of a ``stale`` source (source ids) after the others.
    Background (:func:`briefbook.assessment.signals.is_background`, or history dated long
    before its report), then facts of record (identity, legal designation), fill in only
    while the whole situation has fewer than ``record_fill`` statements, and a statement that needs context only when
    nothing else is there (as for any section)."""
    usable = [i for i in members if not signals[i].procedural]
    plain = {i for i in usable if not signals[i].record and not signals[i].context}
    # background ("The attack comes days after ...", "The treaty was signed in 1960")
    # explains the news: it fills in only while the situation is thin, as records do
    news = {i for i in plain if not signals[i].background}
    toll_set = set(tolls)
    chosen: list[int] = []
    runs: list[list[int]] = []
    for key in [*domain_order(), None]:
        group = [i for i in members if i in news and domain_at.get(i) == key]
        # a plain quotation ('"We have nothing to feed them," the official said') is colour:
        # it reports the domain only when no other statement of the domain does
        reported = [i for i in group if not signals[i].quote]
        # a decisive event (strikes carried out, a ship sunk, a ceasefire agreed, a treaty
        # suspended, sanctions imposed) is what its domain reports: such events take the
        # domain's places first, the statements around them what is left
        pool = reported or group
        acts = [i for i in pool if signals[i].decisive or i in toll_set]
        picks = mmr(acts, rank, similar, params.per_domain, params, chosen=chosen)
        picks += mmr(
            [i for i in pool if i not in picks],
            rank,
            similar,
            params.per_domain - len(picks),
            params,
            chosen=[*chosen, *picks],
        )
        picks.sort(key=lambda i: (-rank[i], i))
        # newest source first (a stable sort: undated sources, "", come last)
        picks.sort(key=lambda i: published.get(sentences[i].source, ""), reverse=True)
        run = lead_standalone(picks, signals)
        chosen += run
        runs.append(run)
    # a domain whose every statement is of a stale source comes after the others
    chosen = [i for run in _fresh_first(runs, sentences, stale) for i in run]
    if len(chosen) < params.record_fill:
        told = [i for i in members if i in plain and i not in news]
        chosen += mmr(told, rank, similar, params.record_fill - len(chosen), params, chosen=chosen)
    if len(chosen) < params.record_fill:
        records = [i for i in usable if signals[i].record and not signals[i].context]
        chosen += mmr(
            records, rank, similar, params.record_fill - len(chosen), params, chosen=chosen
        )
    if not chosen:
        rest = [i for i in usable if signals[i].context]
        chosen += mmr(rest, rank, similar, 1, params)
    return chosen


# a fact to reason from is a sentence, not a label ("Peace Talks.", "The DRC.")
_FACT_WORDS = 5


def facts_to_weigh(
    members: Sequence[int],
    sentences: Sequence[Sentence],
    signals: Sequence[KeySignal],
    dated: Collection[int],
) -> list[int]:
    """The reported facts an empty analytic section lists, from ``members`` (indices of the
    situation's sentences, in reading order): each is a sentence of at least five words that
    reads on its own (no pronoun subject, connective or figure named by its number alone,
    nothing pointing back), states something (no plain quotation, procedural text, record or
    gap in the reporting), and is of the issue's period (``dated`` sentence indices only
    when no fresh fact is left)."""
    usable = [
        i
        for i in members
        if len(sentences[i].text.split()) >= _FACT_WORDS
        and not (
            signals[i].context
            or signals[i].leans_back
            or signals[i].quote
            or signals[i].procedural
            or signals[i].record
            or signals[i].unknown
        )
    ]
    fresh = [i for i in usable if i not in dated]
    return fresh or usable


_DESCRIPTION_CACHE: dict[tuple[str, str], np.ndarray] = {}


def closest(
    candidates: Sequence[int],
    vectors: np.ndarray,
    spec: Any,
    k: int,
    similar: Paraphrases | None = None,
    params: JudgmentParams | None = None,
) -> list[int]:
    """Up to ``k`` of ``candidates`` closest to the description of section ``spec``, in
    reading order; with ``similar`` and ``params``, none a near-duplicate (similarity above
    ``params.redundancy``) of one closer to it (a repost's copy of a listed fact)."""
    if not candidates or k <= 0:
        return []
    key = (spec.key, spec.description)
    if key not in _DESCRIPTION_CACHE:
        _DESCRIPTION_CACHE[key] = embed([f"{spec.title}. {spec.description}"])[0].astype(np.float64)
    proto = _DESCRIPTION_CACHE[key]
    ranked = sorted(candidates, key=lambda i: (-round(float(vectors[i] @ proto), 6), i))
    picks: list[int] = []
    for i in ranked:
        if len(picks) >= k:
            break
        if (
            similar is not None
            and params is not None
            and any(similar.similarity(i, j) > params.redundancy for j in picks)
        ):
            continue
        picks.append(i)
    return sorted(picks)


def mmr(
    members: Sequence[int],
    base: np.ndarray,
    similar: Paraphrases,
    k: int,
    params: JudgmentParams,
    *,
    chosen: Sequence[int] = (),
) -> list[int]:
    """Greedy maximal-marginal-relevance pick of up to ``k`` members (ties: reading order),
    not repeating any of ``chosen`` (already picked elsewhere)."""
    earlier = list(chosen)
    picks: list[int] = []
    remaining = list(members)
    while remaining and len(picks) < k:
        best: tuple[float, int] | None = None
        for i in remaining:
            redundancy = max((similar.similarity(i, j) for j in earlier + picks), default=0.0)
            if redundancy > params.redundancy:
                continue
            value = params.mmr_lambda * base[i] - (1 - params.mmr_lambda) * redundancy
            if best is None or value > best[0] + 1e-12:
                best = (value, i)
        if best is None:
            break
        picks.append(best[1])
        remaining.remove(best[1])
    return picks
