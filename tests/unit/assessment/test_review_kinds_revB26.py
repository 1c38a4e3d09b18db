"""Kinds the review of rounds front26 and trialA26 found (round revB26; every sentence is
invented):

- talks told as failed in a reported clause with no "that" ("Mediators said the talks had
  failed") or as broken off are a decisive turn, as "said that the talks collapsed" is;
  talks that failed to do one thing, trade talks, negated, denied or only possible are not;
- "In reprisal, ..." answers the act the sentence before told, as "In retaliation, ..." does;
- a toll told as revised down with what it counts between ("revised the toll of the clashes
  down to 58", "cut its count of the dead to 19") is a revision; a verb of lowering that
  lowers no count ("Prices were lowered", "downgraded relations", "a corrected version")
  tells no toll revised down.
"""

from __future__ import annotations

import pytest

from briefbook.assessment.corroboration import _tells_fall
from briefbook.assessment.readability import needs_context
from briefbook.assessment.signals import is_decisive_event


@pytest.mark.parametrize(
    "text",
    [
        "Mediators said the talks had failed after three days.",
        "The African Union said the peace talks had collapsed.",
        "The minister told reporters the negotiations had broken down.",
        "Talks between the militia and the governor broke off on Saturday.",
        "Mediators confirmed the talks had broken off on Sunday.",
    ],
)
def test_talks_told_failed_in_a_bare_reported_clause_are_decisive(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mediator said the talks had not failed.",
        "Officials said the trade talks collapsed over tariffs.",
        "Rebels said the talks could fail if the shelling went on.",
        "The minister said the talks failed to address the prisoners.",
        "The rebels denied the talks had broken off.",
        "The two sides failed to agree on a ceasefire line.",
        "The 2014 talks collapsed after the rebels walked out.",
        "Mediators said the 2019 peace talks had failed.",
    ],
)
def test_talks_not_told_failed_stay_undecided(text: str) -> None:
    assert not is_decisive_event(text)


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("In reprisal, the army burned two villages, residents said.", True),
        ("The militia, in reprisal, attacked a police post in Vira.", True),
        ("In reprisal for the ambush, the army burned two villages.", False),
    ],
)
def test_a_reprisal_without_what_it_answers_needs_the_sentence_before(
    text: str, needs: bool
) -> None:
    assert needs_context(text) is needs


@pytest.mark.parametrize(
    "text",
    [
        "The health department revised the toll of the clashes down to 58.",
        "The army cut its count of the dead to 19.",
        "Officials lowered the death toll to 12 on Tuesday.",
        "The toll was later lowered to 12, the governor said.",
        "In a corrected toll, the ministry said 45 civilians were killed.",
        "The ministry, correcting its figures, said 30 people had died.",
        "The toll was revised down to 45.",
    ],
)
def test_a_toll_told_revised_down_is_a_revision(text: str) -> None:
    assert _tells_fall(text)


@pytest.mark.parametrize(
    "text",
    [
        "A corrected version of the report said 30 people were killed.",
        "Prices of fuel were lowered on Monday after the attack killed nine.",
        "The government downgraded relations with Ostrava after 12 were killed.",
        "Dorat was reduced to ruins after shelling that killed 30 people.",
        "The ministry revised its travel advice after 14 people were killed.",
        "The toll of the clashes rose to 64, the health department said.",
    ],
)
def test_a_lowering_of_something_else_is_no_toll_revised_down(text: str) -> None:
    assert not _tells_fall(text)
