"""An ultimatum or a deadline whose term ran out (round front27): "West African states have
sent an ultimatum to the junta" in a report of 31 July whose communique gives the junta "one
week" is a threat of the past in an issue of October, not a live one; nor is "the deadline
expires today" in a report of two months before.

The term is the first one the sentence states, else the first its source states ("if the
demands are not met within one week", "a seven-day ultimatum", "a 48-hour deadline":
``deadline_terms`` of data/judgments.yaml), counted from the source's date (a report may
come out after the ultimatum was set: the term it gives ends no earlier than that). A sentence
that names no ultimatum or deadline, a source without a date, or one that states no term has
no due day here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from functools import cache

from briefbook.data import load_data
from briefbook.text import alternation

__all__ = ["deadline_due", "names_deadline"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int], dict[str, float]]:
    data = load_data("judgments.yaml")["deadline_terms"]
    nouns = alternation(str(w).lower() for w in data["nouns"])
    # the numbers spelt out of data/numbers.yaml (one word each: "seven", "forty"), and the
    # articles that count one ("a week", "an hour")
    numbers = {
        str(k).lower(): int(v)
        for k, v in load_data("numbers.yaml")["number_words"].items()
        if " " not in str(k)
    }
    numbers.update({str(w).lower(): 1 for w in data["articles"]})
    units = {str(k).lower(): float(v) for k, v in data["units"].items()}
    number = r"(?:\d{1,3}|" + alternation(numbers) + r")"
    unit = alternation(units)
    term = re.compile(
        rf"(?<![\w-])(?:within|in)\s+(?:the\s+next\s+)?(?P<n>{number})\s+(?P<u>{unit})s?(?![\w-])"
        rf"|(?<![\w-])(?P<n2>{number})[- ](?P<u2>{unit})s?(?:-long)?\s+(?:{nouns})s?(?![\w-])",
        re.I,
    )
    noun = re.compile(rf"(?<![\w-])(?:{nouns})s?(?![\w-])", re.I)
    return noun, term, numbers, units


def names_deadline(text: str) -> bool:
    """Whether ``text`` names an ultimatum or a deadline (``deadline_terms.nouns``)."""
    noun, _, _, _ = _patterns()
    return noun.search(text) is not None


def _term_days(text: str) -> int | None:
    _, term, numbers, units = _patterns()
    found = term.search(text)
    if found is None:
        return None
    n = (found.group("n") or found.group("n2")).lower()
    u = (found.group("u") or found.group("u2")).lower()
    count = int(n) if n.isdigit() else numbers[n]
    return max(1, math.ceil(count * units[u] - 0.01))  # 48 hours: 2 days


def deadline_due(
    text: str, source_texts: Sequence[str], published: dt.date | None
) -> dt.date | None:
    """The day by which the ultimatum or deadline ``text`` names runs out: its source's date
    ``published`` plus the term the sentence states, else the first its source states
    (``source_texts``, in order); None when it names none, states no term or has no date."""
    if published is None or not names_deadline(text):
        return None
    days = _term_days(text)
    if days is None:
        days = next((d for t in source_texts if (d := _term_days(t)) is not None), None)
    if days is None:
        return None
    return published + dt.timedelta(days=days)
