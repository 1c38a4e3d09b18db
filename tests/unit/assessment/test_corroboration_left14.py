"""A corroboration row whose figures cannot all be true (invented reports, no third-party
text): two origins giving figures whose intervals do not overlap ("29 lives" against "at
least 30 killed") make the row contradicted, even when a third, looser figure ("more than
20") can stand beside each of them; a row whose figures all overlap stays corroborated."""

from __future__ import annotations

from pathlib import Path

from briefbook.analysis.claims import find_claims
from briefbook.assessment.corroboration import corroborate
from builders import claims_assessment, dated_reports


def _killed_row(tmp_path: Path, reports: list[tuple[str, str]]) -> dict:
    docs = dated_reports(tmp_path, reports)
    claims = [
        c
        for d in docs
        for s in d.sentences
        for c in find_claims(s.text, s.id, published=d.published)
    ]
    rows = [r for r in corroborate(claims_assessment(docs, claims)) if r["event"] == "killed"]
    assert len(rows) == 1, rows
    return rows[0]


_LOOSE = "More than 20 people were killed in the bombing of a market in Dravno, the police said."
_AT_LEAST = "The bombing of the Dravno market killed at least 30 people."
_EXACT = "The bombing of the Dravno market claimed 29 lives."


def test_two_figures_that_cannot_both_be_true_make_the_row_contradicted(tmp_path):
    row = _killed_row(
        tmp_path, [("2026-04-02", _LOOSE), ("2026-04-02", _AT_LEAST), ("2026-04-02", _EXACT)]
    )
    assert sorted(q["source"] for q in row["quantities"]) == ["S1", "S2", "S3"], row
    assert row["status"] == "contradicted", row
    # each side names its own: "at least 30" and "29" are never on one side
    assert row["disagreeing"], row
    assert not {"S2", "S3"} <= set(row["agreeing"]), row


def test_a_row_whose_figures_all_overlap_stays_corroborated(tmp_path):
    exact = _EXACT.replace("29 lives", "31 lives")
    row = _killed_row(
        tmp_path, [("2026-04-02", _LOOSE), ("2026-04-02", _AT_LEAST), ("2026-04-02", exact)]
    )
    assert row["status"] == "corroborated", row
    assert row["disagreeing"] == [], row
