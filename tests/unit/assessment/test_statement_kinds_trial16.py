"""Statement kinds misread in a new-analyst trial on a blockade of a capital (invented
sentences of the same shapes; no third-party text): a body's note that its own figures may
understate a toll is no indicator (the count is already there); a sentence opening with a
pro-form for the act the sentence before named ("Doing so would ...") does not read alone."""

from __future__ import annotations

import pytest

from briefbook.assessment.readability import needs_context
from briefbook.assessment.situation import is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "The group noted that its figures might understate the real toll, given the limits of "
        "access to the north.",
        "The tally may undercount the dead in the border villages.",
        "Officials said the count could overstate the losses of the first week.",
    ],
)
def test_a_count_that_may_be_wrong_is_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "The toll could rise if the offensive begins.",
        "The rebels might attack the depot next week.",
    ],
)
def test_a_development_to_come_stays_an_indicator(text: str) -> None:
    assert is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "Doing so would fundamentally change the nature of the war, forcing the rebels into "
        "open battle.",
        "To do so, the army must retake the bridge.",
        "In doing so, the council gave up its last lever.",
    ],
)
def test_a_pro_form_opening_needs_context(text: str) -> None:
    assert needs_context(text)


def test_a_gerund_subject_reads_alone() -> None:
    assert not needs_context("Doing business in the capital has become harder since the blockade.")


@pytest.mark.parametrize(
    "text",
    [
        "The impact has been severe, schools have shut and transport has nearly stopped.",
        "The effects were felt across the valley within days.",
    ],
)
def test_a_bare_effect_noun_subject_needs_context(text: str) -> None:
    assert needs_context(text)


def test_an_effect_noun_with_its_cause_reads_alone() -> None:
    assert not needs_context("The impact of the blockade on the capital has been severe.")
