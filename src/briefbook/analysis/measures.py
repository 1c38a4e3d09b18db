"""Figures that measure rather than count an event, and tallies whose figure follows its verb.

A share or factor that changed ("exports plunged 30%"), a price of a unit of goods ("$60 per
barrel", "the price cap ... to $47.6") and a duration ("lasted 25 minutes") are measurements:
their event is ``other``. A running tally ("brings the number of X up to at least seven", "the
death toll rose to 13") counts its subject. Word lists: ``data/events.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.analysis.numbers import Quantity
from briefbook.data import load_data
from briefbook.text import alternation

__all__ = [
    "DURATIONS",
    "TALLY",
    "TALLY_REACH",
    "is_limit",
    "is_measurement",
    "is_size",
    "measure_patterns",
]

DURATIONS = frozenset(
    ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"]
)

# how far before its figure a tally may open: a toll's own phrase may name its cause, the
# place and the day at length ("The death toll from the shootings during Friday prayers at two
# mosques in the city of X has risen to 50", 110 characters from "toll" to "to"; round
# claims24: 100 characters missed it)
TALLY_GAP = 200
TALLY_REACH = TALLY_GAP + 60  # the window a caller searches before the figure

# a running tally whose figure comes after its verb: "the number of X ... to N", "the death
# toll ... rose to N"; group 1 is X (None for a death toll), ending at a plural noun (not an
# adjective such as "mysterious")
TALLY = re.compile(
    r"\b(?:(?:total\s+)?(?:number|total|tally|count)\s+of\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+(?<!ou)(?<!s)s)|"
    r"death\s+toll|toll)\b(?:[^;:.?!]|(?<=\b[A-Z][a-z]{2})\.){0,"
    + str(TALLY_GAP)
    + r"}?\b(?:to|at|reached|hit|stands\s+at|stood\s+at|is|was)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+)?$",
    re.I,
)


@cache
def measure_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(change verb before a share, "per <unit of goods>" after money, price word before
    money, aircraft lost), from ``data/events.yaml``."""
    data = load_data("events.yaml")

    def alt(key: str) -> str:
        return alternation(str(w) for w in data[key])

    return (
        re.compile(
            rf"\b(?:{alt('change_verbs')})\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
            re.I,
        ),
        re.compile(rf"^\s*(?:per|a|an)\s+(?:{alt('goods_units')})\b", re.I),
        re.compile(rf"\b(?:{alt('price_words')})\b[^.;:]{{0,40}}$", re.I),
        re.compile(rf"\b(?:{alt('aircraft_lost')})\b", re.I),
    )


# a measure that describes one thing ("a 40,000-tonne tanker", "the 300 km road"): the unit
# word (group 1) is followed by the noun it describes, not by "of" (an amount: "2,000 tons of
# ammunition")
_ATTRIBUTIVE_UNIT = re.compile(
    r"[\s-]*([A-Za-z.]+)\s+(?!(?:of|per|a|an|in|on|at|to|from|for|and|or|were|was|are|is|had|"
    r"have|has|will|would|could|that|which)\b|[a-z]+ed\b)[a-z][\w-]*\b"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|one)\s+$", re.I)


@cache
def _size_units() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("numbers.yaml")["size_units"])


def is_size(clean: str, q: Quantity) -> bool:
    """A measure of one thing's size, not a count nor an amount: a size unit ("12,000 dwt",
    "2,000 TEU") or a unit used as an adjective after an article ("a 40,000 tonne tanker")."""
    if q.kind != "measure":
        return False
    if (q.unit or "").lower() in _size_units():
        return True
    attributive = _ATTRIBUTIVE_UNIT.match(clean, q.end)
    return bool(attributive) and bool(_ARTICLE_BEFORE.search(clean, max(0, q.start - 12), q.start))


@cache
def _limit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a limit noun after the figure and at most two unit or modifier words: "40 kph speed
    limit", "5,000-troop cap"; a limit noun before it: "a limit of 40", "the cap to 3,000",
    or a limiting verb, up to five words and "to"/"at": "limits each side to 5,000"), from
    ``limit_nouns`` and ``limit_verbs`` of ``data/events.yaml``."""
    data = load_data("events.yaml")
    alt = alternation(str(w) for w in data["limit_nouns"])
    verbs = alternation(str(w) for w in data["limit_verbs"])
    bound = r"(?i:about\s+|some\s+|nearly\s+|almost\s+|around\s+|\$|US\$)?$"
    # the limit noun in lower case and ending its word: a name ("Cap-Haitien", "Cap Bon") is
    # none; the words between the figure and it modify it (units, "troop", "speed"), never a
    # preposition or article that opens another phrase ("15 people in Cap ...")
    between = r"(?!(?i:in|at|on|of|to|for|by|from|near|into|the|a|an|and|or|with)\b)"
    return (
        re.compile(rf"(?:[\s-]+{between}[A-Za-z/.%]+){{0,2}}?[\s-]+(?:{alt})(?![\w-])"),
        re.compile(
            rf"\b(?:{alt})\s+(?i:of|at|to|is|was|set\s+at)\s+{bound}"
            rf"|\b(?i:{verbs})\s+(?:[\w'’-]+\s+){{0,5}}?(?i:to|at)\s+{bound}"
        ),
    )


def is_limit(clean: str, q: Quantity) -> bool:
    """Whether the figure at ``q`` of ``clean`` sets a limit ("a 40 kph limit applies", "a cap
    of 3,000 troops"): the measure of a limit, not a count of an event."""
    after, before = _limit_patterns()
    return bool(after.match(clean, q.end)) or bool(
        before.search(clean[max(0, q.start - 60) : q.start])
    )


def is_measurement(clean: str, q: Quantity) -> bool:
    """A share or factor that changed, a price of a unit of goods, a limit (:func:`is_limit`)
    or the size of one thing (:func:`is_size`): a measurement."""
    change, per_unit, price, _ = measure_patterns()
    if is_size(clean, q) or is_limit(clean, q):
        return True
    before = clean[max(0, q.start - 60) : q.start]
    if q.kind in {"percent", "factor"}:
        return bool(change.search(before))
    if q.kind == "money":
        return bool(per_unit.match(clean[q.end :]) or price.search(before))
    return False
