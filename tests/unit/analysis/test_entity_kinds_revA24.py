"""Entities, review revA24 (invented sentences): a country's name after a lower-case role
noun in the plural ("the mercenaries Libya Kelvo hired", "foreign fighters Syria Kelmo
recruited") is no person's given name, a plural telling several people; near misses: a
singular role noun ("the lawyer Mali Tarvoni", "protest leader Niger Kelmani") still opens a
person's name; "post" after a name makes a platform only after a preposition and a
determiner ("in a Kelvogram post"), not a military post ("troops overran a Kelvo post")."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_names, people_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mercenaries Libya Kelvo hired were paid in gold.", "Libya Kelvo"),
        ("Foreign fighters Syria Kelmo recruited crossed the border.", "Syria Kelmo"),
        ("The refugees Sudan Kelvo camp houses fled the town.", "Sudan Kelvo"),
    ],
)
def test_a_plural_role_noun_before_a_country_names_no_person(
    tmp_path: Path, text: str, name: str
) -> None:
    assert name not in people_of(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lawyer Mali Tarvoni represented the detainees.", "Mali Tarvoni"),
        ("The protest leader Niger Kelmani was arrested on Monday.", "Niger Kelmani"),
    ],
)
def test_near_miss_a_singular_role_noun_still_opens_a_name(
    tmp_path: Path, text: str, name: str
) -> None:
    assert name in people_of(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops overran a Kelvo post near the border on Monday.",
        "Rebels shelled the Tarvo post and withdrew.",
    ],
)
def test_a_military_post_named_after_a_place_is_no_platform(tmp_path: Path, text: str) -> None:
    assert not note_names(tmp_path, text, "organisation")


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("The protest leader wrote in a triumphant Kelvogram post that he had won.", "Kelvogram"),
        ("The ministry said on its Chatterly page that the road was shut.", "Chatterly"),
    ],
)
def test_near_miss_a_platforms_post_stays_an_organisation(
    tmp_path: Path, text: str, platform: str
) -> None:
    assert platform in note_names(tmp_path, text, "organisation")
