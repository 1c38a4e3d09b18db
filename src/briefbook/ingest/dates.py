"""Dates found in sources read as ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date


def iso_date(value: str, *, strict: bool = False) -> str | None:
    """A date string to ``YYYY-MM-DD``, or None. ``strict``: day, month and year required."""
    value = (value or "").strip()
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    if not re.search(r"\d{4}", value) or len(value) > 60:
        return None
    if strict and len(re.findall(r"[A-Za-z]+", value)) > 4:
        return None
    import dateparser

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month", "year"] if strict else ["year"],
    }
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None
