"""The briefing to present: an assessment (loaded from ``assessment.json`` or computed from
sources) with the issue's params (title, marking, analyst, date, page size) and the previous
issue to compare with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefbook.config.params import PAGE_SIZES
from briefbook.model import Assessment


@dataclass
class Briefing:
    """One issue: the assessment plus what the cover and the page furniture print.

    ``charts``: the chart parts already drawn, as ``(part, extra mime data)`` pairs
    (:func:`briefbook.presentation.charts.drawn_charts`); None: drawn when shown."""

    assessment: Assessment
    title: str
    series: str = ""
    classification: str = "UNCLASSIFIED"
    analyst: str = ""
    date: str = ""
    page_size: str = "A4"
    schema: str = "conflict"
    charts: list[tuple[dict[str, Any], dict[str, Any]]] | None = None

    def __post_init__(self) -> None:
        self.classification = " ".join(str(self.classification).split()) or "UNCLASSIFIED"
        if self.page_size not in PAGE_SIZES:
            from briefbook.errors import ParamsError

            raise ParamsError(
                f"page size {self.page_size!r} is not supported",
                key="page_size",
                hint="use A4 or Letter",
            )
        if not self.date:
            self.date = str(self.assessment.meta.get("date") or dt.date.today().isoformat())


# ---------------------------------------------------------------------------- preparing


def prepare_briefing(
    *,
    title: str,
    series: str = "",
    sources: Sequence[Any] = (),
    schema: str = "conflict",
    classification: str = "UNCLASSIFIED",
    analyst: str = "",
    date: str = "",
    page_size: str = "A4",
    assessment_path: str | Path = "",
    previous_path: str | Path = "",
    base: Path | None = None,
    charts: Sequence[dict[str, Any]] = (),
) -> Briefing:
    """The notebook's one call: load (or compute) the assessment and wrap it for display.

    ``charts``: the charts ``briefbook run`` drew (its ``charts`` notebook parameter: a list
    of ``{"part": dict, "extra": {mime type: data}}``); empty: they are drawn here, when
    shown (matplotlib is imported then)."""
    base = Path(base) if base is not None else Path.cwd()
    if assessment_path:
        assessment = load_assessment(_resolve(assessment_path, base))
    else:
        assessment = compute_assessment(sources, schema=schema, title=title, base=base)
    if previous_path and assessment.changes is None:
        previous = load_assessment(_resolve(previous_path, base))
        assessment.changes = compare_with_previous(previous, assessment)
    elif assessment.changes is None and not assessment_path:
        # computed here with no previous issue: a first issue, as briefbook run says
        from briefbook.series import first_issue_changes

        assessment.changes = first_issue_changes()
    if not assessment_path:
        assessment.meta.setdefault("series", series)
        if date:
            assessment.meta.setdefault("date", date)
    return Briefing(
        assessment=assessment,
        title=title or assessment.title,
        series=series,
        classification=classification,
        analyst=analyst,
        date=date,
        page_size=page_size,
        schema=schema or assessment.schema_name,
        charts=[(dict(c["part"]), dict(c.get("extra") or {})) for c in charts] if charts else None,
    )


def load_assessment(path: Path) -> Assessment:
    """Read an ``assessment.json`` written by ``briefbook run`` or ``briefbook assess``."""
    from briefbook.contract import read_assessment
    from briefbook.errors import InputError

    try:
        return read_assessment(Path(path))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"cannot read the assessment {Path(path).name}: {exc}",
            hint="pass the assessment.json written by briefbook run or briefbook assess",
        ) from exc


def compute_assessment(
    sources: Sequence[Any], *, schema: str, title: str, base: Path
) -> Assessment:
    """Run the offline engine on ``sources`` (paths or ``{path, label, ...}`` dicts)."""
    from briefbook.assessment.build import assess

    return assess(source_specs(sources), schema=schema, title=title or None, base=base)


def source_specs(sources: Sequence[Any]) -> list[Any]:
    """Paths stay paths; dicts become ingest ``SourceSpec`` objects."""
    if isinstance(sources, str | Path):
        sources = [sources]
    specs: list[Any] = []
    for item in sources:
        if isinstance(item, dict):
            from dataclasses import fields

            from briefbook.ingest import SourceSpec

            known = {f.name for f in fields(SourceSpec)}
            specs.append(SourceSpec(**{k: v for k, v in item.items() if k in known}))
        else:
            specs.append(item)
    return specs


def compare_with_previous(previous: Assessment, current: Assessment) -> dict[str, Any]:
    """Changes since the previous issue (see :func:`briefbook.series.compare_assessments`)."""
    from briefbook.series import compare_assessments

    return compare_assessments(previous, current)


def _resolve(path: str | Path, base: Path) -> Path:
    p = Path(path)
    return p if p.is_absolute() else base / p
