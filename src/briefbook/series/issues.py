"""The issues of a series on disk: ``reports/<series>/<YYYY-MM-DD>-<slug>[-N]/`` folders with
``manifest.json`` and ``assessment.json``; the previous issue of a date, read back.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefbook.config.limits import limit
from briefbook.contract import read_assessment as _read_contract
from briefbook.model import (
    Assessment,
)

ISSUE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+?)(?:-(\d+))?$")
INDEX_TEMPLATE = "index.html.j2"
# what a corrupt, truncated, absurdly nested or otherwise unreadable assessment.json raises
UNREADABLE = (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError)


# ---------------------------------------------------------------------------
# reading issues


def read_assessment(path: Path) -> Assessment:
    """Read an issue's ``assessment.json`` (file or issue folder) with the one reader of the
    contract (:func:`briefbook.contract.read_assessment`), refused first when larger than
    the limit ``issue_json_bytes``.

    Raises one of :data:`UNREADABLE`: ValueError for a file too large, not JSON or not an
    assessment, RecursionError for absurd nesting, OSError ..."""
    path = Path(path)
    file = path / "assessment.json" if path.is_dir() else path
    size = file.stat().st_size
    if size > limit("issue_json_bytes"):
        raise ValueError(f"{size:,} bytes is more than the limit issue_json_bytes")
    return _read_contract(path)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        if path.stat().st_size > limit("issue_json_bytes"):
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


@dataclass
class Issue:
    """One issue folder of a series."""

    path: Path
    date: str
    number: int  # 1 for the first run of a day, 2 for ``-2`` ...
    manifest: dict[str, Any] | None = None

    @property
    def complete(self) -> bool:
        return (
            self.manifest is not None
            and self.manifest.get("status") == "ok"
            and (self.path / "assessment.json").is_file()
        )


@dataclass
class PreviousIssue:
    path: Path
    date: str
    assessment: Assessment


def list_issues(series_dir: Path) -> list[Issue]:
    """Issue folders of a series, oldest first (by date, then rerun number, then name)."""
    series_dir = Path(series_dir)
    if not series_dir.is_dir():
        return []
    issues = []
    for child in series_dir.iterdir():
        m = ISSUE_RE.match(child.name)
        if not m or child.is_symlink() or not child.is_dir():
            continue
        try:
            dt.date.fromisoformat(m.group(1))
        except ValueError:
            continue
        issues.append(
            Issue(
                path=child,
                date=m.group(1),
                number=int(m.group(3) or 1),
                manifest=_read_json(child / "manifest.json"),
            )
        )
    issues.sort(key=lambda i: (i.date, i.number, i.path.name))
    return issues


def _cutoff(before: str | Path | dt.date | None) -> str | None:
    if before is None:
        return None
    if isinstance(before, dt.date):
        return before.isoformat()
    name = Path(before).name
    m = ISSUE_RE.match(name) or re.match(r"^(\d{4}-\d{2}-\d{2})$", name)
    if not m:
        raise ValueError(f"not an issue folder or date: {before!r}")
    return m.group(1)


def find_previous_issue(
    series_dir: Path, before: str | Path | dt.date | None = None
) -> Path | None:
    """The latest complete issue (manifest status ``ok`` and a readable ``assessment.json``)
    dated strictly before ``before`` (an issue folder name or path, or a date); with
    ``before`` None, the latest complete issue. Reruns of the current date are not
    "previous": comparing a week's issue with an earlier run of itself says nothing."""
    found = load_previous_issue(series_dir, before)
    return found.path if found else None


def load_previous_issue(
    series_dir: Path,
    before: str | Path | dt.date | None = None,
    warn: Callable[[str], object] | None = None,
) -> PreviousIssue | None:
    """Like :func:`find_previous_issue`, with the issue's date and parsed assessment.

    An issue whose ``assessment.json`` cannot be read (corrupt, truncated, absurdly nested,
    too large) is skipped, and ``warn`` (when given) receives one line naming it."""
    cutoff = _cutoff(before)
    for issue in reversed(list_issues(series_dir)):
        if cutoff is not None and issue.date >= cutoff:
            continue
        if not issue.complete:
            continue
        try:
            assessment = read_assessment(issue.path)
        except UNREADABLE as exc:
            if warn is not None:
                reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
                warn(
                    f"skipped the earlier issue {issue.path.name}: its assessment.json cannot "
                    f"be read ({type(exc).__name__}: {reason[:120]})"
                )
            continue
        params = (issue.manifest or {}).get("params") or {}
        if not isinstance(params, dict):
            params = {}
        return PreviousIssue(issue.path, str(params.get("date") or issue.date), assessment)
    return None
