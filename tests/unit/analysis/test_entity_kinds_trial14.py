"""Entity kinds misread in a new-analyst trial on a border war (invented sentences of the same
shapes; no third-party text): a person called by the given name in a source that names them in
full (the custom in Thailand or Malaysia), a temple's name with a Khmer or Thai opening word
or a lower-case site noun after it, and names listed after "the provinces of"."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of, source_entities


def test_a_given_name_alone_is_the_person_its_source_names_in_full(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "Premier Ivar Tessel of Karsia met Chancellor Odo Malvek in Brenn. "
        '"We are ready," said Ivar.',
        "The leak of her call with Senate president Odo Varr has left Premier Anja Kovacz "
        "clinging to power. Ms Anja said nothing. Critics said Ms Anja was too soft.",
    )
    people = {name: evidence for etype, name, _, evidence in found if etype == "person"}
    assert people["Ivar Tessel"] == ["S1.1", "S1.2"]
    assert people["Anja Kovacz"] == ["S2.1", "S2.2", "S2.3"]
    assert "Anja" not in people and "Ivar" not in people


def test_a_given_name_two_people_share_names_neither(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "Premier Ivar Tessel met Ivar Lund, the envoy, in Brenn. Ivar said the talks went well.",
    )
    people = {name: evidence for etype, name, _, evidence in found if etype == "person"}
    assert people["Ivar Tessel"] == ["S1.1"] and people["Ivar Lund"] == ["S1.1"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting raged near Prasat Ta Vel Krom on Monday.", "Prasat Ta Vel Krom"),
        ("Troops shelled the area around Wat Keo Sarin, she said.", "Wat Keo Sarin"),
        ("The contested Ta Vel Krom temple lies 300 kilometres from the capital.", "Ta Vel Krom"),
    ],
)
def test_a_temples_name_is_a_place(tmp_path: Path, text: str, name: str) -> None:
    assert ("place", name) in entities_of(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jets hit the road in the provinces of Orda Mekhay and Brel Tovan.",
        "Jets hit the villages of Orda Mekhay, Kelt and Brel Tovan, she said.",
    ],
)
def test_names_listed_after_a_plural_noun_of_places_are_places(tmp_path: Path, text: str) -> None:
    found = entities_of(tmp_path, text)
    assert ("place", "Orda Mekhay") in found and ("place", "Brel Tovan") in found


def test_people_listed_after_another_plural_noun_stay_people(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "The heads of Ivar Tessel and Odo Malvek met.")
    assert ("person", "Ivar Tessel") in found and ("person", "Odo Malvek") in found


def test_a_headline_in_title_case_names_no_one_new(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "Karsian Premier Condemns Ostland Military Action, Citing Civilian Deaths and Clinic "
        "Strikes\n\nPremier Ivar Tessel voiced dismay on Friday over the shelling of Brenn.",
    )
    people = {name for etype, name, _, _ in found if etype == "person"}
    assert people == {"Ivar Tessel"}, found


def test_a_known_name_in_a_headline_is_still_counted(tmp_path: Path) -> None:
    found = source_entities(
        tmp_path,
        "Premier Ivar Tessel Condemns Shelling Of Border Villages And Clinics In The North"
        "\n\nPremier Ivar Tessel voiced dismay on Friday over the shelling of Brenn.",
    )
    evidence = {name: ev for etype, name, _, ev in found if etype == "person"}
    assert evidence["Ivar Tessel"] == ["S1.1", "S1.2"], found
