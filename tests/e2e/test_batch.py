"""``briefbook batch`` on Dask: outcomes per item, exit codes, an external scheduler.

Few and small on purpose (the machine has 2 shared cores): HTML only, one or two workers.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
import yaml

from builders import ROOT, run_cli

pytestmark = pytest.mark.e2e


def _params(workspace: Path, name: str, **changes) -> Path:
    data = yaml.safe_load((workspace / "params" / "example.yaml").read_text(encoding="utf-8"))
    data.update({"formats": ["html"], "series": name, **changes})
    path = workspace / "params" / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _failing_notebook(workspace: Path) -> Path:
    """The real briefing notebook, with a cell that fails when the title asks it to."""
    nb = nbformat.read(str(ROOT / "notebooks" / "briefing.ipynb"), as_version=4)
    at = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    nb.cells.insert(
        at + 1,
        nbformat.v4.new_code_cell(
            'if title.startswith("FAIL"):\n    raise ValueError("synthetic batch failure")'
        ),
    )
    path = workspace / "failing.ipynb"
    nbformat.write(nb, str(path))
    return path


def _record(stdout: str) -> dict:
    return json.loads(Path(stdout.strip().splitlines()[-1]).read_text(encoding="utf-8"))


def test_batch_keeps_going_and_records_each_outcome(workspace):
    good = _params(workspace, "alpha")
    failing = _params(workspace, "beta", title="FAIL on purpose")
    missing = _params(workspace, "gamma", sources=["../sources/examples/no-such-file.txt"])
    (workspace / "params" / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    reports = workspace / "out"
    result = run_cli(
        "batch",
        "params/alpha.yaml",
        "params/b*.yaml",  # a glob: beta.yaml and broken.yaml
        str(missing),
        "--workers",
        "2",
        "--output-dir",
        str(reports),
        "--notebook",
        str(_failing_notebook(workspace)),
        cwd=workspace,
    )
    assert result.returncode == 2, result.stderr  # bad input wins over a failed item
    record = _record(result.stdout)
    by_name = {Path(item["params"]).name: item for item in record["items"]}
    assert set(by_name) == {"alpha.yaml", "beta.yaml", "broken.yaml", "gamma.yaml"}
    assert by_name["alpha.yaml"]["status"] == "ok"
    folder = Path(by_name["alpha.yaml"]["folder"])
    assert folder.parent == (reports / "alpha").resolve()
    assert (folder / "briefing.html").is_file() and (folder / "manifest.json").is_file()
    assert by_name["beta.yaml"]["status"] == "failed"
    assert "synthetic batch failure" in by_name["beta.yaml"]["error"]
    assert [p.name for p in (reports / "beta").iterdir() if p.name.endswith("-failed")]
    assert by_name["broken.yaml"]["status"] == "bad_input"
    assert "not valid YAML" in by_name["broken.yaml"]["error"]
    assert by_name["gamma.yaml"]["status"] == "bad_input"
    assert "no-such-file.txt" in by_name["gamma.yaml"]["error"]
    assert record["exit_code"] == 2
    assert record["counts"] == {"ok": 1, "failed": 1, "bad_input": 2, "interrupted": 0}
    for item in record["items"]:  # every error is one line
        assert item["error"] is None or "\n" not in item["error"]
    ran = [i for i in record["items"] if i["worker"]]  # all but the broken YAML reached one
    assert {Path(i["params"]).name for i in ran} == {"alpha.yaml", "beta.yaml", "gamma.yaml"}
    for item in ran:  # each on a worker that had loaded the models before it started
        assert item["warm"] is True and item["nth"] >= 1
        assert item["worker"].rsplit(":", 1)[1].isdigit()
    for item in (by_name["alpha.yaml"], by_name["beta.yaml"]):
        assert item["timing"]["execute"] > 0
        assert item["cpu_seconds"] > 0  # the worker's and its kernel's CPU for the item
    warmups = record["cluster"]["warmup_seconds"]
    assert len(warmups) == 2 and all(isinstance(s, float) and s >= 0 for s in warmups.values())
    # the embedded cluster's workers were forked warm from its forkserver
    assert list(record["cluster"]["warmup_inherited"].values()) == [True, True]
    # no PDF asked for: no warm renderer copies were started for the workers
    assert list(record["cluster"]["renderer_claimed"].values()) == [False, False]
    assert "1 ok, 1 failed, 2 bad input" in result.stderr
    assert "briefbook batch: [4/4]" in result.stderr  # progress lines
    assert "distributed" not in result.stderr and "papermill" not in result.stderr
    assert not [p for p in (reports / "alpha").iterdir() if p.name.startswith(".staging-")]
    assert good.is_file() and failing.is_file()


def test_batch_on_an_external_scheduler(workspace):
    from distributed import LocalCluster

    _params(workspace, "one")
    _params(workspace, "two", date="2024-12-20")
    with LocalCluster(
        n_workers=1,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        # as the embedded cluster: no fixed HTTP port (8787 may be another process's)
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    ) as cluster:
        result = run_cli(
            "batch",
            "params/one.yaml",
            "params/two.yaml",
            "--scheduler",
            cluster.scheduler_address,
            "--quiet",
            cwd=workspace,
        )
        workers_after = len(cluster.scheduler_info["workers"])
    assert result.returncode == 0, result.stderr
    assert workers_after == 1  # the batch left the cluster it was given running
    record = _record(result.stdout)
    assert record["scheduler"] == cluster.scheduler_address
    assert [i["status"] for i in record["items"]] == ["ok", "ok"]
    assert all(i["warm"] for i in record["items"])  # the plugin warmed the given cluster
    # one worker: its second briefing ran on the kernel of its first, reset in between
    assert sorted(i["kernel_reused"] for i in record["items"]) == [False, True]
    # its worker was not forked from a warm process: it warmed itself
    assert list(record["cluster"]["warmup_inherited"].values()) == [False]
    assert list(record["cluster"]["renderer_claimed"].values()) == [False]
    assert all(s > 0 for s in record["cluster"]["warmup_seconds"].values())
    for item in record["items"]:  # the default output dir is ./reports
        folder = Path(item["folder"])
        assert folder.parent.parent == (workspace / "reports").resolve()
        assert (folder / "briefing.html").is_file()
    assert "briefbook batch: [" not in result.stderr  # --quiet: no progress lines
    assert "2 items: 2 ok" in result.stderr


def test_dashboard_only_when_asked(workspace):
    """Without bokeh, --dashboard is one error line (a missing dependency, exit 1) before
    any worker starts; with it, the link names a port the system chose."""
    import importlib.util

    _params(workspace, "dash")
    result = run_cli(
        "batch", "params/dash.yaml", "--workers", "1", "--dashboard", "--quiet", cwd=workspace
    )
    if importlib.util.find_spec("bokeh") is None:
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [
            "briefbook: error: the Dask dashboard (--dashboard) needs the package 'bokeh' "
            "(install it with: pip install bokeh)"
        ]
    else:
        assert result.returncode == 0, result.stderr
        assert "briefbook batch: dashboard at http://127.0.0.1:" in result.stderr


def test_batch_usage_errors_are_one_line(workspace):
    result = run_cli("batch", "params/example.yaml", "--workers", "0", cwd=workspace)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "briefbook: error: --workers must be 1 or more, got 0"
    ]


def _tree(pid: int) -> list:
    import psutil

    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return []


def _still_running(proc) -> bool:
    import psutil

    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _batch_as_from_a_terminal(workspace: Path, *args: str):
    """``briefbook batch ARGS`` started as from a terminal (a process group of its own,
    SIGINT at its default), its stderr read into a list as it comes: (process, lines,
    reader thread)."""
    import os
    import signal
    import subprocess
    import threading

    from builders import BRIEFBOOK

    def as_from_a_terminal() -> None:
        os.setsid()
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    proc = subprocess.Popen(
        [*BRIEFBOOK, "batch", *args],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_from_a_terminal,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True)
    reader.start()
    return proc, lines, reader


def _stop_as_asked(proc, lines, reader, seen, to_group, signame, code) -> str:
    """Send ``signame`` to the batch's process group (``to_group``, as a terminal's Ctrl-C)
    or to the batch alone, wait for it, and check how it ended: ``code``, no process of
    ``seen`` left running, no traceback, the batch's one interrupted line last on stderr
    (not the command's "no report was written": the batch's record was written). Returns
    its stdout. Stderr is read by ``reader`` alone (into ``lines``), so no line is lost."""
    import os
    import signal

    import psutil

    sig = getattr(signal, signame)
    if to_group:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    proc.wait(timeout=120)
    out = proc.stdout.read()
    reader.join(timeout=10)
    err = "".join(lines)
    assert proc.returncode == code, err
    # multiprocessing's resource tracker ends on its own once its pipe closes with the
    # batch: a few seconds of grace, and what still runs then was left behind
    psutil.wait_procs([p for p in seen.values() if _still_running(p)], timeout=5)
    left = [p for p in seen.values() if _still_running(p)]
    assert left == [], [(p.pid, _cmdline(p)) for p in left]
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.strip().splitlines()[-1].startswith("briefbook batch: interrupted;"), err
    assert "no report was written" not in err, err
    return out


@pytest.mark.parametrize(
    ("to_group", "signame", "code"), [(True, "SIGINT", 130), (False, "SIGTERM", 143)]
)
def test_a_stop_keeps_finished_issues_and_leaves_no_process_or_staging(
    workspace, to_group, signame, code
):
    """Ctrl-C as a terminal sends it (SIGINT to the whole foreground process group), and
    SIGTERM to the batch alone as a supervisor sends it, while one briefing has finished
    and another's kernel is running."""
    import contextlib
    import tempfile
    import time

    import psutil

    for i in range(5):  # one with a PDF: the workers get warm renderer copies
        _params(workspace, f"item{i}", **({"formats": ["html", "pdf"]} if i == 4 else {}))
    reports = workspace / "out"

    proc, lines, reader = _batch_as_from_a_terminal(
        workspace, "params/item*.yaml", "--workers", "2", "--output-dir", str(reports)
    )
    seen: dict[int, object] = {}
    kept_homes: set[str] = set()
    copy_folders: set[str] = set()
    kernel_seen = ""
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        for child in _tree(proc.pid):
            seen.setdefault(child.pid, child)
        kernels = [c for c in _tree(proc.pid) if "ipykernel" in " ".join(_cmdline(c))]
        for child in _tree(proc.pid):  # the folder of the workers' warm renderer copies
            args = _cmdline(child)
            if "--listen" in args:
                copy_folders.add(Path(args[args.index("--listen") + 1]).name)
        for kernel in kernels:  # the folders of the workers' kept kernels
            with contextlib.suppress(psutil.Error):
                kept_homes.update(
                    Path(f.path).parent.name
                    for f in kernel.open_files()
                    if Path(f.path).parent.name.startswith("briefbook-kept-kernel-")
                )
        if any("] ok " in line for line in list(lines)) and kernels:
            kernel_seen = _transport(kernels[0])
            break
        time.sleep(0.1)
    assert kernel_seen, "".join(lines)
    assert kernel_seen == "ipc"  # kernels of concurrent briefings share no TCP port
    assert kept_homes  # the workers keep their kernels
    assert copy_folders  # and were given warm renderer copies
    out = _stop_as_asked(proc, lines, reader, seen, to_group, signame, code)
    record = _record(out)
    statuses = [item["status"] for item in record["items"]]
    assert "ok" in statuses and "interrupted" in statuses, statuses
    for item in record["items"]:
        if item["status"] == "ok":  # finished issues stay
            assert (Path(item["folder"]) / "briefing.html").is_file()
    assert not list(reports.glob("*/.staging-*"))  # running ones leave no staging folder
    homes = {p.name for p in Path(tempfile.gettempdir()).glob("briefbook-kept-kernel-*")}
    assert not homes & set(kept_homes), "a kept kernel's folder was left"
    copies = {p.name for p in Path(tempfile.gettempdir()).glob("briefbook-renderers-*")}
    assert not copies & copy_folders, "the renderer copies' folder was left"
    assert not list(reports.glob("*/*-failed"))  # nor a failed issue: they were stopped


