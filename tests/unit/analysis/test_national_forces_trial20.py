"""A country's army named with a capital ("the Lebanese Army", "The Kenyan Army") is that
country's armed forces, as "the Lebanese army" is (trial20; invented sentences); a longer
name that ends in the same words ("the Free Syrian Army") stays a force of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _forces(folder: Path, text: str) -> list[str]:
    return sorted(e.name for e in note_entities(folder, text) if e.type == "force")


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Over the next 60 days, the Lebanese Army will deploy in the south.",
            "Lebanese Armed Forces",
        ),
        ("The Kenyan Army will deploy along the border.", "Kenya Defence Forces"),
        ("Lebanese Army units deployed in the south on Monday.", "Lebanese Armed Forces"),
    ],
)
def test_a_capitalised_national_army_is_the_countrys_force(
    tmp_path: Path, text: str, force: str
) -> None:
    assert _forces(tmp_path, text) == [force]


def test_the_short_form_and_the_army_are_one_force(tmp_path: Path) -> None:
    text = "The LAF deployed on Monday; the Lebanese Army said it would stay in the south."
    assert _forces(tmp_path, text) == ["Lebanese Armed Forces"]


def test_a_longer_name_ending_in_a_national_army_stays_its_own(tmp_path: Path) -> None:
    # near miss: "Free" opens the group's own name
    assert _forces(tmp_path, "Fighters of the Free Syrian Army shelled the town.") == [
        "Free Syrian Army"
    ]
