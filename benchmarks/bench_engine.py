"""Benchmark the engine: load time, words per second, peak memory on a 100,000-word input.

Run: ``python benchmarks/bench_engine.py``. Prints figures; asserts nothing.
Goals: load (import + model) < 1 s, >= 5,000 words/s on one core, < 500 MB peak.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLES = ROOT / "sources" / "examples"
TARGET_WORDS = 100_000


def source_files() -> list[Path]:
    """The corpus news and analysis articles when present, else the bundled examples."""
    files = sorted((CORPUS / "news").glob("*.txt")) + sorted((CORPUS / "analysis").glob("*.md"))
    return files or sorted(EXAMPLES.glob("*.txt"))


def main() -> int:
    start = time.perf_counter()
    from briefbook.analysis.embeddings import load_model
    from briefbook.assessment.build import assess_documents
    from briefbook.ingest import load_documents

    load_model()
    load_s = time.perf_counter() - start
    print(f"load (import + model): {load_s:.2f} s")

    files = source_files()
    docs = load_documents(files)
    assess_documents(docs)  # warm caches (prototypes, cue lists)
    words = sum(d.words for d in docs)
    docs = load_documents(files)
    t0 = time.perf_counter()
    assess_documents(docs)
    elapsed = time.perf_counter() - t0
    print(
        f"assess {len(files)} sources, {words} words: {elapsed:.2f} s = {words / elapsed:,.0f} words/s"
    )

    texts = [f.read_text(encoding="utf-8") for f in files]
    per_round = sum(len(t.split()) for t in texts)
    rounds = TARGET_WORDS // max(per_round, 1) + 1
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        # number each copy's paragraphs so the ingester does not fold repeats together
        copies = [
            "\n\n".join(
                f"{para.strip()} (Copy {r}.)" for para in text.split("\n\n") if para.strip()
            )
            for r in range(rounds)
            for text in texts
        ]
        big.write_text("\n\n".join(copies), encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        big_docs = load_documents([big])
        big_words = sum(d.words for d in big_docs)
        assessment = assess_documents(big_docs)
        elapsed = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024
    print(
        f"one {big_words}-word source: {elapsed:.2f} s = {big_words / elapsed:,.0f} words/s, "
        f"{len(assessment.sentences)} sentences"
    )
    print(
        f"peak memory (maxrss): {peak / scale:.0f} MB (before the big input: {before / scale:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
