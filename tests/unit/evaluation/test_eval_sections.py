"""The sections harness: gold from headings, scores, the keyword baseline."""

from __future__ import annotations

import pytest

from briefbook.config.outline import load_schema
from briefbook.evaluation.sections import (
    evaluate_sections,
    gold_sections,
    load_mapping,
    score_sections,
)
from briefbook.ingest import load_documents
from builders import ROOT, SHARED

REFERENCE = ROOT / "sources" / "examples" / "dprk-troops-assessment.txt"
MAPPING = ROOT / "tests" / "fixtures" / "eval" / "analysis-headings.yaml"
ANALYSIS = SHARED / "corpus" / "analysis"


def test_reference_gold_follows_its_headings():
    schema = load_schema("conflict")
    doc = load_documents([REFERENCE])[0]
    gold = gold_sections(doc, schema)
    keys = [gold[s.id] for s in doc.sentences]
    assert keys[0] == "context" and keys[-1] == "conclusion"
    assert [k for i, k in enumerate(keys) if i == 0 or keys[i - 1] != k] == list(schema.keys)


def test_reference_macro_f1_beats_baseline():
    # the content classifier, headings stripped, no position: measured 0.44 (goal 0.80)
    report = evaluate_sections([REFERENCE])
    assert report.macro_f1 >= 0.40
    assert report.macro_f1 > report.baseline_macro_f1
    assert report.sentences == len(load_documents([REFERENCE])[0].sentences)
    table = report.format()
    assert "macro-F1" in table and "conclusion" in table


def test_score_sections_counts():
    gold = {"a": "x", "b": "x", "c": "y", "d": None}
    pred = {"a": "x", "b": "y", "c": "y", "d": "x"}
    scores, macro, n = score_sections(gold, pred, ["x", "y", "z"])
    by_key = {s.key: s for s in scores}
    assert n == 3
    assert by_key["x"].precision == 1.0 and by_key["x"].recall == 0.5
    assert by_key["y"].precision == 0.5 and by_key["y"].recall == 1.0
    assert macro == pytest.approx((2 / 3 + 2 / 3) / 2)


def test_mapping_file_loads_and_names_schema_keys():
    mapping = load_mapping(MAPPING)
    keys = set(load_schema("conflict").keys) | {None}
    assert len(mapping) == 10
    assert all(v in keys for m in mapping.values() for v in m.values())


def test_missing_mapping_file_is_a_source_error(tmp_path):
    from briefbook.errors import SourceError

    with pytest.raises(SourceError):
        load_mapping(tmp_path / "nope.yaml")


@pytest.mark.corpus
def test_analysis_corpus_beats_keyword_baseline():
    if not ANALYSIS.is_dir():
        pytest.skip("../shared/corpus/analysis is not beside this checkout")
    files = sorted(ANALYSIS.glob("*.md"))
    report = evaluate_sections(files, mapping=MAPPING)
    assert report.sentences > 500
    assert report.macro_f1 > report.baseline_macro_f1
    # the articles' own headings, not the labelling guide, give this gold, and the weights were
    # trained on these articles: a floor against breakage, not a measure of generalisation
    # (leave-one-article-out is, in benchmarks/eval_sections_cv.py); the shipped model scores
    # 0.33 here (the previous, less regularised one 0.36)
    assert report.macro_f1 >= 0.30
