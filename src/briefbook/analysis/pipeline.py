"""Offline analysis of ingested documents: entities, quantitative claims, hedges, attribution.

``analyse(documents)`` is the one entry point; it needs no model and no network. Per
sentence it records :class:`SentenceFacts` (hedges, originator, modality); over the document
set it extracts entities (:mod:`briefbook.analysis.entities`) and claims as event frames
(:mod:`briefbook.analysis.claims`), each with its originator resolved in context
(:mod:`briefbook.analysis.attribution`; None = the source's own voice).

Fail soft: when an analyser raises on one sentence, that sentence keeps empty facts (or adds
no entity), the run goes on, and one warning naming the sentence id goes to
``Analysis.warnings`` and to the warnings of the sentence's document (which ``briefbook
assess`` prints and ``briefbook run`` prints and keeps in its manifest). The tests fail on
any such warning, so a bug is still found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefbook.analysis.attribution import originators, publisher_names, speaks_of_itself
from briefbook.analysis.claims import (
    find_claims,
    last_count,
    moves_the_tally,
    opens_with_part,
    opens_with_revision,
)
from briefbook.analysis.entities import find_entities
from briefbook.analysis.hedges import (
    find_attribution,
    find_hedges,
    is_forward,
    is_probabilistic,
)
from briefbook.analysis.name_typer import NameTyperError, shipped_name_typer
from briefbook.analysis.parts import mark_sub_parts
from briefbook.model import Claim, Document, Entity, known_published

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
    warnings: list[str] = field(default_factory=list)  # one per sentence an analyser failed on


def sentence_facts(text: str) -> SentenceFacts:
    """Facts of one sentence on its own (no context: a pronoun source stays unknown)."""
    return SentenceFacts(
        hedges=find_hedges(text),
        attributed_to=find_attribution(text),
        probabilistic=is_probabilistic(text),
        forward=is_forward(text),
        quantities=len(find_claims(text, "")),
    )


def analyse(
    documents: list[Document],
    *,
    entity_model: Any = None,
    entity_join: str = "union",
    name_typer: bool = True,
) -> Analysis:
    """Entities, claims and per-sentence facts of ``documents`` (in the order given).

    ``entity_model`` (an :class:`~briefbook.analysis.ner_model.EntityModel`) joins the entity
    rules as ``entity_join`` says: ``union`` or ``model``. Without one, the shipped name
    typer (:mod:`briefbook.analysis.name_typer`) joins them as a union when ``name_typer``
    is true (the default); ``name_typer=False`` is the rules alone. Typer weights that fail
    to load leave the rules alone and a warning."""
    facts: dict[str, SentenceFacts] = {}
    claims: list[Claim] = []
    warnings: list[str] = []
    owner = {s.id: doc for doc in documents for s in doc.sentences}

    def failed(analyser: str, sid: str, exc: Exception) -> None:
        message = f"{analyser} failed on sentence {sid}: {type(exc).__name__}: {exc}"
        warnings.append(message)
        if sid in owner:
            owner[sid].warnings.append(message)

    if entity_model is None and name_typer:
        try:
            entity_model, entity_join = shipped_name_typer(), "union"
        except NameTyperError as exc:
            warnings.append(f"name typer not used: {exc}")

    for doc in documents:
        publishers = publisher_names(doc.title, doc.author)
        try:
            origin = originators([(s.id, s.text, s.paragraph) for s in doc.sentences], publishers)
        except Exception as exc:  # noqa: BLE001 - one source's attribution must not end the run
            failed("attribution", doc.sentences[0].id if doc.sentences else doc.id, exc)
            origin = {}
        entries: list[tuple[str, list[Claim]]] = []
        before: tuple[int, tuple[str, str] | None] = (-1, None)  # paragraph, its last count
        last_origin: str | None = None  # who gave that last count
        for sentence in doc.sentences:
            text = sentence.text
            source = origin.get(sentence.id)
            try:
                found = find_claims(
                    text,
                    sentence.id,
                    attributed_to=source,
                    published=known_published(doc),
                    own_action=source is None and speaks_of_itself(text, publishers),
                    # a paragraph that opens "Four of them ..." counts a part of the count
                    # before the break (:func:`~briefbook.analysis.claims.opens_with_part`)
                    before=before[1]
                    if before[0] == sentence.paragraph
                    or opens_with_part(text)
                    or opens_with_revision(text)
                    else None,
                )
                if (
                    source is None
                    and found
                    and before[0] == sentence.paragraph
                    and last_origin is not None
                    and moves_the_tally(text)
                ):
                    # "... security forces later revised the toll down to 26. The number
                    # increased to 49 ...": the tally goes on, told by whoever gave it
                    for claim in found:
                        claim.attributed_to = claim.attributed_to or last_origin
                if (counted := last_count(found)) or before[0] != sentence.paragraph:
                    before = (sentence.paragraph, counted)
                    last_origin = found[-1].attributed_to if found else None
                fact = SentenceFacts(
                    hedges=find_hedges(text),
                    attributed_to=source,
                    probabilistic=is_probabilistic(text),
                    forward=is_forward(text),
                    quantities=len(found),
                )
            except Exception as exc:  # noqa: BLE001 - one sentence must not end the run
                failed("sentence analysis", sentence.id, exc)
                facts[sentence.id] = SentenceFacts()
                continue
            claims.extend(found)
            entries.append((text, found))
            facts[sentence.id] = fact
        mark_sub_parts(entries)  # "at least 10 were killed at a checkpoint" of the 28
    entities = find_entities(
        documents,
        on_error=lambda sid, exc: failed("entity analysis", sid, exc),
        model=entity_model,
        join=entity_join,
    )
    _canonicalise_sources(entities, claims, facts)
    return Analysis(entities=entities, claims=claims, facts=facts, warnings=warnings)


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
