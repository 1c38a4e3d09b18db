"""The "Changes since <previous issue>" part: an analyst's summary of ``assessment.changes``
(counts, new and dropped judgments, moved grades, changed numbers with both citations).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefbook.analysis.events import OTHER as OTHER_EVENT
from briefbook.analysis.events import event_of
from briefbook.ids import source_of
from briefbook.presentation.appendix import at_scale, cited_ids
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.cites import (
    _SENTENCE_ID,
    _as_list,
    _band_text,
    _plain_text,
    _plain_value,
    _split_stop,
    cite,
    source_anchor,
)

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
    if at_scale(b):  # a new source links to the appendix only when the appendix lists it
        listed = {source_of(i) for i in linkable}
        records = {k: v for k, v in records.items() if k in listed}
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
    """A new claim as a line: its figure and what it counts, then the event it tells ("at
    least 40 people killed"); an event the line already names ("2,000 casualties", or by a
    cue of it: "1,200 deaths", "40 dead" for killed) or no event of its own ("other") adds
    no word."""
    side = _claim_side(value, linkable)
    side["text"] = side["text"] or " ".join(
        x for x in (side["quantity"], _text_of(value, "counts")) if x
    )
    event = _text_of(value, "event")
    shown = {w.strip(".,;:()").lower() for w in side["text"].split()}
    named = event.lower() in shown or any(event_of(w) == event for w in shown)
    side["event"] = "" if event in ("", OTHER_EVENT) or named else event
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
