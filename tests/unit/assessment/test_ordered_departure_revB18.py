"""Review revB18 of round left18's ordered departures: an order is a state's major decision
only when it sends the embassy's people out ("ordered a drawdown of embassy staff"); the
departure of a bus or of players ordered by a coach or a referee, and an order to troops
towards a border, are none (``order_verbs``, ``departure_nouns``, ``departing_staff`` of
data/judgments.yaml). Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.signals import decision_domain, is_decision


@pytest.mark.parametrize(
    "text",
    [
        "The coach ordered the departure of the team bus at noon.",
        "The referee ordered the departure of two players.",
        "The general ordered troops to the border at dawn.",
    ],
)
def test_an_order_that_sends_no_embassy_staff_out_is_no_decision(text: str) -> None:
    assert is_decision(text) is False


def test_a_drawdown_of_embassy_staff_is_a_political_decision() -> None:
    text = "Karsia ordered a drawdown of embassy staff in Vell."
    assert is_decision(text) is True
    assert decision_domain(text) == "political"
