"""Decisive political-military events as the bottom line's news (round kj20; invented
sentences, no third-party text): a deal, an agreement or a proposal to end the fighting
accepted, signed or reached; a truce told by its noun and participle ("under the truce
reached today"); a force's surrender; a leader killed. Near misses keep their old reading: a
ceasefire only proposed or rejected, a leader's killing only claimed or denied, an agreement
recalled from long ago. A dated deal that takes effect the next day is the news of its own
day, not a schedule the issue date overtook; the newest decisive event is in the bottom line;
a toll of people weighs by its size, a money figure not at all."""

from __future__ import annotations

import pytest

from briefbook.assessment.key_judgments import toll_scale
from briefbook.assessment.params import JudgmentParams
from briefbook.assessment.signals import is_background, is_decisive_event
from briefbook.model import Claim


@pytest.mark.parametrize(
    "text",
    [
        "Ostland and Karsia have accepted the mediators' proposal to end the border war.",
        "The two governments signed an agreement in Vendra on Monday.",
        "The rebels and the army reached a deal to halt the fighting in the valley.",
        "Under the truce reached on Tuesday, the shelling along the river will stop.",
        "A ceasefire was agreed in Sarnovo after four days of talks.",
        "Militia leader Tomas Orlov was killed in a drone strike on his convoy.",
        "An Ostlandi drone strike killed the militia's top military commander in Vendra.",
        "The garrison of Ostra surrendered on Sunday.",
    ],
)
def test_a_decisive_political_military_event(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "Karsia proposed a ceasefire on Monday.",
        "Ostland rejected the proposal to end the fighting.",
        "Ostland has not accepted the mediators' proposal to end the war.",
        "Talks on a ceasefire continued in Vendra.",
        "If a truce is signed, the refugees may return to Ostra.",
        "The militia claimed to have killed the army's regional commander.",
        "The ministry denied reports that militia leader Tomas Orlov was killed.",
        "The commander said one soldier was killed in the clash.",
        "An Ostlandi strike killed civilians near the commander's house.",
    ],
)
def test_near_misses_are_no_decisive_event(text: str) -> None:
    assert not is_decisive_event(text)


def test_an_agreement_recalled_from_long_ago_is_background() -> None:
    # the past perfect sets it against the news: background, never the lead
    text = "Ostland and Karsia had signed an agreement on the river border in 2006."
    assert is_background(text)


def _claim(quantity: int, event: str, *, kind: str = "count", modality: str = "asserted") -> Claim:
    return Claim(
        text=f"{quantity} {event}",
        quantity=quantity,
        counts="people",
        event=event,
        attributed_to=None,
        hedged=False,
        evidence=["S1.1"],
        low=float(quantity),
        high=float(quantity),
        kind=kind,  # type: ignore[arg-type]
        modality=modality,  # type: ignore[arg-type]
    )


def test_a_toll_weighs_by_its_size_and_money_not_at_all() -> None:
    params = JudgmentParams()
    thousands = toll_scale([_claim(2800, "wounded")], params)
    dozen = toll_scale([_claim(12, "killed")], params)
    assert thousands > dozen > 0.0
    assert thousands <= params.toll_scale_cap
    # a money figure, a handful of casualties and a negated toll are no mass casualty
    assert toll_scale([_claim(386_000_000, "funded", kind="money")], params) == 0.0
    assert toll_scale([_claim(386_000_000, "killed", kind="money")], params) == 0.0
    assert toll_scale([_claim(4, "killed")], params) == 0.0
    assert toll_scale([_claim(500, "killed", modality="negated")], params) == 0.0
