"""Organisations and places missed (session 22, round ents22), by kind, in invented
sentences, each with a near miss that keeps its old reading:

* a portfolio word right before the head of a body is the body's whole name ("the Interior
  Ministry", "the Defence Department said"), after a country's possessive too, while the
  same word before a post ("Interior Minister Tarvo Kelmani", "the Foreign Minister") stays
  a title and names no body;
* a place named by its own name and the lower-case noun "field" ("crude from the giant
  Tarvelo field") is a place, while "field" before a role or a facility ("Tarvelo field
  commanders", "the Tarvelo field hospital") makes no field;
* a compass adjective before a known area's name and a lower-case administrative noun
  ("in Northern Katsina state") names where in the area, which is "Katsina state", by the
  rules and by the name typer joined to them, while a known name with its compass word
  ("Western Equatoria state") and an unknown name ("Southern Kelvo state") keep it;
* persons: a given name no list holds before a well-known person's surname ("Tarvik
  Putin, a lab assistant") is another person, while the well-known person's own given
  name in another spelling ("Volodimir Zelensky") and an ordinary word before the surname
  ("Meanwhile Putin said") stay the well-known person; faith words before a plural noun
  ("a coalition of Sunni Muslim countries") are no person by the name typer either;
* an ampersand between two runs of capitals joins them into one body's name when the
  second ends on a body's head ("the Kelvo Location & Event Data Project", "Tarvo & Kelmani
  Holdings"), while two names joined by it with no head ("Tarvo & Kelmani said") are none;
* a bloc named with the head "Community" ("the Economic Community of Kelvan States", "the
  East Kelvan Community", "the European Community") is a body, while the head after a
  faith's or ordinary words alone ("the Sikh Community", "the International Community")
  names none;
* places in a list: an aside set off by dashes between two items ("at Port Sudan -- the
  largest in the region -- and Tarvula") keeps them one list, and a plural noun of export
  sites opens one ("to terminals Port Sudan and Tarvula", "the terminals of ..."), while a
  speaker after the aside ("-- and Tarvo Kelmani said") stays a person;
* one word glued of a name and a body's head with its own capital ("told KelvoNews",
  "carried by TarvoTimes") is an outlet, while a surname with an inner capital
  ("Tarvo McDonald", "Ana LeBlanc") stays a person's.
"""

from __future__ import annotations

from pathlib import Path

from briefbook.analysis.entities import find_entities
from briefbook.analysis.name_typer import load_name_typer
from briefbook.ingest import load_documents
from builders import entities_of


