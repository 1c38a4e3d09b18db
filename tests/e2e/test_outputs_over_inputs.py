"""An output path that is, or would write over, one of the command's input files is
refused before anything is read or written: one line on stderr, exit 2, the input intact."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from builders import run_cli

NOTE = (
    "The river ferry at Velmont resumed crossings on Tuesday after a week of storms.\n\n"
    "Port officials said 40 lorries waited on the eastern bank.\n"
)
OTHER = "A second note says the harbour crane at Osterby was repaired on Monday.\n"


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("briefbook: error:")]


def assert_refused(result, *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = error_lines(result)
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def notes(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text(NOTE, "utf-8")
    b.write_text(OTHER, "utf-8")
    return a, b


@pytest.mark.parametrize(
    ("sources", "target"),
    [
        (["in/a.txt", "in/b.txt"], "in/b.txt"),  # a source named as such
        (["in"], "in/a.txt"),  # a file the folder expands to
        (["in/*.txt"], "in/b.txt"),  # a file the glob expands to
        (["in/a.txt"], "./in/../in/a.txt"),  # the same file spelled otherwise
    ],
)
def test_assess_json_over_a_source_is_refused(tmp_path, sources, target):
    a, b = notes(tmp_path / "in")
    result = run_cli("assess", *sources, "--json", target, cwd=tmp_path)
    assert_refused(result, "--json", "would overwrite the source")
    assert a.read_text("utf-8") == NOTE and b.read_text("utf-8") == OTHER


def test_assess_json_through_a_link_to_a_source_is_refused(tmp_path):
    a, _ = notes(tmp_path / "in")
    os.link(a, tmp_path / "hard.json")
    (tmp_path / "soft.json").symlink_to(a)
    for target in ("hard.json", "soft.json"):
        assert_refused(run_cli("assess", "in/a.txt", "--json", target, cwd=tmp_path), target)
    assert a.read_text("utf-8") == NOTE


def test_assess_json_beside_the_sources_is_written(tmp_path):
    notes(tmp_path / "in")
    result = run_cli("assess", "in", "--json", "in/out.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "in" / "out.json").read_text("utf-8"))["sources"]


def params(path: Path, *sources: str, series: str = "ferry", extra: str = "") -> Path:
    listed = "".join(f"  - {s}\n" for s in sources)
    path.write_text(
        f"title: Ferry note\nseries: {series}\ndate: 2026-11-30\nsources:\n{listed}{extra}",
        "utf-8",
    )
    return path


def test_run_refuses_a_source_that_is_its_series_index(tmp_path):
    series = tmp_path / "reports" / "ferry"
    series.mkdir(parents=True)
    kept = series / "index.html"
    kept.write_text(f"<html><body><p>{NOTE}</p></body></html>", "utf-8")
    p = params(tmp_path / "p.yaml", "reports/ferry/index.html")
    result = run_cli("run", str(p), cwd=tmp_path)
    assert_refused(result, "--output-dir", "index.html", "source")
    assert kept.read_text("utf-8").startswith("<html><body><p>The river ferry")
    assert sorted(x.name for x in series.iterdir()) == ["index.html"]  # nothing written


def test_run_refuses_a_notebook_that_is_its_series_index(tmp_path):
    notes(tmp_path / "in")
    series = tmp_path / "out" / "ferry"
    series.mkdir(parents=True)
    book = series / "index.html"
    book.write_text('{"cells": []}', "utf-8")
    p = params(tmp_path / "p.yaml", "in/a.txt")
    result = run_cli("run", str(p), "--output-dir", "out", "--notebook", str(book), cwd=tmp_path)
    assert_refused(result, "notebook")
    assert book.read_text("utf-8") == '{"cells": []}'


def test_run_replace_refuses_when_the_replaced_issue_holds_an_input(tmp_path):
    notes(tmp_path / "in")
    issue = tmp_path / "reports" / "ferry" / "2026-11-30-ferry-note"
    issue.mkdir(parents=True)
    analyst = issue / "analyst.yaml"
    analyst.write_text("judgments: []\n", "utf-8")
    p = params(tmp_path / "p.yaml", "in/a.txt", extra=f"analyst_file: {analyst}\n")
    result = run_cli("run", str(p), "--replace", cwd=tmp_path)
    assert_refused(result, "would replace", "analyst file")
    assert analyst.read_text("utf-8") == "judgments: []\n"
    assert sorted(x.name for x in issue.parent.iterdir()) == [issue.name]


def test_batch_refuses_an_item_whose_input_another_item_writes(tmp_path):
    """Each item's source is the other's series index: both refused, none run, exit 2."""
    out = tmp_path / "reports"
    for name in ("east", "west"):
        (out / name).mkdir(parents=True)
        (out / name / "index.html").write_text(f"<p>{NOTE}</p>", "utf-8")
    params(tmp_path / "east.yaml", "reports/west/index.html", series="east")
    params(tmp_path / "west.yaml", "reports/east/index.html", series="west")
    result = run_cli(
        "batch", "east.yaml", "west.yaml", "--output-dir", "reports", "--quiet", cwd=tmp_path
    )
    assert result.returncode == 2, result.stderr
    record = json.loads(Path(result.stdout.strip().splitlines()[-1]).read_text("utf-8"))
    assert [item["status"] for item in record["items"]] == ["bad_input", "bad_input"]
    assert all("would overwrite the source" in item["error"] for item in record["items"])
    for name in ("east", "west"):
        assert (out / name / "index.html").read_text("utf-8") == f"<p>{NOTE}</p>"
        assert sorted(x.name for x in (out / name).iterdir()) == ["index.html"]


def test_index_refuses_to_write_over_a_source_of_an_issue(tmp_path):
    series = tmp_path / "reports" / "ferry"
    issue = series / "2026-11-30-ferry-note"
    issue.mkdir(parents=True)
    kept = series / "index.html"
    kept.write_text(f"<p>{NOTE}</p>", "utf-8")
    p = params(tmp_path / "p.yaml", "reports/ferry/index.html")
    manifest = {
        "status": "ok",
        "params_file": str(p),
        "params": {"title": "Ferry note", "series": "ferry"},
        "sources": [{"id": "S1", "path": "reports/ferry/index.html"}],
    }
    (issue / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    result = run_cli("index", "reports/ferry", cwd=tmp_path)
    assert_refused(result, "the index", "source")
    assert kept.read_text("utf-8") == f"<p>{NOTE}</p>"
