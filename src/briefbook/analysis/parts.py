"""Figures of one source that are parts of a larger figure of the same source.

A report that gives a toll ("at least 28 people were killed in the attacks") and then a smaller
figure of the same event at a narrower place or in one of its incidents ("at least 10 were
killed at a checkpoint", "in one district") states a part of its own whole. Such a part is
marked (``Claim.part``) so that corroboration never compares it as a whole with another
source's toll. Parts named within one sentence ("three of its peacekeepers", "including two
from the mission") are marked by :mod:`briefbook.analysis.claims`.

Linear in the number of claims of a document times the few larger figures of the same event.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from briefbook.analysis.claims import cause_modifier
from briefbook.analysis.scopes import scope_gap, scopes_compatible
from briefbook.analysis.topics import counts_compatible, normalise_event
from briefbook.model import Claim
from briefbook.text import CURLY_QUOTES

__all__ = ["mark_sub_parts", "sub_place"]

# a narrower place or one incident of the event: "at a checkpoint", "near the market", "in
# one neighbourhood", "in a separate attack", "in the town of Lores" (group 1 is the phrase)
_SUB_PLACE = re.compile(
    r"\b((?:at|near|outside|inside|in|on|along)\s+(?:a|an|the|one|another|its|a\s+single)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*(?:[,.;:]|$|\b(?:in|on|of|near|outside|at|when|"
    r"after|where|as|and|while|during|late|early|last|this|overnight|said|says)\b))"
    r"|\b((?:at|near|outside|inside|in)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})",
)
# words of such a phrase that are a time, not a place ("on the same day", "in the night")
_TIME_WORDS = frozenset(
    [
        "day",
        "days",
        "night",
        "nights",
        "morning",
        "evening",
        "afternoon",
        "week",
        "weekend",
        "month",
        "year",
        "hours",
        "time",
        "same",
        "past",
        "last",
        "first",
    ]
)


def sub_place(sentence: str, claim: Claim) -> str | None:
    """The narrower place or incident the sentence of ``claim`` locates its figure at, after
    the figure in its clause ("... were killed at a checkpoint"); None when it names none."""
    text = sentence.translate(CURLY_QUOTES)
    at = text.find(claim.text) if claim.text else -1
    start = max(0, at)
    for m in _SUB_PLACE.finditer(text, start):
        phrase = m.group(1) or m.group(2)
        if re.search(r"[;]", text[start : m.start()]) or m.start() - start > 120:
            break
        words = {w.lower() for w in re.findall(r"[\w'’-]+", phrase)}
        if words & _TIME_WORDS:
            continue
        if m.group(2) and cause_modifier(phrase.split(None, 1)[1], text, m.end()):
            continue  # "in Pager blasts": what the cause was, not a narrower place
        return " ".join(phrase.split())
    return None


_FUNCTION = frozenset(
    [
        "at",
        "near",
        "outside",
        "inside",
        "in",
        "on",
        "along",
        "a",
        "an",
        "the",
        "one",
        "another",
        "its",
        "single",
    ]
)


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
}


def _another_month(claim: Claim) -> bool:
    """Whether the figure's own time names a month or a year that is not its report's ("in
    April", "on 22 April 2025", "in 2023" in a report of May 2025): a time of its own,
    earlier or later than the report's, that an undated toll of the report does not share."""
    if not claim.when or not claim.published:
        return False
    try:
        year, month = int(claim.published[:4]), int(claim.published[5:7])
    except ValueError:
        return False
    words = re.findall(r"[A-Za-z]+|\d{4}", claim.when)
    years = {int(w) for w in words if w.isdigit()}
    months = {_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS and w[:1].isupper()}
    if years and year not in years:
        return True
    return bool(months) and month not in months


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w'’-]+", text.lower())) - _FUNCTION


def _lowest(claim: Claim) -> float | None:
    if claim.low is not None:
        return float(claim.low)
    return None if claim.high is None else float(claim.high)


def mark_sub_parts(entries: Sequence[tuple[str, Sequence[Claim]]]) -> None:
    """Mark, in one document's ``(sentence, claims)`` pairs (reading order), each count of an
    event that is smaller than another count of the same event and counted thing in the same
    document and that its sentence locates at a narrower place or incident the larger
    figure's sentence does not name, at no other stated time and of the same scope
    (:mod:`briefbook.analysis.scopes`): a part of the larger toll.
    Sets ``Claim.part`` in place; returns nothing."""
    rows = [(s, c) for s, cs in entries for c in cs if c.kind == "count" and not c.part]
    for sentence, claim in rows:
        event = normalise_event(claim.event)
        if event in (None, "other") or claim.modality not in (None, "asserted"):
            continue
        figure = claim.high if claim.high is not None else claim.low
        if figure is None:
            continue
        place = None
        for other_sentence, whole in rows:
            if whole is claim or normalise_event(whole.event) != event:
                continue
            low = _lowest(whole)
            if low is None or not figure < low:
                continue
            if not counts_compatible(claim.counts, whole.counts):
                continue
            if claim.when and whole.when and claim.when.lower() != whole.when.lower():
                continue  # another day's figure, not a part of this one
            if claim.when and not whole.when and _another_month(claim):
                # "a raid in March that killed 40 people in the town of Dravno" in a May
                # report beside "the strikes killed 52 people": an earlier event, no part
                continue
            if not scopes_compatible(claim.scope, whole.scope) or scope_gap(
                claim.scope, whole.scope
            ):
                continue  # "since Sunday" of "since the war began", one massacre of a war's toll
            if place is None:
                place = sub_place(sentence, claim) or ""
            if not place:
                break
            if _words(place) <= _words(other_sentence):
                continue  # the larger figure is of the same place ("at the roadblock")
            claim.part = True
            break
