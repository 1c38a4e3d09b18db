"""Briefings per minute: N runs one after another in one warm process against
``briefbook batch --workers W`` (an embedded Dask LocalCluster of W processes), for briefings
of 1, 5 and 20 sources; peak memory per worker; where the time of a briefing goes.

One command, one table (the lead re-runs it on an idle machine)::

    python benchmarks/bench_batch.py                      # --n 20 --workers 2 --sources 1,5,20
    python benchmarks/bench_batch.py --n 6 --sources 5 --repeat 3

Sources: the articles of ``../shared/corpus`` (news, analysis, HTML pages), read where they
are, never copied; without the corpus, the two bundled example sources, cycled. Briefing i
of a batch takes sources i, i+1, ... of that list (so the briefings differ) and a series of
its own (no briefing compares with another). The sequential side runs one untimed briefing
first (warm) and keeps its PDF renderer warm from one briefing to the next, as a batch
worker does (``run_briefing(..., keep_warm=True)``); the batch side is timed from the command's start to its exit (Python start,
cluster start and worker warm-up included).

Memory: every 0.1 s, the resident memory of each worker process plus that of its children
(the briefing's kernel and PDF renderer) at that instant; the peak per worker. The
sequential side is measured the same way on this process and its children. The workers of
the embedded cluster are forked from a forkserver that warmed itself once for all of them
(``briefbook.app.forkwarm``): its own peak is printed apart (pages it shares with the
workers count in both, as resident memory does). When the briefings ask for a PDF, the
workers' renderers are warm copies the batch started and forked for them (not the workers'
children): the largest copy's peak is printed apart too (``copy MB``); so are the kept
kernels the batch started for its workers before they existed (``kern MB``; adopted by
each worker's first briefing, not its children).

CPU by process (``--stages``): the batch's CPU seconds by kind of process (the command
itself with Dask's scheduler and nannies, the forkserver's warm-up, the workers, the
kernels, the renderer warm-up and its copies), sampled every 0.1 s, beside the sum of the
items' own: what is not in the items is the batch's fixed cost. Then the CPU seconds per
briefing on each side and the shortest the batch could take on idle cores from its CPU
alone (the forkserver's serial warm-up, then the rest over the workers' cores), with the
speedup that allows against the sequential side's wall time: on a loaded machine, where
wall times say little, the figure that still compares two versions.

Memory and CPU by process come from one sampler thread per side (:class:`ProcessTree`),
which reads the process table once a sample: the sampler runs on the same 2 cores as the
side it measures, so what it costs is taken from that side's wall time.

CPU: seconds of user + system time of every process involved, without the sampler's own
(a thread of this process, measured with ``time.thread_time`` and taken out on both
sides: it samples for as long as a side runs, so left in it would charge the slower side
for the benchmark's own work). Per briefing, ``item cpu``
compares the sequential side's (this process and its children, per briefing) with the
batch's own record of each item (its worker process and the processes under it, from the
item's start to its end): the difference between ``cpu seq/batch`` (which spreads the
batch's fixed cost over its briefings: Python, Dask, the workers' warm-ups) and ``item
cpu`` is that fixed cost.

The load average (1 min, from ``uptime``) is printed before and after each row: the machine
is shared, and a figure taken under load says so.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import yaml

try:
    import resource
except ImportError:  # pragma: no cover - not on Windows
    resource = None

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
STAGES = ("ingest", "analyse", "execute", "html", "pdf")
MB = 1024 * 1024


def source_pool() -> tuple[list[Path], str]:
    """The corpus articles (read in place), else the bundled examples."""
    if CORPUS.is_dir():
        found = sorted(
            p
            for folder in ("news", "analysis", "html")
            for p in (CORPUS / folder).glob("*")
            if p.suffix in (".txt", ".md", ".html") and not p.name.endswith(".expected.txt")
        )
        if found:
            return found, f"../shared/corpus ({len(found)} articles)"
    return sorted((ROOT / "sources" / "examples").glob("*.txt")), "bundled examples"


def make_params(work: Path, n: int, sources: int, formats: list[str]) -> list[Path]:
    """n + 1 params files (one more for the warm-up), each with ``sources`` sources."""
    pool, _ = source_pool()
    folder = work / f"params-{sources}"
    folder.mkdir(parents=True)
    paths = []
    for i in range(n + 1):
        chosen = [pool[(i + j) % len(pool)] for j in range(sources)]
        data = {
            "title": f"Benchmark briefing {i}",
            "series": f"bench-{sources}-{i:02d}",
            "sources": [{"path": str(p), "label": f"source {j + 1}"} for j, p in enumerate(chosen)],
            "schema": "conflict",
            "formats": formats,
        }
        path = folder / f"bench-{i:02d}.yaml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        paths.append(path)
    return paths


class Sampler:
    """A thread that calls :meth:`sample` every ``interval`` s while the ``with`` block
    runs; ``cpu``: the thread's own CPU seconds (taken out of the figures)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        start = time.thread_time()
        try:
            while not self._stop.is_set():
                with contextlib.suppress(psutil.Error):
                    self.sample()
                self._stop.wait(self.interval)
        finally:
            self.cpu = time.thread_time() - start

    def sample(self) -> None:
        raise NotImplementedError


