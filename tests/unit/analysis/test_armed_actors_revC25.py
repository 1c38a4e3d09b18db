"""Armed actors by their job (review round revC25; invented sentences): a body claiming an
attack is armed; a civilian body by trade or study in a clash with police is no force
(``unarmed_words``); a side a sports sentence names after "to"/"with"/"against" is a
sports side; a head-named body doing a volunteer's job in a sentence with no fighting is an
organisation (``volunteer_verbs`` of ``civil_cues``). Near misses keep their force type."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _type(tmp_path: Path, text: str, name: str) -> str | None:
    return {e.name: e.type for e in note_entities(tmp_path, text)}.get(name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a body claiming an attack is an armed group, typed by its name (round armed26): a
        # "Front" has no armed head noun, an "Army" has one
        (
            "The Nkaro Defence Front claimed responsibility for the ambush that killed nine "
            "soldiers.",
            "Nkaro Defence Front",
            "organisation",
        ),
        (
            "The Marvo Liberation Front claimed responsibility for the bombing of the barracks.",
            "Marvo Liberation Front",
            "organisation",
        ),
        (
            "The Marvo Liberation Army claimed responsibility for the bombing of the barracks.",
            "Marvo Liberation Army",
            "force",
        ),
        (
            "Clashes between the Kelvo Students Union and police left two injured.",
            "Kelvo Students Union",
            "organisation",
        ),
        (
            "The Tarsa Rangers lost 3-1 to the Velk Rangers in the cup semi-final.",
            "Velk Rangers",
            "organisation",
        ),
        (
            "The Amra Football Club fought back to draw 2-2 with the Tarvo Rangers.",
            "Tarvo Rangers",
            "organisation",
        ),
        (
            "The Dorva Volunteer Brigade cleared rubble after the floods.",
            "Dorva Volunteer Brigade",
            "organisation",
        ),
        (
            "The Kelvo Green Brigade planted 2,000 trees along the river.",
            "Kelvo Green Brigade",
            "organisation",
        ),
        # near misses: still forces
        (
            "The Dorva Volunteer Brigade cleared the village of rebels after a day of fighting.",
            "Dorva Volunteer Brigade",
            "force",
        ),
        (
            "Fighting between the Velk Rangers and the army killed 30 people.",
            "Velk Rangers",
            "force",
        ),
        (
            "The Tarsa Rangers attacked the army base with mortars, killing four soldiers.",
            "Tarsa Rangers",
            "force",
        ),
        (
            "Heavy fighting between the Tesso Popular Movement and government troops left 20 dead.",
            "Tesso Popular Movement",
            "organisation",
        ),
    ],
)
def test_an_armed_or_civil_job_types_the_body(
    tmp_path: Path, text: str, name: str, kind: str
) -> None:
    assert _type(tmp_path, text, name) == kind


def test_near_miss_a_civil_body_claiming_a_blockade_is_no_force(tmp_path: Path) -> None:
    text = "The Tesso Farmers Union claimed responsibility for the road blockade."
    assert _type(tmp_path, text, "Tesso Farmers Union") != "force"
