"""Small pieces every part uses: citation anchors, statements as template data, marking
classes, date spans, short titles, table cells and the ids a briefing cites.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from briefbook.ids import sentence_key  # noqa: F401 - parts reads it from here
from briefbook.model import Statement, known_published
from briefbook.presentation.briefing import Briefing  # noqa: F401
from briefbook.tradecraft import (
    likelihood_band,
)

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

# ---------------------------------------------------------------------------- helpers


def anchor_for(sentence_id: str) -> str:
    """HTML id of a cited sentence in the appendix: ``S1.4`` -> ``src-S1-4``."""
    return "src-" + re.sub(r"[^A-Za-z0-9_-]", "-", str(sentence_id))


def source_anchor(source_id: str) -> str:
    return "source-" + re.sub(r"[^A-Za-z0-9_-]", "-", str(source_id))


def marking_class(classification: str) -> str:
    """CSS class suffix of a marking's banner colour (from a fixed list, never the text)."""
    upper = classification.upper()
    for word, css in MARKING_CLASSES:
        if upper.startswith(word):
            return css
    return "other"


def cite(sentence_id: str) -> dict[str, str]:
    return {"id": str(sentence_id), "anchor": anchor_for(sentence_id)}


def statement_data(statement: Statement, as_of: str | None = None) -> dict[str, Any]:
    """A statement as template data: body, final punctuation, likelihood, confidence, cites.
    ``as_of``: the date its relative times count from ("this week" in a source of another
    day than the issue's, see :func:`briefbook.presentation.parts.as_of_dates`); shown
    only when the statement is not already marked as dated."""
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
        "dated": statement.dated,
        "marked": getattr(statement, "marked", None),
        "as_of": None if statement.dated else as_of,
        "cites": [cite(e) for e in statement.evidence],
        "drafted": bool(statement.drafted),
        "analyst": bool(getattr(statement, "analyst", False)),
        "unsupported": [str(w) for w in getattr(statement, "unsupported", None) or []],
    }


def _split_stop(text: str) -> tuple[str, str]:
    """The text without its final . ! or ?, and that mark ("." when the text has none; none
    after a final colon or semicolon, which the source wrote: "... the plan:" never ":.")."""
    if text and text[-1] in ".!?":
        return text[:-1], text[-1]
    if text and text[-1] in ":;":
        return text, ""
    if text and not _CLOSED.search(text):
        return text, "."
    return text, ""


def _band_text(term: str) -> str:
    """``55\u201380%``: the ICD 203 probability band of a likelihood term."""
    low, high = likelihood_band(term)
    return f"{low:02d}\u2013{high:02d}%"


@cache
def _schema_title(name: str) -> str:
    from briefbook.config.outline import load_schema
    from briefbook.errors import SchemaError

    try:
        return load_schema(name).title
    except SchemaError:  # an unknown or custom schema still renders, under its name
        return name


def date_span(sources: Iterable[dict[str, Any]]) -> tuple[str, str] | None:
    """(first, last) publication date of the dated ``sources`` (source records); None when
    none is dated (a file's modification time is no date: :func:`known_published`)."""
    dates = sorted(str(d) for s in sources if (d := known_published(s)))
    if not dates:
        return None
    return dates[0], dates[-1]


def short_title(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


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


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, dict):
        return [{"text": f"{k}: {_plain_value(v)}"} for k, v in value.items()]
    return [value]


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


def stale_note(assessment: Any) -> str:
    """What the freshness limit did, for the reader (round revB26): how many sources, and
    which, were published before it, that their statements never lead and are marked dated,
    which of them the briefing shows nothing of, and the setting that moves the limit
    (``stale_days``, or the params' ``window`` when the issue has one). "" when no source
    is that old (``assessment.meta["dated_sources"]``, set by
    :func:`briefbook.assessment.build.assess_documents`)."""
    record = (getattr(assessment, "meta", None) or {}).get("dated_sources") or {}
    old = [s for s in record.get("sources") or [] if isinstance(s, dict) and s.get("id")]
    if not old:
        return ""
    shown: set[str] = set()
    statements = list(assessment.key_judgments) + list(assessment.indicators)
    for section in assessment.sections:
        statements += list(section.statements) + list(section.evidence_to_weigh or [])
    for st in statements:
        shown.update(str(e).split(".")[0] for e in st.evidence)
    listed = ", ".join(f"{s['id']} ({s.get('published')})" for s in old)
    total = len(assessment.sources)
    many = len(old) > 1
    if record.get("by") == "window":
        limit = f"the first day of the issue's window, {record.get('limit')}"
        setting = "widen the params key window"
    else:
        limit = (
            f"{record.get('limit')}, {record.get('stale_days')} days before the issue date "
            "(the freshness limit)"
        )
        setting = "raise the params key stale_days (briefbook assess --stale-days)"
    note = (
        f"{len(old)} of {total} source{'s' if total != 1 else ''} "
        f"{'were' if many else 'was'} published before {limit}: {listed}. "
        f"{'Their' if many else 'Its'} statements never lead and are marked as dated "
        "(reported on their date)"
    )
    hidden = [s["id"] for s in old if s["id"] not in shown]
    if hidden:
        note += (
            f"; {len(hidden)} of them ({', '.join(hidden)}) "
            f"{'have' if len(hidden) > 1 else 'has'} no statement in this briefing"
        )
    return note + f". To treat older reporting as current, {setting}."
