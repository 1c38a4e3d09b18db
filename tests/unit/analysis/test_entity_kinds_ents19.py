"""Persons and places misread on unseen reporting for want of a general cue, by kind, in
invented sentences (ents19):

* a named facility whose kind is written in lower case after its name: a station of the
  trains ("at the Kelvo station"), a school of a kind ("the Anna Kelvo primary school"), a
  base of a service ("the Kelvo Air Force base", "the Kelvo Army base": the service's last
  words and the noun; ``facility_nouns`` of ``entity_rules.yaml``);
* a romanised Chinese given name of two syllables, the second in lower case even when it is
  an English word ("Lam Cheuk-ting", "Johnny Mak Kin-sing": a syllable's onset, vowel and
  nasal or stop coda, ``names.py``);
* a faith's adjective before a lower-case noun ("bombed Coptic churches", "stormed Sufi
  shrines") names no town (``faith_adjectives`` of ``entity_rules.yaml``);
* a church's name of one or two words ending in a faith's adjective before a title ("Roman
  Catholic Pope Kelvo", "Coptic Bishop X") is no person ("Greek Orthodox" keeps its demonym);
* a class of weapon named after a person ("Molotov cocktails") is a weapon, its eponym no
  town nor person.

Guards: a role after the noun makes it the seat of a post, not a facility's name ("the
Nairobi station chief", "Maria Kelvo station manager said"); a country's service before the
noun names no base ("the Indian Air Force base"), nor does the service alone ("a former Air
Force base commander"); a capitalised prefix before an English word stays out of a name
("His Ex-wife Anna Kelvo", "Co-host", "Well-being").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


def _typed(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Passengers were beaten at the Yuen Long station on Sunday.", "Yuen Long station"),
        ("Passengers were beaten at the Brenville Central station.", "Brenville Central station"),
        (
            "Pupils at the Kelvo Tarrant primary school were sent home.",
            "Kelvo Tarrant primary school",
        ),
        ("He studied at the Anna Kelvo high school in Brenville.", "Anna Kelvo high school"),
        ("Militants attacked the Kelvo Air Force base in Punjab.", "Kelvo Air Force base"),
        ("The Kelvo Army base was shelled overnight.", "Kelvo Army base"),
    ],
)
def test_a_facility_named_with_its_kind_in_lower_case_is_a_place(
    tmp_path: Path, text: str, place: str
) -> None:
    assert place in _typed(tmp_path, text, "place")


def test_a_role_after_the_noun_names_a_post_not_a_facility(tmp_path: Path) -> None:
    places = _typed(tmp_path, "The Nairobi station chief of the agency left.", "place")
    assert "Nairobi station" not in places
    found = entities_of(tmp_path, "Maria Kelvo station manager said the trains ran.")
    assert ("person", "Maria Kelvo") in found
    assert not any(name.endswith("station") for _, name in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Indian Air Force base in Brenville was hit.",
        "John Kelvo, a former Air Force base commander, spoke.",
        "The Kelvo Tarrant station chief met the minister.",
    ],
)
def test_near_misses_name_no_base_or_station(tmp_path: Path, text: str) -> None:
    places = _typed(tmp_path, text, "place")
    assert not any(p.endswith(("base", "station")) for p in places)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("At the same time, legislator Lam Cheuk-ting was attacked.", "Lam Cheuk-ting"),
        ("Kwan Siu-ming said the police did not come.", "Kwan Siu-ming"),
        ("Councillor Johnny Mak Kin-sing also called the police.", "Johnny Mak Kin-sing"),
        ("Councillor Johnny Mak Ip-sing also called the police.", "Johnny Mak Ip-sing"),
    ],
)
def test_a_romanised_given_name_of_two_syllables_is_part_of_the_name(
    tmp_path: Path, text: str, person: str
) -> None:
    assert person in _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    ("word", "pair"),
    [
        ("Cheuk-ting", True),
        ("Ip-sing", True),
        ("Ex-wife", False),
        ("Co-host", False),
        ("Well-being", False),
        ("Long-time", False),
        ("High-tech", False),
        ("Non-stop", False),
    ],
)
def test_only_two_romanised_syllables_join_a_name_across_a_hyphen(word: str, pair: bool) -> None:
    from briefbook.analysis.names import Tok, is_cap

    assert is_cap(Tok(word, 0, len(word))) is pair


def test_an_ex_wife_stays_out_of_the_name(tmp_path: Path) -> None:
    people = _typed(tmp_path, "His Ex-wife Anna Kelvo said the police did not come.", "person")
    assert people == {"Anna Kelvo"}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters threw Molotov cocktails at the police in Brenville.",
        "A Molotov cocktail was thrown at the Kelvo police station.",
    ],
)
def test_a_weapon_named_after_a_person_names_no_town(tmp_path: Path, text: str) -> None:
    found = entities_of(tmp_path, text)
    assert not any("Molotov" in name for etype, name in found if etype in {"place", "person"})
    assert ("weapon", "Molotov cocktails") in found


@pytest.mark.parametrize(
    "text",
    [
        "Mourners prayed at one of the bombed Coptic churches of Brenville.",
        "Militants stormed Sufi shrines on Sunday.",
        "Gunmen attacked Jain temples on Sunday.",
        "Gunmen shelled Druze villages near Brenville.",
    ],
)
def test_a_faiths_adjective_before_a_noun_is_no_town(tmp_path: Path, text: str) -> None:
    places = _typed(tmp_path, text, "place")
    assert not places & {"Coptic", "Sufi", "Jain", "Druze"}


def test_an_unknown_word_before_a_plural_place_noun_stays_a_place(tmp_path: Path) -> None:
    assert "Kelvo" in _typed(tmp_path, "Gunmen shelled Kelvo villages near Brenville.", "place")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("It came after a visit to Brenville by Roman Catholic Pope Kelvo.", "Kelvo"),
        ("It came after a visit by Roman Catholic Bishop Anna Kelvo.", "Anna Kelvo"),
    ],
)
def test_a_churchs_name_before_a_title_is_no_person(tmp_path: Path, text: str, person: str) -> None:
    people = _typed(tmp_path, text, "person")
    assert person in people
    assert "Roman Catholic" not in people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The speech by Charlie Christian, a bishop, was cancelled.", "Charlie Christian"),
        ("Roman Kelvo, the Catholic bishop, said the church was closed.", "Roman Kelvo"),
    ],
)
def test_a_surname_that_is_a_faiths_word_stays_a_persons(
    tmp_path: Path, text: str, person: str
) -> None:
    assert person in _typed(tmp_path, text, "person")
