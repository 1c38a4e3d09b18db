"""``briefbook index`` given one issue's folder (a level too deep) is refused naming its
series, as a folder of series is, instead of writing an index inside the issue (round revE20
of newuser20's index refusal)."""

from __future__ import annotations

import json
from pathlib import Path

from briefbook.app.cli import main
from briefbook.model import Assessment


def _issue(series_dir: Path, date: str, outputs: dict[str, str]) -> Path:
    folder = series_dir / f"{date}-harvo-weekly"
    folder.mkdir(parents=True)
    manifest = {
        "status": "ok",
        "params": {"title": "Harvo weekly", "series": series_dir.name, "date": date},
        "sources": [],
        "outputs": outputs,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    empty = Assessment(
        title="Harvo weekly",
        schema_name="conflict",
        **{k: [] for k in ("sources", "sentences", "sections", "key_judgments")},
        **{k: [] for k in ("indicators", "entities", "claims")},
    )
    (folder / "assessment.json").write_text(empty.to_json(), encoding="utf-8")
    for name in outputs.values():
        (folder / name).write_bytes(b"x")
    return folder


def test_an_issue_folder_is_refused_naming_its_series(tmp_path, capsys):
    series = tmp_path / "reports" / "harvo"
    issue = _issue(series, "2025-06-02", {"html": "briefing.html"})
    assert main(["index", str(issue)]) == 2
    err = capsys.readouterr().err
    assert "is an issue of the series harvo, not a series" in err
    assert f"briefbook index {series}" in err
    assert not (issue / "index.html").exists()


def test_near_miss_its_series_folder_is_indexed(tmp_path):
    series = tmp_path / "reports" / "harvo"
    _issue(series, "2025-06-02", {"html": "briefing.html"})
    assert main(["index", str(series)]) == 0
    assert (series / "index.html").exists()
