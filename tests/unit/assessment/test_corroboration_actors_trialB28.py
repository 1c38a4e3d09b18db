"""Two figures of one counted thing done by two different countries' forces are two events,
never rivals nor corroboration (trialB28; invented reports): one country's air defence
downing hundreds of drones over its own territory and another country's jets downing a
handful over theirs; one alliance's exercise of 30,000 troops and the rival exercise of
"thousands of troops". Near misses that must not change: the same country's forces told by
two reports (the interceptors named differently), and a figure whose clause names no actor
after the speech verb ("the ministry said ... 40 drones were downed")."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.assessment.corroboration import corroborate
from briefbook.ingest import SourceSpec, load_documents


def _doc(publisher: str, text: str) -> str:
    return f"Title: Night of drones\nPublisher: {publisher}\nPublished: 2031-05-14\n\n{text}\n"


def _rows(tmp_path: Path, texts: list[tuple[str, str]]):
    specs = []
    for k, (publisher, text) in enumerate(texts, 1):
        (tmp_path / f"s{k}.txt").write_text(_doc(publisher, text), encoding="utf-8")
        specs.append(SourceSpec(path=f"s{k}.txt"))
    a = assess_documents(load_documents(specs, base=tmp_path), issue_date="2031-05-15")
    return corroborate(a)


def _joined(rows, event: str) -> list[dict]:
    """The rows of ``event`` that compare figures of two or more sources."""
    return [
        r
        for r in rows
        if r["event"] == event and len({e[:2] for f in r["figures"] for e in f["evidence"]}) > 1
    ]


def test_two_countries_interceptions_are_two_events(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            (
                "Tallinn Courier",
                "On Tuesday, Finland's air defence destroyed more than 300 drones of various models.",
            ),
            (
                "Riga Wire",
                "The prime minister reported 12 airspace violations, with Estonian and allied jets shooting down three or four drones.",
            ),
        ],
    )
    assert _joined(rows, "intercepted") == [], rows


def test_two_countries_interceptions_kind_variants(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            (
                "Tallinn Courier",
                "Overnight, Latvian air defences shot down 25 drones near the border.",
            ),
            ("Riga Wire", "Norway's air force intercepted 6 drones over the sea, officials said."),
        ],
    )
    assert _joined(rows, "intercepted") == [], rows


def test_rival_exercises_troops_are_two_events(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            (
                "Tallinn Courier",
                "Meanwhile, Finland and its allies are holding their own exercise, involving some 30,000 troops and 500 vehicles.",
            ),
            (
                "Riga Wire",
                "Sweden and its neighbour Norway began a long-planned joint exercise involving thousands of troops on Friday.",
            ),
        ],
    )
    assert _joined(rows, "deployed") == [], rows


def test_near_miss_one_country_told_twice_still_corroborates(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            (
                "Tallinn Courier",
                "On Tuesday, Finland's air defence destroyed 40 drones over the east.",
            ),
            ("Riga Wire", "Finnish fighter jets and ground units shot down 40 drones on Tuesday."),
        ],
    )
    joined = _joined(rows, "intercepted")
    assert [r["status"] for r in joined] == ["corroborated"], rows


def test_near_miss_actor_only_in_the_speaker_still_compares(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            (
                "Tallinn Courier",
                "On Tuesday, Finland's air defence destroyed 40 drones over the east.",
            ),
            (
                "Riga Wire",
                "Sweden's defence ministry said that 40 drones were shot down on Tuesday.",
            ),
        ],
    )
    joined = _joined(rows, "intercepted")
    assert [r["status"] for r in joined] == ["corroborated"], rows


def test_near_miss_attacker_before_a_relative_clause_still_compares(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            ("Tallinn Courier", "Sweden launched drones overnight, but 35 drones were shot down."),
            ("Riga Wire", "Norwegian air defences shot down 35 drones overnight."),
        ],
    )
    joined = _joined(rows, "intercepted")
    assert [r["status"] for r in joined] == ["corroborated"], rows
