"""Guide rules that override the section classifier (``data/section_rules.yaml``).

A rule is written from a definition of the labelling guide, never from an article: e.g. a
recommendation or call for action (a prescriptive modal, "must", "should", "needs to", "it is
essential that", outside direct quotes) is ``outlook``. A rule never overrides a sentence the
classifier calls boilerplate (``none``: a byline or caption stays out of every section); a rule
whose label is ``none`` (a sentence framing the piece itself, "This article explores ...")
moves the whole sentence there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from briefbook.data import load_data

__all__ = ["SectionRule", "apply_rules", "rule_labels", "section_rules"]

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


@dataclass(frozen=True)
class SectionRule:
    """One override: sentences matching any of ``match`` and none of ``unless`` -> ``label``."""

    name: str
    label: str
    match: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]

    def fires(self, text: str) -> bool:
        """Whether the rule applies to ``text`` (direct quotes removed first)."""
        bare = _QUOTED.sub(" ", text.replace("’", "'"))
        return any(p.search(bare) for p in self.match) and not any(
            p.search(bare) for p in self.unless
        )


@cache
def section_rules() -> tuple[SectionRule, ...]:
    """The rules of ``data/section_rules.yaml``, in file order (loaded once)."""
    out = []
    for name, spec in load_data("section_rules.yaml").items():
        out.append(
            SectionRule(
                name=str(name),
                label=str(spec["label"]),
                match=tuple(re.compile(str(p), re.I) for p in spec["match"]),
                unless=tuple(re.compile(str(p), re.I) for p in spec.get("unless") or ()),
            )
        )
    return tuple(out)


def rule_labels(
    texts: Sequence[str], rules: Sequence[SectionRule] | None = None
) -> list[str | None]:
    """The label the first firing rule gives each text, or None -> list of len(texts)."""
    rules = section_rules() if rules is None else rules
    out: list[str | None] = []
    for t in texts:
        out.append(next((r.label for r in rules if r.fires(t)), None))
    return out


def apply_rules(
    probs: np.ndarray,
    labels: Sequence[str],
    texts: Sequence[str],
    rules: Sequence[SectionRule] | None = None,
) -> np.ndarray:
    """``probs`` (n, C) with columns ``labels`` after the rules -> a new (n, C) array.

    Where a rule fires on a sentence whose most probable label is not ``none``, the whole
    non-boilerplate mass moves to the rule's label (the ``none`` probability is kept, so the
    decision "boilerplate or not" is the classifier's alone); a rule labelled ``none`` moves
    all of it to ``none``. Rows sum to 1 as before.
    """
    out = np.array(probs, dtype=np.float64, copy=True)
    if not len(texts):
        return out
    cols = {lab: i for i, lab in enumerate(labels)}
    none = cols.get("none")
    for i, lab in enumerate(rule_labels(texts, rules)):
        if lab is None or lab not in cols:
            continue
        if none is not None and int(np.argmax(out[i])) == none:
            continue
        if lab == "none":  # a rule of boilerplate (the piece framing itself): all of it
            out[i] = 0.0
            out[i, none] = 1.0
            continue
        kept = out[i, none] if none is not None else 0.0
        out[i] = 0.0
        if none is not None:
            out[i, none] = kept
        out[i, cols[lab]] = 1.0 - kept
    return out
