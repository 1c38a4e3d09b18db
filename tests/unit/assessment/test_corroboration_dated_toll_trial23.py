"""One dated toll told three times in one report, and another event's toll (trial23; every
report here is invented):

* a figure in a relative clause takes the time and place its event noun names after the noun
  ("the Harnell attack of February 20 that left 26 civilians dead"), as it did before the noun;
* the report's undated restatement of that dated toll ("attacked tourists in Harnell, killing
  26 civilians") keeps the toll's day, not the report's;
* so the three figures are one row, and another event's toll of that day ("five locations were
  hit, resulting in at least three civilian deaths") is never in it.
"""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment.build import assess
from briefbook.assessment.corroboration import corroborate

_STRIKES = (
    "2026-03-07",
    "The Kestral army struck militant camps in Dorvia in the early hours of Wednesday, March 7, "
    "in the wake of the Harnell attack of February 20 that left 26 civilians dead.\n\n"
    "Gunmen from Dorvia attacked tourists in the Harnell district of Varsk, killing 26 "
    "civilians.\n\n"
    "On February 20, gunmen attacked a popular meadow in Harnell and gunned down 26 civilians.",
)
_DORVIA = (
    "2026-03-07",
    "Dorvia has reported that five locations were hit, resulting in at least three civilian "
    "deaths.",
)


def _rows(tmp_path: Path, reports: list[tuple[str, str]]) -> list[dict]:
    paths = []
    for i, (published, text) in enumerate(reports):
        path = tmp_path / f"report{i}.txt"
        path.write_text(f"Title: Report {i}\nPublished: {published}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return corroborate(assess(paths, issue_date="2026-03-08"))


def _killed(rows: list[dict]) -> list[list[str]]:
    return sorted(
        sorted(q["figure"] for q in r["quantities"]) for r in rows if r["event"] == "killed"
    )


def test_a_relative_clause_takes_the_time_and_place_after_its_noun(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Title: A\nPublished: 2026-03-07\n\n{_STRIKES[1]}\n", encoding="utf-8")
    first = next(
        c for c in assess([path], issue_date="2026-03-08").claims if c.evidence == ["S1.1"]
    )
    assert (first.when, first.where) == ("February 20", "Harnell"), first


def test_one_dated_toll_told_three_times_is_one_row(tmp_path: Path) -> None:
    killed = _killed(_rows(tmp_path, [_STRIKES, _DORVIA]))
    assert ["26", "26", "26"] in killed, killed
    assert ["at least 3"] in killed, killed


def test_near_miss_another_figure_with_no_time_is_the_reports_day(tmp_path: Path) -> None:
    # near miss: the undated figure differs from the dated one, so it stays the report's own
    # day's toll (trial20's rule), never a row with the February toll
    report = (
        "2026-03-07",
        "On February 20, gunmen attacked a meadow in Harnell and gunned down 26 civilians.\n\n"
        "Gunmen attacked tourists in Harnell, killing 9 civilians.",
    )
    killed = _killed(_rows(tmp_path, [report]))
    assert ["26"] in killed and ["9"] in killed, killed
