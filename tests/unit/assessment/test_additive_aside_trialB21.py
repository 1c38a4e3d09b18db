"""A subject set off by an additive aside (round trialB21): "The top diplomat, too, saw
reason for optimism" compares its subject with someone the sentence before named, so it does
not read on its own and never becomes a key judgment as written. "Too" that is no aside
("Haiti, too poor to ...") and a list of subjects read on their own. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.readability import needs_context
from briefbook.assessment.signals import key_signal


@pytest.mark.parametrize(
    "text",
    [
        "The top Ostland diplomat, too, saw reason for optimism.",
        "The Vell foreign minister, for his part, called the talks useful.",
        "The harbour authority, as well, closed the northern quays.",
        "Dorvia, likewise, recalled its envoy on Monday.",
    ],
)
def test_an_additive_aside_needs_the_sentence_before(text: str) -> None:
    assert needs_context(text)
    assert key_signal(text, analytic_section=False, probabilistic=False).context


@pytest.mark.parametrize(
    "text",
    [
        "Vellmar, too poor to pay its police, relies on donors for their salaries.",
        "Ostland, the Vell republic and Dorvia signed the accord on Monday.",
        "The top Ostland diplomat saw reason for optimism after the talks in Vellmar.",
    ],
)
def test_no_aside_reads_on_its_own(text: str) -> None:
    assert not needs_context(text)
