"""After a part's pronoun only a noun is what the part counts ("half of them children"): an
adverb, a participle or a verb after "them" is none ("two of them badly wounded", "three of
them aged under 15", "two of them escaped"; round revE20 of newuser20's part pronouns)."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import counted_phrase


def _counted(text: str, figure: str) -> list[str]:
    return counted_phrase(text, text.index(figure) + len(figure))[0]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve rebels were captured, two of them badly wounded, the army said.",
        "Twelve rebels were captured, two of them reportedly tortured, the army said.",
        "Twelve rebels were captured, two of them aged under 15, the army said.",
        "Twelve rebels were captured and two of them escaped on Monday.",
        "Twelve rebels were captured, two of them already released, the army said.",
    ],
)
def test_no_noun_after_the_pronoun_is_no_thing_counted(text):
    assert _counted(text, "two of")[:1] == ["them"]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Twelve people were killed, two of them family members, police said.", "family"),
        ("Some 400 people fled, two of them nurses, police said.", "nurses"),
    ],
)
def test_near_miss_a_noun_after_the_pronoun_is_counted(text, counted):
    assert _counted(text, "two of")[:1] == [counted]
