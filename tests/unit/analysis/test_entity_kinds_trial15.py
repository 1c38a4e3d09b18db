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
