"""What the briefing cites, and how much of it the appendix quotes.

Up to ``SOURCES_IN_FULL`` sources and ``CITED_IN_FULL`` cited sentences the briefing links
to every claim, entity and corroboration row's sentences and the appendix quotes them all;
above (:func:`at_scale`) it links to and quotes only what its statements and shown rows
cite, so a briefing of thousands of sources stays as long as a briefing.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefbook.ids import sentence_key
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.cites import _SENTENCE_ID, changes_cited_ids
from briefbook.presentation.tables import CLAIM_ROWS, ENTITY_ROWS, claims_frame, entities_frame

__all__ = ["CITED_IN_FULL", "SOURCES_IN_FULL", "all_cited_ids", "at_scale", "cited_ids"]

# more sources, or more cited sentences, than this: the appendix quotes only what the
# briefing's statements and shown rows cite; every source is in sources.csv and every
# sentence in sentences.csv (else thousands of sources, or one source of thousands of
# claims, would make a briefing of thousands of pages)
SOURCES_IN_FULL = 200
CITED_IN_FULL = 2000


def at_scale(b: Briefing) -> bool:
    """Whether the briefing has more than ``SOURCES_IN_FULL`` sources or cites more than
    ``CITED_IN_FULL`` sentences in all (see :func:`cited_ids`)."""
    return len(b.assessment.sources) > SOURCES_IN_FULL or len(all_cited_ids(b)) > CITED_IN_FULL


def _statement_ids(b: Briefing, extra: Iterable[str]) -> set[str]:
    a = b.assessment
    ids: set[str] = set(extra)
    for s in [*a.key_judgments, *a.indicators]:
        ids.update(s.evidence)
    for section in a.sections:
        for s in section.statements:
            ids.update(s.evidence)
        for s in section.evidence_to_weigh:
            ids.update(s.evidence)
    ids.update(changes_cited_ids(a.changes))
    return ids


def all_cited_ids(b: Briefing, extra: Iterable[str] = ()) -> set[str]:
    """The statements', the changes' and every claim, entity and corroboration row's ids."""
    a = b.assessment
    ids = _statement_ids(b, extra)
    for claim in a.claims:
        ids.update(claim.evidence)
    for entity in a.entities:
        if entity.evidence:
            ids.add(sorted(entity.evidence, key=sentence_key)[0])
    for row in a.corroboration:
        for key in ("agreeing", "disagreeing", "evidence"):
            values = row.get(key) or []
            values = values if isinstance(values, list) else [values]
            ids.update(str(v) for v in values if _SENTENCE_ID.match(str(v)))
    return ids


def cited_ids(b: Briefing, extra: Iterable[str] = ()) -> list[str]:
    """Every sentence id the briefing links to, in reading order of the sources: the
    statements, the changes, and every claim, entity and corroboration row
    (:func:`all_cited_ids`). At scale (:func:`at_scale`) only the rows the tables show
    count (the claims and entities tables' top rows; corroboration rows show other ids as
    text), so the appendix stays as long as the briefing, not as the sources."""
    if not at_scale(b):
        return sorted(all_cited_ids(b, extra), key=sentence_key)
    ids = _statement_ids(b, extra)
    for evidence in claims_frame(b).head(CLAIM_ROWS)["evidence"]:
        ids.update(evidence)
    ids.update(e for e in entities_frame(b).head(ENTITY_ROWS)["first_source"] if e)
    return sorted(ids, key=sentence_key)
