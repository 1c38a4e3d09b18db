"""Boundaries of round claims23r's claim kinds (invented sentences, no third-party text):

* a bare count of the rest after a part named inside the count before ("12 people, including
  four children, and wounded 30 others") counts other people, not other children; one that
  is wounded or killed after a count of things ("destroyed two houses and wounded 54
  others") counts other people, never other houses; things damaged after things stay things;
* kin "lost" are killed only when the kin are what was lost: "lost touch with her two
  sisters" and "lost 20 kilograms while his three children were in prison" are no deaths;
* "the flight of 40 passengers" is an air flight, no flight of people;
* drones that "landed" came down whole: no launch; rockets that landed went off.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.counts, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The shelling destroyed two houses and wounded 54 others.", "other people"),
        ("Rebels seized 12 trucks and killed three others.", "other people"),
        (
            "The strike killed 12 people, including four children, and wounded 30 others.",
            "other people",
        ),
        # near misses: a rest of people and a rest of things keep their heads
        ("Two soldiers died and five others were hurt.", "other people"),
        ("The army destroyed two tanks and damaged three others.", "other tanks"),
        ("The blast wounded 12 police officers and 20 others.", "other people"),
    ],
)
def test_a_rest_counts_what_can_suffer_its_event(text: str, counts: str) -> None:
    assert _read(text)[-1][1] == counts


@pytest.mark.parametrize(
    "text",
    [
        "She lost touch with her two sisters after the war began.",
        "She has lost touch with her two sisters.",
        "He lost 20 kilograms while his three children were in prison.",
    ],
)
def test_kin_not_lost_are_no_deaths(text: str) -> None:
    assert all(event != "killed" for _, _, event in _read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The farmer lost three sons in the raid on Vell.",  # near misses: kin lost
        "She lost her mother, stepfather, two sisters and a brother in the attacks.",
        "He has lost two sons and a nephew since the war began.",
    ],
)
def test_near_miss_kin_lost_are_killed(text: str) -> None:
    assert _read(text)[0][2] == "killed"


def test_the_flight_of_passengers_is_no_displacement() -> None:
    assert _read("The flight of 40 passengers landed safely.")[0][2] != "displaced"
    # near miss: people who fled
    assert _read("The shelling caused the flight of more than 5,000 people.")[0][2] == "displaced"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Two drones landed at Vell airport for refuelling.", "other"),
        ("Two drones had landed in the yard.", "other"),
        # near misses: munitions that went off
        ("Three rockets landed near the base on Sunday.", "launched"),
        ("Two drones exploded over Vell.", "launched"),
    ],
)
def test_drones_that_landed_were_not_launched(text: str, event: str) -> None:
    assert _read(text)[0][2] == event
