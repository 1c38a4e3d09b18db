"""Static charts of the briefing (matplotlib, SVG), readable in black and white.

Each chart comes with a title, axis labels and alt text (a sentence listing the values).
Fills are greys with hatches so the series stay apart when printed on a monochrome printer.
SVG text is drawn as paths and the file carries no date: same data, same bytes.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from briefbook.display import Briefing, heading_part, show, source_of  # noqa: E402

GREYS = ("#4d4d4d", "#d0d0d0", "#ffffff", "#8f8f8f", "#ffffff", "#262626", "#b3b3b3", "#ffffff")
# line hatches only: dot hatches ("...") become thousands of tiny SVG circles, slow to render
HATCHES = ("", "///", "---", "", "xx", "", "\\\\\\", "++")
TOP_ENTITIES = 12
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
    "legend.frameon": False,
    "svg.fonttype": "none",  # real text: selectable, searchable, and fast for WeasyPrint
    "svg.hashsalt": "briefbook",
    "figure.dpi": 100,
}


def _style(i: int) -> dict[str, Any]:
    return {
        "facecolor": GREYS[i % len(GREYS)],
        "hatch": HATCHES[i % len(HATCHES)],
        "edgecolor": "#222222",
        "linewidth": 0.6,
    }


def to_svg(fig: Figure) -> str:
    """The figure as deterministic SVG text (no date, fixed ids), then closed."""
    buf = io.StringIO()
    with plt.rc_context(STYLE):
        fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


# ---------------------------------------------------------------------------- entities


def entity_mentions_figure(b: Briefing, top: int = TOP_ENTITIES) -> tuple[Figure, str] | None:
    """Horizontal bars of the most-mentioned entities, shaded by entity type."""
    entities = sorted(
        b.assessment.entities, key=lambda e: (-(e.mentions or len(e.evidence)), e.name.casefold())
    )[:top]
    if not entities:
        return None
    types = sorted({e.type for e in entities})
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(6.4, 0.28 * len(entities) + 1.0))
        names = [_clip(e.name, 34) for e in entities][::-1]
        values = [int(e.mentions or len(e.evidence)) for e in entities][::-1]
        kinds = [e.type for e in entities][::-1]
        for t_index, t in enumerate(types):
            ys = [i for i, k in enumerate(kinds) if k == t]
            ax.barh(ys, [values[i] for i in ys], height=0.66, label=_clip(t, 24), **_style(t_index))
        ax.set_yticks(range(len(names)), names)
        ax.set_xlabel("Mentions in the sources")
        ax.set_title("Most-mentioned entities, by type")
        ax.xaxis.get_major_locator().set_params(integer=True)
        for i, v in enumerate(values):
            ax.text(v, i, f" {v}", va="center", fontsize=7.5)
        ax.legend(title="Entity type", loc="lower right", title_fontsize=7.5)
        ax.margins(x=0.12)
    alt = (
        "Horizontal bar chart of the most-mentioned entities: "
        + "; ".join(f"{e.name} ({e.type}) {int(e.mentions or len(e.evidence))}" for e in entities)
        + "."
    )
    return fig, alt


# ---------------------------------------------------------------------------- sections


def section_sources_figure(b: Briefing) -> tuple[Figure, str] | None:
    """100 % stacked bars: the share of each source in the evidence of each section."""
    a = b.assessment
    source_ids = [str(s.get("id")) for s in a.sources]
    labels = {str(s.get("id")): str(s.get("id")) for s in a.sources}
    rows: list[tuple[str, Counter[str]]] = []
    for section in a.sections:
        counts: Counter[str] = Counter()
        for statement in section.statements:
            for ev in statement.evidence:
                counts[source_of(ev)] += 1
        rows.append((section.title, counts))
    if not source_ids or not any(c for _, c in rows):
        return None
    extra = sorted({k for _, c in rows for k in c} - set(source_ids))
    source_ids += extra
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(6.4, 0.36 * len(rows) + 1.3))
        titles = [_clip(t, 30) for t, _ in rows][::-1]
        shares = []
        for _, counts in rows[::-1]:
            total = sum(counts.values())
            shares.append([100 * counts[s] / total if total else 0 for s in source_ids])
        left = [0.0] * len(rows)
        for s_index, sid in enumerate(source_ids):
            widths = [row[s_index] for row in shares]
            ax.barh(
                range(len(rows)),
                widths,
                left=left,
                height=0.62,
                label=_clip(labels.get(sid, sid), 24),
                **_style(s_index),
            )
            left = [x + w for x, w in zip(left, widths, strict=True)]
        for i, (_, counts) in enumerate(rows[::-1]):
            if not counts:
                ax.text(1, i, "no reporting", va="center", fontsize=7.5, style="italic")
        ax.set_yticks(range(len(titles)), titles)
        ax.set_xlim(0, 100)
        ax.set_xlabel("Share of the section's cited sentences (%)")
        ax.set_title("Share of each source in each section")
        ax.legend(
            title="Source",
            loc="upper center",
            bbox_to_anchor=(0.5, -0.22),
            ncol=min(len(source_ids), 6),
            title_fontsize=7.5,
        )
    parts = []
    for title, counts in rows:
        total = sum(counts.values())
        if not total:
            parts.append(f"{title}: no reporting")
            continue
        shares_text = ", ".join(
            f"{s} {round(100 * counts[s] / total)}%" for s in source_ids if counts[s]
        )
        parts.append(f"{title}: {shares_text}")
    alt = "Stacked bar chart of the share of each source in each section: " + "; ".join(parts) + "."
    return fig, alt


# ---------------------------------------------------------------------------- timeline


def claims_timeline_figure(b: Briefing) -> tuple[Figure, str] | None:
    """Quantitative claims per publication date, hedged and unhedged; None under two dates."""
    a = b.assessment
    published = {str(s.get("id")): s.get("published") for s in a.sources}
    by_date: dict[str, Counter[str]] = {}
    for claim in a.claims:
        date = claim.published
        if not date and claim.evidence:
            date = published.get(source_of(claim.evidence[0]))
        if not date:
            continue
        by_date.setdefault(str(date)[:10], Counter())["hedged" if claim.hedged else "plain"] += 1
    if len(by_date) < 2:
        return None
    dates = sorted(by_date)
    plain = [by_date[d]["plain"] for d in dates]
    hedged = [by_date[d]["hedged"] for d in dates]
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(6.4, 2.8))
        xs = range(len(dates))
        ax.bar(xs, plain, width=0.6, label="stated plainly", **_style(1))
        ax.bar(xs, hedged, width=0.6, bottom=plain, label="hedged", **_style(3))
        ax.set_xticks(
            list(xs),
            dates,
            rotation=30 if len(dates) > 6 else 0,
            ha="right" if len(dates) > 6 else "center",
        )
        ax.set_xlabel("Publication date of the source")
        ax.set_ylabel("Quantitative claims")
        ax.set_title("Quantitative claims over time")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(loc="upper left")
    alt = (
        "Bar chart of quantitative claims per publication date: "
        + "; ".join(
            f"{d} {p + h} ({h} hedged)" for d, p, h in zip(dates, plain, hedged, strict=True)
        )
        + "."
    )
    return fig, alt


# ---------------------------------------------------------------------------- parts


def chart_part(
    chart_id: str, title: str, made: tuple[Figure, str] | None, empty_text: str, caption: str = ""
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A chart part and the extra mime data (the SVG) of its bundle."""
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
    return part, {"image/svg+xml": to_svg(fig)}


def chart_parts(b: Briefing) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [
        chart_part(
            "chart-entities",
            "Entity mentions by type",
            entity_mentions_figure(b),
            "The sources name no entities.",
            "The most-mentioned entities; the fill shows the entity type.",
        ),
        chart_part(
            "chart-sections",
            "Sources behind each section",
            section_sources_figure(b),
            "No section cites the sources yet.",
            "How much of each section's evidence comes from each source (S1, S2, ...; see Sources).",
        ),
        chart_part(
            "chart-timeline",
            "Claims over time",
            claims_timeline_figure(b),
            "Fewer than two publication dates among the sources: no timeline.",
            "Quantitative claims by the publication date of their source.",
        ),
    ]


def show_charts(b: Briefing) -> None:
    show(heading_part("charts", "Charts"))
    for part, extra in chart_parts(b):
        show(part, extra)


def _clip(text: str, limit: int) -> str:
    """Shortened text for a chart label; ``$`` escaped so matplotlib never reads mathtext."""
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "\u2026"
    return text.replace("$", r"\$")
