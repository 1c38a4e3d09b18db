"""What the briefing notebook shows: the façade the notebook (and analysts' own notebooks) import.

    from briefbook import presentation as p
    brief = p.prepare_briefing(title=..., sources=[...], assessment_path="assessment.json")
    p.show_cover(brief); p.show_summary(brief); p.show_sections(brief)
    p.show_corroboration(brief); p.show_entities(brief); p.show_claims(brief)
    p.show_charts(brief); p.show_appendix(brief)

Every part is a plain JSON dict (``parts``, ``changes``, ``corroboration``, ``tables``,
``charts``) shown as a rich output (``show``) that the nbconvert templates render. Names are
imported lazily from their modules, so the notebook pays for matplotlib only when it draws
charts itself (``briefbook run`` hands it charts already drawn) and for pandas only when an
analyst asks for a DataFrame.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_NAMES: dict[str, str] = {
    # briefing
    "Briefing": "briefing",
    "compare_with_previous": "briefing",
    "compute_assessment": "briefing",
    "load_assessment": "briefing",
    "prepare_briefing": "briefing",
    "source_specs": "briefing",
    # cites
    "MARKING_CLASSES": "cites",
    "anchor_for": "cites",
    "cell_refs": "cites",
    "cell_text": "cites",
    "changes_cited_ids": "cites",
    "cite": "cites",
    "cited_ids": "appendix",
    "date_span": "cites",
    "marking_class": "cites",
    "short_title": "cites",
    "source_anchor": "cites",
    "statement_data": "cites",
    # parts
    "bluf_part": "parts",
    "cover_part": "parts",
    "heading_part": "parts",
    "indicators_part": "parts",
    "meta_data": "parts",
    "method_part": "parts",
    "section_parts": "parts",
    "sources_part": "parts",
    # changes
    "CHANGES_CLAIM_CAP": "changes",
    "CHANGES_ENTITY_CAP": "changes",
    "changes_part": "changes",
    # corroboration
    "CORROBORATION_SINGLE_CAP": "corroboration",
    "corroboration_part": "corroboration",
    # show
    "PART_MIME": "show",
    "bundle": "show",
    "render_part_html": "show",
    "show": "show",
    "show_appendix": "show",
    "show_corroboration": "show",
    "show_cover": "show",
    "show_sections": "show",
    "show_summary": "show",
    # document
    "briefing_parts": "document",
    # filters
    "png_data_uri": "filters",
    "register_filters": "filters",
    "svg_data_uri": "filters",
    # tables
    "CLAIMS_ORDER": "tables",
    "CLAIM_COLUMNS": "tables",
    "ENTITY_COLUMNS": "tables",
    "CLAIM_ROWS": "tables",
    "ENTITY_ROWS": "tables",
    "claim_rows": "tables",
    "claims_frame": "tables",
    "claims_part": "tables",
    "copy_sources": "tables",
    "corroboration_by_evidence": "tables",
    "entities_frame": "tables",
    "entity_rows": "tables",
    "entities_part": "tables",
    "quantity_as_stated": "tables",
    "quantity_value": "tables",
    "show_claims": "show",
    "show_entities": "show",
    # charts
    "ClaimDates": "charts",
    "FIG_WIDTH": "charts",
    "FILLS": "charts",
    "GREYS": "charts",
    "HATCHES": "charts",
    "LABEL_BOX": "charts",
    "STYLE": "charts",
    "SourceSections": "charts",
    "TOP_ENTITIES": "charts",
    "UNASSIGNED": "charts",
    "UNASSIGNED_STYLE": "charts",
    "chart_part": "charts",
    "chart_parts": "charts",
    "claim_dates": "charts",
    "claims_timeline_figure": "charts",
    "entity_mentions_figure": "charts",
    "show_charts": "show",
    "drawn_charts": "charts",
    "source_section_shares": "charts",
    "source_sections_figure": "charts",
    "timeline_note": "charts",
    "to_svg": "charts",
}
__all__ = sorted(_NAMES)


def __getattr__(name: str) -> Any:
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'briefbook.presentation' has no attribute {name!r}")
    value = getattr(import_module(f"briefbook.presentation.{module}"), name)
    globals()[name] = value
    return value
