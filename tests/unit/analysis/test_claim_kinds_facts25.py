"""Claim kinds misread in last session's trials on real sources (round facts25; invented
sentences of the same shapes, no third-party text).

Aircraft and warships counted under a verb of delivery ("Two B-2 bombers dropped 12 GBU-57
bombs", "four jets fired 20 missiles", "the bombs were dropped by seven bombers") deliver
the munitions: they were sent (deployed), and what they dropped or fired is what was
launched. Near misses: the munitions keep "launched", drones (munitions themselves) keep it
as subjects too, aircraft shot down stay destroyed, and soldiers or fighters keep their own
events.

A figure grouped in thousands before a hyphened unit is a modifier of the counted thing
("two 30,000-pound bombs": two bombs, not nothing); a grouped figure alone still counts
("30,000 troops"). A weapon's weight in pounds joined by a hyphen ("a 30,000-pound bomb") is
a measure, as "a 2,000-kilogram warhead" is; "50 million pounds" stays money.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _rows(text: str) -> list[tuple[object, str, str | None]]:
    return [(c.quantity, c.counts, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("text", "platform", "munition"),
    [
        (
            "Two B-2 bombers dropped 12 GBU-57 bombs on the Kelvo site.",
            (2, "B-2 bombers"),
            (12, "GBU-57 bombs"),
        ),
        ("Four jets fired 20 missiles at the Amra air base.", (4, "jets"), (20, "missiles")),
        (
            "Two Dorvian warships fired 30 cruise missiles at the port.",
            (2, "Dorvian warships"),
            (30, "cruise missiles"),
        ),
        (
            "Three fighter jets later dropped six bombs on the town.",
            (3, "fighter jets"),
            (6, "bombs"),
        ),
    ],
)
def test_aircraft_that_deliver_munitions_were_deployed(
    text: str, platform: tuple[int, str], munition: tuple[int, str]
) -> None:
    rows = _rows(text)
    assert (*platform, "deployed") in rows, rows
    assert (*munition, "launched") in rows, rows


def test_a_passive_delivery_by_aircraft_deploys_them() -> None:
    rows = _rows("The bombs were dropped by seven B-2 bombers, officials said.")
    assert rows == [(7, "B-2 bombers", "deployed")], rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The United States dropped two GBU-57 bombs on Fordo.", (2, "GBU-57 bombs", "launched")),
        ("Russia launched 40 drones at Ostra overnight.", (40, "drones", "launched")),
        ("Two drones dropped grenades on the trench.", (2, "drones", "launched")),
        ("Air defences shot down four jets over Amra.", (4, "jets", "destroyed")),
        ("Militants fired 40 rockets at the town.", (40, "rockets", "launched")),
    ],
)
def test_near_misses_keep_their_events(text: str, row: tuple[int, str, str]) -> None:
    assert row in _rows(text), _rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The bombers dropped two 30,000-pound bombs on the site.",
            (2, "30,000-pound bombs", "launched"),
        ),
        (
            "B-2s dropped two 30,000-pound GBU-57 bunker busters on Kelvo.",
            (2, "30,000-pound GBU-57 bunker busters", "launched"),
        ),
    ],
)
def test_a_grouped_weight_before_the_munition_is_its_modifier(
    text: str, row: tuple[int, str, str]
) -> None:
    assert row in _rows(text), _rows(text)


def test_near_miss_a_grouped_figure_alone_still_counts() -> None:
    assert (30000, "troops", "deployed") in _rows("Kelvo sent 30,000 troops to the border.")
    assert (1000, "shells", "launched") in _rows("The army fired 1,000 shells at Amra.")


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("The GBU-57 is a 30,000-pound bomb built to destroy bunkers.", 30000),
        ("Each jet carried a 500-pound bomb.", 500),
        ("Jets dropped two 2,000-lb bombs on the depot.", 2000),
    ],
)
def test_a_weapons_weight_in_pounds_is_a_measure(text: str, weight: int) -> None:
    found = [(c.quantity, c.unit, c.event) for c in find_claims(text, "S1.1")]
    assert (weight, "lb", "other") in found, found


def test_near_miss_pounds_after_a_figure_stay_money() -> None:
    found = [(c.unit, c.event) for c in find_claims("The fund paid 50 million pounds.", "S1.1")]
    assert found and all(unit != "lb" for unit, _ in found), found
