"""An indicator is forward-looking and observable, an actor and an action to watch: a sentence
reporting what a cited piece concludes or argues summarises an argument and is none, whatever
its clause says of the future (invented sentences, no third-party text)."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "The article concludes that Dorvia will resume shelling if the talks fail.",
        "The study concludes that sanctions could push Kestan into recession by next year.",
        "In its final section, the paper argues that the junta may hold elections next year.",
        "The authors contend that the alliance will not survive another winter.",
    ],
)
def test_a_summary_of_a_cited_piece_is_no_indicator(text: str) -> None:
    assert is_indicator(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Kestan is expected to hold elections next year.",
        "The Kestan army will review the peace paper at a meeting next week.",
        "The ministry said it will publish the report on the strikes in March.",
    ],
)
def test_an_actor_and_an_action_to_watch_stay_indicators(text: str) -> None:
    assert is_indicator(text) is True
