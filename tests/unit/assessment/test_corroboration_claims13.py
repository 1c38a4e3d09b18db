"""Corroboration kinds misread in a new-analyst trial on a crisis between two states (invented
reports of the same shapes; no third-party text): a toll told weeks later of a dated attack
stands beside the first reports of it, and a figure of an event years before the report
never corroborates nor contradicts the current one."""

from __future__ import annotations

from builders import report_rows

_rows = report_rows


def _killed(rows: list[dict]) -> list[list[str]]:
    return [sorted(q["source"] for q in r["quantities"]) for r in rows if r["event"] == "killed"]


_FIRST = "A bombing in Tarsk killed at least 31 people and injured many, the police said."
_LATER = "Ministers met to weigh a reply to the 2 March Tarsk bombing that claimed 29 lives."


def test_a_toll_of_a_dated_attack_told_weeks_later_stands_beside_the_first_reports(tmp_path):
    rows = _rows(tmp_path, [("2026-03-03", _FIRST), ("2026-03-18", _LATER)])
    assert _killed(rows) == [["S1", "S2"]], rows
    row = next(r for r in rows if r["event"] == "killed")
    assert {q["figure"]: q["oppose"] for q in row["quantities"]} == {"at least 31": 1, "29": 1}


def test_a_toll_of_an_attack_dated_long_before_the_first_report_stays_apart(tmp_path):
    later = _LATER.replace("2 March", "2 January")  # two months before the first report
    rows = _rows(tmp_path, [("2026-03-03", _FIRST), ("2026-03-18", later)])
    assert _killed(rows) == [["S1"], ["S2"]], rows


def test_a_figure_of_an_event_years_before_never_meets_the_current_toll(tmp_path):
    rows = _rows(
        tmp_path,
        [
            ("2026-03-03", "An ambush in Velka killed 52 police officers on Sunday."),
            (
                "2026-03-04",
                "It was the deadliest attack in the province since March 2011, when 52 police "
                "officers were killed in an ambush in Velka.",
            ),
        ],
    )
    assert _killed(rows) == [["S1"], ["S2"]], rows
    past = next(r for r in rows if r["event"] == "killed" and r["evidence"] == ["S2.1"])
    assert past["when"] == "March 2011"
