"""Named ships are vessels, never people or places: prefixes, shipping lines, flag cues and
vessel nouns, on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.vessels import vessel_names
from briefbook.model import Entity
from builders import found_entities


def _typed(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.type for e in entities}


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        # a merchant designator is dropped from the name; a naval prefix stays in it
        ("A missile struck the M/V Orvan Tide in the strait on Monday.", "Orvan Tide"),
        ("Gunmen boarded the MV Selka Dawn off the cape.", "Selka Dawn"),
        ("The destroyer USS Halvard Brenn shot down two drones.", "USS Halvard Brenn"),
        ("HMS Corven Ardent escorted the convoy.", "HMS Corven Ardent"),
        # a shipping line's ship, a flag before a name, a vessel noun before a name
        ("A drone hit the Maersk Tollund near the port.", "Maersk Tollund"),
        ("The Belize-flagged Marisa Dorn was abandoned by its crew.", "Marisa Dorn"),
        ("The cargo ship Helena Dunmore sank after the attack.", "Helena Dunmore"),
    ],
)
def test_a_named_ship_is_a_vessel(tmp_path: Path, text: str, ship: str) -> None:
    table = _typed(found_entities(tmp_path, text))
    assert table.get(ship) == "vessel", table
    assert not [n for n, t in table.items() if t == "person"], table


def test_a_ship_named_after_a_person_or_a_city_is_neither(tmp_path: Path) -> None:
    entities = found_entities(
        tmp_path,
        "The aircraft carrier USS Dwight D. Eisenhower sent helicopters. "
        "A missile struck the MSC Lisbon on Friday. The Lisbon was towed away.",
        "Officials met in Lisbon on Monday.",
    )
    table = _typed(entities)
    assert table.get("USS Dwight D. Eisenhower") == "vessel", table
    assert table.get("MSC Lisbon") == "vessel", table
    assert "Dwight D. Eisenhower" not in table, table
    ship = next(e for e in entities if e.name == "MSC Lisbon")
    city = next(e for e in entities if e.name == "Lisbon")
    # "the Lisbon" names the ship in the source that named the MSC Lisbon; the other
    # source's Lisbon is the city
    assert ship.mentions == 2 and city.type == "place" and city.mentions == 1


def test_a_ship_counts_wherever_it_is_named_again(tmp_path: Path) -> None:
    entities = found_entities(
        tmp_path,
        "A missile struck the M/V Orvan Tide, a Liberian-owned tanker, on Monday.",
        "Two sailors died aboard the Orvan Tide vessel, its owner said.",
    )
    ship = next(e for e in entities if e.name == "Orvan Tide")
    assert ship.type == "vessel" and ship.mentions == 2 and len(ship.evidence) == 2


def test_a_hull_number_is_no_weapon(tmp_path: Path) -> None:
    table = _typed(found_entities(tmp_path, "USS Halvard Brenn (DDG-131) shot down a drone."))
    assert table.get("USS Halvard Brenn") == "vessel", table
    assert "DDG-131" not in table, table


@pytest.mark.parametrize(
    "text",
    [
        "Maersk Line said it would pause its sailings through the strait.",
        "MSC Chief Executive Tomas Varga said the route was closed.",
        "A Panama-flagged Maersk tanker turned back on Monday.",
        "INS Director Ana Ruvel said the office had closed.",
    ],
)
def test_a_line_or_a_prefix_before_a_body_or_a_title_names_no_ship(text: str) -> None:
    assert vessel_names(text) == []


def test_the_ship_and_its_name_in_one_sentence() -> None:
    text = "Missiles hit the M/V Orvan Tide and the MSC Sky II; USS Ardent (DDG 64) fired."
    found = [(v.name, text[v.start : v.end]) for v in vessel_names(text)]
    assert found == [
        ("Orvan Tide", "M/V Orvan Tide"),
        ("MSC Sky II", "MSC Sky II"),
        ("USS Ardent", "USS Ardent"),
    ]
