"""How long Ctrl-C takes to stop ``briefbook batch``, and what it leaves behind.

Starts a batch of the example briefing (``--n`` items, ``--workers`` workers) in a process
group of its own, waits until one item has finished and a kernel is running, sends SIGINT to
the group (as a terminal's Ctrl-C does; ``--signal TERM --process-only``: as a supervisor
stops a service), and measures the seconds until the command has exited. Then counts what
is left (processes of the batch's tree still running 5 s later, staging folders, issues
kept). Prints one line per run::

    python benchmarks/bench_batch_stop.py [--runs 3] [--n 6] [--workers 2] [--signal TERM]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import yaml

ROOT = Path(__file__).resolve().parents[1]


def params(work: Path, n: int, formats: list[str]) -> list[Path]:
    base = yaml.safe_load((ROOT / "params" / "example.yaml").read_text(encoding="utf-8"))
    examples = ROOT / "sources" / "examples"
    for source in base["sources"]:
        source["path"] = str(examples / Path(source["path"]).name)
    paths = []
    for i in range(n):
        path = work / f"stop-{i:02d}.yaml"
        path.write_text(yaml.safe_dump(dict(base, series=f"stop-{i:02d}", formats=formats)))
        paths.append(path)
    return paths


def tree(pid: int) -> list[psutil.Process]:
    with contextlib.suppress(psutil.Error):
        return psutil.Process(pid).children(recursive=True)
    return []


def running(proc: psutil.Process) -> bool:
    with contextlib.suppress(psutil.Error):
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    return False


def is_kernel(proc: psutil.Process) -> bool:
    with contextlib.suppress(psutil.Error):
        return "ipykernel" in " ".join(proc.cmdline())
    return False


def one_run(n: int, workers: int, formats: list[str], sig: int, group: bool) -> str:
    with tempfile.TemporaryDirectory(prefix="bench-stop-") as tmp:
        work = Path(tmp)
        out = work / "out"

        def own_group() -> None:
            os.setsid()
            signal.signal(signal.SIGINT, signal.SIG_DFL)

        proc = subprocess.Popen(
            [sys.executable, "-m", "briefbook", "batch", *map(str, params(work, n, formats))]
            + ["--workers", str(workers), "--output-dir", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=own_group,
        )
        lines: list[str] = []
        threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True).start()
        seen: dict[int, psutil.Process] = {}
        while proc.poll() is None:
            now = tree(proc.pid)
            for child in now:
                seen.setdefault(child.pid, child)
            if any("] ok " in line for line in list(lines)) and any(map(is_kernel, now)):
                break
            time.sleep(0.1)
        else:
            return f"the batch ended before it could be interrupted ({proc.returncode})"
        sent = time.perf_counter()
        if group:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
        proc.wait(timeout=300)
        seconds = time.perf_counter() - sent
        # multiprocessing's resource tracker ends on its own once the batch's pipe closes
        psutil.wait_procs([p for p in seen.values() if running(p)], timeout=5)
        left = [p for p in seen.values() if running(p)]
        names = []
        for stray in left:
            with contextlib.suppress(psutil.Error):
                names.append(" ".join(stray.cmdline())[:80])
            with contextlib.suppress(psutil.Error):
                stray.kill()  # not to leave it to the next run
        staging = list(out.glob("*/.staging-*"))
        kept = [p for p in out.glob("*/20*") if not p.name.endswith("-failed")]
        failed = list(out.glob("*/*-failed"))
        load = os.getloadavg()[0]
        return (
            f"stopped in {seconds:.2f} s (exit {proc.returncode}); processes left "
            f"{len(left)} of {len(seen)} seen; staging folders {len(staging)}; issues kept "
            f"{len(kept)}, failed folders {len(failed)}; load average {load:.1f}"
            + "".join(f"\n  left: {name}" for name in names)
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--n", type=int, default=6, help="briefings in the batch")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--formats", default="html,pdf")
    parser.add_argument(
        "--signal", default="INT", choices=("INT", "TERM", "HUP"), help="default INT"
    )
    parser.add_argument(
        "--process-only",
        action="store_true",
        help="signal the batch process alone (as a supervisor does), not its process group",
    )
    args = parser.parse_args()
    sig = getattr(signal, f"SIG{args.signal}")
    print(
        f"SIG{args.signal} to the batch's {'process' if args.process_only else 'process group'}"
        f"; {args.n} briefings, {args.workers} workers, formats {args.formats}"
    )
    for i in range(args.runs):
        line = one_run(args.n, args.workers, args.formats.split(","), sig, not args.process_only)
        print(f"run {i + 1}: {line}", flush=True)


if __name__ == "__main__":
    main()
