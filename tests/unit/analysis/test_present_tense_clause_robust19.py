"""A figure that opens a clause after "as" with a verb in the present tense, as chronologies
tell what happened, keeps its own event (round robust19: "25 000 killed as 12 000 troops
besiege the city" counted the 12 000 troops as killed)."""

import pytest

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[tuple[float, str]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    "text",
    [
        "1982: some 9 000 are killed in Ostvik as 4 000 troops besiege the old town.",
        "Some 300 were wounded as 2,000 police storm the Velan camp.",
    ],
)
def test_figure_in_a_present_tense_clause_after_as_is_not_the_toll(text):
    events = _events(text)
    assert events[0][1] in {"killed", "wounded"}
    assert events[1][1] not in {"killed", "wounded"}


def test_near_miss_figures_named_as_the_dead_stay_the_toll():
    # "as" naming who the dead were: no verb of their own, the toll's figures
    assert _events("The ministry listed the dead in Ostvik as 14 soldiers and 2 civilians.") == [
        (14, "killed"),
        (2, "killed"),
    ]
