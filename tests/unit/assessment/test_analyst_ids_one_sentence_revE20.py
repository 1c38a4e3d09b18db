"""An id beyond a source of one sentence says "it has 1 sentence", not "1 sentences" (round
revE20 of newuser20's id errors)."""

from __future__ import annotations

from briefbook.assessment.analyst import resolve_references
from briefbook.config.analyst import load_analyst_file
from briefbook.ingest import load_documents


def _line(tmp_path, text: str, cite: str) -> str:
    (tmp_path / "a.txt").write_text(f"Title: Harvo falls\nPublished: 2025-06-03\n\n{text}\n")
    docs = load_documents([tmp_path / "a.txt"])
    (tmp_path / "an.yaml").write_text(
        f"judgments:\n  - id: fall\n    text: The militia captured Harvo.\n    cite: [{cite}]\n"
        "    confidence: low\n"
    )
    (line,) = resolve_references(load_analyst_file(tmp_path / "an.yaml"), docs).problems
    return line


def test_a_source_of_one_sentence_has_one_sentence(tmp_path):
    line = _line(tmp_path, "The Tarvian militia captured Harvo on Monday.", "S1.3")
    assert "matches no sentence of S1 (it has 1 sentence)" in line


def test_near_miss_two_sentences_are_sentences(tmp_path):
    text = "The Tarvian militia captured Harvo on Monday. About 4,000 residents fled toward Osk."
    assert "(it has 2 sentences)" in _line(tmp_path, text, "S1.3")
