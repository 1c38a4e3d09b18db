"""Persons and places misread on unseen reporting for want of a general cue, by kind, in
invented sentences (ents18):

* a surname with an Irish or Romance prefix and an apostrophe ("O'Carrigan", "D'Souza"),
  straight or curly, is a word of a person's name;
* a place named by a count of its features, the number word capitalised inside a sentence
  ("in Three Cays", "near Seven Hills"; a plural place head of ``entity_rules.yaml``);
* a settlement named after an owner in the possessive ("in Fisher's Village", "Potter's
  Town"; ``possessive_settlement_heads`` of ``place_guards.yaml``);
* a part of a settlement named by a word of position and an unknown name after "in"/"at"
  ("in Upper Brenville", "near North Tovarsk"; ``area_qualifiers``);
* the home of a person named with an age ("32-year-old A B of Upper Brenville", "A B, 40,
  of Brenville", "A (22) and B (23), both of Brenville");
* the town after a street of an address and a comma ("on Kelvin Road, Brenville,");
* a photo's place opening a caption before a dash ("Top - VICTIMS: ...") is no dateline's
  town (``caption_positions`` of ``place_guards.yaml``), nor is the label of a field in an
  archived wire's header ("DATE: MONDAY, June 3"; ``header_labels``).

Guards: a count opening a sentence or before a non-place plural ("Three Islands were
named", "the Five Eyes alliance"); a possessive pair before a lower-case noun or owned by a
given name ("Kelvo's Village store", "Anna's Village Bakery"); a word of position before a
body's word ("in Upper House committees", "in Central Command"); two unknown words after an
aged person's "of" (a club or a firm: "of Brenville Rovers", "of Kelvin Logistics"); a
word after a street and a comma before a verb ("On Kelvin Street, Tovarex rose").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


def _typed(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Police said Liam O'Carrigan examined the body.", "Liam O'Carrigan"),
        ("The body was examined by Dr. Liam O\u2019Carrigan, a doctor.", "Liam O'Carrigan"),
        ("Police said Mary D'Souza was arrested in Brenville.", "Mary D'Souza"),
    ],
)
def test_a_surname_with_an_apostrophe_after_its_prefix_is_a_persons(
    tmp_path: Path, text: str, person: str
) -> None:
    assert person in _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shootings continued in Three Cays over the weekend.", "Three Cays"),
        ("Two men died in Potter's Town on Sunday night, police said.", "Potter's Town"),
        ("The gunman fled towards Fisher\u2019s Village after the attack.", "Fisher's Village"),
        ("Two men died in Upper Brenville on Sunday night, police said.", "Upper Brenville"),
        ("Gunmen attacked a bar in Lower Tovarsk late on Friday.", "Lower Tovarsk"),
        (
            "Some hours later 32-year-old Kwame Dorsey of Upper Brenville was shot in the hand.",
            "Upper Brenville",
        ),
        ("The victim, 40-year-old Marcus Dalby of Brenville, was taken to hospital.", "Brenville"),
        ("Police named the dead as Marcus Dalby, 40, of Brenville, and his cousin.", "Brenville"),
        ("The dead were Marcus Dalby (22) and Leon Tarr (23), both of Brenville.", "Brenville"),
        ("He was shot near the bus stop on Long Road, Brenville, late on Friday.", "Brenville"),
    ],
)
def test_a_place_named_by_its_shape_or_its_residents(tmp_path: Path, text: str, place: str) -> None:
    assert place in _typed(tmp_path, text, "place")


def test_a_person_named_with_an_age_and_a_home_stays_a_person(tmp_path: Path) -> None:
    text = "Some hours later 32-year-old Kwame Dorsey of Upper Brenville was shot in the hand."
    assert _typed(tmp_path, text, "person") == {"Kwame Dorsey"}


@pytest.mark.parametrize(
    "text",
    [
        "Three Islands were named in the report, the ministry said.",
        "The Five Eyes alliance shares intelligence among its members.",
        "Kelvo's Village store was closed by police.",
        "Anna's Village Bakery opened last year.",
        "The bill was debated in Upper House committees on Monday.",
        "She served in Central Command before retiring.",
        "The 40-year-old Marcus Dalby of Brenville Rovers scored twice.",
        "A 30-year-old Leon Tarr of Kelvin Logistics was fined.",
    ],
)
def test_near_misses_name_no_place(tmp_path: Path, text: str) -> None:
    assert _typed(tmp_path, text, "place") == set()


def test_a_word_after_a_street_and_a_comma_before_a_verb_is_no_town(tmp_path: Path) -> None:
    text = "On Kelvin Street, Tovarex rose three percent."
    assert "Tovarex" not in _typed(tmp_path, text, "place")


def test_a_photos_place_opening_a_caption_is_no_dateline(tmp_path: Path) -> None:
    text = "Top - VICTIMS: (From left) Marcus Dalby and Leon Tarr at a hearing in Brenville."
    places = _typed(tmp_path, text, "place")
    assert "Top" not in places
    assert "Brenville" in places


def test_a_field_label_of_an_archived_wire_header_is_no_town(tmp_path: Path) -> None:
    text = (
        "Kelvo Herald Copyright (c) 1991, Kelvo Media. DATE: MONDAY, June 3, 1991 "
        "SECTION: WORLD PAGE: A/4 SOURCE: Wire Service LENGTH: Short"
    )
    assert "Date" not in _typed(tmp_path, text, "place")


def test_a_town_in_capitals_before_a_colon_stays_a_dateline(tmp_path: Path) -> None:
    text = "BAIDOA: Troops entered the town on Monday, residents said."
    assert "Baidoa" in _typed(tmp_path, text, "place")
