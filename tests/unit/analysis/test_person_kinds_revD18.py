"""Review revD18 of round persons18 (invented sentences, no third-party text):

* a portfolio in the plural ("Foreign Affairs", "Human Rights") after an office in lower
  case is no part of the name after it, nor is a given name before two name words the
  portfolio's ("the minister of Security Ana Ruiz Lemus");
* a person with a list of aliases keeps the name it is written with, not its longest alias.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import people_of, source_entities


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        (
            "The talks were led by the minister of Foreign Affairs Carlos Mendes.",
            "Carlos Mendes",
            "Affairs Carlos Mendes",
        ),
        (
            "She met the secretary of Human Rights Lucia Barros on Friday.",
            "Lucia Barros",
            "Rights Lucia Barros",
        ),
        (
            "The minister of Natural Resources Peter Kelvani resigned.",
            "Peter Kelvani",
            "Resources Peter Kelvani",
        ),
        ("The minister of Security Ana Ruiz Lemus resigned.", "Ana Ruiz Lemus", "Ruiz Lemus"),
    ],
)
def test_a_plural_portfolio_or_a_given_name_splits_right(
    tmp_path: Path, text, person, wrong
) -> None:
    people = people_of(tmp_path, text)
    assert person in people
    assert wrong not in people


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        ("Ana Ruiz has two aliases - Abu Saif and Kamal Reza.", {"Abu Saif", "Kamal Reza"}),
        (
            "Ana Ruiz fled. Police said Ruiz has two aliases - Abu Saif and Kamal Reza Khan.",
            {"Abu Saif", "Kamal Reza Khan"},
        ),
    ],
)
def test_a_person_with_listed_aliases_keeps_its_name(tmp_path: Path, text, aliases) -> None:
    people = [(name, set(al)) for etype, name, al, _ in source_entities(tmp_path, text)]
    people = [p for p in people if p[0] in {"Ana Ruiz", *aliases}]
    assert len(people) == 1
    name, found = people[0]
    assert name == "Ana Ruiz"
    assert aliases <= found
