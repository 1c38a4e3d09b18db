"""``briefbook batch``: many params files, each to its own issue, on Dask distributed.

Each item runs exactly as ``briefbook run`` would (:func:`briefbook.app.run.run_briefing`,
quiet), one briefing per worker process at a time, on an embedded
``distributed.LocalCluster`` (processes, one thread per worker, no dashboard) or on an
existing cluster given by its scheduler address. A failing item never stops the batch:
every outcome is written to ``<output-dir>/batch-<UTC timestamp>.json`` and summed up in a
table on stderr.

Workers are long-lived: as a worker joins, a worker plugin (:class:`WarmWorker`) imports the
whole pipeline and loads every model and word list once (the embedding model, the section
weights, the gazetteer ...) by assessing a short text of our own, so no briefing pays for
that load. The embedded cluster's workers are forked from a forkserver that did that once
for all of them (:mod:`briefbook.app.forkwarm`): they start warm, and (when any item asks
for a PDF) each claims a warm PDF renderer that the batch started, warmed once and forked
while the workers were being made (:class:`briefbook.render.pdf.RendererCopies`), and
each claims a kept kernel the batch started at the same time, which its first briefing
adopts (:class:`briefbook.app.kernels.KernelCopies`): the kernels boot on the core the
forkserver's warm-up leaves idle, not beside the workers' first briefings. Each outcome names the worker process that ran it, which of that worker's
briefings it was, whether the models were loaded before it started, and the seconds of
each stage, so the batch record shows where the time went.

Outcomes: ``ok`` (with the issue's folder), ``failed`` (the run failed: notebook, render,
worker lost; one-line error) and ``bad_input`` (the params file or its sources are
invalid; one-line error). Exit code: 2 when any item was bad input (it wins: the input must
be fixed before a rerun can help), else 1 when any failed, else 0; 130 when interrupted.

``distributed`` is imported here only when a batch runs: the other commands never pay
for it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from briefbook.app.guard import raise_pending_stop
from briefbook.app.warmdir import make_warmup_home, remove_warmup_home
from briefbook.errors import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    BriefbookError,
    InputError,
    MissingDependencyError,
)

OK, FAILED, BAD_INPUT, INTERRUPTED = "ok", "failed", "bad_input", "interrupted"

# one briefing per worker process at a time, even on a worker started with several threads
_WORKER_LOCK = threading.Lock()

# Dask settings of the embedded cluster (its scheduler, nannies and workers): the
# housekeeping meant for the dashboard and for diagnosing Dask itself, which briefbook
# never shows, runs rarely or not at all. By default the workers' statistical profiler
# samples the stacks of a running task every 10 ms, every process checks its event loop
# every 20 ms and reads its system figures every 500 ms, and the nannies read their
# worker's memory every 100 ms: with two workers each running a task, 0.2 CPU-s every
# second, 0.04 with these settings, measured on an idle cluster running two sleeping
# tasks (that time is taken from the briefings on the same cores). A cluster given by
# --scheduler keeps its own settings.
EMBEDDED_DASK_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
}


@dataclass
class ItemOutcome:
    """What became of one params file: ``status`` is ok, failed, bad_input or interrupted;
    ``folder`` the issue's folder when ok; ``error`` one line otherwise; ``seconds`` the
    item's wall time on its worker (0 when it never ran); ``worker`` ``host:pid`` of the
    worker process, ``nth`` which of its briefings this was (1-based), ``warm`` whether the
    models were loaded in that process before the item started, ``timing`` seconds per
    stage (ingest, analyse, execute, html, pdf), ``cpu_seconds`` the CPU seconds the item
    cost its worker process and every process under it (kernel, PDF renderer), from
    :func:`tree_cpu_seconds` before and after; ``kernel_reused`` whether its notebook ran
    on the worker's kept kernel, reset after an earlier briefing
    (:mod:`briefbook.app.kernels`), rather than on a kernel started for it; ``started_at``
    and ``finished_at`` the item's start and end on its worker (Unix time, seconds; 0 when
    it never ran), which show how busy each worker was from the batch's start to its end."""

    params: str
    status: str
    folder: str | None = None
    error: str | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    worker: str | None = None
    nth: int = 0
    warm: bool = False
    timing: dict[str, float] = field(default_factory=dict)
    cpu_seconds: float = 0.0
    kernel_reused: bool = False
    started_at: float = 0.0
    finished_at: float = 0.0


def tree_cpu_seconds() -> float:
    """CPU seconds (user + system) used so far by this process, by the children it has
    reaped, and by its live descendants (a kept PDF renderer, a kernel not yet stopped),
    and by the warm renderer copy it claimed (:class:`briefbook.render.pdf.RendererCopies`).
    The difference of two readings is what happened between them, whichever processes
    started, ended or stayed in between."""
    import resource

    import psutil

    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    try:
        live = psutil.Process().children(recursive=True)
    except psutil.Error:
        live = []
    from briefbook.app.kernels import claimed_kernel_pid
    from briefbook.render.pdf import claimed_renderer_pid

    # a warm renderer copy and a kernel the batch started, claimed by this worker: not
    # its children, but its own
    for claimed in (claimed_renderer_pid(), claimed_kernel_pid()):
        if claimed is not None:
            with contextlib.suppress(psutil.Error):
                process = psutil.Process(claimed)
                # with a layout it forked and has not reaped yet (a reaped one is in its
                # children's times)
                live.extend([process, *process.children(recursive=True)])
    for proc in live:
        with contextlib.suppress(psutil.Error):
            t = proc.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
    return total