def _forkserver(pid: int):
    return next((c for c in _tree(pid) if "forkserver" in " ".join(_cmdline(c))), None)


@pytest.mark.parametrize(
    ("stage", "to_group", "signame", "code"),
    [
        ("warming", True, "SIGINT", 130),
        ("warming", False, "SIGTERM", 143),
        ("forked", True, "SIGINT", 130),
    ],
)
def test_a_stop_while_the_cluster_starts_is_one_line_and_leaves_nothing(
    workspace, private_tempdir, stage, to_group, signame, code
):
    """Ctrl-C (to the process group, as a terminal sends it) or SIGTERM (to the batch) while
    the embedded cluster starts: while its forkserver warms up (its warm-up folder exists,
    no worker forked yet), or once it has forked the workers, which are still starting.
    The batch's one interrupted line and its record, the exit code of the signal, and no
    traceback, process or temporary folder of the batch left behind."""
    import time

    for i in range(3):  # one with a PDF: the batch starts warm renderer copies too
        _params(workspace, f"start{i}", **({"formats": ["html", "pdf"]} if i == 0 else {}))

    proc, lines, reader = _batch_as_from_a_terminal(
        workspace, "params/start*.yaml", "--workers", "2", "--output-dir", "out"
    )
    seen: dict[int, object] = {}
    reached = False
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None and not reached:
        for child in _tree(proc.pid):
            seen.setdefault(child.pid, child)
        server = _forkserver(proc.pid)
        forked = bool(server and _tree(server.pid))
        if stage == "warming":  # the folder the warm-up writes its source in, and no worker
            reached = not forked and any(private_tempdir.glob("**/briefbook-warmup-*"))
        else:
            reached = forked
        time.sleep(0.02)
    assert reached, "".join(lines)
    out = _stop_as_asked(proc, lines, reader, seen, to_group, signame, code)
    record = _record(out)
    assert {item["status"] for item in record["items"]} == {"interrupted"}
    assert record["exit_code"] == code
    # nothing of the batch in the temporary folder: warm-ups, kernels, renderer copies
    assert sorted(p.name for p in private_tempdir.glob("briefbook-*")) == []


