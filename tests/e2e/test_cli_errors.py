"""Bad input through the CLI: one clear line on stderr, no traceback, exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import GERMAN, READ, REFUSED, run_cli


def params_for(tmp_path: Path, *sources: str, extra: str = "") -> Path:
    listed = "".join(f"  - {s}\n" for s in sources)
    path = tmp_path / "p.yaml"
    path.write_text(f"title: Test briefing\nseries: test\nsources:\n{listed}{extra}", "utf-8")
    return path


def assert_one_line_error(result, *fragments: str, code: int = 2) -> None:
    assert result.returncode == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("briefbook: error:")]
    assert len(lines) == 1, result.stderr
    others = [
        line
        for line in result.stderr.splitlines()
        if line and not line.startswith(("briefbook: error:", "briefbook: warning:", "briefbook ["))
    ]
    assert others == [], result.stderr  # no library chatter, no traceback
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.mark.parametrize("case", sorted(REFUSED))
@pytest.mark.parametrize("command", ["assess", "run"])
def test_bad_source_is_refused(tmp_path, case, command):
    name, make = REFUSED[case]
    make(tmp_path / name)
    if command == "assess":
        result = run_cli("assess", name, "--json", "-", cwd=tmp_path)
    else:
        result = run_cli("run", str(params_for(tmp_path, name)), cwd=tmp_path)
    assert_one_line_error(result, name)
    assert result.stdout == ""
    assert not (tmp_path / "reports" / "test").exists() or not [
        p for p in (tmp_path / "reports" / "test").iterdir() if not p.name.startswith(".")
    ]


@pytest.mark.parametrize("case", sorted(READ))
def test_other_encodings_are_read(tmp_path, case):
    name, make = READ[case]
    make(tmp_path / name)
    result = run_cli("assess", name, "--json", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "11,000 troops" in result.stdout


def test_non_english_source_warns_and_continues(tmp_path):
    (tmp_path / "de.txt").write_text(GERMAN, "utf-8")
    result = run_cli("assess", "de.txt", "--json", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "briefbook: warning:" in result.stderr and "de.txt" in result.stderr


@pytest.mark.parametrize(
    ("source", "fragment"),
    [("missing.txt", "missing.txt"), ("empty-folder", "empty-folder"), ("*.nothing", "*.nothing")],
)
@pytest.mark.parametrize("command", ["assess", "run"])
def test_missing_sources(tmp_path, source, fragment, command):
    (tmp_path / "empty-folder").mkdir()
    if command == "assess":
        result = run_cli("assess", source, cwd=tmp_path)
    else:
        result = run_cli("run", str(params_for(tmp_path, f"'{source}'")), cwd=tmp_path)
    assert_one_line_error(result, fragment)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("title: [unclosed\n", "not valid YAML"),
        ("title: T\nsources: [a.txt]\nfoo: 1\n", "unknown key 'foo'"),
        ("title: T\nsources: 5\n", "'sources'"),
        ("title: T\nsources: [a.txt]\nseries: ../../etc\n", "'series'"),
        ("title: T\nsources: [a.txt]\nslug: /etc/x\n", "'slug'"),
    ],
)
def test_bad_params_through_cli(tmp_path, text, fragment):
    (tmp_path / "a.txt").write_text("Some text about the war. It goes on.\n")
    (tmp_path / "p.yaml").write_text(text)
    assert_one_line_error(run_cli("run", "p.yaml", cwd=tmp_path), fragment)


def test_bad_override_and_debug_traceback(tmp_path):
    (tmp_path / "a.txt").write_text("Some text about the war. It goes on.\n")
    params = params_for(tmp_path, "a.txt")
    assert_one_line_error(
        run_cli("run", str(params), "-p", "timeout=soon", cwd=tmp_path), "'timeout'"
    )
    debug = run_cli("--debug", "run", str(params), "-p", "timeout=soon", cwd=tmp_path)
    assert debug.returncode == 2 and "Traceback" in debug.stderr


def test_output_dir_that_is_a_file(tmp_path):
    (tmp_path / "a.txt").write_text("Some text about the war. It goes on.\n")
    (tmp_path / "out").write_text("a file, not a folder")
    result = run_cli("run", str(params_for(tmp_path, "a.txt")), "--output-dir", "out", cwd=tmp_path)
    assert_one_line_error(result, "cannot write reports", "out")


def test_assess_json_to_unwritable_path(tmp_path):
    (tmp_path / "a.txt").write_text("North Korea sent 11,000 troops to Russia. It goes on.\n")
    result = run_cli(
        "assess", "a.txt", "--json", str(tmp_path / "no" / "such" / "dir" / "a.json"), cwd=tmp_path
    )
    assert_one_line_error(result, "cannot write")


def test_usage_errors_are_one_line(tmp_path):
    assert_one_line_error(run_cli("run", cwd=tmp_path), "PARAMS.yaml", "--help")
    assert_one_line_error(run_cli("assess", "x.txt", "--nope", cwd=tmp_path), "--nope")


@pytest.mark.parametrize(("name", "text"), [("bad.ipynb", "{}"), ("notes.yaml", "a: 1\n")])
def test_bad_notebook_is_bad_input(tmp_path, name, text):
    (tmp_path / "a.txt").write_text("North Korea sent 11,000 troops to Russia. It goes on.\n")
    (tmp_path / name).write_text(text)
    result = run_cli("run", str(params_for(tmp_path, "a.txt")), "--notebook", name, cwd=tmp_path)
    assert_one_line_error(result, name, "not a valid Jupyter notebook")
    assert "] ingest" not in result.stderr  # refused before any work


def test_index_of_a_missing_series(tmp_path):
    assert_one_line_error(run_cli("index", "nowhere", cwd=tmp_path), "nowhere", "not a folder")
