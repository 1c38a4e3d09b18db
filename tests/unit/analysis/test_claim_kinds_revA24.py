"""Claims, review revA24 (invented sentences): people in a state of harm after an attendance
cue ("a ward packed with 300 wounded people", "a clinic filled with 40 badly injured
civilians") are casualties, not the size of an occasion; near misses: "attended by 5,000
mourners" and "a hall packed with 2,000 fans" stay sizes."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _events(text: str) -> dict[object, str | None]:
    return {c.quantity: c.event for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "value", "event"),
    [
        ("The Velk hospital was packed with 300 wounded people on Sunday.", 300, "wounded"),
        ("The clinic in Orsk was filled with 40 badly injured civilians.", 40, "wounded"),
    ],
)
def test_harmed_people_after_an_attendance_cue_are_casualties(
    text: str, value: int, event: str
) -> None:
    assert _events(text)[value] == event, _events(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The funeral in Velk, attended by 5,000 mourners, passed off peacefully.", 5000),
        ("The stadium in Orsk was packed with 2,000 fans when the drone struck.", 2000),
    ],
)
def test_near_miss_people_present_stay_a_size(text: str, value: int) -> None:
    assert _events(text)[value] == "other", _events(text)
