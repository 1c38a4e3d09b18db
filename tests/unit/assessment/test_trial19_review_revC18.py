"""Review of round trial19 (invented sentences, no third-party text): a schedule cue in a
second predicate, a clause after ";" or a relative clause is no schedule as the sentence's
news (the act before it is), so a past act's date does not make it stale; "in which case" and
"by which time" link a clause of their own, no relative clause qualifying a noun; a court or
a council that heard an account of a noise word heard no noise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.occasions import looked_ahead_day
from briefbook.assessment.relative_days import absolute_days
from briefbook.assessment.signals import is_sense_report, key_signal
from briefbook.assessment.situation import is_indicator, is_schedule
from briefbook.ingest import SourceSpec, load_documents


@pytest.mark.parametrize(
    "text",
    [
        "Dravno's army seized the airport at Korvin on 4 May, killing 30 Ostland soldiers, and "
        "will press on toward the capital.",
        "Rebels took Velka on Monday and will push on to the coast.",
        "Ostland's president Ivo Marek resigned today; parliament will choose a successor.",
        "The defence ministers, who will meet again on Friday, signed a border accord on Saturday.",
        "Troops shot down a drone over Sarnovo this morning, but the inquiry is to open later.",
    ],
)
def test_a_schedule_after_an_act_is_no_schedule(text: str) -> None:
    assert not is_schedule(text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoys will meet in Velmar on Friday.",
        "Ostland and Dravno are due to sign the accord tomorrow.",
        "On 9 May, the commission is set to convene in Sarnovo.",
    ],
)
def test_a_schedule_as_news_still_is_one(text: str) -> None:
    assert is_schedule(text)


def _judgments(tmp_path: Path, lead: str) -> list[str]:
    (tmp_path / "a.txt").write_text(
        lead + "\n\nOfficials of the foreign ministry of Velmar are in the capital.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "At least 40 people have died as fighting continues along the Ostland-Dravno "
        "border.\n\nDravno said its jets struck two Ostland command posts near Korvin.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Ostland and Dravno agreed an unconditional ceasefire at talks in Sarnovo on Monday, "
        "the host government said.\n\nThe truce took effect at midnight.\n",
        encoding="utf-8",
    )
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2024-05-05"),
            SourceSpec(path="b.txt", published="2024-05-04"),
            SourceSpec(path="c.txt", published="2024-05-07"),
        ],
        base=tmp_path,
    )
    return [s.text for s in assess_documents(docs, issue_date="2024-05-16").key_judgments]


@pytest.mark.parametrize(
    ("lead", "part"),
    [
        (
            "Dravno's army seized the airport at Korvin on 4 May, killing 30 Ostland soldiers, "
            "and will press on toward the capital.",
            "seized the airport",
        ),
        (
            "Ostland's president Ivo Marek resigned today; parliament will choose a successor.",
            "resigned on 5 May 2024",  # "today" written as the report's date (round bluf24)
        ),
    ],
)
def test_an_act_with_a_sequel_is_not_an_overtaken_schedule(
    tmp_path: Path, lead: str, part: str
) -> None:
    shown = _judgments(tmp_path, lead)
    assert any(part in t for t in shown), shown


@pytest.mark.parametrize(
    "text",
    [
        "In which case the army will attack.",
        "Talks resume in June, by which time the army will have withdrawn.",
        "The truce expires on Friday, in which case the rebels will attack Korvin.",
    ],
)
def test_a_linking_which_is_no_relative_clause(text: str) -> None:
    assert is_indicator(text)


def test_a_relative_clause_after_a_preposition_still_qualifies_a_noun() -> None:
    assert not is_indicator("Ana Sol outlined the mechanism through which the truce will be kept.")


@pytest.mark.parametrize(
    "text",
    [
        "The UN tribunal in Velmar heard evidence of shelling of Korvin by Dravno's army.",
        "The Security Council heard reports of fighting in the Velka district.",
        "Analysts heard rumours of gunfire in the north.",
    ],
)
def test_an_account_heard_is_no_noise(text: str) -> None:
    assert not is_sense_report(text)
    assert not key_signal(text, False, False).quote


@pytest.mark.parametrize(
    "text",
    [
        "Villagers near Korvin heard heavy explosions overnight.",
        "Fishermen heard bursts of gunfire from the ridge.",
    ],
)
def test_a_noise_heard_is_still_colour(text: str) -> None:
    assert is_sense_report(text)


def test_an_account_heard_can_lead(tmp_path: Path) -> None:
    shown = _judgments(
        tmp_path, "The UN tribunal in Velmar heard evidence of shelling of Korvin by Dravno's army."
    )
    assert any("heard evidence of shelling" in t for t in shown), shown


def _indicators(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "a.txt").write_text(
        "Ostland's foreign minister flew to Velmar.\n\n" + text + "\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "At least 40 people have died as fighting continues along the Ostland-Dravno "
        "border.\n\nDravno said its jets struck two Ostland command posts near Korvin.\n",
        encoding="utf-8",
    )
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2024-05-05"),
            SourceSpec(path="b.txt", published="2024-05-04"),
        ],
        base=tmp_path,
    )
    return [s.text for s in assess_documents(docs, issue_date="2024-05-09").indicators]


@pytest.mark.parametrize(
    "text",
    [
        "Dravno's army, which seized Korvin on 4 May, could march on the Ostland capital "
        "within weeks.",
        "Ostland's navy, which sank two Dravno patrol boats on Monday, could blockade the port "
        "of Korvin.",
        # a restrictive relative clause of a past act, no commas
        "Fighting that erupted in Korvin this morning could spread to the Ostland capital.",
        "Militias who fled Korvin on 4 May may regroup in the hills of Velka.",
    ],
)
def test_a_past_day_in_an_aside_does_not_overtake_an_indicator(tmp_path: Path, text: str) -> None:
    assert looked_ahead_day(text, dt.date(2024, 5, 5)) is None
    shown = _indicators(tmp_path, text)
    # a day named relative to the report is written as its date (round bluf24)
    written = absolute_days(text, dt.date(2024, 5, 5))
    assert any(written[:40] in t for t in shown), shown


def test_a_passed_day_of_the_main_clause_still_overtakes() -> None:
    day = looked_ahead_day("On 4 May, the envoys will meet in Velmar.", dt.date(2024, 5, 5))
    assert day == dt.date(2024, 5, 4)


def test_a_relative_clause_of_a_coming_act_keeps_its_day() -> None:
    published = dt.date(2024, 5, 5)
    assert looked_ahead_day("Talks that opened on Monday will close on Friday.", published) == (
        dt.date(2024, 5, 10)
    )
    assert looked_ahead_day("The rebels who will attack on Friday are massing.", published) == (
        dt.date(2024, 5, 10)
    )
