"""A batch worker's kept kernel: reused between briefings, never sharing a name between
them, replaced when it died, hangs or kept a name, killed when a briefing fails."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from briefbook.app import engine, kernels
from briefbook.app.execute import execute_briefing, kernel_metadata, kernel_name
from briefbook.app.kernels import KEPT_STATE, close_kept_kernel, kept_kernel
from briefbook.errors import ExecutionError

pytestmark = pytest.mark.e2e

PROBE = (
    "import os\n"
    "seen = sorted(k for k in ('secret', 'brief', 'part') if k in globals())\n"
    "print(repr((seen, os.getcwd(), os.getpid())))"
)


def _notebook(path: Path, *cells: str) -> Path:
    nb = new_notebook(
        cells=[new_code_cell("title = ''", metadata={"tags": ["parameters"]})]
        + [new_code_cell(c) for c in cells]
    )
    nb.metadata["kernelspec"] = kernel_metadata(kernel_name())
    nbformat.write(nb, str(path))
    return path


def _item(tmp_path: Path, name: str, notebook: Path) -> tuple[list, str, int, list]:
    """One notebook on this thread's kept kernel, in a folder of its own: what its last
    cell printed (names seen, working folder, kernel pid) and the cells' execution counts."""
    folder = tmp_path / name
    folder.mkdir()
    with kept_kernel(kernel_name(), folder, kernel_log=folder / ".kernel.log") as kernel:
        execute_briefing(folder / "out.ipynb", {"title": name}, notebook=notebook, kernel=kernel)
    out = nbformat.read(str(folder / "out.ipynb"), as_version=4)
    seen, cwd, pid = eval(out.cells[-1].outputs[0]["text"])  # a repr of plain values
    counts = [c.execution_count for c in out.cells if c.cell_type == "code"]
    return seen, cwd, pid, counts


@pytest.fixture
def kept():
    close_kept_kernel()
    KEPT_STATE.update(started=0, reused=0, replaced=[], claimed=None, adopted=0)
    yield KEPT_STATE
    close_kept_kernel()
    KEPT_STATE.update(claimed=None)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not stat.exists() or stat.read_text().split(") ", 1)[1][:1] != "Z"


def test_consecutive_notebooks_share_the_kernel_but_no_name(tmp_path, kept):
    first = _notebook(tmp_path / "first.ipynb", "secret = 42\nbrief = object()", PROBE)
    second = _notebook(tmp_path / "second.ipynb", PROBE)
    seen1, cwd1, pid1, counts1 = _item(tmp_path, "one", first)
    seen2, cwd2, pid2, counts2 = _item(tmp_path, "two", second)
    assert seen1 == ["brief", "secret"]  # the probe sees its own notebook's names
    assert seen2 == []  # ... and none of the notebook before
    assert pid2 == pid1 and kept["started"] == 1 and kept["reused"] == 1
    assert (Path(cwd1), Path(cwd2)) == (tmp_path / "one", tmp_path / "two")
    # numbered from 1, as in a fresh kernel (papermill's injected parameters cell first)
    assert counts1 == [1, 2, 3, 4] and counts2 == [1, 2, 3]
    close_kept_kernel()
    assert not _alive(pid1)


def test_a_kernel_that_died_between_briefings_is_replaced(tmp_path, kept):
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    *_, pid1, _ = _item(tmp_path, "one", probe)
    os.kill(pid1, signal.SIGKILL)
    *_, pid2, _ = _item(tmp_path, "two", probe)
    assert pid2 != pid1 and kept["started"] == 2
    assert kept["replaced"] == ["the kernel died"]


def test_a_kernel_that_does_not_answer_is_replaced(tmp_path, kept, monkeypatch):
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    *_, pid1, _ = _item(tmp_path, "one", probe)
    # the kernel is kept busy (as a hung reset would): it cannot answer the next briefing
    kept["kernel"].kc.execute("import time\ntime.sleep(600)", silent=True)
    monkeypatch.setattr(engine, "REUSE_WAIT", 2.0)
    *_, pid2, _ = _item(tmp_path, "two", probe)
    assert pid2 != pid1 and not _alive(pid1)
    assert kept["replaced"] == ["no answer within 2 s"]


def test_a_kernel_whose_reset_left_a_name_is_replaced(tmp_path, kept, monkeypatch):
    first = _notebook(tmp_path / "first.ipynb", "secret = 42", PROBE)
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    monkeypatch.setattr(engine, "RESET_CODE", "pass\n")  # a reset that clears nothing
    *_, pid1, _ = _item(tmp_path, "one", first)
    seen, _, pid2, _ = _item(tmp_path, "two", probe)
    assert seen == [] and pid2 != pid1 and not _alive(pid1)
    assert len(kept["replaced"]) == 1 and "secret" in kept["replaced"][0]


def test_a_failing_notebook_kills_the_kernel_and_keeps_its_log(tmp_path, kept):
    failing = _notebook(
        tmp_path / "failing.ipynb",
        "import sys\nprint('to the log', file=sys.__stderr__, flush=True)\nraise ValueError('no')",
    )
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    *_, pid1, _ = _item(tmp_path, "one", probe)
    folder = tmp_path / "two"
    folder.mkdir()
    with (
        pytest.raises(ExecutionError),
        kept_kernel(kernel_name(), folder, kernel_log=folder / ".kernel.log") as kernel,
    ):
        execute_briefing(folder / "out.ipynb", {}, notebook=failing, kernel=kernel)
    assert not _alive(pid1) and kept["kernel"] is None
    assert "to the log" in (folder / ".kernel.log").read_text()
    *_, pid3, _ = _item(tmp_path, "three", probe)
    assert pid3 != pid1 and kept["started"] == 2


