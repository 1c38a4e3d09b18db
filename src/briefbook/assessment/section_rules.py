"""Guide rules that override the section classifier (``data/section_rules.yaml``).

A rule is written from a definition of the labelling guide, never from an article: e.g. a
recommendation or call for action (a prescriptive modal, "must", "should", "needs to", "it is
essential that", outside direct quotes) is ``outlook``. A rule never overrides a sentence the
classifier calls boilerplate (``none``: a byline or caption stays out of every section); a rule
whose label is ``none`` (a sentence framing the piece itself, "This article explores ...")
moves the whole sentence there. A rule with ``only_from`` moves only sentences the classifier
gives one of those labels (a forward word that only qualifies a noun moves an "outlook"
sentence, never a factor).

Two kinds of rule only guard the boundary of ``none``: a rule labelled ``substance`` (an
estimate) keeps its sentences out of ``none``; the rules labelled ``boilerplate`` list the
shapes of boilerplate the guide names (byline, author biography, caption or credit, legal,
contact, press, navigation, "read more" or disclaimer text, a bare date or heading line, an
endnote marker). A sentence the classifier reads as ``none`` stays there only if it has one of
those shapes or the classifier is very sure (its ``none`` probability at least the rule's
``sure``); any other takes the classifier's best substantive label.

A rule with ``drop: true`` says what a sentence is NOT: where the classifier's best label is
the rule's label, that label's probability goes to the other substantive labels in their
proportions (the classifier's next reading; "a sentence attributed to someone is no verdict of
the piece"). A rule with ``keep_quotes: true`` is matched on the whole sentence, its direct
quotes included (GUIDE rule 2: a quote takes the label of what it says, so a consequence named
inside a quotation still names one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from briefbook.data import load_data

__all__ = ["BOILERPLATE", "SUBSTANCE", "SectionRule", "apply_rules", "rule_labels", "section_rules"]

# the label of the rules that only say a sentence is substance, never boilerplate
SUBSTANCE = "substance"
# the label of the rules that list the shapes a boilerplate (``none``) sentence may have
BOILERPLATE = "boilerplate"
# the labels of the rules that only guard the boundary of ``none``, never give a section
_GUARDS = (SUBSTANCE, BOILERPLATE)

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


@dataclass(frozen=True)
class SectionRule:
    """One override: sentences matching any of ``match`` and none of ``unless`` -> ``label``."""

    name: str
    label: str
    match: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    # the labels whose sentences the rule may move (empty: any label but ``none``)
    only_from: tuple[str, ...] = ()
    # ``boilerplate`` rules: the ``none`` probability (0-1) from which the classifier's
    # boilerplate reading stands without one of the rule's shapes (None: never)
    sure: float | None = None
    # the rule says what a sentence is not: its label's mass goes to the other labels
    drop: bool = False
    # matched on the whole sentence, direct quotes included
    keep_quotes: bool = False

    def fires(self, text: str) -> bool:
        """Whether the rule applies to ``text`` (direct quotes removed first, but for a
        ``boilerplate`` rule, a quoted title or credit is part of its shape, and for a rule
        with ``keep_quotes``)."""
        bare = _bare(text, self.label != BOILERPLATE and not self.keep_quotes)
        return any(p.search(bare) for p in self.match) and not any(
            p.search(bare) for p in self.unless
        )


@lru_cache(maxsize=4096)  # every rule reads the same sentence: normalise it once
def _bare(text: str, unquoted: bool) -> str:
    """``text`` with straight apostrophes, and without its direct quotes when ``unquoted``."""
    bare = text.replace("’", "'")
    return _QUOTED.sub(" ", bare) if unquoted else bare


def _flat(patterns: Sequence[object]) -> list[object]:
    """A list of patterns with a nested list (a YAML alias of another rule's list,
    ``- *not_a_factor``, beside patterns of the rule's own) spliced in, in order."""
    out: list[object] = []
    for p in patterns:
        out.extend(p if isinstance(p, list) else [p])
    return out


@cache
def section_rules() -> tuple[SectionRule, ...]:
    """The rules of ``data/section_rules.yaml``, in file order (loaded once)."""
    out = []
    for name, spec in load_data("section_rules.yaml").items():
        out.append(
            SectionRule(
                name=str(name),
                label=str(spec["label"]),
                match=tuple(re.compile(str(p), re.I) for p in _flat(spec["match"])),
                unless=tuple(re.compile(str(p), re.I) for p in _flat(spec.get("unless") or ())),
                only_from=tuple(str(x) for x in spec.get("only_from") or ()),
                sure=float(spec["sure"]) if spec.get("sure") is not None else None,
                drop=bool(spec.get("drop", False)),
                keep_quotes=bool(spec.get("keep_quotes", False)),
            )
        )
    return tuple(out)


def rule_labels(
    texts: Sequence[str],
    rules: Sequence[SectionRule] | None = None,
    predicted: Sequence[str] | None = None,
) -> list[str | None]:
    """The label the first firing rule gives each text, or None -> list of len(texts).
    ``predicted`` (the classifier's label of each text) lets a rule with ``only_from`` fire
    only on the labels it names; without it such a rule fires on any text it matches."""
    rules = _section_rules(section_rules() if rules is None else rules)
    return [
        _first_label(t, rules, predicted[n] if predicted is not None else None)
        for n, t in enumerate(texts)
    ]


def _section_rules(rules: Sequence[SectionRule]) -> list[SectionRule]:
    """The rules that give a section (not the guards of ``none``, not the ``drop`` rules)."""
    return [r for r in rules if r.label not in _GUARDS and not r.drop]


def _first_label(text: str, rules: Sequence[SectionRule], was: str | None) -> str | None:
    """The label of the first of ``rules`` that may move a sentence the classifier labels
    ``was`` (None: any) and fires on ``text``. A rule whose ``only_from`` leaves ``was``
    out is never matched."""
    return next(
        (
            r.label
            for r in rules
            if (not r.only_from or was is None or was in r.only_from) and r.fires(text)
        ),
        None,
    )


def apply_rules(
    probs: np.ndarray,
    labels: Sequence[str],
    texts: Sequence[str],
    rules: Sequence[SectionRule] | None = None,
) -> np.ndarray:
    """``probs`` (n, C) with columns ``labels`` after the rules -> a new (n, C) array.

    Where a rule fires on a sentence whose most probable label is not ``none``, the whole
    non-boilerplate mass moves to the rule's label (the ``none`` probability is kept, so the
    decision "boilerplate or not" is the classifier's, but for the rules labelled
    ``substance``); a rule labelled ``none`` moves all of it to ``none``. A rule labelled
    ``substance`` (an estimate: "likely had motives of his own", "is likely to invite")
    only says the sentence is no boilerplate: where the classifier calls it ``none``, that
    mass goes to the other labels in their proportions, and the other rules then apply.
    Where ``boilerplate`` rules are given, a sentence the classifier calls ``none`` with a
    ``none`` probability below their ``sure`` and none of their shapes is treated the same
    way (the guide's boilerplate has a shape; a substantive sentence the classifier is unsure
    of is not dropped). A rule with ``drop`` then takes its label's mass, where that label is
    the sentence's best, and shares it among the other labels but ``none`` in their proportions.
    Rows sum to 1 as before.
    """
    out = np.array(probs, dtype=np.float64, copy=True)
    if not len(texts):
        return out
    rules = section_rules() if rules is None else rules
    cols = {lab: i for i, lab in enumerate(labels)}
    none = cols.get("none")
    substance = [r for r in rules if r.label == SUBSTANCE]
    shapes = [r for r in rules if r.label == BOILERPLATE]
    sure = min((r.sure for r in shapes if r.sure is not None), default=1.0 + 1e-9)
    drops = [(r, cols[r.label]) for r in rules if r.drop and r.label in cols]
    sections = _section_rules(rules)
    # one pass: each sentence goes through the steps in order, each rule matched on it at
    # most once, and only where its answer can change the row
    for i, t in enumerate(texts):
        row = out[i]
        if none is not None and substance:
            rest = row.sum() - row[none]
            if int(np.argmax(row)) == none and rest > 0 and any(r.fires(t) for r in substance):
                # an estimate is never a byline, a caption or a notice: the classifier's
                # boilerplate mass goes to its other labels, in their proportions
                row /= rest
                row[none] = 0.0
        if none is not None and shapes:
            rest = row.sum() - row[none]
            if (
                int(np.argmax(row)) == none
                and row[none] < sure
                and rest > 0
                and not any(r.fires(t) for r in shapes)
            ):
                # no shape of boilerplate and the classifier unsure: substance
                row /= rest
                row[none] = 0.0
        for rule, col in drops:
            rest = row.sum() - row[col] - (row[none] if none is not None else 0.0)
            if int(np.argmax(row)) == col and rest > 0 and rule.fires(t):
                # not this label: its mass goes to the other substantive labels, in their
                # proportions (``none`` keeps its own)
                mass = row[col]
                row[col] = 0.0
                for j in range(out.shape[1]):
                    if j != col and j != none:
                        row[j] += mass * row[j] / rest
        best = int(np.argmax(row))
        if none is not None and best == none:
            continue  # boilerplate stays boilerplate: no section rule is matched
        lab = _first_label(t, sections, labels[best])
        if lab is None or lab not in cols:
            continue
        if lab == "none":  # a rule of boilerplate (the piece framing itself): all of it
            row[:] = 0.0
            row[none] = 1.0
            continue
        kept = row[none] if none is not None else 0.0
        row[:] = 0.0
        if none is not None:
            row[none] = kept
        row[cols[lab]] = 1.0 - kept
    return out
