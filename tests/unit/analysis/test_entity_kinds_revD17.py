"""A gap of round trial18's shared-head areas found in review (invented sentences): a head
in the possessive ("North and South Kivu's border towns") left a place "North"."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Residents of North and South Kivu's border towns fled.", "North Kivu", "South Kivu"),
        ("Aid reached North and South Waziristan’s camps by Friday.", "North Waziristan", "South Waziristan"),
        ("The talks weighed North and South Korea's proposals.", "North Korea", "South Korea"),
    ],
)  # fmt: skip
def test_a_shared_head_in_the_possessive_names_both_areas(
    tmp_path: Path, text, first, second
) -> None:
    names = {name for _, name in entities_of(tmp_path, text)}
    assert {first, second} <= names
    assert "North" not in names


@pytest.mark.parametrize(
    "text",
    [
        "The North and South stations were closed by the strike.",
        "Talks between North and South resumed on Monday.",
        "The bridge links the North and South banks of the river.",
    ],
)
def test_compass_words_with_no_known_areas_name_none(tmp_path: Path, text) -> None:
    names = {name for _, name in entities_of(tmp_path, text)}
    assert not names & {"North Kivu", "South Kivu", "North Korea", "South Korea"}
