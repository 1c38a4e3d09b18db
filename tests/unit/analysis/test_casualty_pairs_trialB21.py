"""Casualty pairs (round trialB21): a figure of people "killed or injured" counts the dead
and the hurt together, also in the passive after its counted phrase ("1,800 people were
killed or injured") and with a verb of harm beside the killing verb ("killed or harmed
hundreds"): a casualty count, never a death toll. The dead alone, two figures of their own
("five were killed and two were wounded") and harm without killing keep their events. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[tuple[object, str | None, str | None]]:
    return [(c.quantity, c.counts, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The monitors said that more than 1,800 people were killed or injured in the "
            "first four months of the year in Dorvia.",
            [(1800, "people", "casualties")],
        ),
        (
            "At least 60 villagers have been killed and wounded since the raids began.",
            [(60, "villagers", "casualties")],
        ),
        (
            "Raiding gangs have killed or harmed hundreds of farmers in the valley.",
            [("hundreds", "farmers", "casualties")],
        ),
        # the pair before the figure, as before
        (
            "Raiding gangs killed or injured 40 people near the mill.",
            [(40, "people", "casualties")],
        ),
    ],
)
def test_killed_or_hurt_is_one_casualty_count(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead alone
        (
            "More than 1,800 people were killed in the first four months of the year in Dorvia.",
            [(1800, "people", "killed")],
        ),
        # two figures, each with its own verb
        (
            "Five soldiers were killed and two were wounded in the ambush.",
            [(5, "soldiers", "killed"), (2, "soldiers", "wounded")],
        ),
        (
            "Twelve people were killed and 30 injured in the blast.",
            [(12, "people", "killed"), (30, "people", "wounded")],
        ),
    ],
)
def test_the_dead_alone_and_two_figures_keep_their_events(text: str, expected: list) -> None:
    assert _events(text) == expected


def test_harm_without_killing_is_no_casualty_count() -> None:
    assert all(
        e != "casualties"
        for _q, _c, e in _events("Raiding gangs have harmed the trade of hundreds of farmers.")
    )
