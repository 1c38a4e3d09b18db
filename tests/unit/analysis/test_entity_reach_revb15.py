"""Entity rules of rounds ents16 and trial15 narrowed where they reached too far (review
round revB15; every sentence here is invented):

* an ISO 3166-2 short form that the rules read as a thing's or a currency's ("SAM", "SAR";
  ``not_bodies``) stays no area, even in a source naming the country whose area it abbreviates;
* a country's name before a word's plural ("Georgia Republicans said") is the people of a
  body or place, never a person;
* a warship named after a person keeps the person's name for the person where the source
  writes it without "the" ("Harold Brenner, the former senator,"), in the ship's own source;
* the English word "Reunion" ("Reunion talks") is no Réunion; the island keeps its accent,
  its article or its island ("Reunion Island");
* "Cartel" before an English word ("Cartel Violence Spreads", a title in capitals) is the
  English noun, no body named head first ("Cartel del Noreste" stays one).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of, source_entities


def _typed(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


@pytest.mark.parametrize(
    "text",
    [
        "Russian crews moved a SAM battery toward Kursk overnight, the governor said.",
        "Rescuers in Russia paused SAR operations after the ferry sank off Sochi.",
        "Afghan officials near Kabul said no SAM had been fired at the aircraft.",
    ],
)
def test_a_things_short_form_is_no_area(tmp_path: Path, text: str) -> None:
    found = entities_of(tmp_path, text)
    assert not {name for t, name in found if t == "place"} & {"SAM", "SAR"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Georgia Republicans said the count in Atlanta was fair.",
        "Jordan Socialists said the vote in Amman was rigged.",
    ],
)
def test_a_country_before_a_plural_is_no_person(tmp_path: Path, text: str) -> None:
    people = _typed(tmp_path, text, "person")
    assert people == set(), people


def test_a_country_given_name_person_stays(tmp_path: Path) -> None:
    people = {
        name
        for t, name in entities_of(tmp_path, "Israel Katz said the strikes would continue.")
        if t == "person"
    }
    assert people == {"Israel Katz"}


def test_a_warships_namesake_stays_a_person_in_its_source(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "The carrier USS Harold T. Brenner arrived off Tarsk on Tuesday. Harold Brenner, the "
        "former senator, was honoured at a ceremony in Tarsk. The Harold Brenner sailed on "
        "Friday.",
    )
    ships = {name: ev for t, name, _, ev in found if t == "vessel"}
    people = {name: ev for t, name, _, ev in found if t == "person"}
    assert ships == {"USS Harold T. Brenner": ["S1.1", "S1.3"]}, found
    assert people == {"Harold Brenner": ["S1.2"]}, found


def test_a_warships_namesake_with_initial_stays_a_person(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "The destroyer USS Mara K. Doyle docked at Vell. Mara K. Doyle, the admiral it is "
        "named for, died in 1990.",
    )
    people = {name for t, name, _, _ in found if t == "person"}
    assert "Mara K. Doyle" in people or "Mara Doyle" in people, found


@pytest.mark.parametrize(
    "text",
    [
        "Reunion talks for families parted by the war resumed in Kaesong on Monday.",
        "The Family Reunion Program was suspended by officials in Vell.",
    ],
)
def test_the_word_reunion_is_no_territory(tmp_path: Path, text: str) -> None:
    places = _typed(tmp_path, text, "place")
    assert "Réunion" not in places, places


@pytest.mark.parametrize(
    "text",
    [
        "A cyclone struck Réunion on Monday, officials in Paris said.",
        "A cyclone struck Reunion Island on Monday, officials in Paris said.",
    ],
)
def test_the_territory_reunion_stays(tmp_path: Path, text: str) -> None:
    places = _typed(tmp_path, text, "place")
    assert "Réunion" in places, places


@pytest.mark.parametrize(
    "text",
    [
        "Cartel Leaders Held in Culiacan Raid, the navy said on Monday.",
        "Cartel Violence Spreads to Tijuana, officials warned on Monday.",
    ],
)
def test_the_english_word_cartel_opens_no_body(tmp_path: Path, text: str) -> None:
    bodies = _typed(tmp_path, text, "organisation")
    assert not any(name.startswith("Cartel") for name in bodies), bodies


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Police in Tamaulipas said the Cartel del Noreste had seized the road.",
            "Cartel del Noreste",
        ),
        ("Prosecutors said the Cartel de los Soles moved the cocaine.", "Cartel de los Soles"),
    ],
)
def test_a_spanish_cartel_name_stays_a_body(tmp_path: Path, text: str, body: str) -> None:
    bodies = _typed(tmp_path, text, "organisation")
    assert body in bodies, bodies
