"""A church named by its faith is a body (an organisation), a church named by its saint a
building (a place): invented sentences of a border-crisis trial."""

from __future__ import annotations

import pytest

from briefbook.analysis.entities import find_entities
from briefbook.model import Document, Sentence


def _types(text: str) -> dict[str, str]:
    doc = Document(id="S1", title="S1", path="S1.txt", sha256="S1", format="txt")
    doc.paragraphs = [text]
    doc.sentences = [Sentence("S1.1", "S1", text, paragraph=0)]
    return {e.name: e.type for e in find_entities([doc])}


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "The Karsian Orthodox Church said armed men had left the monastery.",
            "Karsian Orthodox Church",
            "organisation",
        ),
        ("The Catholic Church condemned the killings in Ostra.", "Catholic Church", "organisation"),
        (
            "The Lomiran Apostolic Church called for calm.",
            "Lomiran Apostolic Church",
            "organisation",
        ),
        # buildings named by a saint stay places
        ("Shells hit the Church of St Nicholas in Ostra.", "Church of St Nicholas", "place"),
        ("Shells hit St Mary Catholic Church in Ostra.", "St Mary Catholic Church", "place"),
        # a mission station stays a place
        ("Militants burned the Velmora Catholic Mission.", "Velmora Catholic Mission", "place"),
    ],
)
def test_a_church_named_by_its_faith_is_a_body(text, name, etype) -> None:
    assert _types(text).get(name) == etype
