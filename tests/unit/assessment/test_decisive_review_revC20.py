"""Review of the decisive kinds of rounds left20 and trial23 (invented sentences, no
third-party text): a decree is decisive only when it ends a state or one of its bodies; a
deal kept is no turn, but a new truce observed or honoured is; a leader killed by a weapon
of war is killed in war whatever else the clause says; a leader arrested for a crime is no
leader taken in war; arms handed to an ally are no surrender; the age of a thing a toll is
told in is no span of the toll. Near misses keep the rounds' readings."""

from __future__ import annotations

import pytest

from briefbook.assessment.key_judgments import _toll_span
from briefbook.assessment.signals import is_decisive_event


@pytest.mark.parametrize(
    "text",
    [
        # a decree that ends no state nor any of its bodies
        "The city council passed a resolution to abolish parking fees.",
        "The minister signed an order to disband the school choir.",
        "The governor signed a decree to dismantle illegal street stalls.",
        # a leader arrested for a crime, whoever arrests him
        "Security services arrested the former foreign minister on bribery charges.",
        # arms handed to an ally
        "The troops handed over ammunition to the allied militia.",
    ],
)
def test_over_reaches_are_no_turn(text: str) -> None:
    assert not is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        # a new truce observed, respected or honoured (a deal, not the state of things kept)
        "The sides agreed to observe a ceasefire from midnight.",
        "The parties agreed to honour a truce that takes effect on Friday.",
        # a leader killed by a weapon of war, whatever else the clause tells
        "The rebel commander was killed when a missile crashed into his home.",
        "The rebel commander was killed while a storm of shells fell.",
        # near misses: the rounds' own readings hold
        "The junta issued a decree to dissolve all political parties.",
        "The president signed a decree on the dissolution of the army.",
        # the body's deadline after it is no part of the act
        "The junta leader signed a decree to disband the national guard by 1 March 2025.",
        "Rebels abducted the deputy defence minister.",
        "The separatist forces have begun to hand over weapons.",
        "Karsian troops handed over weapons to the Ostland army.",
    ],
)
def test_turns_stay_decisive(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to keep the existing truce.",
        "Police arrested the former minister for fraud.",
        "The rebel commander was killed in a plane crash.",
        "The army chief was killed when his helicopter crashed.",
    ],
)
def test_the_rounds_near_misses_stay_no_turn(text: str) -> None:
    assert not is_decisive_event(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Gunmen killed 12 people in a century-old church.", False),
        ("A bomb killed 90 in a decade-old dispute's latest flare-up.", False),
        ("The regime killed 40,000 people over a four-decade reign.", True),
        ("The insurgents killed 5,000 across a decades-long campaign.", True),
    ],
)
def test_the_age_of_a_thing_is_no_span_of_the_toll(text: str, span: bool) -> None:
    assert bool(_toll_span().search(text)) is span
