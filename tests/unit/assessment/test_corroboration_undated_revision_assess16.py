"""A toll told with one figure on a known day and again by an undated report (trial 15's run
crashed here: the (figure, day) keys of a row were ordered, and a day of None cannot be
compared with a date). Every claim here is invented."""

from __future__ import annotations

from briefbook.analysis.claims import find_claims
from briefbook.assessment.corroboration import _Item, _revision


def _item(text: str, source: str, published: str | None, interval: tuple[float, float]) -> _Item:
    (claim,) = [c for c in find_claims(text, f"{source}.1") if c.event == "killed"]
    return _Item(
        claim=claim,
        source=source,
        group=source,
        origin=source,
        interval=interval,
        figure=str(claim.quantity),
        first=f"{source}.1",
        published=published,
    )


def test_one_figure_on_a_known_day_and_on_no_day_is_no_crash() -> None:
    items = [
        _item("The strike killed 11 people.", "S1", "2026-05-06", (11.0, 11.0)),
        _item("The strike killed 11 people.", "S2", None, (11.0, 11.0)),
        _item("The strike killed 14 people.", "S3", "2026-05-08", (14.0, 14.0)),
    ]
    # 11 on no day against 14: two figures at once, no revision (and no TypeError)
    assert _revision(items, "killed") is False
