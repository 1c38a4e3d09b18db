"""Claim kinds misread in a new-analyst trial on a war's toll (invented sentences of the same
shapes; no third-party text): a bare figure after a list of tolls that opens a clause of a
state of its own ("and 20 million are in urgent need of aid", "and 3,000 remain in hiding")
tells that state ("other"), never the killing or displacement of the list before it, nor
funding for the aid named inside the state; so a source is no longer "inconsistent within"
itself on the displaced. Near misses: "and five were in Velk" (a place after the
preposition) stays elliptic and keeps the toll's event."""

from __future__ import annotations

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[tuple[object, str | None]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


def test_a_figure_in_need_of_aid_after_a_list_of_tolls_is_no_toll() -> None:
    events = _events(
        "Since the war began, tens of thousands have died, 9 million have been displaced, "
        "and 20 million are in urgent need of humanitarian aid."
    )
    assert (9_000_000, "displaced") in events, events
    assert (20_000_000, "other") in events, events


def test_figures_in_hiding_or_in_danger_tell_their_own_state() -> None:
    assert (3000, "other") in _events("Shelling killed 12 people, and 3,000 remain in hiding.")
    assert (2000, "other") in _events(
        "The fighting displaced 9,000 people and 2,000 were in danger."
    )


def test_near_miss_a_place_after_the_preposition_stays_elliptic() -> None:
    assert (5, "killed") in _events("Since May, 40 people were killed and five were in Velk.")
    assert (2000, "displaced") in _events(
        "The fighting displaced 9,000 people, and 2,000 were in Tamberlo."
    )


def test_a_perfect_participle_after_a_figure_is_no_counted_thing() -> None:
    # "over 90,000 having been killed": "having" opens the figure's verb, it counts people
    claims = find_claims(
        "The war has provoked the worst crisis of the region, with over 90,000 having been "
        "killed and more than 8 million displaced.",
        "S1.1",
    )
    assert [(c.quantity, c.counts, c.event) for c in claims][:1] == [(90_000, "people", "killed")]


def test_near_miss_a_counted_noun_before_the_participle_is_kept() -> None:
    claims = find_claims("Over 90,000 soldiers having been killed, the talks resumed.", "S1.1")
    assert [(c.quantity, c.counts, c.event) for c in claims] == [(90_000, "soldiers", "killed")]
