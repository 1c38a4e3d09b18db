"""The checker's predicate rule (invented sentences): a statement must keep what its cited
sentences say happened, not only their names, numbers and dates."""

from __future__ import annotations

import pytest

from briefbook.assessment.checker import check_statement
from briefbook.assessment.predicates import predicate_hits
from briefbook.drafting.check import check_line
from briefbook.model import Sentence


def check(text: str, cited: str, **kw):
    return check_statement(text + " [S4.2]", [Sentence(id="S4.2", source="S4", text=cited)], **kw)


@pytest.mark.parametrize(
    ("text", "cited", "mine", "theirs"),
    [
        # stance
        (
            "Ostmark applauded the Belvin verdict.",
            "Ostmark deplored the Belvin verdict.",
            "applauded",
            "deplored",
        ),
        # decision, phrase against a word
        (
            "The Tarsk cabinet signed on to the Corvin plan.",
            "The Tarsk cabinet turned down the Corvin plan.",
            "signed on to",
            "turned down",
        ),
        # movement on the ground
        (
            "Belvin brigades pushed forward near Tarsk.",
            "Belvin brigades fell back near Tarsk.",
            "pushed forward",
            "fell back",
        ),
        # outcome, a noun against a verb
        (
            "The capture of Corvin by Ostmark marked the week.",
            "Ostmark lost Corvin during the week.",
            "capture of",
            "lost",
        ),
        # trend
        (
            "Belvin's oil output climbed in May.",
            "Belvin's oil output slumped in May.",
            "climbed",
            "slumped",
        ),
        # a vote
        (
            "The Tarsk governor ratified the levy.",
            "The Tarsk governor vetoed the levy.",
            "ratified",
            "vetoed",
        ),
        # a negated word of one pole is its opposite in the evidence
        (
            "Corvin accepted the Ostmark terms.",
            "Corvin did not accept the Ostmark terms.",
            "accepted",
            "not accept",
        ),
    ],
)
def test_an_opposite_predicate_fails_naming_both_words(text, cited, mine, theirs) -> None:
    result = check(text, cited)
    assert not result.ok
    assert mine in result.unsupported
    reason = next(r for r in result.reasons if r.startswith("predicate"))
    assert f"'{mine}'" in reason and f"'{theirs}'" in reason and "S4.2" in reason


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # near misses of the cases above: the same pole in other words
        ("Ostmark praised the Belvin verdict.", "Ostmark applauded the Belvin verdict."),
        (
            "The Tarsk cabinet rejected the Corvin plan.",
            "The Tarsk cabinet turned down the Corvin plan.",
        ),
        ("Belvin brigades retreated near Tarsk.", "Belvin brigades fell back near Tarsk."),
        ("Ostmark ceded Corvin during the week.", "Ostmark lost Corvin during the week."),
        ("Belvin's oil output declined in May.", "Belvin's oil output slumped in May."),
        ("Corvin rejected the Ostmark terms.", "Corvin did not accept the Ostmark terms."),
        # faithful paraphrase of reporting, killing, attacking
        (
            "The Tarsk police stated that the road was closed.",
            "The Tarsk police said the road was closed.",
        ),
        ("The blast killed nine miners in Corvin.", "The blast left nine miners dead in Corvin."),
        (
            "Gunmen attacked a checkpoint outside Belvin.",
            "Gunmen struck a checkpoint outside Belvin.",
        ),
        ("Belvin's condemnation of the raid came at once.", "Belvin condemned the raid at once."),
        # "lost their lives" is no loss of ground
        (
            "Ostmark captured Corvin.",
            "Nine Ostmark soldiers lost their lives as Ostmark seized Corvin.",
        ),
        # both poles in the evidence, of two actors: the text's own word is there
        (
            "Tarsk condemned the Corvin raid.",
            "Belvin welcomed the Corvin raid, but Tarsk condemned it.",
        ),
        # a phrase's head verb on its own: "fell to" (a place falling) and "fell" (a figure)
        (
            "Belvin's grain output shrank to 40 tonnes.",
            "Belvin's grain output fell to 40 tonnes.",
        ),
        # other forms of a verb outside the lists
        (
            "The Ostmark navy sank a Belvin trawler.",
            "A Belvin trawler was sunk by the Ostmark navy.",
        ),
        (
            "The Tarsk army fortified Corvin.",
            "The fortification of Corvin by the Tarsk army went on.",
        ),
    ],
)
def test_faithful_paraphrase_passes(text, cited) -> None:
    result = check(text, cited)
    assert result.ok, result.reasons


@pytest.mark.parametrize(
    ("text", "cited", "word"),
    [
        # the evidence denies the event the text asserts
        ("Belvin jets bombed the Tarsk dam.", "Belvin jets did not bomb the Tarsk dam.", "bombed"),
        # another event than the evidence's, outside the lists too
        (
            "The Ostmark navy sank a Belvin trawler.",
            "The Ostmark navy escorted a Belvin trawler.",
            "sank",
        ),
        (
            "The Tarsk army demolished Corvin's old fort.",
            "The Tarsk army garrisoned Corvin's old fort.",
            "demolished",
        ),
        (
            "Ostmark police arrested the Belvin consul.",
            "Ostmark police met the Belvin consul.",
            "arrested",
        ),
    ],
)
def test_a_predicate_the_evidence_does_not_carry_fails(text, cited, word) -> None:
    result = check(text, cited, absent_predicates=True)  # as a drafted line is checked
    assert not result.ok
    assert word in result.unsupported
    assert any(r.startswith(f"predicate '{word}'") for r in result.reasons)


def test_the_text_negating_its_own_verb_is_left_to_the_negation_rule() -> None:
    result = check("Belvin jets did not bomb the Tarsk dam.", "Belvin jets bombed the Tarsk dam.")
    assert not result.ok
    assert not any(r.startswith("predicate") for r in result.reasons)
    assert any(r.startswith("negation") for r in result.reasons)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostmark welcomed the truce while Belvin condemned it and Tarsk rejected it.",
        "Prices rose in Corvin but fell in Tarsk after Belvin lifted and Ostmark imposed curbs.",
        "Belvin did not attack the dam; the raid left six guards dead and Ostmark lost the ridge.",
        "The armed group, which retreated in March, had advanced on Corvin and sank two ferries.",
    ],
)
def test_a_copied_sentence_always_passes(sentence) -> None:
    assert check(sentence, sentence).ok


def test_the_rule_can_be_turned_off() -> None:
    text, cited = "Ostmark applauded the Belvin verdict.", "Ostmark deplored the Belvin verdict."
    assert not check(text, cited).ok
    assert check(text, cited, predicates=False).ok


def test_phrases_take_words_inside_them_and_idioms_are_no_predicates() -> None:
    hits = predicate_hits("The blast left six guards dead; 12 soldiers lost their lives.")
    assert [(h.shown, h.entry) for h in hits] == [("left six guards dead", "leave dead")]
    hits = predicate_hits("Corvin refused to accept the terms; Tarsk declined to comment.")
    assert [(h.entry, h.negated) for h in hits] == [("accept", True)]


def test_a_drafted_line_is_rejected_for_an_opposite_predicate() -> None:
    offered = {"S1.1": "The Tarsk council condemned the Ostmark blockade of Corvin."}
    v = check_line("The Tarsk council welcomed the Ostmark blockade of Corvin [S1.1]", offered)
    assert not v.accepted
    assert any("'welcomed'" in r and "'condemned'" in r for r in v.reasons)
    v = check_line("The Tarsk council denounced the Ostmark blockade of Corvin [S1.1]", offered)
    assert not any(r.startswith("predicate") for r in v.reasons), v.reasons
