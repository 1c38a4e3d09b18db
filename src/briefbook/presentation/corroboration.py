"""The corroboration part: claims compared across sources, contradictions first, figures side
by side with the sentences that state them.
"""

from __future__ import annotations

import re
from typing import Any

from briefbook.analysis.quantities import vague_fits
from briefbook.presentation.appendix import at_scale, cited_ids
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.changes import _as_list, _linked, _plain_text, _plain_value
from briefbook.presentation.cites import _SENTENCE_ID

CORROBORATION_SINGLE_CAP = 8  # unmatched rows listed; the rest are counted
# rows listed above SOURCES_IN_FULL sources (every row is in corroboration.csv)
CORROBORATION_ROWS_AT_SCALE = 60
_CORROBORATION_STATUS = ("contradicted", "revised", "corroborated", "unmatched")
_SINGLE = frozenset({"unmatched", "single-source"})  # "single-source" in files of 2026-11
_CORROBORATION_NOTE = (
    "Each figure is followed by the sentences that state it. Figures are compared only "
    "within the same event (same counted thing, time and place when stated). Sources are "
    "counted by independent origin: copies and reposts of one text, and outlets quoting one "
    "originator, count once. "
    "Figures that agree are joined by \u201cand\u201d; \u201cvs\u201d joins figures that "
    "contradict each other; \u201cor\u201d joins figures that can both be true but do not "
    "confirm each other (an open bound such as \u201cat least 50\u201d and a figure far "
    "above it, or two figures of one source). Side A: the sources that report the first figure and those whose "
    "figures agree with it; side B: the sources whose figures do not overlap side A\u2019s. "
    "A vague figure stands for every figure it can plausibly describe ({vague}); it "
    "contradicts only a figure outside that range. Figures of one source never contradict "
    "each other."
)


def _vague_note() -> str:
    """The ranges of ``data/numbers.yaml`` (``vague: fits``) the note quotes."""
    parts = []
    for word in ("dozens", "hundreds", "thousands"):
        fits = vague_fits(word)
        if fits:
            parts.append(f"\u201c{word}\u201d {fits[0]:,.0f} to {fits[1]:,.0f}")
    return "; ".join(parts)


def corroboration_part(b: Briefing) -> dict[str, Any] | None:
    """Quantitative claims compared across independent sources: contradicted rows first,
    then corroborated, then unmatched ones (up to ``CORROBORATION_SINGLE_CAP``, the
    rest counted). Each row shows every distinct figure with links to the appendix
    sentences that state it; agreeing and disagreeing sources by independent group."""
    rows = [r for r in b.assessment.corroboration if isinstance(r, dict)]
    if not rows:
        return None
    linkable = set(cited_ids(b))
    rank = {status: k for k, status in enumerate(_CORROBORATION_STATUS)}
    ordered = sorted(enumerate(rows), key=lambda kr: (rank.get(str(kr[1].get("status")), 1), kr[0]))
    body: list[dict[str, Any]] = []
    singles = cut = 0
    for _, row in ordered:
        if str(row.get("status")) in _SINGLE:
            singles += 1
            if singles > CORROBORATION_SINGLE_CAP:
                continue
        if at_scale(b) and len(body) >= CORROBORATION_ROWS_AT_SCALE:
            cut += 1
            continue
        body.append(_corroboration_row(row, linkable))
    note = _CORROBORATION_NOTE.format(vague=_vague_note())
    if cut:
        note += (
            f" {cut:,} more rows (contradicted and corroborated first) are in "
            "corroboration.csv: the briefing shows the first "
            f"{CORROBORATION_ROWS_AT_SCALE} of a source list this long."
        )
    return {
        "part": "corroboration",
        "id": "corroboration",
        "title": "Corroboration",
        "caption": "Quantitative claims compared across independent sources.",
        "rows": body,
        "more": max(0, singles - CORROBORATION_SINGLE_CAP),
        "note": note,
        "toc": [{"id": "corroboration", "title": "Corroboration"}],
    }


