"""Leave-one-file-out cross-validation of the section model's parameters.

Run: ``python benchmarks/eval_sections_cv.py``. Prints figures; asserts nothing.

The labelled files are the reference assessment (gold from its own headings via the schema
aliases) and the analysis articles of ``../shared/corpus/analysis`` (gold from
``tests/fixtures/eval/analysis-headings.yaml``). Headings are stripped before the engine runs.
For each held-out file the setting of a small grid that has the best mean macro-F1 on the
other files is chosen, and the held-out file is scored with it; the mean of these held-out
scores is the honest figure. The fixed defaults (``SectionParams()``) are reported too, and
how often each setting was chosen.
"""

from __future__ import annotations

import copy
import itertools
import os
import sys
from collections import Counter
from dataclasses import fields, replace
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from briefbook.assessment.sections import SectionParams, assign_sections, keyword_sections
from briefbook.config.outline import load_schema
from briefbook.evaluation.sections import gold_sections, load_mapping, score_sections
from briefbook.ingest import load_documents
from briefbook.model import Document

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "sources" / "examples" / "dprk-troops-assessment.txt"
ANALYSIS = ROOT.parent / "shared" / "corpus" / "analysis"
MAPPING = ROOT / "tests" / "fixtures" / "eval" / "analysis-headings.yaml"

# The grid: a few values of the parameters that matter most; at most 30 settings.
GRID: dict[str, tuple[float, ...]] = {
    "cue_weight": (1.0, 1.5, 2.0),
    "prototype_parts": (0.0, 1.0),
    "context_weight": (0.0, 0.3),
    "position_adapt": (0.0, 0.5),
}


def grid_settings() -> list[SectionParams]:
    """Every combination of the grid values, over the defaults."""
    names = list(GRID)
    known = {f.name for f in fields(SectionParams)}
    missing = [n for n in names if n not in known]
    if missing:
        raise SystemExit(f"grid names unknown parameters: {missing}")
    out = []
    for values in itertools.product(*(GRID[n] for n in names)):
        out.append(replace(SectionParams(), **dict(zip(names, values, strict=True))))
    return out


def labelled_files() -> list[tuple[str, Document, dict[str, str | None]]]:
    """(name, document with headings stripped, gold) for each labelled file."""
    schema = load_schema("conflict")
    mapping = load_mapping(MAPPING)
    paths = [REFERENCE] + sorted(ANALYSIS.glob("*.md"))
    out = []
    for path, doc in zip(paths, load_documents(paths), strict=True):
        gold = gold_sections(doc, schema, mapping.get(path.name) if path != REFERENCE else None)
        bare = copy.deepcopy(doc)
        bare.headings = []
        for s in bare.sentences:
            s.heading = None
            s.section = None
        out.append((path.name, bare, gold))
    return out


def describe(params: SectionParams) -> str:
    return " ".join(f"{n}={getattr(params, n):g}" for n in GRID)


def main() -> int:
    if not ANALYSIS.is_dir():
        print("../shared/corpus/analysis is not beside this checkout; nothing to do")
        return 0
    schema = load_schema("conflict")
    files = labelled_files()
    settings = grid_settings()
    defaults = SectionParams()
    if defaults not in settings:
        settings.append(defaults)
    # scores[s][f]: macro-F1 of setting s on file f
    scores = []
    for params in settings:
        row = []
        for _, doc, gold in files:
            row.append(score_sections(gold, assign_sections([doc], schema, params), schema.keys)[1])
        scores.append(row)
    n = len(files)
    held_out = []
    chosen: Counter[int] = Counter()
    for f in range(n):
        means = [sum(r[g] for g in range(n) if g != f) / (n - 1) for r in scores]
        best = max(range(len(settings)), key=lambda s: (round(means[s], 9), -s))
        chosen[best] += 1
        held_out.append((files[f][0], best, scores[best][f]))
    d = settings.index(defaults)
    base = [
        score_sections(gold, keyword_sections([doc], schema), schema.keys)[1]
        for _, doc, gold in files
    ]
    print(f"{len(files)} labelled files, {len(settings)} settings")
    print(f"{'file':<58}{'CV':>6}{'default':>9}{'keyword':>9}")
    for (name, _, cv), dflt, kw in zip(held_out, scores[d], base, strict=True):
        print(f"{name:<58}{cv:>6.2f}{dflt:>9.2f}{kw:>9.2f}")
    mean_cv = sum(h[2] for h in held_out) / n
    print(f"{'mean macro-F1':<58}{mean_cv:>6.2f}{sum(scores[d]) / n:>9.2f}{sum(base) / n:>9.2f}")
    print("settings chosen by the folds:")
    for s, count in sorted(chosen.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:>2} x {describe(settings[s])}  (all-file mean {sum(scores[s]) / n:.2f})")
    print(f"defaults: {describe(defaults)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
