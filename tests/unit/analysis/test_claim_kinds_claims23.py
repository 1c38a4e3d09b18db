"""Claim kinds of round claims23 (invented sentences of the same shapes; no third-party text).

- A number of time units before "into" dates what follows by an earlier event's time ("came
  three weeks into the war", "Six months into the siege, ..."): a time anchor, no quantity.
  Near miss: a duration a source reports ("the siege lasted three weeks") stays a claim.
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
