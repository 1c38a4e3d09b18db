"""One place written several ways, lists of areas, languages, villages named by an attack and
bodies named by a common noun, on invented sentences (no corpus or held-out text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _of_type(tmp_path: Path, text: str, etype: str) -> dict[str, list[str]]:
    return {e.name: sorted(e.aliases) for e in note_entities(tmp_path, text) if e.type == etype}


def test_a_list_before_a_plural_admin_noun_names_regions_not_cities(tmp_path: Path) -> None:
    places = _of_type(
        tmp_path,
        "Shelling hit the Donetsk and Luhansk regions overnight. Later, Donetsk itself was "
        "quiet, officials said.",
        "place",
    )
    assert "Donetsk Oblast" in places and "Luhansk Oblast" in places, places
    assert "Luhansk" not in places, places  # the city of Luhansk is not named
    assert "Donetsk" in places, places  # the city, named in its own sentence


def test_a_comma_list_of_unknown_provinces_is_each_a_place(tmp_path: Path) -> None:
    places = _of_type(
        tmp_path, "Clashes spread across the Kayora, Melbek and Belwan provinces.", "place"
    )
    assert {"Kayora", "Melbek", "Belwan"} <= set(places), places


@pytest.mark.parametrize(
    "text",
    [
        "Specifically, Nordic states and Varel firms should act together.",
        "A number of key African and Latin American states abstained.",
    ],
)
def test_countries_and_adjectives_before_states_are_no_areas(tmp_path: Path, text: str) -> None:
    places = _of_type(tmp_path, text, "place")
    assert not {"Specifically", "African", "Latin American", "Nordic"} & set(places), places


def test_a_coordination_is_never_one_place(tmp_path: Path) -> None:
    places = _of_type(
        tmp_path, "Fighting spread into Alto Kivara and Alto Kivara Province last week.", "place"
    )
    assert not any(" and " in p for p in places), places
    assert any(p.startswith("Alto Kivara") for p in places), places


def test_an_area_with_and_without_its_noun_is_one_place(tmp_path: Path) -> None:
    places = _of_type(
        tmp_path,
        "Rebels advanced in Alto Verano on Sunday. Thousands fled Alto Verano Province on Monday.",
        "place",
    )
    verano = [p for p in places if p.startswith("Alto Verano")]
    assert len(verano) == 1, places


def test_a_city_and_its_region_stay_apart(tmp_path: Path) -> None:
    places = _of_type(tmp_path, "Shelling hit Donetsk. The Donetsk region was calm.", "place")
    assert "Donetsk" in places and "Donetsk Oblast" in places, places


def test_a_country_written_with_and_without_the_article_is_one(tmp_path: Path) -> None:
    countries = _of_type(
        tmp_path,
        "The Democratic Republic of the Congo accused its neighbour. The Democratic Republic "
        "of Congo army retreated. DR Congo officials met. The DRC government denied it.",
        "country",
    )
    assert list(countries) == ["Democratic Republic of the Congo"], countries
    assert "Democratic Republic of Congo" in countries["Democratic Republic of the Congo"]
    assert not any(
        "Congo" in p
        for p in _of_type(tmp_path, "The Democratic Republic of Congo army retreated.", "place")
    )


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Inspectors visited the Tarvel nuclear facility on Monday. The Tarvel NPP lost "
            "power again.",
            "Tarvel",
        ),
        ("Jets left the Melvar air base. Melvar airbase was hit again.", "Melvar"),
    ],
)
def test_a_facility_named_two_ways_is_one_place(tmp_path: Path, text: str, noun: str) -> None:
    places = [p for p in _of_type(tmp_path, text, "place") if p.startswith(noun)]
    assert len(places) == 1, places


def test_an_airport_and_an_airbase_of_one_town_stay_apart(tmp_path: Path) -> None:
    places = _of_type(tmp_path, "Jets left Melvar airbase. The Melvar airport reopened.", "place")
    assert len([p for p in places if p.startswith("Melvar")]) == 2, places


@pytest.mark.parametrize(
    "text",
    [
        "The minister said in French that talks would resume.",
        "A Persian-language channel aired the clip.",
        "He spoke in Russian and Turkish, aides said.",
        "The statement was translated from Ukrainian by volunteers.",
    ],
)
def test_a_language_is_not_a_country(tmp_path: Path, text: str) -> None:
    assert _of_type(tmp_path, text, "country") == {}, text


def test_a_demonym_before_a_noun_is_still_its_country(tmp_path: Path) -> None:
    countries = _of_type(
        tmp_path,
        "Attacks in Russian and Ukrainian cities rose. Troops fled into Russian territory.",
        "country",
    )
    assert {"Russia", "Ukraine"} <= set(countries), countries


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A drone struck two cars in Velmorka on Monday.", {"Velmorka"}),
        ("Artillery shelled Dobrovarka overnight.", {"Dobrovarka"}),
        (
            "Troops shelled Marvanka, Ostrikha and Kelvora on Sunday.",
            {"Marvanka", "Ostrikha", "Kelvora"},
        ),
        ("Forces captured the village of Zelvanka.", {"Zelvanka"}),
    ],
)
def test_villages_named_by_an_attack_verb(tmp_path: Path, text: str, places: set[str]) -> None:
    found = _of_type(tmp_path, text, "place")
    assert places <= set(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed in Monday's strike.",
        "Police captured Ahmed Kavali on Sunday.",
        "Talks resumed in March after the strike.",
        "Gunmen attacked Kavela Relief on Sunday.",
    ],
)
def test_an_attack_verb_makes_no_place_of_a_day_a_person_or_a_body(
    tmp_path: Path, text: str
) -> None:
    assert _of_type(tmp_path, text, "place") == {}, text


@pytest.mark.parametrize(
    "name",
    [
        "Kavela Relief",
        "Arvel Security Solutions",
        "Sentry Analytics",
        "Rights Watch Global",
        "Ukrainska Pravda",
        "Dorvan Research Partners",
    ],
)
def test_a_body_named_by_a_common_noun_is_no_person(tmp_path: Path, name: str) -> None:
    entities = note_entities(tmp_path, f"{name} said the convoy was attacked near the border.")
    assert (name, "organisation") in {(e.name, e.type) for e in entities}
    assert not [e for e in entities if e.type == "person"]