def test_another_thread_gets_a_kernel_of_its_own(tmp_path, kept):
    """A briefing on a thread that does not own the kept kernel runs on a kernel of its own,
    closed by that thread when it ends; the owner's kept kernel is left to the owner."""
    probe = _notebook(tmp_path / "probe.ipynb", PROBE)
    *_, pid1, _ = _item(tmp_path, "one", probe)
    found = {}
    thread = threading.Thread(target=lambda: found.update(r=_item(tmp_path, "two", probe)))
    thread.start()
    thread.join(120)
    assert found["r"][2] != pid1 and _alive(pid1) and not _alive(found["r"][2])
    assert kept["replaced"] == ["another thread's kernel kept"]
    assert KEPT_STATE["kernel"] is not None and KEPT_STATE["kernel"].kc is not None
    close_kept_kernel()  # by its owner: no heartbeat thread of either kernel is left
    assert [t for t in threading.enumerate() if type(t).__name__ == "HBChannel"] == []


def test_fresh_kernels_when_asked(tmp_path, kept, monkeypatch):
    from briefbook.app.execute import start_kernel

    monkeypatch.setenv(kernels.FRESH_ENV, "1")
    with start_kernel(tmp_path, keep=True) as kernel:
        assert not kernel.keep
    assert kept["started"] == 0


def test_a_worker_of_several_threads_starts_a_kernel_per_briefing(monkeypatch) -> None:
    """Consecutive briefings on a Dask worker of several threads run on different threads:
    no kept kernel there; a one-thread worker and a plain process keep theirs."""
    import types

    import distributed

    from briefbook.app import kernels

    monkeypatch.delenv(kernels.FRESH_ENV, raising=False)
    assert kernels.kernels_reused()  # not on a worker
    for threads, kept in ((4, False), (1, True)):
        worker = types.SimpleNamespace(state=types.SimpleNamespace(nthreads=threads))
        monkeypatch.setattr(distributed, "get_worker", lambda w=worker: w)
        assert kernels.kernels_reused() is kept


def test_a_kernel_started_by_another_process_is_adopted_by_the_first_briefing(tmp_path, kept):
    """A batch starts its workers' kernels before the workers exist (``KernelCopies``):
    a process claims one (one per process, never one another process claimed), its first
    briefing runs on it as on a kernel of its own (fresh namespace, counts from 1, in its
    folder), the next briefing reuses it, and stopping it leaves nothing behind."""
    import json

    from briefbook.app.execute import kernel_prime
    from briefbook.app.kernels import KernelCopies, claim_kernel, claimed_kernel_pid

    copies = KernelCopies(2, kernel_name(), kernel_prime("conflict"))
    try:
        claims = [json.loads(f.read_text()) for f in copies.folder.glob("kernel-*.json")]
        files = [Path(c[k]) for c in claims for k in ("connection_file", "ipc_dir", "home")]
        assert len(claims) == 2 and all(f.exists() for f in files)
        pids = copies.pids()
        assert len(pids) == 2 and all(_alive(p) for p in pids)
        assert claim_kernel(copies.folder)
        assert not claim_kernel(copies.folder)  # one a process
        assert claimed_kernel_pid() in pids
        probe = _notebook(tmp_path / "probe.ipynb", PROBE)
        first = _notebook(tmp_path / "first.ipynb", "secret = 42", PROBE)
        seen1, cwd1, pid1, counts1 = _item(tmp_path, "one", first)
        assert pid1 == claimed_kernel_pid() and pid1 in pids
        assert kept["adopted"] == 1 and kept["started"] == 0 and kept["reused"] == 0
        assert seen1 == ["secret"] and Path(cwd1) == tmp_path / "one"
        assert counts1 == [1, 2, 3, 4]  # as in a fresh kernel
        seen2, cwd2, pid2, _ = _item(tmp_path, "two", probe)
        assert seen2 == [] and pid2 == pid1 and kept["reused"] == 1
        home = kept["home"]
        close_kept_kernel()
        assert not _alive(pid1) and not Path(home).exists()
        other = next(p for p in pids if p != pid1)
        assert _alive(other)  # nobody claimed it: the process that started it stops it
    finally:
        copies.close()
    assert not any(_alive(p) for p in pids)
    assert not copies.folder.exists()
    assert [f for f in files if f.exists()] == []


def test_a_claimed_kernel_that_died_gives_way_to_one_started_here(tmp_path, kept):
    from briefbook.app.execute import kernel_prime
    from briefbook.app.kernels import KernelCopies, claim_kernel

    copies = KernelCopies(1, kernel_name(), kernel_prime())
    try:
        (dead,) = copies.pids()
        assert claim_kernel(copies.folder)
        os.kill(dead, signal.SIGKILL)
        probe = _notebook(tmp_path / "probe.ipynb", PROBE)
        seen, _, pid, counts = _item(tmp_path, "one", probe)
        assert pid != dead and seen == [] and counts == [1, 2, 3]
        assert kept["adopted"] == 0 and kept["started"] == 1
    finally:
        copies.close()
    assert not _alive(dead) and not copies.folder.exists()
