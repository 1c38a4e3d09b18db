"""Over-reaches of rounds ents23's entity rules (review revA23), by kind, in invented
sentences, each with a near miss that keeps the round's reading:

* a country's own name before a force noun and a noun of a transfer ("the Ukraine military
  aid package", "Taiwan military sales") names what goes to the country, no force, while
  the same words before a verb ("the Chad army withdrew") still name the country's army;
  and the scorer reading such a name ("the Chad army") folds it as the engine does instead
  of failing;
* a town of the city index before a firm's noun ("a Shenzhen company", "a Dubai firm") is
  the firm's city, a place, while an unknown name there ("the Tarvex company") is the firm;
* a compound naming no weapon stays none after a hyphen ("oil-storage tanks"), as do a
  plant's tanks of a chemical ("ammonia tanks") and helicopters of rescue, care, fire or
  the press, while bare "tanks" and "attack helicopters" stay weapons;
* a figure in a distance's units followed by a word of size ("Tarvoni, 300 km long, ...")
  measures the area, no town apart from it, while a distance ("Tarvoni, 40 kilometers
  further east, ...") still keeps the town apart;
* a list before a plural noun of quarters whose other item is a known body ("the Taliban
  and Haqqani informal settlements", "the Amal and Hezbollah neighbourhoods") names the
  sides, no places, while a list of plain names ("the Kibera and Mathare informal
  settlements") stays places.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.evaluation.claims import same_originator
from builders import note_entities


def _of(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {
        name
        for e in note_entities(tmp_path, text)
        if e.type == etype
        for name in (e.name, *e.aliases)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Congress approved the Ukraine military aid package on Saturday.",
        "Beijing condemned the Taiwan military sales announced by Washington.",
        "The US pledged new Israel military assistance worth $3 billion.",
    ],
)
def test_a_countrys_name_before_a_force_noun_and_a_transfer_is_no_force(
    tmp_path: Path, text: str
) -> None:
    assert not _of(tmp_path, text, "force")


def test_a_countrys_name_before_a_force_noun_and_a_verb_stays_its_force(tmp_path: Path) -> None:
    text = "The Chad army withdrew from the border post, and the Mali army entered Kidal."
    forces = _of(tmp_path, text, "force")
    assert {"Chad army", "Mali army"} <= forces, forces


def test_the_scorer_folds_a_countrys_named_force() -> None:
    assert same_originator("the Chad army", "Chadian soldiers") is True
    assert same_originator("the Chad army", "Malian soldiers") is False


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The drones were assembled by a Shenzhen company that also sells cameras.", "Shenzhen"),
        ("Parts were bought from a Dubai firm and shipped to Tehran in March.", "Dubai"),
    ],
)
def test_a_city_before_a_firms_noun_is_the_firms_city(tmp_path: Path, text: str, city: str) -> None:
    assert city in _of(tmp_path, text, "place")
    assert city not in _of(tmp_path, text, "organisation")


def test_an_unknown_name_before_a_firms_noun_stays_the_firm(tmp_path: Path) -> None:
    text = "The contract went to the Tarvex company, which builds radars in Kelvabad."
    assert "Tarvex" in _of(tmp_path, text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "A blast hit the refinery and its oil-storage tanks burned for two days.",
        "Water-storage tanks in the camp were pierced by shrapnel.",
        "The plant's ammonia tanks were damaged by shelling, the inspectors said.",
        "Firefighting helicopters dropped water on the burning forest near the front.",
        "Medical evacuation helicopters flew the wounded to the coast, the hospital said.",
        "Rescue helicopters searched the sea for survivors of the ferry.",
        "News helicopters circled above the protest in the capital.",
    ],
)
def test_containers_and_civil_helicopters_are_no_weapons(tmp_path: Path, text: str) -> None:
    assert not _of(tmp_path, text, "weapon")


def test_armour_and_attack_helicopters_stay_weapons(tmp_path: Path) -> None:
    text = "Tanks rolled into the square while attack helicopters fired on the storage depot."
    assert {"tanks", "helicopters"} <= _of(tmp_path, text, "weapon")


def _places(tmp_path: Path, text: str) -> list[str]:
    return sorted(e.name for e in note_entities(tmp_path, text) if e.type == "place")


def test_a_size_in_a_distances_units_keeps_the_area_whole(tmp_path: Path) -> None:
    text = "Tarvoni Province lies in the north. Tarvoni, 300 km long, is mostly desert."
    assert _places(tmp_path, text) == ["Tarvoni Province"]


def test_a_distance_still_keeps_the_town_apart(tmp_path: Path) -> None:
    text = (
        "Tarvoni Province lies in the north. Tarvoni, 40 kilometers further east, holds the "
        "main refinery."
    )
    assert _places(tmp_path, text) == ["Tarvoni", "Tarvoni Province"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Officials of the Taliban and Haqqani informal settlements met on Friday.", "Haqqani"),
        ("The Amal and Hezbollah neighbourhoods south of the city were bombed.", "Amal"),
    ],
)
def test_a_list_naming_a_body_before_quarters_names_sides_no_places(
    tmp_path: Path, text: str, side: str
) -> None:
    assert side not in _of(tmp_path, text, "place")


def test_a_list_of_plain_names_before_quarters_stays_places(tmp_path: Path) -> None:
    text = "The army entered the Kibera and Mathare informal settlements on Sunday."
    assert {"Kibera", "Mathare"} <= _of(tmp_path, text, "place")