def _corroboration_row(row: dict[str, Any], linkable: set[str]) -> dict[str, Any]:
    status = _plain_text(row.get("status", ""))
    what = _plain_text(row.get("what") or row.get("claim") or "")
    copies = [
        (_plain_text(c.get("source", "")), _plain_text(c.get("copy_of", "")))
        for c in _as_list(row.get("copies"))
        if isinstance(c, dict)
    ]
    inconsistent = [_plain_text(v) for v in _as_list(row.get("inconsistent"))]
    what = _claim_label(row) or what
    figures = _corroboration_figures(row, linkable)
    agreeing = _group_list(row.get("agreeing"), linkable)
    disagreeing = _group_list(row.get("disagreeing"), linkable)
    contradicted = status == "contradicted"
    if contradicted:  # each side names its figures: "S1: 300" against "S2: 200"
        agreeing["figures"] = _side_figures(row, row.get("agreeing"))
        disagreeing["figures"] = _side_figures(row, row.get("disagreeing"))
    return {
        "what": what[:1].upper() + what[1:],
        "figures": figures,
        "joiner": _joiner(status, len(figures), _figure_statuses(row)),
        "agreeing": agreeing,
        "disagreeing": disagreeing,
        "copies": "; ".join(f"{src} is a copy of {of}" for src, of in copies),
        "origins": _origins_note(row),
        "inconsistent": ", ".join(inconsistent),
        "status": status.replace("-", "\u2011"),  # a non-breaking hyphen: one line
        "status_class": status if status in _CORROBORATION_STATUS else "other",
    }


def _figure_statuses(row: dict[str, Any]) -> list[str]:
    """The own status of each distinct figure of ``row`` ("corroborated" when another origin
    shares it, "unmatched" when none does); empty for older rows without ``figures``."""
    return [
        str(f.get("status") or "")
        for f in _as_list(row.get("figures"))
        if isinstance(f, dict) and f.get("status")
    ]


def _joiner(status: str, n_figures: int, figure_statuses: list[str] | None = None) -> str:
    """The word between a row's figures: "vs" when they contradict each other, "and" when they
    confirm each other, "then" when a later report raised the toll, "or" when they neither
    confirm nor contradict ("at least 54" and a
    far larger figure, or two figures of one source). A corroborated row with a figure that
    no other origin shares (one source's "11" confirmed elsewhere beside its own "64") reads
    "or": its figures do not all confirm each other."""
    if status == "contradicted":
        return "vs"
    if status == "revised":
        return "then"  # "11 then 13": a toll raised by a later report
    if n_figures < 2:
        return "and"
    if status == "corroborated" and "unmatched" not in (figure_statuses or []):
        return "and"
    return "or"


def _origins_note(row: dict[str, Any]) -> str:
    """ "2 outlets, 1 origin" when several outlets report one originator's figure; "" else."""
    outlets, origins = row.get("outlets"), row.get("independent_sources")
    if not isinstance(outlets, int) or not isinstance(origins, int) or outlets <= origins:
        return ""
    return f"{outlets} outlets, {origins} origin{'s' if origins != 1 else ''}"


def _claim_label(row: dict[str, Any]) -> str:
    """What a row counts and the event, read naturally: "troops deployed"; the event is left
    out when the counted phrase already names it ("tons of oil shipments", not "tons of oil
    shipments shipped"), and so is the class of no named event ("other": "kilometres", not
    "kilometres other"). "" when the row has no ``counts``."""
    counts = " ".join(_plain_text(row.get("counts") or "").split())
    event = " ".join(_plain_text(row.get("event") or "").split())
    if not counts:
        return ""
    if not event or event == "other" or _names_event(counts, event):
        return counts
    return f"{counts} {event}"


