"""How the checker's predicate rule separates faithful paraphrase from a changed event.

Reads ``benchmarks/data/predicate_pairs.yaml`` (invented drafts, each with the one sentence
it cites and a verdict: supported or unsupported), checks every draft with
:func:`briefbook.assessment.checker.check_statement` against its cited sentence, with the
predicate rule and without it (as the checker was before it), with the rule as an analyst's
judgment is checked (opposites and negated events only) and as a drafted line is (past event
verbs the evidence does not carry fail too), and prints the precision and recall of the
"unsupported" verdict, and every pair judged against its label.

    .venv/bin/python benchmarks/eval_predicates.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefbook.assessment.checker import check_statement  # noqa: E402
from briefbook.model import Sentence  # noqa: E402

PAIRS = ROOT / "benchmarks" / "data" / "predicate_pairs.yaml"
DEVELOPED = 52  # pairs up to this id were read while the rule was written


def score(
    pairs: list[dict], *, predicates: bool, absent: bool = False
) -> tuple[dict[str, int], list[str]]:
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    wrong: list[str] = []
    for p in pairs:
        ev = [Sentence(id="S1.1", source="S1", text=p["cited"])]
        r = check_statement(
            p["draft"] + " [S1.1]", ev, predicates=predicates, absent_predicates=absent
        )
        said = "unsupported" if not r.ok else "supported"
        gold = p["verdict"]
        key = ("t" if said == gold else "f") + ("p" if said == "unsupported" else "n")
        counts[key] += 1
        if said != gold:
            why = "; ".join(r.reasons) or "passed"
            wrong.append(f"  #{p['id']} {gold} judged {said}: {why}")
    return counts, wrong


def main() -> int:
    every = yaml.safe_load(PAIRS.read_text(encoding="utf-8"))
    parts = (
        ("pairs 1-52 (developed on)", [p for p in every if p["id"] <= DEVELOPED]),
        (
            "pairs 53- (written after the rule, not tuned on)",
            [p for p in every if p["id"] > DEVELOPED],
        ),
        ("all pairs", every),
    )
    for title, pairs in parts:
        print()
        report(title, pairs)
    return 0


def report(title: str, pairs: list[dict]) -> None:
    n_uns = sum(p["verdict"] == "unsupported" for p in pairs)
    print(f"{title}: {len(pairs)} pairs ({n_uns} unsupported, {len(pairs) - n_uns} supported)")
    modes = (
        ("without the predicate rule", False, False),
        ("with it, as an analyst's judgment (opposites, negated events)", True, False),
        ("with it, as a drafted line (also past event verbs not carried)", True, True),
    )
    for name, flag, absent in modes:
        c, wrong = score(pairs, predicates=flag, absent=absent)
        flagged = c["tp"] + c["fp"]
        precision = c["tp"] / flagged if flagged else float("nan")
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        print(
            f"{name}: 'unsupported' precision {precision:.2f} ({c['tp']} of {flagged}), "
            f"recall {recall:.2f} ({c['tp']} of {c['tp'] + c['fn']}); "
            f"faithful pairs flagged {c['fp']} of {c['fp'] + c['tn']}"
        )
        for line in wrong:
            print(line)


if __name__ == "__main__":
    raise SystemExit(main())
