"""A dateline whose dash is glued to one side, as some regional sites print it ("Addis Abeba–
The council ...", "Nairobi -The council ...", "Kampala- The council ..."), or whose place is
followed by the whole date it was filed ("Ostland, 15 November 2025 - ...", "Kelvo, March 3,
2025 – ..."), is cut from a lede shown as a statement (round trialB27; invented sentences).
Near misses: a name no gazetteer knows as a place, a body or a country before a glued dash, a
lower-case word after the dash, a dash glued on both sides, and a phrase before a date are
kept whole."""

from __future__ import annotations

import pytest

from briefbook.analysis.variants import dateline_place, is_dateline_place, is_dateline_town
from briefbook.text import strip_dateline

LEDE = "The council on Wednesday condemned the militia."


def _strip(text: str) -> str:
    return strip_dateline(text, is_dateline_place, is_dateline_town)


@pytest.mark.parametrize(
    "opening",
    [
        "Addis Abeba– ",
        "Addis Ababa — ",
        "Nairobi -",
        "Kampala- ",
        "Addis Abeba -- ",
        "Ostland, 15 November 2025 - ",
        "Kelvo, March 3, 2025 – ",
        "Vendra, 3 March, 2025: ",
    ],
)
def test_a_dateline_with_a_glued_dash_or_a_whole_date_is_cut(opening: str) -> None:
    assert _strip(opening + LEDE) == LEDE


@pytest.mark.parametrize(
    "text",
    [
        "Tsadkel -The general said the council condemned the militia.",
        "Hamas- The group said the council condemned the militia.",
        "Germany— The council on Wednesday condemned the militia.",
        "Kampala– which the council visited on Wednesday, condemned the militia.",
        "Addis-Abeba The council on Wednesday condemned the militia.",
        "The talks, 15 November 2025 - the council condemned the militia.",
    ],
)
def test_near_misses_are_kept_whole(text: str) -> None:
    assert _strip(text) == text


def test_an_alternate_spelling_in_a_dateline_is_the_gazetteer_city() -> None:
    # "Addis Abeba" is GeoNames' alternate name of the city the gazetteer lists as Addis
    # Ababa: one place, whichever spelling the dateline uses
    assert dateline_place("Addis Abeba") == dateline_place("Addis Ababa")
