"""Time each stage of `briefbook run` on the example, against the floor of its tools.

The floor, measured in the same process and on the same machine: papermill executing a
one-cell parameterized notebook, nbconvert's stock HTML export of it, and WeasyPrint
turning that HTML into PDF. The last line is the ratio ours / floor.

    python benchmarks/bench_run.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def floor_once(work: Path) -> dict[str, float]:
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
    body, _ = HTMLExporter().from_filename(str(work / "floor-out.ipynb"))
    timing["html"] = time.perf_counter() - start
    start = time.perf_counter()
    weasyprint.HTML(string=body).write_pdf(work / "floor.pdf")
    timing["pdf"] = time.perf_counter() - start
    return timing


def ours_once(work: Path) -> dict[str, float]:
    from briefbook.app.run import Progress, run_briefing
    from briefbook.config.params import load_params

    params = load_params(ROOT / "params" / "example.yaml")
    progress = Progress(quiet=True)
    start = time.perf_counter()
    run_briefing(params, output_dir=work / "reports", progress=progress)
    timing = dict(progress.timing)
    timing["total"] = time.perf_counter() - start
    return timing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (median is shown)")
    args = parser.parse_args()
    from briefbook.app.cli import quiet_libraries

    quiet_libraries()  # WeasyPrint warns about every rule of nbconvert's stock CSS
    floors, ours = [], []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        floor_once(work)  # warm the OS caches and font config for both sides
        for _ in range(args.repeat):
            floors.append(floor_once(work))
            ours.append(ours_once(work))
    print(f"briefbook run on params/example.yaml, median of {args.repeat} runs (seconds)")
    for stage in ("ingest", "analyse", "execute", "html", "pdf", "total"):
        print(f"  ours  {stage:<8} {statistics.median(r[stage] for r in ours):7.2f}")
    floor_total = [sum(r.values()) for r in floors]
    for stage in ("execute", "html", "pdf"):
        print(f"  floor {stage:<8} {statistics.median(r[stage] for r in floors):7.2f}")
    print(f"  floor {'total':<8} {statistics.median(floor_total):7.2f}")
    ratio = statistics.median(r["total"] for r in ours) / statistics.median(floor_total)
    print(f"ratio ours/floor: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