def test_pdf_batch_workers_claim_warm_renderer_copies(workspace, private_tempdir):
    """A batch with PDF output starts its workers' renderers warm, once, while the workers
    are made: each worker claims one; the PDFs come out and nothing is left behind. So
    with their kept kernels: started by the batch before the workers exist, each worker
    claims one, its first briefing runs on it, and none is left running or on disk."""
    import tempfile

    kinds = ("briefbook-renderers-*", "briefbook-kernels-*", "briefbook-kept-kernel-*")
    kinds += ("briefbook-kernel-*",)
    before = {p for kind in kinds for p in Path(tempfile.gettempdir()).glob(kind)}
    for name in ("north", "south"):
        _params(workspace, name, formats=["html", "pdf"])
    result = run_cli(
        "batch",
        "params/north.yaml",
        "params/south.yaml",
        "--workers",
        "2",
        "--quiet",
        cwd=workspace,
    )
    assert result.returncode == 0, result.stderr
    record = _record(result.stdout)
    assert list(record["cluster"]["renderer_claimed"].values()) == [True, True]
    assert list(record["cluster"]["kernel_claimed"].values()) == [True, True]
    # the forkserver's warm-up had a core of its own; the workers forked from it, all
    import os

    assert list(record["cluster"]["cpus"].values()) == [len(os.sched_getaffinity(0))] * 2
    for item in record["items"]:
        assert item["status"] == "ok"
        assert item["nth"] == 1 and not item["kernel_reused"]
        assert (Path(item["folder"]) / "briefing.pdf").read_bytes().startswith(b"%PDF")
    after = {p for kind in kinds for p in Path(tempfile.gettempdir()).glob(kind)}
    assert after == before
    # a briefing on a kernel the batch started is the one `briefbook run` makes, byte for byte
    alone = run_cli("run", "params/north.yaml", "--output-dir", "alone", cwd=workspace)
    assert alone.returncode == 0, alone.stderr
    (north,) = [Path(i["folder"]) for i in record["items"] if "north" in i["params"]]
    (single,) = (workspace / "alone" / "north").glob("2*")
    assert (north / "briefing.html").read_bytes() == (single / "briefing.html").read_bytes()


