"""The front page of a long crisis (round front26; invented sentences, no third-party text).
Kinds a briefing on a crisis reported over weeks showed:

* a war's running count told again over weeks is one line, the latest report's: without an
  article or by its battles ("since fighting began", "since battles began"), a toll said to
  rise ("as the death toll rises"), the people the war displaced ("uprooting 700,000 people
  inside the country", then "Fighting has forced two million people from their homes"); a
  sentence naming no country counts for the country its report is about; a figure of the
  count told again without its cue is that count;
* a later lower figure of another counter (a narrower count) never stands for the line; the
  same counter's lower figure later is its revision and does;
* one city's count ("so far in the city") is a line of its own, not the country's;
* the newest decisive event leads the bottom line only while it is recent: a city's fall two
  months before the newest report gives way to that report's news of what happened; a
  schedule or a threat in the newest report never leads.

Near misses for each must not change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from tests.builders import paragraph_document

from briefbook.analysis.claims import find_claims
from briefbook.assessment.build import assess_documents
from briefbook.assessment.judgments import source_countries
from briefbook.assessment.key_judgments import running_tolls
from briefbook.model import Sentence

_DAYS = [dt.date(2025, 6, 1), dt.date(2025, 6, 9), dt.date(2025, 6, 16)]


def _s(n: int, text: str) -> Sentence:
    return Sentence(f"S{n}.1", f"S{n}", text, paragraph=0)


def _lines(*texts: str, origin: str | None = None) -> dict[int, int]:
    """running_tolls over one sentence a source, each a week after the one before, all of
    Niger (``origin``: the originator of every claim, when the test names one)."""
    sentences = [_s(n, t) for n, t in enumerate(texts, 1)]
    claims = {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)}
    if origin is not None:
        claims = {i: [replace(c, attributed_to=origin) for c in cs] for i, cs in claims.items()}
    return running_tolls(
        range(len(sentences)),
        sentences,
        claims,
        {i: frozenset({"country:Niger"}) for i in range(len(sentences))},
        {f"S{n}": _DAYS[n - 1] for n in range(1, len(sentences) + 1)},
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "At least 140 people have been killed since fighting began on May 3, the Niger "
            "medical council said.",
            "More than 900 people have been killed since battles began, according to the "
            "Tarvo monitoring project.",
        ),
        (
            "At least 140 people have been killed in Niger as the death toll rises from the "
            "fighting, according to the UN.",
            "The war has killed more than 900 people in Niger, officials said.",
        ),
        (
            "The WHO has reported that over 300 people have been killed in the fighting.",
            "Over 900 people have been killed since the clashes broke out, the Red Crescent said.",
        ),
        (
            "Many have fled the capital, uprooting 400,000 people inside the country.",
            "Fighting has forced nearly a million people from their homes, the UN says.",
        ),
    ],
)
def test_a_running_count_told_again_later_is_the_later_reports(a: str, b: str) -> None:
    assert _lines(a, b) == {0: 1}


def test_a_later_lower_figure_of_another_counter_does_not_stand() -> None:
    # the monitor's 900 first, the doctors' narrower 520 a week later: the 900 stands
    assert _lines(
        "More than 900 people have been killed since the fighting began, according to the "
        "Tarvo monitoring project.",
        "At least 520 people have been killed since fighting began, the Niger doctors' union said.",
    ) == {1: 0}


def test_the_same_counters_lower_figure_later_is_its_revision() -> None:
    assert _lines(
        "The health ministry said 610 people had been killed since the war began.",
        "The health ministry said 580 people had been killed since the war began.",
        origin="health ministry",
    ) == {0: 1}
    # near miss: told by two counters, the later lower figure does not stand
    assert _lines(
        "The health ministry said 610 people had been killed since the war began.",
        "The health ministry said 580 people had been killed since the war began.",
    ) == {1: 0}


def test_a_figure_of_the_count_told_again_without_its_cue_is_that_count() -> None:
    assert _lines(
        "At least 185 people have been killed in Niger as the death toll rises, according to "
        "the UN.",
        "The balance is uncertain: 185 dead according to the UN, 140 according to doctors.",
        "More than 1,800 people have been killed since battles began, according to monitors.",
    ) == {0: 2, 1: 2}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one city's count and the country's: two lines
        (
            "So far, 900 people have been killed in Niger since the war began.",
            "Activists say 1,100 people have been killed so far in the city.",
        ),
        (
            "So far, 900 people have been killed in Niger since the war began.",
            "So far, 1,100 people have been killed in Tarvo, the regional capital.",
        ),
        # the dead and the displaced: two lines
        (
            "More than 900 people have been killed since the fighting began.",
            "Fighting has forced nearly a million people from their homes, the UN says.",
        ),
        # one attack's toll is no running count
        (
            "So far, 150 people have been killed in Niger, officials said.",
            "Twelve people were killed in the fighting in Tarvo on Monday.",
        ),
    ],
)
def test_near_misses_stay_apart(a: str, b: str) -> None:
    assert _lines(a, b) == {}


def test_a_sentence_naming_no_country_counts_for_its_reports_country() -> None:
    sentences = [
        Sentence("S1.1", "S1", "Chad's envoy met Niger's president in Niamey.", paragraph=0),
        Sentence(
            "S1.2", "S1", "Chad said the talks would resume, Chad's envoy added.", paragraph=1
        ),
        Sentence(
            "S1.3", "S1", "More than 900 people have been killed since battles began.", paragraph=2
        ),
        Sentence("S2.1", "S2", "Fighting raged across Niger on Monday.", paragraph=0),
        Sentence("S3.1", "S3", "Niger's army said it held the airport.", paragraph=0),
        Sentence("S4.1", "S4", "The report names no country at all.", paragraph=0),
    ]
    home = source_countries(sentences)
    # S1 names Chad more often, but Niger is the country most sources name
    assert home["S1"] == frozenset({"country:Niger"})
    assert home["S2"] == frozenset({"country:Niger"})
    assert home["S4"] == frozenset()


# --- the latest state leads ------------------------------------------------------------------


def _crisis(newest: str, newest_day: str) -> list:
    return [
        paragraph_document(
            "S1",
            [
                "Tarsk rebels captured the city of Varn, the provincial capital, on Monday.",
                "Aid agencies said the roads to Varn were closed.",
            ],
            "Rebels take Varn",
            published="2025-01-27",
        ),
        paragraph_document(
            "S2",
            [
                "The Tarsk rebellion could draw Ostland into a regional war, analysts say.",
                "Ostland denies arming the rebels.",
            ],
            "Risk of regional war",
            published="2025-02-10",
        ),
        paragraph_document(
            "S3",
            [newest, "The monitors will report to both capitals."],
            "Latest",
            published=newest_day,
        ),
    ]


def _bottom_line(newest: str, newest_day: str) -> list[str]:
    docs = _crisis(newest, newest_day)
    return [k.text for k in assess_documents(docs, issue_date="2025-03-24").key_judgments]


@pytest.mark.parametrize(
    "news",
    [
        "The Tarsk rebels were keeping hold of the town of Dolm despite announcing a withdrawal.",
        "The governor of Dolm province was killed by Tarsk rebels in the town of Dolm.",
    ],
)
def test_the_newest_reports_news_leads_when_the_last_turn_is_old(news: str) -> None:
    shown = _bottom_line(news, "2025-03-23")
    assert shown and "Dolm" in shown[0], shown


@pytest.mark.parametrize(
    "news",
    [
        # a schedule or a threat in the newest report never leads
        "Ostland and the Tarsk rebels will meet in Dolm next month.",
        "Ostland threatened to impose sanctions on the Tarsk rebels.",
    ],
)
def test_a_newest_report_looking_ahead_does_not_lead(news: str) -> None:
    shown = _bottom_line(news, "2025-03-23")
    assert shown and shown[0] != news, shown


def test_a_recent_turn_still_leads() -> None:
    # near miss: the city fell ten days before the newest report; its fall leads
    docs = _crisis(
        "The Tarsk rebels were keeping hold of the town of Dolm despite announcing a withdrawal.",
        "2025-02-06",
    )
    shown = [k.text for k in assess_documents(docs, issue_date="2025-02-12").key_judgments]
    assert shown and "Varn" in shown[0], shown


def test_the_later_running_count_takes_the_earlier_ones_place() -> None:
    docs = [
        paragraph_document(
            "S1",
            [
                "At least 140 people have been killed in Niger as the death toll rises, "
                "according to the UN.",
                "Shops in Niamey stayed shut.",
            ],
            "Toll rises",
            published="2025-04-17",
        ),
        paragraph_document(
            "S2",
            [
                "More than 1,800 people have been killed in Niger since battles began, "
                "according to the Tarvo monitoring project.",
                "The army said it held the airport.",
            ],
            "Toll passes 1,800",
            published="2025-06-15",
        ),
    ]
    shown = [k.text for k in assess_documents(docs, issue_date="2025-06-16").key_judgments]
    assert any("1,800" in t for t in shown), shown
    assert not any("At least 140" in t for t in shown), shown


# --- tolls revised over time in the corroboration table -------------------------------------

_STRIKE = (
    "2026-03-10",
    "A missile strike on the bus depot in Orvia killed 52 civilians on Tuesday, the governor said.",
)


def _rows(tmp_path, reports: list[tuple[str, str]], event: str) -> list[dict]:
    from briefbook.assessment.corroboration import corroborate
    from builders import claims_assessment, dated_reports, originators_of

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


@pytest.mark.parametrize(
    "later",
    [
        "The interior ministry revised the toll down, saying 45 civilians were killed in the "
        "missile strike on the bus depot in Orvia on Tuesday.",
        "In a corrected toll, the interior ministry said 45 civilians were killed in the "
        "missile strike on the bus depot in Orvia on Tuesday.",
        # the same originator's lower figure later: its own correction
        "The governor said on Thursday that the missile strike on the bus depot in Orvia on "
        "Tuesday had killed 45 civilians.",
    ],
)
def test_a_toll_revised_down_is_a_revision(tmp_path, later: str) -> None:
    (row,) = _rows(tmp_path, [_STRIKE, ("2026-03-12", later)], "killed")
    assert row["status"] == "revised", row


def test_another_counters_lower_later_toll_still_contradicts(tmp_path) -> None:
    later = (
        "2026-03-12",
        "The missile strike on the bus depot in Orvia on Tuesday killed 45 civilians, the "
        "interior ministry said.",
    )
    (row,) = _rows(tmp_path, [_STRIKE, later], "killed")
    assert row["status"] == "contradicted", row


@pytest.mark.parametrize(
    ("earlier", "status"),
    [
        # an earlier figure told as a stage of the count: the later higher one revises it
        (
            "The health office initially said 30 civilians were killed in the missile strike on "
            "the bus depot in Orvia on Tuesday.",
            "revised",
        ),
        (
            "A previous toll by the health office said 30 civilians were killed in the missile "
            "strike on the bus depot in Orvia on Tuesday.",
            "revised",
        ),
        # near miss: told as the count, another origin's higher count later is a rival
        (
            "The health office said 30 civilians were killed in the missile strike on the bus "
            "depot in Orvia on Tuesday.",
            "contradicted",
        ),
    ],
)
def test_an_initial_toll_then_a_higher_one(tmp_path, earlier: str, status: str) -> None:
    (row,) = _rows(tmp_path, [("2026-03-10", earlier), ("2026-03-12", _STRIKE[1])], "killed")
    assert row["status"] == status, row


# --- "the operation" named from its source ----------------------------------------------------


def _named(texts: list[str], at: int) -> str | None:
    from briefbook.assessment.referents import name_operations
    from briefbook.model import Statement

    sentences = [Sentence(f"S1.{k}", "S1", t, paragraph=k - 1) for k, t in enumerate(texts, 1)]
    statement = Statement(text=texts[at], evidence=[sentences[at].id])
    out = name_operations({at: statement}, sentences)
    return out[at].text if at in out else None


@pytest.mark.parametrize(
    ("texts", "shown"),
    [
        (
            [
                "Chad launched Operation Desert Hammer against Niger's northern garrisons.",
                "Markets in Niamey stayed shut on Monday.",
                "The operation has displaced 40,000 people, the UN said.",
            ],
            "The operation [Operation Desert Hammer] has displaced 40,000 people, the UN said.",
        ),
        (
            [
                "The Tarsk offensive towards Varn entered its third week.",
                "The ongoing offensive has cut the road to the airport, officials said.",
            ],
            "The ongoing offensive [Tarsk offensive] has cut the road to the airport, "
            "officials said.",
        ),
    ],
)
def test_the_operation_is_named_from_earlier_in_its_source(texts: list[str], shown: str) -> None:
    assert _named(texts, len(texts) - 1) == shown


@pytest.mark.parametrize(
    ("texts", "at"),
    [
        # named only after it
        (
            [
                "The operation has displaced 40,000 people, the UN said.",
                "Chad launched Operation Desert Hammer against Niger's northern garrisons.",
            ],
            0,
        ),
        # never named
        (["Rebels advanced on Varn.", "The offensive has cut the road to the airport."], 1),
        # the operation of a thing: its working
        (
            [
                "Chad launched Operation Desert Hammer against Niger.",
                "The operation of the airport resumed on Monday.",
            ],
            1,
        ),
        # named by its actor already
        (
            [
                "Chad launched Operation Desert Hammer against Niger.",
                "The Tarsk offensive has cut the road to the airport.",
            ],
            1,
        ),
        # another kind of operation named earlier: an offensive is no named operation
        (
            [
                "Chad launched Operation Desert Hammer against Niger.",
                "The offensive has cut the road to the airport.",
            ],
            1,
        ),
    ],
)
def test_an_operation_not_named_before_stays_as_written(texts: list[str], at: int) -> None:
    assert _named(texts, at) is None


# --- an increment of a toll is a part, no event of its own ---------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "The defence ministry of Tarvia said it had recorded another 49 casualties among its "
            "military, pushing the military death toll to 604 since fighting erupted.",
            [(49, True), (604, False)],
        ),
        (
            "Two more wounded soldiers died in hospital, bringing the toll to 31.",
            [(2, True), (31, False)],
        ),
        (
            "Kelvo officials said 16 more of their servicemen have been killed, bringing the total "
            "number of dead among military members to 532.",
            [(16, True), (532, False)],
        ),
        # no total carried: the increment is a part all the same
        ("The Defense Ministry of Tarvia reported 40 more deaths of its soldiers.", [(40, True)]),
    ],
)
def test_an_increment_of_a_toll(text: str, figures: list[tuple[int, bool]]) -> None:
    assert [(c.quantity, c.part) for c in find_claims(text, "S1.1")] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the rest after another count, a comparison: no increments
        (
            "More than 40 soldiers were killed and another 12 were wounded.",
            [(40, False), (12, False)],
        ),
        ("Police said 30 more protesters were arrested on Friday than on Thursday.", [(30, False)]),
        ("More than 100 people were killed in Varn on Monday.", [(100, False)]),
    ],
)
def test_near_misses_are_no_increments(text: str, figures: list[tuple[int, bool]]) -> None:
    assert [(c.quantity, c.part) for c in find_claims(text, "S1.1")] == figures


def test_an_increment_carried_into_the_toll_is_no_row_of_its_own(tmp_path) -> None:
    reports = [
        (
            "2026-03-10",
            "Tarvian officials said 20 soldiers were killed in the fighting in Orvia on Monday.",
        ),
        (
            "2026-03-12",
            "Two more wounded soldiers died in hospital, bringing the toll from the fighting in "
            "Orvia on Monday to 22, Tarvian officials said.",
        ),
    ]
    rows = _rows(tmp_path, reports, "killed")
    assert [r["status"] for r in rows] == ["revised"], rows
