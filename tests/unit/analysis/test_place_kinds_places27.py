"""Places missed or cut on unseen reporting (issue 12, round places27), by kind, in invented
sentences, each kind with near misses that keep their old reading:

* a site named with its class word last, a café, a bakery, a restaurant, a market, a
  pipeline or an interconnector ("the Tarvo Artisan Bakery", "Kelvin Restaurant", "Bakara
  Market"), or an Indonesian regency ("Kelvo Regency"; ``place_heads``), is a place, while a
  body named after such a site ("the Bakery Workers Union") stays a body and a market of an
  economy ("the Stock Market", "the EU Single Market"; ``market_concepts``) names no place;
* a site named head first with "of" and its dedication ("the Cathedral of Our Lady of
  Mount Kelvo", "the Mosque of the Prophet", "the Church of Saint Dravo";
  ``site_first_heads``) is one place, never the town "Mount Kelvo";
* an address keeps its house number ("his 7 Kelvo Course Road residence"), while a year or a
  count before a street's name stays out of it ("In 2019 Kelvin Road", "some 300 Tarvo
  Road residents");
* a work of energy or data named before its lower-case noun ("the Kelvoconnector gas
  pipeline", "the Dravi power cable"; ``facility_nouns``) is a place, while a country's or a
  known firm's pipeline ("a Russian pipeline", "the Gazprom pipeline") is none;
* a number after a town that counts the people's own ("residents of Kelvo 76 of their
  daughters") is no part of the town's name, while "the suburb of Kelvo 2 in the north"
  keeps it;
* accented names open the items of a list ("four districts: Ólvaro, Tarsenio and Úmbrio"),
  a capitalised Spanish article stays with its name in such a list ("La Playa de Dravo");
* a town after people taken from it ("abducted 270 schoolgirls from Kelvoma",
  "hostages from Dravuni"; ``origin_people``) or set off by a dash and a locality noun
  ("Awasso -- a small but strategic settlement near the port") is a place, while a person
  set off with a locality's post ("X -- a town elder --", "X, a town elder,") is none; so are
  names listed before "areas" ("the Kelbaro and Tarchin areas"), while peoples ("the Kurdish
  and Arab areas") and fields ("the Health and Education areas") are none;
* "X Local Government Area of Y" is the area X and the state Y, two places.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _typed(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


def _places(tmp_path: Path, text: str) -> set[str]:
    return {name for name, etype in _typed(tmp_path, text).items() if etype == "place"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The gunmen opened fire at 9pm at Tarvo Artisan Bakery in the diplomatic zone.",
            "Tarvo Artisan Bakery",
        ),
        ("Gunmen opened fire at the Dravimo Café late on Friday.", "Dravimo Café"),
        ("A bomb went off outside Kelvin Restaurant near the port.", "Kelvin Restaurant"),
        ("Shells hit Bakaro Market in the old city on Sunday.", "Bakaro Market"),
        (
            "He sent a team of elders to Kelvaru Regency to meet the armed group.",
            "Kelvaru Regency",
        ),
    ],
)
def test_site_with_its_class_word_last_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in _places(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Prices on the Stock Market fell sharply on Monday.", "Stock Market"),
        ("Ministers discussed the EU Single Market in Brussels.", "EU Single Market"),
        ("Fuel was sold on the Black Market for weeks.", "Black Market"),
    ],
)
def test_market_of_an_economy_is_no_place(tmp_path: Path, text: str, absent: str) -> None:
    assert absent not in _places(tmp_path, text)


def test_body_named_after_a_site_stays_a_body(tmp_path: Path) -> None:
    typed = _typed(tmp_path, "Members of the Bakery Workers Union marched on Monday.")
    assert typed.get("Bakery Workers Union") == "organisation"


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        (
            "The first bomb went off during a mass inside the Cathedral of Our Lady of Mount"
            " Kelvaro in Tarsoli.",
            "Cathedral of Our Lady of Mount Kelvaro",
            "Mount Kelvaro",
        ),
        (
            "Worshippers filled the Church of Saint Dravello in Kelvadu.",
            "Church of Saint Dravello",
            "Saint Dravello",
        ),
        (
            "Pilgrims crowded the Shrine of Saint Tarvino on Sunday.",
            "Shrine of Saint Tarvino",
            "Saint Tarvino",
        ),
    ],
)
def test_site_named_head_first_is_one_place(
    tmp_path: Path, text: str, place: str, not_place: str
) -> None:
    places = _places(tmp_path, text)
    assert place in places
    assert not_place not in places


@pytest.mark.parametrize(
    ("text", "place", "absent"),
    [
        (
            "A meeting was held at his 7 Kelvo Course Road residence with the ministers.",
            "7 Kelvo Course Road",
            "Kelvo Course Road",
        ),
        (
            "Protesters gathered outside 10 Dravimo Street on Monday.",
            "10 Dravimo Street",
            "Dravimo Street",
        ),
    ],
)
def test_address_keeps_its_house_number(tmp_path: Path, text: str, place: str, absent: str) -> None:
    places = _places(tmp_path, text)
    assert place in places
    assert absent not in places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In 2019 Kelvin Road was closed to traffic.", "Kelvin Road"),
        ("Some 300 Tarvo Road residents fled the fire.", "Tarvo Road"),
    ],
)
def test_year_or_count_before_a_street_stays_out(tmp_path: Path, text: str, place: str) -> None:
    places = _places(tmp_path, text)
    assert place in places
    assert not any(p != place and p.endswith(place) for p in places)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The damage to the Kelvoconnector gas pipeline between the two states was caused"
            " by an anchor.",
            "Kelvoconnector gas pipeline",
        ),
        ("Divers found a cut in the Dravimar power cable on Tuesday.", "Dravimar power cable"),
    ],
)
def test_named_work_of_energy_or_data_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in _places(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "A Russian pipeline was shut on Monday.",
        "The Gazprom pipeline was shut on Monday.",
    ],
)
def test_pipeline_of_a_country_or_a_firm_is_no_place(tmp_path: Path, text: str) -> None:
    assert not any(p.endswith("pipeline") for p in _places(tmp_path, text))


def test_count_after_a_town_is_no_part_of_its_name(tmp_path: Path) -> None:
    places = _places(
        tmp_path, "The governor told residents of Kelvama 76 of their daughters were freed."
    )
    assert "Kelvama" in places
    assert "Kelvama 76" not in places


def test_number_of_a_suburb_stays_in_its_name(tmp_path: Path) -> None:
    places = _places(tmp_path, "Fighting spread to the suburb of Kelvama 2 in the north.")
    assert "Kelvama 2" in places


def test_accented_names_open_list_items(tmp_path: Path) -> None:
    places = _places(
        tmp_path,
        "The region includes four municipalities: Ólvaro, Tarsenio, La Playa de Dravo and Úmbrio.",
    )
    assert {"Ólvaro", "Tarsenio", "La Playa de Dravo", "Úmbrio"} <= places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "It was the largest abduction since the group took more than 270 schoolgirls"
            " from Kelvoma in 2014.",
            "Kelvoma",
        ),
        ("The hostages from Dravuni were freed on Friday.", "Dravuni"),
        (
            "Troops regained control of Awasso -- a small but strategic settlement near the port.",
            "Awasso",
        ),
        (
            "Soldiers laid mines in the Kelbaro and Tarchin areas before they withdrew.",
            "Tarchin",
        ),
    ],
)
def test_town_after_a_locative_cue_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in _places(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The army shelled the Kurdish and Arab areas overnight.", {"Kurdish", "Arab"}),
        ("Budgets for the Health and Education areas grew.", {"Health", "Education"}),
    ],
)
def test_peoples_and_fields_before_areas_are_no_places(
    tmp_path: Path, text: str, absent: set[str]
) -> None:
    assert not absent & _places(tmp_path, text)


def test_local_government_area_of_a_state_is_two_places(tmp_path: Path) -> None:
    typed = _typed(tmp_path, "Bandits attacked Kelvoru Local Government Area of Zamfara.")
    assert typed.get("Kelvoru") == "place"
    assert typed.get("Zamfara") == "place"
    assert "Kelvoru Local Government Area of Zamfara" not in typed


@pytest.mark.parametrize(
    "text",
    [
        "The attack was confirmed by Tarvesh Kumbo -- a town elder -- on Monday.",
        "The attack was confirmed by Tarvesh Kumbo, a town elder, on Monday.",
    ],
)
def test_person_set_off_with_a_locality_post_is_no_place(tmp_path: Path, text: str) -> None:
    assert "Tarvesh Kumbo" not in _places(tmp_path, text)