class ProcessTree(Sampler):
    """Samples, every ``interval`` s, the processes under ``root`` (a pid) and ``root``
    itself, from one walk of the process table per sample (the root's children, found
    recursively): each process's resident memory and CPU seconds (user + system, its own,
    not its children's), and its kind: ``batch`` (``root``: the command, with Dask's
    scheduler and nannies and the client), ``forkserver`` (the warmed process the workers
    are forked from), ``workers`` (forked from it, or
    spawned by multiprocessing), ``kernels``, ``renderer warm-up`` (the process that warms
    up once and forks the copies), ``renderer copies`` (with the CPU of the layouts each
    forked and reaped), ``renderer layouts`` (a copy's forked layout while it runs: left
    out of the totals, counted in its copy once reaped), ``other``. A process's last sample
    counts (up to ``interval`` s of a process that ended is missed).

    Peaks: ``peak`` per worker (and for ``root``), the process plus every process under it
    at that instant; ``peak_own`` per worker, the process alone; ``forkserver``, ``copy``
    and ``kernel`` the largest single forkserver, renderer copy, and kernel the batch
    started itself (a kernel a worker started counts in its worker's ``peak``).

    One walk a sample, not one per process asked about: the process table is read whole to
    find anyone's children, and the sampler shares the 2 cores with the side it measures
    (five samplers, which walked it about 13 times a sample between them, took 0.2 of a
    core from a 1-source batch, against 0.03 from the sequential side's one sampler)."""

    def __init__(self, root: int, interval: float = 0.1) -> None:
        super().__init__(interval)
        self.root = root
        self._root: psutil.Process | None = None
        self.kinds: dict[int, str] = {}  # pid -> kind, kept once known (not "other")
        self.last: dict[int, tuple[str, float]] = {}  # pid -> (kind, CPU seconds)
        self.peak: dict[int, int] = {}  # worker or root pid -> peak bytes with its tree
        self.peak_own: dict[int, int] = {}  # worker pid -> peak bytes of the process alone
        self.forkserver = 0
        self.copy = 0
        self.kernel = 0

    def _kind(self, proc: psutil.Process, up: str) -> str:
        if proc.pid == self.root:
            return "batch"
        args = " ".join(proc.cmdline())
        if "ipykernel" in args:
            return "kernels"
        if up == "batch" and "forkserver" in args:
            return "forkserver"
        if up == "forkserver" or (up == "batch" and "spawn_main" in args):
            return "workers"
        if up == "batch" and "--listen" in args:
            return "renderer warm-up"
        if up == "renderer warm-up":
            return "renderer copies"
        if up == "renderer copies":
            return "renderer layouts"
        return "other"

    def sample(self) -> None:
        if self._root is None:
            self._root = psutil.Process(self.root)
        # one walk of the process table (psutil reads every process's parent to find
        # anyone's children), parents before their children
        order = [self._root, *self._root.children(recursive=True)]
        parents: dict[int, int] = {}
        own: dict[int, int] = {}
        for proc in order:
            with contextlib.suppress(psutil.Error), proc.oneshot():
                pid = proc.pid
                parents[pid] = proc.ppid()
                kind = self.kinds.get(pid, "other")
                if kind == "other":  # asked again: a child seen before its exec
                    kind = self.kinds[pid] = self._kind(proc, self.kinds.get(parents[pid], ""))
                own[pid] = proc.memory_info().rss
                t = proc.cpu_times()
                cpu = t.user + t.system
                if kind == "renderer copies":  # with the layouts it forked and reaped
                    cpu += t.children_user + t.children_system
                self.last[pid] = (kind, cpu)
        tree = dict(own)
        for proc in reversed(order):  # children before their parents
            if proc.pid != self.root and proc.pid in tree:
                parent = parents[proc.pid]
                tree[parent] = tree.get(parent, 0) + tree[proc.pid]
        for pid, rss in own.items():
            kind = self.kinds.get(pid)
            if pid == self.root or kind == "workers":
                self.peak[pid] = max(self.peak.get(pid, 0), tree[pid])
            if kind == "workers":
                self.peak_own[pid] = max(self.peak_own.get(pid, 0), rss)
            elif kind == "forkserver":
                self.forkserver = max(self.forkserver, rss)
            elif kind == "renderer copies":
                self.copy = max(self.copy, rss)
            elif kind == "kernels" and parents[pid] == self.root:
                self.kernel = max(self.kernel, rss)

    def workers(self) -> list[int]:
        """The workers' pids."""
        return [pid for pid, kind in self.kinds.items() if kind == "workers"]

    def totals(self) -> dict[str, float]:
        found: dict[str, float] = {}
        for kind, seconds in self.last.values():
            if kind == "renderer layouts":  # counted in their renderer copy, which reaps them
                continue
            found[kind] = found.get(kind, 0.0) + seconds
        return found


