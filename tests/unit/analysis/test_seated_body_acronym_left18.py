"""A short form defined after a body named with its seat (round left18): "the United Nations
Organization Stabilization Mission in Kivara (MONUKA)", whose letters spell no English
expansion (an acronym of the name in another language), is the mission's short form, not
the place's (``body_seat_links`` of data/place_guards.yaml). A place joined to a body by
"and" is no seat, and the body keeps no short form from it. Every sentence here is
invented."""

from __future__ import annotations

from pathlib import Path

from briefbook.analysis.entities import find_entities
from briefbook.ingest import SourceSpec, load_documents


def _entities(tmp_path: Path, text: str) -> list:
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    return find_entities(load_documents([SourceSpec(path="a.txt")], base=tmp_path))


def _aliases_of(entities: list, name: str) -> list[str]:
    return next((list(e.aliases) for e in entities if e.name == name), [])


def test_a_short_form_after_a_body_and_its_seat_is_the_bodys(tmp_path: Path) -> None:
    found = _entities(
        tmp_path,
        "The United Nations Organization Stabilization Mission in Kivara (MONUKA) has "
        "12,000 troops. MONUKA said the road to Kessa was closed.",
    )
    assert "MONUKA" in _aliases_of(found, "United Nations Organization Stabilization Mission")
    assert "MONUKA" not in _aliases_of(found, "Kivara")
    assert not [e for e in found if e.name == "MONUKA"]


def test_a_place_joined_by_and_is_no_seat(tmp_path: Path) -> None:
    found = _entities(
        tmp_path,
        "Delegates of the Allied Popular Front and Kivara (APK) met in Kessa on Monday.",
    )
    assert "APK" not in _aliases_of(found, "Allied Popular Front")
