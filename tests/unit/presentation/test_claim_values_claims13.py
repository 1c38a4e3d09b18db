"""The claims table's ``value`` of a vague amount is the low end of the interval the claim is
read as (CLAIMS.md: "dozens" 24-99, "thousands" 2000-9999; data/numbers.yaml ``vague``), never
the number its word names ("scores of people" is no 20 people)."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.model import Assessment, Section, Sentence
from briefbook.presentation import tables
from briefbook.presentation.briefing import Briefing


def _values(text: str) -> list[tuple[str, float]]:
    claims = find_claims(text, "S1.1", published="2026-03-10")
    assessment = Assessment(
        title="Test",
        schema_name="conflict",
        sources=[{"id": "S1", "title": "Report", "label": None, "published": "2026-03-10"}],
        sentences=[Sentence(id="S1.1", source="S1", text=text, section=None)],
        sections=[Section("context", "Situation")],
        key_judgments=[],
        indicators=[],
        entities=[],
        claims=claims,
        meta={"date": "2026-03-12"},
    )
    rows = tables.claim_rows(Briefing(assessment=assessment, title="Test"))
    return [(r["quantity"], r["value"]) for r in rows]


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
