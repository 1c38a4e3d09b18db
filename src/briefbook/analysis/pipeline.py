"""Offline analysis of ingested documents: entities, quantitative claims, hedges, attribution.

``analyse(documents)`` is the one entry point; it needs no model and no network. Per
sentence it records :class:`SentenceFacts` (hedges, originator, modality); over the document
set it extracts entities (:mod:`briefbook.analysis.entities`) and claims as event frames
(:mod:`briefbook.analysis.claims`), each with its originator resolved in context
(:mod:`briefbook.analysis.attribution`; None = the source's own voice).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefbook.analysis.attribution import originators, publisher_names, speaks_of_itself
from briefbook.analysis.claims import find_claims
from briefbook.analysis.entities import find_entities
from briefbook.analysis.hedges import (
    find_attribution,
    find_hedges,
    is_forward,
    is_probabilistic,
)
from briefbook.model import Claim, Document, Entity

__all__ = [
    "Analysis",
    "SentenceFacts",
    "analyse",
    "find_attribution",
    "find_hedges",
    "sentence_facts",
]


@dataclass
class SentenceFacts:
    """What one sentence says about its own reliability and time frame."""

    hedges: list[str] = field(default_factory=list)
    attributed_to: str | None = None
    probabilistic: bool = False  # modal or likelihood language: may, could, likely, potential
    forward: bool = False  # future or to-watch language: will, expected to, must monitor
    quantities: int = 0  # number of quantitative claims in it


@dataclass
class Analysis:
    entities: list[Entity]
    claims: list[Claim]
    facts: dict[str, SentenceFacts]  # sentence id -> facts


def sentence_facts(text: str) -> SentenceFacts:
    """Facts of one sentence on its own (no context: a pronoun source stays unknown)."""
    return SentenceFacts(
        hedges=find_hedges(text),
        attributed_to=find_attribution(text),
        probabilistic=is_probabilistic(text),
        forward=is_forward(text),
        quantities=len(find_claims(text, "")),
    )


def analyse(documents: list[Document]) -> Analysis:
    """Entities, claims and per-sentence facts of ``documents`` (in the order given)."""
    facts: dict[str, SentenceFacts] = {}
    claims: list[Claim] = []
    for doc in documents:
        publishers = publisher_names(doc.title, doc.author)
        origin = originators([(s.id, s.text, s.paragraph) for s in doc.sentences], publishers)
        for sentence in doc.sentences:
            text = sentence.text
            source = origin.get(sentence.id)
            found = find_claims(
                text,
                sentence.id,
                attributed_to=source,
                published=doc.published,
                own_action=source is None and speaks_of_itself(text, publishers),
            )
            claims.extend(found)
            facts[sentence.id] = SentenceFacts(
                hedges=find_hedges(text),
                attributed_to=source,
                probabilistic=is_probabilistic(text),
                forward=is_forward(text),
                quantities=len(found),
            )
    entities = find_entities(documents)
    _canonicalise_sources(entities, claims, facts)
    return Analysis(entities=entities, claims=claims, facts=facts)


def _canonicalise_sources(
    entities: list[Entity], claims: list[Claim], facts: dict[str, SentenceFacts]
) -> None:
    """Name sources by their entity's canonical name: "Zelensky" -> "Volodymyr Zelenskyy"."""
    names: dict[str, str] = {}
    for entity in entities:
        if entity.type in {"person", "organisation", "force"}:
            for alias in entity.aliases:
                names.setdefault(alias, entity.name)
    for claim in claims:
        if claim.attributed_to in names:
            claim.attributed_to = names[claim.attributed_to]
    for fact in facts.values():
        if fact.attributed_to in names:
            fact.attributed_to = names[fact.attributed_to]
