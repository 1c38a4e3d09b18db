"""``briefbook index``: the issue's Word file is linked beside its HTML and PDF; a folder of
series (the output folder, reports/) is refused with the series it holds, not indexed as an
empty series."""

from __future__ import annotations

import json
from pathlib import Path

from briefbook.app.cli import main
from briefbook.model import Assessment
from briefbook.series import write_series_index

EMPTY = Assessment(
    title="Harvo weekly",
    schema_name="conflict",
    sources=[],
    sentences=[],
    sections=[],
    key_judgments=[],
    indicators=[],
    entities=[],
    claims=[],
)


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
    (folder / "assessment.json").write_text(EMPTY.to_json(), encoding="utf-8")
    for name in outputs.values():
        (folder / name).write_bytes(b"x")
    return folder


def test_the_word_file_of_an_issue_is_linked(tmp_path):
    series = tmp_path / "harvo"
    _issue(series, "2025-06-02", {"html": "briefing.html", "docx": "briefing.docx"})
    html = write_series_index(series).read_text(encoding="utf-8")
    assert 'href="2025-06-02-harvo-weekly/briefing.docx">Briefing (Word)</a>' in html
    assert "Briefing (PDF)" not in html


def test_near_miss_an_issue_without_a_word_file_links_none(tmp_path):
    series = tmp_path / "harvo"
    _issue(series, "2025-06-02", {"html": "briefing.html", "pdf": "briefing.pdf"})
    html = write_series_index(series).read_text(encoding="utf-8")
    assert "Briefing (Word)" not in html and "Briefing (PDF)" in html


def test_a_folder_of_series_is_refused_naming_them(tmp_path, capsys):
    reports = tmp_path / "reports"
    _issue(reports / "harvo", "2025-06-02", {"html": "briefing.html"})
    _issue(reports / "osk-daily", "2025-06-03", {"html": "briefing.html"})
    assert main(["index", str(reports)]) == 2
    err = capsys.readouterr().err
    assert "is a folder of series (harvo, osk-daily), not a series" in err
    assert f"briefbook index {reports / 'harvo'}" in err
    assert not (reports / "index.html").exists()


def test_near_miss_an_empty_series_folder_still_gets_its_index(tmp_path, capsys):
    series = tmp_path / "harvo"
    series.mkdir()
    assert main(["index", str(series)]) == 0
    assert "No complete issue yet" in (series / "index.html").read_text(encoding="utf-8")
