"""A list of towns the city index knows before a capitalised plural "Local Government Areas"
names the towns, as one such town with "Local Government Area" alone does (review revA26
of places26a): "Gwoza and Bama Local Government Areas" are Gwoza and Bama, never "Gwoza local
government area". Near misses: a city's region stays its own place ("the Donetsk and
Luhansk regions"), and names the index does not know keep their reading. Invented sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _types(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Gunmen attacked Gwoza and Bama Local Government Areas on Tuesday.", ["Gwoza", "Bama"]),
        (
            "Farmers fled Gwoza, Bama and Kelvash Local Government Areas.",
            ["Gwoza", "Bama", "Kelvash"],
        ),
        ("Gunmen attacked Gwoza Local Government Area on Tuesday.", ["Gwoza"]),
    ],
)
def test_known_towns_listed_before_local_government_areas_are_the_towns(
    tmp_path: Path, text: str, towns: list[str]
) -> None:
    typed = _types(tmp_path, text)
    assert all(typed.get(t) == "place" for t in towns), typed
    assert not any("local government" in name.lower() for name in typed), typed


def test_near_miss_a_citys_regions_stay_regions(tmp_path: Path) -> None:
    typed = _types(tmp_path, "Shelling spread to the Donetsk and Luhansk regions overnight.")
    assert "Donetsk" not in typed and "Luhansk" not in typed, typed
    assert sum(t == "place" for t in typed.values()) == 2, typed


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Cholera spread in the Dadaab and Kakuma refugee camps last month.", ["Dadaab", "Kakuma"]),
        ("Trucks waited at the Kelvash and Kakuma border crossings.", ["Kelvash", "Kakuma"]),
        ("Troops pulled back from the Nairobi and Mombasa army bases.", ["Nairobi", "Mombasa"]),
    ],
)
def test_known_towns_listed_before_a_plural_site_noun_are_places(
    tmp_path: Path, text: str, towns: list[str]
) -> None:
    typed = _types(tmp_path, text)
    assert all(typed.get(t) == "place" for t in towns), typed


def test_near_miss_sides_listed_before_a_site_noun_stay_sides(tmp_path: Path) -> None:
    typed = _types(tmp_path, "Jets struck the Houthi and Hamas military camps overnight.")
    assert "place" not in typed.values(), typed
    typed = _types(tmp_path, "Camps run by Doctors Without Borders were shut in Kelvo.")
    assert typed.get("Doctors Without Borders") == "organisation", typed


def test_known_towns_opening_a_sentence_in_a_counted_apposition_are_places(
    tmp_path: Path,
) -> None:
    for text in (
        "Tarkwa and Prestea, two mining towns in western Ghana, were hit.",
        "Tarkwa and Kelvash, two villages in the west, were hit.",
    ):
        typed = _types(tmp_path, text)
        assert typed.get("Tarkwa") == "place", typed


def test_near_miss_names_opening_an_apposition_of_people_stay_no_towns(tmp_path: Path) -> None:
    typed = _types(tmp_path, "Tarkwa and Kelvash, two teachers from the area, were held.")
    assert typed.get("Tarkwa") != "place", typed


def test_names_listed_before_crossings_alone_are_places(tmp_path: Path) -> None:
    typed = _types(tmp_path, "Aid entered through the Kelvash and Ormuti crossings on Monday.")
    assert typed.get("Kelvash") == "place" and typed.get("Ormuti") == "place", typed


@pytest.mark.parametrize(
    "text",
    [
        "Aid entered through the Hamas and Fatah crossings on Monday.",
        "Jets struck the Hezbollah and Amal military posts overnight.",
    ],
)
def test_near_miss_a_side_listed_with_a_known_body_before_sites_is_no_place(
    tmp_path: Path, text: str
) -> None:
    typed = _types(tmp_path, text)
    assert "place" not in typed.values(), typed
