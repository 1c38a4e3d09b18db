"""analyse(): per-sentence facts, claims and entities over a document set, and the corpus."""

from __future__ import annotations

import pytest

from briefbook.analysis.pipeline import Analysis, SentenceFacts, analyse
from briefbook.ingest import load_documents
from briefbook.model import Document, Sentence, known_published
from builders import ROOT, SHARED

EXAMPLES = ROOT / "sources" / "examples"
CORPUS = SHARED / "corpus"


def _doc(doc_id: str, *texts: str) -> Document:
    sentences = [
        Sentence(id=f"{doc_id}.{k}", source=doc_id, text=t) for k, t in enumerate(texts, 1)
    ]
    return Document(
        id=doc_id,
        title="t",
        path="p",
        sha256="0",
        format="txt",
        published="2025-05-07",
        paragraphs=list(texts),
        sentences=sentences,
    )


def test_facts_cover_every_sentence_of_the_examples() -> None:
    docs = load_documents(
        [
            EXAMPLES / "dprk-troops-assessment.txt",
            EXAMPLES / "treasury-dprk-troops-russia-sanctions-2024-12.txt",
        ]
    )
    result = analyse(docs)
    assert isinstance(result, Analysis)
    assert set(result.facts) == {s.id for d in docs for s in d.sentences}
    first = result.facts["S1.1"]
    assert isinstance(first, SentenceFacts)
    assert first.attributed_to == "Defence Intelligence of Ukraine" and first.quantities == 1
    assert result.facts["S1.3"].hedges == ["if confirmed"]
    assert sum(f.quantities for f in result.facts.values()) == len(result.claims)
    # a claim carries its source's own date; a file's modification time is none
    assert all(
        c.published == known_published(d)
        for d in docs
        for c in result.claims
        if c.evidence[0].startswith(d.id + ".")
    )


def test_pronoun_source_is_taken_from_the_sentence_before() -> None:
    doc = _doc(
        "S1",
        "Pakistan's military said five Indian jets were shot down.",
        "It said another 5 people were killed in artillery fire.",
    )
    result = analyse([doc])
    assert result.facts["S1.2"].attributed_to == "Pakistan Armed Forces"
    assert [c.attributed_to for c in result.claims] == [
        "Pakistan Armed Forces",
        "Pakistan Armed Forces",
    ]
    assert result.claims[0].published == "2025-05-07"


def test_sources_take_the_canonical_entity_name() -> None:
    doc = _doc(
        "S1",
        "Ukrainian President Volodymyr Zelenskyy spoke on Monday.",
        "Zelenskyy said 30 North Korean soldiers were killed.",
    )
    result = analyse([doc])
    assert result.facts["S1.2"].attributed_to == "Volodymyr Zelenskyy"
    assert result.claims[0].attributed_to == "Volodymyr Zelenskyy"


def test_empty_input_gives_an_empty_analysis() -> None:
    assert analyse([]) == Analysis(entities=[], claims=[], facts={})


def test_analyse_runs_over_the_shared_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    paths = sorted(
        p
        for p in CORPUS.rglob("*")
        if p.suffix in {".txt", ".md", ".html"} and not p.name.endswith(".expected.txt")
    )
    docs = load_documents(paths)
    result = analyse(docs)
    assert len(result.facts) == sum(len(d.sentences) for d in docs)
    assert result.entities and result.claims
    for claim in result.claims:
        assert claim.evidence and claim.evidence[0] in result.facts
        assert claim.counts
