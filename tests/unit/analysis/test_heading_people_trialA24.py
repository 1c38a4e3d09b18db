"""A profile's subheading names its person in full (trialA24; invented text of the shape of a
news "who were they" piece, no third-party text): under "Maj Gen Tarvo Kessel" the paragraphs
write "He was ..." and "Kessel ran ...", so the person is Tarvo Kessel, with "Kessel" as his
surname. Near misses: a heading without a title ("Key Findings"), one with a word the
sources write in lower case ("Gen Z voters"), and a heading that is a title and a body's name
("General Assembly") name nobody.
"""

from __future__ import annotations

from pathlib import Path

from briefbook.analysis.entities import find_entities
from briefbook.ingest import load_documents

PROFILE = """# The commanders Ostland lost

The raids killed the army's chief of staff and the head of the air force.

## Maj Gen Tarvo Kessel

He was the chief of staff of the army. A key planner, Kessel ran the war in the north.

## Gen Ilse Marrow

She led the air force for six years. Under her command, Marrow rebuilt the missile units.

## Key Findings

The losses leave a gap at the top of the command.

## Gen Z voters

Young voters backed the peace talks, and many Gen Z voters marched in the capital.

## General Assembly

The assembly met on Friday and condemned the raids.
"""


def _entities(tmp_path: Path) -> dict[str, tuple[str, list[str]]]:
    (tmp_path / "profile.md").write_text(PROFILE, encoding="utf-8")
    found = find_entities(load_documents([tmp_path / "profile.md"]))
    return {e.name: (e.type, list(e.aliases)) for e in found}


def test_a_profiles_heading_names_its_person_in_full(tmp_path: Path) -> None:
    got = _entities(tmp_path)
    assert got.get("Tarvo Kessel") == ("person", ["Kessel"])
    assert got.get("Ilse Marrow") == ("person", ["Marrow"])
    assert "Kessel" not in got and "Marrow" not in got


def test_near_miss_headings_that_name_no_person(tmp_path: Path) -> None:
    got = _entities(tmp_path)
    people = {name for name, (etype, _) in got.items() if etype == "person"}
    assert people == {"Tarvo Kessel", "Ilse Marrow"}
