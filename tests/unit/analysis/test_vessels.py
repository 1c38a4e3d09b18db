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


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Rebels struck the Maersk Hangzhou in the Red Sea. Factories in Hangzhou "
            "closed for the holiday, officials in Hangzhou said.",
            "Hangzhou",
        ),
        (
            "A drone hit the CMA CGM Marseille on Monday. Protesters marched in Marseille "
            "on Tuesday.",
            "Marseille",
        ),
    ],
)
def test_a_ship_named_after_a_city_leaves_the_city_in_its_source(
    tmp_path: Path, text: str, city: str
) -> None:
    entities = found_entities(tmp_path, text)
    table = _typed(entities)
    assert table.get(city) == "place", table
    ship = next(e for e in entities if e.type == "vessel")
    assert ship.mentions == 1, ship


def test_a_ship_and_the_city_it_is_named_after_are_two_scenes(tmp_path: Path) -> None:
    from briefbook.assessment.supersession import named_in, same_subject

    entities = found_entities(
        tmp_path,
        "Rebels struck the Maersk Hangzhou on Monday. Factories in Hangzhou closed on Monday.",
    )
    named = named_in(entities)
    first, second = sorted(named)
    assert same_subject(named[first], named[second]) is None, named


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a body's head or a business noun after a prefix or a line: a body, a brand
        ("The NSW RFS Bushfire Unit reported three fires.", ("NSW RFS Bushfire Unit", "force")),
        ("Shares of MSC Industrial fell 4 percent.", None),
        ("FS Investments manager Paula Grant said sales rose.", ("Paula Grant", "person")),
        ("The RSS Feed of the ministry was down.", None),
        # a prefix clubs share, "MT" before a mountain: no ship without a ship sign
        ("JS Kabylie beat MC Alger in the final.", None),
        ("Climbers on MT Everest were stranded by snow.", None),
        ("Residents of MT Pleasant protested.", None),
        # a line's name before a country or a city alone: the company's office there
        ("Maersk Denmark said profits fell.", ("Denmark", "country")),
        ("OOCL Hong Kong announced new rates.", ("Hong Kong", "place")),
    ],
)
def test_a_body_a_brand_or_a_club_is_no_vessel(
    tmp_path: Path, text: str, kept: tuple[str, str] | None
) -> None:
    table = _typed(found_entities(tmp_path, text))
    assert "vessel" not in table.values(), table
    if kept:
        assert table.get(kept[0]) == kept[1], table


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        # with a ship sign a shared prefix, "MT" and a line before a place name a ship
        ("JS Kaga sailed into the port on Monday.", "JS Kaga"),
        ("Pirates hijacked the MT Selka Dawn off the cape.", "Selka Dawn"),
        ("A missile struck the OOCL Hong Kong in the strait.", "OOCL Hong Kong"),
        # a ship named like a country after a flag cue or "MV": the ship in that mention
        ("The Liberia-flagged Dominica was struck by a missile.", "Dominica"),
        ("The MV Georgia was hijacked off the cape.", "Georgia"),
    ],
)
def test_a_ship_sign_keeps_the_ship(tmp_path: Path, text: str, ship: str) -> None:
    table = _typed(found_entities(tmp_path, text))
    assert table.get(ship) == "vessel", table


def test_a_ship_named_like_a_country_leaves_the_country_elsewhere(tmp_path: Path) -> None:
    entities = found_entities(
        tmp_path, "Protests spread across Georgia on Friday. The MV Georgia was hijacked."
    )
    kinds = sorted((e.type, e.mentions) for e in entities if e.name == "Georgia")
    assert kinds == [("country", 1), ("vessel", 1)], kinds


def test_a_ship_sign_elsewhere_in_the_source_keeps_the_ship(tmp_path: Path) -> None:
    table = _typed(
        found_entities(
            tmp_path,
            "Rebels hijacked a tanker in the strait on Monday. "
            "The OOCL Hong Kong returned to service on Friday.",
        )
    )
    assert table.get("OOCL Hong Kong") == "vessel", table
