"""Claim kinds found on a development set of short reports (invented sentences, no
third-party text):

* a number of time units before "after", "before", "later" or "earlier" is a time anchor, not
  a quantity, when it opens the sentence or a focus word ("just", "only") stands before it;
  a window preposition with an approximator ("in close to three weeks of protests") is a
  window as "in three weeks" is;
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from builders import originators_of


def _claims(text: str) -> list:
    """The claims of ``text`` as the pipeline reads them: with the sentence's originator."""
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


def _spans(text: str) -> list[str]:
    return [c.text for c in _claims(text)]


# 1. time anchors and approximated windows


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Two weeks after the army withdrew, gunmen stormed two villages, killing at least "
            "10 people.",
            ["two villages", "at least 10 people"],
        ),
        ("The fresh attack came just three weeks after gunmen killed a local leader.", []),
        ("Three days after the vote, police arrested 40 people.", ["40 people"]),
        ("Only two days later, police freed 12 hostages.", ["12 hostages"]),
        (
            "At least 30 people have been killed in close to three weeks of protests, a rights "
            "group said.",
            ["At least 30 people"],
        ),
        ("Eleven people died over nearly four months of unrest.", ["Eleven people"]),
    ],
)
def test_time_anchors_and_approximated_windows_are_not_claims(text: str, spans: list[str]) -> None:
    assert _spans(text) == spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # near misses: durations stay measurements
        ("The talks came nearly 20 months after the invasion began.", "nearly 20 months"),
        ("The siege lasted just three weeks.", "three weeks"),
        ("The fighting lasted close to three weeks.", "close to three weeks"),
        ("Two weeks of clashes left 30 dead.", "Two weeks of clashes"),
        ("Just three weeks of fighting killed 40 people.", "three weeks of fighting"),
        ("The strikes lasted for about 25 minutes, the army said.", "about 25 minutes"),
    ],
)
def test_durations_stay_claims(text: str, span: str) -> None:
    assert span in _spans(text)
