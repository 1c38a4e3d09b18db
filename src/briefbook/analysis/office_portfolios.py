"""The portfolio of an office, never a person (round trialB26).

"The Director of Defence Public Information, Major General X, says ...", "The Head of
Public Affairs said ...", "The Minister of Home Affairs, Y, said ...": the capitalised words
after an office's noun and "of" name the office's field, and the person is the name in
apposition. Read as a person, the portfolio becomes a principal actor of the briefing
("Public Information | person").

:func:`office_portfolio` tells such a span: right after one of ``office_of_nouns`` and
"of" (``data/apposition_cues.yaml``), every word one of ``ministry_portfolios``
(``data/entity_rules.yaml``) or ``office_portfolio_words``. A person after the same
words ("the Director of Operations, Ana Sol") and a body whose name holds another word
("Head of Kelvo Holdings") keep their reading.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.data import load_data
from briefbook.text.normalise import alternation

__all__ = ["office_portfolio"]


@cache
def _office_before() -> re.Pattern[str]:
    """An office noun and "of", then any portfolio words ("Director of Defence " before
    "Public Information"), at the end of the text before a span."""
    nouns = load_data("apposition_cues.yaml")["office_of_nouns"]
    words = alternation(_portfolio_words())
    return re.compile(
        rf"(?<![\w-])(?:{alternation(nouns)})\s+of\s+(?:the\s+)?(?:(?:{words})\s+)*$",
        re.IGNORECASE,
    )


@cache
def _portfolio_words() -> frozenset[str]:
    ministries = load_data("entity_rules.yaml")["ministry_portfolios"]
    offices = load_data("apposition_cues.yaml")["office_portfolio_words"]
    return frozenset(str(w).lower() for w in [*ministries, *offices])


def office_portfolio(name: str, start: int, text: str) -> bool:
    """Whether ``name``, written at ``start`` of ``text``, is an office's portfolio: it
    follows an office noun and "of" ("Director of", "Head of the") and each of its words is
    a portfolio's ("Defence Public Information", "Public Affairs", "Home Affairs")."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", name)]
    if not words or any(w not in _portfolio_words() for w in words):
        return False
    return _office_before().search(text[max(0, start - 60) : start]) is not None
