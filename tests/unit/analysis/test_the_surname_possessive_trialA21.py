"""A surname written possessive after "the" names no person (trialA21; invented sentences).

"The Varsi's aggressive tactics" (a misspelt plural possessive of a group, "the Varsis'")
is no mention of Tarek Ali al-Varsi, whom another source names in full: people are not
written "the Varsi's". Near misses: "Varsi's tactics" and "the late Varsi's" stay the person.
"""

from __future__ import annotations

from pathlib import Path

from builders import found_entities

_NAMED = (
    "The Varsis have attacked ships in the Narrow Sea since November. Their commander, Tarek Ali "
    "al-Varsi, said the strikes would fail."
)


def _person(tmp_path: Path, text: str):
    found = found_entities(tmp_path, _NAMED, text)
    return next(e for e in found if e.name == "Tarek Ali al-Varsi")


def test_the_surname_possessive_is_no_mention_of_the_person(tmp_path: Path) -> None:
    person = _person(tmp_path, "The Varsi's aggressive tactics have prompted ships to reroute.")
    assert "Varsi's" not in person.aliases, person
    assert person.mentions == 1, person


def test_near_miss_the_surname_possessive_without_the_is_the_person(tmp_path: Path) -> None:
    person = _person(tmp_path, "Varsi's threats have prompted ships to reroute.")
    assert person.mentions == 2, person


def test_near_miss_the_late_surname_possessive_is_the_person(tmp_path: Path) -> None:
    person = _person(tmp_path, "The late Varsi's threats still echo in the port.")
    assert person.mentions == 2, person
