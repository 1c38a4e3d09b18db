"""Datelines missed in a new-analyst trial on a border war between two neighbours (invented
ledes of the same shapes; no third-party text): a capital city in capitals and a colon
("VENDRA: ..."), or two joined by a slash ("VENDRA/KORVAL: ..."), opens the lede, and a key
judgment shows the lede without it."""

from __future__ import annotations

import pytest

from briefbook.text import match_dateline, strip_dateline


def _is_place(name: str) -> bool:
    return name.lower() in {"vendra", "korval", "washington"}


@pytest.mark.parametrize(
    ("lede", "rest"),
    [
        (
            "VENDRA: Both sides agreed to extend the truce.",
            "Both sides agreed to extend the truce.",
        ),
        ("VENDRA/KORVAL: At least 20 soldiers were killed.", "At least 20 soldiers were killed."),
    ],
)
def test_a_capital_city_and_a_colon_is_a_dateline(lede, rest) -> None:
    assert strip_dateline(lede, _is_place) == rest
    found = match_dateline(lede)
    assert found is not None and found.place == "VENDRA"


@pytest.mark.parametrize(
    "lede",
    [
        # near misses main keeps whole: a label in capitals and a colon is no filing place
        "NOTE: The figures are provisional.",
        "UPDATE: Two more soldiers died overnight.",
        "ISPR: Twenty soldiers died.",
        "BREAKING NEWS: The talks collapsed.",
        # and a paragraph that is only a dateline is never emptied
        "VENDRA:",
    ],
)
def test_a_label_and_a_colon_is_kept(lede) -> None:
    assert strip_dateline(lede, _is_place) == lede


def test_the_dash_forms_are_unchanged() -> None:
    assert strip_dateline("WASHINGTON — The talks resumed.", _is_place) == "The talks resumed."
    assert strip_dateline("NATO — The alliance met.", _is_place) == "NATO — The alliance met."


def test_a_title_case_city_and_an_agency_code_are_a_dateline() -> None:
    """Round ents21: "Mogadishu (HOL) - " is a dateline (city and agency), cut from the lede;
    a state in title case in brackets keeps its own reading, and a name with a short form
    in brackets and no dash is none."""
    found = match_dateline("Kelvora (XNA) - Shelling hit the port on Monday.")
    assert found is not None and (found.place, found.agency) == ("Kelvora", "XNA")
    assert strip_dateline("Kelvora (XNA) - Shelling hit the port.") == "Shelling hit the port."
    state = match_dateline("Imphal (Manipur) : Police said the road was shut.")
    assert state is not None and (state.place, state.area, state.agency) == (
        "Imphal",
        "Manipur",
        None,
    )
    assert match_dateline("Tarvo Front (TF) said it took the town.") is None
