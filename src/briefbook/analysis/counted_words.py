"""What the words of a counted phrase say, for :mod:`briefbook.analysis.claims`.

* :func:`joins_modifiers`: "and" inside a counted phrase joins two modifiers of one head, not
  two phrases ("highly motivated and well-prepared soldiers", "thousands of military and
  civilian lives", "two police and army vehicles");
* :func:`is_one_person`: "one peacekeeper", "one Cambodian" count a person (kept, unlike "one
  of", "one day");
* :func:`missing_at`: a cue of people missing ("missing", "unaccounted for"), an event of its
  own that a figure keeps rather than taking its neighbour's.

Pure functions over tokens and the event table of ``data/events.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.analysis.events import OTHER, event_of, event_table, is_person
from briefbook.data import load_data

__all__ = ["is_one_person", "joins_modifiers", "missing_at"]


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


def is_one_person(words: list[str]) -> bool:
    """Whether a counted phrase names one person: the singular of a person noun ("one
    peacekeeper", "one policeman") or a demonym ("one Cambodian")."""
    if not words:
        return False
    head = words[-1]
    low = head.lower()
    return (
        is_person([f"{low}s"])
        or (low.endswith("man") and low not in {"human", "german", "roman", "woman"})
        or low == "woman"
        or bool(re.fullmatch(r"[A-Z][a-z]+(?:an|i|ese)", head))
    )


def missing_at(text: str, at: int) -> bool:
    """Whether the event cue at offset ``at`` of ``text`` names people missing ("missing",
    "unaccounted for"): an event of its own with no class of the guide ("other"), which a
    figure keeps rather than taking its neighbour's (-1 = no cue: False)."""
    cue = event_table().pattern.match(text, at) if at >= 0 else None
    return cue is not None and event_of(cue.group(0)) == OTHER
