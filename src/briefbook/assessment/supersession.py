"""Later reports of one situation supersede earlier ones: "the town is encircled" (reported
on the 3rd) gives way to "the town was captured" (reported on the 10th).

Two key-judgment candidates report the same situation when they name the same specific
place or, when one of them names no place, the same actor (an entity of type person,
organisation or force; a country is too broad to tell two situations apart: two towns taken
by one army are two situations), are about the same domain (military, political ...;
:func:`briefbook.assessment.situation.domain_of`) and are close in meaning (cosine at least
``JudgmentParams.supersede_similarity``). Of two such reports the one from the later-dated
source supersedes the other; reports of undated sources supersede nothing and are never
superseded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence

from briefbook.assessment.paraphrase import Paraphrases
from briefbook.assessment.situation import domain_of, parse_iso
from briefbook.model import Entity, Sentence

__all__ = ["SPECIFIC_TYPES", "named_in", "same_subject", "superseded_reports"]

# entity types that single out one situation; a country or a weapon does not
SPECIFIC_TYPES = frozenset({"place", "person", "organisation", "force"})


def named_in(entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """Sentence id -> the specific entities (:data:`SPECIFIC_TYPES`) it mentions, each as
    "type:name" ("place:Vendra", "force:Tarvian forces")."""
    out: dict[str, set[str]] = {}
    for entity in entities:
        if entity.type not in SPECIFIC_TYPES:
            continue
        for sid in entity.evidence:
            out.setdefault(sid, set()).add(f"{entity.type}:{entity.name}")
    return {sid: frozenset(names) for sid, names in out.items()}


def same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of "type:name" entities name one situation: a shared place, or,
    when either names no place, a shared actor."""
    places_a = {n for n in a if n.startswith("place:")}
    places_b = {n for n in b if n.startswith("place:")}
    if places_a and places_b:
        return bool(places_a & places_b)
    return bool((a - places_a) & (b - places_b))


def superseded_reports(
    candidates: Collection[int],
    sentences: Sequence[Sentence],
    published: Mapping[str, str | None],
    named: Mapping[str, frozenset[str]],  # sentence id -> :func:`named_in`
    similar: Paraphrases,
    threshold: float,
) -> dict[int, int]:
    """Candidate sentence index -> the index of the latest candidate that reports the same
    situation from a later-dated source (see the module note). Candidates of undated
    sources, or naming no specific entity, or about no domain, are left out."""
    dated: dict[int, dt.date] = {}
    domain: dict[int, str] = {}
    for i in candidates:
        day = parse_iso(published.get(sentences[i].source))
        key = domain_of(sentences[i].text)
        if day is not None and key is not None and named.get(sentences[i].id):
            dated[i] = day
            domain[i] = key
    out: dict[int, int] = {}
    for i in sorted(dated):
        later = [
            j
            for j in dated
            if dated[j] > dated[i]
            and domain[j] == domain[i]
            and same_subject(named[sentences[i].id], named[sentences[j].id])
            and similar.similarity(i, j) >= threshold
        ]
        if later:
            out[i] = max(later, key=lambda j: (dated[j], -j))
    return out
