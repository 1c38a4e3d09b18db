"""The briefing's tables as CSV, all rows (the briefing shows the top rows only).

``write_tables(assessment, folder)`` writes, in the same order as the briefing's tables:

- ``entities.csv``: name, type, mentions, sources, first_source, evidence (ids, ``;``-joined)
- ``claims.csv``: quantity as stated, value, counts, event, attributed_to, hedged,
  published, sources, corroboration, independent_sources, copy_of, evidence
- ``corroboration.csv``: claim, status, independent_sources, agreeing, disagreeing, evidence
- ``sentences.csv``: id, anchor, source, paragraph, heading, section, attributed_to, text
- ``sources.csv``: every source read (id, title, label, published, date_origin, author,
  publisher, url, path, format, words, sentences, sha256, reliability, credibility), then
  every source left out (path and reason in ``excluded``); ``published`` is the date the
  report carries (``model.known_published``), empty for an undated source even when the
  issue's window dated it by its file time (``date_origin`` ``mtime``), as the briefing
  shows it undated; the briefing's appendix lists all of them only up to
  ``SOURCES_IN_FULL`` sources

UTF-8 with a header row, ``\\n`` line ends, ids joined by ``;``; deterministic.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from briefbook.model import Assessment, known_published
from briefbook.presentation.tables import CLAIM_COLUMNS

__all__ = ["CSV_FILES", "table_rows", "write_tables"]

CSV_FILES = ("entities.csv", "claims.csv", "corroboration.csv", "sentences.csv", "sources.csv")


def _ids(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(_ids(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("id") or value.get("source") or "")
    return str(value)


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return int(value) if value.is_integer() else value
    if isinstance(value, (list, tuple)):
        return _ids(value)
    return "" if value is None else value


def table_rows(assessment: Assessment) -> dict[str, list[dict[str, Any]]]:
    """file name -> rows (dicts in column order) of every table."""
    from briefbook.presentation.briefing import Briefing
    from briefbook.presentation.tables import claim_rows, entity_rows

    b = Briefing(assessment=assessment, title=assessment.title)
    evidence = {e.name: e.evidence for e in assessment.entities}
    entities = [
        {**{k: _cell(v) for k, v in row.items()}, "evidence": _ids(evidence.get(row["name"]))}
        for row in entity_rows(b)
    ]
    claims = [{k: _cell(v) for k, v in row.items()} for row in claim_rows(b)]
    corroboration = [
        {
            "claim": row.get("claim", ""),
            "status": row.get("status", ""),
            "independent_sources": _cell(row.get("independent_sources")),
            "agreeing": _ids(row.get("agreeing")),
            "disagreeing": _ids(row.get("disagreeing")),
            "evidence": _ids(row.get("evidence")),
        }
        for row in assessment.corroboration
        if isinstance(row, dict)
    ]
    sentences = [
        {
            "id": s.id,
            "anchor": s.anchor or "",
            "source": s.source,
            "paragraph": s.paragraph,
            "heading": s.heading or "",
            "section": s.section or "",
            "attributed_to": s.attributed_to or "",
            "text": " ".join(s.text.split()),
        }
        for s in assessment.sentences
    ]
    counts: dict[str, int] = {}
    for s in assessment.sentences:
        counts[s.source] = counts.get(s.source, 0) + 1
    sources = [
        {
            **{k: _cell(rec.get(k)) for k in _COLUMNS["sources.csv"]},
            "id": str(rec.get("id", "")),
            "published": known_published(rec) or "",
            "sentences": counts.get(str(rec.get("id", "")), 0),
            "excluded": "",
        }
        for rec in assessment.sources
    ] + [
        {"path": _cell(e.get("path")), "excluded": _cell(e.get("reason")) or "excluded"}
        for e in assessment.excluded_sources
        if isinstance(e, dict)
    ]
    return {
        "entities.csv": entities,
        "claims.csv": claims,
        "corroboration.csv": corroboration,
        "sentences.csv": sentences,
        "sources.csv": sources,
    }


_COLUMNS = {
    "entities.csv": ["name", "type", "mentions", "sources", "first_source", "evidence"],
    "claims.csv": list(CLAIM_COLUMNS),
    "corroboration.csv": [
        "claim",
        "status",
        "independent_sources",
        "agreeing",
        "disagreeing",
        "evidence",
    ],
    "sentences.csv": [
        "id",
        "anchor",
        "source",
        "paragraph",
        "heading",
        "section",
        "attributed_to",
        "text",
    ],
    "sources.csv": [
        "id",
        "title",
        "label",
        "published",
        "date_origin",
        "author",
        "publisher",
        "url",
        "path",
        "format",
        "words",
        "sentences",
        "sha256",
        "reliability",
        "credibility",
        "excluded",
    ],
}


def write_tables(assessment: Assessment, folder: Path) -> list[Path]:
    """Write the CSV files (``CSV_FILES``) into ``folder``; return their paths."""
    written = []
    for name, rows in table_rows(assessment).items():
        buf = io.StringIO()
        writer = csv.DictWriter(
            buf, fieldnames=_COLUMNS[name], lineterminator="\n", extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(rows)
        path = Path(folder) / name
        path.write_text(buf.getvalue(), encoding="utf-8")
        written.append(path)
    return written
