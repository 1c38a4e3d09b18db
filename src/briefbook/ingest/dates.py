"""The one place a source gets its date.

Precedence, first found wins (the origin is recorded as ``Document.date_origin`` and in the
manifest):

1. ``params`` -- the source's ``published`` in the params file;
2. ``header`` -- front matter (``published``/``date``) or a ``Published:``/``Date:`` header
   line at the top of a text file;
3. ``metadata`` -- reliable metadata: ``article:published_time`` and similar ``<meta>``
   tags, JSON-LD ``datePublished``, PDF/DOCX document properties (library template dates
   such as python-docx's 2013-12-23 are ignored);
4. ``dateline`` -- a date standing alone on a line at the top of the text ("12 March 2025",
   "Posted on ...");
5. ``mtime`` -- the file's modification time, as a date in the LOCAL time zone (the issue
   date is a local date too).

Never from a script, a cookie banner or the body's narrative. Ambiguous numeric dates
("12/11/2024") are read by one rule, ``date_order``: ``dmy`` (day first) unless set
otherwise or the environment's locale is a US one (``*_US``), then ``mdy``. A date after the
issue date is kept and warned.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import os
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefbook.ingest.blocks import Parsed
    from briefbook.model import Document

__all__ = [
    "DATE_ORIGINS",
    "date_order_rule",
    "date_rules",
    "default_date_order",
    "iso_date",
    "settle_date",
]

#: Origins in order of precedence (``params`` first, ``mtime`` last).
DATE_ORIGINS = ("params", "header", "metadata", "dateline", "mtime")
DATE_ORDERS = ("dmy", "mdy")

_ORDER: contextvars.ContextVar[str | None] = contextvars.ContextVar("date_order", default=None)
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")


def default_date_order() -> str:
    """``mdy`` when the environment's locale (LC_ALL, LC_TIME, LANG) is a US one, else ``dmy``."""
    for var in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(var)
        if value:
            return "mdy" if re.match(r"^[a-z]{2,3}_US\b", value) else "dmy"
    return "dmy"


def date_order_rule(order: str | None = None) -> str:
    """The rule used, as the manifest states it: ``"dmy (day first)"`` or ``"mdy ..."``."""
    order = _check_order(order or _ORDER.get() or default_date_order())
    return f"{order} ({'day' if order == 'dmy' else 'month'} first for ambiguous numeric dates)"


@contextlib.contextmanager
def date_rules(order: str | None) -> Iterator[None]:
    """Within the block, :func:`iso_date` reads ambiguous numeric dates by ``order``."""
    token = _ORDER.set(_check_order(order) if order else None)
    try:
        yield
    finally:
        _ORDER.reset(token)


def _check_order(order: str) -> str:
    order = order.strip().lower()
    if order not in DATE_ORDERS:
        from briefbook.errors import InputError

        raise InputError(f"date_order must be one of {', '.join(DATE_ORDERS)}, not {order!r}")
    return order


def iso_date(value: str, *, strict: bool = False, order: str | None = None) -> str | None:
    """A date string to ``YYYY-MM-DD``, or None. ``strict``: day, month and year required.

    ISO dates are read as such; a numeric date with two fields of at most 12 is read by
    ``order`` (else the current :func:`date_rules`, else :func:`default_date_order`).
    """
    value = (value or "").strip()
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if not re.search(r"\d{4}", value) or len(value) > 60:
        return None
    rule = _check_order(order or _ORDER.get() or default_date_order())
    m = _NUMERIC.match(value)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = (a, b) if rule == "dmy" else (b, a)
        if month > 12 and day <= 12:
            day, month = month, day  # unambiguous: one field cannot be a month
        return _safe_date(year, month, day)
    if strict and len(re.findall(r"[A-Za-z]+", value)) > 4:
        return None
    import dateparser

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month", "year"] if strict else ["year"],
        "DATE_ORDER": rule.upper(),
    }
    try:
        parsed = dateparser.parse(value, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def local_file_date(mtime: float) -> dt.date | None:
    """A file time (seconds since the epoch) as a date in the local time zone."""
    try:
        return dt.datetime.fromtimestamp(mtime).date()
    except (OverflowError, OSError, ValueError):
        return None


def settle_date(
    doc: Document,
    parsed: Parsed,
    *,
    params_published: str | None = None,
    mtime: float | None = None,
    issue_date: dt.date | None = None,
    date_order: str | None = None,
) -> None:
    """Set ``doc.published`` and ``doc.date_origin`` by the precedence above; warn (in
    ``doc.warnings``) for a params date that cannot be read and a date after ``issue_date``."""
    published: str | None = None
    origin: str | None = None
    if params_published:
        published = iso_date(str(params_published), order=date_order)
        if published:
            origin = "params"
        else:
            doc.warnings.append(
                f"params 'published' {str(params_published)[:40]!r} is not a date: ignored"
            )
    if published is None:
        for candidate in DATE_ORIGINS[1:-1]:
            if parsed.dates.get(candidate):
                published, origin = parsed.dates[candidate], candidate
                break
    if published is None and mtime is not None:
        day = local_file_date(mtime)
        if day is not None:
            published, origin = day.isoformat(), "mtime"
    doc.published = published
    doc.date_origin = origin
    if published and issue_date is not None and published > issue_date.isoformat():
        if origin == "mtime":
            # a file's modification time is no date of the report (README): say so, and how
            # to date it, rather than calling the source dated
            doc.warnings.append(
                f"undated: its file time {published} is after the issue date "
                f"{issue_date.isoformat()} (give it a 'published' date in the params)"
            )
        else:
            doc.warnings.append(
                f"dated {published} ({origin}), after the issue date {issue_date.isoformat()}"
            )
