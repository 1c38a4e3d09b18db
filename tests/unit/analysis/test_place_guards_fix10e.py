"""Precision guards for the place and person kinds of rounds places10 and pers13, on
invented sentences: "Co"/"County" before a role word, a firm's suffix or an institution
("Co Founder", "Co Limited", "County Hall"); two unknown words after "in"/"at" with no
place cue or after an employer or a publication; a bare "-an" word that is an adjective,
a language or a faith ("in Tarvan markets", "in Catalan"); "North of X" running into a
body's head ("North of Kelvo Railways"); a make and model in a people list; a word in
capitals before a lower-case noun after a locative. Each guard sits beside a sentence of
the same kind that must still name its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_names

# (text, places it names, names that are no place in it)
_CASES = [
    # "Co" only before one plain name; not a role, a firm's suffix or an ordinary word
    (
        "The startup's Co Founder Kelvin Odhiambo stepped down.",
        set(),
        {"Co Founder Kelvin Odhiambo", "Co Founder", "Founder Kelvin Odhiambo"},
    ),
    ("She was elected Co Chair of the review board.", set(), {"Co Chair"}),
    ("Tarvo and Co Limited posted a loss.", set(), {"Co Limited", "Limited"}),
    ("Co Op shops raised their prices.", set(), {"Co Op", "Op"}),
    ("Police in Co Tarvane arrested two men.", {"Co Tarvane"}, set()),
    # "County" not before an institution's head
    ("County Hall approved the budget on Monday.", set(), {"County Hall", "Hall"}),
    ("Floods hit County Marvale overnight.", {"County Marvale"}, set()),
    # two unknown words after "in"/"at": a place only with a place cue
    ("He spent a decade at Kelvo Pardine before retiring.", set(), {"Kelvo Pardine"}),
    ("The essay was featured in Marlo Vanguard last month.", set(), {"Marlo Vanguard"}),
    ("The minister spoke at Tarvo Kennedy on Tuesday.", set(), {"Tarvo Kennedy"}),
    ("The film aired in Kelvo Tonight on Sunday.", set(), {"Kelvo Tonight"}),
    ("Gunmen killed four farmers in Tovar Melgou on Friday.", {"Tovar Melgou"}, set()),
    ("Villagers fled the fighting in Rasso Dembe overnight.", {"Rasso Dembe"}, set()),
    # a bare "-an" word before a lower-case noun, a language, a faith
    ("Prices rose in Tarvan markets this week.", set(), {"Tarvan"}),
    ("The homily was delivered in Catalan.", set(), {"Catalan"}),
    ("The view is shared in Anglican circles.", set(), {"Anglican"}),
    ("The talks went on in Lutheran churches.", set(), {"Lutheran"}),
    ("Militia fighters regrouped in Kelmavan after the raid.", {"Kelmavan"}, set()),
    ("Gunmen torched homes in Dorvan village overnight.", {"Dorvan"}, set()),
    # "North of X" stops at a body's head
    (
        "South of Kelvo Railways cut its services.",
        set(),
        {"Kelvo Railways", "Kelvo", "South of Kelvo Railways"},
    ),
    ("North of Ireland Railways cut services.", set(), {"Ireland Railways"}),
    ("Troops dug in North of Kelvaro on Monday.", {"Kelvaro"}, set()),
    # a word in capitals after a locative before a lower-case noun is a brand
    ("The tablets are sold in ASPEN packs.", set(), {"Aspen", "ASPEN"}),
    ("Clashes broke out in ASPEN on Monday.", {"ASPEN"}, set()),
]


@pytest.mark.parametrize(("text", "places", "others"), _CASES)
def test_each_guard_and_its_place(tmp_path: Path, text: str, places: set, others: set) -> None:
    found = note_names(tmp_path, text, "place")
    assert (places - found, others & found) == (set(), set()), found


def test_a_make_and_model_in_a_list_of_people_is_no_person(tmp_path: Path) -> None:
    text = "Police found the car and identified one as Kelvo Marana, a grey saloon."
    assert "Kelvo Marana" not in note_names(tmp_path, text, "person")


def test_a_co_founder_is_still_a_person(tmp_path: Path) -> None:
    text = "The startup's Co Founder Ahmed Kelvane stepped down on Monday."
    assert "Ahmed Kelvane" in note_names(tmp_path, text, "person")


def test_a_firms_and_co_is_the_firm(tmp_path: Path) -> None:
    text = "Tarvo and Co Limited posted a loss."
    assert note_names(tmp_path, text, "organisation") == {"Tarvo and Co Limited"}
    assert not note_names(tmp_path, text, "person")
