"""An answer told without what it answers (round trialA26): "In response, Ostland has carried
out strikes near Vellmar" and "Ostland, in turn, retaliated against the border posts" answer
an act only the sentence before names, so they do not read on their own and never lead the
bottom line as written. An answer that names what it answers ("In response to the raid,
..."), and "in turn" before no answering act, read on their own. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.readability import needs_context
from briefbook.assessment.signals import key_signal


@pytest.mark.parametrize(
    "text",
    [
        "In response, Ostland has carried out several cross-border airstrikes near Vellmar.",
        "In retaliation, the Dorvian navy closed the northern strait to Kestan shipping.",
        "Kestan, in turn, retaliated against Ostland military positions.",
        "The Vell army, in response, shelled the ridge above the river crossing.",
        "Dorvia, in retaliation, swiftly expelled four Kestan diplomats.",
        "The ministry, in reply, recalled its ambassador from Vellmar.",
    ],
)
def test_an_answer_without_what_it_answers_needs_the_sentence_before(text: str) -> None:
    assert needs_context(text)
    assert key_signal(text, analytic_section=False, probabilistic=False).context


@pytest.mark.parametrize(
    "text",
    [
        "In response to the raid on Vellmar, Ostland carried out airstrikes on three depots.",
        "Kestan retaliated against Ostland military positions on Saturday night.",
        "Dorvia, in turn, likely sees the accord as a step toward a wider settlement.",
        "The response of the Vell army was to shell the ridge above the river crossing.",
        "Ostland expelled four Kestan diplomats in retaliation for the border raid.",
    ],
)
def test_an_answer_that_names_its_occasion_reads_on_its_own(text: str) -> None:
    assert not needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "Earlier in the day, Ostland decided to recall its ambassador from Vellmar.",
        "Earlier, both sides said they were holding talks in Vellmar on Saturday.",
        "Earlier that day, Kestan closed the northern crossing to lorries.",
    ],
)
def test_a_step_back_from_the_sentence_before_needs_it(text: str) -> None:
    # "Earlier, ..." as "Later, ...": earlier than what the sentence before told
    assert needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "Earlier talks in Vellmar collapsed without an agreement in March.",
        "Earlier this year, Ostland recalled its ambassador from Vellmar.",
        "Earlier on Tuesday, Kestan closed the northern crossing to lorries.",
    ],
)
def test_an_earlier_time_named_or_an_adjective_reads_on_its_own(text: str) -> None:
    assert not needs_context(text)
