"""The briefing's tables as CSV, all rows (the briefing shows the top rows only).

``write_tables(assessment, folder)`` writes, in the same order as the briefing's tables:

- ``entities.csv``: name, type, mentions, sources, first_source, evidence (ids, ``;``-joined)
- ``claims.csv``: quantity as stated, value, counts, event, attributed_to, hedged,
  published, sources, corroboration, independent_sources, copy_of, evidence
- ``corroboration.csv``: claim, status, independent_sources, agreeing, disagreeing, evidence
- ``sentences.csv``: id, anchor, source, paragraph, heading, section, attributed_to, text

UTF-8 with a header row, ``\\n`` line ends, ids joined by ``;``; deterministic.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from briefbook.model import Assessment
from briefbook.presentation.tables import CLAIM_COLUMNS

__all__ = ["CSV_FILES", "table_rows", "write_tables"]

CSV_FILES = ("entities.csv", "claims.csv", "corroboration.csv", "sentences.csv")


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
    from briefbook.presentation.tables import claims_frame, entities_frame

    b = Briefing(assessment=assessment, title=assessment.title)
    evidence = {e.name: e.evidence for e in assessment.entities}
    entities = [
        {**{k: _cell(v) for k, v in row.items()}, "evidence": _ids(evidence.get(row["name"]))}
        for row in entities_frame(b).to_dict("records")
    ]
    claims = [{k: _cell(v) for k, v in row.items()} for row in claims_frame(b).to_dict("records")]
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
            "text": " ".join(s.text.split()),
        }
        for s in assessment.sentences
    ]
    return {
        "entities.csv": entities,
        "claims.csv": claims,
        "corroboration.csv": corroboration,
        "sentences.csv": sentences,
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
}


def write_tables(assessment: Assessment, folder: Path) -> list[Path]:
    """Write the four CSV files into ``folder``; return their paths."""
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
