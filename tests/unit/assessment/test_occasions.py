"""Support only from the same occasion: dates within the window, the same event verbs."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.occasions import (
    occasion_day,
    predicate_events,
    same_occasion,
    sentence_time,
)
from briefbook.assessment.signals import key_signal
from briefbook.config.outline import load_schema
from briefbook.model import Document, Sentence

PUBLISHED = dt.date(2026, 2, 9)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("On 3 March 2025, 40 people were killed in Ostra.", ("2025-03-03", "2025-03-03")),
        ("In 2024, the army shot down 12 drones.", ("2024-01-01", "2024-12-31")),
        ("The raids of last October were a catastrophe.", ("2025-10-01", "2025-10-31")),
        ("The siege of Ostra began in April 2023 and goes on.", ("2026-02-09", "2026-02-09")),
        ("The militia has held Ostra since May 2024.", ("2026-02-09", "2026-02-09")),
        ("Troops may withdraw, officials said on Monday.", ("2026-02-09", "2026-02-09")),
    ],
)
def test_sentence_time(text, span):
    got = sentence_time(text, PUBLISHED)
    assert got is not None and (got[0].isoformat(), got[1].isoformat()) == span


def test_no_time_without_a_date():
    assert sentence_time("Troops entered the town.", None) is None


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("The militia has captured the town of Ostra.", {"captured"}),
        ("Rebels seized the airport on Sunday.", {"captured"}),
        ("The militia has besieged and attacked the town.", {"struck"}),
        ("Air defences shot down 40 drones.", {"intercepted"}),
        ("The capture of the town was announced.", set()),  # a noun, not the predicate
        ("The militia may attack the town.", set()),
    ],
)
def test_predicate_events(text, events):
    assert predicate_events(text) == events


def test_same_occasion_needs_the_window_and_the_same_event():
    captured = "The militia has captured the town of Ostra, officials said."
    seized = "The militia seized Ostra, the army said."
    attacked = "The militia has besieged and attacked the town of Ostra."
    oct25, jun24 = dt.date(2025, 10, 28), dt.date(2024, 6, 24)
    assert same_occasion(captured, oct25, seized, dt.date(2025, 10, 27), 90)
    assert not same_occasion(captured, oct25, seized, jun24, 90)  # 16 months apart
    assert not same_occasion(captured, oct25, attacked, oct25, 90)  # another predicate
    assert same_occasion(captured, oct25, seized, None, 90)  # an unknown date: kept
    # the sentence's own date wins over its source's
    assert not same_occasion(captured, oct25, "In June 2024 the militia seized Ostra.", oct25, 90)


def _doc(doc_id: str, texts: list[str], published: str, origin: str = "header") -> Document:
    doc = Document(id=doc_id, title=doc_id, path=f"{doc_id}.txt", sha256=doc_id, format="txt")
    doc.published, doc.date_origin = published, origin
    doc.paragraphs = list(texts)
    doc.sentences = [
        Sentence(f"{doc_id}.{k}", doc_id, t, paragraph=k - 1) for k, t in enumerate(texts, 1)
    ]
    return doc


CAPTURE = "The Karsian militia has captured the town of Ostra, the capital of the north."
OTHER = ["Aid convoys remain stuck at the border crossing.", "Prices of bread doubled."]


def _evidence(published_b: str, origin_b: str = "header") -> list[str]:
    schema = load_schema("conflict")
    a = _doc("S1", [CAPTURE, *OTHER], "2025-10-28")
    b = _doc("S2", [CAPTURE], published_b, origin_b)
    sections = {s.id: "context" for d in (a, b) for s in d.sentences}
    result = draw_judgments([a, b], sections, schema, groups={"S1": "S1", "S2": "S2"})
    statements = [st for sts in result.sections.values() for st in sts] + result.key_judgments
    return sorted(next(st.evidence for st in statements if st.text == CAPTURE))


def test_support_from_a_report_far_older_is_no_support():
    assert _evidence("2025-10-27") == ["S1.1", "S2.1"]
    assert len(_evidence("2024-06-24")) == 1  # 16 months apart: each stands alone
    # a file's modification time is no publication date: kept
    assert _evidence("2024-06-24", "mtime") == ["S1.1", "S2.1"]


def test_two_reports_that_name_their_days_weeks_apart_are_two_occasions():
    # a blocked convoy on a Monday and one that passed on a later weekend read alike but
    # are two occasions; each names its day, counted from its source's date
    blocked = (
        "Coast guard boats seized two supply dinghies during Monday's resupply run to the reef."
    )
    passed = "Over the weekend, the navy resupplied the reef garrison without interference."
    june, july = dt.date(2024, 6, 19), dt.date(2024, 7, 29)
    assert occasion_day(blocked, june) == (dt.date(2024, 6, 12), june)
    assert occasion_day("On 17 June the boats were rammed.", july) == (
        dt.date(2024, 6, 17),
        dt.date(2024, 6, 17),
    )
    assert occasion_day("The reef lies 200 km from the island.", july) is None
    assert occasion_day(passed, None) is None
    assert not same_occasion(passed, july, blocked, june, 90, 7)
    # without the check, or with days inside a week, or when one names no day: kept
    assert same_occasion(passed, july, blocked, june, 90)
    assert same_occasion(passed, july, "Resupply boats reached the reef on Saturday.", july, 90, 7)
    assert same_occasion(passed, july, "The reef garrison has long been resupplied.", july, 90, 7)
    # but a report published before the weekend it names cannot tell of it (trialA21)
    assert not same_occasion(
        passed, july, "The reef garrison has long been resupplied.", june, 90, 7
    )
    assert not same_occasion(
        "On 3 May, boats rammed a dinghy at the reef.",
        dt.date(2024, 6, 1),
        "On 20 May, boats rammed a dinghy at the reef.",
        dt.date(2024, 6, 1),
        90,
        7,
    )


def test_a_description_of_a_place_supports_no_report_of_what_happened_there():
    schema = load_schema("conflict")
    report = "The envoy condemned dangerous manoeuvres near Vendra Reef in the Karsian Sea."
    described = (
        "Vendra Reef, known as Ostra Reef to Karsia, is one of several disputed features "
        "in the Karsian Sea."
    )
    a = _doc("S1", [report, *OTHER], "2024-06-17")
    b = _doc("S2", [described, "Bread prices rose again."], "2024-06-20")
    sections = {s.id: "context" for d in (a, b) for s in d.sentences}
    result = draw_judgments([a, b], sections, schema, groups={"S1": "S1", "S2": "S2"})
    statements = [st for sts in result.sections.values() for st in sts] + result.key_judgments
    for st in statements:
        if st.text in (report, described):
            assert len(st.evidence) == 1, st.evidence
    assert key_signal(described, False, False).identity
    assert not key_signal(report, False, False).identity


def test_a_sentence_left_out_of_every_section_is_no_support():
    """A photo caption that repeats the report is boilerplate: no source behind the
    statement, however close its words."""
    schema = load_schema("conflict")
    caption = "Karsian militia fighters captured the town of Ostra, the capital of the north."
    a = _doc("S1", [CAPTURE, *OTHER], "2025-10-28")
    b = _doc("S2", [caption, "Fuel queues grew in the south."], "2025-10-28")
    evidence = {}
    for caption_section in ("context", None):
        sections = {s.id: "context" for d in (a, b) for s in d.sentences}
        sections["S2.1"] = caption_section
        result = draw_judgments([a, b], sections, schema, groups={"S1": "S1", "S2": "S2"})
        statements = [st for sts in result.sections.values() for st in sts]
        evidence[caption_section] = sorted(
            next(st.evidence for st in statements if "captured the town of Ostra" in st.text)
        )
    assert evidence["context"] == ["S1.1", "S2.1"]
    assert evidence[None] == ["S1.1"]


@pytest.mark.parametrize(
    "report",
    [
        "Varno was among the villages shelled by Tarvian guns on Friday, killing 9 people.",
        "Lesk was one of four ports struck by drones overnight.",
        "Orvel is among the towns that were bombed on Sunday.",
    ],
)
def test_a_place_kind_followed_by_what_happened_there_is_a_report(report: str) -> None:
    # the kind noun is followed by a past participle: an event, not what the place is
    signal = key_signal(report, False, False)
    assert not signal.identity and not signal.record, signal
    # the same kind noun with nothing that happened stays a description
    assert key_signal("Varno is one of the oldest villages in the valley.", False, False).identity


def test_a_day_word_of_the_main_clause_names_the_day_over_a_background_year() -> None:
    issued = dt.date(2024, 8, 15)
    week = (dt.date(2024, 8, 8), issued)
    for text in (
        "Orlen Atoll, occupied by Tarvia in 2003, was shelled by patrol boats on Tuesday.",
        "Talks begun in April collapsed on Tuesday.",
    ):
        assert occasion_day(text, issued) == week, text
        assert sentence_time(text, issued) == (issued, issued), text
    assert occasion_day("Patrol boats shelled the atoll in April.", issued) is None


def test_day_words_read_the_one_weekday_list() -> None:
    from briefbook.analysis.numbers import relative_day_words, weekdays

    # the weekdays are read from data/numbers.yaml alone, the day words from relative_days.yaml
    assert not relative_day_words() & weekdays()
    issued = dt.date(2024, 8, 15)
    for day in [*sorted(weekdays()), "yesterday", "today"]:
        text = f"Boats blocked the channel {day.title()}."
        assert occasion_day(text, issued) == (issued - dt.timedelta(days=7), issued), day


def test_the_day_something_was_said_is_not_the_day_of_the_event() -> None:
    issued = dt.date(2024, 8, 15)
    for text in (
        "In April, Tarvian troops took the ridge, officials said on Tuesday.",
        "Tarvian troops took the ridge in April, the army told reporters yesterday.",
    ):
        assert occasion_day(text, issued) is None, text
        assert sentence_time(text, issued) == (dt.date(2024, 4, 1), dt.date(2024, 4, 30)), text
    # a day word of the event itself still names it
    week = (dt.date(2024, 8, 8), issued)
    assert occasion_day("Officials said troops attacked the ridge on Tuesday.", issued) == week
    assert occasion_day("Officials said Tuesday's raid hit a depot built in 2003.", issued) == week


def test_the_main_verb_after_an_aside_closed_by_a_comma_stays() -> None:
    from briefbook.assessment.occasions import main_clause

    issued = dt.date(2024, 8, 15)
    week = (dt.date(2024, 8, 8), issued)
    for text, verb in (
        ("Raiders, backed by mortars, stormed Velka on Monday.", "stormed Velka on Monday"),
        ("Bandits, who came on horseback, robbed six farms on Sunday.", "robbed six farms"),
    ):
        assert verb in main_clause(text), text
        assert occasion_day(text, issued) == week, text
    # a month later: another occasion, no support across it
    later = dt.date(2024, 9, 20)
    assert not same_occasion(
        "Raiders, backed by mortars, stormed Velka on Monday.",
        issued,
        "Raiders stormed Velka on Thursday.",
        later,
        window_days=60,
        occasion_days=3,
    )
    # an aside it closes is still background
    assert "1999" not in main_clause("Pell Island, taken by Ostria in 1999, was shelled.")