def sequential(paths: list[Path], reports: Path) -> dict:
    """The warm-up briefing, then the rest timed, in this process."""
    import inspect

    from briefbook.app.run import Progress, run_briefing
    from briefbook.config.params import load_params

    # a renderer kept warm, as on a batch worker (where the version has one)
    warm = {"keep_warm": True} if "keep_warm" in inspect.signature(run_briefing).parameters else {}
    run_briefing(
        load_params(paths[0]), output_dir=reports / "warm", progress=Progress(quiet=True), **warm
    )
    me = psutil.Process()
    timings = []
    with ProcessTree(me.pid) as memory:
        cpu = cpu_seconds()
        start = time.perf_counter()
        for path in paths[1:]:
            progress = Progress(quiet=True)
            item_cpu = cpu_seconds()
            item = time.perf_counter()
            run_briefing(load_params(path), output_dir=reports / "seq", progress=progress, **warm)
            timings.append(
                {
                    **progress.timing,
                    "total": time.perf_counter() - item,
                    "cpu": cpu_seconds() - item_cpu,
                }
            )
        wall = time.perf_counter() - start
        cpu = cpu_seconds() - cpu
    cpu -= memory.cpu  # the memory sampler's own CPU is the benchmark's, not the briefings'
    return {
        "wall": wall,
        "cpu": cpu,
        "timings": timings,
        "peak": memory.peak.get(me.pid, 0),
        "sampler": memory.cpu,
    }


