"""Calls for action met in a new-analyst trial on an offensive and an exodus (invented
sentences of the same shapes; no third-party text): an intensifier before the adjective
("It is absolutely critical that ...") and "we call for" are the recommendation rule's
outlook, as "it is critical that" and "we call on" were. Near misses: a past call reported
as news, an intensified judgment of the present with no that-clause, and "critical" as a
description are no call for action."""

from __future__ import annotations

import pytest

from briefbook.assessment.section_rules import rule_labels


@pytest.mark.parametrize(
    "text",
    [
        "It is absolutely critical that aid agencies be granted full access to the corridor.",
        "It is now imperative that both sides withdraw their heavy weapons.",
        "We call for unhindered access for humanitarian organisations to the valley.",
        "It is equally essential to reopen the border crossing this week.",
    ],
)
def test_intensified_and_nominal_calls_are_outlook(text: str) -> None:
    assert rule_labels([text]) == ["outlook"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry called for calm after the explosion on Monday.",
        "The corridor was a critical lifeline for the enclave for three decades.",
        "The situation is absolutely critical, the aid agency said.",
    ],
)
def test_near_miss_reports_and_descriptions_do_not_fire(text: str) -> None:
    # no call for action; a dated act may still go to context by its own rule (dated_act)
    assert rule_labels([text]) != ["outlook"]
