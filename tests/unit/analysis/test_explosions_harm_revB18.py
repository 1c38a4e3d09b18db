"""Review revB18 of round claims21r's explosions that harm: a count of explosions is a count
of attacks ("struck") only as the subject of the verb of harm, damage included ("Three
blasts damaged 12 houses", "Two explosions destroyed the bridge"); explosions heard before a
clause that tells the harm ("Residents heard two explosions as 12 people were killed") stay
"other". Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[tuple[float, str]]:
    return [(c.low, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    "text",
    [
        "Residents heard two explosions as 12 people were killed.",
        "Residents heard two explosions as 12 houses were damaged.",
    ],
)
def test_explosions_heard_beside_the_harm_stay_other(text: str) -> None:
    assert _events(text)[0] == (2.0, "other")


@pytest.mark.parametrize(
    "text",
    ["Three blasts damaged 12 houses.", "Two explosions destroyed the bridge near Kessa."],
)
def test_explosions_that_damage_count_attacks(text: str) -> None:
    assert _events(text)[0][1] == "struck"
