"""One clash told by two sources that name no place (left over from the last session; every
sentence here is invented): the same actors, the same day, the same kind of event and a
figure told again are one incident, one key judgment; without a repeated figure, with
figures that differ, or in one town with other means and objects, they stay two."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment.key_judgments import same_incidents
from briefbook.model import Sentence

_ACTORS = frozenset({"force:Ostland marines", "organisation:Karsian militia"})
_DAY = dt.date(2026, 5, 6)


def _incidents(a: str, b: str, named_a=_ACTORS, named_b=_ACTORS) -> dict[int, int]:
    sentences = [Sentence(id="S1.1", source="S1", text=a), Sentence(id="S2.1", source="S2", text=b)]
    return same_incidents(
        [0, 1],
        sentences,
        {"S1.1": named_a, "S2.1": named_b},
        {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)},
        {"S1": _DAY, "S2": _DAY},
        {"S1": ("B", 2), "S2": ("C", 3)},
        {0: 1.0, 1: 1.0},
    )


def test_one_clash_of_the_same_actors_with_a_figure_told_again_is_one_incident() -> None:
    found = _incidents(
        "Ostland marines clashed with Karsian militia fighters on Tuesday, killing seven "
        "militiamen.",
        "Seven Karsian militia fighters were killed on Tuesday in a firefight with Ostland "
        "marines.",
    )
    assert found in ({1: 0}, {0: 1}), found


@pytest.mark.parametrize(
    "b",
    [
        # no figure told again: the same sides may fight more than once a day
        "Ostland marines shelled Karsian militia positions on Tuesday.",
        # another figure: another clash (or a revised toll), never merged
        "Twelve Karsian militia fighters were killed on Tuesday in a firefight with Ostland "
        "marines.",
        # another day
        "Seven Karsian militia fighters were killed on 20 April 2026 in a firefight with "
        "Ostland marines.",
    ],
)
def test_the_same_actors_without_the_same_figure_and_day_stay_two(b: str) -> None:
    a = (
        "Ostland marines clashed with Karsian militia fighters on Tuesday, killing seven "
        "militiamen."
    )
    assert _incidents(a, b) == {}


def test_two_incidents_of_one_town_and_day_stay_two() -> None:
    town = _ACTORS | {"place:Vell"}
    found = _incidents(
        "A missile struck the fuel depot in Vell on Tuesday, killing three workers.",
        "A drone struck a school bus in Vell on Tuesday, killing three children.",
        town,
        town,
    )
    assert found == {}


def test_different_actors_stay_two() -> None:
    found = _incidents(
        "Ostland marines clashed with Karsian militia fighters on Tuesday, killing seven "
        "militiamen.",
        "Seven Tarn rebels were killed on Tuesday in a firefight with Westmark troops.",
        _ACTORS,
        frozenset({"organisation:Tarn rebels", "force:Westmark troops"}),
    )
    assert found == {}
