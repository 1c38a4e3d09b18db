"""From sources to an Assessment: ingest -> analyse -> sections -> judgments.

``assess`` reads the sources; ``assess_documents`` starts from Documents already read.
The result is deterministic: the same input gives the same ``Assessment.to_json()`` bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefbook import __version__
from briefbook.analysis.embeddings import embed, model_name
from briefbook.config.outline import AssessmentSchema, load_schema
from briefbook.ids import sentence_anchor
from briefbook.model import Assessment, Document, Section, Statement

if TYPE_CHECKING:
    from briefbook.ingest import IngestNotes, SourceSpec

__all__ = ["assess", "assess_documents"]


def assess(
    sources: Sequence[SourceSpec | str | Path | Document],
    *,
    schema: str = "conflict",
    title: str | None = None,
    base: Path | None = None,
    issue_date: str | None = None,
    stale_days: int | None = None,
    notes: IngestNotes | None = None,
) -> Assessment:
    """Read ``sources`` (files, folders, globs, SourceSpecs or Documents) and assess them.

    ``issue_date`` (ISO) dates the assessment: statements from sources published long
    before it (``stale_days``, the params key; default 90) are marked dated (see
    :func:`assess_documents`).

    Documents given as such keep their ids; files are read with ids continuing after them
    (``S1``, ``S2``, ... in the order given). ``notes`` collects folder warnings and the
    files left out (also set as the assessment's ``excluded_sources``).
    """
    import datetime as dt

    from briefbook.ingest import IngestNotes, load_documents

    notes = notes if notes is not None else IngestNotes()
    given = [s for s in sources if isinstance(s, Document)]
    specs = [s for s in sources if not isinstance(s, Document)]
    documents = list(given)
    if specs:
        day = dt.date.fromisoformat(issue_date[:10]) if issue_date else dt.date.today()
        loaded = load_documents(specs, base, notes, issue_date=day)
        if given:  # files continue the numbering after the Documents given
            number = max((_id_number(d.id) for d in given), default=0)
            for offset, doc in enumerate(loaded, number + 1):
                _renumber(doc, f"S{offset}")
        documents.extend(loaded)
    assessment = assess_documents(
        documents, schema=schema, title=title, issue_date=issue_date, stale_days=stale_days
    )
    assessment.excluded_sources = list(notes.excluded)
    return assessment


def _id_number(doc_id: str) -> int:
    digits = doc_id[1:] if doc_id[:1] == "S" else ""
    return int(digits) if digits.isdigit() else 0


def _renumber(doc: Document, new_id: str) -> None:
    """Give ``doc`` the id ``new_id`` and its sentences ids ``<new_id>.<k>``."""
    doc.id = new_id
    for k, s in enumerate(doc.sentences, 1):
        s.id = f"{new_id}.{k}"
        s.source = new_id


def assess_documents(
    documents: list[Document],
    *,
    schema: str | AssessmentSchema = "conflict",
    title: str | None = None,
    issue_date: str | None = None,
    fresh_since: str | None = None,
    stale_days: int | None = None,
    entity_model: Any = None,
    entity_join: str = "union",
) -> Assessment:
    """Analyse ``documents``, assign sections, draw judgments -> Assessment.

    ``entity_model`` (a loaded :class:`briefbook.analysis.ner_model.EntityModel`, None = the
    rules alone) joins the entity rules as ``entity_join`` says (``union`` or ``model``).

    ``issue_date`` (ISO) and ``fresh_since`` (the first day of the issue's window) date
    the assessment: statements from sources published before ``fresh_since`` or, without
    it, ``stale_days`` (the params key; default 90) days before ``issue_date`` are marked
    ``dated`` and never lead the key judgments.

    Support and confidence count independent groups of sources
    (:func:`briefbook.corroborate.independent_groups`), so a repost does not corroborate
    the text it copies.
    """
    from briefbook.analysis.pipeline import analyse
    from briefbook.assessment.corroboration import apply_corroboration, independent_groups
    from briefbook.assessment.judgments import draw_judgments
    from briefbook.assessment.params import JudgmentParams
    from briefbook.assessment.sections import assign_sections

    spec = schema if isinstance(schema, AssessmentSchema) else load_schema(schema)
    _check_ids(documents)
    for doc in documents:
        for s in doc.sentences:
            s.anchor = sentence_anchor(doc.sha256, s.text)
    analysis = analyse(documents, entity_model=entity_model, entity_join=entity_join)
    # every sentence embedded once, for both section assignment and judgments
    vectors = embed([s.text for d in documents for s in d.sentences])
    sections = assign_sections(documents, spec, vectors=vectors)
    for doc in documents:
        for s in doc.sentences:
            s.section = sections.get(s.id)
            s.attributed_to = getattr(analysis.facts.get(s.id), "attributed_to", None)
    # reposts and near-copies form one independent group: they do not corroborate each other
    groups = independent_groups(documents)
    judgments = draw_judgments(
        documents,
        sections,
        spec,
        facts=analysis.facts,
        entities=analysis.entities,
        groups=groups,
        claims=analysis.claims,
        vectors=vectors,
        issue_date=issue_date,
        fresh_since=fresh_since,
        params=None if stale_days is None else JudgmentParams(stale_days=stale_days),
    )
    sentences = [s for d in documents for s in d.sentences]
    known = {s.id for s in sentences}
    assessment = Assessment(
        title=title or _default_title(documents, spec),
        schema_name=spec.name,
        sources=[d.source_record() for d in documents],
        sentences=sentences,
        sections=[
            Section(
                key=sec.key,
                title=sec.title,
                description=sec.description,
                statements=judgments.sections.get(sec.key, []),
                role=sec.role,
                evidence_to_weigh=judgments.evidence_to_weigh.get(sec.key, []),
            )
            for sec in spec.sections
        ],
        key_judgments=judgments.key_judgments,
        indicators=judgments.indicators,
        entities=list(analysis.entities),
        claims=list(analysis.claims),
        meta={
            "engine": f"briefbook {__version__}",
            "embedding": model_name(),
            "schema_file": Path(spec.path).name if spec.path else f"{spec.name}.yaml",
        },
    )
    _check_evidence(assessment, known)
    # the sources older than the freshness limit, said on the briefing (round revB26): their
    # statements never lead and are marked dated, and a reader is told which and why
    stale = _stale_record(documents, issue_date, fresh_since, stale_days)
    if stale:
        assessment.meta["dated_sources"] = stale
    # across sources: corroboration rows, derived credibility, confidence by independent
    # support; `briefbook assess` and `briefbook run` give the same assessment
    assessment = apply_corroboration(assessment)
    return assessment


def _stale_record(
    documents: Sequence[Document],
    issue_date: str | None,
    fresh_since: str | None,
    stale_days: int | None,
) -> dict[str, Any] | None:
    """The sources published before the issue's freshness limit (``fresh_since``, else
    ``stale_days`` before ``issue_date``), for the briefing to say: ``{"limit", "by",
    "stale_days", "sources": [{"id", "published"}]}`` (``by`` "window" or "stale_days");
    None when no source is that old or the limit is unknown."""
    from briefbook.assessment.params import JudgmentParams
    from briefbook.assessment.situation import dated_sources, freshness_limit

    days = stale_days if stale_days is not None else JudgmentParams().stale_days
    old = dated_sources(documents, issue_date, fresh_since, days)
    limit = freshness_limit(issue_date, fresh_since, days)
    if not old or limit is None:
        return None
    return {
        "limit": limit.isoformat(),
        "by": "window" if fresh_since else "stale_days",
        "stale_days": days,
        "sources": [{"id": sid, "published": day} for sid, day in old.items()],
    }


def _check_ids(documents: Sequence[Document]) -> None:
    seen: set[str] = set()
    for doc in documents:
        for s in doc.sentences:
            if s.id in seen:
                raise ValueError(f"duplicate sentence id {s.id!r}: give each document its own id")
            seen.add(s.id)


def _check_evidence(assessment: Assessment, known: set[str]) -> None:
    statements: list[Statement] = [st for sec in assessment.sections for st in sec.statements]
    statements += assessment.key_judgments + assessment.indicators
    for st in statements:
        missing = [e for e in st.evidence if e not in known]
        if missing:
            raise ValueError(f"evidence ids not among the sentences: {missing}")


def _default_title(documents: Sequence[Document], spec: AssessmentSchema) -> str:
    if len(documents) == 1 and documents[0].title:
        return documents[0].title
    return spec.title
