"""Entities, review revA24 (invented sentences): a country's name after a lower-case role
noun in the plural ("the mercenaries Libya Kelvo hired", "foreign fighters Syria Kelmo
recruited") is no person's given name, a plural telling several people; near misses: a
singular role noun ("the lawyer Mali Tarvoni", "protest leader Niger Kelmani") still opens a
person's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import people_of


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
