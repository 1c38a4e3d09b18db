"""Features of the sea on invented sentences: a shoal, a reef, an atoll or a cay named with its
noun is a place ("Korvan Shoal", "Telda Reef"), and so is a feature written with the head of its
Chinese name in pinyin ("Xianbin Jiao", jiao: reef; "Huangyan Dao", dao: island), never a
person whose surname is the head, and two such features are never one. Also met in the
same reporting: a flag rank written in two words ("Rear Adm. X") and a ship's prefix ("BRP X")
name no entity of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities, note_names

# (sentence, places it names)
_CASES = [
    (
        "Coast guard ships fired water cannon at a supply boat near Korvan Shoal on Monday.",
        {"Korvan Shoal"},
    ),
    ("The navy sent two frigates to Telda Reef and Ostra Reef.", {"Telda Reef", "Ostra Reef"}),
    ("Fishing boats sheltered in the lagoon of Merin Atoll.", {"Merin Atoll"}),
    (
        "Karsian boats blockaded the reef, which Beijing calls Xianbin Jiao, for a week.",
        {"Xianbin Jiao"},
    ),
    ("Karsian officials refer to the island as Qiling Dao.", {"Qiling Dao"}),
]


@pytest.mark.parametrize(("text", "places"), _CASES)
def test_features_of_the_sea_are_places(tmp_path: Path, text: str, places: set[str]) -> None:
    found = note_names(tmp_path, text, "place")
    assert places <= found, found
    assert not places & note_names(tmp_path, text, "person")


def test_two_features_with_one_pinyin_head_stay_two(tmp_path: Path) -> None:
    text = (
        "Karsian boats blockaded Xianbin Jiao on Monday. A week later they circled Tiexian "
        "Jiao, a reef off the island."
    )
    places = {e.name for e in note_entities(tmp_path, text) if e.type == "place"}
    assert {"Xianbin Jiao", "Tiexian Jiao"} <= places, places


def test_a_flag_rank_in_two_words_and_a_ship_prefix_name_no_entity(tmp_path: Path) -> None:
    # "Rear Adm." is a title before the name, not a person "Rear Adm"; "BRP" before a
    # ship's name is a prefix like "USS", not an organisation
    text = (
        "According to fleet chief Rear Adm. Tomas Velkar, the convoy sailed at dawn. Vice Adm. "
        "Ana Rell said the patrol would go on. Supplies were meant for sailors aboard the BRP "
        "Ostra Grande, a grounded transport ship. BRP Kelvo escorted the boats."
    )
    found = {(e.type, e.name) for e in note_entities(tmp_path, text)}
    assert {("person", "Tomas Velkar"), ("person", "Ana Rell")} <= found, found
    assert not {name for _, name in found} & {"Rear Adm", "Adm", "BRP"}, found


def test_the_other_names_given_to_a_place_are_its_aliases(tmp_path: Path) -> None:
    text = (
        "Vendra Reef, known as Ostra Reef to Ostland and Telin Jiao to Karsia, is one of "
        "several disputed features. Karsian boats circled Telin Jiao on Monday. Korval "
        "Shoal, which Karsia calls Meiling Dao, lies off the coast. Boats anchored near "
        "Meiling Dao. Selva Reef, known as Ostra Bank, Karsian officers said, was quiet."
    )
    places = {e.name: set(e.aliases) for e in note_entities(tmp_path, text) if e.type == "place"}
    assert places.get("Vendra Reef", set()) >= {"Ostra Reef", "Telin Jiao"}, places
    assert places.get("Korval Shoal", set()) >= {"Meiling Dao"}, places
    assert not {"Telin Jiao", "Meiling Dao", "Karsian"} & set(places), places


def test_the_other_names_of_a_gazetteer_place_join_the_gazetteer_entry(tmp_path: Path) -> None:
    # a name found without the gazetteer's first word still gives its aliases to the entry
    text = (
        "The Second Thomas Shoal, known as Telmar Reef to Ostland and Vasko Jiao to Karsia, "
        "is disputed. Karsian boats circled Vasko Jiao on Monday."
    )
    places = {e.name: set(e.aliases) for e in note_entities(tmp_path, text) if e.type == "place"}
    assert places.get("Second Thomas Shoal", set()) >= {"Telmar Reef", "Vasko Jiao"}, places
    assert "Vasko Jiao" not in places, places
