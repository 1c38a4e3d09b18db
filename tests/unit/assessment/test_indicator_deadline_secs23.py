"""An indicator may set a deadline ahead: an act still to come with the time by which it is
to be done ("plans to deploy ... by 2027", "has promised to hold elections before the end of
the year") looks forward and can be watched for, so the briefing keeps it among the
indicators; a past act dated by such a time, or a deadline the issue date has overtaken, is
none. Invented sentences, no third-party text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.hedges import deadline_ahead, is_forward
from briefbook.assessment import assess_documents
from briefbook.assessment.situation import is_indicator
from briefbook.ingest import SourceSpec, load_documents

AHEAD = [
    "Dravno has pledged to cut its oil imports from Kessel by 2027.",
    "Ostland's navy wants to commission four new frigates by 2027.",
    "The government has promised to hold elections before the end of the year.",
    "Kessel has vowed to retake the port before the end of the year.",
    "Dravno has committed to field three new brigades by the end of 2026.",
    "Ostland is building a new naval base at Velmar, to be finished by 2028.",
    "The treaty requires both sides to withdraw their troops no later than March 2027.",
    "Ostland has until 2027 to meet the disarmament terms.",
    "The council gave the rebels until the end of the year to disarm.",
]


@pytest.mark.parametrize("text", AHEAD)
def test_a_deadline_ahead_looks_forward(text: str) -> None:
    assert deadline_ahead(text)
    assert is_forward(text)
    assert is_indicator(text)


PAST = [
    # a past act dated by a deadline-like time: no intention still to come
    "By 2021 the rebels had captured the port of Ostra.",
    "Ostland troops left the valley before the end of the year.",
    "The army was forced to abandon the port before the end of the year.",
    "The rebels returned to power by 2021.",
    "Dravno sent its envoy to Kessel before the summit.",
]


@pytest.mark.parametrize("text", PAST)
def test_a_past_act_with_a_time_sets_no_deadline(text: str) -> None:
    assert not deadline_ahead(text)
    assert not is_indicator(text)


def test_the_briefing_keeps_a_deadline_ahead_and_drops_a_passed_one(tmp_path: Path) -> None:
    (tmp_path / "front.txt").write_text(
        "Ostland forces shelled the port of Velmar on Monday, killing four dockworkers.\n\n"
        "Dravno has pledged to cut its oil imports from Kessel by 2027.\n\n"
        "The government of Ostland has promised to hold elections before the end of the "
        "year.\n\n"
        "The militia agreed in 2019 to withdraw from the ridge by 2020.\n\n"
        "By 2021 the rebels had captured the port of Ostra.\n",
        encoding="utf-8",
    )
    docs = load_documents([SourceSpec(path="front.txt", published="2024-05-06")], base=tmp_path)
    shown = [s.text for s in assess_documents(docs, issue_date="2024-05-08").indicators]
    assert any("by 2027" in t for t in shown), shown
    assert any("before the end of the year" in t for t in shown), shown
    for past in ("withdraw from the ridge by 2020", "had captured the port"):
        assert not any(past in t for t in shown), shown
