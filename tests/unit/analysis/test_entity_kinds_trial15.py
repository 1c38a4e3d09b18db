"""Entity kinds misread in a new-analyst trial on a maritime strike campaign against criminal
groups (invented sentences of the same shapes; no third-party text): a Spanish body named by
its head first with "de los"/"de las" ("Cartel de las Montañas"), two bodies joined by "and
the" where one has no head word, and the regions and groups of that theatre the gazetteer
lacked."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prosecutors charged the Cartel de las Montañas with smuggling.", "Cartel de las Montañas"),
        ("Cartel de los Ríos Negros is a criminal network based in the port.", "Cartel de los Ríos Negros"),
        ("The Ejército de los Llanos attacked a patrol on Monday.", "Ejército de los Llanos"),
        ("Police blamed the Cartel del Norte for the killings.", "Cartel del Norte"),
    ],
)  # fmt: skip
def test_a_spanish_body_named_by_its_head_first_is_an_organisation(tmp_path: Path, text, name):
    assert ("organisation", name) in entities_of(tmp_path, text)


def test_two_bodies_joined_by_and_the_are_two(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "The navy fought the Varga Cartel and the Cartel del Norte.")
    assert {("organisation", "Varga Cartel"), ("organisation", "Cartel del Norte")} <= set(found)
    found = entities_of(tmp_path, "It arms Tren de Aragua and the Varga Cartel.")
    # a gang the gazetteer lists as armed, named without an armed head noun (round armed26)
    assert {("organisation", "Tren de Aragua"), ("organisation", "Varga Cartel")} <= set(found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # near misses: one name with "and" inside, Spanish articles in place names, a lone head
        ("Ships from Trinidad and Tobago joined the patrol.", ("country", "Trinidad and Tobago")),
        ("He visited Bosnia and Herzegovina in May.", ("country", "Bosnia and Herzegovina")),
        ("She flew from Los Angeles to Las Vegas.", ("place", "Los Angeles")),
        ("She flew from Los Angeles to Las Vegas.", ("place", "Las Vegas")),
    ],
)
def test_names_with_and_or_spanish_articles_stay_whole(tmp_path: Path, text, kept):
    assert kept in entities_of(tmp_path, text)


def test_a_lone_head_word_is_no_body(tmp_path: Path) -> None:
    assert entities_of(tmp_path, "The Cartel said nothing about the raid.") == []


def test_the_regions_of_a_maritime_campaign_are_places(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "A launch was struck in the southern Caribbean on Monday. A second strike hit a boat "
        "in the Eastern Pacific. The Caribbean Sea was calm.",
    )
    assert ("place", "Caribbean") in found and ("place", "Eastern Pacific") in found
    assert ("place", "Caribbean Sea") not in found  # one region, one entity


def test_members_of_a_gazetteer_body_are_no_part_of_it(tmp_path: Path) -> None:
    # a sentence opening on the members of a body the gazetteer names: the body alone
    found = entities_of(tmp_path, "Members of the Wagner Group were detained at the border.")
    assert [name for _, name in found] == ["Wagner Group"]
    found = entities_of(tmp_path, "Members of Tren de Aragua were detained at the border.")
    assert [name for _, name in found] == ["Tren de Aragua"]


def test_a_warship_named_after_a_person_keeps_its_later_mentions(tmp_path: Path) -> None:
    from builders import source_entities

    found = source_entities(
        tmp_path,
        "The carrier USS Harold T. Brenner arrived on Tuesday. The Premier ordered the Harold "
        "T. Brenner to the coast. The Harold Brenner was previously near Tarsk.",
        "Harold Brenner, a senator, spoke on Monday.",
    )
    ships = {name: evidence for etype, name, _, evidence in found if etype == "vessel"}
    assert ships == {"USS Harold T. Brenner": ["S1.1", "S1.2", "S1.3"]}
    people = {name: evidence for etype, name, _, evidence in found if etype == "person"}
    # guard: the ship's name stays the ship's in its own source only
    assert people == {"Harold Brenner": ["S2.1"]}


@pytest.mark.parametrize(
    "text",
    [
        "The Varga Cartel is a Foreign Terrorist Organization (FTO) based in the hills.",
        "The navy struck two launches operated by Designated Terrorist Organizations (DTO).",
        "The ministry named the ring a Specially Designated Global Terrorist on Monday.",
    ],
)
def test_a_designation_class_is_no_body(tmp_path: Path, text: str) -> None:
    names = {name for _, name in entities_of(tmp_path, text)}
    assert not {n for n in names if "Terrorist" in n}, names


def test_a_body_with_designation_words_in_its_name_stays(tmp_path: Path) -> None:
    # near miss: a real office whose name shares the words of a class
    found = entities_of(tmp_path, "The Terrorist Organization Tracking Office said nothing.")
    assert ("organisation", "Terrorist Organization Tracking Office") in found
