"""Entities of a document set (briefbook.entities), on the example sources and fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.entities import find_entities, fold
from briefbook.ingest import load_documents
from briefbook.model import ENTITY_TYPES, Entity

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "sources" / "examples"
FIXTURES = ROOT / "tests" / "fixtures" / "analyse"


@pytest.fixture(scope="module")
def entities() -> list[Entity]:
    docs = load_documents(
        [
            EXAMPLES / "dprk-troops-assessment.txt",
            EXAMPLES / "treasury-dprk-troops-russia-sanctions-2024-12.txt",
        ]
    )
    return find_entities(docs)


def _entity(entities: list[Entity], name: str) -> Entity:
    hits = [e for e in entities if e.name == name]
    assert len(hits) == 1, sorted(e.name for e in entities)
    return hits[0]


@pytest.mark.parametrize(
    ("name", "etype", "aliases"),
    [
        ("Ukraine's Defense Intelligence", "organisation", {"DIU"}),
        ("North Korea", "country", {"DPRK"}),
        ("Russia", "country", set()),
        ("Ukraine", "country", set()),
        ("South Korea", "country", set()),
        ("United States", "country", {"U.S."}),
        ("Volodymyr Zelenskyy", "person", set()),
        ("Pyongyang", "place", set()),
        ("Kadyrov forces", "force", {"Chechen Kadyrov soldiers"}),
        ("FPV drones", "weapon", set()),
        ("ICBM", "weapon", {"intercontinental ballistic missile"}),
        ("Office of Foreign Assets Control", "organisation", {"OFAC"}),
        ("Golden Triangle Bank", "organisation", {"GTB"}),
        ("Ri Chang Ho", "person", {"Ri"}),
        ("Bradley T. Smith", "person", set()),
        ("Reconnaissance General Bureau", "organisation", {"RGB"}),
        ("North Korean forces", "force", {"North Korean troops", "DPRK troops"}),
    ],
)
def test_example_entities_have_types_and_aliases(
    entities: list[Entity], name: str, etype: str, aliases: set[str]
) -> None:
    entity = _entity(entities, name)
    assert entity.type == etype
    assert aliases <= set(entity.aliases)
    assert entity.mentions >= len(entity.evidence) >= 1


def test_demonyms_count_as_mentions_of_their_country(entities: list[Entity]) -> None:
    north_korea = _entity(entities, "North Korea")
    # S1.1 names it only through the demonym: "Russian and North Korean soldiers"
    assert "S1.1" in north_korea.evidence
    assert "North Korean" not in north_korea.aliases


def test_evidence_is_unique_and_in_reading_order(entities: list[Entity]) -> None:
    def order(sid: str) -> tuple[int, int]:
        doc, k = sid[1:].split(".")
        return int(doc), int(k)

    for entity in entities:
        assert entity.type in ENTITY_TYPES
        assert entity.evidence == sorted(set(entity.evidence), key=order)


def test_sentence_initial_words_and_documents_are_not_entities(entities: list[Entity]) -> None:
    names = {e.name for e in entities}
    for word in ("However", "The", "As", "For", "Executive Order", "SDN", "Again", "Language"):
        assert word not in names
    assert not any(name.endswith(" Act") for name in names)


def test_korean_surname_alias_is_scoped_to_its_definition(entities: list[Entity]) -> None:
    kim = _entity(entities, "Kim Myong Jin")
    assert kim.aliases == ["Kim"]
    assert _entity(entities, "Kim Yong Bok").aliases == []


def test_spelling_variants_merge_into_the_most_complete_name() -> None:
    docs = load_documents([FIXTURES / "zelensky-spellings.txt"])
    people = [e for e in find_entities(docs) if e.type == "person"]
    assert [(p.name, p.aliases) for p in people] == [
        ("Volodymyr Zelenskyy", ["Zelensky", "Zelenskyy"])
    ]
    assert people[0].evidence == ["S1.1", "S1.2", "S1.3"]


def test_fold_ignores_spelling_variants() -> None:
    assert fold("Zelenskyy") == fold("Zelensky") == fold("Zelenskiy")
    assert fold("Volodymyr Zelenskyy") != fold("Zelenskyy")


def test_entities_are_deterministic() -> None:
    docs = load_documents([EXAMPLES / "dprk-troops-assessment.txt"])
    assert find_entities(docs) == find_entities(docs)
