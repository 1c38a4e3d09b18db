"""Bounded by design, through the CLI: every case runs under a timeout and an address-space
cap (``builders.bounded_cli``), so a limit that stops working fails the test instead of
hanging it. Params and outline files, faults, signals, the notebook path, earlier issues."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import BRIEFBOOK, ENGLISH, ROOT, bounded_cli

pytestmark = pytest.mark.e2e
NOTEBOOKS = ROOT / "tests" / "notebooks"
BOMB = "&a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"
for _i in range(1, 9):
    BOMB = f"[{BOMB}, &a{_i} [{', '.join([f'*a{_i - 1}'] * 9)}]]"


def one_error(result, *fragments: str, code: int = 2) -> str:
    """The one ``briefbook: error:`` line, checked: exit code, no traceback, no internal
    error, nothing raw that a terminal would act on."""
    assert result.returncode == code, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("briefbook: error:")]
    assert len(errors) == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for fragment in fragments:
        assert fragment in errors[0], errors[0]
    return errors[0]


def write_params(folder: Path, text: str, name: str = "p.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("title", "title: {b}\nsources: [a.txt]\n"),
        ("sources", "title: T\nsources: {b}\n"),
        ("date", "title: T\nsources: [a.txt]\ndate: {b}\n"),
        ("formats", "title: T\nsources: [a.txt]\nformats: {b}\n"),
        ("window", "title: T\nsources: [a.txt]\nwindow: {b}\n"),
        ("grades", "title: T\nsources: [{{path: a.txt, reliability: {b}, credibility: *a5}}]\n"),
    ],
)
def test_alias_bomb_is_refused_under_every_key(tmp_path, key, text):
    write_params(tmp_path, text.format(b=BOMB))
    result = bounded_cli("run", "p.yaml", cwd=tmp_path, memory_mb=400, timeout=60)
    one_error(result, "params file p.yaml", "limit yaml_")


def test_deep_nesting_and_unhashable_keys_are_params_errors(tmp_path):
    write_params(tmp_path, "title: T\nsources: [a.txt]\nwindow: " + "[" * 20000 + "]" * 20000)
    one_error(bounded_cli("run", "p.yaml", cwd=tmp_path), "limit yaml_depth")
    write_params(tmp_path, "? [a, b]\n: 1\ntitle: T\nsources: [a.txt]\n")
    line = one_error(bounded_cli("run", "p.yaml", cwd=tmp_path), "cannot be a key", "line 1")
    assert "unhashable" not in line


def test_huge_schema_is_refused_by_size_before_ingest(tmp_path):
    with open(tmp_path / "outline.yaml", "w") as handle:
        handle.write("sections:\n")
        for i in range(200_000):
            handle.write(f"  - {{key: k{i}, title: a section title number {i}}}\n")
    write_params(tmp_path, "title: T\nsources: [a.txt]\nschema: outline.yaml\n")
    result = bounded_cli("run", "p.yaml", cwd=tmp_path, memory_mb=400, timeout=60)
    one_error(result, "schema outline.yaml", "limit yaml_bytes")
    assert "ingest" not in result.stderr


def test_schema_is_resolved_from_the_params_folder_and_checked_first(tmp_path):
    folder = tmp_path / "params"
    folder.mkdir()
    shutil.copy(ROOT / "templates" / "assessment" / "conflict.yaml", folder / "mine.yaml")
    write_params(folder, "title: T\nsources: [empty.txt]\nschema: mine.yaml\n")
    (folder / "empty.txt").write_text("")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = bounded_cli("run", "../params/p.yaml", cwd=elsewhere, memory_mb=1500)
    one_error(result, "empty")  # the schema was found: the run got as far as the sources
    (folder / "p.yaml").write_text("title: T\nsources: [a.txt]\nschema: missing.yaml\n")
    result = bounded_cli("run", "../params/p.yaml", cwd=elsewhere)
    one_error(result, "key 'schema' in p.yaml", "not found")
    assert "ingest" not in result.stderr


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["-p", "window=100000d"], ["given with -p", "limit window_days"]),
        (["-p", "date=0001-01-01", "-p", "window=7d"], ["before the year 1"]),
        (["-p", "date=2024-13-01"], ["key 'date' given with -p"]),
        (["-p", "limits={nope: 1}"], ["unknown limit 'nope'"]),
        (["--limit", "yaml_nodes=x"], ["--limit"]),
    ],
)
def test_window_date_and_override_errors(tmp_path, args, fragments):
    write_params(tmp_path, "title: T\nsources: [a.txt]\n")
    one_error(bounded_cli("run", "p.yaml", *args, cwd=tmp_path), *fragments)


def test_stage_time_budget_stops_a_long_stage_with_one_line(tmp_path):
    text = " ".join(
        f"Officials said convoy {i} moved toward the river crossing and observers counted "
        f"{i % 90 + 3} vehicles."
        for i in range(3000)
    )
    write_params(tmp_path, "title: T\nsources: [long.txt]\n")
    (tmp_path / "long.txt").write_text(text)
    result = bounded_cli(
        "run",
        "p.yaml",
        "--limit",
        "ingest_seconds=1",
        "--limit",
        "analyse_seconds=1",
        cwd=tmp_path,
        memory_mb=3000,
        timeout=300,
    )
    line = one_error(result, "stage ran longer than 1 s and was stopped")
    assert "--limit ingest_seconds=N" in line or "--limit analyse_seconds=N" in line
    assert not list((tmp_path / "reports").rglob(".staging-*"))


def test_unwritable_output_folder_is_one_output_error(tmp_path):
    write_params(tmp_path, "title: T\nsources: [a.txt]\n")
    for target in ("/proc/briefbook-reports", str(tmp_path / "a.txt" / "reports")):
        result = bounded_cli("run", "p.yaml", "--output-dir", target, cwd=tmp_path)
        one_error(result, "cannot write reports")


@pytest.mark.parametrize("kind", ["fifo", "folder", "empty"])
def test_notebook_must_be_a_regular_ipynb_file(tmp_path, kind):
    write_params(tmp_path, "title: T\nsources: [a.txt]\n")
    notebook = tmp_path / "nb.ipynb"
    if kind == "fifo":
        os.mkfifo(notebook)
    elif kind == "folder":
        notebook.mkdir()
    else:
        notebook.write_text("")
    result = bounded_cli(
        "run", "p.yaml", "--notebook", str(notebook), cwd=tmp_path, memory_mb=1500, timeout=60
    )
    one_error(result, "nb.ipynb")


def test_stale_staging_and_unreadable_earlier_issue_are_reported(tmp_path):
    write_params(tmp_path, "title: T\nseries: s\nsources: [a.txt, empty.txt]\n")
    (tmp_path / "empty.txt").write_text("")  # the run stops at ingest, after the checks
    series = tmp_path / "reports" / "s"
    stale = series / ".staging-2024-12-20-t-abc123"
    stale.mkdir(parents=True)
    (stale / ".owner").write_text("999999\n")
    (stale / "briefing.ipynb").write_text("{}")
    for name, content in (("2024-12-06-t", "[" * 100_000), ("2024-12-13-t", '{"title": tr')):
        (series / name).mkdir()
        (series / name / "manifest.json").write_text(json.dumps({"status": "ok"}))
        (series / name / "assessment.json").write_text(content)
    result = bounded_cli("run", "p.yaml", "-p", "date=2024-12-20", cwd=tmp_path, memory_mb=1500)
    one_error(result, "empty")
    warnings = [x for x in result.stderr.splitlines() if x.startswith("briefbook: warning:")]
    assert len([w for w in warnings if stale.name in w]) == 1, warnings
    assert any("2024-12-13-t" in w for w in warnings) and any("2024-12-06-t" in w for w in warnings)
    assert not stale.exists()


def test_control_characters_in_file_names_are_escaped(tmp_path):
    write_params(tmp_path, "title: T\nsources: ['*.txt']\n")
    (tmp_path / "a.txt").unlink()
    (tmp_path / "evil\r\x1b[2Jname.txt").write_text("")
    for command in (["run", "p.yaml"], ["assess", "."]):
        result = bounded_cli(*command, cwd=tmp_path, memory_mb=1500)
        line = one_error(result)
        assert "\r" not in result.stderr and "\x1b" not in result.stderr
        assert "evil\\r\\x1b[2Jname" in line or "evil\\x0d\\x1b[2Jname" in line


def test_full_disk_is_one_output_error_and_earlier_issues_stay(workspace):
    series = workspace / "reports" / "dprk-russia"
    earlier = series / "2024-12-13-earlier"
    earlier.mkdir(parents=True)
    (earlier / "manifest.json").write_text(json.dumps({"status": "ok"}))
    (earlier / "briefing.html").write_text("<p>earlier</p>")
    # RLIMIT_FSIZE: every write past 16 KB fails (EFBIG), as on a full disk; Python ignores
    # SIGXFSZ, so the write raises OSError instead of killing the process
    result = subprocess.run(
        ["prlimit", f"--fsize={16 * 1024}", "--", *BRIEFBOOK, "run", "params/example.yaml"],
        cwd=workspace,
        capture_output=True,
        text=True,
        timeout=300,
    )
    one_error(result, "cannot write the issue", "earlier issues are untouched")
    assert (earlier / "briefing.html").read_text() == "<p>earlier</p>"
    assert sorted(p.name for p in series.iterdir() if p.is_dir()) == ["2024-12-13-earlier"]


def test_control_characters_in_params_reach_manifest_and_banner_alike(workspace):
    result = bounded_cli(
        "run",
        "params/example.yaml",
        "-p",
        "title=Weekly\u2029brief\u2028on troops",
        "-p",
        "classification=UNCLAS\u202eSIFIED\u2066",
        "--quiet",
        cwd=workspace,
        memory_mb=6000,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    folder = Path(result.stdout.strip().splitlines()[-1])
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["params"]["classification"] == "UNCLASSIFIED"
    assert manifest["params"]["title"] == "Weekly brief on troops"
    html = (folder / "briefing.html").read_text(encoding="utf-8")
    assert "UNCLASSIFIED" in html and "\u202e" not in html and "\u2029" not in html
    assert (folder / "briefing.pdf").read_bytes().startswith(b"%PDF")


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run_until(workspace: Path, marker: str, *extra: str) -> subprocess.Popen[str]:
    """Start a run and return once its stderr shows ``marker`` (a stage line)."""
    log = open(workspace / "stderr.log", "w")  # noqa: SIM115 - closed by the caller's wait
    proc = subprocess.Popen(
        [*BRIEFBOOK, "run", "params/example.yaml", *extra],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        # as from a terminal: a test run started in the background (``&``) has SIGINT
        # ignored, and briefbook rightly keeps ignoring it then
        preexec_fn=_default_sigint,
    )
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        if marker in (workspace / "stderr.log").read_text():
            break
        time.sleep(0.05)
    return proc


@pytest.mark.parametrize(
    ("stage", "sig", "code"),
    [
        ("execute", signal.SIGTERM, 143),
        ("execute", signal.SIGHUP, 129),
        ("pdf", signal.SIGINT, 130),
        ("pdf", signal.SIGTERM, 143),
    ],
)
def test_stop_signals_in_every_stage_publish_nothing(workspace, stage, sig, code):
    series = workspace / "reports" / "dprk-russia"
    earlier = series / "2024-12-13-earlier"
    earlier.mkdir(parents=True)
    (earlier / "manifest.json").write_text(json.dumps({"status": "ok"}))
    (series / "latest").symlink_to(earlier.name)
    extra = ("--notebook", str(NOTEBOOKS / "slow.ipynb")) if stage == "execute" else ()
    proc = _run_until(workspace, f"] {stage}", *extra)
    # inside the stage: the slow notebook runs for minutes, but the example's PDF is laid out
    # in under a second on a fast idle machine, so the stop follows its start closely
    time.sleep(1.0 if stage == "execute" else 0.2)
    proc.send_signal(sig)
    proc.communicate(timeout=120)
    err = (workspace / "stderr.log").read_text()
    assert proc.returncode == code, err
    assert "interrupted" in err and "Traceback" not in err
    assert os.readlink(series / "latest") == earlier.name
    assert sorted(p.name for p in series.iterdir() if p.is_dir() and not p.is_symlink()) == [
        earlier.name
    ]
    assert not list(series.glob(".staging-*"))
    leftover = subprocess.run(["pgrep", "-f", "briefbook.render.pdf"], capture_output=True)
    assert str(workspace) not in leftover.stdout.decode()


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=300), st.text(max_size=40).map(lambda t: t.replace("\x00", "")))
def test_random_params_through_the_cli_are_never_internal_errors(tmp_path_factory, data, text):
    # (a NUL cannot travel in argv; the in-process property tests cover it)
    folder = tmp_path_factory.mktemp("p")
    (folder / "p.yaml").write_bytes(data)
    for args in (["run", "p.yaml"], ["run", "p.yaml", "-p", f"title={text}"]):
        result = bounded_cli(*args, cwd=folder, memory_mb=1500, timeout=120)
        assert result.returncode == 2, result.stderr
        assert "internal error" not in result.stderr and "Traceback" not in result.stderr
