"""Person names of naming cultures and layouts the first rules missed, on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.entities import find_entities
from briefbook.analysis.gazetteer import rules
from briefbook.analysis.person_cues import (
    aka_aliases,
    compound_given,
    family_name_first,
    single_name_cue,
    surname_shaped,
)
from briefbook.ingest import load_documents
from briefbook.model import Entity


def _find(tmp_path: Path, text: str) -> list[Entity]:
    path = tmp_path / "note.txt"
    path.write_text(f"Note\n\n{text}\n", encoding="utf-8")
    return find_entities(load_documents([path]))


def _people(entities: list[Entity]) -> set[str]:
    return {e.name for e in entities if e.type == "person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age before the name
        (
            "Those killed were 27-year-old Dalmo Quirra and 31-year-old Teodric Vanse.",
            {"Dalmo Quirra", "Teodric Vanse"},
        ),
        # a surname's ending, with no other cue
        ("The court sentenced Ilkin Gusarov to six years in prison.", {"Ilkin Gusarov"}),
        ("A blast wounded Tamaz Berikashvili near the market.", {"Tamaz Berikashvili"}),
        # a compound given name written as one word
        ("The guards beat Hamidali Torvesh in the yard.", {"Hamidali Torvesh"}),
        # a family name first, Vietnamese and Chinese order
        (
            "The court in Da Lat sentenced Nguyen Thi Lanh and Pham Duc Khoa to prison.",
            {"Nguyen Thi Lanh", "Pham Duc Khoa"},
        ),
        # one bare name after "identified as", kin nouns in a list, an age or a role
        ("The dead man was identified as Farzin by the police.", {"Farzin"}),
        (
            "Gunmen killed the trader, his two wives, Roshan and Meher, and a guard.",
            {"Roshan", "Meher"},
        ),
        ("Police named the victims only as Kabenge, 25.", {"Kabenge"}),
        ("Tavin, a 52-year-old farmer from the village, saw the raid.", {"Tavin"}),
        # a name in capitals after a lower-case title
        ("Guards of ex-minister TOMAS ALVERCA were detained.", {"TOMAS ALVERCA"}),
        # a rank of several words, a title word as a surname
        ("The three were Warrant Officer Kossi Damba and a driver.", {"Kossi Damba"}),
        ("Constable Ebo Quartey was shot at the checkpoint.", {"Ebo Quartey"}),
        ("Chief Minister Rukhsana Mufti visited the wounded.", {"Rukhsana Mufti"}),
        # a title opening the sentence, the title also written in lower case
        (
            "Minister of Interior Quimo Balvete stated that the raid worked. The minister "
            "spoke in the capital.",
            {"Quimo Balvete"},
        ),
    ],
)
def test_person_found(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert expected <= _people(_find(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Mahra, a 22-year-old Kurdish woman, died in custody.", "Kurdish"),
        ("Vantara, the militant group that holds the pass, retreated.", "Vantara"),
        ("Police captured four members of the remaining Verdant Path guerrillas.", "Verdant Path"),
        ("A bomb hit a checkpoint in Sheikh Barwad on Sunday.", "Barwad"),
        ("THE GOVERNOR SAID LOCAL FORCES HELD KORVA TOWN.", "KORVA"),
    ],
)
def test_no_false_person(tmp_path: Path, text: str, not_person: str) -> None:
    assert not any(not_person in name for name in _people(_find(tmp_path, text)))


def test_second_name_after_aka_is_the_same_person(tmp_path: Path) -> None:
    found = _find(
        tmp_path,
        "The council named Haris Nur Wazed, also known as Mullah Darvan, as governor. "
        "Mullah Darvan will take office on Thursday. Police also held Pemba Torrik aka "
        "Sagarin.",
    )
    people = {e.name: e for e in found if e.type == "person"}
    assert "Darvan" not in people and "Mullah Darvan" not in people
    assert "Mullah Darvan" in people["Haris Nur Wazed"].aliases
    assert people["Haris Nur Wazed"].mentions >= 2
    assert "Pemba Torrik" in people


def test_aka_aliases_drop_a_title() -> None:
    text = "Haris Nur Wazed, also known as Mullah Darvan, was named"
    assert aka_aliases(text, len("Haris Nur Wazed"), rules()) == ["Mullah Darvan", "Darvan"]
    assert aka_aliases("Haris Nur Wazed said", len("Haris Nur Wazed"), rules()) == []


def test_name_shapes() -> None:
    r = rules()
    assert surname_shaped(["Ilkin", "Gusarov"], r)
    assert surname_shaped(["Nino", "Abashidze"], r)
    assert not surname_shaped(["Grand", "Marin"], r)  # a weak ending needs a given name
    assert not surname_shaped(["Rostov"], r)
    assert compound_given("Mohammadhossein", r)
    assert compound_given("Abdulrahim", r)
    assert not compound_given("Aleksandrovka", r)
    assert family_name_first(["Nguyen", "Van", "Dien"], r)
    assert not family_name_first(["Long", "March"], r)


def test_single_name_cue_needs_a_role_head() -> None:
    r = rules()
    text = "Tavin, a 52-year-old farmer from the village, saw it."
    assert single_name_cue(0, 5, text, r)
    text = "Vantara, the militant group that holds the pass, retreated."
    assert not single_name_cue(0, 7, text, r)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of the dead, the arrested, the abducted
        (
            "The dead were Jomo Kariuki, Wekesa Nduta and Anyango Obiero.",
            {"Jomo Kariuki", "Wekesa Nduta", "Anyango Obiero"},
        ),
        (
            "Those arrested included Bakhyt Serikuly and Yerzhan Tulegenov.",
            {"Bakhyt Serikuly", "Yerzhan Tulegenov"},
        ),
        # a role for a place, then the name
        ("U.S. senior adviser for Africa Tomaso Breli met them.", {"Tomaso Breli"}),
        # initials before a surname
        ("A.K. Sarwal met the delegation on Monday.", {"A.K. Sarwal"}),
        # a surname in capitals after a given name
        ("Ousmane SONKO addressed supporters in the square.", {"Ousmane SONKO"}),
        # "according to", ", who was", a possessive of what only a person has
        ("The raid was claimed, according to Jeand Rekhi of the group.", {"Jeand Rekhi"}),
        ("Walid Saleh Rekhi, who was a trader, died in the blast.", {"Walid Saleh Rekhi"}),
        ("Tamas Herczeg's widow spoke to reporters.", {"Tamas Herczeg"}),
        # a role in brackets after the name, a list item
        ("1. Abdiqani Omar Halow (Director of Sanitation of the region)", {"Abdiqani Omar Halow"}),
        # an adverb between the name and the speech verb
        ("Another source, Mudassar Hamidu, also said the road was closed.", {"Mudassar Hamidu"}),
        # a weekday written right after the name
        ("Colombian President Ivan Roca Monday reported the raid.", {"Ivan Roca"}),
        # a Burmese honorific before the name
        ("Four villagers - U Hla Maung, 53, and a boy - were slain.", {"Hla Maung"}),
        # a nom de guerre in quotes after "known as"
        (
            'Police hunted Eliseo Quenta Huaman, known as "Comrade Tarsio", for years. Comrade '
            "Tarsio escaped again.",
            {"Eliseo Quenta Huaman"},
        ),
    ],
)
def test_person_found_in_layouts(tmp_path: Path, text: str, expected: set[str]) -> None:
    people = _people(_find(tmp_path, text))
    assert expected <= people
    assert "Tarsio" not in people and "Africa Tomaso Breli" not in people


@pytest.mark.parametrize(
    "text",
    [
        "Police in Mopti NOTE said the road was closed. Read the note below.",
        "The ambassador to the United Nations arrived on Monday.",
        "The Verdant Path's forces moved north on Monday.",
        "A trader who lives in Talata Koro, Mudassar Hamidu, also said so. Nothing else.",
    ],
)
def test_layout_cues_add_no_person(tmp_path: Path, text: str) -> None:
    assert not _people(_find(tmp_path, text)) - {"Mudassar Hamidu"}


def test_role_in_brackets_is_no_short_form(tmp_path: Path) -> None:
    found = _find(tmp_path, "2. Sahro Markeeso (Shangaani District Commissioner) died.")
    people = {e.name: e for e in found if e.type == "person"}
    assert "Sahro Markeeso" in people
    assert people["Sahro Markeeso"].aliases == []
