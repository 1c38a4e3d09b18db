"""The claims table's ``value`` of a vague amount is the low end of the interval the claim is
read as (CLAIMS.md: "dozens" 24-99, "thousands" 2000-9999; data/numbers.yaml ``vague``), never
the number its word names ("scores of people" is no 20 people)."""

from __future__ import annotations

import pytest

from builders import claim_table_rows


def _values(text: str) -> list[tuple[str, float]]:
    return [(r["quantity"], r["value"]) for r in claim_table_rows(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The square was busy on Sunday with scores of shoppers at the stalls.", 40),
        ("Dozens of fishermen were detained at the harbour.", 24),
        ("Thousands of villagers fled the valley.", 2000),
    ],
)
def test_a_vague_amount_is_valued_at_the_low_end_of_its_interval(text, value):
    assert [v for _, v in _values(text)] == [value]


def test_a_stated_number_keeps_its_value():
    assert _values("The raid killed more than 20 people and 7 soldiers.") == [
        ("more than 20", 20),
        ("7", 7),
    ]
