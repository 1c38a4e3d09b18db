"""Sentence shapes that lost people, places or companies, on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.entities import find_entities
from briefbook.ingest import load_documents
from briefbook.model import Entity


def _find(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "note.txt"
    path.write_text(f"Note\n\n{text}\n", encoding="utf-8")
    entities: list[Entity] = find_entities(load_documents([path]))
    return {e.name: e.type for e in entities}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The cabinet ministers Oskar Lindqvist and Maren Tollefsen resigned on Monday.",
            ["Oskar Lindqvist", "Maren Tollefsen"],
        ),
        (
            "The talks were attended by foreign ministers Pedro Alcantara, Ines Vogt and "
            "Tariq Mahmoud.",
            ["Pedro Alcantara", "Ines Vogt", "Tariq Mahmoud"],
        ),
        (
            "The envoy Esther Nakamya and the French diplomats Anne-Claire Bouvier and "
            "Christophe Marlin urged restraint.",
            ["Esther Nakamya", "Anne-Claire Bouvier", "Christophe Marlin"],
        ),
    ],
)
def test_people_in_a_list_with_a_person(tmp_path: Path, text: str, people: list[str]) -> None:
    table = _find(tmp_path, text)
    assert {p: table.get(p) for p in people} == dict.fromkeys(people, "person"), table


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The priest, Father Anselm Okonkwo, said the church had been shelled.", "Anselm Okonkwo"),
        ("Her deputy, Ruslan Abdrakhmanov, stayed behind.", "Ruslan Abdrakhmanov"),
        (
            "Edwin Kerslake, program coordinator for the Border Relief Initiative, said so.",
            "Edwin Kerslake",
        ),
        (
            "A regional analyst, Heni Nsoura of the Sahel Conflict Data Project, said the "
            "group had grown.",
            "Heni Nsoura",
        ),
    ],
)
def test_appositions_name_people(tmp_path: Path, text: str, person: str) -> None:
    assert _find(tmp_path, text).get(person) == "person"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The strike was aimed at Mohammed Dabbour and his guards.", "Mohammed Dabbour"),
        ("Abu Karim Nasser, 52, agreed with his neighbours.", "Abu Karim Nasser"),
        ("The leader, Yusuf Ag Mohamedou, has not been seen since 2019.", "Yusuf Ag Mohamedou"),
        ("In 1991 President George H.W. Brandt held back the loans.", "George H.W. Brandt"),
    ],
)
def test_people_without_a_context_cue(tmp_path: Path, text: str, person: str) -> None:
    table = _find(tmp_path, text)
    assert table.get(person) == "person", table


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The gas was sold by Tomskregiongaz, AO to a trader.", "Tomskregiongaz"),
        ("Volgatrans Logistics, LLC chartered the tanker.", "Volgatrans Logistics"),
        ("Payments went through Siemens Vostok AG in Vienna.", "Siemens Vostok AG"),
    ],
)
def test_company_with_its_legal_form(tmp_path: Path, text: str, company: str) -> None:
    table = _find(tmp_path, text)
    assert table.get(company) == "organisation", table


def test_outlets_and_think_tanks_are_not_people(tmp_path: Path) -> None:
    table = _find(
        tmp_path,
        "The strikes were a turning point, said Lena Ortiz, a fellow at the think-tank "
        'Harrow House, to the Kestrel Post. "It was expected," Harrow House said in a note.',
    )
    assert table.get("Harrow House") == "organisation", table
    assert table.get("Lena Ortiz") == "person"
    assert "person" not in {table.get("Kestrel Post"), table.get("Harrow House")}


def test_small_towns_with_a_locative_cue_and_short_city_names(tmp_path: Path) -> None:
    table = _find(
        tmp_path,
        "Fighters were seen near Menaka and around Kidal and Gao on Sunday.",
    )
    assert {table.get(p) for p in ("Menaka", "Kidal", "Gao")} == {"place"}, table


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Aditi Varma and Kunal Deshpande blamed the failure on two demands.",
            ["Aditi Varma", "Kunal Deshpande"],
        ),
        (
            "The agency's Editor-in-Chief Rosalind Achterberg condemned the attack.",
            ["Rosalind Achterberg"],
        ),
    ],
)
def test_people_joined_by_and_or_after_a_hyphenated_title(
    tmp_path: Path, text: str, people: list[str]
) -> None:
    table = _find(tmp_path, text)
    assert {p: table.get(p) for p in people} == dict.fromkeys(people, "person"), table


def test_district_of_a_city_named_with_the_city_possessive(tmp_path: Path) -> None:
    table = _find(tmp_path, "In Kharkiv's Saltivskyi district a block of flats was hit on Sunday.")
    assert table.get("Saltivskyi") == "place", (
        table
    )  # the capitalised name, its lower-case noun an alias (round places26b)
    assert table.get("Kharkiv") == "place"
    assert not [name for name in table if name.startswith("Kharkiv's")]


def test_village_named_with_a_particle_is_a_place(tmp_path: Path) -> None:
    table = _find(tmp_path, "They filmed from a hill near the village of Tell al-Hamra.")
    assert table.get("Tell al-Hamra") == "place", table


def test_a_ship_named_after_a_person_is_not_that_person(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Note\n\nThe USS Carney shot down two drones.\n\nMark Carney spoke in Ottawa.\n",
        encoding="utf-8",
    )
    people = [e for e in find_entities(load_documents([path])) if e.type == "person"]
    assert [(e.name, e.mentions) for e in people] == [("Mark Carney", 1)]


def test_ports_and_short_forms(tmp_path: Path) -> None:
    table = _find(
        tmp_path,
        "Two tankers burned at the Russian port of Ust-Kamensk and ships avoided the "
        "Exclusive Economic Zones (EEZs) of NATO states.",
    )
    assert table.get("Ust-Kamensk") == "place", table
    assert "EEZs" not in table and "Exclusive Economic Zones" not in table


def test_people_led_by_and_more_role_nouns(tmp_path: Path) -> None:
    table = _find(
        tmp_path,
        "The monitoring mission, led by Emil Sandqvist, reached the line. The lawyer "
        "Siran Aghabekyan and the ombudsman Hasmik Gevorgyan called for their release.",
    )
    for person in ("Emil Sandqvist", "Siran Aghabekyan", "Hasmik Gevorgyan"):
        assert table.get(person) == "person", table


def test_person_of_a_body_named_with_a_collective_possessive(tmp_path: Path) -> None:
    table = _find(
        tmp_path,
        "Tsegaye Berhe of the Afar People's Democratic Front (APDF) denied the report.",
    )
    assert table.get("Tsegaye Berhe") == "person", table
    assert table.get("Afar People's Democratic Front") == "organisation"


def test_plural_role_before_two_people_of_a_body(tmp_path: Path) -> None:
    table = _find(
        tmp_path,
        "Researchers Dawit Alemu and Selam Tekle of the Rift Valley Policy Forum said the "
        "convoys had turned back.",
    )
    assert table.get("Dawit Alemu") == table.get("Selam Tekle") == "person", table
    assert table.get("Rift Valley Policy Forum") == "organisation"


_REPORT = [
    "ADDIS ABABA (Reuters) — Ethiopian and Eritrean forces have moved heavy weapons toward the border near Zalambessa and Badme, diplomats and aid workers said on Monday, raising fears of a new war two years after the Pretoria agreement.",
    'Prime Minister Dereje Alemayehu told lawmakers that Ethiopia sought access to the Red Sea "by peaceful means". His national security adviser, Kedir Hussien, met the African Union envoy Adebayo Okonjo and the former Kenyan president Kamau Njoroge in Addis Ababa on Sunday.',
    'Gebre Tsadik, the head of the interim administration in Mekelle, and Berhane Gebremichael of the Tigray People\'s Liberation Front (TPLF) accused each other of undermining the peace deal. "Nobody wants another war," said Meseret Hailu, a teacher in Adigrat.',
    'Eritrea\'s information minister, Tesfay Gebremeskel, dismissed the reports as "fabricated". Analysts Abel Tesfaye and Hanna Girma of the Horn Security Forum said troop movements had been seen near Shire and Humera.',
    "The United Nations refugee agency said 40,000 people had fled to Gondar and Bahir Dar since March. US special envoy Tom Kessler and the EU's Ilse Brandauer urged restraint.",
]


def test_principal_actors_of_an_invented_report(tmp_path: Path) -> None:
    table = _find(tmp_path, "\n\n".join(_REPORT))
    people = [
        "Dereje Alemayehu",
        "Kedir Hussien",
        "Adebayo Okonjo",
        "Kamau Njoroge",
        "Gebre Tsadik",
        "Berhane Gebremichael",
        "Meseret Hailu",
        "Tesfay Gebremeskel",
        "Abel Tesfaye",
        "Hanna Girma",
        "Tom Kessler",
        "Ilse Brandauer",
    ]
    places = ["Addis Ababa", "Mekelle", "Adigrat", "Gondar", "Bahir Dar", "Red Sea"]
    assert {p: table.get(p) for p in people} == dict.fromkeys(people, "person"), table
    assert {p: table.get(p) for p in places} == dict.fromkeys(places, "place"), table
    assert [n for n, t in table.items() if t == "person" and n not in people] == []


def test_a_surname_without_its_article_is_the_person(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Note\n\nMilitia commander Yusuf al-Rimawi was killed in the strike, the army said. "
        "The army said Rimawi had planned the attacks.\n",
        encoding="utf-8",
    )
    people = [e for e in find_entities(load_documents([path])) if e.type == "person"]
    assert [(p.name, p.aliases, p.mentions) for p in people] == [("Yusuf al-Rimawi", ["Rimawi"], 2)]
