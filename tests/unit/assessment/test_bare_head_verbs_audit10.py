"""A bare event noun as the subject ("The move strengthens the council's bid ...", "The
decision threatens the truce") points to the act the sentence before told, whatever its verb
of consequence: it never stands alone as a key judgment or leads the Situation (round
audit10; invented sentences). With its complement ("The move to withdraw ...", "The threat of
famine ..."), a possessive ("The council's move ...") or another subject it reads on its
own."""

from __future__ import annotations

import pytest

from briefbook.assessment.readability import needs_context


@pytest.mark.parametrize(
    "text",
    [
        "The move strengthens the council's bid for statehood and threatens Ostland's interests.",
        "The decision threatens the truce agreed in Kelvo.",
        "The step marks a shift in the Varn militia's strategy.",
        "The announcement heightened tensions between Kelvo and Lanmouth.",
    ],
)
def test_a_bare_event_noun_before_a_consequence_points_back(text):
    assert needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The move to withdraw strengthens the council's bid for statehood.",
        "The threat of famine threatens millions in Kelvo.",
        "The army strengthens its lines near Kelvo.",
        "The council's move strengthens its bid for statehood.",
    ],
)
def test_a_named_act_or_another_subject_reads_on_its_own(text):
    assert not needs_context(text)
