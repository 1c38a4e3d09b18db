"""``reports/<series>/index.html``: every issue of the series, newest first."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

from briefbook.config.window import parse_window
from briefbook.errors import ParamsError
from briefbook.model import (
    Assessment,
    Statement,
    known_published,
)
from briefbook.series.changes import normalise_statement
from briefbook.series.issues import (
    INDEX_TEMPLATE,
    UNREADABLE,
    Issue,
    list_issues,
    read_assessment,
)

# ---------------------------------------------------------------------------
# the series index


def _issue_row(issue: Issue) -> dict[str, Any]:
    manifest = issue.manifest or {}
    params = manifest.get("params") or {}
    assessment: Assessment | None = None
    if (issue.path / "assessment.json").is_file():
        try:
            assessment = read_assessment(issue.path)
        except UNREADABLE:
            assessment = None
    date = str(params.get("date") or issue.date)
    period = ""
    try:
        window = parse_window(params.get("window"))
    except ParamsError:
        window = None
        period = str(params.get("window"))
    if window is not None:
        try:
            period = window.label(dt.date.fromisoformat(date[:10]))
        except ValueError:
            period = window.text
    sources = assessment.sources if assessment else list(manifest.get("sources") or [])
    if not period:
        dates = sorted(str(d)[:10] for s in sources if (d := known_published(s)))
        period = f"sources dated {dates[0]} to {dates[-1]}" if dates else "all sources"
    judgments: list[dict[str, Any]] = []
    seen: set[str] = set()
    for st in assessment.key_judgments if assessment else []:
        key = normalise_statement(st.text)
        if key not in seen:  # a judgment stated twice (a repost) is listed once
            seen.add(key)
            judgments.append(_judgment_line(st))
    return {
        "name": issue.path.name,
        "number": issue.number,
        "run": _run_label(issue),
        "latest": False,
        "date": date,
        "title": str(params.get("title") or (assessment.title if assessment else issue.path.name)),
        "period": period,
        "sources": len(sources),
        "excluded": len(assessment.excluded_sources) if assessment else 0,
        "judgments": judgments,
        "changes": _changes_summary(assessment.changes if assessment else None),
        "html": _link(issue, manifest, ".html"),
        "pdf": _link(issue, manifest, ".pdf"),
        "docx": _link(issue, manifest, ".docx"),
        "classification": str(params.get("classification") or ""),
    }


def _run_label(issue: Issue) -> str:
    """ "run 2 of 2024-12-29" for a rerun of a date; "" for the first run."""
    return f"run {issue.number} of {issue.date}" if issue.number > 1 else ""


def _latest_name(series_dir: Path) -> str:
    """The issue folder the ``latest`` link points to ("" without a link)."""
    link = series_dir / "latest"
    try:
        target = os.readlink(link) if link.is_symlink() else ""
    except OSError:
        return ""
    return Path(target).name


def _judgment_line(st: Statement) -> dict[str, Any]:
    """A key judgment for the index: text without its final stop, the likelihood (shown in
    brackets inside the sentence), the stop, then confidence as a sentence of its own; ICD 203
    never puts a likelihood and a confidence level in one sentence."""
    text = " ".join(st.text.split())
    stop = "."
    if text and text[-1] in ".!?":
        text, stop = text[:-1], text[-1]
    elif re.search("[.!?][\"'\u201d\u2019)\\]]+$", text):
        stop = ""
    return {
        "text": text,
        "stop": stop,
        "likelihood": st.likelihood,
        "confidence": st.confidence,
    }


def _changes_summary(changes: dict[str, Any] | None) -> str:
    if not changes:
        return ""
    if changes.get("first_issue"):
        if changes.get("same_date_issues"):
            return str(changes.get("note") or "No earlier issue to compare with")
        return "First issue of the series"
    parts = []
    for key, one, many in (
        ("new_judgments", "new judgment", "new judgments"),
        ("dropped_judgments", "judgment dropped", "judgments dropped"),
        ("moved", "judgment moved", "judgments moved"),
        ("changed_numbers", "changed number", "changed numbers"),
        ("new_sources", "new source", "new sources"),
    ):
        n = len(changes.get(key) or [])
        if not n:
            continue
        if key == "dropped_judgments" and changes.get("new_judgments"):
            parts.append(f"{n} dropped")  # "3 new judgments, 5 dropped"
        else:
            parts.append(f"{n} {one if n == 1 else many}")
    since = changes.get("previous_date")
    head = f"Changes since {since}: " if since else "Changes: "
    return head + (", ".join(parts) if parts else "none")


def _link(issue: Issue, manifest: dict[str, Any], suffix: str) -> str | None:
    names = [f"briefing{suffix}"]
    outputs = manifest.get("outputs") or {}
    values = outputs.values() if isinstance(outputs, dict) else outputs
    for value in values:
        if isinstance(value, str) and value.endswith(suffix):
            names.append(Path(value).name)
    for name in names:
        if (issue.path / name).is_file():
            return f"{quote(issue.path.name)}/{quote(name)}"
    return None


def render_series_index(series_dir: Path) -> str:
    """The HTML of ``<series_dir>/index.html`` (see :func:`write_series_index`)."""
    import jinja2

    from briefbook.resources import templates_dir

    series_dir = Path(series_dir)
    issues = [i for i in list_issues(series_dir) if i.complete]
    rows = [_issue_row(i) for i in reversed(issues)]  # newest first
    per_date: dict[str, int] = {}
    for i in issues:
        per_date[i.date] = per_date.get(i.date, 0) + 1
    latest = _latest_name(series_dir)
    for issue, row in zip(reversed(issues), rows, strict=True):
        row["latest"] = bool(latest) and row["name"] == latest
        if per_date[issue.date] > 1 and not row["run"]:
            row["run"] = f"run {issue.number} of {issue.date}"
    newest = (issues[-1].manifest or {}).get("params", {}) if issues else {}
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "series")),
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template(INDEX_TEMPLATE).render(
        series=str(newest.get("series") or series_dir.name),
        title=str(newest.get("title") or series_dir.name),
        classification=str(newest.get("classification") or ""),
        issues=rows,
    )


def write_series_index(series_dir: Path) -> Path:
    """Write ``<series_dir>/index.html``: every complete issue, newest first, with its date,
    period, number of sources, key judgments and relative links to its briefing.html,
    briefing.pdf and briefing.docx (those the issue holds). Self-contained (inline CSS, no scripts, no network); source text is
    escaped. Same issues, same bytes.

    Written through a temporary file of its own and a rename: callers that may run at the
    same time as another run of the series hold the series lock around it."""
    series_dir = Path(series_dir)
    html = render_series_index(series_dir)
    target = series_dir / "index.html"
    fd, name = tempfile.mkstemp(prefix=".index-", suffix=".html.tmp", dir=series_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(html)
        os.chmod(name, 0o644)
        os.replace(name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return target
