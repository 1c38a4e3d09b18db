"""Review revB18 of round claims21r's rewards: a sum offered as a reward or bounty is no
event of the sum's clause whatever that clause names ("a bounty of $5 million for his
capture" is no capture, "a reward of 20,000 euros for the arrest" no detention): event
"other". A sum pledged stays funded. Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


@pytest.mark.parametrize(
    "text",
    [
        "The United States offered a bounty of $5 million for his capture.",
        "Police offered a reward of 20,000 euros for the arrest of the gunmen.",
    ],
)
def test_a_reward_for_a_capture_or_an_arrest_is_no_such_event(text: str) -> None:
    assert [c.event for c in find_claims(text, "S1.1")] == ["other"]


def test_a_sum_pledged_stays_funded() -> None:
    text = "The donors pledged $50,000 for the rebuilding of the school."
    assert [c.event for c in find_claims(text, "S1.1")] == ["funded"]
