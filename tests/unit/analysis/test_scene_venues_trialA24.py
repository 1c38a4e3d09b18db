"""Where and when someone spoke is not the scene of the figures told (trialA24; invented
sentences): "During a press conference at the Kelvik ministry today, the minister lauded the
overnight strike on three depots" names the strike's time ("overnight"), not the press
conference's place and day. Near misses: a place and time after the clause's own verb stay
("... the governor said 12 people were killed in Dravno overnight"); a venue noun that names
a thing ("the briefing room in Dravno was hit") is no occasion of speaking. And three "sites"
and three "facilities" are one count of targets; "sites" and "troops" are not.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import scene_of
from briefbook.analysis.topics import counts_compatible


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "During a press conference at the Kelvik Ministry today, the minister lauded the "
            "overnight strike on three depots.",
            ([], ["overnight"]),
        ),
        (
            "In a televised address from Kelvik on Monday, the president praised the raid on "
            "four bridges.",
            ([], []),
        ),
        # near misses
        (
            "At a news conference in Varn on Monday the governor said 12 people were killed "
            "in Dravno overnight.",
            (["Dravno"], ["overnight"]),
        ),
        (
            "The briefing room in Dravno was hit by a shell on Monday, killing four.",
            (["Dravno"], ["on Monday"]),
        ),
        (
            "Four civilians were killed when a shell hit a market in Dravno on Monday.",
            (["Dravno"], ["on Monday"]),
        ),
    ],
)
def test_the_place_and_time_of_speaking_are_no_scene(text: str, scene) -> None:
    assert scene_of(text) == scene


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("key nuclear sites", "nuclear facilities", True),
        ("fuel installations", "fuel sites", True),
        ("nuclear sites", "troops", False),
        ("nuclear facilities", "missiles", False),
    ],
)
def test_sites_and_facilities_are_one_count(a: str, b: str, same: bool) -> None:
    assert counts_compatible(a, b) is same
