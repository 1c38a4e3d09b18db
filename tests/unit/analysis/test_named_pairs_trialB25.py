"""Two small numbers glued by a hyphen after an article and before a singular word that is no
unit name a thing or a score ("a 7-11 convenience store", "the 3-2 vote"), never a range of a
count (round trialB25: "7-11 convenience store inside ... killed" was a claim). Invented
sentences."""

from __future__ import annotations

import pytest

from briefbook.analysis.numbers import find_quantities


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired on a 7-11 convenience store inside a petrol station in Kelvo.",
        "The council passed the measure in a 3-2 vote on Friday.",
        "The ministry runs a 24-7 hotline for families in Ostra.",
        "Rockets struck the 7-11 shop beside the Ostra market.",
    ],
)
def test_a_named_pair_is_no_quantity(text) -> None:
    assert [q.stated for q in find_quantities(text)] == []


def test_the_counts_beside_a_named_pair_stay() -> None:
    text = "Seven people, including two pupils, were killed at a 7-11 store in Kelvo."
    assert [q.stated for q in find_quantities(text)] == ["Seven", "two"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Rebels killed 12-15 soldiers near Ostra.", 12, 15),
        ("Officials said 20-30 people died in the blast at Kelvo.", 20, 30),
        ("It was a 10-15 minute walk from the depot.", 10, 15),
        ("Prices saw a 5-10 percent rise in Ostra.", 5, 10),
        ("The 12-15 soldiers killed were buried on Friday.", 12, 15),
        ("A 3-4 day journey brought the convoy to Ostra.", 3, 4),
        ("A 2-3 metre wall surrounds the depot.", 2, 3),
    ],
)
def test_a_range_of_a_plural_or_a_unit_stays_a_range(text, low, high) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high) == (low, high)