def expand_params(patterns: list[str]) -> tuple[list[Path], list[ItemOutcome]]:
    """Params files named by paths or globs, absolute, in order, each once; a pattern that
    matches nothing is a bad-input outcome."""
    found: list[Path] = []
    bad: list[ItemOutcome] = []
    for pattern in patterns:
        if glob.has_magic(pattern):
            matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
            if not matches:
                bad.append(
                    ItemOutcome(pattern, BAD_INPUT, error=f"{pattern} matches no params file")
                )
            paths = [Path(m) for m in matches if Path(m).is_file()]
        else:
            paths = [Path(os.path.expanduser(pattern))]
        for path in paths:
            path = path.absolute()
            if path not in found:
                found.append(path)
    return found, bad


def run_item(
    params_path: str, output_dir: str, notebook: str | None = None, debug: bool = False
) -> dict[str, Any]:
    """One briefing, on a worker: never raises; returns an :class:`ItemOutcome` as a dict."""
    import socket

    from briefbook.app.kernels import KEPT_STATE
    from briefbook.app.quiet import quiet_libraries
    from briefbook.app.run import Progress, run_briefing
    from briefbook.app.workers import WORKER_STATE, models_loaded
    from briefbook.config.limits import reset_limits
    from briefbook.config.params import load_params

    quiet_libraries(debug)  # the worker is as quiet as the command that started it
    with _WORKER_LOCK:
        WORKER_STATE["briefings"] += 1
        warm = models_loaded()
        started_at = time.time()
        start = time.perf_counter()
        cpu = tree_cpu_seconds()
        reused = KEPT_STATE["reused"]
        progress = Progress(quiet=True)
        try:
            reset_limits()  # an earlier item's params key 'limits' is not this one's
            params = load_params(params_path)
            result = run_briefing(
                params,
                output_dir=Path(output_dir),
                progress=progress,
                notebook=Path(notebook) if notebook else None,
                keep_warm=True,  # the worker's PDF renderer, warm from one briefing to the next
            )
            outcome = ItemOutcome(params_path, OK, folder=str(result.folder))
        except BriefbookError as exc:
            status = BAD_INPUT if exc.exit_code == EXIT_BAD_INPUT else FAILED
            outcome = ItemOutcome(params_path, status, error=exc.line())
        except Exception as exc:  # an internal error: still one line, and the batch goes on
            first = str(exc).splitlines()[0] if str(exc) else ""
            outcome = ItemOutcome(
                params_path, FAILED, error=f"internal error: {type(exc).__name__}: {first}"
            )
        outcome.seconds = round(time.perf_counter() - start, 2)
        outcome.started_at = round(started_at, 3)
        outcome.finished_at = round(time.time(), 3)
        outcome.cpu_seconds = round(tree_cpu_seconds() - cpu, 2)
        outcome.warnings = list(progress.warnings)
        outcome.worker = f"{socket.gethostname()}:{os.getpid()}"
        outcome.nth = WORKER_STATE["briefings"]
        outcome.warm = warm
        outcome.timing = dict(progress.timing)
        outcome.kernel_reused = KEPT_STATE["reused"] > reused
    return asdict(outcome)


class BatchProgress:
    """Progress lines on stderr: one per finished item with done/running/failed/elapsed."""

    def __init__(self, total: int, stream: TextIO | None = None, *, quiet: bool = False) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.start = time.perf_counter()
        self.done = 0
        self.failed = 0

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def say(self, line: str) -> None:
        if not self.quiet:
            print(f"briefbook batch: {line}", file=self.stream, flush=True)

    def finished(self, outcome: ItemOutcome, running: int) -> None:
        self.done += 1
        if outcome.status != OK:
            self.failed += 1
        what = outcome.folder if outcome.status == OK else outcome.error
        self.say(
            f"[{self.done}/{self.total}] {outcome.status} {Path(outcome.params).name}: {what} "
            f"({self.done} done, {running} running, {self.failed} not ok, "
            f"{self.elapsed():.0f} s)"
        )


def exit_code(outcomes: list[ItemOutcome]) -> int:
    """2 when any item was bad input, else 1 when any failed (or was interrupted), else 0."""
    statuses = {o.status for o in outcomes}
    if BAD_INPUT in statuses:
        return EXIT_BAD_INPUT
    if statuses - {OK}:
        return EXIT_FAILED
    return 0


