"""The briefing as data parts: what the notebook displays and the templates render.

Every part of the briefing (cover, bottom line, one per schema section, indicators,
tables, charts, sources, method) is a plain JSON dict built here from an
:class:`~briefbook.model.Assessment`. :func:`show` displays a part as a rich mime bundle:
``application/vnd.briefbook.part+json`` carries the data (the nbconvert template
``templates/briefing/`` renders the briefing from it, with jinja2 autoescape) and
``text/html`` is the same part rendered by the same jinja macros, for JupyterLab.

Source text is data: no string built here is ever markup; escaping is the templates' job
and they escape everything.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from briefbook.model import Assessment, Statement
from briefbook.params import PAGE_SIZES
from briefbook.tradecraft import (
    ADMIRALTY_CREDIBILITY,
    ADMIRALTY_RELIABILITY,
    CONFIDENCE_MEANING,
    CONFIDENCE_RULE,
    LIKELIHOOD_RULE,
    LIKELIHOOD_SCALE,
    admiralty_grade,
    likelihood_band,
)

PART_MIME = "application/vnd.briefbook.part+json"
# Banner colours of common markings (US CAPCO colours); anything else is dark grey.
MARKING_CLASSES = (
    ("TOP SECRET", "ts"),
    ("SECRET", "s"),
    ("CONFIDENTIAL", "c"),
    ("CUI", "cui"),
    ("UNCLASSIFIED", "u"),
)
_SENTENCE_ID = re.compile(r"^S(\d+)\.(\d+)$")
_SOURCE_ID = re.compile(r"^S(\d+)$")
_CLOSED = re.compile("[.!?][\"'\u201d\u2019)\\]]+$")  # ends with a full stop inside quotes


@dataclass
class Briefing:
    """One issue: the assessment plus what the cover and the page furniture print."""

    assessment: Assessment
    title: str
    series: str = ""
    classification: str = "UNCLASSIFIED"
    analyst: str = ""
    date: str = ""
    page_size: str = "A4"
    schema: str = "conflict"

    def __post_init__(self) -> None:
        self.classification = " ".join(str(self.classification).split()) or "UNCLASSIFIED"
        if self.page_size not in PAGE_SIZES:
            from briefbook.errors import ParamsError

            raise ParamsError(
                f"page size {self.page_size!r} is not supported",
                key="page_size",
                hint="use A4 or Letter",
            )
        if not self.date:
            self.date = str(self.assessment.meta.get("date") or dt.date.today().isoformat())


# ---------------------------------------------------------------------------- preparing


def prepare_briefing(
    *,
    title: str,
    series: str = "",
    sources: Sequence[Any] = (),
    schema: str = "conflict",
    classification: str = "UNCLASSIFIED",
    analyst: str = "",
    date: str = "",
    page_size: str = "A4",
    assessment_path: str | Path = "",
    previous_path: str | Path = "",
    base: Path | None = None,
) -> Briefing:
    """The notebook's one call: load (or compute) the assessment and wrap it for display."""
    base = Path(base) if base is not None else Path.cwd()
    if assessment_path:
        assessment = load_assessment(_resolve(assessment_path, base))
    else:
        assessment = compute_assessment(sources, schema=schema, title=title, base=base)
    if previous_path and assessment.changes is None:
        previous = load_assessment(_resolve(previous_path, base))
        assessment.changes = compare_with_previous(previous, assessment)
    return Briefing(
        assessment=assessment,
        title=title or assessment.title,
        series=series,
        classification=classification,
        analyst=analyst,
        date=date,
        page_size=page_size,
        schema=schema or assessment.schema_name,
    )


def load_assessment(path: Path) -> Assessment:
    """Read an ``assessment.json`` written by ``briefbook run`` or ``briefbook assess``."""
    from briefbook.errors import InputError

    try:
        return Assessment.from_json(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"cannot read the assessment {Path(path).name}: {exc}",
            hint="pass the assessment.json written by briefbook run or briefbook assess",
        ) from exc


def compute_assessment(
    sources: Sequence[Any], *, schema: str, title: str, base: Path
) -> Assessment:
    """Run the offline engine on ``sources`` (paths or ``{path, label, ...}`` dicts)."""
    from briefbook.assess import assess

    return assess(source_specs(sources), schema=schema, title=title or None, base=base)


def source_specs(sources: Sequence[Any]) -> list[Any]:
    """Paths stay paths; dicts become ingest ``SourceSpec`` objects."""
    if isinstance(sources, str | Path):
        sources = [sources]
    specs: list[Any] = []
    for item in sources:
        if isinstance(item, dict):
            from dataclasses import fields

            from briefbook.ingest import SourceSpec

            known = {f.name for f in fields(SourceSpec)}
            specs.append(SourceSpec(**{k: v for k, v in item.items() if k in known}))
        else:
            specs.append(item)
    return specs


