"""The checker reads the day a cited sentence names by a weekday or a day word from its
source's date (round trialA22; invented sentences, no third-party text).

An analyst who wrote "agreed on 14 March 2024" citing "... on Thursday night agreed ..." from
a report of Friday 15 March 2024 was refused (the date "not in" the evidence) and the run
stopped. Near misses: another date stays unsupported; without the source's date, or with two
different days named, nothing is read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.checker import check_statement
from briefbook.model import Sentence

FRIDAY = dt.date(2024, 3, 15)
MET = Sentence(
    id="S1.1",
    source="S1",
    text="The presidents of Tarvo and Kestan met in Velmar on Thursday night and agreed not "
    "to use force against each other.",
)
HIT = Sentence(
    id="S2.1", source="S2", text="A drone hit the Tarvo power station yesterday, officials said."
)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Tarvo and Kestan agreed on 14 March 2024 not to use force against each other.", MET),
        ("A drone hit the Tarvo power station on 14 March.", HIT),
    ],
)
def test_a_weekday_or_day_word_counts_as_its_date(text: str, cited: Sentence) -> None:
    result = check_statement(text, [cited], confidence="moderate", published={cited.source: FRIDAY})
    assert result.ok, result.reasons


def test_near_miss_another_date_stays_unsupported() -> None:
    result = check_statement(
        "Tarvo and Kestan agreed on 13 March 2024 not to use force against each other.",
        [MET],
        confidence="moderate",
        published={"S1": FRIDAY},
    )
    assert not result.ok and "13" in result.unsupported


def test_near_miss_without_the_sources_date_nothing_is_read() -> None:
    result = check_statement(
        "Tarvo and Kestan agreed on 14 March 2024 not to use force against each other.",
        [MET],
        confidence="moderate",
    )
    assert not result.ok


def test_near_miss_two_days_named_read_none() -> None:
    two = Sentence(
        id="S3.1",
        source="S3",
        text="Talks opened on Monday and the presidents agreed on Thursday not to use force.",
    )
    result = check_statement(
        "The presidents agreed on 14 March 2024 not to use force.",
        [two],
        confidence="moderate",
        published={"S3": FRIDAY},
    )
    assert not result.ok
