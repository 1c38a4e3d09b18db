"""Claim kinds misread in a fifth blind set of wire reports (invented sentences of the same
shapes, no third-party text): people shot or stabbed, with no word of dead or hurt, are
casualties ("a gunman shot 12 people"), and "shot and killed" / "stabbed to death" are the
dead."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.pipeline import analyse
from builders import paragraph_document


def _analysed(*texts: str) -> list[tuple[str, str | None, str | None]]:
    doc = paragraph_document("S1", list(texts), "Report")
    return [(c.text, c.event, c.attributed_to) for c in analyse([doc]).claims]


def _events(text: str) -> dict[str, str | None]:
    return {c.text: c.event for c in find_claims(text, "S1.1")}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A gunman shot 12 people at the Varno bus depot before fleeing on foot.", "12 people"),
        ("A man stabbed five shoppers in the Tesk market, killing one of them.", "five shoppers"),
        ("Eleven villagers were shot in the raid on Dunmore, the district chief said.", "Eleven"),
    ],
)
def test_people_shot_or_stabbed_are_casualties(text: str, span: str) -> None:
    events = _events(text)
    found = [e for t, e in events.items() if t.startswith(span)]
    assert found == ["casualties"], events


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("Three guards were shot and killed at the Orla checkpoint.", "Three guards", "killed"),
        ("Two pilgrims were stabbed to death near the shrine.", "Two pilgrims", "killed"),
        ("Four porters were shot and wounded on the quay.", "Four porters", "wounded"),
        ("Two men were shot dead outside the Velan court.", "Two men", "killed"),
    ],
)
def test_shot_or_stabbed_with_its_outcome_keeps_the_outcome(
    text: str, span: str, event: str
) -> None:
    events = _events(text)
    found = [e for t, e in events.items() if t.startswith(span)]
    assert found == [event], events


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("Air defences shot down two drones over Mirna overnight.", "two drones", "intercepted"),
        ("The crew shot 40 rounds at the incoming boat.", "40 rounds", "launched"),
    ],
)
def test_shot_of_things_keeps_its_own_event(text: str, span: str, event: str) -> None:
    events = _events(text)
    found = [e for t, e in events.items() if t.startswith(span)]
    assert found == [event], events
