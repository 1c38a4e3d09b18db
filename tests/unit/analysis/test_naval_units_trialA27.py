"""Naval units in claims and entities (round trialA27, a briefing on a carrier strike group
sent to a sea): a hull number written with a space ("USS Mahan (DDG 72)") is no count and
its symbol no body, a spelled number closing a unit's name ("Carrier Air Wing Eight") is no
count, a "strike group" is no attack, and a warship is one entity however the sources write
it: with its prefix, after a vessel noun without it, without its initials, or in the name of
the formation it leads ("the ... Carrier Strike Group's deployment"). Counts, attacks and
people of the same sentences stay. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.model import Entity
from builders import found_entities


def _claims(text: str) -> list[tuple[object, str | None]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


def _typed(entities: list[Entity]) -> dict[str, tuple[str, int]]:
    return {e.name: (e.type, e.mentions) for e in entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group includes the destroyers USS Kelvo Arden (DDG 41) and USS Marran "
            "(DDG 77) and the cruiser USS Tolland (CG 59).",
            [],
        ),
        ("The carrier USS Orvan Brenn (CVN 80) left port with 3,000 sailors.", [3000]),
        ("Six squadrons of Carrier Air Wing Three flew from the deck.", [6]),
        ("Destroyer Squadron Two sent four ships to the strait.", [4]),
        ("The strike group includes nine squadrons and two destroyers.", [2, 9]),
    ],
)
def test_unit_names_and_hull_numbers_are_no_counts(text: str, expected: list[int]) -> None:
    found = _claims(text)
    assert sorted(q for q, _ in found) == expected, found
    assert "struck" not in [e for _, e in found], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a hull number with its hyphen, counts after a unit's name, attacks
        ("USS Kelvo Arden (DDG-41) shot down three drones.", 3),
        ("The wing lost eight jets over the sea.", 8),
        ("A drone strike killed three fishermen near the port.", 3),
        ("The Army said eight soldiers were wounded.", 8),
    ],
)
def test_counts_beside_units_stay(text: str, expected: int) -> None:
    assert expected in [q for q, _ in _claims(text)], _claims(text)


def test_an_attack_near_a_strike_group_stays_an_attack() -> None:
    events = dict(_claims("Two missiles struck the port as the strike group sailed south."))
    assert events.get(2) == "struck", events
    events = dict(_claims("The strike group includes six destroyers."))
    assert events.get(6) != "struck", events


def test_a_hull_symbol_is_no_body(tmp_path: Path) -> None:
    table = _typed(
        found_entities(
            tmp_path,
            "The group includes USS Kelvo Arden (DDG 41), USS Marran (DDG 77) and "
            "USS Tolland (DDG 59). The DDG program office said USS Marran (DDG 77) sailed.",
        )
    )
    assert "DDG" not in table, table
    assert table.get("USS Marran", ("", 0))[0] == "vessel", table


def test_a_warship_is_one_entity_however_it_is_written(tmp_path: Path) -> None:
    table = _typed(
        found_entities(
            tmp_path,
            "The USS Harold L. Brenner (CVN 80) Carrier Strike Group entered the gulf on "
            'Sunday. "The arrival of the Harold L. Brenner Carrier Strike Group is a '
            'decisive step," the admiral said.',
            "The aircraft carrier Harold L. Brenner is heading toward the gulf. Officials "
            "said the USS Harold Brenner would stay for weeks.",
            "The USS Harold L. Brenner Carrier Strike Group's arrival was welcomed by the council.",
        )
    )
    assert table.get("USS Harold L. Brenner") == ("vessel", 5), table
    assert not [n for n in table if "Strike Group" in n or n in {"Harold L. Brenner"}], table


def test_two_ships_of_one_short_name_stay_apart(tmp_path: Path) -> None:
    table = _typed(
        found_entities(
            tmp_path,
            "The USS John A. Kelvar and the USS John B. Kelvar sailed on Monday.",
            "Officials said the USS John Kelvar would return.",
        )
    )
    assert table.get("USS John A. Kelvar", ("", 0))[0] == "vessel", table
    assert table.get("USS John B. Kelvar", ("", 0))[0] == "vessel", table
    assert table.get("USS John Kelvar", ("", 0))[0] == "vessel", table


def test_a_ship_named_as_a_person_is_written_leaves_the_person_alone(tmp_path: Path) -> None:
    # round revA27: a ship's short form without initials that reads as a person's name (a
    # given name, then a family name) is the ship only where written as one ("the Harold
    # Brenner", "the USS ..."), the person where the source names the person
    for text, person, ship in [
        (
            "The USS Harold L. Brenner entered the gulf on Sunday. Officials said the USS "
            "Harold Brenner would stay. Harold Brenner, the former senator, said the "
            "deployment was a mistake.",
            "Harold Brenner",
            "USS Harold L. Brenner",
        ),
        (
            "The USS John Kelvar sailed on Monday. John Kelvar, the admiral's grandson, "
            "attended the ceremony.",
            "John Kelvar",
            "USS John Kelvar",
        ),
        (
            "HMS Anna Morrow docked in Osk. Anna Morrow, a lawmaker, criticised the visit.",
            "Anna Morrow",
            "HMS Anna Morrow",
        ),
    ]:
        table = _typed(found_entities(tmp_path, text))
        assert table.get(person, ("", 0))[0] == "person", table
        assert table.get(ship, ("", 0))[0] == "vessel", table


def test_a_ship_short_form_that_is_no_persons_name_stays_the_ship(tmp_path: Path) -> None:
    # near miss: "Kelvo Arden" opens with no given name of the list: the ship in its source
    table = _typed(
        found_entities(
            tmp_path, "The USS Kelvo Arden sailed on Monday. Kelvo Arden reached the port."
        )
    )
    assert table.get("USS Kelvo Arden") == ("vessel", 2), table
    assert "Kelvo Arden" not in table, table