def _of(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


# --- a portfolio word before a body's head ---------------------------------------------


def test_a_portfolio_word_before_a_head_names_a_body(tmp_path: Path) -> None:
    text = (
        "Officials at the Interior Ministry said the convoy left at dawn. "
        "The Defence Department said it had sent no aircraft."
    )
    orgs = _of(tmp_path, text, "organisation")
    assert "Interior Ministry" in orgs
    assert "Defence Department" in orgs


def test_a_portfolio_body_after_a_country_possessive(tmp_path: Path) -> None:
    text = "Kenya's Foreign Ministry said the envoy would return on Friday."
    assert "Foreign Ministry" in _of(tmp_path, text, "organisation")


def test_a_portfolio_word_before_a_post_stays_a_title(tmp_path: Path) -> None:
    text = (
        "Interior Minister Tarvo Kelmani said the roads were open. "
        "The Foreign Minister declined to comment."
    )
    found = entities_of(tmp_path, text)
    assert ("person", "Tarvo Kelmani") in found
    assert not any(t == "organisation" for t, _ in found)


# --- a place named with the noun "field" -----------------------------------------------


def test_a_name_before_field_is_a_place(tmp_path: Path) -> None:
    text = "The plant handles crude from the giant Tarvelo field near the coast."
    assert "Tarvelo field" in _of(tmp_path, text, "place")


def test_field_before_a_role_or_a_facility_makes_no_field(tmp_path: Path) -> None:
    text = (
        "Tarvelo field commanders said the road was closed. "
        "She has worked in the Tarvelo field hospital since May."
    )
    assert "Tarvelo field" not in _of(tmp_path, text, "place")


# --- a compass adjective before a known area and its noun ------------------------------


def _typed_places(tmp_path: Path, text: str) -> set[str]:
    (tmp_path / "typed.txt").write_text("Brief\n\n" + text + "\n", encoding="utf-8")
    docs = load_documents([tmp_path / "typed.txt"])
    found = find_entities(docs, model=load_name_typer(None), join="union")
    return {e.name for e in found if e.type == "place"}


_COMPASS = "Gunmen came to Marvu, a farming town in Northern Katsina state, on Monday."


def test_a_compass_adjective_before_a_known_area_and_its_noun(tmp_path: Path) -> None:
    places = _of(tmp_path, _COMPASS, "place")
    assert (
        "Katsina" in places
    )  # the capitalised name, its lower-case noun an alias (round places26b)
    assert not any(p.startswith("Northern") for p in places)


def test_a_compass_part_with_the_name_typer_joined(tmp_path: Path) -> None:
    places = _typed_places(tmp_path, _COMPASS)
    assert (
        "Katsina" in places
    )  # the capitalised name, its lower-case noun an alias (round places26b)
    assert not any(p.startswith("Northern") for p in places)


def test_a_known_or_unknown_name_keeps_its_compass_word(tmp_path: Path) -> None:
    text = (
        "Gunmen came to Marvu, a town in Western Equatoria state, on Monday. "
        "They later reached Kelvi, a village in Southern Kelvo state."
    )
    places = _of(tmp_path, text, "place")
    # each keeps its compass word; a lower-case noun leaves the capitalised name, the
    # noun's form an alias (round places26b)
    assert {"Western Equatoria", "Southern Kelvo"} <= places


# --- an unlisted given name before a well-known person's surname -----------------------


def test_an_unlisted_given_name_before_a_known_surname_is_another_person(
    tmp_path: Path,
) -> None:
    text = '"We ran," Tarvik Putin, a lab assistant at the school, told reporters.'
    people = _of(tmp_path, text, "person")
    assert people == {"Tarvik Putin"}


def test_the_known_person_keeps_his_surname(tmp_path: Path) -> None:
    text = "Meanwhile Putin said the talks would go on. Volodimir Zelensky disagreed."
    people = _of(tmp_path, text, "person")
    assert "Vladimir Putin" in people
    assert "Volodymyr Zelenskyy" in people
    assert not any(p.startswith(("Meanwhile", "Volodimir")) for p in people)


# --- faith words read as a person by the name typer ------------------------------------


def _typed(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "faith.txt").write_text("Brief\n\n" + text + "\n", encoding="utf-8")
    docs = load_documents([tmp_path / "faith.txt"])
    return [(e.type, e.name) for e in find_entities(docs, model=load_name_typer(None))]


def test_faith_words_are_no_person_of_the_typer(tmp_path: Path) -> None:
    text = (
        "The kingdom has led a coalition of Sunni Muslim countries since 2015. "
        "Tarvo Kelmani, a cleric, said the talks would go on."
    )
    found = _typed(tmp_path, text)
    assert ("person", "Tarvo Kelmani") in found
    assert not any(name == "Sunni Muslim" for _, name in found)


# --- an ampersand inside a body's name -------------------------------------------------


def test_an_ampersand_inside_a_body_name(tmp_path: Path) -> None:
    text = (
        "The figures come from the Kelvo Location & Event Data Project, which tracks "
        "the war. He joined Tarvo & Kelmani Holdings in May."
    )
    orgs = _of(tmp_path, text, "organisation")
    assert "Kelvo Location & Event Data Project" in orgs
    assert "Tarvo & Kelmani Holdings" in orgs
    assert "Event Data Project" not in orgs


def test_an_ampersand_without_a_head_joins_nothing(tmp_path: Path) -> None:
    text = "Tarvo & Kelmani said the deal was done."
    assert not any("&" in name for _, name in entities_of(tmp_path, text))


# --- a bloc named a community ----------------------------------------------------------


def test_a_bloc_named_a_community_is_a_body(tmp_path: Path) -> None:
    text = (
        "The Economic Community of Kelvan States (ECOKS) has taken a hard stance. "
        "Officials of the East Kelvan Community met on Monday."
    )
    orgs = _of(tmp_path, text, "organisation")
    assert "Economic Community of Kelvan States" in orgs
    assert "East Kelvan Community" in orgs


def test_a_community_of_a_faith_or_of_ordinary_words_is_no_body(tmp_path: Path) -> None:
    text = (
        "Leaders of the Sikh Community said the march would go ahead. "
        "The International Community must act, Tarvo Kelmani said."
    )
    assert not any(name.endswith("Community") for _, name in entities_of(tmp_path, text))


# --- places listed around a dashed aside or after "terminals" ---------------------------


def test_a_dashed_aside_inside_a_list_of_places(tmp_path: Path) -> None:
    text = "Crude goes to the terminals at Port Sudan -- the largest in the region -- and Tarvula."
    assert {"Port Sudan", "Tarvula"} <= _of(tmp_path, text, "place")


def test_a_plural_noun_of_export_sites_opens_a_list(tmp_path: Path) -> None:
    text = "Crude goes for export to terminals Port Sudan and Tarvula."
    assert {"Port Sudan", "Tarvula"} <= _of(tmp_path, text, "place")


def test_a_speaker_after_a_dashed_aside_stays_a_person(tmp_path: Path) -> None:
    text = "Ships sailed to Port Sudan -- the largest port, officials said -- and Tarvo Kelmani said they arrived."
    found = entities_of(tmp_path, text)
    assert ("person", "Tarvo Kelmani") in found
    assert ("place", "Port Sudan") in found


# --- an outlet's name glued into one word ----------------------------------------------


def test_a_glued_outlet_name_is_a_body(tmp_path: Path) -> None:
    text = (
        '"We saw bodies," one student told KelvoNews. '
        "The report was first carried by TarvoTimes on Monday."
    )
    assert {"KelvoNews", "TarvoTimes"} <= _of(tmp_path, text, "organisation")


def test_a_surname_with_an_inner_capital_stays_a_person(tmp_path: Path) -> None:
    text = "Tarvo McDonald told reporters the attack began at dawn. Ana LeBlanc said the road was shut."
    found = entities_of(tmp_path, text)
    assert {("person", "Tarvo McDonald"), ("person", "Ana LeBlanc")} <= set(found)
    assert not any(t == "organisation" for t, _ in found)
