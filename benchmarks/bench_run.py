"""One briefing against the floor of its own tools, measured in the same run.

Ours: ``briefbook run params/example.yaml`` (HTML and PDF), called in this process after one
untimed warm-up run, each stage timed. The floor, on the same machine and interleaved with
ours: papermill executing a one-cell parameterized notebook, nbconvert's stock HTML export
of it, and WeasyPrint laying out **our own example ``briefing.html``** (the one the warm-up
run wrote), so the floor pays for a document of the same length. Medians of ``--repeat``
runs; the load average is printed before and after (the machine may be shared). The
ratio ours / floor is the figure to watch (goal 1.25). CPU seconds (user + system, this
process and every process under it: kernels, the PDF renderer) are shown beside the wall
times: on a shared machine their ratio moves less than the wall-time ratio.

Ours runs as ``briefbook run`` does: its own PDF renderer, started once the sources are
analysed (it imports WeasyPrint and loads the fonts while the notebook runs) and stopped at
the end. ``--warm-renderer`` adds a row for a long-lived process that keeps one renderer
for all its runs (a batch worker, a notebook server).

Two cold figures follow, each a fresh ``python -m briefbook run`` process: the whole run,
and a params file whose source is missing (the error must come in well under a second).

    python benchmarks/bench_run.py [--repeat N] [--no-cold]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "params" / "example.yaml"


def floor_once(work: Path, briefing_html: str) -> dict[str, float]:
    import nbformat
    import papermill
    import weasyprint
    from nbconvert import HTMLExporter
    from nbformat.v4 import new_code_cell, new_notebook

    from briefbook.app.execute import IPCKernelManager, kernel_name

    source = work / "floor.ipynb"
    cell = new_code_cell("x = 1  # parameter", metadata={"tags": ["parameters"]})
    nb = new_notebook(cells=[cell, new_code_cell("print(x)")])
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, source)
    timing = {}
    cpu = tree_cpu_seconds()
    start = time.perf_counter()
    papermill.execute_notebook(
        str(source),
        str(work / "floor-out.ipynb"),
        parameters={"x": 2},
        kernel_name=kernel_name(),
        progress_bar=False,
        kernel_manager_class=IPCKernelManager,
    )
    timing["execute"] = time.perf_counter() - start
    start = time.perf_counter()
    HTMLExporter().from_filename(str(work / "floor-out.ipynb"))
    timing["html"] = time.perf_counter() - start
    start = time.perf_counter()
    weasyprint.HTML(string=briefing_html).write_pdf(work / "floor.pdf")
    timing["pdf"] = time.perf_counter() - start
    timing["cpu"] = tree_cpu_seconds() - cpu
    return timing


def ours_once(reports: Path, keep_warm: bool = False) -> tuple[dict[str, float], Path]:
    from briefbook.app.run import Progress, run_briefing
    from briefbook.config.params import load_params

    params = load_params(EXAMPLE)
    progress = Progress(quiet=True)
    cpu = tree_cpu_seconds()
    start = time.perf_counter()
    warm = {"keep_warm": True} if keep_warm else {}
    result = run_briefing(params, output_dir=reports, progress=progress, **warm)
    timing = dict(progress.timing)
    timing["total"] = time.perf_counter() - start
    timing["cpu"] = tree_cpu_seconds() - cpu
    return timing, result.folder


def tree_cpu_seconds() -> float:
    """CPU seconds of this process, of the children it reaped and of its live descendants."""
    import resource

    import psutil

    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    for proc in psutil.Process().children(recursive=True):
        try:
            t = proc.cpu_times()
        except psutil.Error:
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


def cold(args: list[str], cwd: Path) -> tuple[float, int]:
    """Seconds and exit status of a fresh ``python -m briefbook ...`` process."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "briefbook", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
    )
    return time.perf_counter() - start, done.returncode


def missing_source_params(work: Path) -> Path:
    path = work / "missing.yaml"
    path.write_text(
        "title: Missing source\nseries: bench-missing\nsources:\n  - path: no-such-file.txt\n",
        encoding="utf-8",
    )
    return path


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each (median is shown)")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-process figures")
    parser.add_argument(
        "--warm-renderer",
        action="store_true",
        help="also time runs that keep one PDF renderer warm (a long-lived process)",
    )
    args = parser.parse_args()
    from briefbook.app.quiet import quiet_libraries

    quiet_libraries()  # WeasyPrint warns about every rule of nbconvert's stock CSS
    print(f"cores {os.cpu_count()}, load average before: {load()}")
    floors, ours, warm = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        work = Path(tmp)
        reports = work / "reports"
        _, folder = ours_once(reports)  # warm-up: imports, caches, fonts; its HTML is the floor's
        html = (folder / "briefing.html").read_text(encoding="utf-8")
        floor_once(work, html)
        if args.warm_renderer:
            ours_once(reports, keep_warm=True)  # starts the long-lived renderer
        for _ in range(args.repeat):
            floors.append(floor_once(work, html))
            ours.append(ours_once(reports)[0])
            if args.warm_renderer:
                warm.append(ours_once(reports, keep_warm=True)[0])
        print(f"load average after: {load()}")
        print(f"briefbook run on params/example.yaml, median of {args.repeat} runs (seconds)")
        for stage in ("ingest", "analyse", "execute", "html", "pdf", "total", "cpu"):
            print(f"  ours  {stage:<8} {statistics.median(r.get(stage, 0.0) for r in ours):7.2f}")
        floor_total = [r["execute"] + r["html"] + r["pdf"] for r in floors]
        for stage in ("execute", "html", "pdf"):
            print(f"  floor {stage:<8} {statistics.median(r[stage] for r in floors):7.2f}")
        print(f"  floor {'total':<8} {statistics.median(floor_total):7.2f}")
        print(f"  floor {'cpu':<8} {statistics.median(r['cpu'] for r in floors):7.2f}")
        ratio = statistics.median(r["total"] for r in ours) / statistics.median(floor_total)
        cpu_ratio = statistics.median(r["cpu"] for r in ours) / statistics.median(
            r["cpu"] for r in floors
        )
        print(f"ratio ours/floor: {ratio:.2f} (CPU seconds: {cpu_ratio:.2f})")
        if warm:
            for stage in ("pdf", "total", "cpu"):
                print(
                    f"  warm renderer {stage:<6} {statistics.median(r[stage] for r in warm):7.2f}"
                )
            ratio = statistics.median(r["total"] for r in warm) / statistics.median(floor_total)
            print(f"ratio ours (renderer kept warm)/floor: {ratio:.2f}")
            from briefbook.render.pdf import close_shared_renderer

            close_shared_renderer()
        if args.no_cold:
            return 0
        missing = missing_source_params(work)
        runs = [cold(["run", str(missing), "--quiet"], work) for _ in range(args.repeat)]
        if any(code != 2 for _, code in runs):
            sys.exit(f"a missing source should exit 2, not {runs[0][1]}")
        print(f"cold: missing source reported in {statistics.median(t for t, _ in runs):.2f} s")
        shutil.rmtree(reports, ignore_errors=True)
        example = ["run", str(EXAMPLE), "--quiet", "--output-dir", str(reports)]
        runs = [cold(example, work) for _ in range(args.repeat)]
        if any(code != 0 for _, code in runs):
            sys.exit(f"briefbook run failed with exit status {runs[0][1]}")
        print(f"cold: briefbook run (new process) {statistics.median(t for t, _ in runs):.2f} s")
        print(f"load average at the end: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
