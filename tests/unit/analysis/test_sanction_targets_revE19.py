"""A verb of targeting is a sanctions designation only when sanctions are named before it or
in its own clause (review revE19 of round robust19: "Gunmen targeted five businesses in the
market, defying sanctions" and "strikes hit two companies that the Treasury had designated"
were read as designations because the sentence named sanctions somewhere)."""

import pytest

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[tuple[float, str]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen targeted five businesses in the Ostvik market, defying sanctions.",
        "Velan strikes hit two companies that the Treasury had designated.",
        "Artillery targeted four companies of the battalion, the Treasury said.",
    ],
)
def test_sanctions_named_in_another_clause_leave_a_strike(text):
    assert [e for _, e in _events(text)] == ["struck"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: sanctions in the verb's own clause, after it
        "The State Department targeted 12 individuals under E.O. 13224 on Tuesday.",
        "Ostland targeted 12 individuals in a new round of sanctions.",
        "The Treasury hit 12 individuals with sanctions.",
    ],
)
def test_sanctions_in_the_verbs_own_clause_are_a_designation(text):
    assert _events(text) == [(12, "sanctioned")]