def compare_with_previous(previous: Assessment, current: Assessment) -> dict[str, Any]:
    """Changes since the previous issue (see :func:`briefbook.series.compare_assessments`)."""
    from briefbook.series import compare_assessments

    return compare_assessments(previous, current)


def _resolve(path: str | Path, base: Path) -> Path:
    p = Path(path)
    return p if p.is_absolute() else base / p


# ---------------------------------------------------------------------------- helpers


def anchor_for(sentence_id: str) -> str:
    """HTML id of a cited sentence in the appendix: ``S1.4`` -> ``src-S1-4``."""
    return "src-" + re.sub(r"[^A-Za-z0-9_-]", "-", str(sentence_id))


def source_anchor(source_id: str) -> str:
    return "source-" + re.sub(r"[^A-Za-z0-9_-]", "-", str(source_id))


def sentence_order(sentence_id: str) -> tuple[int, int, str]:
    m = _SENTENCE_ID.match(str(sentence_id))
    if m:
        return int(m.group(1)), int(m.group(2)), ""
    return 1_000_000, 0, str(sentence_id)


def marking_class(classification: str) -> str:
    """CSS class suffix of a marking's banner colour (from a fixed list, never the text)."""
    upper = classification.upper()
    for word, css in MARKING_CLASSES:
        if upper.startswith(word):
            return css
    return "other"


def cite(sentence_id: str) -> dict[str, str]:
    return {"id": str(sentence_id), "anchor": anchor_for(sentence_id)}


def statement_data(statement: Statement) -> dict[str, Any]:
    """A statement as template data: body, final punctuation, likelihood, confidence, cites."""
    text, stop = _split_stop(" ".join(statement.text.split()))
    band = _band_text(statement.likelihood) if statement.likelihood else None
    return {
        "text": text,
        "stop": stop,
        "likelihood": statement.likelihood,
        "band": band,
        "confidence": statement.confidence,
        "hedged": bool(statement.hedged),
        "attributed_to": statement.attributed_to,
        "cites": [cite(e) for e in statement.evidence],
    }


def _split_stop(text: str) -> tuple[str, str]:
    """The text without its final . ! or ?, and that mark ("." when the text has none)."""
    if text and text[-1] in ".!?":
        return text[:-1], text[-1]
    if text and not _CLOSED.search(text):
        return text, "."
    return text, ""


def _band_text(term: str) -> str:
    """``55\u201380%``: the ICD 203 probability band of a likelihood term."""
    low, high = likelihood_band(term)
    return f"{low:02d}\u2013{high:02d}%"


def source_of(sentence_id: str) -> str:
    return str(sentence_id).split(".", 1)[0]


@cache
def _schema_title(name: str) -> str:
    from briefbook.errors import SchemaError
    from briefbook.schema import load_schema

    try:
        return load_schema(name).title
    except SchemaError:  # an unknown or custom schema still renders, under its name
        return name


def date_span(sources: Iterable[dict[str, Any]]) -> tuple[str, str] | None:
    dates = sorted(str(s["published"]) for s in sources if s.get("published"))
    if not dates:
        return None
    return dates[0], dates[-1]


