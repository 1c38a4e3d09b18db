"""Over-reaches of rounds left16 and trial16 found in review (invented sentences, no
third-party text), each narrowed as a kind:

* "X claimed the attack killed 40" is X's report of the toll (the attack is the subject of the
  clause claimed); only "claimed the attack, which killed 12" claims the act alone;
* two reports told as participles after "with" own only the figures of their own clause, not
  the main clause's after a comma ("With witnesses reporting gunfire and troops giving chase,
  40 people were arrested, police said");
* a person "burned to death" or "burned alive" is killed, not an "other" or destroyed thing;
* "to alight" (get off a bus) is no fire;
* a relative clause's speaker skipped as the toll's originator never comes back as a garbled
  role ("fire that officials");
* a past-perfect toll of one operation ("the police operation on Tuesday had left 9 dead") is
  no campaign's running total; "had already displaced" stays one.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.scopes import scope_facets
from builders import originators_of


def _claims(text: str) -> list:
    """The claims of ``text`` as the pipeline reads them: with the sentence's originator."""
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


def _claim(text: str, figure: float):
    (claim,) = [c for c in _claims(text) if c.quantity == figure]
    return claim


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        ("The ministry claimed the attack killed 40 soldiers.", 40, "ministry"),
        ("Kyiv claimed the strike destroyed 3 aircraft on the ground.", 3, "kyiv"),
        ("The army claimed that the ambush killed 15 rebels.", 15, "army"),
        ("The governor claimed Sunday's bombing had wounded only 6 people.", 6, "governor"),
        ("The army claimed the attack on the base killed 40 insurgents.", 40, "army"),
    ],
)
def test_a_claim_that_the_attack_killed_is_the_claimants_report(
    text: str, figure: int, speaker: str
) -> None:
    assert speaker in (_claim(text, figure).attributed_to or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "The rebels claimed the attack on the base, which killed 12 soldiers.",
        "A separatist front claimed the ambush near the pass that killed 9 rangers.",
    ],
)
def test_claiming_the_act_alone_leaves_the_toll_the_writers(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.attributed_to is None, claim


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (
            "With witnesses reporting gunfire and troops giving chase, 40 people were "
            "arrested, police said.",
            40,
            "police",
        ),
        (
            "With the police reporting 12 arrests and the mayor giving a speech, 20 shops "
            "were looted, officials said.",
            20,
            "officials",
        ),
    ],
)
def test_the_main_clause_after_a_participle_pair_keeps_its_speaker(
    text: str, figure: int, speaker: str
) -> None:
    assert speaker in (_claim(text, figure).attributed_to or "").lower()


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Twelve people were burned to death in their homes.", 12),
        ("Seven villagers were burnt alive in their huts.", 7),
    ],
)
def test_people_burned_to_death_are_killed(text: str, figure: int) -> None:
    assert _claim(text, figure).event == "killed"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Twelve passengers were told to alight at the border crossing.", 12, None),
        ("Soldiers ordered 30 travellers to alight from the bus.", 30, None),
        ("At least 14 homes were alight by dawn.", 14, "destroyed"),
    ],
)
def test_to_alight_is_no_fire(text: str, figure: int, event: str | None) -> None:
    found = _claim(text, figure).event
    assert (found == event) if event else (found != "destroyed")


@pytest.mark.parametrize(
    "text",
    [
        "The fire that officials said started in a kitchen destroyed 80 homes, firefighters said.",
        "The raid that officials said started at dawn destroyed 30 huts, firefighters said.",
    ],
)
def test_a_skipped_relative_speaker_is_no_garbled_role(text: str) -> None:
    for claim in _claims(text):
        assert " that " not in f" {claim.attributed_to or ''} ", claim


@pytest.mark.parametrize(
    "text",
    [
        "The police operation on Tuesday had left 9 dead by nightfall.",
        "A single drone operation had killed 4 fighters, the ministry said.",
    ],
)
def test_one_operations_past_perfect_toll_is_no_campaign(text: str) -> None:
    (claim,) = _claims(text)
    assert scope_facets(claim.scope).span != "campaign", claim
