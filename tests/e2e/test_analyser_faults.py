"""`briefbook run` finishes when an analyser fails on one sentence: the manifest and stderr
carry one warning naming the sentence."""

from __future__ import annotations

import json
import re

import pytest

from briefbook.analysis import pipeline
from briefbook.app.run import Progress, run_briefing
from briefbook.config.params import load_params

pytestmark = pytest.mark.e2e


def test_run_keeps_going_and_records_the_warning(workspace, monkeypatch, capsys):
    real = pipeline.find_hedges
    hit: list[str] = []

    def flaky(text: str) -> list[str]:
        if "FPV drones" in text:
            hit.append(text)
            raise KeyError("country:Sudan")
        return real(text)

    monkeypatch.setattr(pipeline, "find_hedges", flaky)
    params = load_params(workspace / "params" / "example.yaml", ["formats=[html]"])
    result = run_briefing(params, output_dir=workspace / "reports", progress=Progress(quiet=True))
    manifest = json.loads((result.folder / "manifest.json").read_text())
    assert manifest["status"] == "ok"
    failed = [w for w in manifest["warnings"] if "failed on sentence" in w]
    assert len(failed) == len(hit) == 1
    assert "KeyError" in failed[0] and re.search(r"on sentence S\d+\.\d+", failed[0])
    assert failed[0] in capsys.readouterr().err
    assert (result.folder / "briefing.html").is_file()
