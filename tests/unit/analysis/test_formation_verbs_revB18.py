"""Review revB18 of round claims21r's formation words: a lower-case formation word before a
verb it did ("the 3 corps attacked", "the 7 brigade shelled") names the formation, no count
of it; before a noun it qualifies ("3 corps commanders") it stays a count. Every sentence
here is invented."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


@pytest.mark.parametrize(
    "text",
    ["The 3 corps attacked at dawn.", "Troops of the 7 brigade shelled the town."],
)
def test_a_formation_before_a_verb_it_did_is_a_designation(text: str) -> None:
    assert find_claims(text, "S1.1") == []


def test_a_formation_before_a_noun_it_qualifies_stays_a_count() -> None:
    claims = find_claims("He said 3 corps commanders were dismissed.", "S1.1")
    assert [c.text for c in claims] == ["3 corps commanders"]
