"""Review revB18 of round claims21r's "quoted X as saying": the one quoted is the
originator, never the outlet after "by" ("The governor was quoted by Reuters as saying") nor
the outlet and its verb run into one name ("Agencies quoted residents as saying"). Every
sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.analysis.hedges import attribution
from builders import originators_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The governor was quoted by Reuters as saying 14 people were killed.", "governor"),
        ("The mayor was quoted by local media as saying nine people died.", "mayor"),
    ],
)
def test_the_subject_quoted_by_an_outlet_speaks(text: str, source: str) -> None:
    assert attribution(text)[0] == source
    assert originators_of(text)[0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Agencies quoted residents as saying the attack killed nine.", "residents"),
        ("Reuters quoted witnesses as saying that 12 houses burned.", "witnesses"),
    ],
)
def test_the_outlet_and_its_verb_are_no_part_of_the_name_quoted(text: str, source: str) -> None:
    assert originators_of(text)[0] == source
