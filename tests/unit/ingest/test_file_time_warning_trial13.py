"""A source with no date of its own whose file time is after the issue date (seen in a
new-analyst trial making a past issue from files copied today): the warning says it is
undated and how to date it, never that the report is dated by its file time."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from briefbook.ingest import load_documents


def test_a_file_time_after_the_issue_is_no_date_of_the_report(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Ferry services across the lake resumed after a week of storms.\n")
    stamp = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    (doc,) = load_documents([path], issue_date=dt.date(2025, 5, 12))
    assert doc.date_origin == "mtime"
    warned = [w for w in doc.warnings if "after the issue date" in w]
    assert len(warned) == 1
    assert warned[0].startswith("undated: its file time")
    assert "published" in warned[0]
    assert not any(w.startswith("dated ") for w in doc.warnings)
