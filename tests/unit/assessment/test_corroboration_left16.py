"""Corroboration kinds left over from the last session (invented reports, no third-party
text):

* a campaign's running total ("the campaign has now killed 64 people") is its own scope, a
  count of many incidents: never in the row of one strike's toll;
* a revision ("12, then 19") needs evidence of time: reports of different publication days.
  Undated reports (whose only day is the file's modification time) tell no order, so their
  differing tolls are never shown as revised; dated reports two days apart still are.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment.corroboration import corroborate
from briefbook.ingest import load_documents
from briefbook.model import known_published
from builders import claims_assessment, dated_reports, originators_of


def _rows(docs: list, event: str) -> list[dict]:
    claims = [
        c
        for d in docs
        for s in d.sentences
        for c in find_claims(
            s.text, s.id, published=known_published(d), attributed_to=originators_of(s.text)[0]
        )
    ]
    return [r for r in corroborate(claims_assessment(docs, claims)) if r["event"] == event]


def _lows(row: dict) -> list[float]:
    return sorted(f["low"] for f in row["figures"])


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike on a fishing boat off Kesh killed three people on Monday, officials "
        "said. The campaign has now killed 64 people, the ministry said.",
        "A drone strike on a speedboat killed four people on Tuesday, the navy said. The "
        "operation has now killed 40 people, the navy said.",
        "A strike on a smuggling boat killed two people, officials said. The military campaign "
        "had killed 57 people by then, the officials added.",
    ],
)
def test_a_campaign_total_is_never_in_one_strikes_row(tmp_path: Path, text: str) -> None:
    rows = _rows(dated_reports(tmp_path, [("2026-03-10", text)]), "killed")
    assert all(len(r["figures"]) == 1 for r in rows), [_lows(r) for r in rows]
    assert len(rows) == 2, rows


_EARLY = "A missile strike on the bus depot in Orvia killed 12 civilians, the governor said."
_LATE = "A missile strike on the bus depot in Orvia killed 19 civilians, the governor said."


def _undated(folder: Path, texts: list[str], days_apart: int) -> list:
    """Reports with no date of their own, their files touched ``days_apart`` days apart."""
    paths = []
    now = time.time()
    for i, text in enumerate(texts):
        path = folder / f"undated{i}.txt"
        path.write_text(f"Title: Report {i}\n\n{text}\n", encoding="utf-8")
        stamp = now - (len(texts) - i) * days_apart * 86400
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return load_documents(paths)


def test_undated_reports_tell_no_revision(tmp_path: Path) -> None:
    docs = _undated(tmp_path, [_EARLY, _LATE], days_apart=2)
    assert [known_published(d) for d in docs] == [None, None]
    rows = _rows(docs, "killed")
    assert rows and all(r["status"] != "revised" for r in rows), rows


def test_dated_reports_two_days_apart_are_a_revision(tmp_path: Path) -> None:
    docs = dated_reports(tmp_path, [("2026-03-10", _EARLY), ("2026-03-12", _LATE)])
    (row,) = _rows(docs, "killed")
    assert row["status"] == "revised", row
    assert _lows(row) == [12.0, 19.0], row
