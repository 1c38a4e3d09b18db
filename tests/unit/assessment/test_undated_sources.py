"""A date read only from a file's modification time is no date of the report: an undated
source neither wins nor loses by its file time (recency, staleness, which report leads,
the dates a briefing shows)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.assessment.situation import dated_sources
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import known_published
from briefbook.presentation.cites import date_span

ISSUE = "2025-06-30"

# a dated wire report of the issue's week
CURRENT = """Engineers reopened the Marrow Bridge to lorries on Monday after a three-week closure.

The regional transport office said 300 lorries crossed in the first day.

Drivers will still face checks at the western end of the bridge until further notice.
"""

# a dated report a year older than the issue
STALE = """The Marrow Bridge was closed to heavy traffic after inspectors found cracks in two piers.

The transport office said repairs could take a month.
"""

# an analysis without any date of its own: no header, no dateline
UNDATED = """The reopening of the bridge will likely reshape freight routes across the valley for years.

During the closure 120 lorries were diverted through the northern pass on Tuesday.

Analysts judge that the closure exposed how fragile the valley's single crossing has become.

Hauliers are likely to press the regional government for a second crossing, which would cut transit times sharply.
"""


def _at(path: Path, day: str) -> None:
    stamp = dt.datetime.fromisoformat(f"{day}T12:00:00").timestamp()
    os.utime(path, (stamp, stamp))


def _docs(tmp_path: Path, file_day: str, *, current: bool = True) -> list:
    (tmp_path / "current.txt").write_text(CURRENT, encoding="utf-8")
    (tmp_path / "stale.txt").write_text(STALE, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    _at(tmp_path / "undated.txt", file_day)
    specs = [SourceSpec(path="stale.txt", published="2024-06-03")]
    if current:
        specs.insert(0, SourceSpec(path="current.txt", published="2025-06-28"))
    specs.append(SourceSpec(path="undated.txt"))
    return load_documents(specs, base=tmp_path)


def _texts(statements) -> list[str]:
    return [s.text for s in statements]


def test_a_file_time_is_no_publication_date(tmp_path: Path) -> None:
    docs = _docs(tmp_path, ISSUE)
    undated = docs[-1]
    assert undated.date_origin == "mtime" and undated.published == ISSUE  # what ingest saw
    assert known_published(undated) is None
    assert known_published(undated.source_record()) is None
    assert known_published(docs[0]) == "2025-06-28"
    # never stale by its file time, whatever that is
    for day in (ISSUE, "2019-01-01"):
        docs = _docs(tmp_path, day)
        assert docs[-1].id not in dated_sources(docs, ISSUE, None, 90)
    assert dated_sources(docs, ISSUE, None, 90) == {docs[1].id: "2024-06-03"}


def test_the_file_time_of_an_undated_source_changes_nothing(tmp_path: Path) -> None:
    """The same sources, the undated one's file touched on the issue day or years before:
    the same key judgments, sections and indicators; its statements are never dated."""
    results = []
    for day in (ISSUE, "2019-01-01"):
        a = assess_documents(_docs(tmp_path, day), issue_date=ISSUE)
        every = [s for sec in a.sections for s in sec.statements] + a.key_judgments
        undated = [s for s in every + a.indicators if s.evidence[0].startswith("S3.")]
        assert undated and all(s.dated is None for s in undated)
        results.append(
            (
                _texts(a.key_judgments),
                [_texts(sec.statements) for sec in a.sections],
                _texts(a.indicators),
            )
        )
    assert results[0] == results[1]


def test_a_current_report_leads_an_undated_one_touched_today(tmp_path: Path) -> None:
    a = assess_documents(_docs(tmp_path, ISSUE), issue_date=ISSUE)
    first = a.key_judgments[0]
    assert first.evidence[0].startswith("S1."), _texts(a.key_judgments)
    current = [k.evidence[0].startswith("S1.") for k in a.key_judgments]
    assert current == sorted(current, reverse=True)  # every current one before the rest


def test_without_a_current_report_undated_and_stale_are_weighed_alike(tmp_path: Path) -> None:
    """Nothing known to be of the issue's period: the stale report's news and the undated
    analysis compete by salience; the stale one is marked dated, the undated one not."""
    a = assess_documents(_docs(tmp_path, ISSUE, current=False), issue_date=ISSUE)
    sources = {k.evidence[0].split(".")[0] for k in a.key_judgments}
    assert sources == {"S1", "S2"}, _texts(a.key_judgments)
    for k in a.key_judgments:
        assert (k.dated == "2024-06-03") == k.evidence[0].startswith("S1.")


def test_claims_of_an_undated_source_carry_no_date(tmp_path: Path) -> None:
    a = assess_documents(_docs(tmp_path, ISSUE), issue_date=ISSUE)
    by_source = {c.evidence[0].split(".")[0]: c.published for c in a.claims}
    assert by_source.get("S1") == "2025-06-28"
    undated = [c for c in a.claims if c.evidence[0].startswith("S3.")]
    assert undated and all(c.published is None for c in undated)


def test_the_briefing_shows_an_undated_source_as_undated() -> None:
    records = [
        {"id": "S1", "published": "2024-06-03", "date_origin": "params"},
        {"id": "S2", "published": "2026-12-01", "date_origin": "mtime"},
    ]
    assert date_span(records) == ("2024-06-03", "2024-06-03")
    assert date_span(records[1:]) is None  # shown as "undated"
