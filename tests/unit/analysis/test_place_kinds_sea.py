"""Features of the sea on invented sentences: a shoal, a reef, an atoll or a cay named with its
noun is a place ("Korvan Shoal", "Telda Reef"), and so is a feature written with the head of its
Chinese name in pinyin ("Xianbin Jiao", jiao: reef; "Huangyan Dao", dao: island), never a
person whose surname is the head, and two such features are never one."""

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
