"""Clubs and hacking groups are organisations, never persons or places (typer17; invented
sentences of the same shapes):

* a sports club named by two to four capitalised words ending in a club's head ("Kelvo
  Chiefs", "Tovarsk Wanderers", "Marisco Pirates"; ``club_heads`` of
  ``data/entity_rules.yaml``), even before "said";
* a hacking group named in the industry's schemes, a code word and a weather word or
  "Chollima" ("Amber Typhoon", "Granite Blizzard"; ``hacking_group_heads``), even when the
  code word is a given name.

Guards: a given name before a singular club head ("John United"), a club head after an
English word, a title or a body's word ("the Service Chiefs", "Tribal Chiefs"), a storm
named after its class ("Super Typhoon Kelvo"), an aircraft before a system's noun
("Eurofighter Typhoon jets"), surnames that are animal words ("Paul Bear").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


def _typed(tmp_path: Path, text: str) -> dict[str, str]:
    return {name: etype for etype, name in entities_of(tmp_path, text)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The coach of Tovarsk Wanderers said his players had been threatened.",
            "Tovarsk Wanderers",
        ),
        ("Kelvo Chiefs said two of its supporters were killed in the crush.", "Kelvo Chiefs"),
        ("Fans of Marisco Pirates clashed with police in Brenville.", "Marisco Pirates"),
        ("Kelvo Rovers defender Ana Kelvar said the team would play on.", "Kelvo Rovers"),
        ("Brenville United said the match was called off.", "Brenville United"),
        ("Microsoft said Amber Typhoon had targeted telecoms firms in Guam.", "Amber Typhoon"),
        ("Granite Blizzard attacked ministries in Kyiv, the agency said.", "Granite Blizzard"),
        ("Salt Typhoon breached at least nine telecoms companies.", "Salt Typhoon"),
        (
            "Analysts tied the theft to Labyrinth Chollima, a group in Pyongyang.",
            "Labyrinth Chollima",
        ),
    ],
)
def test_a_club_or_a_hacking_group_is_an_organisation(tmp_path: Path, text: str, body: str) -> None:
    assert _typed(tmp_path, text).get(body) == "organisation"


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Britain sent four Eurofighter Typhoon jets to Romania.", "Eurofighter Typhoon", "weapon"),
        ("Paul Bear said the fire started at night.", "Paul Bear", "person"),
        ("Police said John Albion and Mary Kelvo were arrested.", "John Albion", "person"),
        ("Police said John United was arrested in Brenville.", "John United", "person"),
    ],
)
def test_near_misses_keep_their_type(tmp_path: Path, text: str, name: str, etype: str) -> None:
    assert _typed(tmp_path, text).get(name) == etype


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Kelvo met the Service Chiefs in Abuja on Monday.", "Service Chiefs"),
        ("Tribal Chiefs gathered in Kelvar on Monday to mourn the victims.", "Tribal Chiefs"),
        ("Super Typhoon Kelvo hit Luzon on Sunday, forecasters said.", "Super Typhoon Kelvo"),
    ],
)
def test_near_misses_are_no_club(tmp_path: Path, text: str, name: str) -> None:
    assert _typed(tmp_path, text).get(name) != "organisation"