def short_title(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


# ---------------------------------------------------------------------------- parts


def meta_data(b: Briefing) -> dict[str, Any]:
    a = b.assessment
    span = date_span(a.sources)
    return {
        "title": b.title,
        "short_title": short_title(b.title),
        "series": b.series,
        "date": b.date,
        "analyst": b.analyst,
        "classification": b.classification,
        "marking": marking_class(b.classification),
        "schema": b.schema,
        "schema_title": _schema_title(b.schema),
        "n_sources": len(a.sources),
        "span": list(span) if span else None,
        "n_excluded": len(a.excluded_sources),
        "page_size": b.page_size,
    }


def cover_part(b: Briefing) -> dict[str, Any]:
    return {"part": "cover", "meta": meta_data(b), "toc": []}


def bluf_part(b: Briefing) -> dict[str, Any]:
    return {
        "part": "bluf",
        "id": "bluf",
        "title": "Bottom line up front",
        "judgments": [statement_data(s) for s in b.assessment.key_judgments],
        "toc": [{"id": "bluf", "title": "Bottom line up front"}],
    }


CHANGES_ENTITY_CAP = 15
CHANGES_CLAIM_CAP = 10
# keys of ``assessment.changes`` (see briefbook.series.compare_assessments) that are not lists
_CHANGES_FACTS = {
    "first_issue",
    "previous_date",
    "previous_title",
    "note",
    "since",
    "previous",
    "summary",
}
# the list keys the series module writes, with the group's heading, in reading order
_CHANGES_GROUPS = (
    ("new_judgments", "New key judgments"),
    ("moved", "Key judgments that moved"),
    ("dropped_judgments", "Dropped key judgments"),
    ("changed_numbers", "Numbers that changed"),
    ("new_sources", "New sources"),
    ("new_claims", "New quantitative claims"),
    ("new_entities", "New entities"),
)
_FIRST_ISSUE_LINE = "there is no earlier issue to compare with."


def changes_part(b: Briefing) -> dict[str, Any] | None:
    """'Changes since <date>' from ``assessment.changes`` (the shape written by
    :func:`briefbook.series.compare_assessments` / ``first_issue_changes``), read the way an
    analyst reads it: a summary line of counts, then only the groups that have entries.

    Only sentence ids of the current issue's appendix become links; ids of the previous
    issue (dropped judgments, earlier numbers) are plain text. None when there are no changes.
    """
    changes = b.assessment.changes
    if not changes or not isinstance(changes, dict):
        return None
    first = bool(changes.get("first_issue"))
    since = changes.get("previous_date") or changes.get("since") or changes.get("previous")
    since = _plain_text(since) if since and not isinstance(since, dict | list) else ""
    title = f"Changes since {since}" if since and not first else "Changes since last issue"
    part: dict[str, Any] = {
        "part": "changes",
        "id": "changes",
        "title": title,
        "first_issue": first,
        "series": b.series,
        "note": "",
        "summary": "",
        "groups": [],
        "toc": [{"id": "changes", "title": title}],
    }
    if first:
        if changes.get("same_date_issues"):  # reruns of one date are not predecessors
            part["note"] = _plain_text(changes.get("note")).rstrip(".") + "."
            return part
        who = f"the series {b.series}" if b.series else "this series"
        part["note"] = f"First issue of {who}: {_FIRST_ISSUE_LINE}"
        return part
    linkable = set(cited_ids(b))
    records = {str(r.get("id")): r for r in b.assessment.sources}
    groups = []
    for key, label in _CHANGES_GROUPS:
        items = [v for v in _as_list(changes.get(key)) if v not in (None, "", [], {})]
        if items:
            groups.append(_changes_group(key, label, items, linkable, records))
    known = {k for k, _ in _CHANGES_GROUPS} | _CHANGES_FACTS
    for key in sorted(str(k) for k in changes if k not in known):
        items = [v for v in _as_list(changes.get(key)) if v not in (None, "", [], {})]
        if items:  # a key another version wrote: its entries as text, never as a repr
            label = key.replace("_", " ").capitalize()
            entries = [_change_entry(v, linkable) for v in items]
            groups.append({"key": key, "kind": "generic", "label": label, "entries": entries})
    part["groups"] = groups
    part["summary"] = _changes_summary_line(changes, since, groups, b.title)
    return part


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, dict):
        return [{"text": f"{k}: {_plain_value(v)}"} for k, v in value.items()]
    return [value]


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _changes_summary_line(
    changes: dict[str, Any], since: str, groups: list[dict[str, Any]], title: str
) -> str:
    """'Compared with the issue of <date>: 2 new key judgments, 1 dropped, ...'."""
    n = {g["key"]: g["total"] if "total" in g else len(g["entries"]) for g in groups}
    words = (
        ("new_judgments", "new key judgment", "new key judgments"),
        ("moved", "judgment moved", "judgments moved"),
        ("dropped_judgments", "dropped", "dropped"),
        ("changed_numbers", "number changed", "numbers changed"),
        ("new_sources", "new source", "new sources"),
        ("new_claims", "new claim", "new claims"),
        ("new_entities", "new entity", "new entities"),
    )
    counts = [_count(n[key], one, many) for key, one, many in words if n.get(key)]
    counts += [
        _count(n[g["key"]], "other change", "other changes")
        for g in groups
        if g["kind"] == "generic"
    ]
    previous = changes.get("previous_title")
    head = "Compared with the previous issue"
    if since:
        head = f"Compared with the issue of {since}"
    previous = " ".join(previous.split()) if isinstance(previous, str) else ""
    if previous and previous != " ".join(title.split()):  # only a title that changed
        head += f" ({previous})"
    if not counts:
        return f"{head}: no change in key judgments, numbers, sources or entities."
    return f"{head}: {', '.join(counts)}."


