"""Over-reaches of the entity rules of rounds ents15 and trial14 that a reviewer found with
invented inputs (reproduced here with those inputs and invented ones of the same kinds; no
third-party text): a name-heavy first sentence read as a title-case headline, a given name
alone merged into the person named in full where it is a modifier, another person or a
faith's prophet, bodies and forces listed after "the countries of" read as places, a faith's
adjective before a shrine read as a place, a person overriding a place named by a place's
own cue, a given name and a feature's head read as a person, and a figurative attack on a
school read as a raid on a site."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of, source_entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "King Charles III met Prime Minister Keir Starmer at Buckingham Palace.",
            {("person", "Charles III"), ("place", "Buckingham Palace")},
        ),
        (
            "Secretary General Ana Sol of the Western Treaty Organization met Foreign "
            "Minister Odo Malvek.",
            {("person", "Ana Sol"), ("person", "Odo Malvek")},
        ),
        (
            "Queen Mira Tessel received Defence Minister Ivar Lund at Karsia Palace on Monday.",
            {("person", "Mira Tessel"), ("person", "Ivar Lund"), ("place", "Karsia Palace")},
        ),
    ],
)
def test_a_name_heavy_first_sentence_is_no_headline(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    found = set(entities_of(tmp_path, text))
    assert expected <= found, found


def test_a_title_case_headline_still_names_no_one_new(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "Karsian Premier Condemns Ostland Border Raids and Citing Civilian Deaths Abroad\n\n"
        "Premier Ivar Tessel voiced dismay on Friday.",
    )
    assert {n for t, n in found if t == "person"} == {"Ivar Tessel"}, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Christian Mayer, a spokesman, said the convoy was hit. Christian militias denied it.",
            "Christian Mayer",
        ),
        ("Islam Karimov ruled for years, officials said. Islam forbids alcohol.", "Islam Karimov"),
        (
            "Mohammed Deif, the commander, was killed. King Mohammed VI sent condolences.",
            "Mohammed Deif",
        ),
        (
            "Mohammed bin Salman said the talks went well. Pilgrims honoured the Prophet Mohammed.",
            "Mohammed bin Salman",
        ),
        (
            "Lincoln Diaz, a farmer, said troops came. Lincoln police said they were investigating.",
            "Lincoln Diaz",
        ),
        (
            "Santos Ortega, a farmer, said troops came. Santos harbour was closed, officials said.",
            "Santos Ortega",
        ),
        (
            "Ahmed Hassan said the shelling went on. His neighbour, Ahmed, was killed.",
            "Ahmed Hassan",
        ),
        (
            "Idris Kalvo, the district chief, said four houses burned. The Idris mosque was damaged.",
            "Idris Kalvo",
        ),
        # invented ones of the same kinds
        (
            "Petra Lund, the mayor, said the dam held. Petra schools reopened on Monday.",
            "Petra Lund",
        ),
        ("Omar Velik said the road was cut. His cousin, Omar, was wounded.", "Omar Velik"),
        ("Anja Kovacz said the port was shut. Queen Anja II opened the session.", "Anja Kovacz"),
    ],
)
def test_a_given_name_not_used_as_the_person_stays_apart(
    tmp_path: Path, text: str, person: str
) -> None:
    found = source_entities(tmp_path, text)
    aliases = {name: set(al) for etype, name, al, _ in found if etype == "person"}
    given = person.split()[0]
    assert person in aliases and given not in aliases[person], found


def test_a_given_name_used_as_the_person_still_counts(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "Premier Ivar Tessel of Karsia met Chancellor Odo Malvek in Brenn. "
        '"We are ready," said Ivar. Mr Ivar left. Ivar resigned later.',
    )
    people = {name: ev for etype, name, _, ev in found if etype == "person"}
    assert people["Ivar Tessel"] == ["S1.1", "S1.2", "S1.3", "S1.4"], found


@pytest.mark.parametrize(
    ("text", "expected", "not_place"),
    [
        (
            "Officials said the countries of the Gulf Cooperation Council met in Doha.",
            ("organisation", "Gulf Cooperation Council"),
            "Gulf Cooperation Council",
        ),
        (
            "Officials said the fronts of Wagner Group and Russian Army units collapsed.",
            # a country's army named with a capital is its national force (round trial20)
            ("force", "Russian Armed Forces"),
            "Russian Army",
        ),
        (
            "Officials said the states of the Ostland Defence Union and Karsian Navy ships sailed.",
            ("organisation", "Ostland Defence Union"),
            "Ostland Defence Union",
        ),
    ],
)
def test_bodies_and_forces_after_a_plural_place_noun_are_no_places(
    tmp_path: Path, text: str, expected: tuple[str, str], not_place: str
) -> None:
    found = entities_of(tmp_path, text)
    assert expected in found and ("place", not_place) not in found, found


def test_places_after_a_plural_place_noun_stay_places(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path, "Officials said the provinces of Orda Mekhay and Brel Tovan fell."
    )
    assert ("place", "Orda Mekhay") in found and ("place", "Brel Tovan") in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Troops entered the town on Monday. Gunmen attacked a Sufi shrine at dawn.", "Sufi"),
        ("Troops entered the town on Monday. The Buddhist monastery was shelled.", "Buddhist"),
        ("Troops entered the town on Monday. Pilgrims left a Shia shrine.", "Shia"),
        ("Troops entered the town on Monday. Rioters burned the Coptic monastery.", "Coptic"),
        (
            "Troops entered the town on Monday. Troops searched the Serbian Orthodox monastery.",
            "Serbian Orthodox",
        ),
    ],
)
def test_a_faith_before_a_site_noun_is_no_place(tmp_path: Path, text: str, word: str) -> None:
    assert ("place", word) not in entities_of(tmp_path, text)


def test_a_named_temple_is_still_a_place(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path, "Troops entered the town. The contested Ta Krom temple was shelled."
    )
    assert ("place", "Ta Krom") in found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels overran Bekaru on Friday. Residents of Bekaru said the wanted fugitive, Bekaru, "
        "had fled.",
        "Troops shelled Morvath overnight. Aid reached people in Morvath. The most wanted "
        "terrorist, Morvath, escaped.",
    ],
)
def test_a_place_named_by_a_place_cue_survives_a_person_of_its_word(
    tmp_path: Path, text: str
) -> None:
    found = source_entities(tmp_path, text)
    word = text.split()[2]
    kinds = {etype: ev for etype, name, _, ev in found if name == word}
    assert "place" in kinds and "person" in kinds, found
    assert kinds["place"][0] == "S1.1", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Todd Hill residents were told to leave.", "Todd Hill"),
        ("Donna Creek flooded the village.", "Donna Creek"),
        ("Officials said Brenda Springs residents fled the fire.", "Brenda Springs"),
        ("Officials said Wayne Heights was cut off by the floods.", "Wayne Heights"),
    ],
)
def test_a_given_name_and_a_feature_head_is_no_person(tmp_path: Path, text: str, name: str) -> None:
    assert ("person", name) not in entities_of(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Gretchen Whitmer spoke.",
        "Mayor Rose Hill was detained on Monday.",
        "Rose Hill, a lawyer, was detained on Monday.",
    ],
)
def test_a_given_name_and_a_surname_stays_a_person(tmp_path: Path, text: str) -> None:
    assert [n for t, n in entities_of(tmp_path, text) if t == "person"], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police attacked Harvard Law School in a statement.", "Harvard Law School"),
        ("The minister attacked Kelvo High School in a speech on Monday.", "Kelvo High School"),
    ],
)
def test_a_figurative_attack_on_a_school_names_no_site(
    tmp_path: Path, text: str, name: str
) -> None:
    assert ("place", name) not in entities_of(tmp_path, text)


def test_an_armed_attack_on_a_school_names_the_site(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "Gunmen attacked Kelvo High School, killing three pupils.")
    assert ("place", "Kelvo High School") in found


@pytest.mark.parametrize(
    "text",
    [
        "Troops entered the town on Monday. The Buddhist monastery in Rakhine was shelled.",
        "Troops entered the town on Monday. Monks in Rakhine fled.",
        "Troops entered the town on Monday. Aid reached families across Kachin last week.",
    ],
)
def test_a_people_named_after_a_preposition_of_place_is_the_place(
    tmp_path: Path, text: str
) -> None:
    word = next(w for w in ("Rakhine", "Kachin") if w in text)
    assert ("place", word) in entities_of(tmp_path, text), entities_of(tmp_path, text)


def test_a_people_before_a_noun_is_still_no_place(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "Troops entered the town. Naga rebels ambushed a convoy.")
    assert ("place", "Naga") not in found
