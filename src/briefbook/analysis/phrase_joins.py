"""When "and" inside a counted phrase joins two modifiers of one head, not two phrases.

:func:`briefbook.analysis.claims.counted_phrase` reads the noun phrase a figure counts and
stops at "and" unless the words on both sides modify one head: "highly motivated and
well-prepared soldiers", "thousands of military and civilian lives", "two police and army
vehicles". Pure functions over single tokens.
"""

from __future__ import annotations

from functools import cache

from briefbook.analysis.events import event_of
from briefbook.data import load_data

__all__ = ["joins_modifiers"]


@cache
def _openers() -> frozenset[str]:
    """Words after "and" that open a new phrase or clause, never a second modifier."""
    return frozenset(str(w).lower() for w in load_data("claims.yaml")["and_openers"])


def joins_modifiers(last: str, nxt: str, nxt2: str) -> bool:
    """Whether "``last`` and ``nxt`` ``nxt2``" joins two modifiers before one head.

    ``last`` is the word before "and", ``nxt`` and ``nxt2`` the two after it. True for two
    capitalised modifiers ("US and Filipino troops"), for an adjective-like ``last`` ("-ed",
    "-ly", "-al", "-ive", "-ous") before a lower-case word, and for a lower-case singular
    modifier noun before a second modifier and its head ("military and civilian lives"):
    neither word after "and" is an event verb or a word that opens a new phrase."""
    if last[:1].isupper() and nxt[:1].isupper():
        return True  # "US and Filipino troops"
    if not nxt[:1].islower():
        return False
    low = last.lower()
    if low.endswith(("ed", "ly", "al", "ive", "ous")):
        return True  # "highly motivated and well-prepared soldiers"
    return (
        last[:1].islower()
        and last.isalpha()
        and not low.endswith("s")
        and nxt.isalpha()
        and nxt2.isalpha()
        and nxt2[:1].islower()
        and not ({nxt.lower(), nxt2.lower()} & _openers())
        and event_of(nxt) is None
        and event_of(nxt2) is None
    )
