"""Corroboration never lifts a hedged or attributed statement above moderate confidence
(the grading rule's cap; a new-analyst trial showed "X announced that ..." raised to high by
two origins in one outlet). Invented reports."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment.corroboration import apply_corroboration
from briefbook.model import Statement
from builders import claims_assessment, dated_reports


def _confidence(tmp_path: Path, **statement) -> str | None:
    docs = dated_reports(
        tmp_path,
        [
            ("2026-06-02", "The navy struck a launch off the cape on Monday, the admiral said."),
            ("2026-06-02", "A launch was struck off the cape on Monday by the navy."),
        ],
    )
    assessment = claims_assessment(docs, [])
    for rec in assessment.sources:
        rec["reliability"], rec["credibility"] = "B", 2
    assessment.key_judgments = [
        Statement(text=docs[0].sentences[0].text, evidence=["S1.1", "S2.1"], **statement)
    ]
    return apply_corroboration(assessment).key_judgments[0].confidence


def test_an_attributed_statement_stays_at_moderate_when_corroborated(tmp_path: Path) -> None:
    assert _confidence(tmp_path, confidence="moderate", attributed_to="admiral") == "moderate"
    assert _confidence(tmp_path, confidence="moderate", hedged=True) == "moderate"


def test_an_attributed_low_statement_still_rises_to_moderate(tmp_path: Path) -> None:
    assert _confidence(tmp_path, confidence="low", attributed_to="admiral") == "moderate"


def test_a_statement_in_the_sources_own_voice_still_rises_to_high(tmp_path: Path) -> None:
    # guard: the cap binds only hedged or attributed statements
    assert _confidence(tmp_path, confidence="moderate") == "high"
