"""Confirmers that are a vague plural group name nobody (invented reports, no third-party
text): "Dorvian and Kestan officials confirmed the truce" gives one well-graded outlet no
second origin, so its news never reaches high confidence on that alone; two named bodies
confirming it still count as two origins."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.corroboration import apply_corroboration
from briefbook.assessment.signals import confirmers
from briefbook.ingest import SourceSpec, load_documents

TRUCE = """Dorvia and Kestan agree truce after border clashes

Dorvia and Kestan agreed to a full ceasefire along their disputed border on Saturday after four days of artillery duels.

The truce took effect at midnight, and shelling across the river stopped within the hour.

{confirmation}

Traders began to reopen stalls in the border market.
"""
PRICES = """Freight rates climb in the strait

Freight rates for grain through the Vell strait rose by a fifth this week, brokers said.

Insurers have raised war-risk premiums for ships calling at Vell.
"""


@pytest.mark.parametrize(
    "text",
    [
        "Dorvian and Kestan officials confirmed the truce on Sunday.",
        "The truce was confirmed by Dorvian and Kestan officials on Sunday.",
        "Western diplomatic sources confirmed the truce.",
    ],
)
def test_a_vague_plural_group_is_no_confirmer(text: str) -> None:
    assert confirmers(text) == []


def test_named_bodies_and_officials_of_a_named_body_still_confirm() -> None:
    assert confirmers(
        "The truce was confirmed by the Dorvian foreign ministry and the Kestan army."
    ) == [
        "the Dorvian foreign ministry",
        "the Kestan army",
    ]
    assert confirmers("The truce was confirmed by officials of the Kestan army.") == [
        "officials of the Kestan army"
    ]


def _truce_confidence(tmp_path: Path, confirmation: str) -> set[str | None]:
    (tmp_path / "truce.txt").write_text(TRUCE.format(confirmation=confirmation), encoding="utf-8")
    (tmp_path / "prices.txt").write_text(PRICES, encoding="utf-8")
    docs = load_documents(
        [
            SourceSpec(path="truce.txt", published="2026-03-08", reliability="B", credibility=2),
            SourceSpec(path="prices.txt", published="2026-03-07"),
        ],
        base=tmp_path,
    )
    a = apply_corroboration(assess_documents(docs, issue_date="2026-03-09"))
    stated = [
        st
        for st in [*a.key_judgments, *(s for sec in a.sections for s in sec.statements)]
        if st.text.startswith("Dorvia and Kestan agreed")
    ]
    assert stated
    return {st.confidence for st in stated}


def test_one_outlet_and_officials_of_the_parties_never_reach_high(tmp_path: Path) -> None:
    levels = _truce_confidence(
        tmp_path, "Dorvian and Kestan officials confirmed the truce on Sunday."
    )
    assert "high" not in levels, levels


def test_one_outlet_and_two_named_confirmers_can_reach_high(tmp_path: Path) -> None:
    levels = _truce_confidence(
        tmp_path, "The truce was confirmed by the Dorvian foreign ministry and the Kestan army."
    )
    assert levels == {"high"}, levels
