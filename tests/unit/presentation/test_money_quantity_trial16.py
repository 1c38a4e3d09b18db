"""A sum of money in the claims table keeps its currency (seen in a new-analyst trial on a
blockade of a capital: a ransom shown as a bare "50,000,000"; invented sentences)."""

from __future__ import annotations

from builders import claim_table_rows


def _quantities(text: str) -> list[str]:
    return [r["quantity"] for r in claim_table_rows(text)]


def test_a_sum_of_money_names_its_currency() -> None:
    quantities = _quantities(
        "The group funds itself through kidnappings, including a $20 million ransom payout."
    )
    assert quantities == ["20,000,000 US dollars"]


def test_a_count_has_no_currency() -> None:
    assert _quantities("Rebels burned at least 30 lorries on the border road.") == ["at least 30"]
