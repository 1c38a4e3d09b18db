"""An object "it" or "them" right after a sentence's subject and verbs stands for what the
sentence before named (review revB21 of round kj21; invented sentences, no third-party
text): "Government forces will try to retake it." never leads the bottom line as written.
Near misses read on their own: what "it" stands for is in the sentence ("The army lost the
town in May and will try to retake it"), "it" is a subject ("The army said it would ...") or
an idiom ("made it to")."""

from __future__ import annotations

import pytest

from briefbook.assessment.readability import needs_context


@pytest.mark.parametrize(
    "text",
    [
        "Government forces will try to retake it.",
        "The army vowed to retake it within days.",
        "Rebels captured it on Sunday after a week of fighting.",
        "Karsian troops have surrounded them on three sides.",
        "Ostland is expected to try to retake it in the coming weeks.",
        "The interior ministry confirmed it on Monday.",
    ],
)
def test_an_object_pronoun_with_nothing_before_it_needs_context(text: str) -> None:
    assert needs_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army lost the town in May and will try to retake it.",
        "The army said it would retake Ostra.",
        "Rebels made it to the outskirts of Ostra.",
        "The town was shelled before rebels captured it.",
        "Ostra's mayor called it a massacre.",
        "The militia seized the airport and held it for two days.",
        "Troops shelled the bridge to stop the rebels crossing it.",
    ],
)
def test_an_object_pronoun_with_its_referent_reads_on_its_own(text: str) -> None:
    assert not needs_context(text)
