"""Two reports of one actor's attacks that name no place, one day, one repeated toll, but
different means (a drone attack, an ambush) are two incidents (review round revB15; every
sentence here is invented): an ambush or a firefight is small-arms fire (``gunfire`` of
``incident_means``), never the same incident as a drone or a roadside bomb."""

from __future__ import annotations

import pytest
from test_incident_actors_left15 import _incidents as _two_reports

_MILITIA = frozenset({"organisation:Karsian militia"})


def _incidents(a: str, b: str) -> dict[int, int]:
    """:func:`same_incidents` of two reports of two sources that name the militia alone."""
    return _two_reports(a, b, _MILITIA, _MILITIA)


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
