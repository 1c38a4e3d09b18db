"""Section assignment: headings, cues, the sequence model."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from briefbook.assessment.sections import (
    SectionParams,
    assign_sections,
    cue_counts,
    keyword_sections,
    map_heading,
)
from briefbook.config.outline import load_schema
from briefbook.evaluation.sections import gold_sections
from briefbook.ingest import load_documents
from briefbook.model import Document, Sentence
from builders import ROOT

REFERENCE = ROOT / "sources" / "examples" / "dprk-troops-assessment.txt"
TREASURY = ROOT / "sources" / "examples" / "treasury-dprk-troops-russia-sanctions-2024-12.txt"
NEWS = ROOT.parent / "shared" / "corpus" / "news"
# reader-directed and legal notice text: never part of an assessment section
PROCEDURAL = re.compile(
    r"please see|please refer|click here|for (?:additional|more|detailed) (?:guidance|information)"
    r"|general or specific license|blocked and must be reported",
    re.I,
)


@pytest.fixture(scope="module")
def schema():
    return load_schema("conflict")


@pytest.fixture(scope="module")
def reference():
    return load_documents([REFERENCE])[0]


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Conclusion: A Risky Gamble", "conclusion"),
        ("Implications for the Battlefield", "battlefield"),
        ("Broader Geopolitical Consequences", "geopolitical"),
        ("The Path Ahead", "outlook"),
        ("Key Takeaways", "context"),
        ("The Economic Factor", "factors"),
    ],
)
def test_map_heading_uses_aliases(schema, heading, key):
    assert map_heading(heading, schema) == key


def test_map_heading_falls_back_to_embeddings_or_none(schema):
    assert map_heading("Military Operations on the Front Line", schema) == "battlefield"
    assert map_heading("Xyzzy", schema, min_similarity=0.99) is None


def test_every_sentence_gets_a_key_or_none(schema, reference):
    result = assign_sections([reference], schema)
    assert set(result) == {s.id for s in reference.sentences}
    assert set(result.values()) <= set(schema.keys) | {None}


def test_sections_follow_schema_order_on_an_essay(schema, reference):
    bare = copy.deepcopy(reference)
    for s in bare.sentences:
        s.heading = None
    result = assign_sections([bare], schema)
    order = [schema.keys.index(result[s.id]) for s in bare.sentences if result[s.id]]
    assert order[0] == 0 and order[-1] == len(schema.keys) - 1
    backwards = sum(1 for a, b in zip(order, order[1:], strict=False) if b < a)
    assert backwards <= 1


def test_visible_headings_are_strong_evidence(schema, reference):
    gold = gold_sections(reference, schema)
    result = assign_sections([reference], schema)
    agree = sum(1 for sid, key in gold.items() if key and result[sid] == key)
    labelled = sum(1 for key in gold.values() if key)
    assert agree / labelled >= 0.95


def test_sentences_of_a_paragraph_share_a_section(schema, reference):
    bare = copy.deepcopy(reference)
    for s in bare.sentences:
        s.heading = None
    result = assign_sections([bare], schema)
    by_paragraph: dict[int, set] = {}
    for s in bare.sentences:
        by_paragraph.setdefault(s.paragraph, set()).add(result[s.id])
    mixed = [p for p, keys in by_paragraph.items() if len(keys) > 1]
    assert len(mixed) <= 1


def test_boilerplate_goes_to_none(schema):
    texts = [
        "Russian forces launched a large drone attack on Kyiv overnight, officials said.",
        "The strike killed four civilians and damaged power stations in the capital.",
        "Moscow needs the attacks to wear down Ukraine's air defences before winter.",
        "The campaign could widen to western regions in the coming weeks.",
        "For more information, contact the press office by email or phone.",
        "Copyright 2024. All rights reserved. Subscribe to our newsletter.",
    ]
    doc = Document(id="S1", title="t", path="t.txt", sha256="0", format="txt")
    doc.paragraphs = list(texts)
    doc.sentences = [Sentence(f"S1.{i}", "S1", t, paragraph=i - 1) for i, t in enumerate(texts, 1)]
    result = assign_sections([doc], schema)
    assert result["S1.6"] is None
    assert result["S1.1"] == "context"


def test_empty_and_tiny_inputs(schema):
    assert assign_sections([], schema) == {}
    doc = Document(id="S1", title="t", path="t.txt", sha256="0", format="txt")
    doc.sentences = [Sentence("S1.1", "S1", "Troops advanced.", 0)]
    result = assign_sections([doc], schema)
    assert list(result) == ["S1.1"]


def test_cues_and_keyword_baseline(schema, reference):
    counts = cue_counts(["In conclusion, overall the troops matter."], schema)
    keys = schema.keys
    assert counts[0, keys.index("conclusion")] == 2
    assert counts[0, keys.index("battlefield")] == 1
    base = keyword_sections([reference], schema)
    assert set(base) == {s.id for s in reference.sentences}


def test_params_change_the_result_deterministically(schema, reference):
    bare = copy.deepcopy(reference)
    for s in bare.sentences:
        s.heading = None
    one = assign_sections([bare], schema, SectionParams(position_weight=0.0))
    two = assign_sections([bare], schema, SectionParams(position_weight=0.0))
    assert one == two


def test_procedural_notices_under_a_section_heading_go_to_none(schema):
    texts = [
        "Russian forces launched a large drone attack on Kyiv overnight, officials said.",
        "The strike killed four civilians and damaged power stations in the capital.",
        "The sanctions deepen Moscow's isolation and strain its relations with partners.",
        "Allies are expected to widen the sanctions to third-country suppliers.",
        "All property and interests in property of the designated persons are blocked and "
        "must be reported to the agency.",
        "Unless authorized by a general or specific license, the regulations generally "
        "prohibit all transactions by U.S. persons.",
        "For additional guidance, please see the advisory and the frequently asked questions.",
        "For detailed information on the process to request removal from the list, click here.",
    ]
    doc = Document(id="S1", title="t", path="t.txt", sha256="0", format="txt")
    doc.paragraphs = list(texts)
    doc.sentences = [
        Sentence(
            f"S1.{i}", "S1", t, paragraph=i - 1, heading="Sanctions implications" if i > 2 else None
        )
        for i, t in enumerate(texts, 1)
    ]
    result = assign_sections([doc], schema)
    assert [result[f"S1.{i}"] for i in (5, 6, 7, 8)] == [None] * 4
    assert result["S1.3"] == "geopolitical"


def _procedural_sections(path: Path, schema) -> tuple[list, dict]:
    doc = load_documents([path])[0]
    result = assign_sections([doc], schema)
    return [s for s in doc.sentences if PROCEDURAL.search(s.text)], result


def test_treasury_notices_go_to_none(schema):
    procedural, result = _procedural_sections(TREASURY, schema)
    assert len(procedural) >= 3
    assert [result[s.id] for s in procedural] == [None] * len(procedural)
    assigned = [k for k in result.values() if k]
    assert len(assigned) >= len(result) // 2  # the substance keeps its sections


@pytest.mark.parametrize(
    "name",
    [
        "treasury-russia-drone-production-sanctions-2024-10.txt",
        "treasury-russia-oil-majors-sanctions-ceasefire-2025-10.txt",
    ],
)
def test_corpus_treasury_notices_go_to_none(schema, name):
    path = NEWS / name
    if not path.exists():
        pytest.skip(f"shared corpus not found beside the checkout ({name})")
    procedural, result = _procedural_sections(path, schema)
    assert procedural
    assert [result[s.id] for s in procedural] == [None] * len(procedural)


@pytest.mark.parametrize(
    "params",
    [
        SectionParams(context_weight=0.3),
        SectionParams(prototype_parts=1.0),
        SectionParams(position_adapt=0.5),
        SectionParams(position_middle=0.5),
    ],
)
def test_optional_evidence_keeps_keys_and_is_deterministic(schema, reference, params):
    bare = copy.deepcopy(reference)
    for s in bare.sentences:
        s.heading = None
    one = assign_sections([bare], schema, params)
    two = assign_sections([bare], schema, params)
    assert one == two
    assert set(one) == {s.id for s in bare.sentences}
    assert set(one.values()) <= set(schema.keys) | {None}


def test_adaptive_position_prior_follows_content_order():
    import numpy as np

    from briefbook.assessment.sections import _position_strength

    n, k = 12, 4
    paragraphs = np.arange(n)
    in_order = np.full((n, k), -5.0)
    in_order[np.arange(n), np.arange(n) * k // n] = 5.0
    reversed_ = in_order[::-1].copy()
    params = SectionParams(position_adapt=1.0)
    assert _position_strength(in_order, paragraphs, params) == pytest.approx(1.0, abs=0.05)
    assert _position_strength(reversed_, paragraphs, params) == 0.0
    assert _position_strength(reversed_, paragraphs, SectionParams()) == 1.0
    half = SectionParams(position_adapt=0.5)
    assert _position_strength(reversed_, paragraphs, half) == pytest.approx(0.5)