def _names_event(counts: str, event: str) -> bool:
    """Whether the counted phrase already says the event (a cue word of the event from the
    event vocabulary, or a word sharing the event's stem: "shipments" for "shipped")."""
    from briefbook.data import load_data

    words = set(re.findall(r"[a-z]+", counts.lower()))
    cues = load_data("events.yaml").get("events", {}).get(event, []) or []
    if any(str(c).lower() in words for c in cues if " " not in str(c)):
        return True
    stem = re.sub(r"(ped|ed|ing|s)$", "", event.lower())
    return len(stem) >= 4 and any(w.startswith(stem) for w in words)


def _side_figures(row: dict[str, Any], groups: Any) -> str:
    """The figures the given groups report, in row order: "300" or "200; 250"."""
    names = {_plain_text(g) for g in _as_list(groups) if not isinstance(g, dict)}
    out: list[str] = []
    for f in _as_list(row.get("figures")):
        if not isinstance(f, dict) or not names & {
            _plain_text(g) for g in _as_list(f.get("groups"))
        }:
            continue
        text = _plain_text(f.get("figure") if f.get("figure") is not None else "")
        text = text or _plain_value(f.get("quantity"))
        if text and text not in out:
            out.append(text)
    return "; ".join(out)


def _corroboration_figures(row: dict[str, Any], linkable: set[str]) -> list[dict[str, Any]]:
    """Distinct figures with their citations; older rows (no ``figures``) from their
    ``quantities``. In a corroborated row, a figure no other origin confirms is marked
    "(unconfirmed)": "over 270,000 or over 300,000 (unconfirmed)", where the second makes
    the first true but not the other way round; not when its own origin has a confirmed
    figure in the row ("9 people or 40 people": the joiner "or" tells it, one origin's
    second figure)."""
    figures = [f for f in _as_list(row.get("figures")) if isinstance(f, dict)]
    if figures:
        confirmed = {
            str(g)
            for f in figures
            if f.get("status") == "corroborated"
            for g in _as_list(f.get("groups"))
        }
        out = []
        for f in figures:
            text = _plain_text(f.get("figure") if f.get("figure") is not None else "")
            if (
                row.get("status") == "corroborated"
                and f.get("status") == "unmatched"
                and not confirmed & {str(g) for g in _as_list(f.get("groups"))}
            ):
                text = f"{text or _plain_value(f.get('quantity'))} (unconfirmed)"
            elif f.get("status") == "superseded":
                # an earlier figure of a running toll: "65 (superseded) then 99"
                text = f"{text or _plain_value(f.get('quantity'))} (superseded)"
            cites, uncited = _linked(f.get("evidence"), linkable)
            out.append(
                {
                    "text": text or _plain_value(f.get("quantity")),
                    "cites": cites,
                    "uncited": uncited,
                }
            )
        return out
    merged: dict[str, dict[str, Any]] = {}
    for q in _as_list(row.get("quantities")):
        if not isinstance(q, dict):
            continue
        text = _plain_value(q.get("figure") or q.get("quantity"))
        entry = merged.setdefault(text, {"text": text, "evidence": []})
        entry["evidence"] += [e for e in _as_list(q.get("evidence")) if e not in entry["evidence"]]
    out = []
    for entry in merged.values():
        cites, uncited = _linked(entry["evidence"], linkable)
        out.append({"text": entry["text"], "cites": cites, "uncited": uncited})
    return out


def _group_list(value: Any, linkable: set[str]) -> dict[str, Any]:
    """Independent groups as text; a sentence id (older rows) becomes a citation link."""
    names: list[str] = []
    ids: list[str] = []
    for v in _as_list(value):
        v = _plain_text(v.get("id") or v.get("source") or "") if isinstance(v, dict) else v
        v = _plain_text(v)
        if _SENTENCE_ID.match(v):
            ids.append(v)
        elif v and v not in names:
            names.append(v)
    cites, uncited = _linked(ids, linkable)
    return {"text": ", ".join(names + uncited), "cites": cites}
