"""A share shown in the corroboration table keeps its percent sign (invented reports, no
third-party text): "100% owner of X" is the figure "100%", never a bare "100" that reads as a
count of owners; a count beside it is shown as before."""

from __future__ import annotations

from pathlib import Path

from briefbook.analysis.claims import find_claims
from briefbook.assessment.corroboration import corroborate
from builders import claims_assessment, dated_reports


def _figures(tmp_path: Path, text: str) -> set[str]:
    docs = dated_reports(tmp_path, [("2025-03-02", text)])
    claims = [
        c
        for d in docs
        for s in d.sentences
        for c in find_claims(s.text, s.id, published=d.published)
    ]
    rows = corroborate(claims_assessment(docs, claims))
    return {f["figure"] for r in rows for f in r["figures"]}


def test_a_share_keeps_its_percent_sign(tmp_path: Path) -> None:
    figures = _figures(
        tmp_path,
        "Kelvar Holdings is the parent company and 100% owner of Dravo Gas LLC. "
        "Militias control 40 percent of the province, the governor said. "
        "The strike killed 12 people in Ostrava, police said.",
    )
    assert "100%" in figures and "100" not in figures
    assert any(f.startswith("40") and ("%" in f or "percent" in f) for f in figures), figures
    assert "12" in figures
