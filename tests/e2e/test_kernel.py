"""The run's kernel: started before the analysis, never left behind, its client always closed."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from briefbook.app.run import Progress, run_briefing
from briefbook.config.params import load_params
from builders import BRIEFBOOK, ROOT

pytestmark = pytest.mark.e2e
NOTEBOOKS = ROOT / "tests" / "notebooks"


def kernels_under(folder: Path) -> list[int]:
    """Pids of live kernel processes whose working folder is inside ``folder`` (the kernel
    of a run works in its staging folder, deleted or not)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
            state = (entry / "stat").read_text().split(") ", 1)[1][:1]
        except OSError:
            continue
        if cwd.startswith(str(folder)) and b"ipykernel" in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def renderers_under(folder: Path) -> list[int]:
    """Pids of live PDF renderer processes started in ``folder`` (a run's renderer works
    where the run was started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
            state = (entry / "stat").read_text().split(") ", 1)[1][:1]
        except OSError:
            continue
        if cwd.startswith(str(folder)) and b"briefbook.render.pdf" in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def kernel_dirs() -> set[str]:
    """The kernels' IPC folders in the temporary folder (the test's own with the
    ``private_tempdir`` fixture)."""
    import tempfile

    return {p.name for p in Path(tempfile.gettempdir()).glob("briefbook-kernel-*")}


needs_proc = pytest.mark.skipif(not Path("/proc/self/cwd").exists(), reason="needs /proc")


def wait_for(predicate, seconds: float = 120) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@needs_proc
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_stop_signal_while_the_kernel_boots_leaves_no_kernel(workspace, sig, code):
    """The kernel starts before the sources are read: a signal then (the analysis running)
    removes the staging folder and kills the kernel."""
    proc = subprocess.Popen(
        [*BRIEFBOOK, "run", "params/example.yaml", "-p", "formats=[html]"],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    series = workspace / "reports" / "dprk-russia"
    started = wait_for(
        lambda: (
            any((p / ".kernel.log").exists() for p in series.glob(".staging-*"))
            if series.is_dir()
            else False
        )
    )
    if not started:
        proc.kill()
    assert started, "the kernel never started"
    assert not any((p / "briefing.ipynb").exists() for p in series.glob(".staging-*"))
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()  # never left running by a failing test
    assert proc.returncode == code, err
    assert not list(series.glob(".staging-*"))
    assert wait_for(lambda: not kernels_under(workspace), 10), kernels_under(workspace)


@needs_proc
def test_interrupted_execution_leaves_no_kernel(workspace):
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
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    series = workspace / "reports" / "dprk-russia"
    executing = wait_for(
        lambda: (
            any((p / "briefing.ipynb").exists() for p in series.glob(".staging-*"))
            if series.is_dir()
            else False
        )
    )
    if not executing:
        proc.kill()
    assert executing
    time.sleep(1.0)
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()  # never left running by a failing test
    assert proc.returncode == 143, err
    assert not list(series.glob(".staging-*"))
    assert wait_for(lambda: not kernels_under(workspace), 10), kernels_under(workspace)


@needs_proc
def test_a_run_closes_its_kernel_client_and_stops_its_kernel(workspace, private_tempdir):
    """No heartbeat thread, no kernel process and no socket folder outlive a run, whether
    the notebook succeeds or fails."""
    from briefbook.errors import ExecutionError

    before = kernel_dirs()
    params = load_params(workspace / "params" / "example.yaml", ["formats=[html]"])
    result = run_briefing(params, output_dir=workspace / "reports", progress=Progress(quiet=True))
    assert (result.folder / "briefing.html").is_file()
    with pytest.raises(ExecutionError):
        run_briefing(
            params,
            output_dir=workspace / "reports",
            progress=Progress(quiet=True),
            notebook=NOTEBOOKS / "broken.ipynb",
        )
    channels = [t for t in threading.enumerate() if type(t).__name__ == "HBChannel"]
    assert channels == []
    assert kernels_under(workspace) == []
    assert kernel_dirs() <= before


def test_the_engine_is_registered_on_papermill_entry_point():
    from importlib.metadata import entry_points

    from briefbook.app.engine import ENGINE_NAME, BriefbookEngine

    names = {ep.name: ep.value for ep in entry_points(group="papermill.engine")}
    assert names.get(ENGINE_NAME) == "briefbook.app.engine:BriefbookEngine"
    from papermill.engines import papermill_engines

    assert papermill_engines.get_engine(ENGINE_NAME) is BriefbookEngine


@needs_proc
def test_papermill_with_the_engine_and_no_kernel_given_starts_and_stops_its_own(
    tmp_path, private_tempdir
):
    """``papermill --engine briefbook`` (no kernel handed over): the engine starts a kernel
    in the working folder, runs the notebook, and stops the kernel before it returns."""
    import nbformat
    import papermill
    from nbformat.v4 import new_code_cell, new_notebook

    from briefbook.app.execute import kernel_metadata, kernel_name

    nb = new_notebook(
        cells=[
            new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
            new_code_cell("import os\nprint(x * 2, os.getcwd())"),
        ]
    )
    nb.metadata["kernelspec"] = kernel_metadata(kernel_name())
    nbformat.write(nb, str(tmp_path / "in.ipynb"))
    before = kernel_dirs()
    out = papermill.execute_notebook(
        str(tmp_path / "in.ipynb"),
        str(tmp_path / "out.ipynb"),
        parameters={"x": 21},
        engine_name="briefbook",
        kernel_name=kernel_name(),
        progress_bar=False,
        cwd=str(tmp_path),
    )
    printed = out.cells[-1].outputs[0]["text"]
    assert printed.split() == ["42", str(tmp_path)]
    assert kernels_under(tmp_path) == []
    assert kernel_dirs() <= before


@needs_proc
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_stop_signal_while_the_pdf_renderer_warms_up_leaves_no_renderer(workspace, sig, code):
    """The PDF renderer starts once the sources are analysed (it warms up while the charts
    are drawn and the notebook runs): a signal then kills it, with the kernel, and nothing
    is left."""
    proc = subprocess.Popen(
        [*BRIEFBOOK, "run", "params/example.yaml"],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    started = wait_for(lambda: bool(renderers_under(workspace)))
    if not started:
        proc.kill()
    assert started, "the PDF renderer never started"
    series = workspace / "reports" / "dprk-russia"
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()  # never left running by a failing test
    assert proc.returncode == code, err
    assert "Traceback" not in err
    assert not list(series.glob(".staging-*"))
    assert wait_for(lambda: not renderers_under(workspace), 10), renderers_under(workspace)
    assert wait_for(lambda: not kernels_under(workspace), 10), kernels_under(workspace)


def test_a_run_starts_its_pdf_renderer_once_the_sources_are_analysed(workspace, monkeypatch):
    """On 2 cores the renderer's warm-up (WeasyPrint's import, the fonts: about 0.5 CPU-s)
    beside the analysis and the kernel's start slowed the analysis; it now starts after the
    analysis, before the charts and the notebook, and lays out the same PDF."""
    import briefbook.app.run as run
    from briefbook.render.pdf import PdfRenderer

    events: list[str] = []
    analyse, start = run.analyse_sources, PdfRenderer.start

    def analysed(*args, **kwargs):
        events.append("analyse")
        return analyse(*args, **kwargs)

    def started(self):
        events.append("renderer" if self.proc is None else "again")
        return start(self)

    monkeypatch.setattr(run, "analyse_sources", analysed)
    monkeypatch.setattr(PdfRenderer, "start", started)
    params = load_params(workspace / "params" / "example.yaml", ["date=2024-12-20"])
    result = run_briefing(params, output_dir=workspace / "reports", progress=Progress(quiet=True))
    assert events[:2] == ["analyse", "renderer"]
    assert (result.folder / "briefing.pdf").read_bytes().startswith(b"%PDF")


def test_a_run_without_pdf_starts_no_renderer(workspace, monkeypatch):
    # near miss: no PDF asked for, no renderer at all (neither at the start nor after)
    from briefbook.render.pdf import PdfRenderer

    made: list[object] = []
    init = PdfRenderer.__init__

    def record(self, *args, **kwargs):
        made.append(self)
        init(self, *args, **kwargs)

    monkeypatch.setattr(PdfRenderer, "__init__", record)
    params = load_params(
        workspace / "params" / "example.yaml", ["date=2024-12-20", "formats=[html]"]
    )
    result = run_briefing(params, output_dir=workspace / "reports", progress=Progress(quiet=True))
    assert made == []
    assert (result.folder / "briefing.html").is_file()
    assert not (result.folder / "briefing.pdf").exists()


@needs_proc
def test_a_finished_run_leaves_no_renderer(workspace):
    result = subprocess.run(
        [*BRIEFBOOK, "run", "params/example.yaml", "--quiet"],
        cwd=workspace,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert not renderers_under(workspace)
