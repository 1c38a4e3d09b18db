"""Decisive news, kinds of round left20 (invented sentences, no third-party text): the words
that make a deal a truce live in data/judgments.yaml beside the other signal words; a civilian
"chief" (a village, fire or police chief) is no leader of an armed or political body, and a
leader's death of no war (a blaze, a plane crash, a car hitting a lorry) is no turn of the
fighting; an event dated long before its report is history, not the news; the issue's
setting (the theatre or party every report names) links no two reports as one situation.
Near misses keep their old reading."""

from __future__ import annotations

import pytest

from briefbook.assessment.signals import _no_war_patterns, is_decisive_event
from briefbook.data import load_data


def test_the_truce_and_deal_words_are_data() -> None:
    data = load_data("judgments.yaml")["decisive_events"]
    bare, peace, *_ = _no_war_patterns()
    for word in data["truce_words"]:
        assert peace.search(f"the two sides signed the {word} on Monday"), word
    for word in data["bare_deal_nouns"]:
        assert bare.search(f"the two sides signed the {word} on Monday"), word
    # a word of neither list is neither
    assert not peace.search("the two sides signed the contract on Monday")
    assert not bare.search("the two sides signed the contract on Monday")


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        # a truce word in the act: decisive whatever else the sentence says
        ("Ostland and Karsia signed an armistice in Vendra on Monday.", True),
        ("The two sides agreed to a cessation of hostilities on Monday.", True),
        # a bare deal about the fighting: decisive; about anything else: not
        ("The rebels and the army signed an accord to end the fighting.", True),
        ("The two clubs signed an accord on ticket prices.", False),
        ("Ostland and Karsia signed a fishing agreement on Monday.", False),
    ],
)
def test_deals_read_as_before(text: str, decisive: bool) -> None:
    assert is_decisive_event(text) is decisive
