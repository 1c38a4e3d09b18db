"""Entities of a document set (briefbook.entities), on the example sources and fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.entities import find_entities, fold
from briefbook.ingest import load_documents
from briefbook.model import ENTITY_TYPES, Entity
from builders import ROOT

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
        (
            "Defence Intelligence of Ukraine",
            "organisation",
            {"DIU", "Ukraine's Defense Intelligence"},
        ),
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
        ("Korean People's Army", "force", {"North Korean troops", "DPRK troops"}),
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


def _find(tmp_path: Path, text: str) -> list[Entity]:
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return find_entities(load_documents([path]))


def test_job_title_fragments_are_not_organisations(tmp_path: Path) -> None:
    found = _find(
        tmp_path,
        "The new rules bind traders, said Acting Under Secretary of the Treasury for "
        "Terrorism and Financial Intelligence Bradley T. Smith. The Under Secretary of the "
        "Treasury for Terrorism and Financial Intelligence travels often. The Assistant "
        "Secretary for Economic Policy (ASEP) spoke later.\n",
    )
    names = {e.name: e.type for e in found}
    assert names.get("Bradley T. Smith") == "person"
    assert not [n for n in names if "Intelligence" in n or "Policy" in n], names


def test_country_prefixed_body_merges_with_its_bare_form(tmp_path: Path) -> None:
    found = _find(
        tmp_path,
        "Ju is the director of the DPRK Workers' Party of Korea's (WPK) Propaganda Department. "
        "The Workers' Party of Korea rejected the claim.\n",
    )
    assert "DPRK Workers' Party of Korea" not in {e.name for e in found}
    party = _entity(found, "Workers' Party of Korea")
    assert party.evidence == ["S1.1", "S1.2"]
    assert "S1.1" in _entity(found, "North Korea").evidence


def test_country_prefix_stays_when_two_countries_prefix_one_body(tmp_path: Path) -> None:
    found = _find(
        tmp_path,
        "The Russian Defense Ministry denied it. The Ukrainian Defense Ministry confirmed it. "
        "A Defense Ministry spokesman declined to comment.\n",
    )
    names = {e.name for e in found}
    assert {"Russian Defense Ministry", "Ukrainian Defense Ministry"} <= names


def test_acronym_names_without_an_organisation_head_are_not_organisations(
    tmp_path: Path,
) -> None:
    found = _find(
        tmp_path,
        "These include Controlled Reception Pattern Antennas (CRP) in the drone. "
        "Analysts also cite Silent Echo Pattern (SEP) as a concept.\n",
    )
    antennas = _entity(found, "Controlled Reception Pattern Antennas")
    assert antennas.type == "weapon"
    assert antennas.aliases == ["CRP"]
    assert not [e for e in found if "Echo" in e.name or e.aliases == ["SEP"]]