def batch(paths: list[Path], reports: Path, workers: int) -> dict:
    cpu = cpu_seconds()
    start = time.perf_counter()
    began = time.time()  # the items' start and end are Unix times
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefbook", "batch", *map(str, paths[1:])]
        + ["--workers", str(workers), "--output-dir", str(reports / "batch"), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with ProcessTree(proc.pid) as tree:
        out, err = proc.communicate()
    wall = time.perf_counter() - start
    ended = time.time()
    samplers = tree.cpu
    # without the samplers' own CPU
    cpu = cpu_seconds() - cpu - samplers
    if proc.returncode != 0:
        sys.exit(f"batch failed ({proc.returncode}): {err.strip()[-600:]}")
    record = json.loads(Path(out.strip().splitlines()[-1]).read_text(encoding="utf-8"))
    return {
        "wall": wall,
        "cpu": cpu,
        "items": record["items"],
        "start": record.get("cluster", {}).get("start_seconds", 0.0),
        "peak": sorted((tree.peak.get(pid, 0) for pid in tree.workers()), reverse=True),
        "peak_own": sorted(tree.peak_own.values(), reverse=True),
        "forkserver": tree.forkserver,
        "copy": tree.copy,
        "kernel": tree.kernel,
        "kernels_claimed": sum(record.get("cluster", {}).get("kernel_claimed", {}).values()),
        "by_process": tree.totals(),
        "idle": idle_time(record["items"], began, ended),
        "sampler": samplers,
    }


def idle_time(items: list[dict], began: float, ended: float) -> dict[str, float]:
    """Where the batch's workers had no briefing, in seconds (from each item's
    ``started_at`` and ``finished_at``, where the record has them): ``start`` from the
    command's start to the first briefing's start; ``tail`` the mean time a worker waited,
    after its last briefing, for the last briefing of the batch to end; ``end`` from
    there to the command's exit; ``between`` the mean gaps between a worker's briefings."""
    runs: dict[str, list[tuple[float, float]]] = {}
    for item in items:
        if item.get("started_at") and item.get("finished_at"):
            runs.setdefault(item["worker"], []).append((item["started_at"], item["finished_at"]))
    if not runs:
        return {}
    last = max(end for spans in runs.values() for _, end in spans)
    gaps = []
    for spans in runs.values():
        spans.sort()
        gaps.append(sum(b[0] - a[1] for a, b in zip(spans, spans[1:], strict=False)))
    return {
        "start": min(s for spans in runs.values() for s, _ in spans) - began,
        "tail": mean([last - max(e for _, e in spans) for spans in runs.values()]),
        "end": ended - last,
        "between": mean(gaps),
    }


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process, of every descendant it has waited for
    (each level waits for its own: kernels, PDF renderers, batch workers) and of its live
    descendants (a PDF renderer kept warm)."""
    if resource is None:
        return 0.0
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    for proc in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            t = proc.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
    return total


def load() -> float:
    return os.getloadavg()[0]


def mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else 0.0


def stage_table(seq: dict, par: dict) -> list[str]:
    """Mean seconds per stage of one briefing: sequential (warm process) against the batch's
    workers, the workers' first briefing apart from their later ones."""
    items = par["items"]
    first = [i for i in items if i["nth"] == 1]
    later = [i for i in items if i["nth"] > 1]

    def row(name: str, rows: list[dict], key: str) -> str:
        cells = [
            mean([r["timing"].get(s, 0.0) if key == "timing" else r[s] for r in rows])
            for s in STAGES
        ]
        total = mean([r["total"] if key == "seq" else r["seconds"] for r in rows])
        cpu = mean([r.get("cpu_seconds", 0.0) for r in rows])
        return f"  {name:<28}" + "".join(f"{c:>9.2f}" for c in [*cells, total, cpu])

    seq_rows = seq["timings"]
    lines = [
        "  mean s per briefing".ljust(30) + "".join(f"{s:>9}" for s in (*STAGES, "total", "cpu s"))
    ]
    lines.append(
        f"  {'sequential (warm process)':<28}"
        + "".join(f"{mean([t.get(s, 0.0) for t in seq_rows]):>9.2f}" for s in STAGES)
        + f"{mean([t['total'] for t in seq_rows]):>9.2f}"
        + f"{mean([t.get('cpu', 0.0) for t in seq_rows]):>9.2f}"
    )
    if first:
        lines.append(row(f"batch, 1st on a worker ({len(first)})", first, "timing"))
    if later:
        lines.append(row(f"batch, later ({len(later)})", later, "timing"))
    return lines


def cpu_bound_line(seq: dict, par: dict, n: int, workers: int) -> str:
    """CPU seconds per briefing on each side, and what they allow on idle cores: the
    batch cannot end before the forkserver's serial warm-up (one core, the workers wait
    for it) plus the rest of its CPU spread over ``workers`` cores. On a shared machine
    the wall times say little; this bound, from CPU seconds alone, still compares two
    versions (with the sequential side's wall taken on an idle machine)."""
    fork = par["by_process"].get("forkserver", 0.0)
    bound = fork + max(0.0, par["cpu"] - fork) / max(1, workers)
    return (
        f"  CPU s per briefing: sequential {seq['cpu'] / n:.2f} (this process and its "
        f"children), batch items' own {mean([i.get('cpu_seconds', 0.0) for i in par['items']]):.2f}, "
        f"batch all processes {par['cpu'] / n:.2f}; the batch on {workers} idle cores takes "
        f"at least {bound:.1f} s (forkserver {fork:.2f} s, then {par['cpu'] - fork:.1f} CPU-s "
        f"/ {workers}): speedup at most {seq['wall'] / bound:.2f}x against this sequential "
        f"side's {seq['wall']:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20, help="briefings per side (default 20)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sources", default="1,5,20", help="sources per briefing, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each row (default 1)")
    parser.add_argument("--formats", default="html,pdf")
    parser.add_argument(
        "--stages", action="store_true", help="also print seconds per stage for each row"
    )
    args = parser.parse_args()
    from briefbook.app.quiet import quiet_libraries

    quiet_libraries()
    _, pool_name = source_pool()
    formats = args.formats.split(",")
    print(
        f"{args.n} briefings per side, formats {args.formats}, sources from {pool_name}; "
        f"{os.cpu_count()} cores; sequential = one warm process, batch = briefbook batch "
        f"--workers {args.workers} (wall time incl. Python and cluster start)"
    )
    header = (
        f"{'sources':>7} {'load':>9} {'seq s':>7} {'seq/min':>8} {'batch s':>8} "
        f"{'batch/min':>9} {'speedup':>7} {'start s':>7} {'cpu seq/batch':>13} "
        f"{'item cpu':>11} {'extra cpu':>9} "
        f"{'peak MB/worker':>15} {'worker MB':>9} {'fork MB':>7} {'copy MB':>7} {'kern MB':>7} "
        f"{'seq MB':>7} {'warm':>5} {'kern':>5}"
    )
    print(header)
    details = []
    for count in (int(c) for c in args.sources.split(",")):
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
                work = Path(tmp)
                paths = make_params(work, args.n, count, formats)
                before = load()
                seq = sequential(paths, work / "reports")
                par = batch(paths, work / "reports", args.workers)
                after = load()
            warm = sum(i["warm"] for i in par["items"])
            sum_item_cpu = sum(i.get("cpu_seconds", 0.0) for i in par["items"])
            item_cpu = mean([i.get("cpu_seconds", 0.0) for i in par["items"]])
            peak = "/".join(f"{p / MB:.0f}" for p in par["peak"][: args.workers])
            own = "/".join(f"{p / MB:.0f}" for p in par["peak_own"][: args.workers])
            print(
                f"{count:>7} {before:>4.1f}/{after:<4.1f} {seq['wall']:>7.1f} "
                f"{args.n / seq['wall'] * 60:>8.1f} {par['wall']:>8.1f} "
                f"{args.n / par['wall'] * 60:>9.1f} {seq['wall'] / par['wall']:>6.2f}x "
                f"{par['start']:>7.1f} "
                f"{seq['cpu'] / args.n:>6.2f}/{par['cpu'] / args.n:<6.2f} "
                f"{seq['cpu'] / args.n:>5.2f}/{item_cpu:<5.2f} "
                f"{par['cpu'] - seq['cpu']:>8.1f}s "
                f"{peak:>15} {own:>9} {par['forkserver'] / MB:>7.0f} {par['copy'] / MB:>7.0f} "
                f"{par['kernel'] / MB:>7.0f} "
                f"{seq['peak'] / MB:>7.0f} {warm:>2}/{len(par['items'])} "
                f"{par['kernels_claimed']:>2}/{args.workers}",
                flush=True,
            )
            details.append(
                (
                    count,
                    [
                        *stage_table(seq, par),
                        "  batch workers idle: "
                        + ", ".join(f"{k} {v:.2f} s" for k, v in par["idle"].items())
                        + " (start: command start to first briefing; tail: a worker's wait "
                        "for the last briefing, mean; end: last briefing to exit; between: "
                        "gaps between a worker's briefings, mean)",
                        "  batch CPU s by process: "
                        + ", ".join(f"{k} {v:.2f}" for k, v in sorted(par["by_process"].items()))
                        + f"; items' own (sum) {sum_item_cpu:.2f}",
                        cpu_bound_line(seq, par, args.n, args.workers),
                        f"  samplers' own CPU (taken out of the CPU figures): "
                        f"{seq['sampler']:.1f} s sequential, {par['sampler']:.1f} s batch",
                    ],
                )
            )
    print(
        "load: 1-min load average before/after the row; start s: the batch's cluster start "
        "and worker warm-up (within batch s); cpu seq/batch: CPU seconds per briefing, all "
        "processes (batch: incl. cluster start and warm-up); item cpu: CPU seconds per "
        "briefing, sequential against the batch items' own (worker and its kernel and "
        "renderer, item start to end); extra cpu: the batch's CPU "
        "seconds beyond the sequential side's (starting Python, Dask and the workers, the "
        "warm-ups, the scheduler), a fixed cost; peak MB/worker: worker process plus its "
        "children (the kernel and PDF renderer it started itself, not those the batch started "
        "for it: kern MB, copy MB) at their peak, per worker; worker MB: the worker process "
        "alone; fork MB: the forkserver the workers are forked from (warmed once for all of "
        "them, its pages shared with them until written; 0: workers spawned, each warmed "
        "itself); copy MB: the largest warm PDF renderer copy a worker claimed (started by "
        "the batch, warmed up once and forked; not in peak MB/worker; 0: each worker started "
        "its own renderer, counted there); kern MB: the largest kept kernel the batch started "
        "for a worker before the workers existed (adopted by the worker's first briefing; not "
        "in peak MB/worker; 0: each worker started its own kernel, counted there); seq MB: the "
        "sequential process plus its children; warm: briefings that started with the models "
        "already loaded in their worker; kern: workers whose kept kernel the batch started "
        "(during the forkserver's warm-up) rather than their first briefing"
    )
    if args.stages:
        for count, lines in details:
            print(f"\nwhere the time goes, {count} source(s) per briefing (last run):")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
