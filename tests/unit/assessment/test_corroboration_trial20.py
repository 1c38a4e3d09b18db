"""One toll told on two days by two reports (trial20; every report here is invented):

* a date ("Today, on March 10") and a weekday of a later report ("on Tuesday" in Wednesday's
  report) that name the same day are one time, so the two days' counts of one event meet;
* a toll told as a count to that time ("As of the evening, 9 people were killed") and a later,
  higher figure of another origin is a revision, not a rival count;
* a report that dates one toll to an earlier day ("Tuesday's blasts") tells its undated toll of
  the same thing as its own day's: Wednesday's radio blasts are never Tuesday's beeper blasts;
* "2,800 others were injured" after "12 people were killed" counts people.
"""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment.build import assess
from briefbook.assessment.corroboration import corroborate

_TUESDAY = (
    "2026-03-10",
    "Today, on March 10, a series of beeper explosions hit members of the Kelsh movement "
    "across Dorvia. As of the evening, 9 people were killed and 2750 injured.",
)
_WEDNESDAY = (
    "2026-03-11",
    "A day after the beeper blasts, Dorvia was rocked on Wednesday by exploding radios.\n\n"
    "At least 14 people have been killed whereas over 450 were wounded when radios were "
    "blown up in various parts of the country, the Health Ministry said.\n\n"
    "At least 12 people were killed and around 2,800 others were injured in Beeper blasts "
    "across Dorvia Tuesday.",
)


def _rows(tmp_path: Path, reports: list[tuple[str, str]]) -> list[dict]:
    paths = []
    for i, (published, text) in enumerate(reports):
        path = tmp_path / f"report{i}.txt"
        path.write_text(f"Title: Report {i}\nPublished: {published}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return corroborate(assess(paths, issue_date="2026-03-12"))


def _figures(rows: list[dict], event: str) -> list[tuple[str, list[str], str]]:
    return sorted(
        (r["status"], sorted(q["figure"] for q in r["quantities"]), r["event"])
        for r in rows
        if r["event"] == event
    )


def test_a_count_to_that_time_then_a_higher_toll_is_a_revision(tmp_path: Path) -> None:
    rows = _rows(tmp_path, [_TUESDAY, _WEDNESDAY])
    killed = _figures(rows, "killed")
    assert ("revised", ["9", "at least 12"], "killed") in killed, killed
    assert ("unmatched", ["at least 14"], "killed") in killed, killed


def test_the_same_days_wounded_agree_and_the_next_days_stay_apart(tmp_path: Path) -> None:
    rows = _rows(tmp_path, [_TUESDAY, _WEDNESDAY])
    wounded = _figures(rows, "wounded")
    assert ("corroborated", ["2,750", "around 2,800"], "wounded") in wounded, wounded
    assert ("unmatched", ["over 450"], "wounded") in wounded, wounded


def test_a_rival_count_told_as_final_stays_a_contradiction(tmp_path: Path) -> None:
    # near miss: no count to that time, no rise, two origins: a rival count as before
    rows = _rows(
        tmp_path,
        [
            ("2026-03-10", "Beeper blasts killed 9 people across Dorvia on March 10, police said."),
            (
                "2026-03-11",
                "Beeper blasts killed 12 people across Dorvia on Tuesday, the ministry said.",
            ),
        ],
    )
    assert _figures(rows, "killed") == [("contradicted", ["12", "9"], "killed")], rows


def test_a_date_and_another_days_weekday_stay_two_days(tmp_path: Path) -> None:
    # near miss: "March 9" is the Monday before; "on Tuesday" of Wednesday's report is March 10
    rows = _rows(
        tmp_path,
        [
            ("2026-03-10", "Beeper blasts killed 9 people across Dorvia on March 9."),
            ("2026-03-11", "Beeper blasts killed 9 people across Dorvia on Tuesday."),
        ],
    )
    assert _figures(rows, "killed") == [
        ("unmatched", ["9"], "killed"),
        ("unmatched", ["9"], "killed"),
    ], rows


def test_an_undated_toll_of_a_report_that_dates_none_earlier_stays_undated(
    tmp_path: Path,
) -> None:
    # near miss: the later report dates no figure to an earlier day, so its undated toll may
    # still be Tuesday's, and agrees with it
    rows = _rows(
        tmp_path,
        [
            ("2026-03-10", "Beeper blasts killed 9 people across Dorvia on March 10."),
            ("2026-03-11", "Beeper blasts killed 9 people across Dorvia, the ministry said."),
        ],
    )
    assert _figures(rows, "killed") == [("corroborated", ["9", "9"], "killed")], rows
