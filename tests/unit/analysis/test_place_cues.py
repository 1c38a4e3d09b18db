"""Kinds of place name fixed in round ents8, on invented sentences: a new name ("renamed to
X", "now called X"), unknown names joined after a locative word ("in X and Y"), a
capitalised "Residents of X" opening a sentence, a village as the object of "attacked" and a
locality in apposition ("his village, X"); and a ruler in apposition ("the former
dictator, X") a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _typed(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {e.name for e in note_entities(tmp_path, text) if e.type == etype}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Elders want the hamlet of Pelrowa kept, while others want it renamed to Tuvesk, "
            "officials said.",
            {"Pelrowa", "Tuvesk"},
        ),
        ("The district, now called Marvendi, was quiet on Monday, police said.", {"Marvendi"}),
        (
            "Fighting spread to homes in Kolbera and Ushtani on Tuesday, police said.",
            {"Kolbera", "Ushtani"},
        ),
        (
            "Gunmen opened fire on a market in Dravosa and Kelmiri, officials said.",
            {"Dravosa", "Kelmiri"},
        ),
        ("Residents of Olvanto fled after the shooting, police said.", {"Olvanto"}),
        ("About 30 gunmen attacked Mervato early on Sunday, police said.", {"Mervato"}),
        ("Militants raided Kusharo overnight and burned homes, officials said.", {"Kusharo"}),
        ("Soldiers stormed Pelindo at dawn, a spokesman said.", {"Pelindo"}),
        (
            "A farmer said the blasts lit his village, Turvala Khurd near the river, on Friday.",
            {"Turvala Khurd"},
        ),
        ("Shells fell on their hamlet, Mesrovo, overnight, residents said.", {"Mesrovo"}),
        (
            "A grenade hit a depot in the country's second largest town, Mervika, officials said.",
            {"Mervika"},
        ),
    ],
)
def test_a_cue_makes_an_unknown_name_a_place(tmp_path: Path, text: str, places: set[str]) -> None:
    assert _typed(tmp_path, text, "place") == places
    assert not _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Talks were held in January and February, officials said.",
        "Back in his village, Mensah said, nobody slept.",
        "The party was renamed in March, officials said.",
        "Residents of the capital were told to stay home, police said.",
        "Peter Okonkwo attacked Paul Mensah at the meeting, witnesses said.",
        "The minister attacked Senator Dravel Okonjo in a speech, aides said.",
    ],
)
def test_no_place_without_a_name_that_fits(tmp_path: Path, text: str) -> None:
    assert not _typed(tmp_path, text, "place")


def test_a_person_attacked_stays_a_person(tmp_path: Path) -> None:
    text = "Peter Okonkwo attacked Paul Mensah at the meeting, witnesses said."
    assert _typed(tmp_path, text, "person") == {"Peter Okonkwo", "Paul Mensah"}


def test_a_ruler_in_apposition_is_a_person(tmp_path: Path) -> None:
    text = "The uprising killed the former dictator, Hamdan Orbeli, in 2011."
    assert _typed(tmp_path, text, "person") == {"Hamdan Orbeli"}
    assert not _typed(tmp_path, text, "place")
