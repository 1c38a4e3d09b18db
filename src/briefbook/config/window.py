"""Periods of a series issue: ``7d``, ``2w``, ``1m`` or explicit dates.

A low floor (it knows only ``errors``): params validation and the series module both
read windows through :func:`parse_window`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from briefbook.errors import ParamsError

__all__ = ["WINDOW_HINT", "Window", "parse_window", "to_date"]

WINDOW_HINT = (
    "write a period such as 7d, 2w or 1m, or a mapping {since: YYYY-MM-DD, until: YYYY-MM-DD}"
)


_PERIOD_RE = re.compile(
    r"^\s*(\d+)\s*(d|day|days|w|wk|week|weeks|m|mo|month|months)\s*$", re.IGNORECASE
)
_RANGE_RE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})?\s*\.\.\s*(\d{4}-\d{2}-\d{2})?\s*$")


@dataclass(frozen=True)
class Window:
    """The period of an issue: the last ``days`` or ``months`` up to the issue date, or dates.

    ``7d`` is the issue date and the six days before it (seven calendar days), so weekly
    issues dated a week apart neither overlap nor leave gaps; ``1m`` starts the day after
    the same date one month earlier. ``since``/``until`` are inclusive; ``until`` defaults
    to the issue date.
    """

    days: int | None = None
    months: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str = ""

    def bounds(self, today: dt.date) -> tuple[dt.date | None, dt.date]:
        """Inclusive ``(start, end)``; start None means no lower bound."""
        end = self.until or today
        if self.days is not None:
            return end - dt.timedelta(days=self.days - 1), end
        if self.months is not None:
            return _add_months(end, -self.months) + dt.timedelta(days=1), end
        return self.since, end

    def label(self, today: dt.date) -> str:
        start, end = self.bounds(today)
        return f"{start.isoformat() if start else '...'}..{end.isoformat()}"

    def to_dict(self) -> dict[str, Any]:
        return {
            k: (v.isoformat() if isinstance(v, dt.date) else v)
            for k, v in (
                ("days", self.days),
                ("months", self.months),
                ("since", self.since),
                ("until", self.until),
                ("text", self.text),
            )
            if v is not None and v != ""
        }


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(d, day.day))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - day 28 always exists


def to_date(value: Any, key: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ParamsError(
            f"window {key} must be a date YYYY-MM-DD, got {value!r}", key="window", hint=WINDOW_HINT
        ) from None


def parse_window(value: Window | str | dict[str, Any] | int | None) -> Window | None:
    """``"7d"``, ``"2w"``, ``"1m"``, ``{"since": ...}``, ``{"since": ..., "until": ...}``,
    ``"2024-12-01..2024-12-16"`` -> Window; None or ``""`` -> None (no window).
    Anything else raises ParamsError(key="window")."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, Window):
        return value
    if isinstance(value, bool):
        raise ParamsError(f"window must be a period, got {value!r}", key="window", hint=WINDOW_HINT)
    if isinstance(value, int):
        if value <= 0:
            raise ParamsError(
                f"window must be a positive number of days, got {value}",
                key="window",
                hint=WINDOW_HINT,
            )
        return Window(days=value, text=f"{value}d")
    if isinstance(value, str):
        m = _PERIOD_RE.match(value)
        if m:
            n, unit = int(m.group(1)), m.group(2).lower()
            if n <= 0:
                raise ParamsError(
                    f"window {value!r} must be a positive period", key="window", hint=WINDOW_HINT
                )
            text = value.strip()
            if unit.startswith("d"):
                return Window(days=n, text=text)
            if unit.startswith("w"):
                return Window(days=7 * n, text=text)
            return Window(months=n, text=text)
        m = _RANGE_RE.match(value)
        if m and (m.group(1) or m.group(2)):
            return _date_window(m.group(1), m.group(2), value.strip())
        raise ParamsError(f"window {value!r} is not a period", key="window", hint=WINDOW_HINT)
    if isinstance(value, dict):
        unknown = sorted(str(k) for k in value if k not in ("since", "until"))
        if unknown:
            raise ParamsError(
                f"window has unknown key(s) {', '.join(unknown)}", key="window", hint=WINDOW_HINT
            )
        if value.get("since") is None and value.get("until") is None:
            raise ParamsError("window mapping needs 'since'", key="window", hint=WINDOW_HINT)
        return _date_window(value.get("since"), value.get("until"), "")
    raise ParamsError(
        f"window must be a string or a mapping, got {type(value).__name__}",
        key="window",
        hint=WINDOW_HINT,
    )


def _date_window(since: Any, until: Any, text: str) -> Window:
    start = to_date(since, "since") if since is not None else None
    end = to_date(until, "until") if until is not None else None
    if start and end and start > end:
        raise ParamsError(
            f"window since {start} is after until {end}", key="window", hint=WINDOW_HINT
        )
    return Window(since=start, until=end, text=text)