def _transport(kernel) -> str:
    """The transport in a running kernel's connection file (``-f FILE`` on its command
    line): ``ipc`` or ``tcp``; ``unknown`` when it could not be read."""
    args = _cmdline(kernel)
    try:
        path = Path(args[args.index("-f") + 1])
        return json.loads(path.read_text(encoding="utf-8"))["transport"]
    except (ValueError, IndexError, OSError, KeyError):
        return "unknown"


def _cmdline(proc) -> list[str]:
    import psutil

    try:
        return proc.cmdline()
    except psutil.Error:
        return []


def test_stage_deadline_stops_a_batch_item_in_a_worker_thread(tmp_path):
    """A batch item runs in a worker's thread, where no SIGALRM arrives: its stage time
    budget (the params key 'limits') still stops it, with one line, leaving no staging."""
    import threading

    from briefbook.app.batch import run_item

    text = " ".join(
        f"Officials said convoy {i} moved toward the river crossing and observers counted "
        f"{i % 90 + 3} vehicles."
        for i in range(3000)
    )
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    params = tmp_path / "p.yaml"
    params.write_text(
        "title: T\nseries: slow\nformats: [html]\nsources: [long.txt]\n"
        "limits: {ingest_seconds: 1, analyse_seconds: 1}\n",
        encoding="utf-8",
    )
    outcome: dict = {}
    worker = threading.Thread(
        target=lambda: outcome.update(run_item(str(params), str(tmp_path / "reports")))
    )
    worker.start()
    worker.join(300)
    assert not worker.is_alive()
    assert outcome["status"] == "bad_input", outcome
    assert "stage ran longer than 1 s and was stopped" in outcome["error"]
    assert "\n" not in outcome["error"]
    assert not list((tmp_path / "reports").rglob(".staging-*"))
