"""Faults keep work: failed notebooks are kept, earlier issues are never touched."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from briefbook.app.run import Progress, run_briefing
from briefbook.config.params import load_params
from briefbook.errors import ExecutionError
from builders import BRIEFBOOK, ROOT

NOTEBOOKS = ROOT / "tests" / "notebooks"
pytestmark = pytest.mark.e2e


def small_params(workspace: Path, *overrides: str):
    return load_params(workspace / "params" / "example.yaml", ["formats=[html]", *overrides])


def issues(series_dir: Path) -> list[str]:
    return sorted(p.name for p in series_dir.iterdir() if p.is_dir() and not p.name.startswith("."))


@pytest.mark.parametrize(
    ("notebook", "overrides", "expected"),
    [
        ("broken.ipynb", (), "failed in cell 4 of 4: ValueError: synthetic failure"),
        ("slow.ipynb", ("timeout=3",), "timed out in cell 3 of 3"),
        ("dies.ipynb", (), "kernel died in cell 3 of 3"),
    ],
)
def test_failed_notebook_is_kept_and_earlier_issue_untouched(
    workspace, notebook, overrides, expected
):
    reports = workspace / "reports"
    series = reports / "dprk-russia"
    series.mkdir(parents=True)
    earlier = series / "2024-12-01-earlier"
    earlier.mkdir()
    (earlier / "briefing.html").write_text("earlier issue")
    params = small_params(workspace, *overrides)
    with pytest.raises(ExecutionError) as info:
        run_briefing(
            params, output_dir=reports, progress=Progress(quiet=True), notebook=NOTEBOOKS / notebook
        )
    assert expected in info.value.line()
    failed = [name for name in issues(series) if name.endswith("-failed")]
    assert len(failed) == 1
    kept = series / failed[0]
    assert (kept / "briefing.ipynb").is_file()
    manifest = json.loads((kept / "manifest.json").read_text())
    assert manifest["status"] == "failed"
    assert expected in manifest["error"]["message"]
    assert manifest["error"]["cell"] == int(expected.split("cell ")[1].split(" ")[0])
    assert (earlier / "briefing.html").read_text() == "earlier issue"
    assert not (series / "latest").exists()
    assert not [p for p in series.iterdir() if p.name.startswith(".staging-")]


def test_failed_run_exit_code_and_line_through_cli(workspace):
    result = subprocess.run(
        [
            *BRIEFBOOK,
            "run",
            "params/example.yaml",
            "-p",
            "formats=[html]",
            "--notebook",
            str(NOTEBOOKS / "broken.ipynb"),
        ],
        cwd=workspace,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("briefbook: error:")]
    assert (
        len(errors) == 1
        and "cell" in errors[0]
        and "ValueError" in errors[0]
        and "-failed" in errors[0]
    )
    assert "Traceback" not in result.stderr
    assert all(line.startswith("briefbook") for line in result.stderr.splitlines()), result.stderr


def test_timeout_prints_nothing_but_our_lines(workspace):
    result = subprocess.run(
        [
            *BRIEFBOOK,
            "run",
            "params/example.yaml",
            "-p",
            "formats=[html]",
            "-p",
            "timeout=2",
            "--quiet",
            "--notebook",
            str(NOTEBOOKS / "slow.ipynb"),
        ],
        cwd=workspace,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("briefbook: error:"), (
        result.stderr
    )


def test_interrupted_run_leaves_nothing(workspace):
    proc = subprocess.Popen(
        [
            *BRIEFBOOK,
            "run",
            "params/example.yaml",
            "-p",
            "formats=[html]",
            "--notebook",
            str(NOTEBOOKS / "slow.ipynb"),
        ],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # as from a terminal, even when the tests run in the background with SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    series = workspace / "reports" / "dprk-russia"
    deadline = time.time() + 120
    while time.time() < deadline:  # wait until the notebook is executing
        if series.is_dir() and any(
            (p / "briefing.ipynb").exists() for p in series.glob(".staging-*")
        ):
            break
        time.sleep(0.2)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert issues(series) == []
    assert not list(series.glob(".staging-*"))


def test_concurrent_runs_of_one_series_do_not_collide(workspace):
    procs = [
        subprocess.Popen(
            [*BRIEFBOOK, "run", "params/example.yaml", "-p", "formats=[html]", "--quiet"],
            cwd=workspace,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outs]
    folders = {o[0].strip().splitlines()[-1] for o in outs}
    assert len(folders) == 2
    for folder in folders:
        assert (Path(folder) / "briefing.html").is_file()
        assert json.loads((Path(folder) / "manifest.json").read_text())["status"] == "ok"


def _without_kernelspec(src: Path, dest: Path, kernelspec: dict | None = None) -> Path:
    nb = json.loads(src.read_text(encoding="utf-8"))
    nb["metadata"].pop("kernelspec", None)
    if kernelspec is not None:
        nb["metadata"]["kernelspec"] = kernelspec
    dest.write_text(json.dumps(nb), encoding="utf-8")
    return dest


def test_notebook_without_kernelspec_runs_on_the_briefbook_kernel_and_fails_as_itself(workspace):
    from briefbook.app.execute import kernel_name

    reports = workspace / "reports"
    notebook = _without_kernelspec(NOTEBOOKS / "broken.ipynb", workspace / "no-kernel.ipynb")
    with pytest.raises(ExecutionError) as info:
        run_briefing(
            small_params(workspace),
            output_dir=reports,
            progress=Progress(quiet=True),
            notebook=notebook,
        )
    assert "ValueError: synthetic failure" in info.value.line()  # not an internal error
    series = reports / "dprk-russia"
    failed = [name for name in issues(series) if name.endswith("-failed")]
    kept = json.loads((series / failed[0] / "briefing.ipynb").read_text())
    assert kept["metadata"]["kernelspec"]["name"] == kernel_name()
    assert kept["metadata"]["papermill"]["input_path"] == str(notebook)
    assert not list(series.glob(f"{failed[0]}/.*.input.ipynb"))


def test_kept_notebook_names_its_kernel_and_reruns_from_its_report_folder(workspace):
    import nbformat
    import papermill

    import builders as support
    from briefbook.app.execute import kernel_name
    from briefbook.render.notebook import export_html

    other = {"name": "python3-elsewhere", "display_name": "Elsewhere", "language": "python"}
    notebook = _without_kernelspec(
        ROOT / "notebooks" / "briefing.ipynb", workspace / "other-kernel.ipynb", other
    )
    result = run_briefing(
        small_params(workspace),
        output_dir=workspace / "reports",
        progress=Progress(quiet=True),
        notebook=notebook,
    )
    kept = result.folder / "briefing.ipynb"
    nb = nbformat.read(str(kept), as_version=4)
    assert nb.metadata.kernelspec.name == kernel_name()
    params = nb.metadata.papermill.parameters
    assert params["assessment_path"] == "assessment.json" and params["previous_path"] == ""
    assert all(not Path(s["path"]).is_absolute() for s in params["sources"])
    # the staging folder it ran in is gone; run all from the report folder, as JupyterLab does
    again = result.folder / "rerun.ipynb"
    papermill.execute_notebook(
        str(kept),
        str(again),
        kernel_name=kernel_name(),
        progress_bar=False,
        cwd=str(result.folder),
    )
    first = support.Page(export_html(kept)).text
    assert support.Page(export_html(again)).text == first
