"""Review revA21 of the predicate rule (invented sentences): an analyst's judgment that
fails the checker stops the run, so the rule fails one only on what its evidence says
against it (an opposite of the same actor, a negated event), never on a paraphrase the
lists do not hold; drafted lines, which are only hidden, are still asked for every past
event verb."""

from __future__ import annotations

import pytest

from briefbook.assessment.checker import check_statement
from briefbook.drafting.check import check_line
from briefbook.model import Sentence


def check(text: str, cited: str, **kw):
    return check_statement(text + " [S4.2]", [Sentence(id="S4.2", source="S4", text=cited)], **kw)


# faithful paraphrases whose verb is in neither the lists nor the evidence
PARAPHRASES = [
    (
        "Belvin slapped new sanctions on Tarsk oil exports.",
        "Belvin imposed new sanctions on Tarsk oil exports.",
    ),
    (
        "The Ostmark central bank hiked interest rates.",
        "The Ostmark central bank increased interest rates.",
    ),
    ("The Corvin court overturned the conviction.", "The Corvin court quashed the conviction."),
    ("Tarsk and Belvin exchanged 90 prisoners.", "Tarsk and Belvin swapped 90 prisoners."),
    ("The Ostmark council adopted the resolution.", "The Ostmark council passed the resolution."),
    (
        "Belvin units gave up positions near Corvin.",
        "Belvin units withdrew from positions near Corvin.",
    ),
]


@pytest.mark.parametrize(("text", "cited"), PARAPHRASES)
def test_a_paraphrase_the_lists_do_not_hold_passes_as_a_judgment(text, cited) -> None:
    result = check(text, cited)
    assert result.ok, result.reasons


def test_a_drafted_line_still_needs_its_past_event_verbs_carried() -> None:
    text, cited = PARAPHRASES[0]
    v = check_line(text.rstrip(".") + " [S1.1]", {"S1.1": cited})
    assert any(r.startswith("predicate 'slapped'") for r in v.reasons), v.reasons
    # the same near miss the judgment passes: an opposite fails both
    v = check_line("Belvin lifted sanctions on Tarsk oil exports [S1.1]", {"S1.1": cited})
    assert any("'lifted'" in r and "'imposed'" in r for r in v.reasons), v.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # one side's gain is the other's loss: two actors, no opposite
        (
            "The Belvin army lost Corvin to Tarsk rebels.",
            "Tarsk rebels captured Corvin from the Belvin army.",
        ),
        (
            "Belvin forces lost Corvin in May.",
            "Ostmark forces captured Corvin, a Belvin town, in May.",
        ),
        (
            "The Tarsk mark fell against the Belvin crown.",
            "The Belvin crown rose against the Tarsk mark.",
        ),
        ("The ruling party lost the Corvin election.", "The opposition won the Corvin election."),
        # "X defeated Y" is X's win
        (
            "Belvin forces defeated the rebels near Corvin.",
            "Belvin forces won a victory over the rebels near Corvin.",
        ),
        # the opposite stands in another clause, of another actor
        (
            "Ostmark forces advanced near Corvin.",
            "Belvin units retreated as Ostmark forces captured Corvin.",
        ),
    ],
)
def test_an_opposite_of_another_actor_is_no_contradiction(text, cited) -> None:
    result = check(text, cited)
    assert result.ok, result.reasons


