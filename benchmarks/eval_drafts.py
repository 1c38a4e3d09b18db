"""How well the drafting checker separates supported from unsupported draft sentences.

Reads ``benchmarks/data/checker_labels.yaml`` (hand-labelled drafts against source
sentences; third-party corpus sentences are found by hash in ../shared/corpus), runs
:func:`briefbook.drafting.check.check_line` on every draft with the sentences offered, and
reports the share of unsupported drafts rejected and of supported drafts kept, by kind.

The support-score threshold is calibrated on the odd-numbered items only (the highest
threshold that keeps every supported calibration draft the deterministic checks keep; the
code's ``SUPPORT_THRESHOLD`` is that value, rounded down) and reported on the
even-numbered items, which were not used to choose it, and on all.

    .venv/bin/python benchmarks/eval_drafts.py [--threshold X]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefbook.drafting.check import SUPPORT_THRESHOLD, check_line  # noqa: E402
from briefbook.ingest import load_documents  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "checker_labels.yaml"


def sentence_index(files: list[str]) -> dict[tuple[str, str], str]:
    docs = load_documents([str(ROOT / f) for f in files])
    index = {}
    for f, doc in zip(files, docs, strict=True):
        for s in doc.sentences:
            text = " ".join(s.text.split())
            index[(f, hashlib.sha256(text.encode()).hexdigest()[:16])] = text
    return index


def offered_of(item: dict, index: dict) -> dict[str, str]:
    offered = {}
    for k, ev in enumerate(item["evidence"], 1):
        key = (ev["file"], ev["sha256"])
        if key not in index:
            raise SystemExit(
                f"item {item['id']}: sentence {ev['sha256']} not found in {ev['file']}"
            )
        offered[f"S1.{k}"] = index[key]
    return offered


def rates(rows: list[dict], threshold: float) -> dict:
    kept = rejected = n_sup = n_uns = 0
    misses: list[str] = []
    for r in rows:
        accepted = not r["hard"] and r["support"] is not None and r["support"] >= threshold
        if r["label"] == "supported":
            n_sup += 1
            kept += accepted
            if not accepted:
                misses.append(f"  kept-miss  #{r['id']}: {'; '.join(r['reasons']) or 'support'}")
        else:
            n_uns += 1
            rejected += not accepted
            if accepted:
                misses.append(f"  let-through #{r['id']} ({r['kind']}) support {r['support']:.2f}")
    return {
        "supported": n_sup,
        "unsupported": n_uns,
        "kept": kept / n_sup if n_sup else float("nan"),
        "rejected": rejected / n_uns if n_uns else float("nan"),
        "misses": misses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, help="use this support threshold")
    args = parser.parse_args()
    items = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    files = sorted({ev["file"] for item in items for ev in item["evidence"]})
    missing = [f for f in files if not (ROOT / f).is_file()]
    if missing:
        print(f"skipped: {', '.join(missing)} not found (../shared/corpus beside the checkout?)")
        return 0
    index = sentence_index(files)
    rows = []
    for item in items:
        v = check_line(item["draft"], offered_of(item, index), threshold=-1.0)
        hard = [r for r in v.reasons if not r.startswith("support ")]
        rows.append(
            {
                "id": item["id"],
                "label": item["label"],
                "kind": item["kind"],
                "support": v.support,
                "hard": bool(hard),
                "reasons": hard,
            }
        )
    calib = [r for r in rows if r["id"] % 2 == 1]
    test = [r for r in rows if r["id"] % 2 == 0]
    kept_scores = [r["support"] for r in calib if r["label"] == "supported" and not r["hard"]]
    calibrated = round(min(kept_scores) - 0.005, 3) if kept_scores else 0.0
    threshold = args.threshold if args.threshold is not None else SUPPORT_THRESHOLD
    print(f"{len(rows)} labelled drafts ({sum(r['label'] == 'supported' for r in rows)} supported)")
    print(
        f"support threshold calibrated on the odd items: {calibrated:.3f} "
        f"(in the code: {SUPPORT_THRESHOLD:.3f}); used here: {threshold:.3f}"
    )
    for name, part in (("held-out (even items)", test), ("all items", rows)):
        r = rates(part, threshold)
        print(
            f"{name}: unsupported rejected {r['rejected']:.1%} of {r['unsupported']}, "
            f"supported kept {r['kept']:.1%} of {r['supported']}"
        )
    print("by kind (all items): rejected or kept as labelled")
    for kind, count in sorted(Counter(r["kind"] for r in rows).items()):
        sub = [r for r in rows if r["kind"] == kind]
        rr = rates(sub, threshold)
        share = rr["kept"] if kind == "supported" else rr["rejected"]
        print(f"  {kind:<10} {share:.0%} of {count}")
    for line in rates(rows, threshold)["misses"]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
