"""Measure section assignment on articles that carry their own headings.

Gold: each sentence takes the section its heading maps to (an explicit mapping file
``{file name: {heading: key | null}}`` when given, else the schema's ``aliases``); text before
the first heading is ``context``; a heading mapped to ``null`` (or not mapped) leaves its
sentences without gold, and they are not scored. The headings are then stripped
(``Sentence.heading`` cleared) so the engine cannot see them, the engine assigns sections,
and per-section precision, recall and F1 are computed, with macro-F1 over the sections
present in gold. The keyword baseline (most cue hits) is scored the same way.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefbook.assessment.sections import assign_sections, keyword_sections, positional_sections
from briefbook.config.outline import AssessmentSchema, load_schema
from briefbook.config.safe_yaml import read_yaml_file
from briefbook.errors import SourceError
from briefbook.evaluation.section_training import LabelledArticle, score_labels
from briefbook.model import Document

__all__ = [
    "SectionScore",
    "baseline_labels",
    "evaluate_labels",
    "format_label_table",
    "SectionsReport",
    "evaluate_sections",
    "gold_sections",
    "load_mapping",
    "score_sections",
]


@dataclass
class SectionScore:
    key: str
    precision: float
    recall: float
    f1: float
    support: int  # gold sentences of the section
    predicted: int


@dataclass
class SectionsReport:
    files: list[str]
    sentences: int  # scored sentences
    scores: list[SectionScore]
    macro_f1: float
    baseline_scores: list[SectionScore]
    baseline_macro_f1: float
    per_file: list[tuple[str, float, float]] = field(default_factory=list)  # name, engine, base

    def format(self) -> str:
        """A plain-text table: per section P/R/F1 for the engine and the keyword baseline."""
        lines = [
            f"sections: {len(self.files)} file(s), {self.sentences} scored sentences",
            f"{'section':<14}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'base F1':>9}",
        ]
        base = {s.key: s for s in self.baseline_scores}
        for s in self.scores:
            b = base.get(s.key)
            lines.append(
                f"{s.key:<14}{s.support:>6}{s.predicted:>6}{s.precision:>7.2f}{s.recall:>7.2f}"
                f"{s.f1:>7.2f}{(b.f1 if b else 0.0):>9.2f}"
            )
        lines.append(f"{'macro-F1':<14}{'':>26}{self.macro_f1:>7.2f}{self.baseline_macro_f1:>9.2f}")
        if len(self.per_file) > 1:
            lines.append("per file (macro-F1 engine / keyword baseline):")
            for name, eng, bas in self.per_file:
                lines.append(f"  {name:<60} {eng:>5.2f} {bas:>5.2f}")
        return "\n".join(lines)


def _heading_key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def load_mapping(path: Path | str | None) -> dict[str, dict[str, str | None]]:
    """Read a mapping YAML ``{file name: {heading: key | null}}`` (headings compared loosely)."""
    if path is None:
        return {}
    p = Path(path)
    if not p.is_file():
        raise SourceError(f"mapping file not found: {p}", path=str(p), hint="give a YAML file")
    try:  # the bounded loader of params and outline files: no alias bomb, no deep nesting
        data = read_yaml_file(p, origin=f"mapping file {p.name}") or {}
    except yaml.YAMLError as exc:
        raise SourceError(f"mapping file {p.name} is not valid YAML", path=str(p)) from exc
    if not isinstance(data, dict):
        raise SourceError(
            f"mapping file {p.name} is not a mapping",
            path=str(p),
            hint="write {file-name: {heading: section-key or null}}",
        )
    return {
        str(name): {
            _heading_key(str(h)): (None if k is None else str(k)) for h, k in (m or {}).items()
        }
        for name, m in data.items()
    }


def _alias_key(heading: str, schema: AssessmentSchema) -> str | None:
    """The section whose longest alias the heading contains (no embeddings: gold stays simple)."""
    low = _heading_key(heading)
    best: tuple[int, int, str] | None = None
    for order, spec in enumerate(schema.sections):
        for alias in spec.aliases:
            a = _heading_key(alias)
            if a and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", low):
                cand = (-len(a), order, spec.key)
                if best is None or cand < best:
                    best = cand
    return best[2] if best else None


def gold_sections(
    document: Document,
    schema: AssessmentSchema,
    mapping: Mapping[str, str | None] | None = None,
) -> dict[str, str | None]:
    """Gold section of each sentence of ``document`` from its headings.

    Before the first heading: the schema's first section. With a ``mapping``, a heading
    it maps to ``null`` leaves its sentences unlabelled (None) and a heading it does not list
    (a figure caption, a pull quote) continues the section above. Without one, the
    heading's longest schema alias decides, and a heading with no alias is unlabelled.
    """
    keys = set(schema.keys)
    current: str | None = schema.keys[0]
    previous: str | None = None
    gold: dict[str, str | None] = {}
    for s in document.sentences:
        if s.heading is not None and s.heading != previous:
            hk = _heading_key(s.heading)
            if mapping is not None:
                if hk in mapping:
                    current = mapping[hk]
            else:
                current = _alias_key(s.heading, schema)
            previous = s.heading
        gold[s.id] = current if current in keys else None
    return gold


def score_sections(
    gold: Mapping[str, str | None], predicted: Mapping[str, str | None], keys: Sequence[str]
) -> tuple[list[SectionScore], float, int]:
    """Per-section scores over the sentences with a gold label; macro-F1 over gold sections."""
    ids = [sid for sid in gold if gold[sid] is not None]
    scores = []
    for key in keys:
        tp = sum(1 for i in ids if gold[i] == key and predicted.get(i) == key)
        support = sum(1 for i in ids if gold[i] == key)
        pred = sum(1 for i in ids if predicted.get(i) == key)
        p = tp / pred if pred else 0.0
        r = tp / support if support else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores.append(SectionScore(key, p, r, f, support, pred))
    present = [s.f1 for s in scores if s.support]
    macro = sum(present) / len(present) if present else 0.0
    return scores, macro, len(ids)


def evaluate_sections(
    paths: Sequence[Path | str],
    schema: str = "conflict",
    mapping: Path | str | Mapping[str, Mapping[str, str | None]] | None = None,
    *,
    loader: Callable[[Sequence[Path]], list[Document]] | None = None,
) -> SectionsReport:
    """Score the engine's sections (headings stripped) against the articles' own headings."""
    spec = load_schema(schema)
    if isinstance(mapping, Mapping):
        maps = {
            str(n): {_heading_key(str(h)): k for h, k in (m or {}).items()}
            for n, m in mapping.items()
        }
    else:
        maps = load_mapping(mapping)
    files = [Path(p) for p in paths]
    if not files:
        raise SourceError("no article to evaluate", hint="give one or more .md/.txt files")
    if loader is None:
        from briefbook.ingest import load_documents

        loader = load_documents
    documents = loader(files)
    gold: dict[str, str | None] = {}
    stripped: list[Document] = []
    per_doc_gold: list[dict[str, str | None]] = []
    for path, doc in zip(files, documents, strict=True):
        if not doc.headings:
            raise SourceError(
                f"{path} has no headings to score against",
                path=str(path),
                hint="give articles with '#' headings or plain heading lines",
            )
        g = gold_sections(doc, spec, maps.get(path.name) if maps else None)
        per_doc_gold.append(g)
        gold.update(g)
        bare = copy.deepcopy(doc)
        bare.headings = []
        for s in bare.sentences:
            s.heading = None
            s.section = None
        stripped.append(bare)
    predicted: dict[str, str | None] = {}
    baseline: dict[str, str | None] = {}
    per_file = []
    for path, doc, g in zip(files, stripped, per_doc_gold, strict=True):
        pred = assign_sections([doc], spec)
        base = keyword_sections([doc], spec)
        predicted.update(pred)
        baseline.update(base)
        per_file.append(
            (
                path.name,
                score_sections(g, pred, spec.keys)[1],
                score_sections(g, base, spec.keys)[1],
            )
        )
    scores, macro, n = score_sections(gold, predicted, spec.keys)
    bscores, bmacro, _ = score_sections(gold, baseline, spec.keys)
    return SectionsReport(
        files=[str(p) for p in files],
        sentences=n,
        scores=scores,
        macro_f1=macro,
        baseline_scores=bscores,
        baseline_macro_f1=bmacro,
        per_file=per_file,
    )


# ---------------------------------------------------------------------------
# sentence-level gold (sections.json of the labelled corpus)


def baseline_labels(
    articles: Sequence[LabelledArticle], schema: str = "conflict"
) -> tuple[list[str], list[str]]:
    """The keyword-cue and positional-split labels of the gold sentences of ``articles``,
    pooled in the order of :func:`cross_validate` (no section -> ``none``)."""
    spec = load_schema(schema)
    keyword: list[str] = []
    positional: list[str] = []
    for a in articles:
        kw = keyword_sections([a.document], spec)
        pos = positional_sections([a.document], spec)
        for s, g in zip(a.document.sentences, a.gold, strict=True):
            if g is not None:
                keyword.append(kw[s.id] or "none")
                positional.append(pos[s.id] or "none")
    return keyword, positional


def format_label_table(
    gold: Sequence[str],
    predicted: Sequence[str],
    also: Sequence[str | None],
    keyword: Sequence[str],
    positional: Sequence[str],
) -> str:
    """Per-label P/R/F1 of the classifier with the F1 of both baselines; macro-F1 strict and
    lenient (``also`` accepted) for all three."""
    strict = score_labels(gold, predicted)
    lines = [
        f"{'label':<14}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'keyword':>9}{'position':>10}",
    ]
    kw = {r[0]: r for r in score_labels(gold, keyword).rows}
    pos = {r[0]: r for r in score_labels(gold, positional).rows}
    for lab, p, r, f, support, npred in strict.rows:
        lines.append(
            f"{lab:<14}{support:>6}{npred:>6}{p:>7.2f}{r:>7.2f}{f:>7.2f}"
            f"{kw[lab][3]:>9.2f}{pos[lab][3]:>10.2f}"
        )
    for name, lenient in (("strict", None), ("lenient", also)):
        m = score_labels(gold, predicted, also=lenient).macro_f1
        k = score_labels(gold, keyword, also=lenient).macro_f1
        q = score_labels(gold, positional, also=lenient).macro_f1
        lines.append(f"{'macro-F1 ' + name:<26}{'':>14}{m:>7.2f}{k:>9.2f}{q:>10.2f}")
    return "\n".join(lines)


def evaluate_labels(
    labels: Path | str, *, c: float | None = None, extra: Path | str | None = None
) -> str:
    """Leave-one-article-out CV of the section classifier on ``labels`` (sections.json), with
    the shuffle test, as a printable report (needs scikit-learn). ``extra``: a sentence
    training set (``tools/section_labels_pd.json``) added to every training fold, never scored."""
    from briefbook.evaluation.section_training import (
        DEFAULT_C,
        cross_validate,
        load_extra,
        load_labelled,
    )

    articles = load_labelled(labels)
    more = load_extra(extra) if extra is not None else []
    cv = cross_validate(articles, c=DEFAULT_C if c is None else c, extra=more)
    keyword, positional = baseline_labels(articles)
    same = sum(a == b for a, b in zip(cv.predicted, cv.shuffled, strict=True))
    return "\n".join(
        [
            f"sections (sentence gold): {len(articles)} articles, {len(cv.gold)} sentences, "
            "leave-one-article-out, headings removed"
            + (f", {sum(len(a.gold) for a in more)} extra training sentences" if more else ""),
            format_label_table(cv.gold, cv.predicted, cv.also, keyword, positional),
            f"shuffled paragraphs: {same / max(len(cv.gold), 1):.3f} of sentences keep their label",
        ]
    )
