"""Briefings per minute: N runs of the example one after another in one process (warm)
against ``briefbook batch --workers 2`` (an embedded Dask LocalCluster of 2 processes).

Each run is the example params (both bundled sources) with its own series, so no run
compares with another. The sequential side warms up with one untimed run first. Prints
figures only.

    python benchmarks/bench_batch.py [--n 6] [--workers 2] [--formats html,pdf]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def make_workspace(work: Path, n: int, formats: list[str]) -> list[Path]:
    shutil.copytree(ROOT / "sources" / "examples", work / "sources" / "examples")
    (work / "params").mkdir()
    base = yaml.safe_load((ROOT / "params" / "example.yaml").read_text(encoding="utf-8"))
    paths = []
    for i in range(n + 1):  # one more for the warm-up
        data = dict(base, series=f"bench-{i:02d}", formats=formats)
        path = work / "params" / f"bench-{i:02d}.yaml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        paths.append(path)
    return paths


def sequential(paths: list[Path], reports: Path) -> float:
    from briefbook.app.run import Progress, run_briefing
    from briefbook.config.params import load_params

    run_briefing(load_params(paths[0]), output_dir=reports / "warm", progress=Progress(quiet=True))
    start = time.perf_counter()
    for path in paths[1:]:
        run_briefing(load_params(path), output_dir=reports / "seq", progress=Progress(quiet=True))
    return time.perf_counter() - start


def batch(paths: list[Path], reports: Path, workers: int) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "briefbook", "batch", *map(str, paths[1:])]
        + ["--workers", str(workers), "--output-dir", str(reports / "batch"), "--quiet"],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"batch failed ({result.returncode}): {result.stderr.strip()[-400:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=6, help="briefings per side (default 6)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--formats", default="html,pdf")
    args = parser.parse_args()
    from briefbook.app.quiet import quiet_libraries

    quiet_libraries()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        work = Path(tmp)
        paths = make_workspace(work, args.n, args.formats.split(","))
        seq = sequential(paths, work / "reports")
        par = batch(paths, work / "reports", args.workers)
    print(
        f"briefings: {args.n} (formats {args.formats}, 2 sources each); "
        f"{os.cpu_count()} cores, load average {load:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print(f"sequential, one warm process: {seq:.1f} s, {args.n / seq * 60:.1f} briefings/min")
    print(
        f"batch --workers {args.workers} (incl. cluster start): {par:.1f} s, "
        f"{args.n / par * 60:.1f} briefings/min"
    )
    print(f"speedup: {seq / par:.2f}x")


if __name__ == "__main__":
    main()
