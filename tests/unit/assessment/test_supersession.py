"""A later report of one situation supersedes an earlier one in the key judgments: the
report that a town was captured leads, the earlier report that it was encircled does not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from briefbook.analysis.embeddings import embed
from briefbook.assessment import assess_documents
from briefbook.assessment.paraphrase import Paraphrases
from briefbook.assessment.supersession import (
    is_wide_place,
    report_date,
    same_subject,
    superseded_reports,
)
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Sentence

ENCIRCLED = """Vendra encircled

Tarvian forces have encircled the river town of Vendra and cut the last supply road into the town, the regional governor said on Tuesday.

About 3,000 civilians remain inside Vendra, according to the regional governor, and food stocks will last two weeks.

The governor appealed for a humanitarian corridor.
"""

CAPTURED = """Vendra falls

Tarvian forces captured the river town of Vendra on Thursday after a three-week siege, the regional governor said.

Fighting has moved to the villages west of the town, residents said.
"""

PORT = """Korval port reopens

Grain ships sailed from the port of Korval on Wednesday for the first time since the spring, the port authority said.

Exporters expect shipments to double by the end of the year.
"""


def _docs(tmp_path: Path, *, early: str, late: str) -> list:
    for name, text in (
        ("encircled.txt", ENCIRCLED),
        ("captured.txt", CAPTURED),
        ("port.txt", PORT),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_documents(
        [
            # the earlier report comes from the better-graded source: grade alone favours it
            SourceSpec(path="encircled.txt", published=early, reliability="A", credibility=1),
            SourceSpec(path="captured.txt", published=late, reliability="C", credibility=3),
            SourceSpec(path="port.txt", published="2024-11-27", reliability="B", credibility=2),
        ],
        base=tmp_path,
    )


def _position(texts: list[str], start: str) -> int | None:
    return next((n for n, t in enumerate(texts) if t.startswith(start)), None)


def test_the_later_report_of_a_situation_leads_and_supersedes_the_earlier(tmp_path: Path) -> None:
    docs = _docs(tmp_path, early="2024-11-19", late="2024-11-29")
    a = assess_documents(docs, issue_date="2024-12-01")
    texts = [k.text for k in a.key_judgments]
    captured = _position(texts, "Tarvian forces captured")
    assert captured is not None, texts
    assert _position(texts, "Tarvian forces have encircled") is None, texts
    # nothing about the town ranks above its latest report
    assert all("Vendra" not in t for t in texts[:captured]), texts


def test_the_dates_decide_not_the_order_of_the_sources(tmp_path: Path) -> None:
    # the same two reports with the dates swapped: now "encircled" is the later news
    docs = _docs(tmp_path, early="2024-11-29", late="2024-11-19")
    texts = [k.text for k in assess_documents(docs, issue_date="2024-12-01").key_judgments]
    assert _position(texts, "Tarvian forces have encircled") is not None, texts
    assert _position(texts, "Tarvian forces captured") is None, texts


def _sentences(rows: list[tuple[str, str]]) -> tuple[list[Sentence], Paraphrases]:
    seen: dict[str, int] = {}
    sentences = []
    for src, text in rows:
        seen[src] = seen.get(src, 0) + 1
        sentences.append(Sentence(id=f"{src}.{seen[src]}", source=src, text=text))
    vectors = embed([s.text for s in sentences]).astype(np.float64)
    return sentences, Paraphrases(sentences, vectors)


def test_only_one_place_or_actor_in_one_domain_is_one_situation() -> None:
    sentences, similar = _sentences(
        [
            ("S1", "Tarvian forces have encircled the river town of Vendra."),
            ("S2", "Tarvian forces captured the river town of Vendra after a siege."),
            ("S3", "Aid agencies delivered food to the river town of Vendra."),
            ("S4", "Tarvian forces captured the hill town of Korval after a siege."),
        ]
    )
    published = {"S1": "2024-11-19", "S2": "2024-11-29", "S3": "2024-11-10", "S4": "2024-11-30"}
    named = {
        "S1.1": frozenset({"place:Vendra", "force:Tarvian forces"}),
        "S2.1": frozenset({"place:Vendra", "force:Tarvian forces"}),
        "S3.1": frozenset({"place:Vendra"}),
        "S4.1": frozenset({"place:Korval", "force:Tarvian forces"}),
    }
    out = superseded_reports(range(4), sentences, published, named, similar, 0.5)
    # the encirclement gives way to the capture of the same town; the aid delivery (another
    # domain) and the capture of another town by the same forces are other situations
    assert out == {0: 1}
    # undated sources supersede nothing
    assert superseded_reports(range(4), sentences, {}, named, similar, 0.5) == {}


def test_the_day_a_sentence_reports_on() -> None:
    issued = dt.date(2024, 11, 29)
    assert report_date("Forces took the town on 10 November.", issued) == dt.date(2024, 11, 10)
    assert report_date("The siege began on May 3, 2023, and ended on 2 June.", issued) == (
        dt.date(2024, 6, 2)
    )
    # a day after the source's date is a plan, not a report; a day in a later month of the
    # year without a year is last year's
    assert report_date("Talks resume on 15 December.", dt.date(2025, 1, 10)) == dt.date(
        2024, 12, 15
    )
    assert report_date("Talks resume on 15 December 2024.", issued) == issued
    assert report_date("Of the hostages, 12 may be freed.", issued) == issued
    # a deadline or the start of a span is not the day reported on
    assert report_date("Forces may take the town by 20 November.", issued) == issued
    assert report_date("The siege has lasted since 2 October.", issued) == issued
    assert report_date("Forces took the town on 10 November.", None) is None
    assert report_date("Forces took the town on 10 November 2024.", None) == dt.date(2024, 11, 10)


def test_within_one_source_the_later_day_supersedes() -> None:
    sentences, similar = _sentences(
        [
            ("S1", "On 2 April, Tarvian forces encircled the river town of Vendra."),
            ("S1", "On 10 May, Tarvian forces captured the river town of Vendra."),
            ("S1", "Tarvian forces captured the river town of Vendra after a long siege."),
        ]
    )
    both = frozenset({"place:Vendra", "force:Tarvian forces"})
    named = {"S1.1": both, "S1.2": both, "S1.3": both}
    out = superseded_reports(range(3), sentences, {"S1": "2024-06-01"}, named, similar, 0.5)
    # a sentence of the source that names no day is not dated by the source's day
    assert out == {0: 1}


def test_one_situation_shares_a_place_or_when_neither_names_one_an_actor() -> None:
    army = "force:Tarvian forces"
    assert same_subject(frozenset({"place:Vendra", army}), frozenset({"place:Vendra"})) == "place"
    assert (
        same_subject(frozenset({"place:Vendra", army}), frozenset({"place:Korval", army})) is None
    )
    assert same_subject(frozenset({army}), frozenset({"place:Korval", army})) is None
    assert same_subject(frozenset({army, "person:Ana Rell"}), frozenset({army})) == "actor"
    # a named ship is the scene of its attack, as a place is
    ship = "vessel:Orvan Tide"
    assert same_subject(frozenset({ship, army}), frozenset({ship})) == "place"
    assert same_subject(frozenset({ship, army}), frozenset({"vessel:Selka Dawn", army})) is None


def _two_reports(
    first: str, second: str, name: str
) -> tuple[list[Sentence], Paraphrases, dict[str, frozenset[str]]]:
    """Sentence S1.1 of source S1 and S2.1 of S2, both naming the entity ``name``."""
    sentences, similar = _sentences([("S1", first), ("S2", second)])
    named = frozenset({name})
    return sentences, similar, {"S1.1": named, "S2.1": named}


def test_an_actor_alone_links_two_reports_only_when_they_are_closer() -> None:
    sentences, similar, named = _two_reports(
        "President Ana Rell ordered troops to the northern border.",
        "President Ana Rell ordered troops to withdraw from the northern border.",
        "person:Ana Rell",
    )
    published = {"S1": "2024-11-01", "S2": "2024-11-20"}
    cos = similar.similarity(0, 1)
    assert superseded_reports(range(2), sentences, published, named, similar, cos) == {0: 1}
    assert superseded_reports(range(2), sentences, published, named, similar, cos, cos + 0.01) == {}


@pytest.mark.parametrize(
    ("first", "second", "name", "days"),
    [
        # two incidents in one sea are two situations, as two towns of one country are: a
        # boarding at sea in May and an analyst's view of naval power a month later
        (
            "Coast guard boats rammed and boarded two navy dinghies in the Coral Sea.",
            "Weak shipbuilding has let the larger navy dominate the Coral Sea.",
            "place:Coral Sea",
            ("2024-05-02", "2024-06-02"),
        ),
        # a story of March, told in a later source, is older than the report of 17 June
        (
            "The ambassador condemned the ramming of navy boats at Vendra Shoal.",
            "A similar condemnation of a ramming at Vendra Shoal was issued in March.",
            "place:Vendra Shoal",
            ("2024-06-17", "2024-06-19"),
        ),
    ],
)
def test_the_second_source_does_not_supersede_the_first(
    first: str, second: str, name: str, days: tuple[str, str]
) -> None:
    sentences, similar, named = _two_reports(first, second, name)
    published = {"S1": days[0], "S2": days[1]}
    assert 0 not in superseded_reports(range(2), sentences, published, named, similar, 0.0)


def test_a_sea_or_a_continent_is_no_place_of_one_situation() -> None:
    assert is_wide_place("Coral Sea") and is_wide_place("Indian Ocean")
    assert is_wide_place("Middle East") and not is_wide_place("Vendra Shoal")
    sea, shoal = "place:Coral Sea", "place:Vendra Shoal"
    assert same_subject(frozenset({sea, shoal}), frozenset({sea, shoal})) == "place"
    assert same_subject(frozenset({sea}), frozenset({sea, shoal})) is None


def test_a_lake_named_like_a_sea_is_the_place_of_one_situation() -> None:
    lake, sea = "place:Sea of Galilee", "place:Sea of Okhotsk"
    assert same_subject(frozenset({lake}), frozenset({lake})) == "place"
    assert same_subject(frozenset({sea}), frozenset({sea})) is None


def test_a_month_named_alone_dates_the_report() -> None:
    issued = dt.date(2024, 6, 19)
    # "in March" in a June report reports on March, not on the day of the report
    assert report_date("A similar visit was made in March after the first injuries.", issued) == (
        dt.date(2024, 3, 31)
    )
    assert report_date("In late May 2023, talks broke down.", issued) == dt.date(2023, 5, 31)
    # the month of the report itself ends at the report
    assert report_date("In June, forces took the town.", issued) == issued
    # a month that starts a span is not the time reported on; a year is
    assert report_date("The siege has lasted since March.", issued) == issued
    assert report_date("In 1999 the navy grounded a ship on the reef.", issued) == dt.date(
        1999, 12, 31
    )
    # a day named wins over a month
    assert report_date("Talks held in March ended on 2 June.", issued) == dt.date(2024, 6, 2)


def test_background_dates_never_re_date_a_fresh_report() -> None:
    issued = dt.date(2024, 8, 15)
    # a year or month in an aside, a relative clause or a comparison is background
    for text in (
        "Orlen Atoll, occupied by Tarvia in 2003, was shelled by patrol boats on Tuesday.",
        "Orlen Atoll, which Tarvia occupied in 2003, was shelled by patrol boats on Tuesday.",
        "Orlen Atoll (occupied since 2003) was shelled by patrol boats.",
        "The atoll which Tarvia occupied in May 2003 was shelled by patrol boats.",
        "Patrol boats shelled the atoll again, as they had in April.",
    ):
        assert report_date(text, issued) == issued, text
    # a day word of the main clause wins over a month or year it also names
    assert report_date("Talks begun in April collapsed on Tuesday.", issued) == issued
    assert report_date("Talks of 2023 collapsed yesterday.", issued) == issued
    # a month or a year dates it only when no day is named
    assert report_date("Patrol boats shelled the atoll in April.", issued) == dt.date(2024, 4, 30)


def test_a_fresh_report_with_a_background_year_is_not_superseded_by_an_older_one() -> None:
    sentences, similar, named = _two_reports(
        "Orlen Atoll, occupied by Tarvia in 2003, was shelled by patrol boats on Tuesday.",
        "Patrol boats shelled Orlen Atoll on Sunday.",
        "place:Orlen Atoll",
    )
    published = {"S1": "2024-08-15", "S2": "2024-08-05"}
    assert superseded_reports(range(2), sentences, published, named, similar, 0.0) == {1: 0}


@pytest.mark.parametrize(
    ("name", "wide"),
    [
        ("Sea of Okhotsk", True),
        ("Gulf of Oman", True),
        ("Bay of Biscay", True),
        ("Strait of Malacca", True),
        ("the Mediterranean", True),
        ("the Tasman Sea", True),
        # a lake called a sea is one place
        ("Dead Sea", False),
        ("Salton Sea", False),
        # ... and so is a lake whose name opens like a sea's or a bay's
        ("Sea of Galilee", False),
        ("the Sea of Tiberias", False),
        ("Bay of Quinte", False),
        ("Sea of Marmara", True),
        ("Gulf Harbour", False),
    ],
)
def test_seas_gulfs_bays_and_straits_by_their_form_and_name(name: str, wide: bool) -> None:
    assert is_wide_place(name) is wide
