"""Corroboration kinds found by a new analyst's trial on an India-Pakistan crisis (trialA23;
every report here is invented):

* a supposition ("thousands could have been killed") is never a rival of a reported toll;
* parts counted out of a toll in the sentence before ("26 of those were killed in the initial
  strikes, while the other five ...") never contradict another report's whole toll;
* a toll dated in an earlier month than its report ("a raid in March that killed 40 people in
  the river town of Dravno") is no part of that report's undated toll of another event, so it
  meets another report of the same raid;
* "last month" in a report is the month before the report's, so it meets "in March".

Each kind has a near miss: a reported rival toll still contradicts; a toll of the report's
own month stays a part; "last month" in a report of another month meets no "March".
"""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment.build import assess
from briefbook.assessment.corroboration import corroborate

_OUTLETS = ["Harbour Gazette", "Valley Courier", "Northern Ledger"]


def _rows(tmp_path: Path, reports: list[tuple[str, str]], issue: str) -> list[dict]:
    paths = []
    for i, (published, text) in enumerate(reports):
        path = tmp_path / f"report{i}.txt"
        path.write_text(
            f"Title: Report {i}\nPublisher: {_OUTLETS[i]}\nPublished: {published}\n\n{text}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return corroborate(assess(paths, issue_date=issue))


def _killed(rows: list[dict]) -> list[tuple[str, list[str]]]:
    return sorted(
        (r["status"], sorted(q["figure"] for q in r["quantities"]))
        for r in rows
        if r["event"] == "killed"
    )


_SPOKESMAN = (
    "2025-05-07",
    "Colonel Varo Denn, the army's spokesman, said at least 31 civilians had been killed since "
    "the fighting began. 26 of those were killed in the initial Kestran missile strikes, Denn "
    "said, while the other five were killed along the border from shelling.",
)
_WHOLE = ("2025-05-09", "Dorvia says Kestral's strikes killed 31 people, including children.")
_SUPPOSITION = (
    "2025-05-12",
    '"They were going at it hard," the envoy said. "Thousands could have been killed."',
)


def test_a_supposition_is_no_rival_of_a_toll(tmp_path: Path) -> None:
    killed = _killed(_rows(tmp_path, [_WHOLE, _SUPPOSITION], "2025-05-13"))
    assert not any(status == "contradicted" for status, _ in killed), killed


def test_a_reported_rival_toll_still_contradicts(tmp_path: Path) -> None:
    rival = ("2025-05-12", '"Thousands have been killed," the envoy said.')
    killed = _killed(_rows(tmp_path, [_WHOLE, rival], "2025-05-13"))
    assert ("contradicted", ["31", "thousands"]) in killed, killed


def test_parts_of_the_toll_before_never_contradict_a_whole(tmp_path: Path) -> None:
    killed = _killed(_rows(tmp_path, [_SPOKESMAN, _WHOLE], "2025-05-13"))
    assert not any(status == "contradicted" for status, _ in killed), killed
    assert ("unmatched", ["26"]) in killed, killed


def test_an_earlier_months_toll_is_no_part_of_this_weeks(tmp_path: Path) -> None:
    raid = (
        "2025-05-09",
        "The first blow was a raid in March that killed 40 people in the river town of "
        "Dravno.\n\nKestran strikes killed 52 people.",
    )
    other = ("2025-05-10", "A raid in March killed 40 people.")
    killed = _killed(_rows(tmp_path, [raid, other], "2025-05-11"))
    assert ("corroborated", ["40", "40"]) in killed, killed


def test_a_toll_of_the_reports_own_month_stays_a_part(tmp_path: Path) -> None:
    raid = (
        "2025-05-09",
        "Kestran strikes killed 52 people.\n\nA raid in May killed 40 people in the river "
        "town of Dravno.",
    )
    other = ("2025-05-10", "A raid in May killed 40 people.")
    killed = _killed(_rows(tmp_path, [raid, other], "2025-05-11"))
    assert ("corroborated", ["40", "40"]) not in killed, killed


def test_last_month_is_the_month_before_the_report(tmp_path: Path) -> None:
    told = ("2025-04-09", "A raid that resulted in 40 deaths in Dravno last month began it.")
    dated = ("2025-04-09", "The raid in March killed 40 people in Dravno.")
    killed = _killed(_rows(tmp_path, [told, dated], "2025-04-10"))
    assert ("corroborated", ["40", "40"]) in killed, killed


def test_last_month_of_another_report_month_is_another_month(tmp_path: Path) -> None:
    told = ("2025-06-09", "A raid that resulted in 40 deaths in Dravno last month began it.")
    dated = ("2025-06-09", "The raid in March killed 40 people in Dravno.")
    killed = _killed(_rows(tmp_path, [told, dated], "2025-06-10"))
    assert ("corroborated", ["40", "40"]) not in killed, killed
