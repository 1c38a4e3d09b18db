"""A wire dateline's dash opens no aside: the day a lede names after "GAO, Mali (Newswire) —"
is the day it reports (the main clause is the lede's, not the dateline's), so two reports of
one clash, one of them a lede after an em-dash dateline, can meet (rival tolls, one incident).
A dash inside a sentence still opens an aside. Invented sentences; no third-party text."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.occasions import occasion_day

_PUB = dt.date(2026, 12, 2)
_WEEK = (dt.date(2026, 11, 25), dt.date(2026, 12, 2))


@pytest.mark.parametrize(
    "text",
    [
        "BAMAKO, Mali (Newswire) — Militants attacked a fuel convoy near Kayes on Tuesday, "
        "killing 12 soldiers, an army spokesman said",
        "GAO, Mali (Wirewire) – Gunmen ambushed an army patrol outside the town on Sunday.",
        "VENDRA, Ostland | XNA | — Rebels shelled the port on Monday, killing 5 civilians.",
        # the hyphen's dateline, as before
        "BAMAKO, Mali (Newswire) - Militants attacked a fuel convoy near Kayes on Tuesday.",
    ],
)
def test_a_lede_after_a_dash_dateline_names_its_day(text: str) -> None:
    assert occasion_day(text, _PUB) == _WEEK


@pytest.mark.parametrize(
    "text",
    [
        # a dash inside the sentence opens an aside; its day is not the main clause's
        "The army — which said on Monday it had retaken the town — denied the report.",
        "Kelvo's rebels — who attacked on Tuesday — have since withdrawn to the hills.",
    ],
)
def test_a_dash_aside_names_no_day_of_the_main_clause(text: str) -> None:
    assert occasion_day(text, _PUB) is None
