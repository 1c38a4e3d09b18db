"""A region named after its city (left over from earlier sessions' trials; every sentence is
invented): the region is a place of its own, apart from its city ("Kayes region" and
"Kayes"), and a common noun opening the sentence before "of the <Name> region" ("Residents
of the Kayes region said ...") is no part of the region's name, even when the sources never
write that noun in lower case."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _places(tmp_path: Path, text: str) -> dict[str, list[str]]:
    return {e.name: e.evidence for e in note_entities(tmp_path, text) if e.type == "place"}


@pytest.mark.parametrize(
    ("opener", "area"),
    [
        ("Residents of the Kayes region", "Kayes region"),
        ("Farmers of the Mopti region", "Mopti"),  # no town Mopti here: the area
        ("Families of the Zorva district", "Zorva"),
        ("Officials of the Tarvela province", "Tarvela"),
    ],
)
def test_a_common_noun_opening_the_sentence_is_no_part_of_the_area(
    tmp_path: Path, opener: str, area: str
) -> None:
    text = (
        f"{opener} said the road to Senegal remained closed on Wednesday.\n"
        "Militants attacked a fuel convoy near Kayes on Tuesday, the army said.\n"
    )
    places = _places(tmp_path, text)
    assert not any(name.startswith(opener.split()[0]) for name in places), places
    assert any(name.lower() == area.lower() for name in places), places


def test_the_region_and_its_city_stay_apart(tmp_path: Path) -> None:
    text = (
        "Residents of the Kayes region said the road to Senegal remained closed.\n"
        "Militants attacked a fuel convoy near Kayes on Tuesday, the army said.\n"
        "Fighting in the Kayes region has displaced thousands of people since June.\n"
    )
    places = _places(tmp_path, text)
    assert "Kayes" in places and "Kayes region" in places, places
    assert len(places["Kayes region"]) == 2, places


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: names that hold "of the" or open with an English word stay whole
        "Bank of the West officials met in the Kayes region on Monday.",
        "Isle of Man officials said the Mopti region was calm.",
    ],
)
def test_names_with_of_stay_whole(tmp_path: Path, text: str) -> None:
    places = _places(tmp_path, text)
    assert not any(name in {"West region", "Man", "West"} for name in places), places


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # a name's own head before "of" and an administrative noun is part of the name
        ("Isle of Wight district officials said the ferry stopped.", "Wight"),
        ("Cape of Good Hope province officials met on Monday.", "Good Hope"),
        ("Isles of Scilly district officials met on Monday.", "Scilly"),
        ("Heights of Abraham district officials met on Monday.", "Abraham"),
    ],
)
def test_a_place_head_before_of_stays(tmp_path: Path, text: str, cut: str) -> None:
    places = _places(tmp_path, text)
    assert not any(name.startswith(cut) for name in places), places
