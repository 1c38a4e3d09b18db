"""Over-reaches of round ents20 found by review revD19 (invented sentences, no third-party
text), each with a near miss that must keep the round's reading:

* a two-word place whose last word the source also writes alone before a verb of speech
  ("Flights to Santa Cruz ... Cruz said") is no person's full name: a place's first word
  ("Santa", "Kota") or a place the city index knows whole stays a place;
* a word alone before "said it"/"said its" is a body speaking ("Sachs said it expected"):
  no surname, so "Goldman Sachs" is no person;
* a continent's people as people, a copula or a verb of people after them ("the Africans
  were among the dead", "Europeans were evacuated", "Africans have long migrated"), still
  name the continent; only a party's act or word ("have condemned", "pushed") does not;
* a person's full name before a known body ("Ana Ruiz Red Cross staff") is the person and
  the body, no national chapter;
* a church after "from" ("Leaders from the Velmora Baptist Church called") is the body;
* a division named by a word of geography in the plural ("the Northern Territories
  Division of Kelvo Province") stays an area of its region.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Flights to Santa Cruz resumed on Friday. Cruz said the airport had reopened.",
            "Santa Cruz",
        ),
        (
            "Rescuers reached Kota Bharu late on Sunday. Bharu said the water was rising.",
            "Kota Bharu",
        ),
    ],
)
def test_a_place_whose_last_word_speaks_alone_stays_a_place(
    tmp_path: Path, text: str, place: str
) -> None:
    found = entities_of(tmp_path, text)
    assert ("place", place) in found
    assert ("person", place) not in found


def test_the_full_name_of_a_lone_speaker_is_still_found(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path, "Police searched the house of Amara Ndu in Velsk. Ndu said he was innocent."
    )
    assert ("person", "Amara Ndu") in found


def test_a_word_that_says_it_is_no_surname(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "Analysts at Goldman Sachs were cautious. Sachs said it expected a rebound.",
    )
    assert ("person", "Goldman Sachs") not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Africans were among the dead.", "Africa"),
        ("Some of the Europeans were evacuated from Sudan.", "Europe"),
        ("Africans have long migrated to the north.", "Africa"),
        ("Europeans were among the victims.", "Europe"),
    ],
)
def test_a_continents_people_as_people_name_the_continent(
    tmp_path: Path, text: str, place: str
) -> None:
    assert ("place", place) in entities_of(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Europeans said they would respond.",
        "Europeans have condemned the strikes on the port.",
        "The Europeans' plan was rejected.",
    ],
)
def test_a_continents_people_as_a_party_still_name_no_place(tmp_path: Path, text: str) -> None:
    assert ("place", "Europe") not in entities_of(tmp_path, text)


def test_a_full_name_before_a_known_body_is_a_person_and_the_body(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "Dr Ana Ruiz Red Crescent chief spoke on Monday.")
    assert ("person", "Ana Ruiz") in found
    assert ("organisation", "Red Crescent") in found
    assert ("organisation", "Ana Ruiz Red Crescent") not in found


def test_a_national_chapter_stays_one_body(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "The Syrian Arab Red Crescent said two medics were killed.")
    assert ("organisation", "Syrian Arab Red Crescent") in found


def test_a_church_after_from_is_the_body(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "Leaders from the Velmora Baptist Church called for calm.")
    assert ("organisation", "Velmora Baptist Church") in found
    found = entities_of(tmp_path, "Mourners gathered at the Velmora Baptist Church on Sunday.")
    assert ("place", "Velmora Baptist Church") in found


def test_a_division_named_by_a_plural_of_geography_is_an_area(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path, "The Northern Territories Division of Kelvo Province was flooded."
    )
    assert ("place", "Northern Territories Division") in found
    assert ("place", "Kelvo Province") in found
    found = entities_of(tmp_path, "The Sales Division of Tarvo Province reported losses.")
    assert ("place", "Tarvo Province") not in found
