""" "Bodies" that are institutions or things are no dead (round robust19: "two civil bodies
established with a push from the group" was counted as two killed)."""

import pytest

from briefbook.analysis.claims import find_claims


@pytest.mark.parametrize(
    "text",
    [
        "In Ostvik two civil bodies were set up with the backing of the militia.",
        "The Velan league has four governing bodies, each with its own budget.",
        "Floods filled 12 water bodies around the Orvan camp.",
    ],
)
def test_institution_bodies_are_not_killed(text):
    assert all(c.event != "killed" for c in find_claims(text, "S1.1"))


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the dead, named by "bodies" after a modifier that is not an institution
        "Two civilian bodies were recovered from the rubble in Ostvik.",
        "Rescuers in Ostvik found 14 bodies on Monday.",
    ],
)
def test_dead_bodies_stay_killed(text):
    assert [c.event for c in find_claims(text, "S1.1")] == ["killed"]
