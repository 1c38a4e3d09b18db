"""What drafting costs with a stub backend: the drafting stage alone, and whole runs.

The stub is the test suite's chat server on 127.0.0.1 (tests/builders.py) answering every
part at once with crafted lines (supported ones and one of each unsupported kind), so
what is timed is briefbook's own work: evidence selection, prompts, HTTP, the checker
(shared checker and WordLlama support score) and placing the accepted sentences.

    python benchmarks/bench_drafting.py [--repeat N] [--full]

``--full`` also times ``briefbook run params/example.yaml`` in-process with drafting off
and on (median of N each, HTML and PDF), the figure the issue bounds at +0.5 s.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from briefbook.app.run import Progress, build_assessment, run_briefing  # noqa: E402
from briefbook.config.drafting import DraftingSettings  # noqa: E402
from briefbook.config.params import load_params  # noqa: E402
from briefbook.drafting import draft_assessment, make_backend  # noqa: E402
from builders import StubChatServer, crafted_reply  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--full", action="store_true", help="also time whole runs")
    args = parser.parse_args()
    from briefbook.app.cli import quiet_libraries

    quiet_libraries()
    params = load_params(ROOT / "params" / "example.yaml")
    assessment, _ = build_assessment(params, Progress(quiet=True))
    with StubChatServer(crafted_reply) as server:
        settings = DraftingSettings(backend="openai", endpoint=server.endpoint, model="stub")
        backend = make_backend(settings)
        draft_assessment(copy.deepcopy(assessment), backend)  # warm: prompt templates
        times = []
        for _ in range(args.repeat):
            work = copy.deepcopy(assessment)
            start = time.perf_counter()
            outcome = draft_assessment(work, backend)
            times.append(time.perf_counter() - start)
        print(
            f"drafting stage, stub backend: median {statistics.median(times):.3f} s over "
            f"{args.repeat} ({len(outcome.records)} parts, {outcome.accepted} lines kept, "
            f"{outcome.rejected} rejected)"
        )
        if args.full:
            with tempfile.TemporaryDirectory() as tmp:
                off, on = [], []
                drafted = load_params(
                    ROOT / "params" / "example.yaml",
                    ["drafting.backend=openai", f"drafting.endpoint={server.endpoint}"],
                )
                for i in range(args.repeat):
                    for p, bucket, name in ((params, off, "off"), (drafted, on, "on")):
                        start = time.perf_counter()
                        run_briefing(
                            p,
                            output_dir=Path(tmp) / f"{name}{i}",
                            progress=Progress(quiet=True),
                        )
                        bucket.append(time.perf_counter() - start)
                m_off, m_on = statistics.median(off), statistics.median(on)
                print(
                    f"whole run: drafting off {m_off:.2f} s, on {m_on:.2f} s (median of "
                    f"{args.repeat}); difference {m_on - m_off:+.2f} s"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
