"""Places missed or mistyped on unseen reporting, by kind, in invented sentences (places25),
each kind with near misses that keep their old reading:

* a place named after a saint or a place's head abbreviated with a period ("Sta. Rosa",
  "Sto. Tomas", "Ste. Marie", "Mt. Kelvo", "Ft. Dravi"; ``saints`` and
  ``abbreviated_place_heads`` of ``place_guards.yaml``, the abbreviations of ``text.yaml``)
  is one place and ends no sentence, while "ft." of a measure and "St. Paul said" stay what
  they were;
* the landmarks and crossings of a city that a march passes ("the Democracy Monument", "the
  Kelvo Interchange", "Dravi Checkpoint", "the Tarsi intersection") and its squares and
  streets named in the city's language ("Ploshchad Kelvo", "Tarsi Dvor", "Piazza Dravi")
  are places (``place_heads``, ``place_first_words``, ``locality_nouns``), while "Anna
  Plaza said" stays a person;
* a stage of a route told in steps ("marched from Kelvo toward Dravi Square", "from the
  Kelvo Market through Tarsi and on to Dravi") is a place, while a name after one "to"
  ("gave the book to Dravi") is none;
* quarters of a city listed before "districts" ("Kelvo's Tarsi and Dravan districts") and
  towns joined by a bridge or a road ("the bridge linking Tarsi and Dravan") are places,
  while "the Democratic and Republican districts" and "the deal linking Smith and Jones"
  name none;
* a seat of government named as its building after a preposition of movement or location
  ("marched to Government House", "at the County-City Building") is a place, while
  "Government House said" stays the body and "the White House" an organisation;
* the rivers that cross countries, by their names in those countries ("the Rhein" is the
  Rhine, "the Donau" the Danube), are places, without "River";
* a word of speech opening a quote before a comma ('said: "Well, ..."') is no place, while
  "reached Well, a village" still is;
* an alliance of armed groups named in Spanish, its head in the plural ("Cárteles Unidos"),
  is an organisation, never a place.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.text import split_sentences
from builders import note_entities, note_names


def _typed(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Evacuees from Batel were moved to Sta. Rosa on Monday.", "Sta. Rosa"),
        ("Some 200 families spent the night in Sto. Tomas after the ashfall.", "Sto. Tomas"),
        ("The towns of Kelvo, Sta. Marvela and Tarsi were placed under lockdown.", "Sta. Marvela"),
        ("The rebels withdrew to Mt. Kelvo after the raid on the depot.", "Mt. Kelvo"),
        ("Soldiers at Ft. Dravi said the convoy left on Monday.", "Ft. Dravi"),
        ("The rebels withdrew to São Kelvo after the raid.", "São Kelvo"),
    ],
)
def test_an_abbreviated_saint_or_head_opens_one_place(
    tmp_path: Path, text: str, place: str
) -> None:
    assert place in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The parade began at the cathedral and ended in St. Kelvo.", "St. Kelvo"),
        ("Floods cut the road near Ste. Dravane on Monday.", "Ste. Dravane"),
    ],
)
def test_a_town_named_after_an_abbreviated_saint_is_one_place(
    tmp_path: Path, text: str, place: str
) -> None:
    assert place in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Pilgrims prayed to St. Kelvo at the shrine.",
        "St. Kelvo said the church would stay open.",
    ],
)
def test_a_saint_prayed_to_or_speaking_is_no_town(tmp_path: Path, text: str) -> None:
    assert "St. Kelvo" not in note_names(tmp_path, text, "place")


def test_an_abbreviated_saint_ends_no_sentence() -> None:
    text = "The evacuees reached Sto. Tomas on Monday. Others stayed in Sta. Rosa."
    assert split_sentences(text) == [
        "The evacuees reached Sto. Tomas on Monday.",
        "Others stayed in Sta. Rosa.",
    ]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # "St." before a saint who speaks stays the person
        ("St. Paul said the church would stay open.", "St. Paul", "person"),
        # "Mt." inside a company's name keeps the company, no place of its first words
        ("Officials said the Mt. Kelvo Mining Corporation paid the fine.", "Mt. Kelvo", None),
    ],
)
def test_near_misses_of_abbreviated_heads(
    tmp_path: Path, text: str, name: str, etype: str | None
) -> None:
    typed = _typed(tmp_path, text)
    assert typed.get(name) == etype


def test_a_measure_in_feet_names_no_fort(tmp_path: Path) -> None:
    text = "The wall is 12 ft. High Street runs past it to the Kelvo Bridge."
    assert not any(n.lower().startswith("ft") for n in note_names(tmp_path, text, "place"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The protesters walked from the Liberty Monument to the parliament.", "Liberty Monument"),
        ("The convoy passed the Kelvo Interchange before dawn.", "Kelvo Interchange"),
        ("Troops stopped the marchers at Dravi Checkpoint on Friday.", "Dravi Checkpoint"),
        ("Police held the crowd for an hour at the Tarsi intersection.", "Tarsi"),
        ("Hundreds gathered at Ploshchad Kelvo on Saturday.", "Ploshchad Kelvo"),
        ("Another rally gathered at Tarsi Dvor and moved on.", "Tarsi Dvor"),
        ("Crowds gathered in Piazza Dravi after the verdict.", "Piazza Dravi"),
        ("Ash from the Kelvo Volcano fell on three towns.", "Kelvo Volcano"),
    ],
)
def test_landmarks_crossings_and_squares_of_a_city_are_places(
    tmp_path: Path, text: str, place: str
) -> None:
    assert place in note_names(tmp_path, text, "place")


def test_a_plaza_as_a_surname_stays_a_person(tmp_path: Path) -> None:
    assert _typed(tmp_path, "Anna Plaza said the talks had failed.").get("Anna Plaza") == "person"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Hundreds marched from Velmar toward Martyrs Square on Sunday.", {"Velmar"}),
        (
            "The marchers went from the Kelvo Market through Tarsi and on to Dravan.",
            {"Tarsi", "Dravan"},
        ),
        (
            "They walked from Kelvo Market through Upper Tarsi and past the Dravi interchange.",
            {"Upper Tarsi"},
        ),
    ],
)
def test_a_stage_of_a_route_is_a_place(tmp_path: Path, text: str, places: set[str]) -> None:
    assert places <= note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "He gave the book to Dravan on Monday.",
        "Traffic was diverted from Monday through Friday.",
    ],
)
def test_one_step_names_no_route(tmp_path: Path, text: str) -> None:
    assert not note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Processions were held in Kelvora's Tarsi and Dravan districts.",
            {"Tarsi", "Dravan"},
        ),
        (
            "Dozens gathered on the Liberation Bridge linking Tarsi and Dravan.",
            {"Tarsi", "Dravan"},
        ),
        ("The new road connecting Dravan and Tarsi opened.", {"Dravan", "Tarsi"}),
    ],
)
def test_listed_quarters_and_towns_a_way_joins_are_places(
    tmp_path: Path, text: str, places: set[str]
) -> None:
    assert places <= note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "The Democratic and Republican districts voted against the bill.",
        "The scandal linking Smith and Jones grew.",
    ],
)
def test_ordinary_words_and_people_listed_so_stay_no_places(tmp_path: Path, text: str) -> None:
    assert not note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The protesters marched to Government House via Kelvo Road.", "Government House"),
        (
            "At the County-City Building, protesters voiced anger at officers.",
            "County-City Building",
        ),
        ("Hundreds gathered outside the State House in Velmar.", "State House"),
    ],
)
def test_a_seat_of_government_named_as_a_building_is_a_place_where_one_goes(
    tmp_path: Path, text: str, place: str
) -> None:
    assert _typed(tmp_path, text).get(place) == "place"


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Government House said the rally was illegal.", "Government House", "organisation"),
        ("Reporters waited outside the White House on Monday.", "White House", "organisation"),
    ],
)
def test_a_seat_that_acts_or_is_known_keeps_its_body(
    tmp_path: Path, text: str, name: str, etype: str
) -> None:
    assert _typed(tmp_path, text).get(name) == etype


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("Water levels rose on the Rhein overnight.", "Rhine"),
        ("Barges were stranded on the Donau near the border.", "Danube"),
        ("The Kelvo stream flows into the Rhine below the town.", "Rhine"),
    ],
)
def test_rivers_are_places_in_the_languages_they_cross(
    tmp_path: Path, text: str, river: str
) -> None:
    assert river in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Floods hit Rhineland-Palatinate, Lower Saxony and Saxony-Anhalt overnight.",
            {"Rhineland-Palatinate", "Lower Saxony", "Saxony-Anhalt"},
        ),
        ("Police in Lesser Poland and Silesia closed the roads.", {"Lesser Poland", "Silesia"}),
    ],
)
def test_first_level_regions_by_their_english_names_are_places(
    tmp_path: Path, text: str, places: set[str]
) -> None:
    assert places <= note_names(tmp_path, text, "place")


def test_a_region_in_two_languages_is_one_place(tmp_path: Path) -> None:
    text = (
        "Rescuers reached villages in Nordrhein-Westfalen on Monday. "
        "North Rhine-Westphalia asked for help."
    )
    regions = [e for e in note_entities(tmp_path, text) if e.type == "place"]
    assert [(e.name, e.aliases) for e in regions] == [
        ("North Rhine-Westphalia", ["Nordrhein-Westfalen"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        'He said: "Well, the army has left."',
        "Residents said: Well, we are afraid of the night.",
    ],
)
def test_a_word_of_speech_opening_a_quote_is_no_place(tmp_path: Path, text: str) -> None:
    assert "Well" not in note_names(tmp_path, text, "place")


def test_a_town_so_named_in_apposition_stays_a_place(tmp_path: Path) -> None:
    text = "The convoy reached Well, a village near the border."
    assert "Well" in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "The Kelvo Cartel belongs to the Cárteles Unidos council.",
        "A Carteles Unidos patrol guards one of the entrances to Tarsi.",
    ],
)
def test_a_spanish_alliance_of_cartels_is_an_organisation(tmp_path: Path, text: str) -> None:
    typed = _typed(tmp_path, text)
    assert any(
        t == "organisation" and n.lower().replace("á", "a") == "carteles unidos"
        for n, t in typed.items()
    )
    assert not any(
        n.lower().replace("á", "a") == "carteles unidos"
        for n in note_names(tmp_path, text, "place")
    )
