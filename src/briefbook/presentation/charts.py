"""Static charts of the briefing (matplotlib, SVG), readable in black and white.

Each chart comes with a title, axis labels and alt text (a sentence listing the values).
Fills are greys with line hatches so the series stay apart when printed on a monochrome
printer. Every figure is 6.4 in wide (constrained layout, no tight bounding box), so all
charts scale alike on the page and their text comes out the same size. SVG text stays real
text and the file carries no date and salted ids: same data, same bytes.

Over 500 lines: three charts and their captions and alt texts, which share one figure style;
a chart per module is the next split.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import matplotlib

matplotlib.use("Agg")

# no pyplot: figures are made and saved without its figure manager and state machine
# (importing matplotlib.pyplot costs about 0.25 CPU-s, paid by a batch's forkserver on the
# path to its workers' first briefings); savefig picks the SVG or PNG canvas by format
from matplotlib import rc_context  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from briefbook.ids import source_of
from briefbook.model import known_published
from briefbook.presentation.appendix import at_scale, cited_ids
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.tables import copy_sources

# (fill, hatch) pairs, all different; line hatches only: dot hatches ("...") become
# thousands of tiny SVG circles, slow to render and heavy to ship
FILLS = (
    ("#4d4d4d", ""),
    ("#d0d0d0", "///"),
    ("#ffffff", "---"),
    ("#8f8f8f", ""),
    ("#ffffff", "xx"),
    ("#262626", ""),
    ("#b3b3b3", "\\\\\\"),
    ("#ffffff", "++"),
    ("#8f8f8f", "///"),
    ("#d0d0d0", "||"),
)
GREYS = tuple(f for f, _ in FILLS)
HATCHES = tuple(h for _, h in FILLS)
UNASSIGNED = "unassigned"
UNASSIGNED_STYLE = {"facecolor": "#ffffff", "hatch": "", "edgecolor": "#222222", "linewidth": 0.6}
TOP_ENTITIES = 12
SOURCES_PER_CHART = 15  # bars of one "sections in each source" chart: one page, legend included
SECTIONS_CHART_MAX_SOURCES = 45  # above this, a compact table instead of charts
FIG_WIDTH = 6.4  # inches; the same for every chart
LABEL_BOX = {"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none"}
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 8.5,
    "axes.edgecolor": "#333333",
    "axes.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "hatch.linewidth": 0.6,
    "hatch.color": "#222222",
    "legend.fontsize": 7.5,
    "legend.title_fontsize": 7.5,
    "legend.frameon": False,
    "svg.fonttype": "none",  # real text: selectable, searchable, and fast for WeasyPrint
    "svg.hashsalt": "briefbook",
    "figure.dpi": 100,
}


def _style(i: int) -> dict[str, Any]:
    fill, hatch = FILLS[i % len(FILLS)]
    return {"facecolor": fill, "hatch": hatch, "edgecolor": "#222222", "linewidth": 0.6}


def _figure(height: float) -> tuple[Figure, Axes]:
    """A figure of the common width whose layout keeps labels and legends inside it: a
    :class:`~matplotlib.figure.Figure` made directly, as ``pyplot.subplots`` makes it
    (same size, layout and axes) but registered with no pyplot figure manager, so nothing
    but its caller holds it (nothing to close)."""
    fig = Figure(figsize=(FIG_WIDTH, height), layout="constrained")
    ax = fig.subplots()
    return fig, ax


def to_svg(fig: Figure, *, close: bool = True) -> str:
    """The figure as deterministic SVG text (no date, fixed ids). ``close``: kept for
    callers of the pyplot days; a figure made here has no pyplot manager to close (a
    figure made with pyplot is closed through it)."""
    buf = io.StringIO()
    with rc_context(STYLE):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    if close:
        _close(fig)
    return buf.getvalue()


def _close(fig: Figure) -> None:
    """Close a figure made with pyplot (an analyst's own) through pyplot, which holds it;
    a figure made here (:func:`_figure`) needs nothing, and pyplot is not imported for it."""
    import sys

    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None and getattr(fig.canvas, "manager", None) is not None:
        pyplot.close(fig)


def to_png(fig: Figure, *, dpi: int = 150) -> str:
    """The figure as base64 PNG (for Word, which takes no SVG), without a software tag."""
    import base64

    buf = io.BytesIO()
    with rc_context(STYLE):
        fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return base64.b64encode(buf.getvalue()).decode("ascii")


# ---------------------------------------------------------------------------- entities


def entity_mentions_figure(b: Briefing, top: int = TOP_ENTITIES) -> tuple[Figure, str] | None:
    """Horizontal bars of the most-mentioned entities, shaded by entity type."""
    entities = sorted(
        b.assessment.entities, key=lambda e: (-(e.mentions or len(e.evidence)), e.name.casefold())
    )[:top]
    if not entities:
        return None
    types = sorted({e.type for e in entities})
    with rc_context(STYLE):
        fig, ax = _figure(0.28 * len(entities) + 1.4)
        names = [_clip(e.name, 34) for e in entities][::-1]
        values = [int(e.mentions or len(e.evidence)) for e in entities][::-1]
        kinds = [e.type for e in entities][::-1]
        for t_index, t in enumerate(types):
            ys = [i for i, k in enumerate(kinds) if k == t]
            ax.barh(ys, [values[i] for i in ys], height=0.66, label=_clip(t, 24), **_style(t_index))
        ax.set_yticks(range(len(names)), names)
        ax.set_xlabel("Mentions in the sources")
        ax.set_ylabel("Entity")
        ax.set_title("Most-mentioned entities, by type")
        ax.xaxis.get_major_locator().set_params(integer=True)
        # room right of the longest bar for its label, which sits outside the bar end
        ax.set_xlim(0, max(values) * 1.14 + 1)
        ax.set_ylim(-0.6, len(values) - 0.4)
        for i, v in enumerate(values):
            ax.annotate(
                str(v),
                (v, i),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                ha="left",
                fontsize=7.5,
                bbox=LABEL_BOX,
            )
        fig.legend(title="Entity type", loc="outside lower center", ncols=min(len(types), 6))
    alt = (
        "Horizontal bar chart of the most-mentioned entities: "
        + "; ".join(f"{e.name} ({e.type}) {int(e.mentions or len(e.evidence))}" for e in entities)
        + "."
    )
    return fig, alt


# ---------------------------------------------------------------------------- sections


@dataclass
class SourceSections:
    """How the sentences of one source fall into the sections (counts and % shares)."""

    source: str
    label: str
    total: int
    counts: dict[str, int] = field(default_factory=dict)  # section key -> sentences
    shares: dict[str, float] = field(default_factory=dict)  # section key -> % of ``total``


def source_section_shares(b: Briefing) -> tuple[list[tuple[str, str]], list[SourceSections]]:
    """The section columns ``(key, title)`` and one row per source, in source order.

    Columns follow the schema order, then any section key the schema lacks, then
    ``unassigned`` (sentences no section took). Shares are percentages of the source's
    sentences and sum to 100 for every source that has sentences.
    """
    a = b.assessment
    columns = [(s.key, s.title) for s in a.sections]
    known = {k for k, _ in columns}
    by_source: dict[str, Counter[str]] = {}
    for sentence in a.sentences:
        key = sentence.section or UNASSIGNED
        by_source.setdefault(sentence.source, Counter())[key] += 1
    extra = sorted({k for c in by_source.values() for k in c} - known - {UNASSIGNED})
    columns += [(k, k) for k in extra]
    columns.append((UNASSIGNED, UNASSIGNED))
    source_ids = [str(s.get("id")) for s in a.sources]
    source_ids += sorted(set(by_source) - set(source_ids))
    records = {str(s.get("id")): s for s in a.sources}
    rows = []
    for sid in source_ids:
        counts = by_source.get(sid, Counter())
        total = sum(counts.values())
        rows.append(
            SourceSections(
                source=sid,
                label=_source_label(sid, records.get(sid, {})),
                total=total,
                counts={k: counts[k] for k, _ in columns},
                shares={k: (100 * counts[k] / total if total else 0.0) for k, _ in columns},
            )
        )
    return columns, rows


def _source_label(sid: str, record: dict[str, Any]) -> str:
    name = record.get("label") or record.get("title") or ""
    return f"{sid} \u00b7 {_clip(name, 34)}" if name else sid


def _section_alt(columns: list[tuple[str, str]], rows: list[SourceSections]) -> str:
    parts = []
    for r in rows:
        if not r.total:
            parts.append(f"{r.source}: no sentences")
            continue
        shares = ", ".join(
            f"{title} {_percent(r.shares[key])} ({r.counts[key]})"
            for key, title in columns
            if r.counts[key]
        )
        parts.append(f"{r.source} ({r.total} sentences): {shares}")
    return (
        "Stacked bar chart of how the sentences of each source fall into the sections: "
        + "; ".join(parts)
        + "."
    )


def source_sections_figure(
    b: Briefing, rows: list[SourceSections] | None = None
) -> tuple[Figure, str] | None:
    """100 % stacked bars: one bar per source, split by the section its sentences fall in.

    ``rows``: the sources to draw (default: all); the legend and the fills are those of all
    the sources' sections, so the charts of one briefing's chunks read alike."""
    columns, all_rows = source_section_shares(b)
    rows = all_rows if rows is None else rows
    if not any(r.total for r in rows):
        return None
    # a section keeps its fill (by schema position) whichever sections are used
    used = [(i, k, t) for i, (k, t) in enumerate(columns) if any(r.counts[k] for r in all_rows)]
    with rc_context(STYLE):
        fig, ax = _figure(0.38 * len(rows) + 1.9)
        ys = range(len(rows))[::-1]  # first source on top
        left = [0.0] * len(rows)
        for c_index, key, title in used:
            widths = [r.shares[key] for r in rows]
            style = UNASSIGNED_STYLE if key == UNASSIGNED else _style(c_index)
            ax.barh(ys, widths, left=left, height=0.62, label=_clip(title, 28), **style)
            for y, x0, w in zip(ys, left, widths, strict=True):
                if w >= 9:
                    ax.text(
                        x0 + w / 2,
                        y,
                        f"{round(w)}%",
                        ha="center",
                        va="center",
                        fontsize=7,
                        bbox=LABEL_BOX,
                    )
            left = [x + w for x, w in zip(left, widths, strict=True)]
        for y, r in zip(ys, rows, strict=True):
            if not r.total:
                ax.text(1, y, "no sentences", va="center", fontsize=7.5, style="italic")
        ax.set_yticks(list(ys), [r.label for r in rows])
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.6, len(rows) - 0.4)
        ax.set_xlabel("Share of the source's sentences (%)")
        ax.set_ylabel("Source")
        ax.set_title("How much of each source falls in each section")
        fig.legend(title="Section", loc="outside lower center", ncols=min(len(used), 4))
    return fig, _section_alt(columns, rows)


def source_sections_table(b: Briefing) -> dict[str, Any]:
    """The compact form for many sources: one row per source, its sentences and the share
    of them in each section (a table part; the same numbers the chart draws)."""
    from briefbook.presentation.cites import cell_refs, cell_text

    columns, rows = source_section_shares(b)
    total = len(rows)
    if at_scale(b):  # the sources the appendix lists; every sentence's section: sentences.csv
        listed = {source_of(i) for i in cited_ids(b)}
        rows = [r for r in rows if r.source in listed]
    used = [(k, t) for k, t in columns if any(r.counts[k] for r in rows)]
    body = [
        [cell_refs(r.source), cell_text(r.total, numeric=True)]
        + [
            cell_text(_percent(r.shares[k]) if r.counts[k] else "\u2013", numeric=True)
            for k, _ in used
        ]
        for r in rows
    ]
    return {
        "part": "table",
        "id": "chart-sections",
        "title": "Sections in each source",
        "caption": f"How much of each of the {len(rows)} sources falls in each section: the share "
        "of the source's sentences placed in each section (see Sources); \u201cunassigned\u201d "
        "sentences went to no section. A table, not a chart, above "
        f"{SECTIONS_CHART_MAX_SOURCES} sources.",
        "columns": [{"label": "Source"}, {"label": "Sentences", "num": True}]
        + [{"label": t, "num": True} for _, t in used],
        "rows": body,
        "empty_text": "The sources have no sentences to place in sections.",
        "note": ""
        if len(rows) == total
        else f"Only the {len(rows):,} sources this briefing cites, of {total:,}; the section of "
        "every sentence is in sentences.csv.",
        "dense": True,
        "toc": [],
    }


def _percent(share: float) -> str:
    """A share as a whole percentage; a share that rounds to 0 reads "<1%"."""
    return "<1%" if 0 < share < 0.5 else f"{round(share)}%"


# ---------------------------------------------------------------------------- timeline


@dataclass
class ClaimDates:
    """Quantitative claims per publication date, and what could not be dated."""

    by_date: dict[str, Counter[str]]  # YYYY-MM-DD -> {"plain": n, "hedged": n}
    dated_sources: list[tuple[str, str]]  # (source id, date)
    undated_sources: list[str]
    undated_claims: int
    copies: dict[str, str] = field(default_factory=dict)  # copy source -> original
    copy_claims: int = 0  # claims of copies, counted once with their original


def claim_dates(b: Briefing) -> ClaimDates:
    """Claims counted by the publication date of their source (or their own date); each
    independent group counts once: a claim of a copy of another source's text is left out
    (its original's claim is counted)."""
    a = b.assessment
    published = {str(s.get("id")): known_published(s) for s in a.sources}
    copies = copy_sources(b)
    by_date: dict[str, Counter[str]] = {}
    undated = 0
    copied = 0
    for claim in a.claims:
        if claim.evidence and source_of(claim.evidence[0]) in copies:
            copied += 1
            continue
        date = claim.published
        if not date and claim.evidence:
            date = published.get(source_of(claim.evidence[0]))
        if not date:
            undated += 1
            continue
        by_date.setdefault(str(date)[:10], Counter())["hedged" if claim.hedged else "plain"] += 1
    return ClaimDates(
        by_date=dict(sorted(by_date.items())),
        dated_sources=[(sid, str(d)[:10]) for sid, d in published.items() if d],
        undated_sources=[sid for sid, d in published.items() if not d],
        undated_claims=undated,
        copies={k: copies[k] for k in sorted(copies, key=_source_key)},
        copy_claims=copied,
    )


def _source_key(sid: str) -> tuple[int, str]:
    digits = sid[1:]
    return (int(digits), sid) if digits.isdigit() else (10**9, sid)


def _copies_text(dates: ClaimDates) -> str:
    """ "2 claims of copies (S3, copy of S2) are counted once, with their original." or ""."""
    if not dates.copy_claims:
        return ""
    named = ", ".join(f"{c}, copy of {o}" for c, o in dates.copies.items())
    n = dates.copy_claims
    return (
        f" {n} claim{'s' if n > 1 else ''} of {'copies' if len(dates.copies) > 1 else 'a copy'}"
        f" ({named}) {'are' if n > 1 else 'is'} counted once, with the original."
    )


def timeline_note(dates: ClaimDates) -> str:
    """Why the timeline is missing (empty string when it can be drawn)."""
    if len(dates.by_date) >= 2:
        return ""
    dated = ", ".join(f"{sid} ({d})" for sid, d in dates.dated_sources)
    undated = ", ".join(dates.undated_sources)
    if not dates.by_date and not dates.dated_sources:
        why = "no source carries a publication date"
    elif not dates.by_date:
        why = f"the dated sources, {dated}, state no quantitative claims"
    elif len(dates.dated_sources) == 1:
        sid, day = dates.dated_sources[0]
        why = f"only {sid} carries a publication date ({day})"
    else:
        why = f"all the dated claims fall on {next(iter(dates.by_date))} (dated: {dated})"
    text = f"No timeline: it needs claims on at least two publication dates, and {why}."
    if undated:
        text += (
            f" Without a date: {undated}; give these sources a \u201cpublished:\u201d date in the params"
            " to place their claims in time."
        )
    return text


def claims_timeline_figure(b: Briefing) -> tuple[Figure, str] | None:
    """Quantitative claims per publication date, hedged and unhedged; None under two dates."""
    dates_of = claim_dates(b)
    if len(dates_of.by_date) < 2:
        return None
    dates = list(dates_of.by_date)
    plain = [dates_of.by_date[d]["plain"] for d in dates]
    hedged = [dates_of.by_date[d]["hedged"] for d in dates]
    with rc_context(STYLE):
        fig, ax = _figure(2.9)
        xs = range(len(dates))
        width = 0.6 if len(dates) > 3 else 0.4
        ax.bar(xs, plain, width=width, label="stated plainly", **_style(1))
        ax.bar(xs, hedged, width=width, bottom=plain, label="hedged", **_style(3))
        for x, p, h in zip(xs, plain, hedged, strict=True):
            ax.annotate(
                str(p + h),
                (x, p + h),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=7.5,
            )
        tilt = len(dates) > 6
        ax.set_xticks(list(xs), dates, rotation=30 if tilt else 0, ha="right" if tilt else "center")
        ax.set_xlabel("Publication date of the source")
        ax.set_ylabel("Quantitative claims")
        ax.set_title("Quantitative claims over time")
        ax.set_ylim(0, max(p + h for p, h in zip(plain, hedged, strict=True)) * 1.18 + 0.2)
        ax.yaxis.get_major_locator().set_params(integer=True)
        fig.legend(loc="outside lower center", ncols=2)
    alt = (
        "Bar chart of quantitative claims per publication date: "
        + "; ".join(
            f"{d} {p + h} ({h} hedged)" for d, p, h in zip(dates, plain, hedged, strict=True)
        )
        + "."
    )
    if dates_of.undated_claims:
        alt += f" {dates_of.undated_claims} claims from undated sources are not shown."
    alt += _copies_text(dates_of)
    return fig, alt


def _timeline_caption(dates: ClaimDates) -> str:
    caption = "Quantitative claims by the publication date of their source."
    if dates.undated_claims and dates.undated_sources:
        caption += (
            f" Left out: {dates.undated_claims} claims from sources without a date"
            f" ({', '.join(dates.undated_sources)})."
        )
    return caption + _copies_text(dates)


# ---------------------------------------------------------------------------- parts


def chart_part(
    chart_id: str,
    title: str,
    made: tuple[Figure, str] | None,
    empty_text: str,
    caption: str = "",
    *,
    png: bool = True,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A chart part and the extra mime data of its bundle: the SVG (what HTML and PDF
    show) and, with ``png``, a base64 PNG (what Word documents show)."""
    part = {
        "part": "chart",
        "id": chart_id,
        "title": title,
        "caption": caption,
        "alt": "",
        "empty_text": empty_text,
        "toc": [],
    }
    if made is None:
        return part, {}
    fig, alt = made
    part["alt"] = alt
    extra = {"image/svg+xml": to_svg(fig, close=False)}
    if png:
        extra["image/png"] = to_png(fig)
    _close(fig)
    return part, extra


def chart_parts(b: Briefing, *, png: bool = True) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every chart of the briefing in reading order: ``(part, extra mime data)`` pairs
    (see :func:`chart_part`)."""
    dates = claim_dates(b)
    return [
        chart_part(
            "chart-entities",
            "Entity mentions by type",
            entity_mentions_figure(b),
            "The sources name no entities.",
            "The most-mentioned entities; the fill shows the entity type.",
            png=png,
        ),
        *section_parts(b, png=png),
        chart_part(
            "chart-timeline",
            "Claims over time",
            claims_timeline_figure(b),
            timeline_note(dates),
            _timeline_caption(dates),
            png=png,
        ),
    ]


def drawn_charts(b: Briefing, *, png: bool = False) -> list[dict[str, Any]]:
    """The charts drawn now, as the briefing notebook's ``charts`` parameter takes them:
    ``[{"part": dict, "extra": {"image/svg+xml": str, ...}}]`` (plain JSON; ``png`` adds
    the PNG that Word output needs)."""
    return [{"part": part, "extra": extra} for part, extra in chart_parts(b, png=png)]


def section_parts(b: Briefing, *, png: bool = True) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The "sections in each source" chart: one chart up to ``SOURCES_PER_CHART`` sources,
    charts of that many sources each (S1-S15, S16-S30, ...) up to
    ``SECTIONS_CHART_MAX_SOURCES``, a compact table above: every source appears, each chart
    fits on a page above the footer, with its legend."""
    empty = "The sources have no sentences to place in sections."
    caption = (
        "How much of each source falls in each section: the share of the source's "
        "sentences placed in each section (S1, S2, ...; see Sources); "
        "\u201cunassigned\u201d sentences went to no section."
    )
    _, rows = source_section_shares(b)
    if len(rows) > SECTIONS_CHART_MAX_SOURCES:
        return [(source_sections_table(b), {})]
    if len(rows) <= SOURCES_PER_CHART:
        made = source_sections_figure(b)
        return [
            chart_part("chart-sections", "Sections in each source", made, empty, caption, png=png)
        ]
    chunks = [rows[i : i + SOURCES_PER_CHART] for i in range(0, len(rows), SOURCES_PER_CHART)]
    out = []
    for n, chunk in enumerate(chunks, 1):
        span = f"{chunk[0].source}\u2013{chunk[-1].source}"
        out.append(
            chart_part(
                "chart-sections" if n == 1 else f"chart-sections-{n}",
                f"Sections in each source, {span} ({n} of {len(chunks)})",
                source_sections_figure(b, chunk),
                f"Sources {span} have no sentences to place in sections.",
                caption,
                png=png,
            )
        )
    return out


def _clip(text: str, limit: int) -> str:
    """Shortened text for a chart label; ``$`` escaped so matplotlib never reads mathtext."""
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "\u2026"
    return text.replace("$", r"\$")
