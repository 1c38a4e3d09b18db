"""Places named by the administrations of other countries, church mission stations, an area
before its official, neighbourhoods in an apposition, and officials with abbreviated or
non-English titles, on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.places import alternate_only, place_key
from builders import note_entities


def _named(tmp_path: Path, text: str, etype: str) -> set[str]:
    """Every name and alias of the entities of type ``etype``."""
    return {
        n for e in note_entities(tmp_path, text) if e.type == etype for n in (e.name, *e.aliases)
    }


def _types(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "Families sheltered at the headquarters of the Tarvela administrative post, "
            "two kilometres from the village.",
            "Tarvela",
        ),
        (
            "Ana Pirez, governor of the Sierra de Cumbal department, said 40 people died.",
            "Sierra de Cumbal",
        ),
        ("Gunmen stormed a checkpoint in the Korvani tehsil overnight, police said.", "Korvani"),
        ("Farmers fled the Dembelo kebele after the clashes, residents said.", "Dembelo"),
        ("Soldiers patrolled the Masalon barangay on Sunday, the army said.", "Masalon"),
        ("The attack hit a market in the Wendoré commune on Friday, officials said.", "Wendoré"),
    ],
)
def test_an_area_of_another_administration_is_a_place(tmp_path: Path, text: str, area: str) -> None:
    places = _named(tmp_path, text, "place")
    assert any(n == area or n.startswith(f"{area} ") for n in places), places
    assert area not in _named(tmp_path, text, "person")


@pytest.mark.parametrize(
    ("text", "station"),
    [
        (
            "Residents took refuge at the Velmora Catholic Mission on the edge of town, "
            "police said.",
            "Velmora Catholic Mission",
        ),
        (
            "The wounded were carried to the Kiroba Anglican Mission, a nurse said.",
            "Kiroba Anglican Mission",
        ),
        ("Displaced families camped at the Missao Catolica de Tarvela, a priest said.", None),
    ],
)
def test_a_church_mission_station_is_a_place(
    tmp_path: Path, text: str, station: str | None
) -> None:
    types = _types(tmp_path, text)
    if station is None:
        station = next(n for n in types if n.startswith("Missao"))
    assert types.get(station) == "place", types


def test_a_mission_body_stays_an_organisation(tmp_path: Path) -> None:
    types = _types(tmp_path, "The Velmora Relief Mission said it had sent food to the camp.")
    assert types.get("Velmora Relief Mission") == "organisation", types


@pytest.mark.parametrize(
    "text",
    [
        "The Dravi deputy commissioner was killed near Quetta on Monday, officials said.",
        "The Dravi DC was on his way to Quetta when gunmen opened fire, officials said.",
        "The Dravi police chief said three suspects had been arrested on Sunday.",
    ],
)
def test_a_name_before_an_area_official_is_a_place(tmp_path: Path, text: str) -> None:
    assert "Dravi" in _named(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands have fled Pont-Gravelle, a poor neighbourhood held by gangs, since Tuesday.",
        "Police returned to Bel-Ormont, a crowded district of the capital, on Sunday.",
    ],
)
def test_a_neighbourhood_in_an_apposition_is_a_place(tmp_path: Path, text: str) -> None:
    name = text.split(", a ")[0].split()[-1]
    assert name in _named(tmp_path, text, "place")


def test_a_region_named_like_another_citys_alternate_name_is_the_bare_name(
    tmp_path: Path,
) -> None:
    # "Catatumbo" is only an alternate name of a large Angolan town in GeoNames
    assert alternate_only(place_key("Catatumbo"))
    assert not alternate_only(place_key("Donetsk"))
    text = (
        "The army sent troops to the Catatumbo region. "
        "Fighting in Catatumbo has killed 80 people, officials said."
    )
    places = [e for e in note_entities(tmp_path, text) if e.type == "place"]
    assert len(places) == 1, places


def test_a_city_keeps_its_region_apart(tmp_path: Path) -> None:
    text = "Shelling hit Donetsk on Monday. Two villages of the Donetsk region were struck."
    places = [e.name for e in note_entities(tmp_path, text) if e.type == "place"]
    assert len(places) == 2, places


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("DC Farid Ahmed Kasuri was travelling to Quetta when gunmen opened fire.", None),
        ("SHO Imran Khattak said the suspects fled towards Turbat.", None),
        ("El alcalde Jorge Ruiz dijo que el ataque ocurrio en Tame.", None),
        ("Maulana Abdul Rauf Gilzai condemned the attack on the seminary.", None),
    ],
)
def test_an_abbreviated_or_foreign_title_opens_a_person(
    tmp_path: Path, text: str, person: str | None
) -> None:
    words = text.split()
    person = person or " ".join(w for w in words[1:4] if w[:1].isupper())
    people = _named(tmp_path, text, "person")
    assert person in people, people
    # the title opens no person's name; a religious honorific ("Maulana X Y") is kept as one
    # of the person's names beside it, as analysts write it (round ents15)
    names = {e.name for e in note_entities(tmp_path, text) if e.type == "person"}
    assert not any(n.startswith(words[0]) for n in names), names


def test_a_surname_that_is_a_french_title_stays_a_name(tmp_path: Path) -> None:
    text = "French finance minister Bruno Le Maire said the deal was close."
    assert "Bruno Le Maire" in _named(tmp_path, text, "person")


def test_washington_dc_is_no_person(tmp_path: Path) -> None:
    text = "The delegation flew to Washington DC on Monday, officials said."
    assert not _named(tmp_path, text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "A State department spokesman declined to comment on the report.",
        "The Homeland Security department issued a warning on Friday.",
        "He joined the Finance department in 2019, a colleague said.",
        "Prices in the euro zone rose while the Schengen zone stayed open.",
    ],
)
def test_a_body_named_with_department_is_no_place(tmp_path: Path, text: str) -> None:
    assert not _named(tmp_path, text, "place")


def test_a_department_store_is_no_area(tmp_path: Path) -> None:
    text = "The Pedro Sanchez department store was looted, its owner said."
    assert "Pedro Sanchez" not in _named(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Civilians fleeing Nova Tarvela reached the coast on Sunday.",
        "Hundreds of families fled Tarvelle on foot overnight.",
        "Families displaced from Ormonte slept in a school, officials said.",
    ],
)
def test_a_name_after_a_verb_of_flight_is_a_place(tmp_path: Path, text: str) -> None:
    places = _named(tmp_path, text, "place")
    assert places & {"Nova Tarvela", "Tarvelle", "Ormonte"}, places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Soldiers at the Ormonte police post repelled the attack.", "Ormonte"),
        ("The bodies were taken to the Borvila police station, police said.", "Borvila"),
        ("Families reached the Kelbo displacement camp on Monday.", "Kelbo"),
        ("Gunmen attacked the Tarvela refugee camp at dawn, aid workers said.", "Tarvela"),
    ],
)
def test_a_camp_or_post_names_its_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in _named(tmp_path, text, "place")


def test_a_name_with_an_age_in_brackets_is_a_person(tmp_path: Path) -> None:
    text = (
        "The dead were identified as Lalit Soram (52) and his son Bimol Soram (30) "
        "and a neighbour Tomba Soram (41)."
    )
    assert {"Lalit Soram", "Bimol Soram", "Tomba Soram"} <= _named(tmp_path, text, "person")


def test_a_title_case_dateline_before_a_bracketed_state_is_a_place(tmp_path: Path) -> None:
    text = "Imphal (Kalapur) : Two men were killed on Sunday, police said."
    assert "Imphal" in _named(tmp_path, text, "place")


def test_a_hill_range_is_a_place(tmp_path: Path) -> None:
    text = "Troops destroyed bunkers in the Tarvela hill range on Friday."
    assert "Tarvela hill range" in _named(tmp_path, text, "place")


def test_barangays_open_a_list_of_places(tmp_path: Path) -> None:
    text = "Clans fought at the border of barangays Kelbo and Morvan on Tuesday."
    assert {"Kelbo", "Morvan"} <= _named(tmp_path, text, "place")


def test_a_district_of_a_zone_is_two_places(tmp_path: Path) -> None:
    text = "Clashes hit the town of Amora, Estra District of North Kalda Zone, residents said."
    places = _named(tmp_path, text, "place")
    assert {"Estra District", "North Kalda Zone"} <= places, places
    assert "Estra District of North Kalda Zone" not in places


def test_a_region_of_a_country_stays_one_place(tmp_path: Path) -> None:
    text = "He visited the Autonomous Region of Kurdistan on Monday."
    assert "Autonomous Region of Kurdistan" in _named(tmp_path, text, "place")
