"""Kinds of name fixed in round ents7, on invented sentences: administrative class words
before a name, towns named after a ruler, particles inside a place's name, compass words,
the owner of a district, a dateline's state, places "nearby", a body joined to its seat by a
hyphen, a hyphenated place and its closed compound, titles in the plural and ships."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _typed(tmp_path: Path, text: str, etype: str) -> dict[str, list[str]]:
    return {e.name: sorted(e.aliases) for e in note_entities(tmp_path, text) if e.type == etype}


def _all_names(entities: dict[str, list[str]]) -> set[str]:
    return set(entities) | {a for aliases in entities.values() for a in aliases}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen raided Sitio Kabulnan before dawn, police said.", "Sitio Kabulnan"),
        ("Two farmers were shot in Barangay Tinagasan, officials said.", "Barangay Tinagasan"),
        ("The army moved into Kampung Seri Lalang on Monday.", "Kampung Seri Lalang"),
        ("Residents of Purok Maligaya were told to leave, the mayor said.", "Purok Maligaya"),
    ],
)
def test_an_administrative_class_word_before_a_name_makes_a_place(
    tmp_path: Path, text: str, place: str
) -> None:
    places = _typed(tmp_path, text, "place")
    assert place in places, places
    assert not _typed(tmp_path, text, "person"), "no person in " + text


def test_the_name_without_its_class_word_is_the_same_place(tmp_path: Path) -> None:
    places = _typed(
        tmp_path,
        "Gunmen raided Sitio Kabulnan before dawn, police said. Families fled Kabulnan "
        "by noon, officials said.",
        "place",
    )
    assert places == {"Sitio Kabulnan": ["Kabulnan"]}, places


@pytest.mark.parametrize(
    "text",
    [
        "Three farmers were killed in Datu Talumpa on Monday, police said.",
        "Clashes were reported in Sultan sa Kudarat overnight, residents said.",
        "The police chief of Datu Talumpa said two suspects were arrested.",
    ],
)
def test_a_town_named_after_a_ruler_is_a_place_after_a_locative_cue(
    tmp_path: Path, text: str
) -> None:
    entities = note_entities(tmp_path, text)
    towns = [e for e in entities if e.name.startswith(("Datu", "Sultan"))]
    assert [e.type for e in towns] == ["place"], entities


def test_a_ruler_without_a_locative_cue_is_not_made_a_town(tmp_path: Path) -> None:
    places = _typed(tmp_path, "Datu Rahim Kalimpo said the talks would resume.", "place")
    assert not places, places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The governor of Lanao del Norte declared a curfew.", "Lanao del Norte"),
        ("Soldiers were sent to San Jose del Monte, officials said.", "San Jose del Monte"),
        ("Troops reached Santa Maria de la Paz on Sunday.", "Santa Maria de la Paz"),
        ("Flooding hit Davao Oriental and nearby towns.", "Davao Oriental"),
    ],
)
def test_particles_and_compass_words_keep_a_place_whole(
    tmp_path: Path, text: str, place: str
) -> None:
    places = _typed(tmp_path, text, "place")
    assert place in places, places
    assert not _typed(tmp_path, text, "person"), _typed(tmp_path, text, "person")


def test_a_capital_sa_is_no_particle(tmp_path: Path) -> None:
    orgs = _typed(tmp_path, "Shares of Velto SA rose after Merian Holdings bought them.", "place")
    assert not any(" SA " in name for name in orgs), orgs


def test_the_owner_of_a_district_is_a_place(tmp_path: Path) -> None:
    places = _typed(
        tmp_path, "Three people were killed in Kestria's Dorvan district on Friday.", "place"
    )
    assert "Kestria" in places and "Dorvan district" in _all_names(places), places


def test_a_country_owning_a_district_stays_a_country(tmp_path: Path) -> None:
    entities = note_entities(tmp_path, "Shelling hit Ukraine's Dorvan district on Friday.")
    assert [e.type for e in entities if e.name == "Ukraine"] == ["country"], entities


def test_the_state_of_a_dateline_city_is_a_place(tmp_path: Path) -> None:
    places = _typed(
        tmp_path, "Kohima (Nagaland) : Three people were killed on Friday, police said.", "place"
    )
    assert {"Kohima", "Nagaland"} <= set(places), places


def test_a_name_after_nearby_is_a_place(tmp_path: Path) -> None:
    places = _typed(
        tmp_path, "Fighting spread to nearby Tulembe on Tuesday, witnesses said.", "place"
    )
    assert "Tulembe" in places, places


def test_a_body_joined_to_its_seat_by_a_hyphen_is_the_body(tmp_path: Path) -> None:
    text = (
        "Clashes near the Regional Police Office-Karsa Autonomous Region left two dead. "
        "A graduate of the Civil Defence Institute-Valmora, Joseph Okello, took command."
    )
    entities = {e.name: e.type for e in note_entities(tmp_path, text)}
    assert entities.get("Civil Defence Institute-Valmora") == "organisation", entities
    assert entities.get("Regional Police Office-Karsa Autonomous Region") == "organisation"
    assert entities.get("Joseph Okello") == "person", entities


def test_a_hyphenated_place_and_its_closed_compound_are_one_place(tmp_path: Path) -> None:
    places = _typed(
        tmp_path,
        "Gangs attacked homes in Morne-Vert on Monday, police said. Residents fled "
        "Mornevert for the capital, officials said.",
        "place",
    )
    assert len(places) == 1 and _all_names(places) == {"Morne-Vert", "Mornevert"}, places


def test_two_people_after_a_plural_title_are_people(tmp_path: Path) -> None:
    entities = {
        e.name: e.type
        for e in note_entities(
            tmp_path, "Police said Majors Tomas Reyes and Alina Varga led the raid on Monday."
        )
    }
    assert entities.get("Tomas Reyes") == "person", entities
    assert entities.get("Alina Varga") == "person", entities


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Marisol Bravo said nothing, and its owner was silent.",
        "The crew of the cargo ship Helena Dunmore said they were safe.",
    ],
)
def test_a_ship_after_a_vessel_noun_is_no_person(tmp_path: Path, text: str) -> None:
    people = _typed(tmp_path, text, "person")
    assert not people, people


def test_a_body_joined_to_its_seat_is_no_person_after_a_locative(tmp_path: Path) -> None:
    entities = {
        e.name: e.type
        for e in note_entities(
            tmp_path,
            "Speaking at the National Security College-Namboole, Kato Ssali said the plan "
            "was ready.",
        )
    }
    assert entities.get("National Security College-Namboole") == "organisation", entities
    assert entities.get("Kato Ssali") == "person", entities


def test_a_city_name_before_a_kin_group_noun_is_a_people(tmp_path: Path) -> None:
    # Moro is also a city of the index (over 100,000 people): before "clans" it is a people
    places = _typed(tmp_path, "Members of two Moro clans fought on Tuesday.", "place")
    assert "Moro" not in places, places
    places = _typed(tmp_path, "Troops were sent to Moro on Tuesday.", "place")
    assert "Moro" in places, places


def test_a_name_after_a_role_and_its_office_is_a_person(tmp_path: Path) -> None:
    people = _typed(
        tmp_path,
        "Among those killed were the deputy mayor Ali Hassan Nur and head of regional "
        "department of finance Abdi Warsame Dhuhul.",
        "person",
    )
    assert {"Ali Hassan Nur", "Abdi Warsame Dhuhul"} <= set(people), people


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The attack took place 30 kilometres north of Kavelo on Sunday.", {"Kavelo"}),
        ("Buses travelling from Dorvani to Meruka were stopped.", {"Dorvani", "Meruka"}),
        ("The militants withdrew towards Sabenga after the clash.", {"Sabenga"}),
        ("Many residents of Wadeko fled on Monday, the army said.", {"Wadeko"}),
    ],
)
def test_a_bearing_a_journey_or_residents_make_a_place(
    tmp_path: Path, text: str, places: set[str]
) -> None:
    found = _typed(tmp_path, text, "place")
    assert places <= set(found), found


def test_a_person_after_from_is_not_made_a_place(tmp_path: Path) -> None:
    found = _typed(tmp_path, "A letter from Marta Kovacs arrived on Monday.", "place")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Around 30 gunmen on Sunday attacked Kavelo, near the border, officials said.", "Kavelo"),
        ("The rebels took Meruka, 40 km from the capital, last week.", "Meruka"),
    ],
)
def test_a_name_placed_near_something_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    found = _typed(tmp_path, text, "place")
    assert place in found, found


def test_a_titled_person_near_something_stays_a_person(tmp_path: Path) -> None:
    entities = {
        e.name: e.type
        for e in note_entities(
            tmp_path, "Ambassador Karen Lowe, near the end of her term, said no."
        )
    }
    assert entities.get("Karen Lowe") == "person", entities


def test_a_regency_is_an_administrative_area(tmp_path: Path) -> None:
    found = _typed(
        tmp_path, "Floods hit homes in Selatan Barung regency, the agency said.", "place"
    )
    assert _all_names(found) & {"Selatan Barung", "Selatan Barung regency"}, found


def test_a_name_after_a_colleague_in_an_apposition_is_a_person(tmp_path: Path) -> None:
    people = _typed(tmp_path, "His friend, Tomasz Arvo Lindqvist, survived the attack.", "person")
    assert "Tomasz Arvo Lindqvist" in people, people
