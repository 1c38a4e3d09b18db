"""One reader of numbers spelt out in words (briefbook.analysis.numbers.spelled_number):
the claims' figures and the corroboration's figures read them alike."""

from __future__ import annotations

import pytest

from briefbook.analysis.numbers import find_quantities, spelled_number
from briefbook.analysis.quantities import read_quantity
from briefbook.text import singular


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-three", 23),
        ("Sixty-Four", 64),
        ("seven", 7),
        ("one hundred and fifty", 150),
        ("two hundred and fifty thousand", 250_000),
        ("one thousand two hundred", 1_200),
        ("ninety-nine thousand nine hundred", 99_900),
        ("two dozen", 24),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("a dozen and a half", 18),
        ("half a million", 500_000),
        ("a hundred", 100),
        ("two and a half thousand", 2_500),
        ("one and a half million", 1_500_000),
        ("a million and a half", 1_500_000),
        ("three and a half", 3.5),
    ],
)
def test_a_number_spelt_out_is_read_once(text: str, value: float) -> None:
    assert spelled_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-three", 23),
        ("one hundred and fifty", 150),
        ("one thousand two hundred", 1_200),
        ("two dozen", 24),
        ("half a million", 500_000),
        ("a million and a half", 1_500_000),
    ],
)
def test_the_corroboration_reads_a_figure_in_words_as_the_claims_do(
    text: str, value: float
) -> None:
    assert read_quantity(text)[0] == (value, value)


@pytest.mark.parametrize(
    "text",
    ["fifty fifty", "two hundred and five hundred", "five ten", "hundreds", "nearly two dozen"],
)
def test_two_numbers_or_other_words_are_no_number(text: str) -> None:
    assert spelled_number(text) is None


def test_a_claim_in_words_has_its_value() -> None:
    (found,) = find_quantities("The convoy carried forty-two containers of flour.")
    assert (found.low, found.high) == (42, 42)


@pytest.mark.parametrize(
    ("word", "one"),
    [
        ("regions", "region"),
        ("counties", "county"),
        ("affairs", "affair"),
        ("communities", "community"),
        ("press", "press"),
        ("gas", "gas"),
        ("ties", "tie"),
        ("oblast", "oblast"),
    ],
)
def test_one_singular_for_every_analyser(word: str, one: str) -> None:
    assert singular(word) == one
