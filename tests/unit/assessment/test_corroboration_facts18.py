"""Corroboration only between figures of one event (invented reports, no third-party text):
a background sentence about an earlier incident ("since a clash on March 14, when ... One
soldier was killed") dates the toll right after it in its paragraph, and a toll told with no
time in a report months later is another event: never its corroboration. A figure dated
within the days before the other report stays comparable."""

from __future__ import annotations

from briefbook.evaluation.corroboration import run_case


def _rows(texts: list[tuple[str, str]]) -> list[dict]:
    return run_case(
        {
            "name": "earlier incident",
            "sources": [{"published": day, "text": text} for day, text in texts],
        }
    )


_TODAY = (
    "2031-07-24",
    "The Kelish health ministry said one soldier and nine civilians were killed in the shelling.",
)


def _background(day: str) -> tuple[str, str]:
    return (
        "2031-07-25",
        "Tensions between Dorvia and Kelland have been rising since an armed clash on "
        f"{day}, when troops opened fire on an outpost near Mardek. One soldier was killed "
        "and several others were wounded.",
    )


def _soldier_rows(rows: list[dict]) -> list[dict]:
    return [r for r in rows if "soldier" in str(r).lower()]


def test_a_toll_of_an_earlier_dated_incident_does_not_corroborate_todays() -> None:
    rows = _soldier_rows(_rows([_TODAY, _background("March 14")]))
    assert rows
    assert all(r["status"] != "corroborated" for r in rows)


def test_a_toll_dated_the_day_before_the_report_still_corroborates() -> None:
    # near miss: the background names a date within the days before the other report
    rows = _soldier_rows(_rows([_TODAY, _background("July 23")]))
    assert [r["status"] for r in rows] == ["corroborated"]


_KELISH_TOLL = (
    "2031-07-24",
    "The Kelish health ministry said one soldier and nine civilians were killed in the shelling.",
)


def _named_toll(demonym: str) -> tuple[str, str]:
    return ("2031-07-24", f"One {demonym} soldier was killed in the shelling, the agency said.")


def test_the_other_sides_soldier_does_not_corroborate_a_ministrys_own_toll() -> None:
    rows = _soldier_rows(_rows([_KELISH_TOLL, _named_toll("Dorvian")]))
    assert rows
    assert all(r["status"] != "corroborated" for r in rows)


def test_the_same_sides_soldier_still_corroborates() -> None:
    # near miss: the soldier named by the ministry's own people
    rows = _soldier_rows(_rows([_KELISH_TOLL, _named_toll("Kelish")]))
    assert [r["status"] for r in rows] == ["corroborated"]


def test_a_soldier_told_by_an_originator_of_no_side_still_corroborates() -> None:
    # near miss: an originator that names no country leaves the side unknown
    rows = _soldier_rows(
        _rows(
            [
                (
                    "2031-07-24",
                    "The health ministry said one soldier and nine civilians were killed in "
                    "the shelling.",
                ),
                _named_toll("Dorvian"),
            ]
        )
    )
    assert [r["status"] for r in rows] == ["corroborated"]


def test_a_standing_count_dated_earlier_stays_comparable() -> None:
    # near miss of the earlier-incident rule: a deployment goes on past the month it began,
    # so a later report's undated count of the same troops may corroborate it
    rows = _rows(
        [
            (
                "2031-12-16",
                "In October 2031, Dorvia deployed thousands of troops to Kelland.",
            ),
            (
                "2031-12-20",
                "Officials in Mardek said thousands of Dorvian troops are deployed in Kelland.",
            ),
        ]
    )
    troops = [r for r in rows if "troops" in str(r).lower()]
    assert [r["status"] for r in troops] == ["corroborated"]
