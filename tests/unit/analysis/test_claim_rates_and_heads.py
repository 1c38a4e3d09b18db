"""Kinds of figures misread in a trial on outside reporting (invented sentences of the same
shapes, no third-party text): rates of arrivals, people counted by the verb they do, and
counted things that are two heads or an owner's."""

import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.topics import counts_compatible, counts_key


def frames(text: str) -> list[tuple[float | None, float | None, str, str, str | None]]:
    return [(f.low, f.high, f.counts, f.event, f.unit) for f in find_frames(text)]


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("Relief workers recorded 6,500 daily arrivals at the Varlo camp.", 6500, "per day"),
        ("The camp took in about 400 arrivals a day in June.", 360, "per day"),
        ("Some 2,000 new arrivals per week reached the transit site.", 1800, "per week"),
        ("Monitors counted 900 weekly arrivals at the border post.", 900, "per week"),
    ],
)
def test_rates_of_arrivals_are_displacement_claims(text, low, unit) -> None:
    found = frames(text)
    assert len(found) == 1
    assert found[0][0] == pytest.approx(low)
    assert found[0][3] == "displaced"
    assert found[0][4] == unit
    assert counts_key(found[0][2]).head == "people"


def test_a_day_later_is_no_rate() -> None:
    found = frames("Twelve soldiers were killed a day later in Varlo.")
    assert [f[4] for f in found] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands fleeing the shelling crossed into the next province.",
        "Hundreds fleeing Varlo reached the lake shore on Friday.",
        "Hundreds displaced by the clashes sheltered in a school.",
    ],
)
def test_people_fleeing_are_counted_as_people(text) -> None:
    found = frames(text)
    assert len(found) == 1
    assert found[0][2] == "people"
    assert found[0][3] == "displaced"


def test_a_gerund_noun_modifier_stays_in_the_phrase() -> None:
    assert frames("The jets flew two bombing raids over the ridge.")[0][2] == "bombing raids"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Scores of soldiers and civilians were killed near Varlo.", "soldiers and civilians"),
        ("Some 45 soldiers and civilians were wounded in the blast.", "soldiers and civilians"),
        ("Insurgents killed 12 soldiers and a driver near Varlo.", "soldiers"),
        ("Dozens of soldiers and their families fled the base.", "soldiers"),
    ],
)
def test_two_heads_counted_together(text, counts) -> None:
    assert frames(text)[0][2] == counts


def test_keys_of_joined_heads_and_owners_are_their_own_things() -> None:
    assert not counts_compatible("soldiers and civilians", "soldiers")
    assert not counts_compatible("soldiers and civilians", "civilians")
    assert counts_compatible("soldiers and civilians", "civilians and soldiers")
    assert not counts_compatible("soldiers' relatives", "soldiers")
    assert not counts_compatible("the militia's fighters", "militia")
    assert counts_key("the militia's fighters").head == "fighters"
    assert not counts_compatible("soldiers", "M23 fighters")
    assert counts_compatible("militants", "fighters")
    assert counts_compatible("North Korean troops", "soldiers")


@pytest.mark.parametrize(
    "text",
    [
        "Forty people were killed in a day of shelling in Varlo.",
        "Nine soldiers were wounded within a day of the truce.",
    ],
)
def test_a_window_of_one_day_is_no_rate(text) -> None:
    assert [f[4] for f in frames(text)] == [None]
