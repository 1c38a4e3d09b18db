"""An office's portfolio and its holder, misread in a new-analyst trial on a territorial
crisis (invented sentences of the same shapes; no third-party text; round trialA22):

* the holder's name after an office in lower case whose title holds a department of its own
  before "for the" ("deputy assistant secretary of defense for the Southern Hemisphere Tomas
  Velkov") was glued to the area of the portfolio ("Southern Hemisphere Tomas Velkov");
* after an area the gazetteer knows with "of" in its name ("for the Horn of Africa Anna
  Kovalenko") the holder was lost;
* the portfolio of an office in title case ("the Assistant Secretary for the Southern
  Hemisphere") was a person.

Near misses: a body named after "president of the" keeps its name; a fund named after a
region after an office stays an organisation; a holder after "Secretary of State" and
"Minister for Foreign Affairs" stays a person.
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
        (
            "The talks followed a visit by deputy assistant secretary of defense for the "
            "Southern Hemisphere Tomas Velkov to the capital.",
            "Tomas Velkov",
        ),
        (
            "The assistant secretary of state for the Horn of Africa Anna Kovalenko met the "
            "minister on Monday.",
            "Anna Kovalenko",
        ),
        (
            "The special envoy for the Horn of Africa Anna Kovalenko met the minister.",
            "Anna Kovalenko",
        ),
        ("The undersecretary for the Indo-Pacific Anna Kovalenko arrived.", "Anna Kovalenko"),
    ],
)
def test_the_holder_after_an_area_of_a_portfolio_is_a_person(
    tmp_path: Path, text: str, person: str
) -> None:
    people = _typed(tmp_path, text, "person")
    assert people == {person}, people


@pytest.mark.parametrize(
    "text",
    [
        "The Assistant Secretary for the Southern Hemisphere will travel to Tarvo.",
        "The Deputy Assistant Secretary for the Southern Hemisphere, Tomas Velkov, will "
        "travel to Tarvo.",
        "The Deputy Assistant Secretary of Defense for the Southern Hemisphere at the "
        "Department of Defense, Tomas Velkov, will travel to Tarvo.",
    ],
)
def test_the_portfolio_of_a_title_case_office_is_no_person(tmp_path: Path, text: str) -> None:
    people = _typed(tmp_path, text, "person")
    assert not any("Hemisphere" in p for p in people), people
    assert people <= {"Tomas Velkov"}, people


def test_near_miss_a_body_after_president_of_the_keeps_its_name(tmp_path: Path) -> None:
    text = "The president of the Association of Kelvo Families said the talks failed."
    assert _typed(tmp_path, text, "organisation") == {"Association of Kelvo Families"}
    assert not _typed(tmp_path, text, "person")


def test_near_miss_a_regional_fund_after_an_office_stays_a_body(tmp_path: Path) -> None:
    text = "The minister of state for the Western Region Development Fund said talks failed."
    assert not _typed(tmp_path, text, "person")


def test_near_miss_holders_after_plain_offices_stay_persons(tmp_path: Path) -> None:
    text = "Secretary of State Antony Blinken met Minister for Foreign Affairs Anna Kovalenko."
    assert _typed(tmp_path, text, "person") == {"Antony Blinken", "Anna Kovalenko"}
