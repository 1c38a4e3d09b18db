"""Claim kinds a new analyst found on a border conflict (invented sentences, no third-party
text): a second clause with a verb of its own carries its own event, and the parts of a
toll's breakdown ("including ...", a parenthesised list right after it) take the toll's
event, never one of their own."""

from __future__ import annotations

from briefbook.analysis.claims import find_frames


def _frames(text: str) -> dict[str, tuple[str | None, bool]]:
    return {f.text: (f.event, f.part) for f in find_frames(text)}


# 1. a joined clause with its own verb


def test_a_second_clause_with_its_own_verb_is_not_the_first_clauses_toll() -> None:
    got = _frames("At least 21 people have died and 80,000 have left their homes, aid groups said.")
    assert got["80,000"][0] == "displaced"


def test_a_second_clause_with_an_unlisted_verb_is_no_toll() -> None:
    got = _frames("At least 17 villagers died and 6,500 have sought shelter in Orvel schools.")
    assert got["6,500"][0] != "killed"


def test_a_bare_figure_in_a_plain_list_keeps_the_lists_event() -> None:
    # near miss: no verb of its own, the list's reading stays
    got = _frames("Shelling killed 21 people in Tarnow and 40 more on Sunday.")
    assert got["40"][0] == "killed"
    got = _frames("At least 12 people were killed in Dresk and 5 were in Velk.")
    assert got["5"][0] == "killed"


def test_a_second_clause_with_a_toll_verb_keeps_it() -> None:
    # near miss: a verb of its own that names its event, as before
    got = _frames("At least 19 people died in Kolva and 44 were wounded.")
    assert got["44"][0] == "wounded"


# 3. parts of a toll's breakdown


def test_the_parts_after_including_take_the_tolls_event() -> None:
    got = _frames(
        "The deputy governor reported 31 wounded, including 25 civilians and six military "
        "personnel."
    )
    assert got["six military personnel"] == ("wounded", True)
    assert got["25 civilians"] == ("wounded", True)


def test_a_parenthesised_breakdown_after_a_toll_is_its_parts() -> None:
    got = _frames("The ministry reported 9 dead (8 villagers and one ranger) and 31 wounded.")
    assert got["8 villagers"] == ("killed", True)
    assert got["one ranger"] == ("killed", True)
    assert got["31 wounded"] == ("wounded", False)


def test_a_parenthesised_list_after_no_toll_is_not_a_toll() -> None:
    # near miss: a breakdown after a deployment is no casualty list
    got = _frames("The army sent 300 troops (200 infantry and 100 engineers) to Varnok.")
    assert got["200 infantry"][0] not in {"killed", "wounded"}


def test_a_clause_of_its_own_after_an_including_list_keeps_its_event() -> None:
    # near miss: "and 3,000 fled" is no part of the toll
    got = _frames("The raid killed 12 people, including 4 children, and 3,000 fled the district.")
    assert got["4 children"] == ("killed", True)
    assert got["3,000"][0] == "displaced"
    assert got["3,000"][1] is False
