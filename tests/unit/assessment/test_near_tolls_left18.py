"""Near figures of one toll (round left18): two exact counts of one toll whose gap is at most
``near_toll_share`` of their mean (data/claims.yaml: "770" and "773 killed", a toll updated
within the day or rounded) agree: corroboration never shows them as a contradiction and a
key judgment does not say the sources' figures differ. Counts farther apart ("12" and "13",
"640" and "700"), and near counts of a thing that is no toll, keep their rule. Every sentence
here is invented."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from briefbook.analysis.quantities import near_toll_interval
from briefbook.assessment import assess_documents
from briefbook.ingest import SourceSpec, load_documents


@pytest.mark.parametrize(
    ("a", "b", "event", "near"),
    [
        (512, 515, "killed", True),
        (2040, 2010, "wounded", True),
        (150, 152, "killed", True),
        # farther apart: rival counts
        (12, 13, "killed", False),
        (640, 700, "killed", False),
        (98, 101, "killed", False),
        # no toll: an exact count of launches stays exact
        (512, 515, "launched", False),
    ],
)
def test_near_counts_of_one_toll_overlap(a: int, b: int, event: str, near: bool) -> None:
    ia = near_toll_interval((float(a), float(a)), event)
    ib = near_toll_interval((float(b), float(b)), event)
    assert (ia[0] <= ib[1] and ib[0] <= ia[1]) is near


def test_bounds_and_unknown_figures_keep_their_interval() -> None:
    assert near_toll_interval((512.0, math.inf), "killed") == (512.0, math.inf)
    assert near_toll_interval((500.0, 600.0), "killed") == (500.0, 600.0)
    nan = near_toll_interval((math.nan, math.nan), "killed")
    assert math.isnan(nan[0])


def _report(publisher: str, figure: str, who: str) -> str:
    return f"""Publisher: {publisher}
Published: 2026-05-18
Title: Flood in the Dessa valley

Floods that swept through the Dessa valley near Marvo on Saturday killed {figure} people, {who} said on Sunday.
"""


def _assess(tmp_path: Path, first: str, second: str):
    files = {
        "a.txt": _report("Valley Courier", first, "the regional governor"),
        "b.txt": _report("Marvo Herald", second, "the national police chief"),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = load_documents([SourceSpec(path=n) for n in files], base=tmp_path)
    return assess_documents(docs, issue_date="2026-05-19")


def _toll_row(a) -> dict:
    return next(r for r in a.corroboration if r["event"] == "killed")


def test_near_tolls_of_two_origins_are_no_contradiction(tmp_path: Path) -> None:
    a = _assess(tmp_path, "512", "515")
    row = _toll_row(a)
    assert row["status"] == "corroborated"
    assert {q["status"] for q in row["quantities"]} == {"corroborated"}
    assert not any("differ" in k.text for k in a.key_judgments)


def test_farther_tolls_of_two_origins_still_contradict(tmp_path: Path) -> None:
    row = _toll_row(_assess(tmp_path, "512", "560"))
    assert row["status"] == "contradicted"
