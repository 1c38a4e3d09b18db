"""Over-reaches of rounds ents22 and trialB22's entity rules (review revA22), by kind, in
invented sentences, each with a near miss that keeps its reading:

* "Community" after a people's name or a country's demonym, alone or with an "of" phrase
  of a name ("the Hazara Community in Tarvula", "the Armenian Community of Aleppo"),
  names no body, and the name after "of" stays a place, while a region's adjective ("the
  East Kelvan Community") and a plural "of" phrase ("the Kelvan Community of Nations") keep
  the bloc;
* an honorific before a well-known person's surname ("Sayyed Nasrallah") is no given name
  of another person, nor is the person's own given name in another transliteration
  ("Wladimir Putin", "Binyamin Netanyahu": w for v, j for y), while an unlisted given name
  ("Tarvik Putin") still is;
* a party's name in one spelling and in another ("the Labour Party", "the Labor Party")
  are two parties, while a ministry's ("Ministry of Labour", "Ministry of Labor") stays one;
* a compass word before a town's name and an administrative noun ("in Lower Juba region")
  is no part of the town (Juba is a city, no area), while one before an area's name ("in
  Northern Katsina state") still names the area.
"""

from __future__ import annotations

from pathlib import Path

from builders import entities_of


def _of(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


def test_a_peoples_community_names_no_body(tmp_path: Path) -> None:
    text = (
        "The Hazara Community in Tarvula buried its dead on Sunday. "
        "The Somali Community in Kelvabad held a vigil."
    )
    assert _of(tmp_path, text, "organisation") == set()


def test_a_peoples_community_of_a_place_is_the_place(tmp_path: Path) -> None:
    text = "The Armenian Community of Aleppo fled to Beirut, a priest said."
    assert _of(tmp_path, text, "organisation") == set()
    assert "Aleppo" in _of(tmp_path, text, "place")


def test_a_regions_community_stays_a_bloc(tmp_path: Path) -> None:
    text = "The East Kelvan Community sent monitors. The Kelvan Community of Nations met on Friday."
    orgs = _of(tmp_path, text, "organisation")
    assert "East Kelvan Community" in orgs
    assert "Kelvan Community of Nations" in orgs


def test_an_honorific_before_a_famous_surname_is_the_famous_person(tmp_path: Path) -> None:
    people = _of(tmp_path, "Sayyed Nasrallah warned the army in a televised speech.", "person")
    assert "Sayyed Nasrallah" not in people
    assert "Hassan Nasrallah" in people


def test_an_unlisted_given_name_still_makes_another_person(tmp_path: Path) -> None:
    text = '"We ran," Tarvik Putin, a lab assistant, told reporters in Tver.'
    people = _of(tmp_path, text, "person")
    assert "Tarvik Putin" in people


def test_a_compass_word_before_a_town_is_no_part_of_it(tmp_path: Path) -> None:
    places = _of(tmp_path, "Fighting in Lower Juba region killed ten people.", "place")
    assert "Juba region" not in places
    assert "Lower Juba" in places


def test_a_compass_word_before_an_area_still_names_the_area(tmp_path: Path) -> None:
    places = _of(tmp_path, "Bandits attacked a school in Northern Katsina state.", "place")
    assert (
        "Katsina" in places
    )  # the capitalised name, its lower-case noun an alias (round places26b)


def test_a_partys_own_spelling_keeps_two_parties(tmp_path: Path) -> None:
    text = "The Labour Party condemned the strike, and the Labor Party welcomed it."
    orgs = _of(tmp_path, text, "organisation")
    assert {"Labour Party", "Labor Party"} <= orgs


def test_a_ministry_spelled_two_ways_stays_one_body(tmp_path: Path) -> None:
    text = "The Ministry of Labour said wages were paid, and the Ministry of Labor confirmed it."
    orgs = _of(tmp_path, text, "organisation")
    assert len(orgs) == 1


def test_a_transliterated_given_name_stays_the_famous_person(tmp_path: Path) -> None:
    text = (
        "Officials said Wladimir Putin would not attend. "
        "Officials said Binyamin Netanyahu addressed the cabinet."
    )
    people = _of(tmp_path, text, "person")
    assert {"Vladimir Putin", "Benjamin Netanyahu"} <= people
    assert not any(p.startswith(("Wladimir", "Binyamin")) for p in people)


def test_a_surname_with_an_inner_capital_is_no_outlet(tmp_path: Path) -> None:
    text = "Tarvo McCourt told KelvoNews that the roads were closed."
    found = entities_of(tmp_path, text)
    assert ("organisation", "KelvoNews") in found
    assert ("organisation", "McCourt") not in found
