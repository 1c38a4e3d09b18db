"""Quantities read as intervals: an exact number is itself, "more than N" / "at least N" is
[N, inf), "up to N" / "fewer than N" is [0, N], "about N" is N +/- 10 %, word quantities
("dozens", "thousands") cover the figures they can plausibly describe, as the one vocabulary
of ``data/numbers.yaml`` (``vague``: ``fits``) says. Two figures agree when their intervals
overlap. An exact count of a toll that reports revise is compared a little wider
(:func:`near_toll_interval`): "770" and "773 killed" are one toll told twice.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

from briefbook.analysis.events import normalise_event
from briefbook.analysis.numbers import spelled_number
from briefbook.data import load_data
from briefbook.text.normalise import fold_words

__all__ = [
    "claim_interval",
    "figures_agree",
    "near_toll_interval",
    "quantities_agree",
    "quantity_interval",
    "read_quantity",
    "vague_fits",
]


@cache
def _near_toll() -> tuple[frozenset[str], float]:
    """(``revisable_events``, ``near_toll_share``) of data/claims.yaml."""
    data = load_data("claims.yaml")
    events = frozenset(str(w) for w in data.get("revisable_events", []))
    return events, float(data.get("near_toll_share", 0.0))


def near_toll_interval(interval: tuple[float, float], event: str | None) -> tuple[float, float]:
    """``interval`` (low, high) as a figure of ``event`` is compared: an exact positive count
    (low == high) of a toll that reports revise (``revisable_events`` of data/claims.yaml:
    killed, wounded, ...) is widened by half ``near_toll_share`` of it on each side, so two
    such counts whose gap is at most that share of their mean overlap ("770" and "773
    killed": a toll updated within the day, or rounded; with 0.02, "12" and "13" or "770"
    and "800" do not). Any other interval, event or a NaN interval is returned unchanged."""
    low, high = interval
    events, share = _near_toll()
    if (
        math.isnan(low)
        or low != high
        or math.isinf(low)
        or low <= 0
        or normalise_event(event) not in events
    ):
        return interval
    half = low * share / 2
    return (low - half, high + half)


@cache
def _word_ranges() -> tuple[tuple[re.Pattern[str], float, float], ...]:
    """(pattern, low, high) of every vague word of ``data/numbers.yaml`` (``vague`` and
    ``vague_uncounted``) with the range of figures it can plausibly describe (``fits``),
    longest wording first ("hundreds of thousands" before "thousands")."""
    data = load_data("numbers.yaml")
    words = {**data.get("vague_uncounted", {}), **data.get("vague", {})}
    ranges = []
    for word in sorted(words, key=lambda w: (-len(str(w)), str(w))):
        low, high = words[word]["fits"]
        body = r"\s+".join(re.escape(part) for part in str(word).lower().split())
        ranges.append((re.compile(rf"\b{body}\b"), float(low), float(high)))
    return tuple(ranges)


def vague_fits(quantity: Any) -> tuple[float, float] | None:
    """The range of figures a vague quantity ("thousands", "several hundred") can plausibly
    describe, from the one vocabulary of ``data/numbers.yaml``; None for a number or an
    unknown word."""
    if not isinstance(quantity, str):
        return None
    text = " ".join(quantity.lower().split())
    if _NUM.search(text):
        return None
    for pattern, low, high in _word_ranges():
        m = pattern.search(text)
        if m:
            # the scales after it multiply it: "a few hundred thousand"
            for w in text[m.end() :].split():
                scale = _SCALES.get(w) if len(w) > 2 else None
                if scale is None:
                    break
                low, high = low * scale, (high + 1) * scale - 1
            return (low, high)
    return None


def _is_vague_wording(text: str) -> bool:
    """``text`` is one vague wording of ``data/numbers.yaml`` and nothing else ("a dozen",
    "dozens of"), not a number that contains one ("two dozen")."""
    text = re.sub(r"\s+of$", "", " ".join(text.split()))
    return any(pattern.fullmatch(text) for pattern, _, _ in _word_ranges())


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6, "bn": 1e9}
# cue -> how a figure is shown ("over " -> "over"); tried in order
_LOWER_CUES = (
    ("more than", "more than"),
    ("over ", "over"),
    ("at least", "at least"),
    ("upwards of", "upwards of"),
    ("in excess of", "in excess of"),
    ("exceeding", "more than"),
)
_UPPER_CUES = (
    ("up to", "up to"),
    ("fewer than", "fewer than"),
    ("less than", "less than"),
    ("under ", "under"),
    ("at most", "at most"),
)
_APPROX_CUES = (
    ("about", "about"),
    ("around", "around"),
    ("approximately", "approximately"),
    ("roughly", "roughly"),
    ("nearly", "nearly"),
    ("almost", "almost"),
    ("some ", "some"),
    ("an estimated", "an estimated"),
    ("estimated", "an estimated"),
    ("circa", "about"),
    ("~", "about"),
)
# a cue before a number spelt out: "nearly two dozen" is read as "two dozen", then hedged
_CUE_BEFORE = re.compile(
    r"^(?:"
    + "|".join(
        re.escape(cue.strip())
        for cue, _ in sorted(_LOWER_CUES + _UPPER_CUES + _APPROX_CUES, key=lambda c: -len(c[0]))
        if cue.strip().isalpha() or " " in cue.strip()
    )
    + r")\s+"
)
# thousands grouped by commas or by a space ("362 000", no-break and thin spaces too)
_NUM = re.compile(
    r"(\d{1,3}(?:[\x20\u00a0\u202f]\d{3})+(?![\d-])(?:\.\d+)?|\d[\d,]*(?:\.\d+)?)"
    r"\s*(thousand|million|billion|bn|k|m)?\b",
    re.I,
)


def _parse_number(value: str) -> float | None:
    m = _NUM.search(value)
    if m:
        number = float(re.sub(r"[,\s]", "", m.group(1)))
        scale = (m.group(2) or "").lower()
        return number * _SCALES.get(scale, 1.0)
    words = fold_words(value)
    return spelled_number(" ".join(words)) if words else None


def _cue_window(context: str, value: float) -> str:
    """The few words before the number ``value`` in ``context`` (all of it if not found)."""
    lowered = context.lower()
    for m in _NUM.finditer(lowered):
        number = float(re.sub(r"[,\s]", "", m.group(1))) * _SCALES.get(
            (m.group(2) or "").lower(), 1.0
        )
        if number == value:
            return " " + lowered[max(0, m.start() - 24) : m.end() + 1] + " "
    return f" {lowered} "


def _first_cue(text: str, cues: tuple[tuple[str, str], ...]) -> str | None:
    for cue, shown in cues:
        if cue in text:
            return shown
    return None


def read_quantity(
    quantity: float | int | str, context: str = ""
) -> tuple[tuple[float, float], str]:
    """``(interval, figure)``: the range a quantity allows and how to show it
    (``11000`` in "more than 11,000 troops" -> ``((11000, inf), "more than 11,000")``)."""
    if isinstance(quantity, bool):
        quantity = int(quantity)
    text = str(quantity).strip().lower()
    if isinstance(quantity, (int, float)):
        value: float | None = float(quantity)
        shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    else:
        shown = " ".join(str(quantity).split())
        # a vague wording is its range ("a dozen" 10-14), a number spelt out is itself; a
        # cue before it ("nearly two dozen", "about a million") is read below
        bare = _CUE_BEFORE.sub("", text)
        value = None if _is_vague_wording(bare) else _parse_number(bare)
        if value is None:
            fits = vague_fits(text)
            return (fits if fits else (math.nan, math.nan)), shown
        if bare != text and not _NUM.search(text):
            shown = " ".join(shown.split()[len(text.split()) - len(bare.split()) :])
    cue_text = f" {text} " + (_cue_window(context, value) if context else "")
    if "+" in text:
        return (value, math.inf), shown
    if "no more than" in cue_text or "not more than" in cue_text:
        return (0.0, value), f"no more than {shown}"
    lower = _first_cue(cue_text, _LOWER_CUES)
    if lower:
        return (value, math.inf), f"{lower} {shown}"
    upper = _first_cue(cue_text, _UPPER_CUES)
    if upper:
        return (0.0, value), f"{upper} {shown}"
    approx = _first_cue(cue_text, _APPROX_CUES)
    if approx:
        return (value * 0.9, value * 1.1), f"{approx} {shown}"
    return (value, value), shown


def quantity_interval(quantity: float | int | str, context: str = "") -> tuple[float, float]:
    """The range of values a quantity allows; ``context`` is the claim's text (for cues)."""
    return read_quantity(quantity, context)[0]


