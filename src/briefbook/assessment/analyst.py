"""The analyst's hand on an issue: the analyst file applied to the documents and assessment.

Three steps, in this order, by ``briefbook run`` and ``briefbook check``:

1. :func:`resolve_references` gives every sentence its anchor and resolves each reference of
   the file (anchor ``a3f9c2d1e0`` or id ``S2.14``) to a sentence of this issue; a reference
   that matches none is **stale** and is reported, never dropped silently.
2. :func:`prepare_documents` applies ``grade`` rules and removes ``exclude``-d sentences from
   the documents before the engine sees them.
3. :func:`apply_analyst` adds the analyst's ``judgments`` (each checked by
   :func:`briefbook.assessment.checker.check_statement` against the sentences it cites),
   ``move``-s sentences to sections and ``pin``-s sentences as key judgments.

The outcome is recorded in ``assessment.meta["analyst"]`` (:meth:`AnalystOutcome.to_meta`).
An unsupported judgment raises :class:`AnalystError` (exit 2) unless ``draft`` is set; then it
is kept with its unsupported words (``Statement.unsupported``) and a warning.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from briefbook.assessment.checker import check_statement
from briefbook.config.analyst import INDICATORS, KEY_JUDGMENTS, AnalystFile
from briefbook.errors import InputError
from briefbook.ids import sentence_anchor
from briefbook.model import Assessment, Document, Sentence, Statement, known_published
from briefbook.tradecraft import admiralty_grade

__all__ = [
    "AnalystError",
    "AnalystOutcome",
    "apply_analyst",
    "prepare_documents",
    "resolve_references",
]


class AnalystError(InputError):
    """The analyst file cannot be applied: an unsupported judgment, an unknown section."""


@dataclass
class AnalystOutcome:
    """What the analyst file did to this issue; ``problems`` are one-line warnings."""

    file: str
    resolved: dict[str, Sentence] = field(default_factory=dict)  # ref -> sentence
    stale: list[dict[str, str]] = field(default_factory=list)  # {ref, where}
    grades: list[dict[str, Any]] = field(default_factory=list)
    excluded: list[dict[str, Any]] = field(default_factory=list)
    moved: list[dict[str, Any]] = field(default_factory=list)
    pinned: list[dict[str, Any]] = field(default_factory=list)
    judgments: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def to_meta(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "judgments": self.judgments,
            "excluded": self.excluded,
            "moved": self.moved,
            "pinned": self.pinned,
            "grades": self.grades,
            "stale": self.stale,
            "problems": self.problems,
        }


def resolve_references(
    analyst: AnalystFile,
    documents: list[Document],
    previous: Sequence[Sentence] = (),
) -> AnalystOutcome:
    """Anchor every sentence of ``documents`` and resolve the file's references.

    ``previous``: the sentences of the previous issue; a stale anchor found there is
    reported with the text it cited and, when the same text is still in a source, the
    anchor to cite now."""
    by_key: dict[str, Sentence] = {}
    by_text: dict[str, Sentence] = {}
    for doc in documents:
        for s in doc.sentences:
            s.anchor = sentence_anchor(doc.sha256, s.text)
            by_key.setdefault(s.anchor, s)
            by_key.setdefault(s.id, s)
            by_text.setdefault(_folded(s.text), s)
    earlier = {s.anchor: s for s in previous if s.anchor}
    outcome = AnalystOutcome(file=analyst.path.name)
    for ref, where in analyst.references():
        sentence = by_key.get(ref)
        if sentence is not None:
            outcome.resolved[ref] = sentence
            continue
        record = {"ref": ref, "where": where}
        line = f"analyst file {analyst.path.name}: {where} cites {ref}, which matches no " + (
            _id_problem(ref, documents)
            if _SENTENCE_ID.fullmatch(ref)
            else "sentence of this issue (stale: the source changed or left the window)"
        )
        was = earlier.get(ref)
        if was is not None:
            record["text"] = was.text
            now = by_text.get(_folded(was.text))
            if now is not None:
                record["now"] = str(now.anchor)
                line += f"; the same sentence is now {now.anchor} ({now.id}): cite that"
            else:
                line += f"; it cited: {_clip(was.text)}"
        outcome.stale.append(record)
        outcome.problems.append(line)
    return outcome


_SENTENCE_ID = re.compile(r"S(\d+)\.(\d+)")


def _id_problem(ref: str, documents: Sequence[Document]) -> str:
    """Why a sentence id (``S9.1``) names no sentence: the sources or sentences it has, and
    that ids shift as sources come and go while anchors do not."""
    m = _SENTENCE_ID.fullmatch(ref)
    assert m is not None
    doc = next((d for d in documents if d.id == f"S{m.group(1)}"), None)
    if doc is None:
        has = f"S1-S{len(documents)}" if len(documents) > 1 else "S1" if documents else "none"
        what = f"source of this issue (its sources are {has})"
    else:
        n = len(doc.sentences)
        what = f"sentence of {doc.id} (it has {n} sentence{'' if n == 1 else 's'})"
    return (
        f"{what}; ids shift as sources come and go: cite the sentence's anchor, shown beside "
        "its id in the appendix and in sentences.csv"
    )


def _folded(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 1]}\u2026"'


def prepare_documents(
    analyst: AnalystFile, documents: list[Document], outcome: AnalystOutcome
) -> None:
    """Apply grades and remove excluded sentences, in place, before the engine runs."""
    for index, rule in enumerate(analyst.grade, 1):
        matched = [d for d in documents if _grade_matches(rule, d)]
        for doc in matched:
            if rule.reliability is not None:
                doc.reliability = rule.reliability
            if rule.credibility is not None:
                doc.credibility = rule.credibility
        outcome.grades.append(
            {
                "rule": f"grade[{index}]",
                "target": rule.target,
                "grade": admiralty_grade(rule.reliability, rule.credibility),
                "sources": [d.id for d in matched],
            }
        )
        if not matched:
            outcome.problems.append(
                f"analyst file {analyst.path.name}: grade[{index}] ({rule.target}) matches no source of this issue"
            )
    drop = {outcome.resolved[r].id for r in analyst.exclude if r in outcome.resolved}
    for doc in documents:
        kept = []
        for s in doc.sentences:
            if s.id in drop:
                outcome.excluded.append({"id": s.id, "anchor": s.anchor, "text": s.text})
            else:
                kept.append(s)
        doc.sentences = kept


def _grade_matches(rule: Any, doc: Document) -> bool:
    if rule.source:
        want = rule.source.strip()
        path = doc.path.replace("\\", "/")
        return (
            path == want
            or path.endswith("/" + want.lstrip("./"))
            or fnmatch.fnmatch(path, want)
            or want in {doc.label, doc.title}
        )
    want = rule.publisher.strip().lower()
    names = {(doc.author or "").strip().lower(), (doc.label or "").strip().lower()}
    if want in names:
        return True
    host = urlparse(doc.url or "").hostname or ""
    return bool(host) and (host == want or host.endswith("." + want))


def _iso_day(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def apply_analyst(
    assessment: Assessment,
    analyst: AnalystFile,
    outcome: AnalystOutcome,
    *,
    draft: bool = False,
) -> AnalystOutcome:
    """Add the analyst's judgments, moves and pins to ``assessment`` (in place) and record
    the outcome in ``assessment.meta["analyst"]``. Raises AnalystError for an unknown
    section, a judgment citing an excluded sentence, or (without ``draft``) an unsupported
    judgment."""
    sentences = {s.id: s for s in assessment.sentences}
    sections = {sec.key: sec for sec in assessment.sections}
    # each source's date, to read the day a cited "on Thursday" names
    published = {
        r["id"]: day
        for r in assessment.sources
        if (iso := known_published(r)) and (day := _iso_day(iso)) is not None
    }
    known = [KEY_JUDGMENTS, INDICATORS, *sections]
    name = analyst.path.name

    def check_section(key: str, where: str) -> None:
        if key not in known:
            raise AnalystError(
                f"analyst file {name}: {where} names the section {key!r}, which the schema "
                f"{assessment.schema_name!r} does not have",
                hint="sections: " + ", ".join(known),
            )

    def sentence_of(ref: str) -> Sentence | None:
        s = outcome.resolved.get(ref)
        return sentences.get(s.id) if s is not None else None

    # judgments: analyst-written text, checked against what it cites
    new_kj: list[Statement] = []
    for j in analyst.judgments:
        check_section(j.section, f"judgment {j.name!r}")
        stale = [ref for ref in j.cite if ref not in outcome.resolved]
        excluded = [ref for ref in j.cite if ref in outcome.resolved and sentence_of(ref) is None]
        if excluded:
            raise AnalystError(
                f"analyst file {name}: judgment {j.name!r} cites {', '.join(excluded)}, which "
                "the same file excludes",
                hint="cite another sentence or stop excluding it",
            )
        record: dict[str, Any] = {"name": j.name, "section": j.section, "text": j.text}
        if stale:
            record |= {"status": "stale", "stale": stale}
            outcome.judgments.append(record)
            outcome.problems.append(
                f"analyst file {name}: judgment {j.name!r} is left out: its citation"
                f"{'s' if len(stale) > 1 else ''} {', '.join(stale)} match no sentence of this issue"
            )
            continue
        evidence = [s for ref in j.cite if (s := sentence_of(ref)) is not None]
        ids = list(dict.fromkeys(s.id for s in evidence))
        result = check_statement(
            j.text,
            evidence,
            likelihood=j.likelihood,
            confidence=j.confidence,
            citations=ids,
            published=published,
        )
        record |= {"evidence": ids, "status": "supported" if result.ok else "unsupported"}
        if not result.ok:
            words = ", ".join(repr(w) for w in result.unsupported)
            line = (
                f"analyst judgment {j.name!r} is not supported by {', '.join(ids)}: "
                f"unsupported {words} ({result.reasons[0]}"
                + (f"; and {len(result.reasons) - 1} more" if len(result.reasons) > 1 else "")
                + ")"
            )
            if not draft:
                raise AnalystError(
                    line, hint="correct the judgment or its citations, or run with --draft"
                )
            record |= {"unsupported": result.unsupported, "reasons": result.reasons}
            outcome.problems.append(line)
        outcome.judgments.append(record)
        statement = Statement(
            text=j.text,
            evidence=ids,
            likelihood=j.likelihood,
            confidence=j.confidence,
            section=j.section,
            analyst=True,
            unsupported=list(result.unsupported),
        )
        if j.section == KEY_JUDGMENTS:
            new_kj.append(statement)
        elif j.section == INDICATORS:
            assessment.indicators.insert(0, statement)
        else:
            sections[j.section].statements.insert(0, statement)

    # moves: a sentence's statement goes to another section (or becomes one there)
    for ref, target in analyst.move:
        check_section(target, f"move of {ref}")
        sentence = sentence_of(ref)
        if sentence is None:
            continue  # stale or excluded: already reported
        found: Statement | None = None
        for sec in assessment.sections:
            for st in list(sec.statements):
                if st.evidence[0] == sentence.id and not st.analyst:
                    sec.statements.remove(st)
                    found = found or st
        statement = found or Statement(text=sentence.text, evidence=[sentence.id])
        statement.section = target
        sentence.section = target if target in sections else sentence.section
        if target == KEY_JUDGMENTS:
            new_kj.append(statement)
        elif target == INDICATORS:
            assessment.indicators.append(statement)
        else:
            sections[target].statements.append(statement)
        outcome.moved.append({"id": sentence.id, "anchor": sentence.anchor, "section": target})

    # pins: a sentence shown as a key judgment (the engine's own statement of it when any)
    for ref in analyst.pin:
        sentence = sentence_of(ref)
        if sentence is None:
            continue
        existing = next(
            (st for st in assessment.key_judgments if st.evidence[0] == sentence.id), None
        )
        if existing is not None:
            assessment.key_judgments.remove(existing)
        else:
            existing = next(
                (
                    st
                    for sec in assessment.sections
                    for st in sec.statements
                    if st.evidence[0] == sentence.id
                ),
                None,
            )
            existing = (
                Statement(**{**vars(existing), "section": KEY_JUDGMENTS})
                if existing is not None
                else Statement(text=sentence.text, evidence=[sentence.id], section=KEY_JUDGMENTS)
            )
        new_kj.append(existing)
        outcome.pinned.append({"id": sentence.id, "anchor": sentence.anchor})

    assessment.key_judgments[:0] = new_kj
    assessment.meta["analyst"] = outcome.to_meta()
    return outcome
