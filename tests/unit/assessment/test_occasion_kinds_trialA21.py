"""Two rounds of strikes are two occasions (trialA21; every report here is invented):

* a weekday given with its date ("on Monday (March 9, 2026)", "on Friday, 13 March") names
  that date, not the week up to its report's day: the date in brackets or after the comma is
  the weekday's apposition, no background;
* a report published before the day a statement names cannot tell of that day: a strike
  announced "today" in a report of 30 March is not supported by a report of the 9th, however
  alike the two sentences read (and the other way round).

Near misses: a weekday alone still names its report's week; a date in an aside of its own
stays background; a later report of the same day still supports it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefbook.assessment.build import assess
from briefbook.assessment.occasions import occasion_day, same_occasion, sentence_time

_MON = dt.date(2026, 3, 9)  # a Monday
_TUE = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kestral and Ostland aircraft struck rebel depots in Dorvia on Monday "
            "(March 9, 2026), officials said.",
            _MON,
        ),
        ("The coalition struck radar sites on Monday (9 March) near the port.", _MON),
        ("Ostland on Monday, 9 March, began striking launch sites in Dorvia.", _MON),
        ("Rebels shelled the harbour on Monday, March 9, killing four sailors.", _MON),
    ],
)
def test_a_weekday_with_its_date_names_that_date(text: str, day: dt.date) -> None:
    assert occasion_day(text, _TUE) == (day, day)
    assert sentence_time(text, _TUE) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        # a weekday alone: the week up to the report's day, as before
        "Kestral aircraft struck rebel depots in Dorvia on Monday, officials said.",
        # a weekday and a figure that is no date
        "Rebels shelled the harbour on Monday, 9 miles from the port, killing two sailors.",
    ],
)
def test_near_miss_a_weekday_alone_names_its_reports_week(text: str) -> None:
    assert occasion_day(text, _TUE) == (_TUE - dt.timedelta(days=7), _TUE)


def test_a_strike_of_the_22nd_is_no_support_for_one_of_the_11th() -> None:
    later = (
        "Kestral and Ostland jets hit rebel depots in Dorvia again on Monday (March 23, 2026), "
        "the defence ministry said."
    )
    earlier = "On March 11, 2026, Kestral and Ostland conducted joint strikes on 40 rebel targets."
    assert not same_occasion(later, dt.date(2026, 3, 24), earlier, dt.date(2026, 3, 12), 90, 7)
    assert not same_occasion(earlier, dt.date(2026, 3, 12), later, dt.date(2026, 3, 24), 90, 7)


@pytest.mark.parametrize(
    ("statement", "published", "other", "other_published"),
    [
        (
            "Today, Kestral and Ostland aircraft struck rebel depots in Dorvia.",
            dt.date(2026, 3, 30),
            "Kestral and Ostland issued a joint statement announcing the strikes.",
            dt.date(2026, 3, 9),
        ),
        (
            "Kestral and Ostland struck rebel depots in Dorvia on Saturday.",
            dt.date(2026, 3, 30),
            "Kestral and Ostland aircraft struck rebel depots in Dorvia.",
            dt.date(2026, 3, 12),
        ),
    ],
)
def test_a_report_published_before_the_day_named_tells_another_occasion(
    statement: str, published: dt.date, other: str, other_published: dt.date
) -> None:
    assert not same_occasion(statement, published, other, other_published, 90, 7)
    assert not same_occasion(other, other_published, statement, published, 90, 7)


@pytest.mark.parametrize(
    ("statement", "published", "other", "other_published"),
    [
        # near miss: a later report of the same day's strikes
        (
            "Today, Kestral and Ostland aircraft struck rebel depots in Dorvia.",
            dt.date(2026, 3, 9),
            "Kestral and Ostland issued a joint statement announcing the strikes.",
            dt.date(2026, 3, 10),
        ),
        # near miss: a report of the day before the named day (a time zone, a late edition)
        (
            "Kestral aircraft struck rebel depots in Dorvia on Monday (March 9, 2026).",
            dt.date(2026, 3, 10),
            "Kestral aircraft struck rebel depots in Dorvia.",
            dt.date(2026, 3, 8),
        ),
        # near miss: neither names a day; their times are within the window
        (
            "Kestral aircraft struck rebel depots in Dorvia.",
            dt.date(2026, 3, 30),
            "Kestral aircraft struck rebel depots in Dorvia.",
            dt.date(2026, 3, 9),
        ),
    ],
)
def test_near_miss_reports_that_can_tell_the_day_still_support(
    statement: str, published: dt.date, other: str, other_published: dt.date
) -> None:
    assert same_occasion(statement, published, other, other_published, 90, 7)


def _report(folder: Path, name: str, published: str, text: str) -> Path:
    path = folder / name
    path.write_text(f"Title: {name}\nPublished: {published}\n\n{text}\n", encoding="utf-8")
    return path


def _cited(tmp_path: Path, paths: list[Path]) -> dict[str, list[str]]:
    a = assess(paths, issue_date="2026-03-31")
    out: dict[str, list[str]] = {}
    for st in [*a.key_judgments, *(s for sec in a.sections for s in sec.statements)]:
        out.setdefault(st.evidence[0], sorted(set(st.evidence)))
    return out


def test_two_rounds_of_strikes_do_not_support_each_other(tmp_path: Path) -> None:
    first = _report(
        tmp_path,
        "first.txt",
        "2026-03-12",
        "On March 11, 2026, Kestral, Ostland and others conducted joint strikes on 40 rebel "
        "targets across 12 different locations in Dorvia.",
    )
    second = _report(
        tmp_path,
        "second.txt",
        "2026-03-24",
        "Kestral and Ostland jets struck rebel targets in Dorvia again on Monday (March 23, "
        "2026), the defence ministry said.",
    )
    cited = _cited(tmp_path, [first, second])
    assert cited.get("S2.1") == ["S2.1"], cited
    assert "S2.1" not in cited.get("S1.1", []), cited
