"""Kinds misread in a new-analyst trial on a crisis between two states (invented sentences of
the same shapes; no third-party text): "claimed" taking a toll or a responsibility reports
what happened or who owned it, and hedges nothing."""

from __future__ import annotations

import pytest

from briefbook.analysis.hedges import find_hedges, is_probabilistic
from briefbook.analysis.pipeline import sentence_facts
from briefbook.assessment.grading import sourcing_doubt


@pytest.mark.parametrize(
    "text",
    [
        "The bombing of the river market claimed 14 lives on Sunday.",
        "A landslide claiming the lives of nine villagers blocked the pass.",
        "The ambush, which claimed at least a dozen lives, shut the highway.",
        "The Eastern Front claimed responsibility for the raid on the depot.",
        "No group has claimed credit for the blast at the customs post.",
    ],
)
def test_claim_of_a_toll_or_a_responsibility_is_no_hedge(text: str) -> None:
    assert find_hedges(text) == []
    assert not sourcing_doubt(text)
    assert not is_probabilistic(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels claimed that 40 soldiers died in the raid.",
        "The ministry claimed the convoy carried only food.",
        "The militia claimed to have downed two helicopters.",
        "Officials claimed the strike cost no lives.",
    ],
)
def test_claim_of_a_fact_still_hedges(text: str) -> None:
    assert "claimed" in find_hedges(text)
    assert sourcing_doubt(text)


def test_a_toll_claimed_is_an_unhedged_figure() -> None:
    facts = sentence_facts("The attack on the hill resort claimed 31 lives, the governor said.")
    assert facts.hedges == []
