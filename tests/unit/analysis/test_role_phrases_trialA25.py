"""A plural role written in capitals names no place and no body (invented sentences of the kind
a new-analyst trial on a peace summit printed as a place: "The Heads of State reaffirmed ...");
a body named after such a role, and a real place, stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.entities import find_entities
from briefbook.ingest import load_documents


def _table(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "note.txt"
    path.write_text(f"Note\n\n{text}\n", encoding="utf-8")
    return {e.name: e.type for e in find_entities(load_documents([path]))}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The Heads of State reaffirmed the commitment of all parties to a ceasefire.", "State"),
        ("The Heads of Government met in Lome on Monday.", "Government"),
        ("Heads of State and Government gathered in Addis Ababa.", "Government"),
        ("The Chiefs of Staff of the bloc met in Vendra on Friday.", "Staff"),
        ("African Heads of State met in Lome.", "State"),
    ],
)
def test_a_plural_role_is_no_entity(tmp_path: Path, text: str, role: str) -> None:
    table = _table(tmp_path, text)
    assert not [name for name in table if name.endswith(role)], table


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Council of Heads of State met in Astana.",
            "Council of Heads of State",
            "organisation",
        ),
        ("The Heads of Government met in Lome on Monday.", "Lome", "place"),
        ("Rebels attacked villages in Borno State on Monday.", "Borno State", "place"),
        ("Envoys met at the Summit of Heads of Government in Vendra.", "Vendra", "place"),
        (
            "The Ministry of State Security said two men were held.",
            "Ministry of State Security",
            "organisation",
        ),
    ],
)
def test_near_misses_keep_their_names(tmp_path: Path, text: str, name: str, kind: str) -> None:
    assert _table(tmp_path, text).get(name) == kind


def test_a_body_named_after_the_role_keeps_its_own_name(tmp_path: Path) -> None:
    table = _table(
        tmp_path,
        "The Heads of State and Government of the Lake Basin Community (LBC) met in Vendra "
        "on Monday.",
    )
    assert table.get("Lake Basin Community") == "organisation", table
    assert not [n for n in table if n.startswith(("Heads of", "State and"))], table
