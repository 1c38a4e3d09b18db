"""One fuel station named as the site of an event is no economic cue (round trial21), but fuel
stations in the plural are the trade (review revE19: "Long queues formed at gas stations as
fuel ran short" had lost its economic reading, "Prices at gas stations doubled after the
strike on the refinery" read as military)."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import domain_of


@pytest.mark.parametrize(
    "text",
    [
        "Long queues formed at gas stations in Vendra as fuel ran short.",
        "Prices at gas stations doubled after the strike on the Ostvik refinery.",
    ],
)
def test_fuel_stations_in_the_plural_are_the_trade(text: str) -> None:
    assert domain_of(text) == "economic"


def test_near_miss_one_station_as_the_site_is_no_economic_cue() -> None:
    text = "A car bomb exploded at a petrol station in Ostvik, killing 12, police said."
    assert domain_of(text) != "economic"
