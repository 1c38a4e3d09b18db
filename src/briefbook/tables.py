"""Tables of the briefing: entities and quantitative claims, most important rows first.

``*_frame`` return pandas DataFrames (for analysts working in the notebook); ``*_part``
turn them into table parts (data) that the templates render with citation links.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from briefbook.display import (
    Briefing,
    cell_refs,
    cell_text,
    sentence_order,
    show,
)

ENTITY_ROWS = 25  # rows shown in the briefing; the full list stays in assessment.json
CLAIM_ROWS = 30


def entities_frame(b: Briefing) -> pd.DataFrame:
    """Entities by mentions (most first), then name; the first sentence that names each."""
    rows = []
    for e in b.assessment.entities:
        first = sorted(e.evidence, key=sentence_order)[0] if e.evidence else None
        rows.append(
            {
                "name": e.name,
                "type": e.type,
                "mentions": int(e.mentions or len(e.evidence)),
                "sources": len({ev.split(".", 1)[0] for ev in e.evidence}),
                "first_source": first,
            }
        )
    frame = pd.DataFrame(rows, columns=["name", "type", "mentions", "sources", "first_source"])
    if frame.empty:
        return frame
    frame["_name"] = frame["name"].str.casefold()
    frame = frame.sort_values(
        ["mentions", "sources", "_name"], ascending=[False, False, True], kind="mergesort"
    )
    return frame.drop(columns="_name").reset_index(drop=True)


def claims_frame(b: Briefing) -> pd.DataFrame:
    """Quantitative claims: corroborated, unhedged, attributed and eventful claims first."""
    rows = []
    for index, c in enumerate(b.assessment.claims):
        evidence = sorted(c.evidence, key=sentence_order)
        rows.append(
            {
                "quantity": _quantity(c.quantity),
                "counts": c.counts,
                "event": c.event or "",
                "attributed_to": c.attributed_to or "",
                "hedged": bool(c.hedged),
                "published": c.published or "",
                "sources": len({ev.split(".", 1)[0] for ev in evidence}),
                "evidence": evidence,
                "_order": index,
                "_rank": (
                    -len({ev.split(".", 1)[0] for ev in evidence}),
                    int(bool(c.hedged)),
                    int(not c.event),
                    int(not c.attributed_to),
                    sentence_order(evidence[0]) if evidence else (10**6, 0, ""),
                    index,
                ),
            }
        )
    columns = [
        "quantity",
        "counts",
        "event",
        "attributed_to",
        "hedged",
        "published",
        "sources",
        "evidence",
    ]
    if not rows:
        return pd.DataFrame(columns=columns)
    rows.sort(key=lambda r: r["_rank"])
    return pd.DataFrame(rows)[columns].reset_index(drop=True)


def _quantity(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def entities_part(b: Briefing, limit: int = ENTITY_ROWS) -> dict[str, Any]:
    frame = entities_frame(b)
    body = [
        [
            cell_text(r.name),
            cell_text(r.type),
            cell_text(r.mentions, numeric=True),
            cell_refs(r.first_source),
        ]
        for r in frame.head(limit).itertuples()
    ]
    return {
        "part": "table",
        "id": "entities",
        "title": "Key entities",
        "caption": "People, organisations, countries, places, forces and weapons the sources "
        "name, by number of mentions.",
        "columns": [
            {"label": "Name"},
            {"label": "Type"},
            {"label": "Mentions", "num": True},
            {"label": "First source"},
        ],
        "rows": body,
        "empty_text": "The sources name no entities.",
        "note": _more(len(frame), limit, "entities"),
        "toc": [{"id": "entities", "title": "Key entities"}],
    }


def claims_part(b: Briefing, limit: int = CLAIM_ROWS) -> dict[str, Any]:
    frame = claims_frame(b)
    body = [
        [
            cell_text(r.quantity, numeric=True),
            cell_text(r.counts),
            cell_text(r.event or "\u2013"),
            cell_text(r.attributed_to or "\u2013"),
            cell_text("hedged" if r.hedged else "no"),
            cell_refs(list(r.evidence)),
        ]
        for r in frame.head(limit).itertuples()
    ]
    return {
        "part": "table",
        "id": "claims",
        "title": "Quantitative claims",
        "caption": "Numbers the sources state, with what they count, who says so and whether "
        "the sentence hedges; corroborated and unhedged claims first.",
        "columns": [
            {"label": "Quantity", "num": True},
            {"label": "Counts"},
            {"label": "Event"},
            {"label": "Attributed to"},
            {"label": "Hedged"},
            {"label": "Source"},
        ],
        "rows": body,
        "empty_text": "The sources state no quantitative claims.",
        "note": _more(len(frame), limit, "claims"),
        "toc": [{"id": "claims", "title": "Quantitative claims"}],
    }


def _more(total: int, limit: int, what: str) -> str:
    if total <= limit:
        return ""
    return f"{total - limit} more {what} are listed in assessment.json."


def show_entities(b: Briefing) -> None:
    show(entities_part(b))


def show_claims(b: Briefing) -> None:
    show(claims_part(b))
