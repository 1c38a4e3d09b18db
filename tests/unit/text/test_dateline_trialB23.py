"""A dateline that gives the day first and the filing place in capitals in brackets
("October 29, 2025 (ADDIS ABABA) – ", "29 October 2025 (KHARTOUM) - "), as some regional
outlets open a story, is cut from a lede shown as a statement (round trialB23; invented
sentences). Near misses: an agency or a word in brackets after the day ("(AFP)",
"(UPDATE)"), a name no gazetteer knows, and a sentence that merely opens with a date are
kept whole."""

from __future__ import annotations

import pytest

from briefbook.analysis.variants import is_dateline_place, is_dateline_town
from briefbook.text import strip_dateline


def _strip(text: str) -> str:
    return strip_dateline(text, is_dateline_place, is_dateline_town)


@pytest.mark.parametrize(
    "text",
    [
        "October 29, 2025 (ADDIS ABABA) – The council on Wednesday condemned the militia.",
        "29 October 2025 (KHARTOUM) - The council on Wednesday condemned the militia.",
        "Oct. 29, 2025 (NAIROBI) — The council on Wednesday condemned the militia.",
    ],
)
def test_a_day_first_dateline_with_its_place_in_brackets_is_cut(text: str) -> None:
    assert _strip(text) == "The council on Wednesday condemned the militia."


@pytest.mark.parametrize(
    "text",
    [
        "October 29, 2025 (AFP) – The council on Wednesday condemned the militia.",
        "October 29, 2025 (UPDATE) – The council on Wednesday condemned the militia.",
        "June 3, 2024 (KELVO) – The council on Wednesday condemned the militia.",
        "On October 29, 2025 (a Wednesday) - the council condemned the militia.",
    ],
)
def test_near_miss_an_agency_a_word_or_an_unknown_name_is_kept(text: str) -> None:
    assert _strip(text) == text
