"""A truce told by the parties' agreement to stop the fighting is decisive (trial23; invented
sentences, no third-party text): "have agreed to immediately halt cross-border military
exchanges" is the ceasefire of the issue, a turn of the situation like "agreed a ceasefire",
so the bottom line carries it. Its near misses stay no turn: an agreement to resume the
fighting or to halt something else, a refusal, a denial, a demand or a condition."""

from __future__ import annotations

import pytest

from briefbook.assessment.signals import is_decisive_event


@pytest.mark.parametrize(
    "text",
    [
        "The Westmark State Department announced on Saturday that Ostland and Karsia have agreed "
        "to immediately halt cross-border military exchanges and begin talks.",
        "Ostland and Karsia agreed to cease hostilities on Sunday.",
        "The two armies agreed to stop all firing along the border from 5 pm.",
    ],
)
def test_an_agreement_to_stop_the_fighting_is_decisive(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ostland and Karsia have agreed to resume military exchanges.",
        "Ostland and Karsia agreed to halt the talks.",
        "Ostland refused to halt the shelling.",
        "Ostland denied reports that the sides agreed to stop the fighting.",
        "The two sides must agree to stop the fighting.",
        "If the sides agreed to stop the fighting, aid could flow.",
    ],
)
def test_near_misses_are_no_turn(text: str) -> None:
    assert not is_decisive_event(text)