@pytest.mark.parametrize(
    ("text", "cited", "mine", "theirs"),
    [
        # near misses of the cases above: one actor
        ("Tarsk rebels lost Corvin.", "Tarsk rebels captured Corvin.", "lost", "captured"),
        (
            "The Tarsk mark fell against the crown.",
            "The Tarsk mark rose against the crown.",
            "fell",
            "rose",
        ),
        (
            "Belvin forces suffered a defeat near Corvin.",
            "Belvin forces won near Corvin.",
            "suffered a defeat",
            "won",
        ),
        # an actor of no content word is taken as the same one
        (
            "Belvin rejected the plan.",
            "Belvin said that it had agreed to the plan.",
            "rejected",
            "agreed to",
        ),
        # a passive predicate's subject is no actor
        (
            "The Corvin accord was rejected by Tarsk.",
            "Tarsk accepted the Corvin accord.",
            "rejected",
            "accepted",
        ),
        # opposites the lists lacked
        (
            "The Ostmark council rejected the resolution.",
            "The Ostmark council adopted the resolution.",
            "rejected",
            "adopted",
        ),
        (
            "The Belvin ministry praised the protesters.",
            "The Belvin ministry blamed the protesters.",
            "praised",
            "blamed",
        ),
        (
            "Tarsk reduced its stockpile of shells.",
            "Tarsk's stockpile of shells had grown.",
            "reduced",
            "grown",
        ),
        (
            "Gunmen released 30 students in Corvin.",
            "Gunmen kidnapped 30 students in Corvin.",
            "released",
            "kidnapped",
        ),
        (
            "The Corvin court overturned the ban.",
            "The Corvin court upheld the ban.",
            "overturned",
            "upheld",
        ),
        (
            "The Tarsk junta brought forward the elections.",
            "The Tarsk junta postponed the elections.",
            "brought forward",
            "postponed",
        ),
        (
            "The Corvin dam was repaired by Belvin.",
            "Belvin destroyed the Corvin dam.",
            "repaired",
            "destroyed",
        ),
        (
            "Inflation in Tarsk accelerated in May.",
            "Inflation in Tarsk slowed in May.",
            "accelerated",
            "slowed",
        ),
    ],
)
def test_an_opposite_of_the_same_actor_fails(text, cited, mine, theirs) -> None:
    result = check(text, cited)
    assert not result.ok
    assert any(f"'{mine}'" in r and f"'{theirs}'" in r for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a word of the new entries' own pole carries it
        ("Tarsk cut gas supplies to Belvin.", "Tarsk reduced gas supplies to Belvin."),
        (
            "The Belvin vote was delayed by a week.",
            "Belvin officials postponed the vote by a week.",
        ),
        (
            "Gunmen abducted 20 passengers; 8 were later released.",
            "Gunmen kidnapped 20 passengers and released 8 of them.",
        ),
        (
            "The Tarsk government reinstated the ban the court overturned.",
            "The court overturned the ban, and the Tarsk government reinstated it.",
        ),
    ],
)
def test_the_new_entries_keep_their_own_pole(text, cited) -> None:
    result = check(text, cited)
    assert result.ok, result.reasons


def test_a_figure_falling_to_a_level_is_the_fall_pole() -> None:
    result = check("The death toll in Corvin fell to 31.", "The death toll in Corvin rose to 31.")
    assert any("'fell'" in r and "'rose'" in r for r in result.reasons), result.reasons
    # near miss: a town falling to its captors is no fall of a figure
    assert check("Corvin fell to Tarsk rebels.", "Tarsk rebels captured Corvin.").ok
    assert check(
        "Belvin's grain output shrank to 40 tonnes.", "Belvin's grain output fell to 40 tonnes."
    ).ok


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Ostmark denied that its drones struck the Corvin depot.",
            "Ostmark said its drones did not strike the Corvin depot.",
        ),
        (
            "Belvin rejected claims that its troops fired on the crowd.",
            "Belvin said its troops had not fired on the crowd.",
        ),
        (
            "The Tarsk army dismissed reports that it had withdrawn from Corvin.",
            "The Tarsk army said it had not withdrawn from Corvin.",
        ),
    ],
)
def test_a_predicate_the_text_reports_denied_is_negated(text, cited) -> None:
    result = check(text, cited)
    assert result.ok, result.reasons


def test_an_event_the_evidence_reports_denied_is_not_carried() -> None:
    cited = "Ostmark denied that its drones struck the Corvin depot."
    result = check("Ostmark drones struck the Corvin depot.", cited)
    assert any(r.startswith("predicate 'struck' is negated") for r in result.reasons)
    # near misses: a relative clause, and a second verb of the denier, deny nothing
    assert check("Belvin accepted the plan.", "Tarsk rejected the plan that Belvin accepted.").ok
    assert check("Ostmark struck the depot.", "Ostmark denied the report and struck the depot.").ok
