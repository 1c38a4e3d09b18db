"""Kinds misread in a new-analyst trial on a blockade of a capital by an armed movement
(invented sentences of the same shapes; no third-party text): lorries set on fire, burned or
reduced to ashes are destroyed; a person forcibly disappeared is missing, not killed; a day
dating a report is no part of who issued it; a cue word that ends a body's name ("Human
Rights Watch") looks ahead to nothing; a Tamasheq or Hassaniya particle ("ag", "ould") joins
a person's name; a body spelled with and without the full stops of its initials is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.hedges import attribution, find_cues, is_forward
from builders import entities_of


def events(text: str) -> dict[object, tuple[str, str | None]]:
    return {c.quantity: (c.counts, c.event) for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Gunmen have set more than 60 lorries on fire, choking the region's grain supply.", 60),
        ("A union official said that about 30 lorries were burned on the border road.", 30),
        ("A police source said more than fifteen lorries were reduced to ashes.", 15),
        ("Since April, the militia has burned over 50 huts in the valley.", 50),
        ("The rebels said 25 tankers went up in flames near the depot.", 25),
    ],
)
def test_things_burned_are_destroyed(text: str, figure: int) -> None:
    assert events(text)[figure][1] == "destroyed"


def test_a_person_forcibly_disappeared_is_missing_not_killed() -> None:
    found = events(
        'Since April, the militia has "deliberately killed at least 20 villagers," forcibly '
        "disappeared six others, and torched over 50 huts."
    )
    assert found[20][1] == "killed"
    assert found[6][1] == "other"
    assert found[50][1] == "destroyed"


@pytest.mark.parametrize(
    "text",
    [
        "The militia killed 20 villagers, according to a Monday report from Amnesty International.",
        "The militia killed 20 villagers, according to a March 2024 report by Amnesty International.",
        "The militia killed 20 villagers, according to a new report from Amnesty International.",
    ],
)
def test_a_day_dating_a_report_is_not_its_issuer(text: str) -> None:
    assert attribution(text)[0] == "Amnesty International"


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch has condemned the raids on the border villages.",
        "The killings were documented in a report from Human Rights Watch last year.",
    ],
)
def test_a_cue_word_ending_a_name_is_no_cue(text: str) -> None:
    assert not is_forward(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The army will watch the border closely.", "watch"),
        ("Rebels Could Retake Border Town", "could"),
        ("Watch the border, the general said.", "watch"),
    ],
)
def test_a_cue_word_outside_a_name_stays(text: str, cue: str) -> None:
    assert cue in [c for _, _, c in find_cues(text, "forward")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("OFAC also designated Omar ag Hamid, the leader of the front.", "Omar ag Hamid"),
        ("The court named Bah Ag Salem as the commander of the raid.", "Bah Ag Salem"),
        ("Ahmed ould Salem, the mayor, said the road was closed.", "Ahmed ould Salem"),
    ],
)
def test_a_name_with_a_son_of_particle_is_one_person(tmp_path: Path, text: str, name: str) -> None:
    assert ("person", name) in entities_of(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "The US Embassy in Ostland urged citizens to leave. Later the U.S. Embassy said "
        "flights were available.",
        "The U.N. Mission said the road was open. The UN Mission later closed it.",
    ],
)
def test_a_body_spelled_with_and_without_full_stops_is_one(tmp_path: Path, text: str) -> None:
    bodies = [name for etype, name in entities_of(tmp_path, text) if etype == "organisation"]
    assert len(bodies) == 1, bodies


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Since May, the militia has killed at least 20 villagers in the north.", "Since May"),
        ("Since May 3, the militia has killed 20 villagers.", "Since May 3"),
        ("The militia has killed 20 villagers since May.", "since May"),
    ],
)
def test_since_the_month_of_may_is_a_running_total(text: str, scope: str) -> None:
    (claim,) = find_claims(text, "S1.1")
    assert claim.scope == scope


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "In the valley, a tightened siege triggered an exodus toward the coast, with the "
            "refugee agency reporting 3,000 refugees and local sources citing 9 villagers "
            "killed in a recent attack.",
            "refugee agency",
            "local sources",
        ),
        (
            "Floods hit the valley, with the agency reporting 3,000 displaced and the governor "
            "citing 9 dead.",
            "agency",
            "governor",
        ),
    ],
)
def test_two_reports_told_as_participles_keep_their_reporters(text, first, second) -> None:
    from builders import originator_in

    assert originator_in(text, "3,000") == first
    assert originator_in(text, "9") == second
