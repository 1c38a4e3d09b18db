"""Train the section classifier and write the weights that ship in the package.

Run from a checkout beside ``shared/``: ``.venv/bin/python tools/train_sections.py``
(options: ``--labels``, ``--corpus``, ``--extra`` (repeatable), ``--no-extra``, ``--out``, ``-C``,
``--calibrate``). Reads the sentence labels and the corpus files (their text is never copied
into the repository) and the public-domain training set ``tools/section_labels_pd.json``
(sentences of US government texts labelled by the same guide, always trained on), and writes
``src/briefbook/data/models/sections.npz``: the standardisation and the linear model, with the
labels file's sha256, the feature blocks, the embedding model and the scikit-learn version.
Deterministic: the same labels, corpus and versions give the same weights.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from briefbook.assessment.section_model import WEIGHTS_NAME
from briefbook.evaluation.section_training import (
    DEFAULT_C,
    fit_model,
    labels_hash,
    load_extra,
    load_labelled,
)

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT.parent / "shared" / "corpus" / "labels" / "sections.json"
OUT = ROOT / "src" / "briefbook" / "data" / "models" / WEIGHTS_NAME
EXTRA = ROOT / "tools" / "section_labels_pd.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument(
        "--corpus", type=Path, default=None, help="default: the labels' parent's parent"
    )
    ap.add_argument(
        "--extra",
        type=Path,
        action="append",
        help="public-domain sentence training set (JSON; repeatable; default "
        "tools/section_labels_pd.json)",
    )
    ap.add_argument("--no-extra", action="store_true", help="train on the labelled articles only")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("-C", type=float, default=DEFAULT_C, help="inverse L2 regularisation")
    ap.add_argument(
        "--calibrate",
        action="store_true",
        help="add per-class offsets learned by an inner leave-one-article-out run (not shipped)",
    )
    args = ap.parse_args(argv)
    articles = load_labelled(args.labels, args.corpus)
    paths = args.extra or [EXTRA]
    extra = [] if args.no_extra else [a for path in paths for a in load_extra(path)]
    meta = {"labels_sha256": labels_hash(args.labels), "articles": len(articles)}
    if extra:
        # one file: its hash (as the shipped weights); several: their hashes joined by commas
        hashes = ",".join(labels_hash(path) for path in paths)
        meta |= {"extra_sha256": hashes, "extra_sources": len(extra)}
    model = fit_model(articles, c=args.C, calibrate=args.calibrate, meta=meta, extra=extra)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(
        f"wrote {args.out.name}: {model.coef.shape[0]} labels x {model.coef.shape[1]} features, "
        f"{model.meta['sentences']} sentences ({len(articles)} articles, "
        f"{model.meta['extra_sentences']} of the public-domain set)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
