"""GUIDE rule 1: label by function. A question the piece asks poses the question of a
section: what comes next is the outlook's (``question_forward``), why it happened or what an
actor wants is the factors' (``question_why``), and "What do we know about ...?" is the
piece's own signpost (``framing``: none). Invented sentences."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels

FORWARD = [
    "How will the vote reshape the Varn coalition?",
    "What can the league possibly do now to contain the fallout?",
    "Is the raid a prelude to a wider offensive or the whole of the message to Kessel?",
    "Where does the truce go from here?",
    "But will the ceasefire hold through the harvest?",
    "How might Dorvia respond?",
]


@pytest.mark.parametrize("text", FORWARD)
def test_a_question_about_what_comes_next_is_the_outlook(text):
    assert _top(text, factors=0.6, outlook=0.2, context=0.1, none=0.1) == "outlook"
    assert _top(text, context=0.6, outlook=0.2, none=0.2) == "outlook"


WHY = [
    "Why did Dorvia close the strait to Kessel's tankers?",
    "But why did the junta suddenly change course?",
    "What are the militia's immediate goals?",
    "What were the council's real motives?",
]


@pytest.mark.parametrize("text", WHY)
def test_a_question_about_causes_or_aims_is_a_factor(text):
    assert _top(text, battlefield=0.6, factors=0.2, context=0.1, none=0.1) == "factors"
    assert _top(text, outlook=0.6, factors=0.2, none=0.2) == "factors"


@pytest.mark.parametrize(
    "text",
    [
        "What do we know about the blasts under the bay?",
        "What we know so far about the Amsel explosions.",
    ],
)
def test_the_piece_asking_what_it_knows_is_a_signpost(text):
    assert rule_labels([text]) == ["none"]


NOT_QUESTIONS = [
    # a statement closed by a question mark (it opens as a statement)
    "It will have shaken the militia, but are its commanders safe?",
    # a question about the past asks for the situation: the classifier's reading stands
    "What did the strike on the depot destroy?",
    # a quoted question is the speaker's
    '"Will they come back tomorrow?" one villager asked.',
    # no question at all: a forward statement is other rules' business
    "How the league will respond is unclear.",
]


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_other_sentences_are_no_question_of_a_section(text):
    labels = rule_labels([text], predicted=["factors"])
    assert labels[0] not in ("outlook", "factors")


def test_a_question_the_classifier_reads_as_boilerplate_stays_out():
    assert _top("What will happen next?", none=0.9, outlook=0.1) == "none"
