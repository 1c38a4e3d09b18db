"""A reported statement stays no indicator after a fronted adverbial (trial23; invented
sentences, no third-party text): "In the aftermath of the attack, the government announced that
the treaty would be held in abeyance with immediate effect" reports a decision, as it does
without the opening phrase; it is nothing to watch for. The exceptions of a reported
statement still hold after such an opening (a time that says when, another's foreseen
course), and a fronted phrase before a forecast in the writer's voice leaves it an indicator."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "In the aftermath of the Karsia-sponsored attack on civilians in Harnell, the Ostland "
        'government announced that the Varn Water Treaty would be held in "abeyance" with '
        "immediate effect.",
        "After the attack, the government announced that the treaty would be suspended.",
        "On Monday, the Ostland cabinet said it would expel the Karsian advisers.",
    ],
)
def test_a_reported_statement_after_a_fronted_phrase_is_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the talks, the minister said troops will withdraw by June.",
        "On Monday, the ministry said the militia is expected to attack the airport.",
        "After the vote, troops will withdraw from the border.",
        "Troops will withdraw by June, the ministry said.",
    ],
)
def test_near_misses_stay_indicators(text: str) -> None:
    assert is_indicator(text)
