"""A weekday without "on" (wire style) counts from its source's day, as "on Monday" does:
a statement quoting it from a report of another day shows that report's date."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from briefbook.model import Statement
from briefbook.presentation.parts import as_of_dates


def _as_of(text: str) -> str | None:
    """The date shown beside ``text`` quoted from a report of 2026-03-04 in an issue of
    2026-03-10."""
    b = SimpleNamespace(
        date="2026-03-10",
        assessment=SimpleNamespace(sources=[{"id": "S1", "published": "2026-03-04"}]),
    )
    shown = as_of_dates(b)  # type: ignore[arg-type]
    return shown(Statement(text=text, evidence=["S1.1"]))


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Rebels fired two missiles without effect Tuesday at a tanker.", "2026-03-04"),
        ("Thursday's attack was the third on the port.", "2026-03-04"),
        ("The navy said Friday that the frigate was unharmed.", "2026-03-04"),
        # a weekday with its calendar date dates itself
        ("Rebels fired two missiles Tuesday, March 3, at a tanker.", None),
        ("The rebels fired two missiles at a tanker.", None),
    ],
)
def test_a_bare_weekday_shows_its_sources_date(text: str, as_of: str | None) -> None:
    assert _as_of(text) == as_of


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # a weekday inside a name or a habit names no day
        ("The Easter Monday Accord of 2004 still binds both parties.", None),
        ("Black Tuesday is still remembered in the port.", None),
        ("Since Black Tuesday the port has been quiet.", None),
        ("Traders gather at the Saturday market in Tarn.", None),
        ("Clashes broke out after Friday prayers in the old town.", None),
        ("Marches are held each Saturday in the capital.", None),
        # a day it still is
        ("Late Tuesday, rebels fired two missiles at a tanker.", "2026-03-04"),
        ("Clashes broke out on Friday night in the old town.", "2026-03-04"),
        ("Last Saturday's march drew thousands.", "2026-03-04"),
    ],
)
def test_a_weekday_in_a_name_or_a_habit_is_no_relative_time(text: str, as_of: str | None) -> None:
    assert _as_of(text) == as_of
