"""Places listed together and local places along a border or a route, missed on unseen
reporting (round places26a), by kind, in invented sentences, each kind with near misses
that keep their old reading:

* a list that a plural place noun opens a few words before it ("communities ... include
  A, B and C", "provinces that include ..., such as A, B and C", "the following villages
  were raided: A, B and C", "The districts are A and B"; ``list_opener_nouns`` of
  ``place_guards.yaml``) lists places, while people named after such a noun ("governors of
  the states, including X", "the villages' chiefs, among them X", "among the dead in the
  villages were X") stay persons;
* a list before a plural administrative noun written with a capital ("A, B and C
  Districts", "A and B Local Government Areas") lists areas, while "the United Arab
  Emirates" stays a country;
* names in a counted apposition ("A and B, two villages in ...") or after "another local
  government" are places, while "A and B, two villagers from the area" stay persons;
* regions listed with a city after "and parts of" ("most of A, B, C, and parts of Gondar")
  are places;
* a site named with its class word last ("the X Gold Mine", "the X Oil Field", "the X
  Border Post"; ``site_place_heads``) and a town named with "border town" are places, while
  "the Washington Post" stays a body;
* "X Village of Y" is the village and the area that holds it, two places;
* names listed before a plural noun of sites ("the A and B checkpoints", "the A and B
  border crossings", "the A and B refugee camps") or after one with "of" ("the border posts
  of A and B"; ``list_site_nouns``) are places, while "the Glencore and Vale mines" (firms)
  and "the posts of Defence Minister and Finance Minister" name none;
* items of a list of units named after towns ("the Wagner, Akhmat and Vostok units", "the
  Sparta and Vostok battalions"; ``unit_list_nouns``) are no places.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _typed(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Communities that were ransacked by the gunmen include Kelmabo, Ndarvu, Ebbosa"
            " and Tshogira, all in Lavuni local government.",
            ["Kelmabo", "Ndarvu", "Ebbosa", "Tshogira"],
        ),
        (
            "Attacks persist in provinces that include land claimed by both Baghdad and"
            " Erbil, such as Diyala, Kelvash and Tarsunam.",
            ["Kelvash", "Tarsunam"],
        ),
        (
            "The following villages were raided overnight: Kurmeta, Ashvolo and Tirazi.",
            ["Kurmeta", "Ashvolo", "Tirazi"],
        ),
        ("The districts are Bongarvo and Chiransa in the west of the state.", ["Chiransa"]),
    ],
)
def test_a_plural_place_noun_opens_a_list_of_places(
    tmp_path: Path, text: str, places: list[str]
) -> None:
    typed = _typed(tmp_path, text)
    assert all(typed.get(p) == "place" for p in places), typed


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Governors of the northern states, including Kelvin Dravo and Anna Tarsi, met.",
            ["Kelvin Dravo", "Anna Tarsi"],
        ),
        (
            "The villages' chiefs, among them Musa Dalhatu and Idris Bello, fled on Monday.",
            ["Musa Dalhatu", "Idris Bello"],
        ),
        (
            "Among the dead in the villages were Ali Musa and Fatima Bello, officials said.",
            ["Ali Musa", "Fatima Bello"],
        ),
    ],
)
def test_people_named_after_a_plural_place_noun_stay_persons(
    tmp_path: Path, text: str, people: list[str]
) -> None:
    typed = _typed(tmp_path, text)
    assert all(typed.get(p) == "person" for p in people), typed


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "About 1,500 people from Kelvora, Tarsimo and Dravi Eliya Districts are in camps.",
            ["Kelvora", "Tarsimo", "Dravi Eliya"],
        ),
        (
            "Gunmen invaded communities in Lavuni, Wushara and Mashegu Local Government"
            " Areas of the state.",
            ["Lavuni", "Wushara", "Mashegu"],
        ),
    ],
)
def test_a_list_before_a_capitalised_plural_area_noun_lists_areas(
    tmp_path: Path, text: str, places: list[str]
) -> None:
    typed = _typed(tmp_path, text)
    assert all(typed.get(p) == "place" for p in places), typed
    assert not any(name.endswith(("Districts", "Areas")) for name in typed), typed


def test_a_country_named_with_a_plural_area_noun_stays_the_country(tmp_path: Path) -> None:
    typed = _typed(tmp_path, "Officials from Oman and the United Arab Emirates met in Doha.")
    assert typed.get("United Arab Emirates") == "country"
    assert "United Arab" not in typed


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The shooting took place near Kelvut and Norasar, two villages in the province.",
            ["Norasar"],
        ),
        ("The town lies 130 km from Tarvoki, another local government.", ["Tarvoki"]),
    ],
)
def test_a_counted_or_another_locality_apposition_makes_places(
    tmp_path: Path, text: str, places: list[str]
) -> None:
    typed = _typed(tmp_path, text)
    assert all(typed.get(p) == "place" for p in places), typed


def test_people_in_a_counted_apposition_stay_persons(tmp_path: Path) -> None:
    typed = _typed(tmp_path, "The award went to Ali Musa and Sani Bello, two villagers.")
    assert typed.get("Ali Musa") == "person" and typed.get("Sani Bello") == "person"


def test_regions_listed_with_parts_of_a_city_are_places(tmp_path: Path) -> None:
    typed = _typed(
        tmp_path, "These four groups control most of Gojvala, Wollanu, Shevra, and parts of Gondar."
    )
    assert all(typed.get(p) == "place" for p in ["Gojvala", "Wollanu", "Shevra"]), typed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The villages lie close to the Sotvar Gold Mine on the border.", "Sotvar Gold Mine"),
        ("Rebels overran the Tarvo Outpost on Monday.", "Tarvo Outpost"),
        ("Shelling hit the Arvina border town overnight.", "Arvina"),
    ],
)
def test_a_site_or_a_border_town_named_with_its_class_word_is_a_place(
    tmp_path: Path, text: str, place: str
) -> None:
    assert _typed(tmp_path, text).get(place) == "place"


def test_a_newspaper_named_post_stays_a_body(tmp_path: Path) -> None:
    typed = _typed(tmp_path, "She wrote for the Washington Post for ten years.")
    assert typed.get("Washington Post") == "organisation"


def test_a_village_of_an_area_is_two_places(tmp_path: Path) -> None:
    typed = _typed(
        tmp_path,
        "Residents were hurt in the attack at Walvo Village of Gwenza local government area.",
    )
    assert typed.get("Walvo Village") == "place" and typed.get("Gwenza") == "place", typed
    assert not any(" of " in name for name in typed), typed


@pytest.mark.parametrize(
    "text",
    [
        "The Wagner, Akhmat and Vostok units moved into the town.",
        "The Sparta and Vostok battalions moved into the town.",
    ],
)
def test_units_listed_with_their_noun_are_no_places(tmp_path: Path, text: str) -> None:
    typed = _typed(tmp_path, text)
    assert typed.get("Vostok") != "place" and typed.get("Sparta") != "place", typed


def test_months_listed_are_no_places(tmp_path: Path) -> None:
    typed = _typed(tmp_path, "The villages were attacked in January, February and March.")
    assert not any(t == "place" for t in typed.values()), typed


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Troops manned the Zelvar and Tarmuk checkpoints overnight.", ["Zelvar", "Tarmuk"]),
        ("Refugees crossed at the Kelvash and Ormuti border crossings.", ["Kelvash", "Ormuti"]),
        ("Thousands fled to the Dravoka and Kelmeti refugee camps.", ["Dravoka", "Kelmeti"]),
        ("Fighters attacked the border posts of Kelvash and Tarnuk.", ["Kelvash", "Tarnuk"]),
    ],
)
def test_names_listed_with_a_plural_site_noun_are_places(
    tmp_path: Path, text: str, places: list[str]
) -> None:
    typed = _typed(tmp_path, text)
    assert all(typed.get(p) == "place" for p in places), typed


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the Glencore and Vale mines fell on Monday.",
        "He held the posts of Defence Minister and Finance Minister.",
    ],
)
def test_firms_and_offices_before_a_site_noun_are_no_places(tmp_path: Path, text: str) -> None:
    assert not any(t == "place" for t in _typed(tmp_path, text).values())
