"""An analyst file that cites a sentence id this issue does not have (``S9.1`` with four
sources, ``S2.40`` with five sentences in S2) is told which ids the issue has and to cite the
anchor; an anchor that matches nothing is still reported as stale."""

from __future__ import annotations

from briefbook.assessment.analyst import resolve_references
from briefbook.config.analyst import load_analyst_file
from briefbook.ingest import load_documents

REPORT = (
    "Title: Harvo falls\nPublished: 2025-06-03\n\n"
    "The Tarvian militia captured Harvo on Monday. About 4,000 residents fled toward Osk.\n"
)


def _outcome(tmp_path, cite: str):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(REPORT.replace("Harvo", f"Harvo-{name[0]}"))
    docs = load_documents([tmp_path / "a.txt", tmp_path / "b.txt"])
    (tmp_path / "an.yaml").write_text(
        f"judgments:\n  - id: fall\n    text: The militia captured Harvo.\n    cite: [{cite}]\n"
        "    confidence: low\n"
    )
    return resolve_references(load_analyst_file(tmp_path / "an.yaml"), docs)


def test_an_id_beyond_the_sources_names_the_sources_the_issue_has(tmp_path):
    (line,) = _outcome(tmp_path, "S9.1").problems
    assert "cites S9.1, which matches no source of this issue (its sources are S1-S2)" in line
    assert "cite the sentence's anchor" in line and "stale" not in line


def test_an_id_beyond_a_sources_sentences_names_its_count(tmp_path):
    (line,) = _outcome(tmp_path, "S2.40").problems
    assert "matches no sentence of S2 (it has 2 sentences)" in line


def test_near_miss_an_anchor_that_matches_nothing_is_stale(tmp_path):
    outcome = _outcome(tmp_path, "a0000000ff")
    (line,) = outcome.problems
    assert "stale: the source changed or left the window" in line
    assert [s["ref"] for s in outcome.stale] == ["a0000000ff"]


def test_near_miss_an_id_the_issue_has_resolves(tmp_path):
    outcome = _outcome(tmp_path, "S2.1")
    assert outcome.problems == [] and "S2.1" in outcome.resolved
