"""Claim kinds of round claims23 (invented sentences of the same shapes; no third-party text).

- A number of time units before "into" dates what follows by an earlier event's time ("came
  three weeks into the war", "Six months into the siege, ..."): a time anchor, no quantity.
  Near miss: a duration a source reports ("the siege lasted three weeks") stays a claim.
- "Among the deceased were N ...": the group names the event (killed), as "the dead" did.
  Near miss: "among the guests were N" names none.
- A bare figure a death toll reaches counts the dead even when a count stands inside the
  toll's phrase ("the death toll from shootings at two mosques has risen to 50"). Near miss:
  "26 died in the raids and five from shelling" still shares the toll before.
- The places or things an attack noun is "on", "at" or "against" were struck ("the shootings
  at two mosques killed 50"). Near miss: people attacked are not, nor places visited.
- Guns a person used or carried ("used five weapons, including two shotguns") are no
  munitions launched. Near miss: drones and missiles used, and rounds fired, were launched.
"""

from __future__ import annotations

from briefbook.analysis.claims import find_claims


def _texts(text: str) -> list[str]:
    return [c.text for c in find_claims(text, "S1.1")]


def _events(text: str) -> list[tuple[object, str | None]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


def test_an_elapsed_time_into_an_event_is_no_quantity() -> None:
    for text in (
        "The shelling of the port came three weeks into the ceasefire.",
        "Nine months into the blockade, the town ran out of fuel.",
        "Fighting resumed two days into the truce.",
    ):
        got = _texts(text)
        assert not [t for t in got if t.split()[-1] in {"days", "weeks", "months"}], (text, got)


def test_near_miss_a_duration_and_a_toll_stay_claims() -> None:
    assert "three weeks" in _texts("The siege of the port lasted three weeks.")
    got = _texts("Fighting resumed two days into the truce, and 14 soldiers were killed.")
    assert got == ["14 soldiers"], got


def test_among_the_deceased_were_killed() -> None:
    assert (4, "killed") in _events("Among the deceased were at least four guards and a cook.")
    assert (3, "wounded") in _events("Among the injured were three medics.")


def test_near_miss_among_a_group_of_no_event() -> None:
    assert (4, "other") in _events("Among the guests were four ministers.")


def test_a_toll_reached_counts_the_dead_past_a_count_in_its_phrase() -> None:
    got = _events(
        "The death toll among residents of three villages near the dam has risen to 31, with"
        " another 40 people injured, officials said."
    )
    assert (31, "killed") in got and (40, "wounded") in got, got
    assert (3, "other") in got, got


def test_near_miss_a_bare_figure_still_shares_the_toll_before() -> None:
    assert _events("26 died in the raids and five from shelling.") == [
        (26, "killed"),
        (5, "killed"),
    ]


def test_places_an_attack_was_on_were_struck() -> None:
    for text, figure in (
        ("The shootings at two chapels killed 19 worshippers.", 2),
        ("Attacks on three villages were reported overnight.", 3),
        ("A raid against four police posts left 12 dead.", 4),
    ):
        assert (figure, "struck") in _events(text), (text, _events(text))


def test_near_miss_people_attacked_and_places_visited_are_not_struck() -> None:
    assert (2, "struck") not in _events("Attacks on two journalists were condemned.")
    assert (2, "other") in _events("He prayed at two chapels in the city.")


def test_guns_used_are_not_launched() -> None:
    got = _events(
        "The attacker used four weapons during the assault, including two rifles and a pistol."
    )
    assert (4, "other") in got and (2, "other") in got, got


def test_near_miss_munitions_used_and_rounds_fired_are_launched() -> None:
    assert (40, "launched") in _events("The army used 40 drones in the assault.")
    assert (300, "launched") in _events("Soldiers fired 300 rounds at the crowd.")


def test_a_later_sentence_of_a_kept_quotation_keeps_its_own_event() -> None:
    # a quotation of several sentences stays one sentence with its attribution; a figure
    # after the quote's inner full stop is no further object of the verb before it
    got = _events(
        '"Guards detained 30 people and abducted over 9 more. At least 70 more are nursing'
        ' gunshot wounds," said the monitor.'
    )
    assert (70, "wounded") in got, got


def test_near_miss_a_bare_figure_in_one_sentence_shares_the_verb() -> None:
    got = _events('"Guards abducted over 9 people and 70 more," said the monitor.')
    assert (70, "captured") in got, got
