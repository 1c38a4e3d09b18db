"""Open-ended figures in corroboration (left over from the last session; invented reports, no
third-party text). By the interval rules (CLAIMS.md: "more than N" is N+1 and up, "at least
N" is N and up), two lower bounds always agree, but only the tighter confirms the looser:
"over 410,000" makes "over 380,000" true, not the other way round. The row is corroborated
at the looser figure, both origins hold it; the tighter figure is shown unconfirmed."""

from __future__ import annotations

from pathlib import Path

from briefbook.analysis.claims import find_claims
from briefbook.assessment.corroboration import corroborate
from briefbook.presentation.corroboration import _corroboration_figures
from builders import claims_assessment, dated_reports


def _rows(tmp_path: Path, reports: list[tuple[str, str]], event: str) -> list[dict]:
    docs = dated_reports(tmp_path, reports)
    claims = [
        c
        for d in docs
        for s in d.sentences
        for c in find_claims(s.text, s.id, published=d.published)
    ]
    return [r for r in corroborate(claims_assessment(docs, claims)) if r["event"] == event]


def _statuses(row: dict) -> dict[str, str]:
    return {f["figure"]: f["status"] for f in row["figures"]}


_LOOSE = (
    "Over 380,000 people have been displaced by the fighting in Terlow, the relief agency said."
)
# another wording: two reports of one text would be one origin (a repost)
_TIGHT = "Fighting in Terlow has displaced over 410,000 people, according to the border ministry."


def test_of_two_lower_bounds_only_the_tighter_confirms(tmp_path: Path) -> None:
    (row,) = _rows(tmp_path, [("2026-07-02", _LOOSE), ("2026-07-02", _TIGHT)], "displaced")
    assert row["status"] == "corroborated", row
    found = _statuses(row)
    assert found == {"over 380,000": "corroborated", "over 410,000": "unmatched"}, found
    shown = [f["text"] for f in _corroboration_figures(row, set())]
    assert shown == ["over 380,000", "over 410,000 (unconfirmed)"], shown


def test_the_same_lower_bound_confirms_both_ways(tmp_path: Path) -> None:
    same = _TIGHT.replace("410,000", "380,000")
    (row,) = _rows(tmp_path, [("2026-07-02", _LOOSE), ("2026-07-02", same)], "displaced")
    assert row["status"] == "corroborated", row
    assert set(_statuses(row).values()) == {"corroborated"}, row
    shown = [f["text"] for f in _corroboration_figures(row, set())]
    assert all("unconfirmed" not in t for t in shown), shown


def test_a_bound_and_a_figure_inside_it_confirm_each_other(tmp_path: Path) -> None:
    exact = _TIGHT.replace("over 410,000", "some 400,000")
    (row,) = _rows(tmp_path, [("2026-07-02", _LOOSE), ("2026-07-02", exact)], "displaced")
    assert row["status"] == "corroborated", row
    assert set(_statuses(row).values()) == {"corroborated"}, row
