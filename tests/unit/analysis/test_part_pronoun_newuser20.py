"""A part told with an object pronoun ("half of them children", "three of them commanders")
counts the noun after the pronoun: the pronoun stands for the whole named before it and is
no word of what is counted (invented sentences)."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import counted_phrase, find_claims


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Some 40,000 villagers, half of them children, shelter in schools in Dorvan.", "children"),
        ("Twelve rebels were captured, three of them commanders, the army said.", "commanders"),
        ("About 300 people were detained, dozens of those students, the union said.", "students"),
    ],
)
def test_a_part_told_with_a_pronoun_counts_the_noun_after_it(text, counted):
    counts = [c.counts for c in find_claims(text, "S1.1")]
    assert counted in counts, counts
    assert not any(c.split()[0] in {"them", "those", "these", "us"} for c in counts), counts


def test_near_miss_a_pronoun_before_a_verb_stays_what_is_counted():
    text = "Twelve rebels were captured and two of them were wounded."
    i = text.index("two") + len("two")
    assert counted_phrase(text, i)[0] == ["them"]


def test_near_miss_of_them_after_a_counted_noun_ends_the_phrase():
    text = "Two videos of them were shared."
    assert counted_phrase(text, text.index("Two") + 3)[0] == ["videos"]
