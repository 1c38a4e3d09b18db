"""Places missed on unseen reporting of floods, quakes and raids (issue 12, round places28b),
by kind, in invented sentences, each kind with near misses that keep their old reading:

* India's community development block is an administrative area after its name
  ("Belgor block recorded the most rain", "the Motu and Padia blocks"; ``more_admin_nouns``),
  while a bloc misspelt after an adjective ("the Soviet block", "the Arab block", "the
  Eastern block"; ``bloc_area_nouns``) and a person named Block are no places;
* names listed before a plural noun of waters ("the Marvo and Hien rivers", "the Ostavi and
  Belgor lakes"; ``list_site_nouns``) or right after one ("its tributaries Sabari and
  Tolmeru", "the rivers Marvo and Dresi"; ``list_opener_nouns``) are places, each by its own
  name, while people of such places named in the list ("Officials of the blocks, including
  Anil Kumar and ...") stay persons;
* a river work named after a titled person ("the Sir Tarvo Kell Barrage";
  ``more_titled_name_place_heads``) is one place, while "Sir Tarvo Kell said" stays a person;
* a street named with "Drive" last ("on Kelvari Drive"; ``more_place_heads``) is a place,
  while a person named Lane stays a person ("Lane" is no head).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _typed(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


def _places(tmp_path: Path, text: str) -> set[str]:
    return {name for name, etype in _typed(tmp_path, text).items() if etype == "place"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Belgor block recorded the highest rainfall, officials said.", {"Belgor"}),
        (
            "Rain fell in Ostavi block, with Belgor block receiving 170 mm, officials said.",
            {"Ostavi", "Belgor"},
        ),
        (
            "Backwaters entered the Motu, Kalvimela and Padiro blocks of the district.",
            {"Motu", "Kalvimela", "Padiro"},
        ),
        (
            "The blocks that were flooded include Ostavi, Belgor and Tamsi, the collector said.",
            {"Ostavi", "Belgor", "Tamsi"},
        ),
    ],
)
def test_block_is_an_area(tmp_path: Path, text: str, places: set[str]) -> None:
    assert places <= _places(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Soviet block collapsed in 1991, the historian said.",
        "The Eastern block and the Communist block were rivals for decades.",
        "The Arab block and the African block voted against the resolution.",
    ],
)
def test_bloc_after_an_adjective_is_no_place(tmp_path: Path, text: str) -> None:
    assert not any("block" in name.lower() for name in _places(tmp_path, text))
    assert not _places(tmp_path, text) & {"Soviet", "Eastern", "Communist", "Arab", "African"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jason Block said the talks would resume on Monday.", "Jason Block"),
        ("The senator, Mary Block, said the bill would pass.", "Mary Block"),
    ],
)
def test_person_named_block_stays_a_person(tmp_path: Path, text: str, person: str) -> None:
    assert _typed(tmp_path, text).get(person) == "person"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Heavy rain caused the Marvo and Hien rivers to rise, officials said.",
            {"Marvo", "Hien"},
        ),
        ("Boats were sent along the Ostavi and Belgor lakes after the rain.", {"Ostavi", "Belgor"}),
        (
            "Backwaters entered places on the banks of its tributaries Sabari and Tolmeru, "
            "the collector told reporters.",
            {"Sabari", "Tolmeru"},
        ),
        ("Fishing was banned in the rivers Marvo and Dresi after the spill.", {"Marvo", "Dresi"}),
    ],
)
def test_waters_named_by_a_list(tmp_path: Path, text: str, places: set[str]) -> None:
    assert places <= _places(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials of the blocks, including Anil Kumar and Ravi Das, said the rain had stopped.",
        "Officials from the districts, including Anil Kumar and Ravi Das, said the rain had "
        "stopped.",
    ],
)
def test_officials_of_listed_areas_stay_persons(tmp_path: Path, text: str) -> None:
    typed = _typed(tmp_path, text)
    assert typed.get("Anil Kumar") == "person"
    assert typed.get("Ravi Das") == "person"


def test_titled_barrage_is_one_place(tmp_path: Path) -> None:
    text = "Flood flow at the Sir Tarvo Kell Barrage at Dowelvaram crossed the mark on Saturday."
    places = _places(tmp_path, text)
    assert "Sir Tarvo Kell Barrage" in places
    assert "Tarvo Kell Barrage" not in places


def test_titled_person_stays_a_person(tmp_path: Path) -> None:
    assert _typed(tmp_path, "Sir Tarvo Kell said the dam was safe.").get("Tarvo Kell") == "person"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked the hotel complex on Kelvari Drive in the capital.", "Kelvari Drive"),
        ("The hotel on Riverbend Drive was stormed, Kelvo Tarsi said.", "Riverbend Drive"),
    ],
)
def test_drive_names_a_street(tmp_path: Path, text: str, place: str) -> None:
    assert place in _places(tmp_path, text)


def test_person_named_lane_stays_a_person(tmp_path: Path) -> None:
    assert _typed(tmp_path, "Sarah Lane said the road was closed.").get("Sarah Lane") == "person"
