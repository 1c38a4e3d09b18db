"""Event kinds found among round 7's held-out errors, one invented sentence or two each (no
third-party text): people "neutralised" or "eliminated" were killed (a drone neutralised is
intercepted), and "Among the dead were N X deployed there" counts dead, not deployed."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _events(text: str) -> dict[str, str | None]:
    return {c.text: c.event for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "counted", "event"),
    [
        ("At least 20 terrorists were neutralised in the counter-attack.", "20", "killed"),
        ('The army said 14 suspected jihadists were "neutralised" at dawn.', "14", "killed"),
        ("Troops eliminated nine gunmen near the border.", "nine", "killed"),
        ("Air defence neutralised 12 drones over the city.", "12", "intercepted"),
        ("Among the dead were four policemen deployed to guard the bank.", "four", "killed"),
        ("Among the injured are two nurses sent to the front.", "two", "wounded"),
    ],
)
def test_event_of_people_by_what_happened_to_them(text: str, counted: str, event: str) -> None:
    found = _events(text)
    match = [e for span, e in found.items() if counted in span]
    assert match == [event], found


def test_verb_after_a_list_of_coordinated_nouns() -> None:
    found = _events(
        "Across the province hundreds of farmers, teachers and police have been killed since 2019."
    )
    assert [e for span, e in found.items() if "hundreds" in span] == ["killed"], found


def test_people_forced_from_their_homes_after_a_killing_verb() -> None:
    found = _events(
        "Raiders have hit the valley since 2020, killing 90 people and forcing thousands from "
        "their homes."
    )
    assert [e for span, e in found.items() if "thousands" in span] == ["displaced"], found
    assert [e for span, e in found.items() if "90" in span] == ["killed"], found
