"""Every part of the briefing in reading order (what the HTML and PDF templates lay out)."""

from __future__ import annotations

from typing import Any

from briefbook.presentation.briefing import Briefing
from briefbook.presentation.changes import changes_part
from briefbook.presentation.corroboration import corroboration_part
from briefbook.presentation.parts import (
    bluf_part,
    cover_part,
    heading_part,
    indicators_part,
    method_part,
    section_parts,
    sources_part,
)


def briefing_parts(b: Briefing) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every part of the briefing in reading order, with its extra mime data (charts)."""
    from briefbook.presentation import charts, tables

    parts: list[dict[str, Any] | None] = [
        cover_part(b),
        bluf_part(b),
        changes_part(b),
        *section_parts(b),
        indicators_part(b),
        corroboration_part(b),
        tables.entities_part(b),
        tables.claims_part(b),
    ]
    done = [(p, {}) for p in parts if p is not None]
    done.append((heading_part("charts", "Charts"), {}))
    done += b.charts if b.charts is not None else charts.chart_parts(b)
    done += [(sources_part(b), {}), (method_part(b), {})]
    return done
