"""Places and weapons missed (session 23, round ents23), by kind, in invented sentences,
each with a near miss that keeps its old reading:

* a town named beside the area named after it: the bare name written as a settlement
  ("the town of Tarvoni", "Tarvoni town", "Tarvoni, 40 kilometers further east, ...",
  "30 miles north of Tarvoni") is a place of its own beside "Tarvoni Province" or "Tarvoni
  Township", while a bare name with no such cue ("fighting in Tarvoni") stays the area;
* a weapon class named by its plural noun ("backed by tanks and rocket-firing helicopters")
  is a weapon, while a compound of the word that names no weapon ("think tanks", "fuel
  tanks") is none, and a type designation before the noun ("T-93 tanks", "Kv-17
  helicopters") names the type alone;
* a small town of the city index between an owner's possessive and a noun of one of its
  sites ("Kelvotech's Ruwais headquarters", "the company's Nanyuki office") is a place,
  while an ordinary word in that slot ("the company's Planning office") is none;
* a country's own name before a lower-case force noun ("the Bolivia military", "the Chad
  army") is the country's armed forces, as its demonym is, while a capitalised noun after
  it ("the Moldova Army Band") opens another name and adds no force;
* a name right before a lower-case noun of a firm ("ordered from the Kelvotech company",
  "the Tarvex firm said") is an organisation, while a word of the spelling alphabet before
  "company" ("the Charlie company") is an army's unit and a demonym ("a Chinese company")
  names the country only;
* names listed before a plural noun of informal quarters ("the Tarvelo and Kanzari favela
  complexes", "the A and B favelas") are places, while faith words in that slot ("the
  Catholic and Evangelical favela communities") are none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _places(tmp_path: Path, text: str) -> dict[str, list[str]]:
    return {e.name: sorted(e.aliases) for e in note_entities(tmp_path, text) if e.type == "place"}


def _holding(places: dict[str, list[str]], name: str) -> list[str]:
    return [p for p, aliases in places.items() if name == p or name in aliases]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels entered Tarvoni Province on Monday. They shelled the town of Tarvoni at dawn.",
        "Rebels entered Tarvoni Township on Monday. Many people in Tarvoni town fled at dawn.",
        "A depot in Tarvoni Province burned on Monday. Tarvoni, 40 kilometers further east, "
        "holds the main refinery.",
        "A depot in Tarvoni Province burned on Monday. Tarvoni is located 60 km south of the "
        "coast and holds the main refinery.",
        "A depot in Tarvoni Province burned on Monday. The strike hit a plant 30 miles north "
        "of Tarvoni on Tuesday.",
    ],
)
def test_a_town_written_as_a_settlement_stays_apart_from_its_area(
    tmp_path: Path, text: str
) -> None:
    places = _places(tmp_path, text)
    assert _holding(places, "Tarvoni") == ["Tarvoni"], places
    area = [p for p in places if p.startswith("Tarvoni ")]
    assert len(area) == 1 and "Tarvoni" not in places[area[0]], places


@pytest.mark.parametrize(
    "text",
    [
        "Rebels entered Tarvoni Province on Monday. Fighting in Tarvoni went on all week.",
        # a distance to the area, not to the town: the area's noun follows the name
        "A depot burned 30 miles north of Tarvoni Province on Monday. Fighting in Tarvoni "
        "went on all week.",
    ],
)
def test_a_bare_name_without_a_settlement_cue_stays_its_area(tmp_path: Path, text: str) -> None:
    places = _places(tmp_path, text)
    assert len(_holding(places, "Tarvoni")) == 1, places
    assert "Tarvoni" not in places, places


def _weapons(tmp_path: Path, text: str) -> set[str]:
    return {e.name for e in note_entities(tmp_path, text) if e.type == "weapon"}


def test_armour_and_helicopters_named_by_class_are_weapons(tmp_path: Path) -> None:
    text = (
        "Backed by tanks and rocket-firing helicopters, Kelvan troops pushed into the "
        "outskirts on Thursday. Two attack helicopters were shot down, officials said."
    )
    assert {"tanks", "helicopters"} <= _weapons(tmp_path, text)


def test_containers_and_institutes_named_tanks_are_no_weapons(tmp_path: Path) -> None:
    text = (
        "Analysts at two think tanks said the fuel tanks of the depot burned for a day, "
        "and water tanks in the camp ran dry."
    )
    assert not _weapons(tmp_path, text)


def test_a_designation_before_the_class_names_the_type_alone(tmp_path: Path) -> None:
    text = "The army moved T-93 tanks and Kv-17 helicopters to the border on Monday."
    weapons = _weapons(tmp_path, text)
    assert {"T-93", "Kv-17"} <= weapons, weapons
    assert not {"tanks", "helicopters"} & weapons, weapons


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The blast was felt 20 kilometers away at Kelvotech's Ruwais headquarters.", "Ruwais"),
        ("Two engineers at the company's Nanyuki office were hurt, Kelvotech said.", "Nanyuki"),
    ],
)
def test_a_town_holding_an_owners_site_is_a_place(tmp_path: Path, text: str, town: str) -> None:
    assert town in _places(tmp_path, text)


def test_an_ordinary_word_before_an_owners_site_is_no_place(tmp_path: Path) -> None:
    text = "Kelvotech said its Research headquarters was closed, and the company's Planning office too."
    assert not _places(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Rebels ambushed the Bolivia military near the border on Monday.", "Bolivia military"),
        ("Rebels said the Chad army had withdrawn from the town.", "Chad army"),
    ],
)
def test_a_countrys_name_before_a_force_noun_is_its_armed_forces(
    tmp_path: Path, text: str, force: str
) -> None:
    forces = {e.name: e.aliases for e in note_entities(tmp_path, text) if e.type == "force"}
    assert any(force == name or force in aliases for name, aliases in forces.items()), forces


def test_a_countrys_name_before_a_capitalised_noun_adds_no_force(tmp_path: Path) -> None:
    text = "The Moldova Army Band performed in the square on Monday."
    assert not [e for e in note_entities(tmp_path, text) if e.type == "force"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Over 3,000 pagers were ordered from the Kelvotech company in Taiwan, an official "
            "said.",
            "Kelvotech",
        ),
        ("Shares of the Tarvex firm fell after the raid, the exchange said.", "Tarvex"),
    ],
)
def test_a_name_before_a_firms_noun_is_an_organisation(
    tmp_path: Path, text: str, firm: str
) -> None:
    orgs = {e.name for e in note_entities(tmp_path, text) if e.type == "organisation"}
    assert firm in orgs, orgs


def test_a_units_letter_or_a_demonym_before_company_is_no_firm(tmp_path: Path) -> None:
    text = "Two men of the Charlie company died, and a Chinese company lost a depot."
    assert not [e for e in note_entities(tmp_path, text) if e.type == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "Police raided the Tarvelo and Kanzari favela complexes on Tuesday.",
        "Police raided the Tarvelo and Kanzari favelas on Tuesday.",
    ],
)
def test_names_before_a_plural_of_informal_quarters_are_places(tmp_path: Path, text: str) -> None:
    assert {"Tarvelo", "Kanzari"} <= set(_places(tmp_path, text))


def test_faith_words_before_a_plural_of_informal_quarters_are_no_places(tmp_path: Path) -> None:
    text = "The Catholic and Evangelical favela communities prayed on Sunday."
    assert not _places(tmp_path, text)
