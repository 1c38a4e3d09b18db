"""Periodic briefings: the window of an issue, what changed since the last one, the index.

A *series* is ``reports/<series>/``; each *issue* is a folder ``<YYYY-MM-DD>-<slug>``
(``-2``, ``-3`` ... for reruns of one day) holding ``manifest.json`` and
``assessment.json``. Typical use by ``briefbook run``::

    docs = load_documents(specs, base)
    kept, excluded = select_window(docs, params.window, today=date.fromisoformat(params.date))
    assessment = assess_documents(renumber(kept), ...)  # corroborated inside
    assessment.excluded_sources = excluded
    previous = load_previous_issue(series_dir, before=params.date)
    assessment.changes = (
        compare_assessments(previous.assessment, assessment, previous_date=previous.date)
        if previous else first_issue_changes(series_dir, before=params.date)
    )
    ...publish the issue folder...
    write_series_index(series_dir)
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from briefbook.corroborate import (
    _sid_key,
    _words,
    claim_topic,
    counts_compatible,
    figures_agree,
    quantity_interval,
)
from briefbook.errors import ParamsError
from briefbook.model import (
    Assessment,
    Claim,
    Document,
    Entity,
    Section,
    Sentence,
    Statement,
)
from briefbook.text import FUNCTION_WORDS
from briefbook.window import Window, parse_window, to_date

__all__ = [
    "Issue",
    "Window",
    "compare_assessments",
    "find_previous_issue",
    "first_issue_changes",
    "list_issues",
    "load_previous_issue",
    "parse_window",
    "read_assessment",
    "renumber",
    "select_window",
    "write_series_index",
]

ISSUE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+?)(?:-(\d+))?$")
INDEX_TEMPLATE = "index.html.j2"

# ---------------------------------------------------------------------------
# selecting the documents of an issue


def document_date(doc: Document, base: Path | None = None) -> tuple[dt.date | None, str | None]:
    """The date of a source and where it came from: its metadata or params, else its file's
    modification time (UTC date, origin ``mtime``; a relative ``doc.path`` is read from
    ``base``); ``(None, None)`` when neither exists."""
    if doc.published:
        try:
            return dt.date.fromisoformat(doc.published.strip()[:10]), doc.date_origin or "metadata"
        except ValueError:
            pass
    path = Path(doc.path)
    if base is not None and not path.is_absolute():
        path = Path(base) / path
    try:
        stamp = path.stat().st_mtime
    except (OSError, ValueError):
        return None, None
    return dt.datetime.fromtimestamp(stamp, tz=dt.UTC).date(), "mtime"


def select_window(
    documents: Sequence[Document],
    window: Window | str | dict[str, Any] | None,
    today: dt.date | str,
    *,
    base: Path | None = None,
) -> tuple[list[Document], list[dict[str, Any]]]:
    """Split ``documents`` into those dated inside the window and the excluded ones.

    Kept documents are copies with ``published``/``date_origin`` filled (``mtime`` when
    only the file date was known); their ids are unchanged (call :func:`renumber`).
    ``base`` is the folder relative source paths are read from (the params file's folder).
    A source with no date at all is kept, with a warning. Excluded entries:
    ``{path, title, published, date_origin, reason}`` (no id: ids are renumbered).
    """
    if isinstance(today, str):
        today = to_date(today, "date")
    parsed = parse_window(window)
    kept: list[Document] = []
    excluded: list[dict[str, Any]] = []
    for doc in documents:
        day, origin = document_date(doc, base)
        if day is None:
            doc = replace(doc, warnings=[*doc.warnings, "no publication or file date: kept"])
            kept.append(doc)
            continue
        if doc.published != day.isoformat() or doc.date_origin != origin:
            doc = replace(doc, published=day.isoformat(), date_origin=origin)
        if parsed is None:
            kept.append(doc)
            continue
        start, end = parsed.bounds(today)
        where = None
        if start is not None and day < start:
            where = "before"
        elif day > end:
            where = "after"
        if where is None:
            kept.append(doc)
            continue
        what = "file modified" if origin == "mtime" else "published"
        excluded.append(
            {
                "path": doc.path,
                "title": doc.title,
                "published": day.isoformat(),
                "date_origin": origin,
                "reason": f"{what} {day.isoformat()}, {where} the window {parsed.label(today)}",
            }
        )
    return kept, excluded


def renumber(documents: Sequence[Document]) -> list[Document]:
    """Copies renumbered ``S1``, ``S2`` ... in order, sentence ids ``S<n>.<k>`` to match."""
    out: list[Document] = []
    for n, doc in enumerate(documents, 1):
        new = copy.deepcopy(doc)
        new.id = f"S{n}"
        for k, sentence in enumerate(new.sentences, 1):
            tail = sentence.id.split(".", 1)[1] if "." in sentence.id else str(k)
            sentence.id = f"{new.id}.{tail}"
            sentence.source = new.id
        out.append(new)
    return out


# ---------------------------------------------------------------------------
# reading issues


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _statements(items: Sequence[dict[str, Any]]) -> list[Statement]:
    out = []
    for s in items or []:
        try:
            out.append(Statement(**_known(Statement, s)))
        except (TypeError, ValueError):
            continue  # a statement another version wrote in a shape we cannot read
    return out


def assessment_from_data(data: dict[str, Any]) -> Assessment:
    """An Assessment from its JSON data, tolerating missing and unknown keys."""
    try:
        return Assessment.from_dict(data)
    except (KeyError, TypeError, ValueError):
        pass
    return Assessment(
        title=str(data.get("title", "")),
        schema_name=str(data.get("schema_name", "")),
        sources=list(data.get("sources") or []),
        sentences=[Sentence(**_known(Sentence, s)) for s in data.get("sentences") or []],
        sections=[
            Section(
                key=str(s.get("key", "")),
                title=str(s.get("title", "")),
                statements=_statements(s.get("statements", [])),
                description=str(s.get("description", "")),
            )
            for s in data.get("sections") or []
        ],
        key_judgments=_statements(data.get("key_judgments", [])),
        indicators=_statements(data.get("indicators", [])),
        entities=[Entity(**_known(Entity, e)) for e in data.get("entities") or []],
        claims=[Claim(**_known(Claim, c)) for c in data.get("claims") or []],
        corroboration=list(data.get("corroboration") or []),
        excluded_sources=list(data.get("excluded_sources") or []),
        changes=data.get("changes"),
        meta=dict(data.get("meta") or {}),
    )


def read_assessment(path: Path) -> Assessment:
    """Read an issue's ``assessment.json`` (file or issue folder)."""
    path = Path(path)
    if path.is_dir():
        path = path / "assessment.json"
    return assessment_from_data(json.loads(path.read_text(encoding="utf-8")))


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


@dataclass
class Issue:
    """One issue folder of a series."""

    path: Path
    date: str
    number: int  # 1 for the first run of a day, 2 for ``-2`` ...
    manifest: dict[str, Any] | None = None

    @property
    def complete(self) -> bool:
        return (
            self.manifest is not None
            and self.manifest.get("status") == "ok"
            and (self.path / "assessment.json").is_file()
        )


@dataclass
class PreviousIssue:
    path: Path
    date: str
    assessment: Assessment


def list_issues(series_dir: Path) -> list[Issue]:
    """Issue folders of a series, oldest first (by date, then rerun number, then name)."""
    series_dir = Path(series_dir)
    if not series_dir.is_dir():
        return []
    issues = []
    for child in series_dir.iterdir():
        m = ISSUE_RE.match(child.name)
        if not m or child.is_symlink() or not child.is_dir():
            continue
        try:
            dt.date.fromisoformat(m.group(1))
        except ValueError:
            continue
        issues.append(
            Issue(
                path=child,
                date=m.group(1),
                number=int(m.group(3) or 1),
                manifest=_read_json(child / "manifest.json"),
            )
        )
    issues.sort(key=lambda i: (i.date, i.number, i.path.name))
    return issues


def _cutoff(before: str | Path | dt.date | None) -> str | None:
    if before is None:
        return None
    if isinstance(before, dt.date):
        return before.isoformat()
    name = Path(before).name
    m = ISSUE_RE.match(name) or re.match(r"^(\d{4}-\d{2}-\d{2})$", name)
    if not m:
        raise ValueError(f"not an issue folder or date: {before!r}")
    return m.group(1)


def find_previous_issue(
    series_dir: Path, before: str | Path | dt.date | None = None
) -> Path | None:
    """The latest complete issue (manifest status ``ok`` and a readable ``assessment.json``)
    dated strictly before ``before`` (an issue folder name or path, or a date); with
    ``before`` None, the latest complete issue. Reruns of the current date are not
    "previous": comparing a week's issue with an earlier run of itself says nothing."""
    found = load_previous_issue(series_dir, before)
    return found.path if found else None


def load_previous_issue(
    series_dir: Path, before: str | Path | dt.date | None = None
) -> PreviousIssue | None:
    """Like :func:`find_previous_issue`, with the issue's date and parsed assessment."""
    cutoff = _cutoff(before)
    for issue in reversed(list_issues(series_dir)):
        if cutoff is not None and issue.date >= cutoff:
            continue
        if not issue.complete:
            continue
        try:
            assessment = read_assessment(issue.path)
        except (OSError, ValueError, TypeError, KeyError):
            continue
        params = (issue.manifest or {}).get("params") or {}
        return PreviousIssue(issue.path, str(params.get("date") or issue.date), assessment)
    return None


# ---------------------------------------------------------------------------
# what changed

_CITATION = re.compile(r"[\[(]\s*S\d+(?:\.\d+)?(?:\s*[,;]\s*S\d+(?:\.\d+)?)*\s*[\])]")
_STOP = FUNCTION_WORDS
MATCH_MIN = 0.8  # token Jaccard of content words
EMBED_MIN = 0.92  # cosine, when embeddings are available


def normalise_statement(text: str) -> str:
    """Lower-case words without citations or punctuation: the key that matches across issues."""
    return " ".join(_words(_CITATION.sub(" ", text)))


def _content(text: str) -> set[str]:
    return {w for w in normalise_statement(text).split() if w not in _STOP}


def _similarity(a: str, b: str) -> float:
    if normalise_statement(a) == normalise_statement(b):
        return 1.0
    ca, cb = _content(a), _content(b)
    if not ca or not cb:
        return 0.0
    return len(ca & cb) / len(ca | cb)


def match_statements(
    previous: Sequence[str], current: Sequence[str], *, use_embeddings: bool = True
) -> list[tuple[int, int]]:
    """Pairs ``(i_previous, i_current)`` of the same statement, best first, one to one."""
    pairs = []
    for i, a in enumerate(previous):
        for j, b in enumerate(current):
            score = _similarity(a, b)
            if score >= MATCH_MIN:
                pairs.append((-score, i, j))
    pairs.sort()
    taken_i: set[int] = set()
    taken_j: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _score, i, j in pairs:
        if i not in taken_i and j not in taken_j:
            taken_i.add(i)
            taken_j.add(j)
            matched.append((i, j))
    rest_i = [i for i in range(len(previous)) if i not in taken_i]
    rest_j = [j for j in range(len(current)) if j not in taken_j]
    if use_embeddings and rest_i and rest_j:
        matched += _match_embedded(previous, current, rest_i, rest_j)
    return sorted(matched, key=lambda p: (p[1], p[0]))


def _match_embedded(
    previous: Sequence[str], current: Sequence[str], rest_i: list[int], rest_j: list[int]
) -> list[tuple[int, int]]:
    try:
        from briefbook.embeddings import embed
    except ImportError:  # pragma: no cover - the engine module is part of the package
        return []
    try:
        a = embed([normalise_statement(previous[i]) for i in rest_i])
        b = embed([normalise_statement(current[j]) for j in rest_j])
    except Exception:  # noqa: BLE001 - no model: token matching alone
        return []
    sims = a @ b.T
    pairs = sorted(
        (-round(float(sims[x, y]), 6), i, j)
        for x, i in enumerate(rest_i)
        for y, j in enumerate(rest_j)
        if sims[x, y] >= EMBED_MIN
    )
    taken_i: set[int] = set()
    taken_j: set[int] = set()
    out = []
    for _s, i, j in pairs:
        if i not in taken_i and j not in taken_j:
            taken_i.add(i)
            taken_j.add(j)
            out.append((i, j))
    return out


def _sources_of(evidence: Sequence[str], assessment: Assessment) -> list[str]:
    index = {s.id: s.source for s in assessment.sentences}
    out: list[str] = []
    for e in evidence:
        s = index.get(e) or e.split(".", 1)[0]
        if s not in out:
            out.append(s)
    return sorted(out, key=_sid_key)


def _source_brief(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": record.get("id"),
        "title": record.get("title"),
        "published": record.get("published"),
        "path": record.get("path"),
    }


def _judgment(st: Statement, assessment: Assessment, new_shas: set[str]) -> dict[str, Any]:
    records = {str(r.get("id")): r for r in assessment.sources}
    sources = _sources_of(st.evidence, assessment)
    return {
        "text": st.text,
        "likelihood": st.likelihood,
        "confidence": st.confidence,
        "evidence": list(st.evidence),
        "sources": [records.get(s, {}).get("title") or s for s in sources],
        "new_sources": [
            _source_brief(records[s])
            for s in sources
            if s in records and records[s].get("sha256") in new_shas
        ],
    }


def _entity_names(entity: Entity) -> set[str]:
    return {normalise_statement(n) for n in [entity.name, *entity.aliases] if n.strip()}


def _claim_entry(claim: Claim, assessment: Assessment) -> dict[str, Any]:
    records = {str(r.get("id")): r for r in assessment.sources}
    sources = _sources_of(claim.evidence, assessment)
    return {
        "text": claim.text,
        "quantity": claim.quantity,
        "counts": claim.counts,
        "event": claim.event,
        "evidence": list(claim.evidence),
        "source": (records.get(sources[0], {}).get("title") if sources else None),
    }


def _claims_agree(a: Claim, b: Claim) -> bool:
    ia = quantity_interval(a.quantity, a.text)
    ib = quantity_interval(b.quantity, b.text)
    return figures_agree(a.quantity, ia, b.quantity, ib)


def compare_assessments(
    previous: Assessment,
    current: Assessment,
    *,
    previous_date: str | None = None,
    use_embeddings: bool = True,
) -> dict[str, Any]:
    """ "Changes since <previous_date>": JSON-serialisable, matched by text, never by ids.

    Keys: ``previous_date``, ``first_issue`` (False), ``new_judgments``,
    ``dropped_judgments``, ``moved`` (likelihood or confidence changed, with the new
    sources behind it), ``new_entities`` (no name or alias known before), ``new_claims``
    (event + counts + quantity not reported before; changed numbers are not repeated
    here), ``changed_numbers`` (same event and counts, a quantity that disagrees with
    every earlier one), ``new_sources`` (sha256 not in the previous issue).
    """
    prev_shas = {r.get("sha256") for r in previous.sources if r.get("sha256")}
    new_source_records = [r for r in current.sources if r.get("sha256") not in prev_shas]
    new_shas = {r.get("sha256") for r in new_source_records}

    prev_kj, cur_kj = previous.key_judgments, current.key_judgments
    pairs = match_statements(
        [s.text for s in prev_kj], [s.text for s in cur_kj], use_embeddings=use_embeddings
    )
    matched_prev = {i for i, _ in pairs}
    matched_cur = {j for _, j in pairs}
    # a judgment stated twice in one issue matches once; its twin is neither new nor dropped
    matched_cur |= {
        j
        for j, b in enumerate(cur_kj)
        if any(_similarity(a.text, b.text) >= MATCH_MIN for a in prev_kj)
    }
    matched_prev |= {
        i
        for i, a in enumerate(prev_kj)
        if any(_similarity(a.text, b.text) >= MATCH_MIN for b in cur_kj)
    }
    new_judgments: list[dict[str, Any]] = []
    by_text: dict[str, dict[str, Any]] = {}
    for j, st in enumerate(cur_kj):
        if j in matched_cur:
            continue
        key = normalise_statement(st.text)
        entry = _judgment(st, current, new_shas)
        if key in by_text:  # the same judgment twice (e.g. from a repost): once, evidence merged
            known = by_text[key]
            known["evidence"] += [e for e in entry["evidence"] if e not in known["evidence"]]
            known["sources"] += [x for x in entry["sources"] if x not in known["sources"]]
            known["new_sources"] += [
                x for x in entry["new_sources"] if x not in known["new_sources"]
            ]
            continue
        by_text[key] = entry
        new_judgments.append(entry)
    dropped = [
        {
            "text": s.text,
            "likelihood": s.likelihood,
            "confidence": s.confidence,
            "sources": [
                next((r.get("title") for r in previous.sources if str(r.get("id")) == sid), sid)
                for sid in _sources_of(s.evidence, previous)
            ],
        }
        for i, s in enumerate(prev_kj)
        if i not in matched_prev
    ]
    moved = []
    for i, j in pairs:
        before, after = prev_kj[i], cur_kj[j]
        if before.likelihood == after.likelihood and before.confidence == after.confidence:
            continue
        entry = _judgment(after, current, new_shas)
        entry["previous_text"] = before.text
        entry["previous_likelihood"] = before.likelihood
        entry["previous_confidence"] = before.confidence
        moved.append(entry)

    known_names: set[str] = set()
    for e in previous.entities:
        known_names |= _entity_names(e)
    new_entities = [
        {"name": e.name, "type": e.type, "mentions": e.mentions, "evidence": list(e.evidence)}
        for e in current.entities
        if not (_entity_names(e) & known_names)
    ]

    new_claims: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    seen: list[Claim] = []
    prev_topics = [(claim_topic(c), c) for c in previous.claims]
    for claim in current.claims:
        if any(_same_claim(claim, other) for other in seen):
            continue  # repeated within the current issue
        seen.append(claim)
        event, key = claim_topic(claim)
        related = [
            c
            for (p_event, p_key), c in prev_topics
            if p_event == event and counts_compatible(p_key, key)
        ]
        if any(_claims_agree(claim, c) for c in related):
            continue  # known before
        if event is not None and related:
            changed.append(
                {
                    "event": claim.event,
                    "counts": claim.counts,
                    "previous": _unique_entries([_claim_entry(c, previous) for c in related]),
                    "current": _claim_entry(claim, current),
                }
            )
        else:
            new_claims.append(_claim_entry(claim, current))

    return {
        "previous_date": previous_date or previous.meta.get("date"),
        "previous_title": previous.title,
        "first_issue": False,
        "new_judgments": new_judgments,
        "dropped_judgments": dropped,
        "moved": moved,
        "new_entities": new_entities,
        "new_claims": new_claims,
        "changed_numbers": changed,
        "new_sources": [_source_brief(r) for r in new_source_records],
    }


def _same_claim(a: Claim, b: Claim) -> bool:
    ea, ka = claim_topic(a)
    eb, kb = claim_topic(b)
    return ea == eb and counts_compatible(ka, kb) and _claims_agree(a, b)


def _unique_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for e in entries:
        key = (str(e["quantity"]), str(e["source"]))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def first_issue_changes(
    series_dir: Path | None = None, before: str | Path | dt.date | None = None
) -> dict[str, Any]:
    """The ``changes`` of an issue that has no earlier issue to compare with.

    ``first_issue`` is True (nothing earlier to compare with). With ``series_dir`` and
    ``before`` (the issue's date), complete issues of the *same* date (earlier runs of the
    day, which are never compared with) are counted in ``same_date_issues`` and the note
    says so instead of calling this the series' first issue.
    """
    cutoff = _cutoff(before) if before is not None else None
    same_date = 0
    if series_dir is not None and cutoff is not None:
        same_date = sum(1 for i in list_issues(Path(series_dir)) if i.complete and i.date == cutoff)
    if same_date:
        others = f"{same_date} other issue{'s' if same_date > 1 else ''} of the same date"
        note = f"No earlier issue dated before {cutoff} to compare with ({others})"
    else:
        note = "first issue of this series: there is no earlier issue to compare with"
    return {
        "previous_date": None,
        "previous_title": None,
        "first_issue": True,
        "same_date_issues": same_date,
        "before": cutoff,
        "note": note,
        "new_judgments": [],
        "dropped_judgments": [],
        "moved": [],
        "new_entities": [],
        "new_claims": [],
        "changed_numbers": [],
        "new_sources": [],
    }


# ---------------------------------------------------------------------------
# the series index


def _issue_row(issue: Issue) -> dict[str, Any]:
    manifest = issue.manifest or {}
    params = manifest.get("params") or {}
    assessment: Assessment | None = None
    if (issue.path / "assessment.json").is_file():
        try:
            assessment = read_assessment(issue.path)
        except (OSError, ValueError, TypeError, KeyError):
            assessment = None
    date = str(params.get("date") or issue.date)
    period = ""
    try:
        window = parse_window(params.get("window"))
    except ParamsError:
        window = None
        period = str(params.get("window"))
    if window is not None:
        try:
            period = window.label(dt.date.fromisoformat(date[:10]))
        except ValueError:
            period = window.text
    sources = assessment.sources if assessment else list(manifest.get("sources") or [])
    if not period:
        dates = sorted(str(s["published"])[:10] for s in sources if s.get("published"))
        period = f"sources dated {dates[0]} to {dates[-1]}" if dates else "all sources"
    judgments: list[dict[str, Any]] = []
    seen: set[str] = set()
    for st in assessment.key_judgments if assessment else []:
        key = normalise_statement(st.text)
        if key not in seen:  # a judgment stated twice (a repost) is listed once
            seen.add(key)
            judgments.append(_judgment_line(st))
    return {
        "name": issue.path.name,
        "number": issue.number,
        "run": _run_label(issue),
        "latest": False,
        "date": date,
        "title": str(params.get("title") or (assessment.title if assessment else issue.path.name)),
        "period": period,
        "sources": len(sources),
        "excluded": len(assessment.excluded_sources) if assessment else 0,
        "judgments": judgments,
        "changes": _changes_summary(assessment.changes if assessment else None),
        "html": _link(issue, manifest, ".html"),
        "pdf": _link(issue, manifest, ".pdf"),
        "classification": str(params.get("classification") or ""),
    }


def _run_label(issue: Issue) -> str:
    """ "run 2 of 2024-12-29" for a rerun of a date; "" for the first run."""
    return f"run {issue.number} of {issue.date}" if issue.number > 1 else ""


def _latest_name(series_dir: Path) -> str:
    """The issue folder the ``latest`` link points to ("" without a link)."""
    link = series_dir / "latest"
    try:
        target = os.readlink(link) if link.is_symlink() else ""
    except OSError:
        return ""
    return Path(target).name


def _judgment_line(st: Statement) -> dict[str, Any]:
    """A key judgment for the index: text without its final stop, the likelihood (shown in
    brackets inside the sentence), the stop, then confidence as a sentence of its own; ICD 203
    never puts a likelihood and a confidence level in one sentence."""
    text = " ".join(st.text.split())
    stop = "."
    if text and text[-1] in ".!?":
        text, stop = text[:-1], text[-1]
    elif re.search("[.!?][\"'\u201d\u2019)\\]]+$", text):
        stop = ""
    return {
        "text": text,
        "stop": stop,
        "likelihood": st.likelihood,
        "confidence": st.confidence,
    }


def _changes_summary(changes: dict[str, Any] | None) -> str:
    if not changes:
        return ""
    if changes.get("first_issue"):
        if changes.get("same_date_issues"):
            return str(changes.get("note") or "No earlier issue to compare with")
        return "First issue of the series"
    parts = []
    for key, one, many in (
        ("new_judgments", "new judgment", "new judgments"),
        ("dropped_judgments", "judgment dropped", "judgments dropped"),
        ("moved", "judgment moved", "judgments moved"),
        ("changed_numbers", "changed number", "changed numbers"),
        ("new_sources", "new source", "new sources"),
    ):
        n = len(changes.get(key) or [])
        if not n:
            continue
        if key == "dropped_judgments" and changes.get("new_judgments"):
            parts.append(f"{n} dropped")  # "3 new judgments, 5 dropped"
        else:
            parts.append(f"{n} {one if n == 1 else many}")
    since = changes.get("previous_date")
    head = f"Changes since {since}: " if since else "Changes: "
    return head + (", ".join(parts) if parts else "none")


def _link(issue: Issue, manifest: dict[str, Any], suffix: str) -> str | None:
    names = [f"briefing{suffix}"]
    outputs = manifest.get("outputs") or {}
    values = outputs.values() if isinstance(outputs, dict) else outputs
    for value in values:
        if isinstance(value, str) and value.endswith(suffix):
            names.append(Path(value).name)
    for name in names:
        if (issue.path / name).is_file():
            return f"{quote(issue.path.name)}/{quote(name)}"
    return None


def render_series_index(series_dir: Path) -> str:
    """The HTML of ``<series_dir>/index.html`` (see :func:`write_series_index`)."""
    import jinja2

    from briefbook.resources import templates_dir

    series_dir = Path(series_dir)
    issues = [i for i in list_issues(series_dir) if i.complete]
    rows = [_issue_row(i) for i in reversed(issues)]  # newest first
    per_date: dict[str, int] = {}
    for i in issues:
        per_date[i.date] = per_date.get(i.date, 0) + 1
    latest = _latest_name(series_dir)
    for issue, row in zip(reversed(issues), rows, strict=True):
        row["latest"] = bool(latest) and row["name"] == latest
        if per_date[issue.date] > 1 and not row["run"]:
            row["run"] = f"run {issue.number} of {issue.date}"
    newest = (issues[-1].manifest or {}).get("params", {}) if issues else {}
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "series")),
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template(INDEX_TEMPLATE).render(
        series=str(newest.get("series") or series_dir.name),
        title=str(newest.get("title") or series_dir.name),
        classification=str(newest.get("classification") or ""),
        issues=rows,
    )


def write_series_index(series_dir: Path) -> Path:
    """Write ``<series_dir>/index.html``: every complete issue, newest first, with its date,
    period, number of sources, key judgments and relative links to its briefing.html and
    briefing.pdf. Self-contained (inline CSS, no scripts, no network); source text is
    escaped. Same issues, same bytes."""
    series_dir = Path(series_dir)
    html = render_series_index(series_dir)
    target = series_dir / "index.html"
    tmp = series_dir / ".index.html.tmp"
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, target)
    return target
