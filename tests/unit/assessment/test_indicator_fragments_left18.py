"""An indicator reads as a sentence (round left18): a clause cut from its sentence ("warn of
renewed fighting next week.") or a heading or caption ("Warning of renewed fighting in the
coming weeks") names no actor and action to watch, while a whole sentence with the same
forward cue, and a bullet without a full stop, stay indicators. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("warn of renewed clashes around Dorva next week.", False),
        ("Warning of renewed clashes around Dorva in the coming weeks", False),
        ("Fearing a new offensive before the thaw", False),
        # near misses: a whole sentence, a bullet, a sentence opening with a gerund subject
        ("Aid groups warn of renewed clashes around Dorva if the talks collapse.", True),
        ("Watch for troop movements towards Dorva by March", True),
        ("Shelling of Dorva could resume next week, the governor said.", True),
    ],
)
def test_a_fragment_is_no_indicator(text: str, indicator: bool) -> None:
    assert is_indicator(text) is indicator
