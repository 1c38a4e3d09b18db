"""Periodic briefings: the window of an issue, what changed since the last one, the index.

A *series* is ``reports/<series>/``; each *issue* is a folder ``<YYYY-MM-DD>-<slug>``
(``-2``, ``-3`` ... for reruns of one day) holding ``manifest.json`` and
``assessment.json``. Typical use by ``briefbook run``::

    docs = load_documents(specs, base)
    kept, excluded = select_window(docs, params.window, today=date.fromisoformat(params.date))
    assessment = assess_documents(renumber(kept), ...)  # corroborated inside
    assessment.excluded_sources = excluded
    previous = load_previous_issue(series_dir, before=params.date)
    assessment.changes = (
        compare_assessments(previous.assessment, assessment, previous_date=previous.date)
        if previous else first_issue_changes(series_dir, before=params.date)
    )
    ...publish the issue folder...
    write_series_index(series_dir)
"""

from __future__ import annotations

from briefbook.config.window import Window, parse_window
from briefbook.series.changes import compare_assessments, first_issue_changes
from briefbook.series.index import write_series_index
from briefbook.series.issues import (
    Issue,
    PreviousIssue,
    find_previous_issue,
    list_issues,
    load_previous_issue,
    read_assessment,
)
from briefbook.series.window import renumber, select_window

__all__ = [
    "Issue",
    "PreviousIssue",
    "Window",
    "compare_assessments",
    "find_previous_issue",
    "first_issue_changes",
    "list_issues",
    "load_previous_issue",
    "parse_window",
    "read_assessment",
    "renumber",
    "select_window",
    "write_series_index",
]
