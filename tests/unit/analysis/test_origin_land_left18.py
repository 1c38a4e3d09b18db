"""A demonym is its country or nothing, never a place (round left18): an adjective of a
people or an origin before "territory" says whose land it is ("parts of Congolese
territory", "Kurdish territory": ``origin_area_nouns`` and ``origin_adjective_endings`` of
data/place_guards.yaml), while a territory named by its own name ("Djugu territory") stays a
place and a country's demonym stays its country. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.entities import find_entities
from briefbook.ingest import SourceSpec, load_documents


def _entities(tmp_path: Path, text: str) -> dict[str, str]:
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    docs = load_documents([SourceSpec(path="a.txt")], base=tmp_path)
    return {e.name: e.type for e in find_entities(docs)}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The militia controls parts of Congolese territory near Kessa.", "Congolese"),
        ("The rebels hold parts of Korean territory near Dorva.", "Korean"),
        ("Drones flew over Kurdish territory near Marvo on Sunday.", "Kurdish"),
    ],
)
def test_an_adjective_of_origin_before_territory_names_no_place(
    tmp_path: Path, sentence: str, word: str
) -> None:
    found = _entities(tmp_path, sentence)
    assert not [n for n, t in found.items() if word in n and t == "place"], found


def test_a_named_territory_and_a_countrys_demonym_keep_their_type(tmp_path: Path) -> None:
    found = _entities(
        tmp_path,
        "Militias attacked villages in Djugu territory on Monday. "
        "The rebels control parts of Rwandan territory near Kessa.",
    )
    assert (
        found.get("Djugu") == "place"
    )  # the capitalised name, its lower-case noun an alias (round places26b)
    assert found.get("Rwanda") == "country"
