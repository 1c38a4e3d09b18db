"""Review of round front28's running tolls (round revC28; invented sentences, no third-party
text): the level a count has reached and a whole disaster's toll in other wordings than the
round's fixtures ("the number of dead ... has reached", "the total number of protesters
killed", "has now killed", "weeks of clashes have left ... dead"), and near misses that stay
events (one day's clashes, flooding's simple past, a count of people in shelters)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment.key_judgments import _running_claims, _running_events, running_tolls
from briefbook.model import Sentence

_DAYS = [dt.date(2025, 6, 1), dt.date(2025, 6, 9)]


def _lines(*texts: str) -> dict[int, int]:
    sentences = [Sentence(f"S{n}.1", f"S{n}", t, paragraph=0) for n, t in enumerate(texts, 1)]
    claims = {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)}
    return running_tolls(
        range(len(sentences)),
        sentences,
        claims,
        {i: frozenset({"country:Niger"}) for i in range(len(sentences))},
        {f"S{n}": _DAYS[n - 1] for n in range(1, len(sentences) + 1)},
    )


def _running(text: str) -> bool:
    return bool(_running_claims(text, find_claims(text, "S1.1"), _running_events()))


@pytest.mark.parametrize(
    "text",
    [
        "The number of dead from the floods in Niger has reached 190, the interior ministry said.",
        "The total number of protesters killed in Niger has reached 77, Amnesty said.",
        "The cyclone, which made landfall in Niger a week ago, has now killed 140 people, the UN "
        "said.",
        "The landslide in Niger has now killed 41 people, with dozens missing, officials said.",
        "Weeks of clashes in Niger have left 95 people dead, the UN said.",
        "The fighting in Niger has already killed 300 people, the UN said.",
    ],
)
def test_a_level_in_other_words_is_a_running_count(text: str) -> None:
    assert _running(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes in Niger killed 12 people on Friday, the army said.",
        "Flooding killed 170 more people outside Niamey, officials said.",
        "The number of people in shelters in Niger has risen to 12,000, the UN said.",
        "At least 60 people have died in the floods in Niger, the government said.",
    ],
)
def test_an_event_or_another_count_is_no_running_count(text: str) -> None:
    assert not _running(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The death toll from the Niger floods rose to 70 on Monday, officials said.",
            "The number of dead from the floods in Niger has reached 190, the interior ministry "
            "said.",
        ),
        (
            "The protests in Niger have killed 20 people so far, rights groups say.",
            "Weeks of clashes in Niger have left 95 people dead, rights groups say.",
        ),
    ],
)
def test_the_newer_level_stands_for_the_older(a: str, b: str) -> None:
    assert _lines(a, b) == {0: 1}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The unrest in Niger has killed 90 people so far, the UN said.",
            "Clashes in Niger killed 33 people on Sunday, officials said.",
        ),
        (
            "The floods in Niger have killed 500 people, the government said.",
            "The number of people in shelters in Niger has risen to 12,000, the UN said.",
        ),
    ],
)
def test_one_days_event_stays_apart(a: str, b: str) -> None:
    assert _lines(a, b) == {}
