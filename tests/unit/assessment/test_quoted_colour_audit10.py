"""A mostly quoted sentence is a quotation (colour, a party's words: no key judgment while a
finding is left) unless the writer hedges it in its own words: a hedge inside the quotation is
the speaker's ('"The steps we take may be unbearable for Varn," the council said'), and a
modal of perception tells what a witness perceived ("Crowds could be heard shouting, ...").
Round audit10; invented sentences of the shapes seen on unseen pages."""

from __future__ import annotations

import pytest

from briefbook.analysis.hedges import is_probabilistic
from briefbook.assessment.signals import key_signal, writer_hedges

QUOTED = [
    '"The steps we will take may be unbearable for the Varn junta but will bring hope to its '
    'people," the Ostland security council said.',
    'Crowds could be heard shouting, "We are coming for every minister."',
    'Chants could be heard: "No grain for the army, no bread for the generals, no peace for '
    'the palace."',
]


@pytest.mark.parametrize("text", QUOTED)
def test_a_speakers_hedge_or_a_perception_leaves_a_quotation_a_quotation(text):
    # the facts mark these sentences probabilistic (a modal somewhere in them), and the
    # outline may file them under an analytic section: they are still a party's words
    assert is_probabilistic(text)
    assert not writer_hedges(text)
    assert key_signal(text, True, True).quote


WRITERS = [
    'The truce may collapse, the envoy said, "if the guns do not fall silent by Friday."',
    'The offensive will likely stall, "as the brigades have run out of shells," she said.',
    'Ostland could answer within days, "with every means we have," the minister warned.',
]


@pytest.mark.parametrize("text", WRITERS)
def test_the_writers_own_hedge_keeps_an_estimate(text):
    assert writer_hedges(text)
    assert not key_signal(text, True, True).quote


def test_seen_as_interprets_and_as_far_as_perceives() -> None:
    # revB24: "could be seen as" is the writer's estimate; "could be seen as far as" a sight
    assert writer_hedges('The vote could be seen as a test of the truce, "our last chance."')
    assert not writer_hedges('Smoke could be seen as far as Varn, "a black column," she said.')
