"""Section classifier, measured on held-out data. Prints figures; asserts nothing.

Run: ``.venv/bin/python benchmarks/eval_sections_cv.py [-C 0.01] [--extra FILE ...]`` (needs
``../shared`` and scikit-learn; ``--extra`` replaces the default training set
``tools/section_labels_pd.json``, repeat it to add ``tools/section_labels_pd2.json``).

(a) Leave-one-article-out cross-validation over the labelled articles of
    ``../shared/corpus/labels/sections.json`` (train on the others and on the public-domain
    training set ``tools/section_labels_pd.json``, never scored; predict the held-out one,
    headings removed; predictions pooled): per-label P/R/F1 and macro-F1, strict and lenient
    (a prediction equal to the sentence's ``also`` label counts), beside two baselines (keyword
    cues; positional split: sentence i of n -> label floor(6 i / n) of the outline's order).
(b) Shuffle test: each held-out article with its paragraphs shuffled (fixed seed): the share of
    sentences whose label is unchanged.
(c) The reference assessment (not in the training set), headings stripped, gold from its own
    headings via the outline's aliases, scored with the shipped weights.
(d) With ``--pool SET/sections.json`` (repeatable; a labelled set kept outside the repository,
    as for ``eval_sections_unseen.py``, its article paths relative to its folder): leave-one-
    article-out over the 20 articles and every pooled article together (each held out in turn,
    trained on all the others and the public-domain set), per label and per set. The shipped
    weights are built from ``../shared`` alone; the pooled run is a larger development
    cross-validation to choose settings on, never a source of the weights.
(e) ``--save FILE`` writes each held-out article's gold and predicted labels (no text) to a
    JSON file; ``--against FILE`` compares this run with a saved one, article by article: the
    per-article difference of the strict macro-F1 and a bootstrap over articles (5,000 draws,
    fixed seed) of the pooled strict difference, for the 20 articles and for the pool.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from briefbook.evaluation.section_training import (
    DEFAULT_C,
    DEFAULT_CLASS_POWER,
    cross_validate,
    load_extra,
    load_labelled,
    paired_difference,
    score_labels,
)
from briefbook.evaluation.sections import (
    baseline_labels,
    evaluate_sections,
    format_label_table,
)

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT.parent / "shared" / "corpus" / "labels" / "sections.json"
REFERENCE = ROOT / "sources" / "examples" / "dprk-troops-assessment.txt"
EXTRA = ROOT / "tools" / "section_labels_pd.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="section classifier on held-out data")
    ap.add_argument("-C", type=float, default=DEFAULT_C)
    ap.add_argument("--no-rules", action="store_true", help="the classifier alone")
    ap.add_argument("--no-extra", action="store_true", help="without the public-domain set")
    ap.add_argument(
        "--extra",
        type=Path,
        action="append",
        help="a sentence training set added to every fold (repeatable; default: "
        "tools/section_labels_pd.json, as the shipped weights)",
    )
    ap.add_argument("--class-power", type=float, default=DEFAULT_CLASS_POWER)
    ap.add_argument(
        "--calibrate", action="store_true", help="nested class-offset calibration per fold"
    )
    ap.add_argument(
        "--pool",
        type=Path,
        action="append",
        help="a labelled set's sections.json pooled into a second leave-one-article-out run "
        "(repeatable)",
    )
    ap.add_argument("--save", type=Path, help="write per-article gold and predictions (JSON)")
    ap.add_argument("--against", type=Path, help="a --save file to compare this run with")
    args = ap.parse_args(argv)
    if not LABELS.is_file():
        print("../shared/corpus/labels/sections.json is not beside this checkout; nothing to do")
        return 0
    articles = load_labelled(LABELS)
    extra = [] if args.no_extra else [a for path in args.extra or [EXTRA] for a in load_extra(path)]
    cv = cross_validate(
        articles,
        c=args.C,
        rules=not args.no_rules,
        calibrate=args.calibrate,
        extra=extra,
        class_power=args.class_power,
    )
    keyword, positional = baseline_labels(articles)
    print(
        f"(a) leave-one-article-out CV, {len(articles)} articles, {len(cv.gold)} sentences, "
        f"C={args.C}, class power {args.class_power}, "
        f"{sum(g is not None for a in extra for g in a.gold)} public-domain sentences in training"
    )
    print(format_label_table(cv.gold, cv.predicted, cv.also, keyword, positional))
    same = sum(a == b for a, b in zip(cv.predicted, cv.shuffled, strict=True))
    print(
        f"(b) shuffle test: {same}/{len(cv.predicted)} = {same / len(cv.predicted):.3f} keep their label"
    )
    print("per article (held-out macro-F1 strict):")
    per = []
    for name, g, p in cv.per_article:
        per.append(score_labels(g, p).macro_f1)
        print(f"  {name:<72} {per[-1]:5.2f}  ({len(g)} sentences)")
    mean = sum(per) / len(per)
    sd = (sum((v - mean) ** 2 for v in per) / len(per)) ** 0.5
    print(f"  per-article macro-F1: mean {mean:.3f}, sd {sd:.3f}")
    ref = evaluate_sections([REFERENCE])
    print("(c) reference assessment, headings stripped (shipped weights):")
    print(ref.format())
    runs = {"articles": cv.per_article}
    if args.pool:
        pooled = [*articles]
        for path in args.pool:
            for a in load_labelled(path, path.parent):
                a.name = f"{path.parent.name}/{a.name}"
                pooled.append(a)
        pcv = cross_validate(
            pooled,
            c=args.C,
            rules=not args.no_rules,
            calibrate=args.calibrate,
            extra=extra,
            class_power=args.class_power,
        )
        runs["pooled"] = pcv.per_article
        print(
            f"(d) pooled leave-one-article-out, {len(pooled)} articles "
            f"({len(articles)} + {len(pooled) - len(articles)} of {len(args.pool)} set(s)), "
            f"{len(pcv.gold)} sentences:"
        )
        print(format_label_table(pcv.gold, pcv.predicted, pcv.also, *baseline_labels(pooled)))
        same = sum(a == b for a, b in zip(pcv.predicted, pcv.shuffled, strict=True))
        print(f"  shuffle test: {same}/{len(pcv.predicted)} keep their label")
        names = {a.name for a in articles}
        for group in ["the 20 articles", *(p.parent.name for p in args.pool)]:
            rows = [
                r
                for r in pcv.per_article
                if (r[0] in names if group == "the 20 articles" else r[0].startswith(group + "/"))
            ]
            g = [x for r in rows for x in r[1]]
            p = [x for r in rows for x in r[2]]
            print(f"  {group}: {len(g)} sentences, strict {score_labels(g, p).macro_f1:.3f}")
    if args.save:
        args.save.write_text(
            json.dumps({k: [[n, g, p] for n, g, p in v] for k, v in runs.items()}),
            encoding="utf-8",
        )
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        print(f"(e) against {args.against.name}:")
        for key, rows in runs.items():
            if key in before:
                print(f"  {key}: " + paired_difference(before[key], rows).format())
    return 0


if __name__ == "__main__":
    sys.exit(main())
