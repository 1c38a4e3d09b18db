"""Talks told as failed are a decisive diplomatic turn (round trialA26): "The talks between
Dorvia and Kestan in Vellmar collapsed on Friday", "the minister said that the talks are
"over"", "has confirmed the collapse of four days of talks" are the news a mediated truce
hangs on, as a ceasefire agreed is. Talks that failed to do one thing, talks of another kind
(trade, wages), a failure in a subordinate clause, negated, denied, only possible or dated to
a year long past are none. Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.signals import is_decisive_event


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Dorvia and Kestan in Vellmar collapsed on Friday.",
        "Defence Minister Tamsin Orvell said on Friday that the talks between Dorvia and Kestan"
        ' are "over" as negotiators failed to bridge their differences.',
        "Dorvia's information minister has confirmed the collapse of four days of talks with"
        " the Kestan government in Vellmar.",
        "The third round of talks ended without an agreement on Friday.",
        "Peace negotiations mediated by Ostland broke down late on Tuesday.",
        "The minister announced that the four-day dialogue between the two delegations in"
        " Vellmar ended without a concrete outcome.",
    ],
)
def test_talks_told_as_failed_are_decisive(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks failed to address the question of the border crossings.",
        "The trade talks between Dorvia and Kestan collapsed on Friday.",
        "Wage negotiations with the dockers' union broke down on Monday.",
        "Even after the talks in Vellmar failed, both sides committed to a next round.",
        "The ministry denied that the talks had collapsed.",
        "The talks have not collapsed, the mediator said.",
        "If the talks collapse, fighting could resume along the border.",
        "The talks could collapse next week.",
        "The ceasefire talks collapsed in 2019 after a week.",
        "Earlier, officials said the talks stalled without any agreement.",
        "The third round of talks between Dorvia and Kestan began on Thursday in Vellmar.",
    ],
)
def test_other_talks_and_other_tenses_are_not_decisive(text: str) -> None:
    assert not is_decisive_event(text)
