"""A dateline of a place in title case and the day the story was filed ("Washington, May 12:
U.S. President ..."; trialA23, invented places otherwise): cut from a lede shown as a
statement when the name is a known place; a sentence that opens with a name and a date but
goes on as a clause, or a person's name before the day, is kept whole."""

from __future__ import annotations

import pytest

from briefbook.text.dateline import match_dateline, strip_dateline


def _is_place(name: str) -> bool:
    return name in {"Washington", "Kelvo"}


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("Washington, May 12: The envoy claimed credit for the truce.", "The envoy claimed"),
        ("Kelvo, March 3 - A fire broke out in the port.", "A fire broke out"),
        ("Kelvo, Ostland: A fire broke out in the port.", "A fire broke out"),
    ],
)
def test_a_titled_place_and_its_filing_day_are_cut(text: str, stripped: str) -> None:
    assert strip_dateline(text, _is_place).startswith(stripped)
    assert match_dateline(text).place in {"Washington", "Kelvo"}


@pytest.mark.parametrize(
    "text",
    [
        "Kelvo, March 3 was quiet: A fire broke out later.",
        "Varn, May 12: The envoy claimed credit for the truce.",  # no known place
        "Kelvo, March 2025: A fire broke out in the port.",  # a month and year, no day
    ],
)
def test_a_clause_or_an_unknown_name_is_kept_whole(text: str) -> None:
    assert strip_dateline(text, _is_place) == text