def claim_interval(claim: Any) -> tuple[float, float]:
    """The interval a claim is compared with: for a vague figure ("thousands") the range it can
    plausibly describe (``fits`` of ``data/numbers.yaml``, not its stored reading 2,000-9,999,
    so that "thousands" never disputes "more than 11,000"); else its stored ``low``/``high``
    (an open side is 0 or infinity), else, for claims of files written before claims carried
    intervals, read from its text."""
    fits = vague_fits(getattr(claim, "quantity", None))
    if fits is not None:
        return fits
    low, high = getattr(claim, "low", None), getattr(claim, "high", None)
    if low is None and high is None:
        return quantity_interval(claim.quantity, claim.text)
    return (0.0 if low is None else float(low), math.inf if high is None else float(high))


def quantities_agree(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Overlapping intervals agree; an unreadable (NaN) interval agrees with nothing here
    (see :func:`figures_agree` for the comparison by words)."""
    if math.isnan(a[0]) or math.isnan(b[0]):
        return False
    return a[0] <= b[1] and b[0] <= a[1]


def figures_agree(
    quantity_a: Any,
    interval_a: tuple[float, float],
    quantity_b: Any,
    interval_b: tuple[float, float],
) -> bool:
    """Two stated figures agree: their intervals overlap, or, when one cannot be read as a
    number, they are the same words."""
    if math.isnan(interval_a[0]) or math.isnan(interval_b[0]):
        return fold_words(str(quantity_a)) == fold_words(str(quantity_b))
    return quantities_agree(interval_a, interval_b)
