"""Linear cost, measured: `briefbook run` on folders of many short files, on one source of
many sentences and on a 2 MB single-line text, each stage timed, with the fitted growth.

Inputs are invented here (``benchmarks/synthetic.py``: people, places, organisations,
numbers, reposts), never corpus text. Each case runs the CLI in a fresh process; the stage
times come from its progress lines, peak memory is the largest resident set of any process
of the run and CPU seconds are the user + system time of all its processes
(``getrusage(RUSAGE_CHILDREN)`` of a wrapper: on a shared machine CPU time is steadier
than wall-clock time). The growth exponent k of
``seconds ~ N^k`` is fitted by least squares over the sizes (1.0 = linear, 2.0 = quadratic).

    python benchmarks/bench_scale.py                      # 250..2,000 files, 25k..100k sentences
    python benchmarks/bench_scale.py --full               # adds 5,000 files and 200,000 sentences
    python benchmarks/bench_scale.py --formats ''         # no HTML or PDF (ingest .. execute)
    python benchmarks/bench_scale.py --files 250,500 --sentences '' --no-line

The per-source and per-folder limits are raised for the cases (``--limit``): the defaults
(``source_sentences`` 5,000, ``folder_files`` 5,000) would cut the inputs this measures.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_folder, write_one_line, write_single  # noqa: E402

STAGES = ("ingest", "analyse", "execute", "html", "pdf")
STAGE_RE = re.compile(r"\] (\w+) done in ([\d.]+) s")
# runs the CLI as its child and prints the peak RSS (KB) of the largest process of the run
WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call([sys.executable, '-m', 'briefbook', *sys.argv[1:]])\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(f'peak-rss-kb {use.ru_maxrss} cpu-s {use.ru_utime + use.ru_stime:.2f}', "
    "file=sys.stderr)\n"
    "sys.exit(code)\n"
)
LIMITS = (
    "--limit",
    "source_sentences=1000000",
    "--limit",
    "source_bytes=200000000",
    "--limit",
    "folder_files=100000",
    "--limit",
    "ingest_seconds=3600",
    "--limit",
    "analyse_seconds=3600",
    "--limit",
    "html_seconds=3600",
    "--limit",
    "pdf_seconds=3600",
)


def run_case(
    folder: Path, source: str, formats: str, timeout: float, limits: tuple[str, ...] = LIMITS
) -> dict:
    """``briefbook run`` on ``source`` (relative to ``folder``): seconds, stage seconds,
    peak MB, exit code (or "timeout"), the last stderr line."""
    (folder / "p.yaml").write_text(
        f"title: Scale\nseries: scale\nsources: [{source}]\nformats: [{formats}]\n"
        "date: 2026-06-30\ntimeout: 3600\n"
    )
    err = folder / ".stderr"
    start = time.perf_counter()
    with open(err, "w") as handle:
        proc = subprocess.Popen(
            [sys.executable, "-c", WRAPPER, "run", "p.yaml", *limits],
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=handle,
            start_new_session=True,
        )
        try:
            code: int | str = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            code = "timeout"
    seconds = time.perf_counter() - start
    text = err.read_text(errors="replace")
    peak = re.search(r"peak-rss-kb (\d+) cpu-s ([\d.]+)", text)
    lines = [x for x in text.splitlines() if x and not x.startswith("peak-rss-kb")]
    return {
        "seconds": seconds,
        "stages": {m[1]: float(m[2]) for m in STAGE_RE.finditer(text)},
        "mb": int(peak[1]) / 1024 if peak else float("nan"),
        "cpu": float(peak[2]) if peak else float("nan"),
        "code": code,
        "last": lines[-1] if lines else "",
    }


def exponent(rows: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(seconds) on log(N); NaN with fewer than two sizes."""
    pts = [(math.log(n), math.log(s)) for n, s in rows if s > 0]
    if len(pts) < 2:
        return float("nan")
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else float("nan")


def series(kind: str, sizes: list[int], formats: str, timeout: float) -> None:
    """One table: a row per size, then the fitted exponent of each stage and of the total."""
    shown = [s for s in STAGES if s in ("ingest", "analyse", "execute") or s in formats]
    print(f"\n{kind} (briefbook run, formats=[{formats}]; timeout {timeout:.0f} s per case)")
    print(
        f"{'N':>8} {'total s':>8} {'CPU s':>8} "
        + " ".join(f"{s:>8}" for s in shown)
        + f" {'peak MB':>8}"
    )
    rows: dict[str, list[tuple[int, float]]] = {s: [] for s in (*shown, "total", "CPU")}
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            if kind == "files":
                write_folder(folder / "sources", n)
                source = "sources"
            else:
                write_single(folder / "one.txt", n)
                source = "one.txt"
            r = run_case(folder, source, formats, timeout)
        st = r["stages"]
        cells = " ".join(f"{st.get(s, float('nan')):>8.2f}" for s in shown)
        print(
            f"{n:>8} {r['seconds']:>8.1f} {r['cpu']:>8.1f} {cells} {r['mb']:>8.0f}  "
            f"exit {r['code']}",
            flush=True,
        )
        if r["code"] != 0:
            print(f"{'':>8} stopped: {r['last'][:120]}", flush=True)
            break
        rows["total"].append((n, r["seconds"]))
        rows["CPU"].append((n, r["cpu"]))
        for s in shown:
            if s in st:
                rows[s].append((n, st[s]))
    fits = "  ".join(f"{s} {exponent(r):.2f}" for s, r in rows.items() if len(r) > 1)
    print(f"{'':>8} growth exponent k (seconds ~ N^k): {fits}", flush=True)


def one_line(formats: str, timeout: float, megabytes: float = 2.0) -> None:
    print(
        f"\n{megabytes:g} MB single-line text (briefbook run, formats=[{formats}], default "
        "limits: the sentences past source_sentences are dropped with a warning)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_one_line(folder / "line.txt", megabytes)
        r = run_case(folder, "line.txt", formats, timeout, limits=())
    stages = ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items())
    print(
        f"  {r['seconds']:.1f} s, CPU {r['cpu']:.1f} s ({stages}); peak {r['mb']:.0f} MB; "
        f"exit {r['code']}"
    )
    if r["code"] != 0:
        print(f"  stopped: {r['last'][:120]}")


def _sizes(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="up to 5,000 files and 200,000")
    parser.add_argument("--files", help="folder sizes, comma-separated")
    parser.add_argument("--sentences", help="single-source sizes, comma-separated")
    parser.add_argument("--no-line", action="store_true", help="skip the 2 MB single line")
    parser.add_argument("--formats", default="html, pdf", help="formats of each run")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per case")
    args = parser.parse_args()
    files = _sizes(args.files) if args.files is not None else [250, 500, 1000, 2000]
    sentences = _sizes(args.sentences) if args.sentences is not None else [25_000, 50_000, 100_000]
    if args.full:
        files += [5000] if args.files is None else []
        sentences += [200_000] if args.sentences is None else []
    if files:
        series("files", files, args.formats, args.timeout)
    if sentences:
        series("sentences", sentences, args.formats, args.timeout)
    if not args.no_line:
        one_line(args.formats, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
