"""Time to refusal and peak memory of each ingest bomb, through the CLI as a user runs it.

Usage: ``python benchmarks/bench_ingest_limits.py [--big]`` (``--big`` adds the 1 GB DOCX
bomb; building it takes a while). Each case reads one file with ``load_documents`` in a fresh
process (ingest only: the stage the limits guard); the peak is that child's maximum resident set size (``wait4``). Goal: every
refusal under 5 s and 300 MB. Prints one line per case.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import builders  # noqa: E402


def _cases(big: bool) -> list[tuple[str, str, object]]:
    cases: list[tuple[str, str, object]] = [
        ("docx inflating to 100 MB", "bomb100.docx", lambda p: builders.docx_bomb(p, 100)),
        ("docx with nested entities", "entities.docx", builders.docx_entities),
        ("pdf stream inflating to 200 MB", "bomb.pdf", lambda p: builders.pdf_bomb(p, 200)),
        ("html nested 5,000 deep", "deep.html", lambda p: builders.deep_html(p, 5000)),
        ("text of 2 MB without spaces", "nospace.txt", lambda p: p.write_text("x" * (2 << 20))),
        (
            "text of 2 MB, sentences of 20,000 characters",
            "long.txt",
            lambda p: p.write_text(("word " * 4000 + "end. ") * 105),
        ),
        (
            "text of 200,000 one-word sentences",
            "words.txt",
            lambda p: p.write_text(" ".join(["Yes."] * 200_000)),
        ),
    ]
    if big:
        cases.insert(
            1, ("docx inflating to 1 GB", "bomb1g.docx", lambda p: builders.docx_bomb(p, 1024))
        )
    return cases


def _ingest_only(path: Path) -> tuple[str, float, int]:
    """Read one source in a child process: (outcome, seconds, peak MB)."""
    code = (
        "import sys\n"
        "from briefbook.errors import BriefbookError\n"
        "from briefbook.ingest import load_documents\n"
        "try:\n"
        "    (d,) = load_documents([sys.argv[1]])\n"
        "    print(f'read: {len(d.sentences)} sentences; ' + '; '.join(d.warnings)[:120])\n"
        "except BriefbookError as e:\n"
        "    print('refused: ' + e.message[:140])\n"
    )
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", code, str(path)], stdout=out, stderr=subprocess.STDOUT, text=True
        )
        _pid, _status, usage = os.wait4(child.pid, 0)  # this child's own peak
        seconds = time.perf_counter() - start
        child.returncode = 0
        out.seek(0)
        lines = out.read().strip().splitlines()
    outcome = (lines[-1] if lines else "")[:160]
    return outcome, seconds, usage.ru_maxrss // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--big", action="store_true", help="add the 1 GB DOCX bomb")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for label, name, maker in _cases(args.big):
            path = Path(tmp) / name
            maker(path)  # type: ignore[operator]
            outcome, seconds, peak = _ingest_only(path)
            print(f"{label:38s} {seconds:6.2f} s  peak {peak:5d} MB  {outcome}", flush=True)
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
