"""The documents of an issue: each source dated (params, its own metadata, or the file's
modification time), those in the issue's window kept and renumbered, the rest excluded with a
reason.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefbook.config.window import Window, parse_window, to_date
from briefbook.model import (
    Document,
)

# ---------------------------------------------------------------------------
# selecting the documents of an issue


def document_date(doc: Document, base: Path | None = None) -> tuple[dt.date | None, str | None]:
    """The date of a source and where it came from: its metadata or params, else its file's
    modification time (local date, origin ``mtime``; a relative ``doc.path`` is read from
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
    try:  # a local date, as the issue date is
        return dt.datetime.fromtimestamp(stamp).date(), "mtime"
    except (OverflowError, OSError, ValueError):
        return None, None


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
