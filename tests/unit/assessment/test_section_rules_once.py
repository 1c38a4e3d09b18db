"""The section rules are matched once per sentence, and only where their answer can change
it: no rule is matched on a sentence the classifier leaves as boilerplate, a rule whose
``only_from`` leaves out the classifier's label is never matched, and no rule is matched twice
on one sentence; the rules' results stay the same (invented rules and sentences)."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest

from briefbook.assessment.section_rules import SectionRule, apply_rules, rule_labels

LABELS = ("battlefield", "conclusion", "context", "factors", "geopolitical", "none", "outlook")


class Counted:
    """A compiled pattern that counts the sentences it is searched in, by rule."""

    def __init__(self, rule: str, pattern: str, seen: Counter) -> None:
        self.rule = rule
        self.pattern = re.compile(pattern, re.I)
        self.seen = seen

    def search(self, text: str) -> re.Match[str] | None:
        self.seen[(self.rule, text)] += 1
        return self.pattern.search(text)


def _rules(seen: Counter) -> tuple[SectionRule, ...]:
    def rule(name: str, label: str, match: str, **kw: object) -> SectionRule:
        return SectionRule(
            name=name, label=label, match=(Counted(name, match, seen),), unless=(), **kw
        )

    return (
        rule("estimate", "substance", r"\blikely to\b"),
        rule("forward", "outlook", r"\bwill\b", only_from=("context",)),
        rule("aim", "factors", r"\bto secure\b", only_from=("context",)),
        rule("call", "outlook", r"\bmust\b"),
        rule("shape", "boilerplate", r"^(?:photo|by)\b", sure=0.8),
    )


def _row(**p: float) -> list[float]:
    return [p.get(lab, 0.0) for lab in LABELS]


SENTENCES = [
    # context: "forward" may move it and does
    ("The Kelvo brigade will rotate out of Tarn next month.", _row(context=0.7, factors=0.3)),
    # battlefield: "forward" and "aim" may not move it (only_from), "call" may
    ("Ostland must hold the Varr bridge, its general said.", _row(battlefield=0.6, context=0.4)),
    # boilerplate, the classifier sure: no section rule is asked about it
    ("Photo by Dela Marr, who will publish more.", _row(none=0.9, context=0.1)),
    # boilerplate without a shape, the classifier unsure: substance, then the rules
    ("Tarn's council will meet on Friday.", _row(none=0.5, context=0.3, outlook=0.2)),
]


def test_each_rule_is_matched_at_most_once_per_sentence_and_only_where_it_counts():
    seen: Counter = Counter()
    texts = [t for t, _ in SENTENCES]
    out = apply_rules(np.array([p for _, p in SENTENCES]), LABELS, texts, _rules(seen))
    assert max(seen.values()) == 1
    rules_on = {t: {r for (r, s) in seen if s == t} for t in texts}
    # the sure boilerplate: only whether it is an estimate is asked (the classifier is
    # sure enough that its shape is not), no section rule
    assert rules_on[texts[2]] == {"estimate"}
    # a battlefield sentence is never matched by rules that only move context
    assert "forward" not in rules_on[texts[1]] and "aim" not in rules_on[texts[1]]
    # the near miss: a context sentence is matched by them, and they move it
    assert "forward" in rules_on[texts[0]]
    best = [LABELS[int(np.argmax(row))] for row in out]
    assert best == ["outlook", "outlook", "none", "outlook"]
    assert out.sum(axis=1) == pytest.approx(np.ones(len(texts)))


def test_rule_labels_gives_the_same_labels_with_and_without_the_classifier_label():
    seen: Counter = Counter()
    texts = [t for t, _ in SENTENCES]
    rules = _rules(seen)
    assert rule_labels(texts, rules) == ["outlook", "outlook", "outlook", "outlook"]
    assert rule_labels(texts, rules, ["context", "battlefield", "none", "factors"]) == [
        "outlook",
        "outlook",
        None,
        None,
    ]
    # with the classifier's labels, "forward" is not matched where it could not move
    assert seen[("forward", texts[3])] == 1  # once, in the call without labels
