"""Corroboration kinds of review round revB28 around the rules of rounds trialB28 and
trialA28 (invented reports, no third-party text):

* a figure told in a clause of its own after "and" ("Russia launched 40 drones, and 35 were
  shot down") has no doer in its clause: the attacker of the first clause is no interceptor,
  so the figure still corroborates another country's report of its own interceptions;
* names listed before the verb ("Finland, Sweden, and Norway shot down") are one subject, no
  opening set off by a comma: a report of one of them corroborates it;
* a body's spokesman with a lower-case body of two words ("India's defence ministry
  spokesman Ravi Das") is one origin with the body; another country's body stays apart.
Near misses that must not change: two countries' own interceptions stay two events."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.ingest import SourceSpec, load_documents


def _assess(tmp_path: Path, texts: list[str]):
    specs = []
    for k, text in enumerate(texts, 1):
        body = f"Title: Night report\nPublisher: Wire {k}\nPublished: 2031-05-14\n\n{text}\n"
        (tmp_path / f"s{k}.txt").write_text(body, encoding="utf-8")
        specs.append(SourceSpec(path=f"s{k}.txt"))
    return assess_documents(load_documents(specs, base=tmp_path), issue_date="2031-05-15")


def _joined(a, event: str) -> list[dict]:
    return [
        r
        for r in a.corroboration
        if r["event"] == event and len({e.split(".")[0] for e in r["evidence"]}) > 1
    ]


def test_a_figure_in_a_clause_after_and_has_no_doer(tmp_path: Path) -> None:
    for first in (
        "Kyiv's air force said Russia launched 40 drones overnight, and 35 were shot down.",
        "Russia fired 40 drones overnight and 35 were shot down, officials said.",
    ):
        a = _assess(tmp_path, [first, "Ukrainian air defences shot down 35 drones overnight."])
        rows = _joined(a, "intercepted")
        assert len(rows) == 1, (first, rows)  # compared in one row (a copy may fold them)


def test_listed_doers_are_one_subject(tmp_path: Path) -> None:
    a = _assess(
        tmp_path,
        ["Finland, Sweden, and Norway shot down 12 drones.", "Swedish jets shot down 12 drones."],
    )
    assert len(_joined(a, "intercepted")) == 1


def test_near_miss_two_countries_own_interceptions_stay_apart(tmp_path: Path) -> None:
    a = _assess(
        tmp_path,
        [
            "On Tuesday Finnish jets shot down 9 drones, and Estonia reported no losses.",
            "Estonian air defences shot down 9 drones on Tuesday.",
        ],
    )
    assert _joined(a, "intercepted") == []


def test_a_ministry_spokesman_is_one_origin_with_the_ministry(tmp_path: Path) -> None:
    a = _assess(
        tmp_path,
        [
            "India's defence ministry spokesman Ravi Das said 9 soldiers were killed.",
            "India's defence ministry said 9 soldiers were killed.",
        ],
    )
    rows = _joined(a, "killed")
    assert [r["independent_sources"] for r in rows] == [1], rows


def test_near_miss_another_countrys_army_stays_independent(tmp_path: Path) -> None:
    a = _assess(
        tmp_path,
        [
            "Pakistan's army spokesman, Lt Gen Asim Tariq, said 11 soldiers were killed.",
            "India's army said 11 soldiers were killed.",
        ],
    )
    rows = _joined(a, "killed")
    assert [r["independent_sources"] for r in rows] == [2], rows
