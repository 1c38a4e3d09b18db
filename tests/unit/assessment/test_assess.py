"""assess(): the whole engine on the bundled example sources."""

from __future__ import annotations

import pytest

from briefbook.analysis.variants import is_dateline_place
from briefbook.assessment.build import assess, assess_documents
from briefbook.assessment.situation import is_indicator
from briefbook.config.outline import load_schema
from briefbook.ingest import load_documents
from briefbook.model import Assessment
from briefbook.text import strip_dateline
from briefbook.tradecraft import CONFIDENCE_LEVELS, LIKELIHOOD_TERMS
from builders import ROOT

EXAMPLES = [
    ROOT / "sources" / "examples" / "dprk-troops-assessment.txt",
    ROOT / "sources" / "examples" / "treasury-dprk-troops-russia-sanctions-2024-12.txt",
]


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    return assess(EXAMPLES)


def _statements(a: Assessment):
    return [st for sec in a.sections for st in sec.statements] + a.key_judgments + a.indicators


def test_every_evidence_id_resolves(assessment):
    ids = {s.id for s in assessment.sentences}
    assert len(ids) == len(assessment.sentences)
    for st in _statements(assessment):
        assert st.evidence and set(st.evidence) <= ids
        # the sentence's text, less a wire dateline a lede opens with ("WASHINGTON — ")
        sentence = assessment.sentence(st.evidence[0]).text
        assert st.text == sentence or (
            sentence.endswith(st.text) and st.text == strip_dateline(sentence, is_dateline_place)
        )


def test_sections_in_schema_order_with_statements(assessment):
    schema = load_schema("conflict")
    assert [s.key for s in assessment.sections] == list(schema.keys)
    assert all(s.title and s.description for s in assessment.sections)
    assert sum(len(s.statements) for s in assessment.sections) >= len(schema.keys)
    for sec in assessment.sections:
        if sec.role == "situation":  # grouped by domain: at most 2 per domain
            for domain in {s.domain for s in sec.statements}:
                assert sum(s.domain == domain for s in sec.statements) <= 2
        else:
            assert len(sec.statements) <= 4
        assert all(st.section == sec.key for st in sec.statements)


def test_key_judgments_and_indicators(assessment):
    assert 3 <= len(assessment.key_judgments) <= 5
    # the example's forward sentences that read on their own name diffuse effects, not an
    # actor's action to observe: it may have none (tests/unit/assessment/test_selection.py
    # picks indicators from sources that hold some)
    for st in assessment.indicators:  # forward-looking, observable, never a recommendation
        assert is_indicator(st.text), st.text


def test_grades_use_the_vocabularies(assessment):
    for st in _statements(assessment):
        assert st.likelihood is None or st.likelihood in LIKELIHOOD_TERMS
        # a likelihood or a confidence, never both, and a rationale for either
        assert (st.likelihood is None) != (st.confidence is None), st
        assert st.confidence is None or st.confidence in CONFIDENCE_LEVELS
        assert st.rationale
    assert any(st.likelihood for st in _statements(assessment))


def test_sentences_carry_their_section(assessment):
    keys = set(load_schema("conflict").keys)
    assert all(s.section is None or s.section in keys for s in assessment.sentences)
    assert [s["id"] for s in assessment.sources] == ["S1", "S2"]


def test_meta_and_round_trip(assessment):
    assert assessment.meta["engine"].startswith("briefbook ")
    assert assessment.meta["embedding"] == "wordllama l2_supercat 256"
    assert assessment.meta["schema_file"] == "conflict.yaml"
    assert Assessment.from_json(assessment.to_json()).to_json() == assessment.to_json()


def test_deterministic_bytes():
    one = assess(EXAMPLES).to_json()
    two = assess(list(EXAMPLES)).to_json()
    assert one == two


def test_assess_documents_and_mixed_inputs():
    docs = load_documents(EXAMPLES[:1])
    a = assess_documents(docs, title="Troops")
    assert a.title == "Troops" and a.sources[0]["id"] == "S1"
    mixed = assess([load_documents(EXAMPLES[:1])[0], EXAMPLES[1]])
    assert [s["id"] for s in mixed.sources] == ["S1", "S2"]
    assert {s.source for s in mixed.sentences} == {"S1", "S2"}


def test_grading_follows_admiralty_grades():
    from briefbook.ingest import SourceSpec

    graded = assess([SourceSpec(str(p), reliability="A", credibility=1) for p in EXAMPLES[1:]])
    plain = assess(EXAMPLES[1:])
    rank = CONFIDENCE_LEVELS.index
    best_graded = max(rank(st.confidence) for st in _statements(graded))
    best_plain = max(rank(st.confidence) for st in _statements(plain))
    assert best_graded >= best_plain


WEEKLY = ROOT / "tests" / "fixtures" / "series" / "weekly"


def test_repost_does_not_raise_likelihood_or_confidence():
    from briefbook.assessment.corroboration import independent_groups

    docs = load_documents(
        [WEEKLY / "frontline-bulletin-2024-12-20.txt", WEEKLY / "wire-repost-2024-12-21.txt"]
    )
    assert len({independent_groups(docs)[d.id] for d in docs}) == 1
    a = assess_documents(docs)
    probable = [st for st in _statements(a) if st.text.startswith("Pyongyang will probably send")]
    assert probable
    for st in probable:
        sources = {e.split(".")[0] for e in st.evidence}
        assert sources == {"S1", "S2"}  # the repost is cited ...
        assert st.likelihood == "likely"  # ... but does not corroborate
        assert st.confidence is None
