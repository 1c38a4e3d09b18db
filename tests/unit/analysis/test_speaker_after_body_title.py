"""A speaker named after a title that opens a body's name ("said Director of the Office of
Foreign Trade Control Helen R. Marsh") is the person, not the tail of the body's name
("Trade Control Helen R. Marsh"); names after a plain title stay whole."""

from __future__ import annotations

import pytest

from briefbook.analysis.attribution import originators
from briefbook.analysis.hedges import attribution


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The ruling closes a loophole," said Director of the Office of Foreign Trade '
            "Control Helen R. Marsh.",
            "Helen R. Marsh",
        ),
        (
            '"Brokers like Orlo move the cash," said Head of the Office of Foreign Property '
            "Control Daniel Kress.",
            "Daniel Kress",
        ),
        (
            '"We will keep the channel open," said Chief of the Bureau of Foreign Trade '
            "Laura Tamm.",
            "Laura Tamm",
        ),
    ],
)
def test_the_person_after_a_body_named_in_a_title(text: str, speaker: str) -> None:
    assert attribution(text)[0] == speaker
    assert originators([("S1.1", text, 0)])["S1.1"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: no body's name between the title and the person
        ('"Talks will resume," said Foreign Minister Wang Yi on Monday.', "Wang Yi"),
        ('"Talks will resume," said Foreign Minister Thomas Vell.', "Thomas Vell"),
        ('"Talks will resume," said Secretary of Transport Susan Hale.', "Susan Hale"),
        ('"Talks will resume," said Defence Secretary Grant Harris.', "Grant Harris"),
        ('"Talks will resume," said Interior Minister Peter Anna Lind.', "Peter Anna Lind"),
    ],
)
def test_names_after_a_plain_title_stay_whole(text: str, speaker: str) -> None:
    assert attribution(text)[0].endswith(speaker)
