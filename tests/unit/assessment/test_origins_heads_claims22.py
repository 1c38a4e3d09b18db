"""A head of state's voice (round claims22; invented names): a head of state, his office, his
spokesperson and his government's statement speak for one state; another body's president,
a vice president or a bare "government" do not."""

from __future__ import annotations

import pytest

from briefbook.assessment.origins import head_of_state


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("President Marek Olin", None),
        ("a spokesperson for President Olin", None),
        ("the presidential office", None),
        ("Karsian President Marek Olin", "karsian"),
        ("French President Marek Olin", "france"),
        ("The White House", "united states"),
        ("Kremlin spokesman Ivo Sarn", "russia"),
        ("the Russian government", "russia"),
        ("the government of France", "france"),
    ],
)
def test_a_head_of_state_his_office_and_his_government(name: str, state: str | None) -> None:
    assert head_of_state(name) == (True, state)


@pytest.mark.parametrize(
    "name",
    [
        "Vice President Marek Olin",
        "the club president",
        "President of the Red Cross Dana Velk",
        "government",
        "the health ministry",
        "Prime Minister Dana Velk",
        "Olin",
    ],
)
def test_other_bodies_titles_are_no_head_of_state(name: str) -> None:
    assert head_of_state(name) == (False, None)