def _changes_group(
    key: str,
    label: str,
    items: list[Any],
    linkable: set[str],
    records: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    # key -> (kind the template renders, entry builder, cap on entries shown)
    builders: dict[str, tuple[str, Callable[[Any], dict[str, Any]], int | None]] = {
        "new_judgments": ("judgments", lambda v: _judgment_change(v, linkable), None),
        "moved": ("moved", lambda v: _moved_change(v, linkable), None),
        "dropped_judgments": ("dropped", _dropped_change, None),
        "changed_numbers": ("numbers", lambda v: _number_change(v, linkable), None),
        "new_sources": ("sources", lambda v: _source_change(v, records), None),
        "new_claims": ("claims", lambda v: _claim_change(v, linkable), CHANGES_CLAIM_CAP),
        "new_entities": ("entities", _entity_change, CHANGES_ENTITY_CAP),
    }
    kind, build, cap = builders.get(key, builders["new_entities"])
    shown = items if cap is None else items[:cap]
    group: dict[str, Any] = {"key": key, "label": label, "total": len(items), "kind": kind}
    group["entries"] = [build(v) for v in shown]
    group["more"] = len(items) - len(shown)
    return group


def _field(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, dict) else None


def _text_of(value: Any, *keys: str) -> str:
    """The first non-empty of ``keys`` as one line of text ('' when none)."""
    for key in keys:
        v = _field(value, key)
        if v not in (None, "", [], {}):
            return " ".join(_plain_value(v).split())
    return ""


def _linked(evidence: Any, linkable: set[str]) -> tuple[list[dict[str, str]], list[str]]:
    """Citation links for ids in this issue's appendix, the other ids as plain text."""
    cites, plain = [], []
    for e in _as_list(evidence):
        e = str(e)
        if e in linkable and _SENTENCE_ID.match(e):
            cites.append(cite(e))
        elif e:
            plain.append(e)
    return cites, plain


def _titles(values: Any) -> list[str]:
    out: list[str] = []
    for v in _as_list(values):
        t = _text_of(v, "title", "id", "path") if isinstance(v, dict) else _plain_value(v)
        t = " ".join(t.split())
        if t and t not in out:
            out.append(t)
    return out


def _judgment_data(value: Any, evidence: Any, linkable: set[str]) -> dict[str, Any]:
    """A judgment of ``changes`` as the statement macro's data (linked ids only)."""
    text = _text_of(value, "text", "claim") if isinstance(value, dict) else _plain_value(value)
    text, stop = _split_stop(text)
    likelihood = _text_of(value, "likelihood") or None
    band = None
    if likelihood:
        try:
            band = _band_text(likelihood)
        except KeyError:
            band = "not an ICD 203 term"
    cites, uncited = _linked(evidence, linkable)
    return {
        "text": text,
        "stop": stop,
        "likelihood": likelihood,
        "band": band,
        "confidence": _text_of(value, "confidence") or None,
        "cites": cites,
        "uncited": uncited,
    }


def _judgment_change(value: Any, linkable: set[str]) -> dict[str, Any]:
    data = _judgment_data(value, _field(value, "evidence"), linkable)
    data["sources"] = _titles(_field(value, "sources"))
    data["new_sources"] = _titles(_field(value, "new_sources"))
    return data


def _moved_change(value: Any, linkable: set[str]) -> dict[str, Any]:
    data = _judgment_change(value, linkable)
    moves = []
    for what in ("likelihood", "confidence"):
        before = _field(value, f"previous_{what}")
        after = _field(value, what)
        if before != after:
            moves.append(
                {
                    "what": what,
                    "before": _plain_value(before) if before else "not stated",
                    "after": _plain_value(after) if after else "not stated",
                }
            )
    data["moves"] = moves
    previous = _text_of(value, "previous_text")
    same = previous in (data["text"], data["text"] + data["stop"])
    data["previous_text"] = "" if same else previous
    return data


def _dropped_change(value: Any) -> dict[str, Any]:
    """A judgment of the previous issue: its ids are that issue's, never linked here."""
    data = _judgment_data(value, [], set())
    data["previous_ids"] = [str(e) for e in _as_list(_field(value, "evidence")) if e]
    data["sources"] = _titles(_field(value, "sources"))
    data["new_sources"] = []
    return data


def _claim_side(value: Any, linkable: set[str]) -> dict[str, Any]:
    cites, plain = _linked(_field(value, "evidence"), linkable)
    return {
        "quantity": _text_of(value, "quantity") or _text_of(value, "text"),
        "text": _text_of(value, "text"),
        "source": _text_of(value, "source"),
        "cites": cites,
        "uncited": plain,
    }


def _number_change(value: Any, linkable: set[str]) -> dict[str, Any]:
    counts = _text_of(value, "counts")
    event = _text_of(value, "event")
    what = " ".join(x for x in (counts, event) if x) or "quantity"
    before = []
    for p in _as_list(_field(value, "previous")):
        side = _claim_side(p, set())  # previous issue: ids as plain text
        side["uncited"] = [str(e) for e in _as_list(_field(p, "evidence")) if e]
        before.append(side)
    after = _claim_side(_field(value, "current") or {}, linkable)
    return {
        "what": what,
        "before": before,
        "before_quantities": list(dict.fromkeys(s["quantity"] for s in before if s["quantity"])),
        "after": after,
    }


def _source_change(value: Any, records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    sid = _text_of(value, "id")
    title = _text_of(value, "title") or _text_of(records.get(sid) or {}, "title")
    if not isinstance(value, dict):
        title = _plain_value(value)
    return {
        "id": sid,
        "anchor": source_anchor(sid) if sid in records else "",
        "title": title or "(untitled source)",
        "published": _text_of(value, "published") or _text_of(records.get(sid) or {}, "published"),
    }


def _claim_change(value: Any, linkable: set[str]) -> dict[str, Any]:
    side = _claim_side(value, linkable)
    side["event"] = _text_of(value, "event")
    side["text"] = side["text"] or " ".join(
        x for x in (side["quantity"], _text_of(value, "counts")) if x
    )
    return side


def _entity_change(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {"name": _plain_value(value), "type": ""}
    return {"name": _text_of(value, "name", "text") or "(unnamed)", "type": _text_of(value, "type")}


def _change_entry(value: Any, linkable: set[str] | None = None) -> dict[str, Any]:
    """An entry of a group the series module does not write: readable text, no repr."""
    linkable = linkable or set()
    if isinstance(value, dict):
        text = _text_of(value, "text", "claim", "name", "title")
        cites, plain = _linked(value.get("evidence"), linkable)
        extra = [
            f"{str(k).replace('_', ' ')}: {_plain_value(v)}"
            for k, v in value.items()
            if k not in {"text", "claim", "name", "title", "evidence"}
            and v not in (None, "", [], {})
        ]
        if not text:
            text, extra = "; ".join(extra), []
        return {"text": text, "note": "; ".join(extra), "cites": cites, "uncited": plain}
    return {"text": _plain_value(value), "note": "", "cites": [], "uncited": []}


def _plain_value(value: Any) -> str:
    """Any JSON value as short text: a mapping by its title, name or text, never a repr."""
    if isinstance(value, dict):
        for key in ("title", "name", "text", "id", "quantity"):
            if value.get(key) not in (None, "", [], {}):
                return _plain_value(value[key])
        return "; ".join(
            f"{str(k).replace('_', ' ')}: {_plain_value(v)}"
            for k, v in value.items()
            if v not in (None, "", [], {})
        )
    if isinstance(value, list | tuple):
        return ", ".join(_plain_value(v) for v in value if v not in (None, "", [], {}))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _plain_text(value)


def _plain_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_plain_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def section_parts(b: Briefing) -> list[dict[str, Any]]:
    """One part per schema section, in schema order; empty sections say so."""
    parts = []
    for section in b.assessment.sections:
        sid = "sec-" + re.sub(r"[^A-Za-z0-9_-]", "-", section.key)
        parts.append(
            {
                "part": "section",
                "id": sid,
                "key": section.key,
                "title": section.title,
                "statements": [statement_data(s) for s in section.statements],
                "empty_text": "No reporting in the sources.",
                "toc": [{"id": sid, "title": section.title}],
            }
        )
    return parts


def indicators_part(b: Briefing) -> dict[str, Any]:
    return {
        "part": "indicators",
        "id": "indicators",
        "title": "Indicators to watch",
        "statements": [statement_data(s) for s in b.assessment.indicators],
        "empty_text": "The sources name no indicators to watch.",
        "toc": [{"id": "indicators", "title": "Indicators to watch"}],
    }


CORROBORATION_SINGLE_CAP = 8  # single-source rows listed; the rest are counted
_CORROBORATION_STATUS = ("contradicted", "corroborated", "single-source")
_CORROBORATION_NOTE = (
    "Each figure is followed by the sentences that state it. Sources are counted by "
    "independent group: copies and reposts of one text count once and are named as copies. "
    "Figures that agree are joined by \u201cand\u201d; \u201cvs\u201d joins figures that "
    "contradict each other. Side A: the sources that report the first figure and those whose "
    "figures agree with it; side B: the sources whose figures do not overlap side A\u2019s. "
    "Word quantities are orders of magnitude (\u201cthousands\u201d agrees with "
    "any number from 1,000 to 999,999). Figures of one source never contradict each other."
)


def corroboration_part(b: Briefing) -> dict[str, Any] | None:
    """Quantitative claims compared across independent sources: contradicted rows first,
    then corroborated, then single-source ones (up to ``CORROBORATION_SINGLE_CAP``, the
    rest counted). Each row shows every distinct figure with links to the appendix
    sentences that state it; agreeing and disagreeing sources by independent group."""
    rows = [r for r in b.assessment.corroboration if isinstance(r, dict)]
    if not rows:
        return None
    linkable = set(cited_ids(b))
    rank = {status: k for k, status in enumerate(_CORROBORATION_STATUS)}
    ordered = sorted(enumerate(rows), key=lambda kr: (rank.get(str(kr[1].get("status")), 1), kr[0]))
    body: list[dict[str, Any]] = []
    singles = 0
    for _, row in ordered:
        if str(row.get("status")) == "single-source":
            singles += 1
            if singles > CORROBORATION_SINGLE_CAP:
                continue
        body.append(_corroboration_row(row, linkable))
    return {
        "part": "corroboration",
        "id": "corroboration",
        "title": "Corroboration",
        "caption": "Quantitative claims compared across independent sources.",
        "rows": body,
        "more": max(0, singles - CORROBORATION_SINGLE_CAP),
        "note": _CORROBORATION_NOTE,
        "toc": [{"id": "corroboration", "title": "Corroboration"}],
    }


def _corroboration_row(row: dict[str, Any], linkable: set[str]) -> dict[str, Any]:
    status = _plain_text(row.get("status", ""))
    what = _plain_text(row.get("what") or row.get("claim") or "")
    copies = [
        (_plain_text(c.get("source", "")), _plain_text(c.get("copy_of", "")))
        for c in _as_list(row.get("copies"))
        if isinstance(c, dict)
    ]
    inconsistent = [_plain_text(v) for v in _as_list(row.get("inconsistent"))]
    what = _claim_label(row) or what
    figures = _corroboration_figures(row, linkable)
    agreeing = _group_list(row.get("agreeing"), linkable)
    disagreeing = _group_list(row.get("disagreeing"), linkable)
    contradicted = status == "contradicted"
    if contradicted:  # each side names its figures: "S1: 300" against "S2: 200"
        agreeing["figures"] = _side_figures(row, row.get("agreeing"))
        disagreeing["figures"] = _side_figures(row, row.get("disagreeing"))
    return {
        "what": what[:1].upper() + what[1:],
        "figures": figures,
        "joiner": "vs" if contradicted else "and",
        "agreeing": agreeing,
        "disagreeing": disagreeing,
        "copies": "; ".join(f"{src} is a copy of {of}" for src, of in copies),
        "inconsistent": ", ".join(inconsistent),
        "status": status.replace("-", "\u2011"),  # a non-breaking hyphen: one line
        "status_class": status if status in _CORROBORATION_STATUS else "other",
    }


def _claim_label(row: dict[str, Any]) -> str:
    """What a row counts and the event, read naturally: "troops deployed"; the event is left
    out when the counted phrase already names it ("tons of oil shipments", not "tons of oil
    shipments shipped"). "" when the row has no ``counts``."""
    counts = " ".join(_plain_text(row.get("counts") or "").split())
    event = " ".join(_plain_text(row.get("event") or "").split())
    if not counts:
        return ""
    if not event or _names_event(counts, event):
        return counts
    return f"{counts} {event}"


def _names_event(counts: str, event: str) -> bool:
    """Whether the counted phrase already says the event (a cue word of the event from the
    claims lexicon, or a word sharing the event's stem: "shipments" for "shipped")."""
    from briefbook.data import load_data

    words = set(re.findall(r"[a-z]+", counts.lower()))
    cues = load_data("claims.yaml").get("events", {}).get(event, []) or []
    if any(str(c).lower() in words for c in cues if " " not in str(c)):
        return True
    stem = re.sub(r"(ped|ed|ing|s)$", "", event.lower())
    return len(stem) >= 4 and any(w.startswith(stem) for w in words)


def _side_figures(row: dict[str, Any], groups: Any) -> str:
    """The figures the given groups report, in row order: "300" or "200; 250"."""
    names = {_plain_text(g) for g in _as_list(groups) if not isinstance(g, dict)}
    out: list[str] = []
    for f in _as_list(row.get("figures")):
        if not isinstance(f, dict) or not names & {
            _plain_text(g) for g in _as_list(f.get("groups"))
        }:
            continue
        text = _plain_text(f.get("figure") if f.get("figure") is not None else "")
        text = text or _plain_value(f.get("quantity"))
        if text and text not in out:
            out.append(text)
    return "; ".join(out)


def _corroboration_figures(row: dict[str, Any], linkable: set[str]) -> list[dict[str, Any]]:
    """Distinct figures with their citations; older rows (no ``figures``) from their
    ``quantities``."""
    figures = [f for f in _as_list(row.get("figures")) if isinstance(f, dict)]
    if figures:
        out = []
        for f in figures:
            text = _plain_text(f.get("figure") if f.get("figure") is not None else "")
            cites, uncited = _linked(f.get("evidence"), linkable)
            out.append(
                {
                    "text": text or _plain_value(f.get("quantity")),
                    "cites": cites,
                    "uncited": uncited,
                }
            )
        return out
    merged: dict[str, dict[str, Any]] = {}
    for q in _as_list(row.get("quantities")):
        if not isinstance(q, dict):
            continue
        text = _plain_value(q.get("figure") or q.get("quantity"))
        entry = merged.setdefault(text, {"text": text, "evidence": []})
        entry["evidence"] += [e for e in _as_list(q.get("evidence")) if e not in entry["evidence"]]
    out = []
    for entry in merged.values():
        cites, uncited = _linked(entry["evidence"], linkable)
        out.append({"text": entry["text"], "cites": cites, "uncited": uncited})
    return out


def _group_list(value: Any, linkable: set[str]) -> dict[str, Any]:
    """Independent groups as text; a sentence id (older rows) becomes a citation link."""
    names: list[str] = []
    ids: list[str] = []
    for v in _as_list(value):
        v = _plain_text(v.get("id") or v.get("source") or "") if isinstance(v, dict) else v
        v = _plain_text(v)
        if _SENTENCE_ID.match(v):
            ids.append(v)
        elif v and v not in names:
            names.append(v)
    cites, uncited = _linked(ids, linkable)
    return {"text": ", ".join(names + uncited), "cites": cites}


def cell_text(value: Any, *, numeric: bool = False) -> dict[str, Any]:
    return {"text": _plain_text(value) if value is not None else "", "cites": [], "num": numeric}


def cell_refs(value: Any) -> dict[str, Any]:
    """Sentence ids become citation links, source ids links to the source, the rest text."""
    if value is None or value == "":
        return {"text": "\u2013", "cites": [], "num": False}
    values = value if isinstance(value, list) else [value]
    cites, words = [], []
    for v in values:
        if isinstance(v, dict):
            v = v.get("id") or v.get("source") or _plain_text(v)
        v = str(v)
        if _SENTENCE_ID.match(v):
            cites.append(cite(v))
        elif _SOURCE_ID.match(v):
            cites.append({"id": v, "anchor": source_anchor(v)})
        else:
            words.append(v)
    return {"text": ", ".join(words), "cites": cites, "num": False}


def cited_ids(b: Briefing, extra: Iterable[str] = ()) -> list[str]:
    """Every sentence id the briefing links to, in reading order of the sources."""
    a = b.assessment
    ids: set[str] = set(extra)
    for s in [*a.key_judgments, *a.indicators]:
        ids.update(s.evidence)
    for section in a.sections:
        for s in section.statements:
            ids.update(s.evidence)
    for claim in a.claims:
        ids.update(claim.evidence)
    for entity in a.entities:
        if entity.evidence:
            ids.add(sorted(entity.evidence, key=sentence_order)[0])
    for row in a.corroboration:
        for key in ("agreeing", "disagreeing", "evidence"):
            values = row.get(key) or []
            values = values if isinstance(values, list) else [values]
            ids.update(str(v) for v in values if _SENTENCE_ID.match(str(v)))
    ids.update(changes_cited_ids(a.changes))
    return sorted(ids, key=sentence_order)


def changes_cited_ids(changes: dict[str, Any] | None) -> set[str]:
    """Sentence ids of the current issue that the changes part cites: never the ids of
    dropped judgments or earlier numbers (they are the previous issue's), nor of new
    entities (listed by name only)."""
    ids: set[str] = set()
    if not isinstance(changes, dict) or changes.get("first_issue"):
        return ids
    for key, entries in changes.items():
        if key in {"dropped_judgments", "new_entities", "new_sources"} or not isinstance(
            entries, list
        ):
            continue
        for v in entries:
            if not isinstance(v, dict):
                continue
            if key == "changed_numbers":
                v = v.get("current") if isinstance(v.get("current"), dict) else {}
            ids.update(str(e) for e in _as_list(v.get("evidence")) if _SENTENCE_ID.match(str(e)))
    return ids


def sources_part(b: Briefing) -> dict[str, Any]:
    """The appendix: each source with its record and the sentences the briefing cites."""
    a = b.assessment
    by_id = {s.id: s for s in a.sentences}
    cited = cited_ids(b)
    per_source: dict[str, list[dict[str, Any]]] = {}
    for sid in cited:
        sentence = by_id.get(sid)
        per_source.setdefault(sentence.source if sentence else source_of(sid), []).append(
            {
                "id": sid,
                "anchor": anchor_for(sid),
                "text": " ".join(sentence.text.split()) if sentence else "",
                "heading": sentence.heading if sentence else None,
                "missing": sentence is None,
            }
        )
    records = []
    known = set()
    for src in a.sources:
        sid = str(src.get("id", ""))
        known.add(sid)
        records.append(_source_record(src, per_source.get(sid, [])))
    for sid in sorted(set(per_source) - known, key=lambda s: sentence_order(s + ".0")):
        records.append(_source_record({"id": sid, "title": "(source not listed)"}, per_source[sid]))
    excluded = [
        {"path": _plain_text(e.get("path", "")), "reason": _plain_text(e.get("reason", ""))}
        for e in a.excluded_sources
    ]
    return {
        "part": "sources",
        "id": "sources",
        "title": "Sources",
        "sources": records,
        "excluded": excluded,
        "toc": [{"id": "sources", "title": "Sources"}],
    }


def _source_record(src: dict[str, Any], sentences: list[dict[str, Any]]) -> dict[str, Any]:
    reliability = src.get("reliability")
    credibility = src.get("credibility")
    grade = admiralty_grade(reliability, credibility)
    grade_text = None
    if grade:
        rel = ADMIRALTY_RELIABILITY.get(reliability or "F", "")
        cred = ADMIRALTY_CREDIBILITY.get(int(credibility or 6), "")
        grade_text = f"{rel.lower()}; {cred.lower()}"
    sha = str(src.get("sha256") or "")
    return {
        "id": str(src.get("id", "")),
        "anchor": source_anchor(str(src.get("id", ""))),
        "title": _plain_text(src.get("title") or src.get("label") or src.get("path") or ""),
        "label": src.get("label"),
        "published": src.get("published"),
        "author": src.get("author"),
        "url": src.get("url"),
        "path": src.get("path"),
        "format": src.get("format"),
        "words": src.get("words"),
        "sha256": sha[:12],
        "grade": grade,
        "grade_text": grade_text,
        "sentences": sentences,
    }


def method_part(b: Briefing) -> dict[str, Any]:
    meta = b.assessment.meta
    corroboration = meta.get("corroboration") or {}
    engine = meta.get("engine")
    version = meta.get("engine_version") or meta.get("version")
    return {
        "part": "method",
        "id": "method",
        "title": "Method note",
        "engine": _plain_text(engine) if engine else "briefbook",
        "version": _plain_text(version) if version else "",
        "schema_title": _schema_title(b.schema),
        "likelihood": [
            {"term": term, "band": _band_text(term)} for term, _low, _high in LIKELIHOOD_SCALE
        ],
        "confidence": [{"level": k, "meaning": v} for k, v in CONFIDENCE_MEANING.items()],
        "rules": [
            _plain_text(text)
            for text in (
                LIKELIHOOD_RULE,
                CONFIDENCE_RULE,
                corroboration.get("confidence_rule"),
                corroboration.get("credibility_rule"),
            )
            if text
        ],
        "reliability": [{"code": k, "meaning": v} for k, v in ADMIRALTY_RELIABILITY.items()],
        "credibility": [{"code": str(k), "meaning": v} for k, v in ADMIRALTY_CREDIBILITY.items()],
        "toc": [{"id": "method", "title": "Method note"}],
    }


def heading_part(part_id: str, title: str, intro: str = "") -> dict[str, Any]:
    """A heading that groups the parts after it (tables, charts)."""
    return {
        "part": "heading",
        "id": part_id,
        "title": title,
        "intro": intro,
        "toc": [{"id": part_id, "title": title}],
    }


# ---------------------------------------------------------------------------- display


@cache
def _environment() -> Any:
    import jinja2

    from briefbook.resources import templates_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "briefing")),
        autoescape=True,
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from briefbook.render import register_filters

    register_filters(env)
    return env


@cache
def _part_template() -> Any:
    return _environment().from_string(
        '{% import "macros.html.j2" as m %}<div class="briefbook-part">'
        "{{ m.part(p, image, false) }}</div>"
    )


def render_part_html(part: dict[str, Any], image: str | None = None) -> str:
    """The part as HTML, through the macros the nbconvert template uses (autoescaped)."""
    return _part_template().render(p=part, image=image)


def bundle(part: dict[str, Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The mime bundle of a part: data for the template, HTML for JupyterLab."""
    extra = dict(extra or {})
    svg = extra.get("image/svg+xml")
    html = render_part_html(part, svg)
    return {PART_MIME: part, "text/html": html, "text/plain": _plain_summary(part), **extra}


def _plain_summary(part: dict[str, Any]) -> str:
    title = part.get("title") or part.get("meta", {}).get("title") or part["part"]
    return f"[briefbook {part['part']}] {title}"


def show(part: dict[str, Any] | None, extra: dict[str, Any] | None = None) -> None:
    """Display one part (nothing for None) as a rich output of the current cell."""
    if part is None:
        return
    from IPython.display import display as ipy_display

    ipy_display(bundle(part, extra), raw=True)


def show_cover(b: Briefing) -> None:
    show(cover_part(b))


def show_summary(b: Briefing) -> None:
    """Bottom line up front, then changes since the last issue when there are any."""
    show(bluf_part(b))
    show(changes_part(b))


def show_sections(b: Briefing) -> None:
    for part in section_parts(b):
        show(part)
    show(indicators_part(b))


def show_corroboration(b: Briefing) -> None:
    show(corroboration_part(b))


def show_appendix(b: Briefing) -> None:
    show(sources_part(b))
    show(method_part(b))


def briefing_parts(b: Briefing) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every part of the briefing in reading order, with its extra mime data (charts)."""
    from briefbook import charts, tables

    parts: list[dict[str, Any] | None] = [
        cover_part(b),
        bluf_part(b),
        changes_part(b),
        *section_parts(b),
        indicators_part(b),
        corroboration_part(b),
        tables.entities_part(b),
        tables.claims_part(b),
    ]
    done = [(p, {}) for p in parts if p is not None]
    done.append((heading_part("charts", "Charts"), {}))
    done += charts.chart_parts(b)
    done += [(sources_part(b), {}), (method_part(b), {})]
    return done
