"""Review of trial20's tolls told on two days (revA19; every report here is invented):

* only a toll told as a count to that time ("so far", "a preliminary toll") lets another
  origin's later, higher figure be its revision; an adjective of another noun ("a preliminary
  investigation found") tells no interim toll, so the two origins' figures stay a
  contradiction;
* an undated running total ("In all, 500 people have been killed") of a report that dates
  another toll to an earlier day is of no one day: the same total told the day before meets
  it; an undated toll of one event in that report still stands for the report's own day.
"""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment.build import assess
from briefbook.assessment.corroboration import corroborate

_LATER = (
    "2026-03-11",
    "Beeper blasts killed 12 people across Dorvia on Tuesday, the ministry said.",
)


def _killed(
    tmp_path: Path, earlier: str, later: tuple[str, str] = _LATER
) -> list[tuple[str, list[str]]]:
    paths = []
    for i, (published, text) in enumerate([("2026-03-10", earlier), later]):
        path = tmp_path / f"report{i}.txt"
        path.write_text(f"Title: Report {i}\nPublished: {published}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    rows = corroborate(assess(paths, issue_date="2026-03-12"))
    return sorted(
        (r["status"], sorted(q["figure"] for q in r["quantities"]))
        for r in rows
        if r["event"] == "killed"
    )


def test_a_preliminary_investigation_is_no_interim_toll(tmp_path: Path) -> None:
    text = (
        "A preliminary investigation found that beeper blasts killed 9 people across Dorvia "
        "on March 10, police said."
    )
    assert _killed(tmp_path, text) == [("contradicted", ["12", "9"])]


def test_a_preliminary_toll_is_revised_by_a_later_higher_one(tmp_path: Path) -> None:
    # near miss: the adjective is of the toll
    text = (
        "Beeper blasts killed 9 people across Dorvia on March 10, according to a preliminary "
        "toll from police."
    )
    assert _killed(tmp_path, text) == [("revised", ["12", "9"])]


_TOTAL_THEN_TUESDAY = (
    "2026-03-11",
    "In all, 500 people have been killed in the shelling of Dorvia, the health ministry "
    "said.\n\nShelling killed 12 people across Dorvia on Tuesday.",
)


def test_a_running_total_told_on_two_days_meets(tmp_path: Path) -> None:
    text = "As of March 10, 500 people have been killed in the shelling of Dorvia, the UN said."
    rows = _killed(tmp_path, text, _TOTAL_THEN_TUESDAY)
    assert ("corroborated", ["500", "500"]) in rows, rows


def test_an_undated_toll_of_one_event_stays_the_reports_day(tmp_path: Path) -> None:
    # near miss: no running total, so the later report's undated 500 is Wednesday's
    text = "Shelling killed 500 people across Dorvia on March 10, the UN said."
    later = (
        "2026-03-11",
        "Shelling killed 500 people across Dorvia, the health ministry said.\n\n"
        "Shelling killed 12 people across Dorvia on Tuesday.",
    )
    rows = _killed(tmp_path, text, later)
    assert ("unmatched", ["500"]) in rows, rows


def _pair(tmp_path: Path, first: str, second: str) -> list[tuple[str, list[str]]]:
    return _killed(tmp_path, first, ("2026-03-11", second))


def test_a_range_of_days_is_no_one_day_of_a_weekday(tmp_path: Path) -> None:
    # "March 9-10" is two days, not Monday 9 March of the later report's "on Monday"
    rows = _pair(
        tmp_path,
        "Beeper blasts killed 9 people across Dorvia on March 9-10, police said.",
        "Beeper blasts killed 12 people across Dorvia on Monday, the ministry said.",
    )
    assert rows == [("unmatched", ["12"]), ("unmatched", ["9"])], rows


def test_a_week_to_a_date_is_no_one_day_of_a_weekday(tmp_path: Path) -> None:
    rows = _pair(
        tmp_path,
        "Shelling killed 40 people across Dorvia in the week to March 10, police said.",
        "Shelling killed 12 people across Dorvia on Tuesday, the ministry said.",
    )
    assert rows == [("unmatched", ["12"]), ("unmatched", ["40"])], rows


def test_a_date_and_its_weekday_of_the_next_report_are_one_day(tmp_path: Path) -> None:
    # near miss: one day, so the two rival counts meet
    rows = _pair(
        tmp_path,
        "Beeper blasts killed 9 people across Dorvia on March 9, police said.",
        "Beeper blasts killed 12 people across Dorvia on Monday, the ministry said.",
    )
    assert rows == [("contradicted", ["12", "9"])], rows
