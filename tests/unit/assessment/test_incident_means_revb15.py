"""Two reports of one actor's attacks that name no place, one day, one repeated toll, but
different means (a drone attack, an ambush) are two incidents (review round revB15; every
sentence here is invented): an ambush or a firefight is small-arms fire (``gunfire`` of
``incident_means``), never the same incident as a drone or a roadside bomb."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment.key_judgments import same_incidents
from briefbook.model import Sentence

_MILITIA = frozenset({"organisation:Karsian militia"})
_DAY = dt.date(2026, 5, 6)


def _incidents(a: str, b: str) -> dict[int, int]:
    sentences = [Sentence(id="S1.1", source="S1", text=a), Sentence(id="S2.1", source="S2", text=b)]
    return same_incidents(
        [0, 1],
        sentences,
        {"S1.1": _MILITIA, "S2.1": _MILITIA},
        {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)},
        {"S1": _DAY, "S2": _DAY},
        {"S1": ("B", 2), "S2": ("C", 3)},
        {0: 1.0, 1: 1.0},
    )


_AMBUSH = "Karsian militia fighters killed three soldiers in an ambush on Tuesday."


@pytest.mark.parametrize(
    "other",
    [
        "A Karsian militia drone attack killed three soldiers on Tuesday.",
        "A Karsian militia roadside bomb killed three soldiers on Tuesday.",
    ],
)
def test_an_ambush_and_another_means_stay_two(other: str) -> None:
    assert _incidents(other, _AMBUSH) == {}


def test_an_ambush_told_twice_stays_one() -> None:
    found = _incidents(
        _AMBUSH,
        "Three soldiers were killed on Tuesday when Karsian militia fighters ambushed them.",
    )
    assert found in ({1: 0}, {0: 1}), found
