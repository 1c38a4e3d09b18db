"""Situation domains of naval reports in a new-analyst trial on exercises at sea (invented
sentences of the same shapes; no third-party text): warships named in the plural or by
their class ("over 10 warships had entered the zone", "frigates", "naval vessels") are a
military report, never ungrouped. Near misses: merchant ships stay economic, and "submarine
cables" name no warship."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import domain_of


@pytest.mark.parametrize(
    "text",
    [
        "A senior Ostmarin security official told reporters that over 10 Vendran warships "
        "had entered the Ostmarin response zone by Tuesday morning.",
        "Six frigates and two destroyers sailed through the strait on Monday.",
        "Four naval vessels shadowed the ferry.",
        "Ten submarines were seen near the coast.",
    ],
)
def test_warships_are_a_military_report(text: str) -> None:
    assert domain_of(text) == "military"


def test_near_miss_merchant_ships_and_cables_are_no_warships() -> None:
    assert domain_of("Three tankers entered the port on Monday.") == "economic"
    assert domain_of("Two submarine cables were cut near the island.") is None