def summary_table(outcomes: list[ItemOutcome]) -> str:
    """A plain-text table: status, seconds, params file, folder or error."""
    rows = [("STATUS", "SECONDS", "PARAMS", "FOLDER / ERROR")]
    for o in outcomes:
        rows.append(
            (
                o.status.replace("_", " "),
                f"{o.seconds:.1f}",
                o.params,
                (o.folder if o.status == OK else o.error) or "",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["  ".join(r[i].ljust(widths[i]) for i in range(3)) + "  " + r[3] for r in rows]
    counts = {s: sum(o.status == s for o in outcomes) for s in (OK, FAILED, BAD_INPUT)}
    interrupted = sum(o.status == INTERRUPTED for o in outcomes)
    lines.append(
        f"{len(outcomes)} items: {counts[OK]} ok, {counts[FAILED]} failed, "
        f"{counts[BAD_INPUT]} bad input" + (f", {interrupted} interrupted" if interrupted else "")
    )
    return "\n".join(lines)


def write_record(
    root: Path,
    outcomes: list[ItemOutcome],
    started: dt.datetime,
    scheduler: str,
    code: int,
    cluster: dict[str, Any] | None = None,
) -> Path:
    """``root/batch-<UTC timestamp>.json`` (``-2``, ``-3`` ... when taken). ``cluster``:
    what starting the cluster cost (``start_seconds``: connected or started, and every
    worker warmed up; ``warmup_seconds``: per worker, its own warm-up; ``warmup_inherited``:
    per worker, whether it was forked warm from the embedded cluster's forkserver)."""
    from briefbook import __version__
    from briefbook.app.outputs import write_text
    from briefbook.errors import OutputError

    finished = dt.datetime.now(dt.UTC)
    record = {
        "briefbook": __version__,
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "seconds": round((finished - started).total_seconds(), 2),
        "scheduler": scheduler,
        "cluster": cluster or {},
        "exit_code": code,
        "counts": {
            s: sum(o.status == s for o in outcomes) for s in (OK, FAILED, BAD_INPUT, INTERRUPTED)
        },
        "items": [asdict(o) for o in outcomes],
    }
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    try:
        root.mkdir(parents=True, exist_ok=True)
        path, n = root / f"batch-{stamp}.json", 1
        while path.exists():
            n += 1
            path = root / f"batch-{stamp}-{n}.json"
        return write_text(path, json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise OutputError(
            f"cannot write the batch record in {root}: {exc.strerror or exc}",
            hint="choose a writable --output-dir",
        ) from exc


def run_batch(
    patterns: list[str],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    output_dir: Path | None = None,
    notebook: Path | None = None,
    quiet: bool = False,
    debug: bool = False,
    stream: TextIO | None = None,
    dashboard: str | None = None,
) -> tuple[int, Path, list[ItemOutcome]]:
    """Run every params file of ``patterns``; return (exit code, record path, outcomes).

    ``workers`` sizes the embedded LocalCluster (default: the number of cores); ``scheduler``
    (``tcp://host:8786``) uses an existing cluster instead, whose workers must see the
    same paths. ``debug`` lets Dask and the libraries on the workers log. ``dashboard``:
    the embedded cluster serves the Dask dashboard at this address (``127.0.0.1:0``: any
    free port; the link is printed), or the given scheduler's link is printed; None: no
    dashboard. Raises :class:`InputError` for options that make no batch at all.

    The embedded cluster's forkserver is started first (:func:`_start_forkserver`): it
    warms up on one core while this process checks the params files and starts Dask.
    """
    stream = stream or sys.stderr
    if workers is not None and workers < 1:
        raise InputError(f"--workers must be 1 or more, got {workers}")
    if workers is not None and scheduler:
        raise InputError("give --workers or --scheduler, not both")
    embedded = not scheduler and bool(patterns)
    warm_home = None
    try:
        if embedded:
            # the embedded cluster's warm-ups write in a folder of ours, removed at the end
            # even when a warm-up was killed half-way (a stop while the forkserver warms up)
            warm_home = make_warmup_home()
            if _start_forkserver(debug):
                _START_CPUS[:] = _core_for_forkserver()
        return _run_batch(
            patterns,
            workers=workers,
            scheduler=scheduler,
            output_dir=output_dir,
            notebook=notebook,
            quiet=quiet,
            debug=debug,
            stream=stream,
            dashboard=dashboard,
        )
    finally:
        _restore_cpus()  # when no cluster was made
        if embedded:  # stopped with its cluster, or here when no cluster was made (or a
            # stop came as it started: its Ctrl-C is held until it runs)
            _stop_forkserver([], kill=True)
        if warm_home is not None:
            remove_warmup_home(warm_home)


def _run_batch(
    patterns: list[str],
    *,
    workers: int | None,
    scheduler: str | None,
    output_dir: Path | None,
    notebook: Path | None,
    quiet: bool,
    debug: bool,
    stream: TextIO,
    dashboard: str | None,
) -> tuple[int, Path, list[ItemOutcome]]:
    """:func:`run_batch` once its options are checked."""
    from briefbook.config.params import load_params

    if notebook is not None:
        from briefbook.app.execute import check_notebook

        check_notebook(Path(notebook))
        notebook = Path(notebook).absolute()
    root = (Path(output_dir) if output_dir else Path.cwd() / "reports").absolute()
    started = dt.datetime.now(dt.UTC)
    paths, outcomes = expand_params(patterns)
    runnable: list[tuple[Path, Any]] = []
    for path in paths:  # params are checked here, before a worker is started
        try:
            runnable.append((path, load_params(path)))
        except BriefbookError as exc:
            outcomes.append(ItemOutcome(str(path), BAD_INPUT, error=exc.line()))
    runnable = _refuse_overwriting_inputs(runnable, root, notebook, outcomes)
    progress = BatchProgress(len(outcomes) + len(runnable), stream, quiet=quiet)
    for outcome in outcomes:
        progress.finished(outcome, running=0)
    where = scheduler or f"LocalCluster({workers or os.cpu_count() or 1} workers)"
    cluster: dict[str, Any] = {}
    try:
        if runnable:
            _run_on_dask(
                runnable,
                root,
                notebook,
                workers,
                scheduler,
                progress,
                outcomes,
                debug,
                dashboard,
                cluster,
            )
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM / SIGHUP (Interrupted)
        from briefbook.app.guard import stop_handled

        stop_handled(exc)  # said here, in one line: the command does not say it again
        code = getattr(exc, "exit_code", EXIT_INTERRUPTED)
        done = {o.params for o in outcomes}
        outcomes += [
            ItemOutcome(str(p), INTERRUPTED, error="interrupted before it finished")
            for p, _ in runnable
            if str(p) not in done
        ]
        _remove_staging(root, [params for p, params in runnable if str(p) not in done], started)
        record = write_record(root, outcomes, started, where, code, cluster)
        print(summary_table(outcomes), file=stream)
        print(f"briefbook batch: interrupted; finished issues are kept; {record}", file=stream)
        return code, record, outcomes
    order = {str(p): i for i, (p, _) in enumerate(runnable)}
    outcomes.sort(key=lambda o: (o.params in order, order.get(o.params, 0)))
    code = exit_code(outcomes)
    record = write_record(root, outcomes, started, where, code, cluster)
    print(summary_table(outcomes), file=stream)
    return code, record, outcomes


def _refuse_overwriting_inputs(
    runnable: list[tuple[Path, Any]],
    root: Path,
    notebook: Path | None,
    outcomes: list[ItemOutcome],
) -> list[tuple[Path, Any]]:
    """The items whose inputs no item of the batch writes over (its series index or
    ``latest`` link under ``root``); each other item is a bad-input outcome, not run."""
    from briefbook.app.outputs import LATEST, refuse_overwrite
    from briefbook.app.run import check_sources, run_inputs

    written = {root.resolve() / params.series for _, params in runnable}
    files = [d / name for d in sorted(written) for name in ("index.html", LATEST)]
    kept = []
    for path, params in runnable:
        try:
            sources = check_sources(params)
        except BriefbookError:  # a missing source: the worker reports it, as for any run
            kept.append((path, params))
            continue
        try:
            refuse_overwrite(
                run_inputs(params, sources, notebook=notebook), files=files, option="--output-dir"
            )
        except BriefbookError as exc:
            outcomes.append(ItemOutcome(str(path), BAD_INPUT, error=exc.line()))
            continue
        kept.append((path, params))
    return kept


def _run_on_dask(
    runnable: list[tuple[Path, Any]],
    root: Path,
    notebook: Path | None,
    workers: int | None,
    scheduler: str | None,
    progress: BatchProgress,
    outcomes: list[ItemOutcome],
    debug: bool = False,
    dashboard: str | None = None,
    cluster_info: dict[str, Any] | None = None,
) -> None:
    """Append each item's outcome to ``outcomes`` as it finishes (kept on Ctrl-C); fill
    ``cluster_info`` with what starting the cluster cost."""
    # Dask's own log lines (cluster start and stop, and the heartbeat and connection
    # errors a loaded machine prints while workers shut down) only with --debug, here and
    # on the worker processes the local cluster spawns (they read the same environment):
    # what went wrong with an item is in its outcome, as one line
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "info" if debug else "critical")
    start = time.perf_counter()
    cluster_info = {} if cluster_info is None else cluster_info
    cluster = None
    client = None
    copies = None
    kernels = None
    futures: list[Any] = []
    pdf = any("pdf" in params.formats for _, params in runnable)
    count = workers or os.cpu_count() or 1
    hidden = contextlib.ExitStack()
    try:
        if not scheduler:
            # started before Dask is imported: they warm up while the forkserver finishes
            # its own warm-up and the workers are made, on the core it leaves idle. The
            # workers' PDF renderers (warmed once, then forked) ...
            if pdf:
                from briefbook.render.pdf import RendererCopies

                copies = RendererCopies(min(count, len(runnable)))
            # ... and their kept kernels (Python, ipykernel, what the notebook shows): each
            # worker claims one of each as it joins; its first briefing adopts the kernel
            kernels = _kernel_copies(min(count, len(runnable)), runnable, notebook)
        try:
            import distributed
        except ImportError as exc:  # pragma: no cover - a dependency of briefbook
            raise MissingDependencyError("distributed", "briefbook batch") from exc
        from briefbook.app.workers import WarmWorker, worker_start

        if scheduler:
            try:
                client = distributed.Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise InputError(
                    f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                    hint="start one with 'dask scheduler' or check the address",
                ) from exc
        else:
            cluster, client, stopped = _start_local_cluster(
                distributed, count, dashboard, None if debug else hidden
            )
            if stopped is not None:  # stopped while it started: stopped below, as any stop
                raise stopped
            _restore_cpus()  # the workers are up: every process of the batch, every CPU
        # a stop Python dropped where it was raised (a finalizer run by the collector while
        # the forkserver or the kept kernels started) ends the batch now, not at its end
        raise_pending_stop()
        if dashboard is not None:
            link = client.dashboard_link if (cluster is None or cluster.dashboard_link) else ""
            # said even with --quiet: it was asked for, and its port is only known now
            print(
                f"briefbook batch: dashboard at {link}"
                if link
                else f"briefbook batch: the scheduler at {scheduler} serves no dashboard",
                file=progress.stream,
                flush=True,
            )
        # every worker, now and joining later, imports the pipeline and loads the models once
        client.register_plugin(
            WarmWorker(
                debug,
                renderer_copies=str(copies.folder) if copies else None,
                # the workers of our own cluster start no renderer for a batch without PDF
                renderer=pdf or cluster is None,
                kernel_copies=str(kernels.folder) if kernels else None,
            )
        )
        cluster_info["start_seconds"] = round(time.perf_counter() - start, 2)
        # the biggest briefings first (priority: their sources' bytes), so that the batch
        # does not end with one worker running a long briefing while the others idle; and
        # submitted in that order, since each submission is scheduled as it arrives: in
        # the params' order, the first ones went to the idle workers before the bigger
        # ones behind them were known
        sizes = [source_bytes(params) for _, params in runnable]
        futures = [None] * len(runnable)
        for i in submission_order(sizes):
            path = runnable[i][0]
            futures[i] = client.submit(
                run_item,
                str(path),
                str(root),
                str(notebook) if notebook else None,
                debug,
                key=f"briefing-{i}-{path.stem}",
                pure=False,
                priority=sizes[i],
            )
        # asked once the workers have their first briefings (on their event loops, beside
        # the briefing): per worker, its warm-up's seconds, whether it was forked warm from
        # the embedded cluster's forkserver, whether its PDF renderer is a warm copy and its
        # kept kernel one this batch started
        for key, values in _per_worker(client.run(worker_start)).items():
            cluster_info[key] = values
        info = client.scheduler_info()["workers"]
        progress.say(f"{len(runnable)} briefings on {len(info)} workers")
        pending = len(futures)
        slots = sum(w.get("nthreads", 1) for w in info.values())
        for future in distributed.as_completed(futures):
            pending -= 1
            index = futures.index(future)
            try:
                outcome = ItemOutcome(**future.result())
            except Exception as exc:  # the worker died, or the task could not run there
                first = str(exc).splitlines()[0] if str(exc) else ""
                outcome = ItemOutcome(
                    str(runnable[index][0]), FAILED, error=f"{type(exc).__name__}: {first}"
                )
            outcomes.append(outcome)
            progress.finished(outcome, running=min(pending, slots))
            raise_pending_stop()  # so between briefings
    except KeyboardInterrupt:
        if cluster is not None:
            # the local workers, their kernels and PDF renderers are ours: none is left
            # behind. A running briefing cannot be cancelled, only stopped with its
            # process: the workers are frozen first (so none starts a kernel or a renderer
            # while we look), then everything they started is killed, then they are; the
            # cluster is closed after, and run_batch removes the staging folders once
            # nothing can write to them.
            _stop_local(cluster)
            if kernels is not None:  # the kernels started here, claimed or not
                kernels.kill()
            for closing in (client, cluster):
                with contextlib.suppress(Exception):
                    closing.close(timeout=5)
        elif client is not None and futures:  # a stop during the submissions: some None
            client.cancel([f for f in futures if f is not None], force=True)
        raise
    finally:
        if client is not None:
            with contextlib.suppress(Exception):
                client.close(timeout=10)
        if cluster is not None:
            workers = _worker_processes(cluster)
            with contextlib.suppress(Exception):
                cluster.close(timeout=10)
            _stop_forkserver(workers, kill=sys.exc_info()[0] is not None)
        if kernels is not None:  # the claimed ones were stopped by their workers
            kernels.close()
        if copies is not None:  # the claimed ones ended with their workers
            if sys.exc_info()[0] is not None:
                copies.kill()
            else:
                copies.close()
        hidden.close()  # Dask's loggers as they were (when hidden), once what it made is closed


def _per_worker(states: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """``{worker: {key: value}}`` turned into ``{key: {worker: value}}``."""
    found: dict[str, dict[str, Any]] = {}
    for worker, state in states.items():
        for key, value in state.items():
            found.setdefault(key, {})[worker] = value
    return found


def _kernel_copies(count: int, runnable: list[tuple[Path, Any]], notebook: Path | None) -> Any:
    """``count`` kernels for the embedded cluster's workers, started now
    (:class:`~briefbook.app.kernels.KernelCopies`), primed for the schema most of the
    ``runnable`` items ask for; None when the workers keep no kernel (an analyst's own
    ``notebook``, ``BRIEFBOOK_FRESH_KERNELS=1``) or when one cannot be started (each
    worker's first briefing then starts its own, and meets the problem)."""
    from briefbook.app.kernels import KernelCopies, fresh_kernels_asked

    # this process is no Dask worker: only the environment can say no (asking Dask
    # would import it before the kernels start)
    if notebook is not None or count < 1 or fresh_kernels_asked():
        return None
    from collections import Counter

    from briefbook.app.execute import kernel_name, kernel_prime

    schema = Counter(params.schema for _, params in runnable).most_common(1)[0][0]
    try:
        return KernelCopies(count, kernel_name(), kernel_prime(schema))
    except Exception:
        return None


def _start_local_cluster(
    distributed: Any,
    workers: int,
    dashboard: str | None,
    hush: contextlib.ExitStack | None = None,
) -> tuple[Any, Any, KeyboardInterrupt | None]:
    """The embedded cluster (:func:`_local_cluster`) and its client, started with stop
    signals deferred (:func:`briefbook.app.guard.stops_deferred`); returns ``(cluster,
    client, stop)``: ``stop`` is the interruption to raise when a stop signal came
    meanwhile (the cluster or the client is None when it could not be made).

    Dask starts its scheduler, nannies and workers on a thread of its own: a
    ``KeyboardInterrupt`` raised in the middle of that start left them starting, with no
    cluster to stop them by, and Dask printed a hundred lines of tracebacks as they failed.
    So a stop waits for Dask to finish or give up, and is cut short: the forkserver, whose
    warm-up is the longest part (seconds; minutes on a loaded machine), is killed with the
    workers it forked (:func:`_cut_start_short`), so the workers fail to start at once.
    When the start fails so, Dask's complaints about it (its tasks that failed: the loggers
    of :data:`DASK_COMPLAINT_LOGGERS`) are hidden until ``hush`` is closed, by the caller
    once what Dask made is closed (shown when ``hush`` is None: ``--debug``), and what Dask
    made is closed here when no cluster is returned."""
    from distributed.deploy.spec import SpecCluster

    from briefbook.app.guard import stops_deferred

    known = set(SpecCluster._instances)
    cluster = client = None
    with stops_deferred(_cut_start_short) as stops:
        try:
            cluster = _local_cluster(distributed, workers, dashboard)
            if not stops:
                client = distributed.Client(cluster)
        except Exception:
            if not stops:
                raise
    if not stops:
        return cluster, client, None
    if hush is not None:
        hush.enter_context(_dask_complaints_hidden())
    if cluster is None:  # what Dask made before it gave up
        for made in set(SpecCluster._instances) - known:
            with contextlib.suppress(Exception):
                made.close(timeout=5)
    return cluster, client, stops[0]


# the loggers of Dask's complaints about a start cut short (its tasks that failed)
DASK_COMPLAINT_LOGGERS = ("asyncio", "tornado", "distributed")


@contextlib.contextmanager
def _dask_complaints_hidden() -> Iterator[None]:
    """Within the block, the loggers of :data:`DASK_COMPLAINT_LOGGERS` show nothing (level
    above CRITICAL); each gets its own level back at the end, even on an exception."""
    import logging

    loggers = [logging.getLogger(name) for name in DASK_COMPLAINT_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _cut_start_short() -> None:
    """At a stop while the embedded cluster starts: kill its forkserver (still warming up,
    seconds; minutes on a loaded machine) and the workers already forked from it (still
    starting), so that Dask's start of the workers fails at once instead of finishing
    first; a forkserver multiprocessing starts again for a nanny that asks later preloads
    nothing (the batch is stopping: its workers will run nothing). Nothing when there is
    no forkserver (the start ends as Dask's own)."""
    import multiprocessing
    import multiprocessing.forkserver as forkserver
    import signal

    import psutil

    with contextlib.suppress(ValueError):
        multiprocessing.get_context("forkserver").set_forkserver_preload([])
    pid = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)
    if pid is None:
        return
    try:
        server = psutil.Process(pid)
        doomed = [server, *server.children(recursive=True)]
    except psutil.Error:
        return
    for proc in doomed:
        with contextlib.suppress(psutil.Error):
            proc.send_signal(signal.SIGKILL)


def _local_cluster(distributed: Any, workers: int, dashboard: str | None) -> Any:
    """An embedded cluster on the loopback interface, every port chosen by the system (so
    batches started at once never collide): ``workers`` processes of one thread; a
    dashboard only when asked (``dashboard`` is its address, ``host:0`` for any port).

    The workers are forked from multiprocessing's forkserver, which imports the pipeline
    and loads its models first (:func:`_preload_forkserver`): each worker starts warm.
    They preload :mod:`briefbook.app.workers`, which makes them ignore SIGINT:
    Ctrl-C in a terminal reaches every process of the foreground group, and the batch
    (their parent) is the one that stops them, their kernels and their PDF renderers."""
    if dashboard is not None:
        try:
            import bokeh  # noqa: F401
        except ImportError as exc:
            raise MissingDependencyError("bokeh", "the Dask dashboard (--dashboard)") from exc
    import dask

    # read by the scheduler, the nannies and (passed on by each nanny) the workers as they
    # start; a dashboard that was asked for keeps the profiler it shows
    settings = dict(EMBEDDED_DASK_CONFIG)
    if dashboard is not None:
        settings.pop("distributed.worker.profile.enabled")
    settings["distributed.worker.multiprocessing-method"] = "forkserver"
    with dask.config.set(settings):
        _preload_forkserver()
        return distributed.LocalCluster(
            n_workers=workers,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            scheduler_port=0,
            dashboard_address=dashboard,
            preload=["briefbook.app.workers"],
            # no dashboard unless asked: without an address Dask still serves its HTTP
            # routes on port 8787 and warns on stderr when another process holds that port
            scheduler_kwargs=(
                None if dashboard is not None else {"dashboard_address": "127.0.0.1:0"}
            ),
        )


# what the forkserver of the embedded cluster imports before it forks the first worker: the
# warm-up of a worker (briefbook.app.forkwarm), paid there once for all workers, and Dask
# (which the warm-up imports already). The warm-up comes first: it begins by ignoring
# SIGINT and letting it through (_start_forkserver starts the forkserver with SIGINT held),
# so a Ctrl-C during Dask's import does not end it with a traceback.
FORKSERVER_PRELOAD = ["briefbook.app.forkwarm", "distributed"]


def _start_forkserver(debug: bool = False) -> bool:
    """Start the embedded cluster's forkserver now, with its preload list
    (:data:`FORKSERVER_PRELOAD`): it imports the pipeline and loads the models
    (:mod:`briefbook.app.forkwarm`, about 4-5 s on one core) while this process checks the
    params files, imports Dask and starts the scheduler and the nannies, which took as long
    again with the other core idle; the workers are forked from it once both are done.
    Returns whether it runs (False where multiprocessing has no forkserver: Dask then
    starts the workers its own way). Dask's log level is set first: the forkserver, and
    the workers forked from it, read it from the environment."""
    import multiprocessing

    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "info" if debug else "critical")
    with contextlib.suppress(AttributeError, OSError):  # read by the forkserver
        os.environ[CPUS_ENV] = ",".join(map(str, sorted(os.sched_getaffinity(0))))
    try:
        multiprocessing.get_context("forkserver").set_forkserver_preload(FORKSERVER_PRELOAD)
        import multiprocessing.forkserver as forkserver

        with _sigint_held_for_children():
            forkserver.ensure_running()
    except (ValueError, ImportError, OSError):
        return False
    finally:
        os.environ.pop(CPUS_ENV, None)
    return True


# set in the environment while the batch starts the forkserver with SIGINT held (blocked)
# that was not held before: the forkserver's warm-up (briefbook.app.forkwarm) lets it through
# again once it ignores SIGINT; unset, the forkserver keeps the mask it inherited
SIGINT_HELD_ENV = "BRIEFBOOK_SIGINT_HELD"


@contextlib.contextmanager
def _sigint_held_for_children() -> Iterator[None]:
    """A process started in the block begins with SIGINT held (blocked in the calling
    thread, whose mask a child inherits, through ``exec`` too), so a terminal's Ctrl-C,
    which reaches the whole process group, cannot end it before it has ignored SIGINT
    itself (the forkserver: :mod:`briefbook.app.forkwarm`, its first import, ignores it and
    lets it through again when :data:`SIGINT_HELD_ENV` says the batch held it).

    In this process a Ctrl-C that comes meanwhile reaches SIGINT's handler once the block
    ends: this thread's previous mask is set again (SIGINT stays held if it was), and a
    Python handler (``KeyboardInterrupt``) is replaced within the block by one that notes
    the signal, so that one delivered to another thread of the process (which does not
    hold it) waits too; the noted signal is raised again after the block. A handler
    installed from C (:func:`signal.getsignal` None) is left in place: the signal then
    waits only while no other thread can take it. Outside the main thread, nothing
    changes (no signal handler runs there)."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    handler = signal.getsignal(signal.SIGINT)
    swapped = handler is not None and handler is not signal.SIG_IGN
    if swapped:
        signal.signal(signal.SIGINT, lambda signum, frame: noted.append(signum))
    try:
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        held_before = signal.SIGINT in mask
        if not held_before:
            os.environ[SIGINT_HELD_ENV] = "1"
        try:
            yield
        finally:
            if not held_before:
                os.environ.pop(SIGINT_HELD_ENV, None)
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a held one is handled now
    finally:
        if swapped:
            signal.signal(signal.SIGINT, handler)
            if noted:
                signal.raise_signal(signal.SIGINT)  # to its own handler, in this thread


def release_held_sigint() -> bool:
    """In a process started within :func:`_sigint_held_for_children` (the forkserver, once
    it ignores SIGINT: :mod:`briefbook.app.forkwarm`): let SIGINT through again when the
    batch held it (:data:`SIGINT_HELD_ENV`, removed from the environment so that the
    processes started later do not read it); a SIGINT held before the batch held it stays
    held. Returns whether it was let through."""
    import signal

    if not os.environ.pop(SIGINT_HELD_ENV, None):
        return False
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    return True


# the CPUs this process may run on, given to the processes of the batch again once its
# workers are up (empty: nothing to give back), see _core_for_forkserver
_START_CPUS: list[int] = []
CPUS_ENV = "BRIEFBOOK_BATCH_CPUS"  # the same, for the forkserver (briefbook.app.forkwarm)


def _core_for_forkserver() -> list[int]:
    """Give the forkserver, which has just begun its warm-up (the longest thing the start
    of a batch waits for, on one core), a core of its own, and this process (and what it
    starts meanwhile: the PDF renderers' and the kernels' warm-ups, the scheduler) the
    others, so that they take none of its time: the forkserver gets the first of this
    process's CPUs, this process the rest. The forkserver takes every CPU back when its
    warm-up is done (:data:`CPUS_ENV`, :mod:`briefbook.app.forkwarm`), before it forks
    the first worker; the rest take them back with :func:`_restore_cpus`. Returns the
    CPUs to give back (empty: nothing was changed: one CPU, no forkserver, or no CPU
    affinity here)."""
    import multiprocessing.forkserver as forkserver

    pid = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)
    try:
        cpus = sorted(os.sched_getaffinity(0))
        if pid is None or len(cpus) < 2:
            return []
        os.sched_setaffinity(pid, cpus[:1])
        os.sched_setaffinity(0, cpus[1:])
    except (AttributeError, OSError):
        return []
    return cpus


def _restore_cpus() -> None:
    """Every process of this batch (this process first, then each process's children
    after it, so that none forked meanwhile keeps the restriction) may run on every CPU
    this process had (:func:`_core_for_forkserver`); nothing when nothing was changed."""
    cpus, _START_CPUS[:] = list(_START_CPUS), []
    if not cpus:
        return
    import psutil

    todo = [psutil.Process()]
    while todo:
        proc = todo.pop(0)
        with contextlib.suppress(psutil.Error, OSError):
            proc.cpu_affinity(cpus)
        with contextlib.suppress(psutil.Error):
            todo.extend(proc.children())


def _preload_forkserver() -> None:
    """The local workers are forked from one forkserver that imported the pipeline and
    loaded its models first (:mod:`briefbook.app.forkwarm`): the warm-up is paid once, not
    once per worker, and the workers share its memory pages until they write them.

    Dask sets its own preload list when it first makes a forkserver context (it imports
    every package it knows of in this process to do so: half a second for nothing here);
    it is told that the list is set. Where that flag is gone (another Dask), Dask's list
    wins and each worker warms itself, as before. Once this process's forkserver runs
    (an earlier batch in the same process), it stays as it is, already warm."""
    import multiprocessing

    multiprocessing.get_context("forkserver").set_forkserver_preload(FORKSERVER_PRELOAD)
    with contextlib.suppress(ImportError):
        import distributed.utils as dask_utils

        if hasattr(dask_utils, "_forkserver_preload_set"):
            dask_utils._forkserver_preload_set = True


def _worker_processes(cluster: Any) -> list[Any]:
    """The local cluster's worker processes (psutil), while they run."""
    import psutil

    found = []
    for nanny in list(cluster.workers.values()):
        with contextlib.suppress(psutil.Error, TypeError, ValueError, AttributeError):
            found.append(psutil.Process(nanny.pid))
    return found


def _stop_forkserver(workers: list[Any], *, kill: bool = False) -> None:
    """Stop the forkserver the embedded cluster's ``workers`` were forked from, once it has
    reaped them (at most 5 s), and wait for it: nothing of the batch outlives it, and its
    CPU time, with that of the workers it reaped (and theirs, of their kernels and
    renderers), counts among this process's children's, as spawned workers' did.
    ``kill``: at once (an error or a stop; it may still be warming up). Through
    multiprocessing's own stop of its forkserver; where that is missing (another Python),
    the forkserver ends by itself when this process exits."""
    import multiprocessing.forkserver as forkserver
    import signal

    import psutil

    server = getattr(forkserver, "_forkserver", None)
    pid = getattr(server, "_forkserver_pid", None)
    if pid is None or not hasattr(server, "_stop"):
        return
    if not kill:
        with contextlib.suppress(psutil.Error):
            psutil.wait_procs(workers, timeout=5)  # gone, and reaped, when they are gone
    else:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(Exception):
        server._stop()


def source_bytes(params: Any) -> int:
    """The bytes of a params file's sources (files and glob matches; 0 for what cannot be
    seen from here): how long its briefing will take, roughly."""
    total = 0
    for source in params.sources:
        path = Path(os.path.expanduser(source.path))
        path = path if path.is_absolute() else Path(params.base) / path
        matches = glob.glob(str(path)) if glob.has_magic(str(path)) else [str(path)]
        for match in matches[:1000]:
            with contextlib.suppress(OSError):
                if os.path.isfile(match):
                    total += os.path.getsize(match)
    return total


def submission_order(sizes: list[int]) -> list[int]:
    """The indices of ``sizes`` (a batch's items, by their sources' bytes:
    :func:`source_bytes`), biggest first; equal sizes keep their order."""
    return sorted(range(len(sizes)), key=lambda i: -sizes[i])


def _stop_local(cluster: Any) -> None:
    """Stop the local cluster's worker processes and everything they started (kernels, PDF
    renderers): tell each nanny not to restart its worker, SIGSTOP the workers, list their
    descendants, SIGKILL those and then the workers, wait for them, and remove the killed kernels' connection and IPC socket files
    (their managers, in the workers, can no longer do it)."""
    import psutil

    workers = []
    for nanny in list(cluster.workers.values()):
        # Dask's own signal that a worker which goes away is not to be restarted
        with contextlib.suppress(Exception):
            nanny.close_gracefully(reason="briefbook batch stopped")
        with contextlib.suppress(psutil.Error, TypeError, ValueError):
            worker = psutil.Process(nanny.pid)
            worker.suspend()
            workers.append(worker)
    started = []
    for worker in workers:
        with contextlib.suppress(psutil.Error):
            started += worker.children(recursive=True)
    leftovers = [f for proc in started for f in _kernel_files(proc)]
    homes = {home for proc in started for home in _kept_kernel_homes(proc)}
    for proc in [*started, *workers]:
        with contextlib.suppress(psutil.Error):
            proc.kill()
    psutil.wait_procs([*started, *workers], timeout=5)
    for path in leftovers:
        with contextlib.suppress(OSError):
            path.unlink()
    for home in homes:
        shutil.rmtree(home, ignore_errors=True)


def _kept_kernel_homes(proc: Any) -> list[Path]:
    """The folder of a worker's kept kernel (:mod:`briefbook.app.kernels`), found by the
    log the kernel process writes to; none for another process."""
    import psutil

    try:
        files = proc.open_files()
    except psutil.Error:
        return []
    return [
        Path(f.path).parent
        for f in files
        if Path(f.path).name == "kernel.log"
        and Path(f.path).parent.name.startswith("briefbook-kept-kernel-")
    ]


def _kernel_files(proc: Any) -> list[Path]:
    """A kernel process's connection file (``-f FILE``) and its IPC sockets
    (``FILE-without-.json-ipc-N``); none for another process."""
    import psutil

    try:
        args = proc.cmdline()
    except psutil.Error:
        return []
    if "-f" not in args[:-1] or not any("ipykernel" in a for a in args):
        return []
    connection = Path(args[args.index("-f") + 1])
    stem = connection.with_suffix("")
    return [connection, *(Path(p) for p in glob.glob(glob.escape(str(stem)) + "-ipc-*"))]


def _remove_staging(root: Path, interrupted: list[Any], started: dt.datetime) -> None:
    """Staging folders of interrupted items (created by this batch) are removed."""
    from briefbook.app.outputs import STAGING_PREFIX

    since = started.timestamp() - 1
    for params in interrupted:
        series_dir = root / params.series
        if not series_dir.is_dir():
            continue
        for folder in series_dir.glob(f"{STAGING_PREFIX}{params.date}-{params.slug}-*"):
            if folder.is_dir() and folder.stat().st_mtime >= since:
                shutil.rmtree(folder, ignore_errors=True)


__all__ = [
    "ItemOutcome",
    "exit_code",
    "expand_params",
    "run_batch",
    "run_item",
    "source_bytes",
    "submission_order",
    "summary_table",
    "tree_cpu_seconds",
]
