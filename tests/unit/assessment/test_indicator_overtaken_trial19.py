"""An indicator looks ahead of the issue: a forward-looking sentence whose every named day
("Today will see ...", "on 12 May", "tomorrow") lies before the issue date looks to what has
already happened by then, and is no indicator (invented sentences, no third-party text). A
day after the issue date, an open future ("in the coming weeks") or no day at all leaves it
standing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.occasions import looked_ahead_day
from briefbook.assessment.situation import is_indicator
from briefbook.ingest import SourceSpec, load_documents

PUBLISHED = dt.date(2024, 5, 6)  # a Monday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Today will see the two river commanders meet at the Ostra bridge.", PUBLISHED),
        ("The joint commission will meet tomorrow in Velmar.", dt.date(2024, 5, 7)),
        ("Talks are scheduled to begin in Velmar shortly.", dt.date(2024, 5, 7)),
        ("The border committee will hold its first session on May 14.", dt.date(2024, 5, 14)),
        ("Talks are to follow on 3 May and again on 20 May.", dt.date(2024, 5, 20)),
        ("The monitors will arrive on Friday.", dt.date(2024, 5, 10)),
        ("Both delegations will return to Velmar on Jan. 9.", dt.date(2025, 1, 9)),
        ("VELMAR, May 6 (Newswire) -- The envoys will meet on May 8.", dt.date(2024, 5, 8)),
    ],
)
def test_the_day_a_forward_sentence_looks_to(text: str, day: dt.date) -> None:
    assert looked_ahead_day(text, PUBLISHED) == day


@pytest.mark.parametrize(
    "text",
    [
        "The commanders will meet again in the coming weeks.",
        "The army will withdraw from the ridge next week, on Friday.",
        "The monitors will report to the council.",
    ],
)
def test_an_open_future_or_no_day_names_no_day(text: str) -> None:
    assert looked_ahead_day(text, PUBLISHED) is None


def test_no_day_without_a_source_date() -> None:
    assert looked_ahead_day("The envoys will meet on May 8.", None) is None


def _indicators(tmp_path: Path, issue: str) -> list[str]:
    (tmp_path / "truce.txt").write_text(
        "Ostland and Dravno agreed a truce at talks in Velmar on Monday.\n\n"
        "Today will see the regional commanders of both armies meet at the Ostra bridge to "
        "agree on the withdrawal of their artillery.\n\n"
        "A joint border commission is expected to meet on May 30 to mark the disputed "
        "line.\n",
        encoding="utf-8",
    )
    docs = load_documents([SourceSpec(path="truce.txt", published="2024-05-06")], base=tmp_path)
    return [s.text for s in assess_documents(docs, issue_date=issue).indicators]


def test_an_overtaken_schedule_is_no_indicator(tmp_path: Path) -> None:
    shown = _indicators(tmp_path, "2024-05-16")
    assert not any("Today will see" in t for t in shown), shown
    assert any("May 30" in t for t in shown), shown


def test_on_its_own_day_a_schedule_is_still_an_indicator(tmp_path: Path) -> None:
    shown = _indicators(tmp_path, "2024-05-06")
    # its day written as its source's date (round bluf24)
    assert any("6 May 2024 will see" in t for t in shown), shown


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varo, sheltering in a cellar, said she hoped the shelling would end soon.",
        "The mayor of Dravno, speaking by telephone, said the town would rebuild its school.",
    ],
)
def test_words_reported_after_an_aside_are_no_indicator(text: str) -> None:
    # a report of someone's words with an aside after the speaker, as without the aside
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        # a course of another the speaker foresees stays one to watch
        "The mayor, speaking in Velmar, said the militia is expected to attack the airport.",
        # a modal in the main clause with the speaker at the end
        "The brigade, reinforced by tanks, will push toward the river, officials said.",
    ],
)
def test_a_foreseen_course_after_an_aside_stays_an_indicator(text: str) -> None:
    assert is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "At a news conference after the talks, Ana Sol outlined the steps and the mechanism "
        "through which the truce will be monitored.",
        "The envoy described the channel by which both armies would report violations.",
    ],
)
def test_a_cue_only_in_a_clause_opened_by_preposition_and_which_is_no_indicator(
    text: str,
) -> None:
    # a past report whose only forward cue qualifies a noun (the mechanism, the channel)
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        # the clause names a time to look for
        "The council approved a plan under which troops will withdraw by June.",
        "The council approved a plan under which troops will withdraw in the coming weeks.",
        # the main clause looks ahead
        "Observers will monitor the corridor through which aid reaches Velka.",
    ],
)
def test_a_dated_clause_or_a_forward_main_clause_stays_an_indicator(text: str) -> None:
    assert is_indicator(text)
