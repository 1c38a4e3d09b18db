"""Warships and military aircraft that "entered" an area were deployed (round trialB22),
reviewed (revB22; invented sentences): what they enter must be a place. "Two frigates
entered service", "the drones entered production" are commissioned or made: never deployed.
Near misses: entering a sea, a strait or a zone stays a deployment."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[tuple[object, str | None]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two Ostmarin frigates entered service with the navy last year.", 2),
        ("Six corvettes entered operational service in March, the ministry said.", 6),
        ("Forty attack drones entered production at the Halvin plant.", 40),
    ],
)
def test_platforms_entering_service_are_not_deployed(text, figure):
    assert (figure, "deployed") not in _events(text), _events(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Six destroyers entered the Halvin Sea on Monday.", 6),
        ("Three Vendran warships entered the service area of the port on Monday.", 3),
        ("Twelve fighter jets crossed into the air defence zone.", 12),
    ],
)
def test_near_miss_platforms_entering_a_place_are_deployed(text, figure):
    assert (figure, "deployed") in _events(text), _events(text)
