"""An analyser that fails on one sentence is one warning naming it; the command finishes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis import pipeline
from briefbook.app.cli import main


def test_assess_finishes_and_warns_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "note.txt"
    source.write_text(
        "Border note\n\nTroops massed near the border on Monday. The poison sentence "
        "names Kadugli. Talks resumed on Friday.\n",
        encoding="utf-8",
    )
    real = pipeline.find_hedges

    def flaky(text: str) -> list[str]:
        if "poison" in text:
            raise KeyError("country:Sudan")
        return real(text)

    monkeypatch.setattr(pipeline, "find_hedges", flaky)
    assert main(["assess", str(source), "--json", "-"]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if "failed on sentence" in line]
    assert len(warnings) == 1
    assert "S1.2" in warnings[0] and "KeyError" in warnings[0]
    assert '"entities"' in captured.out
