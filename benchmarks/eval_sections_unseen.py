"""The shipped section classifier on a labelled set of unseen articles. Prints figures;
asserts nothing.

Run: ``.venv/bin/python benchmarks/eval_sections_unseen.py SET/sections.json [--corpus DIR]
[--errors]``.

``SET/sections.json`` has the format of ``../shared/corpus/labels/sections.json`` (labels by
``GUIDE.md``; ``files`` maps each article's path, relative to ``--corpus``, default the folder
of the labels file, to its sentences ``{"text", "label", "also"?}``). Such sets are built
blind, outside the repository (article text may not be committed), by engineers who never
saw the engine's output, and frozen before they are scored.

Each article is read as ``briefbook run`` reads it, headings removed; its sentences go
through the engine's section assignment (``assign_sections``: the shipped weights and the
guide's rules), a sentence left out of every section counting as ``none``. A labelled
sentence is matched to an engine sentence by normalised text; the labelled sentences that
match none (the builder split them otherwise) are counted and left out. Output: per-label
P/R/F1, macro-F1 strict and lenient (the ``also`` label accepted) over the labels in gold,
and per article; ``--errors`` lists each wrong sentence as gold -> predicted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from briefbook.assessment.sections import assign_sections
from briefbook.config.outline import load_schema
from briefbook.evaluation.section_training import load_labelled, score_labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", help="sections.json of the set")
    ap.add_argument("--corpus", help="folder the labels' file names are relative to")
    ap.add_argument("--errors", action="store_true", help="list the wrong sentences")
    args = ap.parse_args(argv)
    labels = Path(args.labels)
    articles = load_labelled(labels, args.corpus or labels.parent)
    spec = load_schema("conflict")
    gold: list[str] = []
    also: list[str | None] = []
    pred: list[str] = []
    total = 0
    per_article = []
    wrong = []
    for _name, entries in json.loads(labels.read_text(encoding="utf-8"))["files"].items():
        total += len(entries)
    for a in articles:
        assigned = assign_sections([a.document], spec)
        g_a, p_a, al_a = [], [], []
        for s, g, al in zip(a.document.sentences, a.gold, a.also, strict=True):
            if g is None:
                continue
            p = assigned.get(s.id) or "none"
            g_a.append(g)
            p_a.append(p)
            al_a.append(al)
            if p != g:
                wrong.append((a.name, s.id, g, al, p, s.text))
        gold += g_a
        pred += p_a
        also += al_a
        if g_a:
            per_article.append(
                (
                    a.name,
                    len(g_a),
                    score_labels(g_a, p_a).macro_f1,
                    score_labels(g_a, p_a, also=al_a).macro_f1,
                )
            )
    strict = score_labels(gold, pred)
    lenient = score_labels(gold, pred, also=also)
    print(f"{labels}: {len(articles)} articles, {total} labelled sentences, {len(gold)} matched")
    print(f"{'label':<14}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}")
    for lab, p, r, f, support, npred in strict.rows:
        print(f"{lab:<14}{support:>6}{npred:>6}{p:>7.2f}{r:>7.2f}{f:>7.2f}")
    print(f"macro-F1 strict {strict.macro_f1:.3f}, lenient {lenient.macro_f1:.3f}")
    for name, n, s, le in per_article:
        print(f"  {name}: {n} sentences, {s:.2f} / {le:.2f}")
    if args.errors:
        for name, sid, g, al, p, text in wrong:
            extra = f" (also {al})" if al else ""
            print(f"{name} {sid}: {g}{extra} -> {p}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
