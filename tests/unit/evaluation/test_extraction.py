"""HTML extraction quality: token F1 against the corpus' expected texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.evaluation.extraction import evaluate_extraction, token_prf
from builders import SHARED

HTML = SHARED / "corpus" / "html"


def test_token_prf() -> None:
    assert token_prf("a b c", "a b c") == (1.0, 1.0, 1.0)
    p, r, f = token_prf("a b", "a b c d")
    assert (p, r) == (1.0, 0.5) and f == pytest.approx(2 / 3)
    assert token_prf("", "a") == (0.0, 0.0, 0.0)


def test_report_format(tmp_path: Path) -> None:
    (tmp_path / "one.html").write_text(
        "<html><head><title>Talks</title></head><body><article><h1>Talks resume</h1>"
        "<p>Negotiators met again on Monday in the capital, officials said on Tuesday.</p>"
        "<p>The next round is planned for March, according to the mediators.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "one.expected.txt").write_text(
        "Negotiators met again on Monday in the capital, officials said on Tuesday.\n\n"
        "The next round is planned for March, according to the mediators.\n",
        encoding="utf-8",
    )
    (tmp_path / "lonely.html").write_text("<p>no expectation</p>", encoding="utf-8")
    report = evaluate_extraction(tmp_path)
    assert [f.name for f in report.files] == ["one"]
    assert report.mean_f1 == pytest.approx(1.0)
    lines = report.format().splitlines()
    assert lines[1].startswith("one") and lines[-1].startswith("mean")


@pytest.mark.corpus
def test_corpus_extraction_f1() -> None:
    if not HTML.is_dir():
        pytest.skip("../shared/corpus/html beside the checkout is absent")
    report = evaluate_extraction(HTML)
    assert len(report.files) >= 10
    assert not any(f.error for f in report.files), report.format()
    assert report.mean_f1 >= 0.95, report.format()
    assert report.mean_f1 >= report.mean_baseline_f1 - 0.005, report.format()
