"""Tolls revised over days, and nights named two ways (left over from the last session;
invented reports, no third-party text):

* a toll that "rose to 19 on Wednesday" is dated by that day only as the day of its count,
  not of the event: it meets Tuesday's toll of 12 for the same strike;
* a later report's higher toll for the same event, by the same originator or another, is a
  revision ("12 then 19", status ``revised``), never a contradiction; a later lower toll,
  or two tolls of one day, still contradict;
* "on Thursday night" and "overnight" in a report dated Friday are the same night;
  "on Wednesday night" is another.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment.corroboration import corroborate
from briefbook.presentation.corroboration import _corroboration_row
from builders import claims_assessment, dated_reports, originators_of


def _rows(tmp_path: Path, reports: list[tuple[str, str]], event: str) -> list[dict]:
    docs = dated_reports(tmp_path, reports)
    claims = [
        c
        for d in docs
        for s in d.sentences
        for c in find_claims(
            s.text, s.id, published=d.published, attributed_to=originators_of(s.text)[0]
        )
    ]
    return [r for r in corroborate(claims_assessment(docs, claims)) if r["event"] == event]


_TUESDAY = (
    "2026-03-10",
    "A missile strike on the bus depot in Orvia killed 12 civilians on Tuesday, the governor said.",
)
_RISEN = (
    "2026-03-12",
    "The number of civilians killed in the missile strike on the bus depot in Orvia rose to "
    "19 on Wednesday, the regional health office said.",
)


def test_a_risen_toll_is_not_dated_by_the_day_of_its_count() -> None:
    (claim,) = find_claims(_RISEN[1], "S2.1")
    assert (claim.low, claim.counts, claim.event) == (19.0, "civilians", "killed"), claim
    assert claim.when is None, claim


def test_an_event_day_after_its_figure_stays_its_time() -> None:
    (claim,) = find_claims(_TUESDAY[1], "S1.1")
    assert claim.when == "on Tuesday", claim
    (drones,) = find_claims("The number of drones shot down reached 40 on Thursday night.", "S1")
    assert drones.when == "on Thursday night", drones


def test_a_toll_raised_by_a_later_report_is_a_revision(tmp_path: Path) -> None:
    (row,) = _rows(tmp_path, [_TUESDAY, _RISEN], "killed")
    assert row["status"] == "revised", row
    assert row["disagreeing"] == [] and row["inconsistent"] == [], row
    shown = _corroboration_row(row, set())
    # the earlier figure is marked superseded by the later (round facts25)
    assert [f["text"] for f in shown["figures"]] == ["12 (superseded)", "19"], shown
    assert shown["joiner"] == "then", shown


def test_the_same_originator_raising_its_toll_is_a_revision(tmp_path: Path) -> None:
    later = (
        "2026-03-11",
        "The governor said on Wednesday that the missile strike on the bus depot in Orvia "
        "on Tuesday had killed 15 civilians.",
    )
    (row,) = _rows(tmp_path, [_TUESDAY, later], "killed")
    assert row["status"] == "revised", row
    assert row["inconsistent"] == [], row


@pytest.mark.parametrize(
    ("published", "figure"),
    [
        ("2026-03-12", "9"),  # a later, lower toll
        ("2026-03-10", "30"),  # two tolls of one day
    ],
)
def test_a_lower_later_toll_or_two_tolls_of_one_day_contradict(
    tmp_path: Path, published: str, figure: str
) -> None:
    other = (
        published,
        f"The missile strike on the bus depot in Orvia on Tuesday killed {figure} civilians, "
        "the interior ministry said.",
    )
    (row,) = _rows(tmp_path, [_TUESDAY, other], "killed")
    assert row["status"] == "contradicted", row


def test_another_strike_on_another_day_stays_apart(tmp_path: Path) -> None:
    other = (
        "2026-03-12",
        "A drone strike on the bus depot in Orvia killed 19 civilians on Wednesday, the "
        "interior ministry said.",
    )
    rows = _rows(tmp_path, [_TUESDAY, other], "killed")
    assert len(rows) == 2, rows


_NIGHT = "Air defences shot down 40 drones over Orvia on {when}, the air force said."
_OVERNIGHT = "The city administration said 40 drones were shot down over Orvia overnight."


def test_thursday_night_and_overnight_of_friday_are_one_night(tmp_path: Path) -> None:
    # 2026-03-13 is a Friday
    reports = [("2026-03-13", _NIGHT.format(when="Thursday night")), ("2026-03-13", _OVERNIGHT)]
    (row,) = _rows(tmp_path, reports, "intercepted")
    assert row["status"] == "corroborated", row


def test_wednesday_night_and_overnight_of_friday_are_two_nights(tmp_path: Path) -> None:
    reports = [("2026-03-13", _NIGHT.format(when="Wednesday night")), ("2026-03-13", _OVERNIGHT)]
    assert len(_rows(tmp_path, reports, "intercepted")) == 2
