"""A weekday without "on" (wire style) counts from its source's day, as "on Monday" does:
a statement quoting it from a report of another day shows that report's date."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from briefbook.model import Statement
from briefbook.presentation.parts import as_of_dates


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
    b = SimpleNamespace(
        date="2026-03-10",
        assessment=SimpleNamespace(sources=[{"id": "S1", "published": "2026-03-04"}]),
    )
    shown = as_of_dates(b)  # type: ignore[arg-type]
    assert shown(Statement(text=text, evidence=["S1.1"])) == as_of
