"""The analyst file applied to an issue: judgments checked, exclude, move, pin, grade, stale."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefbook.assessment.analyst import (
    AnalystError,
    apply_analyst,
    prepare_documents,
    resolve_references,
)
from briefbook.assessment.build import assess_documents
from briefbook.config.analyst import load_analyst_file
from briefbook.ids import sentence_anchor
from briefbook.ingest import load_documents
from builders import kessel_sources


def anchor(doc, start: str) -> str:
    s = next(s for s in doc.sentences if s.text.startswith(start))
    return sentence_anchor(doc.sha256, s.text)


@pytest.fixture
def docs(tmp_path: Path):
    a, b = kessel_sources(tmp_path / "src")
    return load_documents([b, a])  # S1 = report b, S2 = report a


def analyst(tmp_path: Path, text: str):
    path = tmp_path / "x.analyst.yaml"
    path.write_text(text)
    return load_analyst_file(path)


def run(tmp_path, docs, text: str, *, draft: bool = False):
    a = analyst(tmp_path, text)
    outcome = resolve_references(a, docs)
    prepare_documents(a, docs, outcome)
    assessment = assess_documents(docs)
    apply_analyst(assessment, a, outcome, draft=draft)
    return assessment, outcome


def test_judgment_exclude_move_pin_grade_apply(tmp_path, docs):
    b, a = docs
    troops, arms = anchor(a, "Officials in Vardia"), anchor(a, "The Vardian defence")
    silent, meet = anchor(a, "Norland's foreign"), anchor(a, "The council will")
    leader = anchor(b, "Norland's leader")
    text = f"""\
judgments:
  - id: troops
    text: More than 11,000 Norland troops are in the Kessel valley, with artillery and drones.
    cite: [{troops}, {arms}]
    confidence: moderate
  - id: talks
    text: The Union Council is likely to meet again.
    cite: [{anchor(a, "Vardia asked")}]
    likelihood: likely
    section: outlook
exclude: [{silent}]
move:
  - {{sentence: {meet}, section: conclusion}}
pin: [{leader}]
grade:
  - {{source: report-a.txt, grade: B2}}
"""
    assessment, outcome = run(tmp_path, docs, text)
    first = assessment.key_judgments[0]
    assert first.analyst and first.evidence == ["S2.1", "S2.2"] and first.confidence == "moderate"
    assert assessment.key_judgments[1].evidence == ["S1.4"]  # pinned, after the analyst's own
    outlook = assessment.section("outlook").statements[0]
    assert outlook.analyst and outlook.likelihood == "likely"
    assert [s.evidence[0] for s in assessment.section("conclusion").statements] == ["S2.6"]
    assert all(
        st.evidence[0] != "S2.6"
        for sec in assessment.sections
        if sec.key != "conclusion"
        for st in sec.statements
    )
    ids = {s.id for s in assessment.sentences}
    assert "S2.3" not in ids and "S2.4" in ids  # excluded, its neighbour kept
    assert assessment.sources[1]["reliability"] == "B" and assessment.sources[1]["credibility"] == 2
    meta = assessment.meta["analyst"]
    assert meta["excluded"][0]["anchor"] == silent
    assert meta["moved"] == [{"id": "S2.6", "anchor": meet, "section": "conclusion"}]
    assert outcome.stale == [] and outcome.problems == []
    # every sentence carries its anchor, the same as the analyst file's
    assert all(s.anchor for s in assessment.sentences)


def test_anchors_survive_new_sources(tmp_path, docs):
    b, a = docs
    alone = load_documents([Path(a.path)])
    assert alone[0].sentences[0].id == "S1.1" and a.sentences[0].id == "S2.1"
    assert anchor(alone[0], "Officials") == anchor(a, "Officials")


def test_unsupported_judgment_stops_or_is_marked_in_draft(tmp_path, docs):
    _, a = docs
    text = f"""\
judgments:
  - id: inflated
    text: More than 12,000 Norland troops crossed into the Kessel valley.
    cite: [{anchor(a, "Officials in Vardia")}]
"""
    with pytest.raises(AnalystError) as info:
        run(tmp_path, docs, text)
    line = info.value.line()
    assert "'inflated'" in line and "12,000" in line and "--draft" in line
    assessment, outcome = run(tmp_path, [replace(d) for d in docs], text, draft=True)
    assert assessment.key_judgments[0].unsupported == ["More than 12,000"]
    assert any("inflated" in p for p in outcome.problems)


def test_stale_anchor_is_reported_and_its_judgment_left_out(tmp_path, docs):
    text = """\
judgments:
  - id: gone
    text: Norland troops crossed into the Kessel valley.
    cite: [a0000000000]
exclude: [S9.1]
"""
    assessment, outcome = run(tmp_path, docs, text)
    assert [s["ref"] for s in outcome.stale] == ["a0000000000", "S9.1"]
    assert not any(s.analyst for s in assessment.key_judgments)
    assert assessment.meta["analyst"]["judgments"][0]["status"] == "stale"
    assert len(outcome.problems) == 3  # two stale references, one judgment left out


def test_unknown_section_is_bad_input(tmp_path, docs):
    _, a = docs
    text = f"move:\n  - {{sentence: {anchor(a, 'The council will')}, section: outloook}}\n"
    with pytest.raises(AnalystError, match="outloook"):
        run(tmp_path, docs, text)
