"""Counts that name the two sides of a rift or a war are no claims (CLAIMS.md: party-identifying
counts): "a rupture between two former allies", "a conflict between two of Africa's largest
military forces" came out as claims ("2 former allies"; "2 ... forces | deployed") in a
new-analyst trial (round trialB27; invented sentences of the same shapes). Near misses: a
range after "between", forces counted as sent, and allies counted as a figure stay claims."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _claims(text: str) -> list[str]:
    return [c.text for c in find_claims(text, "S1.1", published="2026-03-10")]


@pytest.mark.parametrize(
    "text",
    [
        "The accusations mark a major rupture between two former allies.",
        "A renewed conflict between two of the region's largest military forces would end "
        "the accord.",
        "Trade between two close partners fell sharply last year.",
    ],
)
def test_the_parties_of_a_rift_or_a_war_are_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Between 200 and 300 forces were deployed to the border on Monday.", "300"),
        ("The army deployed 40 forces to the town.", "40"),
        ("Twelve allies pledged troops to the mission on Friday.", "Twelve"),
    ],
)
def test_counts_of_forces_or_allies_stay_claims(text: str, stated: str) -> None:
    assert any(stated in c for c in _claims(text))
