"""Over-reaches of session 17's entity rounds found on invented sentences (revA17): each a
kind the new rules read too widely, with the round's own cases kept in their tests.

* a club's head after a people's name or a demonym names that people's chiefs or pirates,
  no club ("Somali Pirates", "Kenyan Chiefs", "Yoruba Chiefs");
* a hacking group's name in the industry's schemes is two words, a code word and the head:
  not an operation's or an exercise's name ("Operation Tempest", "Operation Winter
  Tempest"), nor a force's aircraft ("a Royal Air Force Typhoon"), nor a person whose
  surname is a head that is also a surname ("Anna Tempest": ``hacking_group_surname_heads``);
* a base named by a service's name whose other words are ordinary words or a demonym is the
  service's base, no facility's name ("the Royal Air Force base", "the Ugandan National
  Army base"); nor is a body's name the gazetteer knows before a facility noun ("the Houthi
  military base"), nor a place after a possessive determiner ("its Moscow station").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


def _typed(tmp_path: Path, text: str) -> dict[str, str]:
    return {name: etype for etype, name in entities_of(tmp_path, text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Somali Pirates seized a tanker off Eyl on Monday.", "Somali Pirates"),
        ("Kenyan Chiefs protested the new land law in Nairobi.", "Kenyan Chiefs"),
        ("Yoruba Chiefs met the governor in Ibadan on Friday.", "Yoruba Chiefs"),
        ("Operation Tempest began at dawn, the army said.", "Operation Tempest"),
        ("Operation Winter Tempest ended on Monday.", "Operation Winter Tempest"),
        ("Exercise Granite Blizzard ended in Kelvo.", "Exercise Granite Blizzard"),
        ("A Royal Air Force Typhoon intercepted two bombers.", "Royal Air Force Typhoon"),
        ("Anna Tempest told the court she was threatened.", "Anna Tempest"),
        ("Maria Blizzard said the fire started at night.", "Maria Blizzard"),
    ],
)
def test_near_misses_of_clubs_and_hacking_groups_are_no_organisation(
    tmp_path: Path, text: str, name: str
) -> None:
    assert _typed(tmp_path, text).get(name) != "organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anna Tempest told the court she was threatened.", "Anna Tempest"),
        ("Maria Blizzard said the fire started at night.", "Maria Blizzard"),
    ],
)
def test_a_given_name_before_a_surname_head_is_a_person(
    tmp_path: Path, text: str, name: str
) -> None:
    assert _typed(tmp_path, text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants attacked the Royal Air Force base at Akrotiri.", "Royal Air Force base"),
        ("The Royal Navy base at Kelvo was closed.", "Royal Navy base"),
        ("The Ugandan National Army base at Tarsk was overrun.", "Ugandan National Army base"),
        ("The Houthi military base near Saada was bombed.", "Houthi military base"),
        ("A Hezbollah military base near Tyre was hit.", "Hezbollah military base"),
        ("The agency closed its Moscow station after the expulsions.", "Moscow station"),
        ("The firm sold their Brenville station to the city.", "Brenville station"),
    ],
)
def test_a_body_s_base_or_an_owned_station_is_no_named_facility(
    tmp_path: Path, text: str, name: str
) -> None:
    assert name not in _typed(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Kaizer Chiefs fans clashed with police in Soweto.", "Kaizer Chiefs", "organisation"),
        (
            "Microsoft said Violet Typhoon had breached the networks.",
            "Violet Typhoon",
            "organisation",
        ),
        ("Octo Tempest extorted the casino, the FBI said.", "Octo Tempest", "organisation"),
        ("Militants attacked the Kelvo Air Force base in Punjab.", "Kelvo Air Force base", "place"),
        ("The Kelvo Army base was shelled overnight.", "Kelvo Army base", "place"),
        (
            "The Brenville Central Police station was torched.",
            "Brenville Central Police station",
            "place",
        ),
        ("The Tartus naval base was evacuated on Monday.", "Tartus naval base", "place"),
        ("Passengers were beaten at the Yuen Long station.", "Yuen Long station", "place"),
    ],
)
def test_the_rounds_own_shapes_keep_their_type(
    tmp_path: Path, text: str, name: str, etype: str
) -> None:
    assert _typed(tmp_path, text).get(name) == etype


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "The Tarsk Liberation Army attacked Kelvo. The Liberation Army of Kelvo denied it. "
            "The Liberation Army said 3 fighters died.",
            "Liberation Army",
        ),
        (
            "The Kelvo Electoral Commission met. The Electoral Commission of Tarsk objected. "
            "The Electoral Commission said 40 percent voted.",
            "Electoral Commission",
        ),
    ],
)
def test_a_short_body_name_that_also_opens_another_body_s_name_stays_apart(
    tmp_path: Path, text: str, short: str
) -> None:
    # the short name is the tail of one body and the head of another ("X of Y"): either
    assert short in _typed(tmp_path, text)


def test_a_short_body_name_of_one_longer_body_still_merges(tmp_path: Path) -> None:
    text = "The Kelvo Electoral Commission met. The Electoral Commission said 40 percent voted."
    assert "Electoral Commission" not in _typed(tmp_path, text)
