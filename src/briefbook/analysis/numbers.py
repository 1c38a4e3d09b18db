"""Numbers of a sentence read as intervals, following the claims annotation conventions.

:func:`find_quantities` returns every stated quantity of one sentence that can count or
measure something, as a :class:`Quantity` with a closed interval ``(low, high)`` (``None`` =
open on that side) and its kind (count, percent, money, measure, factor). It drops what is
not a quantity: years and dates (also ranges such as "the February 2 to 3 strike"), times of
day, ordinals, model, unit and calibre designations ("Su-34", "C-802", "152 mm", "330 kV",
"72nd Brigade"), order, resolution, FAQ and law numbers, ages, "one of the", "one another",
compounds ("one-way"; a unit's size, "a 13,000-strong force", "the 32-man patrol", is a
measure of strength), and time windows that belong to the claim's time ("over three
months"). Intervals:

* exact N -> (N, N); "at least N", "a minimum of N" -> (N, None); "more than N",
  "passed N" -> (N+1, None) (a factor: "more than doubled" -> (2, None));
  "up to N", "as many as N" -> (None, N); "up to at least N" -> (N, None);
* "not even N", "haven't even killed N" -> (None, N-1), as "fewer than N";
* "about / some / around N" -> N +/- 10 %; "almost / nearly N" -> (0.9N, N-1);
* "dozens" (24, 99), "hundreds" (200, 999), "several hundred" (300, 999), "thousands"
  (2,000, 9,999), "millions" (2e6, 9,999,999) (the ``read`` of ``data/numbers.yaml``'s one
  vocabulary of vague figures; comparisons use its ``fits``); "X or Y", "X-Y",
  "between X and Y" -> (X, Y).

Pure functions over the lexicons of ``data/numbers.yaml``; linear in the sentence length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Any

from briefbook.data import load_data
from briefbook.text import alternation

# a short form in brackets, in quotes or not, right before an identifier's number: "(UNSCR)",
# '("E.O.")', "(“EO”)"
_SHORT_FORM_BEFORE = re.compile(r"\([\"“'‘]?[A-Z][\w.]*[\"”'’]?\)\s*$")

__all__ = [
    "Quantity",
    "calendar_words",
    "carried_interval",
    "find_quantities",
    "spelled_number",
    "weekdays",
    "word_alternation",
]


@dataclass(frozen=True)
class Quantity:
    """One quantity of a sentence.

    ``start``/``end``: the span of the stated quantity (qualifier, number(s), unit);
    ``number_end``: where the counted phrase may begin; ``low``/``high``: the interval
    (None = open); ``value``: the central figure (a number, or the vague word);
    ``kind``: count, percent, money, measure, factor; ``unit``: currency, measure unit or
    rate ("per day") when stated.
    """

    start: int
    end: int
    number_end: int
    stated: str
    low: float | None
    high: float | None
    value: float | str
    kind: str
    unit: str | None = None
    approximate: bool = False


def word_alternation(words: Any) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any white space."""
    escaped = (re.escape(str(w)).replace(r"\ ", r"\s+") for w in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


_alts = word_alternation


@cache
def weekdays() -> frozenset[str]:
    """The names of the days of the week, lower case: ``weekdays`` of ``data/numbers.yaml``,
    the one list that numbers, claims, hedges, names and place names read."""
    return frozenset(str(w).lower() for w in load_data("numbers.yaml")["weekdays"])


@cache
def relative_days() -> dict[str, int]:
    """Each word (lower case) that names one day relative to its source's date -> the days
    before that date it names (-1 the day after): ``days`` of ``data/relative_days.yaml``
    ("yesterday": 1, "last night": 1, "tomorrow": -1), the one vocabulary the day writer, the
    checker, hedges, signals and occasions read."""
    days = load_data("relative_days.yaml")["days"]
    return {" ".join(str(w).lower().split()): int(v["back"]) for w, v in days.items()}


@cache
def relative_day_words() -> frozenset[str]:
    """Every word (lower case) that ties a report to the days around its source's date: the
    days of :func:`relative_days` with the ``spans`` of ``data/relative_days.yaml``
    ("overnight", "over the weekend", "earlier this week"), which name no one day."""
    spans = load_data("relative_days.yaml")["spans"]
    return frozenset(relative_days()) | frozenset(" ".join(str(w).lower().split()) for w in spans)


@cache
def calendar_words() -> frozenset[str]:
    """The names of the days of the week and of the months, lower case (``weekdays`` and
    ``months`` of ``data/numbers.yaml``): "Friday", "March", "Sept"."""
    return weekdays() | frozenset(str(w).lower() for w in load_data("numbers.yaml")["months"])


def _scale_fractions(lex: dict[str, Any]) -> dict[str, int]:
    """A fraction of a number's size spelt out -> the number: "a quarter of a million" ->
    250000, "two-thirds of a billion" -> 666666667, "half a million" -> 500000. The fractions
    are ``share_fractions`` of ``data/numbers.yaml`` (percent, read back to the nearest
    twelfth), the sizes those of its ``scales`` that ``share_not_of`` makes no share."""
    scales = {str(k).lower(): float(v) for k, v in lex["scales"].items()}
    sizes = [w for w in (str(x).lower() for x in lex["share_not_of"]) if w in scales]
    out: dict[str, int] = {}
    for words, share in lex["share_fractions"].items():
        part = Fraction(float(share) / 100).limit_denominator(12)
        for size in sizes:
            value = int(round(float(part) * scales[size]))
            out[f"{str(words).lower()} of a {size}"] = value
            if str(words).lower() == "half":  # "half a million"
                out[f"half a {size}"] = value
    return out


@cache
def _lex() -> dict[str, Any]:
    lex = load_data("numbers.yaml")
    units = {k.lower(): int(v) for k, v in lex["number_words"].items()}
    units.update(_scale_fractions(lex))
    tens = {k: v for k, v in units.items() if v >= 20 and v % 10 == 0 and v < 100}
    small = {k: v for k, v in units.items() if 1 <= v <= 9}
    word = rf"(?:(?:{_alts(tens)})(?:[-\s](?:{_alts(small)}))?|{_alts(units)})"
    scales = {k.lower(): float(v) for k, v in lex["scales"].items()}
    big = _alts(k for k in scales if len(k) > 2)
    # "1.6 million", "1,6-million" (a scale word may be joined by a hyphen, as in South
    # African and some Commonwealth styles)
    scale = rf"(?:(?:\s*|-)(?:{big})\b|(?:bn|mn|m|k)\b)"
    # "362 000", "1 250 000": thousands grouped by a space (plain, no-break or thin), never
    # before a hyphen or a further digit ("14 100-year-old" is 14 and 100-year-old)
    spaced = r"\d{1,3}(?:[\x20\u00a0\u202f]\d{3})+(?![\d-]|,\d)(?:\.\d+)?|"
    # "1,6-million", "R2,5 billion": a decimal comma, read only where one or two digits after
    # the comma stand before a scale word (a thousands comma always has three)
    decimal_comma = rf"\d{{1,3}},\d{{1,2}}(?=(?:\s*|-)(?:{big})\b|(?:bn|mn|m)\b)"
    digits = rf"{decimal_comma}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{spaced}\d+(?:\.\d+)?"
    cur = _alts(lex["currency_symbols"])
    more = (
        r"(?P<more>(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))(?:\s+and)?\s+"
        rf"(?:{word})(?:\s+(?:hundred|thousand|million|billion))*)+)?"
    )
    fraction = _alts(str(k).lower() for k in lex["fractions"]).replace(r"\ ", r"\s+")
    atom = (
        rf"(?P<cur>(?:{cur})\s?)?(?:(?P<num>{digits})|(?P<word>{word}))"
        # "two and a half thousand", "one and a half million", "a million and a half"
        rf"(?P<frac>\s+(?:{fraction}))?"
        rf"(?P<scale>{scale})?(?P<wscale>(?:\s+(?:dozen|hundred|thousand|million|billion))+)?"
        rf"(?P<sfrac>(?:(?<=dozen)|(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+(?:{fraction}))?"
        # the rest of a number spelt out after a scale: "one hundred and fifty", "one
        # thousand two hundred" (kept only when the whole reads as one number: spelled_number)
        rf"{more}"
        rf"(?P<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?(?P<glued>(?<=\d)(?:km|kms|mm|kg|kv|kw|mw|m|t)\b)?"
        # "a 16-year blockade"; "its 19-year-old war" (the age of a war is its duration; the
        # age of a person is no quantity: _is_not_quantity)
        r"(?P<dur>-(?:year|month|week|day|hour)(?:-old)?(?=\s))?"
        # "a 13,000-strong force", "the 32-man patrol": the size of a unit, a measure of it
        rf"(?P<size>-(?:{_alts(lex['unit_size_suffixes'])})(?=\s))?"
        # "an 82,000-tonne tanker", "a 190-metre ship": a measure joined to its unit
        rf"(?P<hyph>-(?:{_alts(lex['hyphen_units'])})(?=\s))?"
    )
    vague = {k.lower(): tuple(v["read"]) for k, v in lex["vague"].items()}
    return dict(
        # "a 6,000-for-6,000 exchange": a one-for-one ratio read once, by its first figure
        atom=re.compile(
            rf"(?<![\w.$€£¥₽₹/])(?:(?<=-for-)|(?<![A-Za-z]-)){atom}(?!\w|-(?!for-)[A-Za-z]|[.,]\d)",
            re.I,
        ),
        # the same without the rest of a number spelt out, when the rest is another number
        # ("between two hundred and five hundred")
        atom_plain=re.compile(
            rf"(?<![\w.$€£¥₽₹/])(?:(?<=-for-)|(?<![A-Za-z]-)){atom.replace(more, '(?P<more>)')}"
            r"(?!\w|-(?!for-)[A-Za-z]|[.,]\d)",
            re.I,
        ),
        # the same without thousands grouped by a space, when the words before the figure
        # make its space one between two numbers ("March 3 100 rockets")
        atom_unspaced=re.compile(
            rf"(?<![\w.$€£¥₽₹/])(?:(?<=-for-)|(?<![A-Za-z]-)){atom.replace(spaced, '')}"
            r"(?!\w|-(?!for-)[A-Za-z]|[.,]\d)",
            re.I,
        ),
        vague=re.compile(rf"(?<![\w-])(?:{_alts(vague)})(?![\w-])", re.I),
        vague_map=vague,
        units=units,
        scales=scales,
        currencies={k.lower(): v for k, v in lex["currency_symbols"].items()},
        currency_words={w.lower(): w for w in lex["currency_words"]},
        measures={k.lower(): v for k, v in lex["measure_units"].items()},
        time_units=frozenset(w.lower() for w in lex["time_units"]),
        months=frozenset(w.lower() for w in lex["months"]),
        weekdays=weekdays(),
        id_words=frozenset(w.lower() for w in lex["id_words"]),
        named_features=frozenset(str(w).lower() for w in lex["named_features"]),
        currency_codes=frozenset(str(w).lower() for w in lex["currency_codes"]),
        run_breakers=frozenset(str(w).lower() for w in lex["run_breakers"]),
        designations=frozenset(w.lower() for w in lex["designation_units"]),
        formations=frozenset(w.lower() for w in lex["formation_units"]),
        named_unit_heads=frozenset(w.lower() for w in lex["named_unit_heads"]),
        # the hull symbols of entity_rules.yaml: "USS Mahan (DDG 72)" is a hull number
        hulls=frozenset(str(w) for w in load_data("entity_rules.yaml")["hull_classes"]),
        formation_verbs=tuple(str(w).lower() for w in lex.get("formation_verb_endings", [])),
        magnitude_before=re.compile(
            rf"\b(?:{_alts(str(w) for w in lex['magnitude_words'])})(?:\s+of)?\s*$", re.I
        ),
        quake=re.compile(rf"\b(?:{_alts(str(w) for w in lex['quake_words'])})\b", re.I),
        age_before=re.compile(
            rf"\b(?:{_alts(str(w) for w in lex['age_openers'])})\s*$".replace(r"\ ", r"\s+"),
            re.I,
        ),
        age_bound_before=re.compile(
            rf"\b(?:{_alts(str(w) for w in lex['age_bound_nouns'])})\s+"
            rf"(?:{_alts(str(w) for w in lex['age_bound_preps'])})\s+$",
            re.I,
        ),
        age_bound_tails=frozenset(str(w).lower() for w in lex["age_bound_tails"]),
        age_bound_verbs=frozenset(str(w).lower() for w in lex["age_bound_verbs"]),
        window_preps=frozenset(w.lower() for w in lex["window_prepositions"]),
        # a thing whose age told as "N-year-old" is a duration ("its 19-year-old war"), with up
        # to two words between ("the 16-year-old Saudi-led blockade")
        aged_things=re.compile(
            # the words between modify the thing; a preposition, article or verb among them
            # leaves the figure a person's age ("a 19-year-old died in the war", "a
            # 12-year-old during the siege"; round revB20)
            rf"\s+(?:(?!(?:{_alts(str(w) for w in lex['aged_thing_breaks'])})\b)"
            r"(?![a-z]+ed\s+(?:in|on|at|by|during|from)\b)[\w'’-]+\s+){0,2}?"
            rf"(?:{_alts(str(w) for w in lex['aged_things'])})\b".replace(r"\ ", r"\s+")
            # the thing is the head, never a modifier of a person ("a two-year-old war orphan"):
            # punctuation, a function word or a verb in -ed or -ing follows it
            + r"(?=\s*(?:[^\w\s]|$)|\s+(?:[a-z]+(?:ed|ing)\b|"
            + rf"(?:{_alts(str(w) for w in lex['aged_thing_followers'])})\b))",
            re.I,
        ),
        # "in close to three weeks": a window preposition and an approximator before the figure
        approximate_window=re.compile(
            rf"\b(?:{_alts(lex['approximated_window_prepositions'])})\s+"
            rf"(?:{_alts(lex['window_approximators'])})\s+$".replace(r"\ ", r"\s+"),
            re.I,
        ),
        # "Two weeks after the army withdrew, ...", "came just three weeks after ...": an anchor
        anchor_after=re.compile(rf"[\s-]*\w+\s+(?:{_alts(lex['anchor_words'])})\b", re.I),
        anchor_focus=frozenset(w.lower() for w in lex["anchor_focus"]),
        anchor_verbs=frozenset(w.lower() for w in lex["anchor_verbs"]),
        toll_nouns=frozenset(w.lower() for w in lex["toll_nouns"]),
        definite_references=frozenset(str(w).lower() for w in lex["definite_reference_nouns"]),
        # "the three gunmen were killed", "the two tankers struck by drones"
        definite_event=re.compile(
            r"\s+(?:[A-Za-z][\w'’-]*\s+){1,3}?(?:(?:were|was|had\s+been|have\s+been)\s+"
            r"(?:(?:\w+ly|later|also|then|since|all)\s+)?"
            rf"(?:{_alts(lex['definite_event_participles'])})\b|"
            rf"(?:{_alts(lex['definite_event_participles'])})\s+by\b)".replace(r"\ ", r"\s+"),
            re.I,
        ),
        rate_articles=[str(w).lower() for w in lex["rate_articles"]],
        rate_adjectives={str(k).lower(): str(v) for k, v in lex["rate_adjectives"].items()},
        qualifiers=[
            (re.compile(rf"(?:^|(?<=[\s(\"']))(?:{_alts([q])})\s*$", re.I), kind)
            for q, kind in sorted(
                ((q, kind) for kind, qs in lex["qualifiers"].items() for q in qs),
                key=lambda x: -len(x[0]),
            )
        ],
        particle_verbs=frozenset(w.lower() for w in lex["particle_verbs"]),
        place_nouns=frozenset(w.lower() for w in lex["place_nouns"]),
        factors={k.lower(): float(v) for k, v in lex["factors"].items()},
        fractions={" ".join(str(k).lower().split()): float(v) for k, v in lex["fractions"].items()},
    )


_WORD_SPLIT = re.compile(r"[-\s]+")


@cache
def _spelled_lexicon() -> tuple[dict[tuple[str, ...], float], dict[tuple[str, ...], float], int]:
    """``number_words`` and ``fractions`` of ``data/numbers.yaml`` keyed by their words
    (``("half", "a", "dozen")``, ``("and", "a", "half")``), and the longest key's length."""
    lex = _lex()
    units = {tuple(_WORD_SPLIT.split(k)): float(v) for k, v in lex["units"].items()}
    fractions = {tuple(k.split()): v for k, v in lex["fractions"].items()}
    return units, fractions, max(len(k) for k in [*units, *fractions])


def spelled_number(text: str) -> float | None:
    """The one number a figure spelt out in words states: "twenty-three" -> 23, "one
    hundred and fifty" -> 150, "two hundred and fifty thousand" -> 250000, "one thousand
    two hundred" -> 1200, "two dozen" -> 24, "half a dozen" -> 6, "half a million" ->
    500000, "two and a half thousand" -> 2500, "a million and a half" -> 1500000, "three
    and a half" -> 3.5. None when the words read as more than one number ("two hundred and
    five hundred", "fifty fifty") or are not all number words (``number_words``,
    ``fractions`` and the spelt-out ``scales`` of ``data/numbers.yaml``; "a" counts one
    before a scale; "and" joins). Case and hyphens do not matter."""
    lex = _lex()
    units, fractions, longest = _spelled_lexicon()
    words = [w for w in _WORD_SPLIT.split(text.lower()) if w]
    total = current = 0.0
    last_scale = 1.0  # the scale read last: a fraction after it is of it
    read = False
    i = 0

    def scaled(scale: float) -> bool:  # ``current`` times ``scale``; False: two numbers
        nonlocal total, current, last_scale
        if scale >= 1000:
            if not 0 < current < 1000 or (total and total < scale * 1000):
                return False  # "two hundred and five hundred thousand"
            total, current = total + current * scale, 0.0
        else:  # "hundred", "dozen"
            if not 0 < current < 100 or (scale == 100 and current >= 10 and current % 10):
                return False
            current *= scale
        last_scale = scale
        return True

    while i < len(words):
        span = range(min(longest, len(words) - i), 0, -1)
        key = next(
            (tuple(words[i : i + n]) for n in span if tuple(words[i : i + n]) in fractions), None
        )
        if key is not None and read:  # "two and a half", "a million and a half"
            part = fractions[key]
            if current == 0 and last_scale >= 1000:
                total += part * last_scale
            else:
                current += part * last_scale if last_scale > 1 else part
            i += len(key)
            continue
        key = next(
            (tuple(words[i : i + n]) for n in span if tuple(words[i : i + n]) in units), None
        )
        w = words[i]
        if key is not None and len(key) > 1:  # "half a dozen", "a thousand": a number and a scale
            scale = lex["scales"].get(key[-1], 1.0)
            current += units[key] / scale
            if not scaled(scale):
                return None
            i += len(key)
        elif key is not None:
            v = units[key]
            if (v < 10 and current % 10) or (v >= 10 and current % 100) or v >= 100:
                return None  # "fifty fifty", "five ten": two numbers
            current += v
            i += 1
        elif w == "and" and read:
            i += 1
        elif w == "a" and i == 0:
            current = 1.0
            i += 1
        elif len(w) > 2 and w in lex["scales"]:
            if not scaled(lex["scales"][w]):
                return None
            i += 1
        else:
            return None
        read = True
    return total + current if read else None


def _atom_value(m: re.Match[str]) -> float | None:
    lex = _lex()
    if m.group("more"):
        return (
            spelled_number(m.string[m.start("word") : m.end("more")]) if m.group("word") else None
        )
    if m.group("num"):
        value = _digits_value(m.group("num"))
    else:
        value = spelled_number(m.group("word"))
        if value is None:
            return None
    # the scale a number word ends in: "a million" (1e6), "a dozen" (12), "two" (1)
    last = (m.group("word") or "").lower().split()[-1:] or [""]
    word_scale = lex["scales"].get(last[0], 1.0) if len(last[0]) > 2 else 1.0
    fractions = lex["fractions"]
    if m.group("frac"):  # "two and a half thousand": 2.5; "a million and a half": 1.5e6
        if value != word_scale and word_scale != 1.0:
            return None  # "half a million and a half": no one reading
        value += fractions[" ".join(m.group("frac").lower().split())] * word_scale
    scale = (m.group("scale") or "").strip().lstrip("-").lower()
    factor = 1.0
    if scale:
        if scale == "m" and not m.group("cur") and (_is_magnitude(m) or _metres(m)):
            return value  # "30m": metres, unless money ("$30m"); "5.4M" beside a quake
        factor = lex["scales"].get(scale, lex["scales"].get(scale.rstrip("s"), 1.0))
    scales = [lex["scales"].get(w, 1.0) for w in (m.group("wscale") or "").lower().split()]
    for f in scales:
        factor *= f
    value *= factor
    if m.group("sfrac"):  # "two million and a half": a fraction of the last scale
        value += fractions[" ".join(m.group("sfrac").lower().split())] * (scales or [factor])[-1]
    return round(value, 6)  # "8.3 million" is 8,300,000, not 8300000.000000001


def _prev_words(text: str, pos: int, n: int) -> list[str]:
    return re.findall(r"[\w.'’&]+|[^\w\s]", text[max(0, pos - 60) : pos])[-n:]


def _next_words(text: str, pos: int, n: int) -> list[str]:
    return re.findall(r"[\w.'’&]+|[^\w\s]", text[pos : pos + 60])[:n]


def _clean(w: str) -> str:
    return w.lower().strip(".'’")


def _fact_sheet_run(raw: str, m: re.Match[str], prev: str, after: str, lex: dict[str, Any]) -> bool:
    """Whether the figure ``raw`` (its atom ``m``, ``after`` the text after it) right after
    the capitalised word ``prev`` is a count of a fact sheet's run ("Kachin State 15,006 IDPs",
    "GLANCE 8.3 million people"): grouped in thousands or scaled, followed by its counted noun
    (a word that is no function word, ``run_breakers`` of data/numbers.yaml), and ``prev``
    names no feature ("Hill 1,070", ``named_features``) and no currency ("R 20,000",
    ``currency_codes``)."""
    if not (re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw) or m.group("scale")):
        return False
    if prev.lower().strip(".") in lex["named_features"] | lex["currency_codes"]:
        return False
    word = re.match(r"\s+([A-Za-z][\w'’-]*)", after)
    return word is not None and word.group(1).lower() not in lex["run_breakers"]


# a pair of small whole numbers glued by a hyphen after an article ("a 7-11 store", "the
# 3-2 vote"), and the word after it
_GLUED_PAIR = re.compile(r"[-\u2013](\d{1,3})(?![\d,.%/])\s+([a-z][a-z'’-]*)")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the)\s+$", re.I)
_PLURAL_NOUNS = frozenset(["people", "police", "personnel", "men", "women", "children", "staff"])


@cache
def _pair_units() -> frozenset[str]:
    """Words a range may count in the singular: the units of ``data/numbers.yaml``."""
    data = load_data("numbers.yaml")
    words = set(data["time_units"]) | set(data["measure_units"]) | set(data["hyphen_units"])
    words |= set(data["size_units"]) | set(data["designation_units"]) | set(data["scales"])
    words |= set(data["range_count_words"])  # "an 8-10 member team": a count (round revB25)
    return frozenset(str(w).lower() for w in words) | {"percent", "percentage", "point"}


def _named_pair(before: str, raw: str, after: str, lex: dict[str, Any]) -> bool:
    """Whether the number ``raw`` opens a pair glued by a hyphen that names a thing, not a
    range of a count: after an article and before a singular word that is no unit ("a 7-11
    convenience store", "the 3-2 vote", "a 24-7 hotline"; round trialB25). A range counts a
    plural ("12-15 soldiers", "20-30 people") or a unit ("a 10-15 minute walk", "a 5-10
    percent rise"), and runs upwards."""
    pair = _GLUED_PAIR.match(after)
    if not pair or not re.fullmatch(r"\d{1,3}", raw) or not _ARTICLE_BEFORE.search(before):
        return False
    word = pair.group(2).lower()
    units = _pair_units()
    if word in units or word in lex["run_breakers"] or word in _PLURAL_NOUNS:
        return False
    return not word.endswith("s")


def _is_not_quantity(
    text: str, start: int, end: int, m: re.Match[str] | None, partner: bool = False
) -> bool:
    """Years, dates, times, ordinals, designations, ids, ages, idioms: not quantities."""
    lex = _lex()
    text[start:end]
    before = text[:start]
    after = text[end:]
    prev = [_clean(w) for w in _prev_words(text, start, 3)]
    nxt = [_clean(w) for w in _next_words(text, end, 3)]
    raw_prev = _prev_words(text, start, 2)
    if before.endswith("-for-"):
        return True  # the second figure of "6,000-for-6,000"
    if nxt and nxt[0] in lex["time_units"] and re.match(r"[\s-]*\w+\s+ago\b", after, re.I):
        return True  # "two years ago": a time anchor, not a quantity
    if (
        nxt
        and nxt[0] in lex["time_units"]
        and lex["anchor_after"].match(after)
        and (
            not re.search(r"\w", before)
            or (prev and prev[-1] in lex["anchor_focus"] | lex["anchor_verbs"])
        )
    ):
        # "Two weeks after the army withdrew, ...", "just three weeks after", "came four days
        # after the speech"
        return True
    # "a two-day attack", "the 16-year blockade": a duration joined to its unit is a measure
    duration = bool(m is not None and (m.group("dur") or m.group("hyph")))
    if m is not None and (m.group("dur") or "").lower().endswith("-old"):
        # "its 19-year-old war" is the war's duration; "a 19-year-old soldier" an age
        return not lex["aged_things"].match(after)
    if m is not None and m.group("num") and not m.group("cur") and not m.group("pct"):
        raw = m.group("num")
        if not partner and _named_pair(before, raw, after, lex):
            return True  # "a 7-11 convenience store", "the 3-2 vote": a name or a score
        if re.fullmatch(r"1[6-9]\d\d|20\d\d", raw) and not m.group("scale"):
            return True  # a year
        if re.match(r"\s*(?::\d|[ap]\.?m\b|hrs?\b|gmt|utc|h\b)", after, re.I):
            return True  # a time
        if re.match(r"(?:st|nd|rd|th)\b", after):
            return True
        if re.match(r"\s*(?:[-–/]\s*\d)", after) and re.search(
            r"(?:FAQs?|E\.O\.|P\.L\.|No\.)\)?\s*$", before
        ):
            return True
        if raw_prev and raw_prev[-1].lstrip("(") in lex["hulls"]:
            return True  # "USS Mahan (DDG 72)": a warship's hull number, written with a space
        if not partner and (
            before.endswith(("-", "/", "#", "§", ":", "No.", "no."))
            or re.search(r"[A-Za-z]\d*$", before)
        ):
            return True  # Su-34, C-802, FAQs)1146
        if prev and prev[-1] in lex["months"]:
            return True  # "February 2", "May 5"
        if nxt and nxt[0] in lex["months"]:
            return True  # "2 May"
        if prev and prev[-1] in lex["id_words"]:
            return True  # E.O. 13810, resolution 2231, table 1
        if raw_prev and raw_prev[-1] == ")" and _SHORT_FORM_BEFORE.search(before):
            # "(UNSCR) 1718", and a short form in quotes as law firms write it: 'Executive
            # Order ("E.O.") 14024' (round robust19)
            return True
        if (
            not partner
            and raw_prev
            and not duration
            # a figure grouped in thousands or scaled ("15,006", "53.8 million") before its
            # counted noun is no number of a name: "Kachin State 15,006 IDPs in Shan State",
            # "GLANCE 8.3 million people"; "Hill 1,070", "Kilometre 2,400 of the highway"
            # and "R 20,000 in cash" still are (_fact_sheet_run)
            and not _fact_sheet_run(raw, m, raw_prev[-1], after, lex)
            and re.fullmatch(r"[A-Z][\w.&'’-]*", raw_prev[-1])
            # "Dorvia's 64 districts", "the Velan Army's 40 brigades": a possessive names the
            # whole's owner, not a name that a number completes
            and not re.search(r"['’]s?$", raw_prev[-1])
            and raw_prev[-1].lower()
            not in lex["window_preps"] | {"some", "about", "over", "nearly", "almost", "around"}
            # "in the Red Sea 65 nautical miles west of Hodeidah": a distance locating a place
            and not _locating_distance().match(after)
        ):
            head = before.strip()
            at_start = head == raw_prev[-1] or re.search(r"[.:;\"“(]\s*\S+$", head)
            if (
                not at_start
                and raw_prev[-1].lower() not in {"the", "a", "an", "and", "of"} | lex["weekdays"]
            ):
                return True  # "Office 39", "Annex 1", "Block 5"
        glued = (m.group("glued") or "").lower()
        if glued in lex["designations"] | lex["formations"] or (
            nxt and nxt[0] in lex["designations"] and not m.group("size")
        ):
            return True  # 152 mm, 330 kV; "a 9,000-strong brigade" is the brigade's size
        if nxt and nxt[0] in lex["formations"] and not m.group("size"):
            # "72 Brigade", "the 58 army"; not "24 army vehicles": a lower-case formation
            # word before a counted noun qualifies the noun
            raw_next = _next_words(text, end, 2)
            if not (
                raw_next[0].islower()
                and len(nxt) > 1
                and nxt[1].isalpha()
                and raw_next[1].islower()
                and nxt[1] not in lex["run_breakers"]
                # "the 3 corps attacked": a verb the formation did, no noun it qualifies
                and not (len(nxt[1]) > 4 and nxt[1].endswith(lex["formation_verbs"]))
            ):
                return True
        if re.match(r"-year-old|\s*years?\s+old|-month-old", after, re.I):
            return True
        if lex["age_before"].search(before):
            return True  # "aged 12", "as young as 8": an age
        if re.fullmatch(r"\d{1,3}", raw) and _age_bound(before, after, int(raw), lex):
            return True  # "70 injured children under 5 were referred": an age bound
        if (
            re.fullmatch(r"\d{1,3}", raw)
            and int(raw) <= 120
            and re.match(r"\s*,", after)
            and re.search(r"[A-Z][\w'’-]+,\s*$", before)
        ):
            return True  # "Marta Ilves, 52, a teacher": an age after a name
        if re.match(r"\s*\)", after) and re.search(r"\(\s*$", before):
            return True  # "(45)" in a byline
    if (
        m is not None
        and nxt
        and nxt[0] in lex["time_units"]
        and len(prev)
        and (
            prev[-1] in lex["window_preps"]
            or (
                len(prev) > 1
                and prev[-2] in lex["window_preps"]
                and prev[-1] in {"the", "first", "last", "past", "next", "nearly", "almost"}
            )
        )
    ):
        return True  # "over three months": a time window
    if (
        m is not None
        and nxt
        and nxt[0] in lex["time_units"]
        and lex["approximate_window"].search(before)
    ):
        return True  # "in close to three weeks of protests": a window, approximated
    if m is not None and m.group("word") and not m.group("num"):
        w = m.group("word").lower()
        if lex["age_before"].search(before) and not m.group("wscale"):
            return True  # "children as young as eight", "a girl aged six": an age
        if not m.group("wscale") and _age_bound(before, after, spelled_number(w) or 0, lex):
            return True  # "300 children under five were treated": an age bound
        if re.match(r"-(?:\w)", after) and not duration:
            return True  # "one-way", "two-sided" (a duration, "two-day", is a measure)
        if _named_number(text, start, m):
            return True  # "the biblical Ten Commandments", "the Five Eyes": part of a name
        if _unit_numbered(raw_prev, m, lex):
            return True  # "Carrier Air Wing Eight": the number closes a unit's name
        if w == "one" and m.group("size"):
            return True  # "a one-man show": an idiom, not a unit's size
        if w == "one":
            if re.match(
                r"\s+(?:of|another|or\s+more|day|point|time|side|way|hand)\b", after, re.I
            ) and not re.match(
                r"\s+of\s+(?:the\s+)?(?:\d|(?:two|three|four|five|six|seven|"
                r"eight|nine|ten|eleven|twelve)\b)",
                after,
                re.I,
            ):
                return True  # "one of the sources"; "one of four missiles" is a part, a count
            if prev and prev[-1] in {"no", "every", "each", "any", "the", "this", "that", "which"}:
                return True
            if re.search(r"\bat\s*$", before, re.I):
                return True  # "at one point"
        if (
            prev
            and not duration
            and prev[-1] in {"the", "these", "those", "both", "all"}
            and (spelled_number(w) or 0) <= 10
            and not (nxt and nxt[0] in lex["toll_nouns"])  # "the eight deaths first reported"
            and not _definite_count(after)  # "the three gunmen were killed"
        ):
            return True  # "the two countries", "the two rounds": a reference, not a new count
    return False


_TITLE_WORD = re.compile(r"[A-Z][\w'’-]*")
_PLAIN_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _named_number(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether a number word is part of a proper name: capitalised inside the sentence, not
    at its start or after a colon, quote or dash, and followed by a capitalised word ("the
    biblical Ten Commandments", "the Five Eyes alliance"), in a sentence not itself written in
    title case (a headline "Gunmen Kill Ten Soldiers" keeps its count)."""
    word = m.group("word") or ""
    if not word[:1].isupper() or m.group("wscale"):
        return False
    head = text[:start].rstrip()
    if not head or head[-1] in ".:;!?\"“‘'(—–-" or not head[-1].isalpha():
        return False
    if not _TITLE_WORD.match(text[m.end() :].lstrip()):
        return False
    words = _PLAIN_WORD.findall(text)
    titled = sum(1 for w in words if w[0].isupper())
    return titled * 2 < len(words)


def _unit_numbered(raw_prev: list[str], m: re.Match[str], lex: dict[str, Any]) -> bool:
    """Whether a capitalised number word closes a unit's proper name: it follows a
    capitalised ``named_unit_heads`` word ("Carrier Air Wing Eight", "Destroyer Squadron
    Two", "Joint Task Force Four"). "the wing's eight jets" and "a squadron of Eight" (no
    capitalised head right before) keep their counts."""
    word = m.group("word") or ""
    if not word[:1].isupper() or m.group("wscale") or not raw_prev:
        return False
    head = raw_prev[-1]
    return head[:1].isupper() and head.lower() in lex["named_unit_heads"]


def _age_bound(before: str, after: str, value: float, lex: dict[str, Any]) -> bool:
    """Whether a figure of ``value`` between ``before`` and ``after`` is the age bound of the
    people noun before it ("children under 5 were referred", "girls under 18 had been
    recruited", "men over 60."): ``age_bound_*`` of ``data/numbers.yaml``. The figure must be
    at most 120 and end its phrase (punctuation, a run breaker, an age unit or a verb of
    ``age_bound_verbs``: "children under 10 died"), so "people over two days" stays a window."""
    if not 0 < value <= 120 or not lex["age_bound_before"].search(before):
        return False
    rest = after.lstrip()
    if not rest or rest[0] in ",.;:)!?—–\"'’”":
        return True
    word = re.match(r"([A-Za-z]+)(?:\s+(of\s+age))?", rest)
    if word is None:
        return False
    first = word.group(1).lower()
    return (
        first in lex["run_breakers"]
        or first in lex["age_bound_tails"]
        or first in lex["age_bound_verbs"]  # "children under 10 died of cholera"
        or (word.group(2) or "").lower() in lex["age_bound_tails"]
    )


def _definite_count(after: str) -> bool:
    """Whether ``after`` (the text after "the N") tells what befell a countable target ("the
    three gunmen were killed", "the two tankers hit by drones"): never countries, sides or
    parties (``definite_reference_nouns``: "the two countries hit by the sanctions")."""
    lex = _lex()
    m = lex["definite_event"].match(after)
    return m is not None and not (
        {_clean(w) for w in m.group(0).split()} & lex["definite_references"]
    )


def _time_window(text: str, start: int, end: int, counted: str) -> bool:
    """ "over three months", "in the first seven months": a time window, not a quantity."""
    lex = _lex()
    head = counted.split()[0].lower() if counted else ""
    if head not in lex["time_units"]:
        return False
    prev = [_clean(w) for w in _prev_words(text, start, 2)]
    return bool(prev) and (
        prev[-1] in lex["window_preps"] or (len(prev) > 1 and prev[-2] in lex["window_preps"])
    )


def _qualifier(text: str, start: int, end: int | None = None) -> tuple[str | None, int]:
    """The bound or approximation cue right before ``start`` and where it begins; ``end``
    (where the number ends) lets "over eight regions" be read as a place, not a bound."""
    window = text[max(0, start - 40) : start]
    for pattern, kind in _lex()["qualifiers"]:
        m = pattern.search(window)
        if m:
            prev = _prev_words(window, m.start(), 1)
            if prev and _clean(prev[-1]) in _lex()["particle_verbs"]:
                continue  # "hand over 157 prisoners": a particle, not a bound
            if end is not None and _over_places(window[m.start() :], text[end:]):
                continue  # "shot down 29 drones over eight regions": where, not how many
            return kind, max(0, start - 40) + m.start()
    if _NOT_EVEN.search(window):
        return "below", start  # "they haven't even killed 30": fewer than 30
    return None, start


def carried_interval(first: str, value: float) -> tuple[float | None, float | None] | None:
    """The interval of a bare figure ``value`` that shares the bound or approximation opening
    the stated figure ``first`` ("at least 12 dead and 13 injured": 13 is at least 13;
    "approximately 70 percent of X and 80 percent of Y": 80 is about 80); None when ``first``
    opens with none or its number is not written in digits. Whether the two figures are
    parallel is the caller's to decide."""
    digit = re.search(r"\d", first)
    if digit is None:
        return None
    kind, _ = _qualifier(first, digit.start())
    if kind is None:
        return None
    return _interval(value, kind, float(value).is_integer())


# "not even 30", "haven't even killed 30": a negated figure, read as fewer than it
_NOT_EVEN = re.compile(r"(?:\bnot|n['’]t)\s+even\s+(?:[a-z]+(?:ed|en|wn)\s+)?$", re.I)


def _over_places(cue: str, after: str) -> bool:
    """ "over" / "across" before a count of places is a preposition of place."""
    if cue.strip().lower().split()[:1] not in (["over"], ["across"]):
        return False
    words = re.findall(r"[A-Za-z][\w-]*", after[:40].lower())[:3]
    return any(w in _lex()["place_nouns"] for w in words)


def _interval(value: float, kind: str | None, is_int: bool) -> tuple[float | None, float | None]:
    if kind == "lower":
        return value, None
    if kind == "above":
        return (value + 1 if is_int else value), None
    if kind == "upper":
        return None, value
    if kind == "below":
        return None, (value - 1 if is_int else value)
    if kind == "about":
        return round(value * 0.9, 6), round(value * 1.1, 6)
    if kind == "almost":
        return round(value * 0.9, 6), (value - 1 if is_int and value >= 10 else value)
    return value, value


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or|and)\s*$", re.I)


def _metres(m: re.Match[str]) -> bool:
    """Whether the atom ``m`` ends in a lower-case "m" of metres ("30m"): a capital "M" is a
    magnitude or million, never metres; "$30m" is money."""
    return (m.group("scale") or "").strip() == "m" and not m.group("cur")


def _is_magnitude(m: re.Match[str]) -> bool:
    """Whether the atom ``m`` is a magnitude: after a magnitude word ("magnitude 5.4", "a
    magnitude of 6"), before one ("a 5.4 magnitude quake") or a capital "M" in a sentence
    naming a quake ("a 5.4M earthquake"); ``magnitude_words`` and ``quake_words`` of
    ``data/numbers.yaml``."""
    lex = _lex()
    if m.group("cur") or m.group("pct"):
        return False
    text = m.string
    if lex["magnitude_before"].search(text, max(0, m.start() - 30), m.start()):
        return True
    after = re.match(r"\s*([A-Za-z]+)", text[m.end() :])
    if after and lex["magnitude_before"].search(after.group(1)):
        return True
    return (m.group("scale") or "").strip() == "M" and bool(lex["quake"].search(text))


def _kind(m: re.Match[str], after: str) -> tuple[str, str | None]:
    lex = _lex()
    if m.group("pct"):
        return "percent", "%"
    if m.group("cur"):
        return "money", lex["currencies"].get(m.group("cur").strip().lower())
    w = re.match(r"\s*(?:of\s+)?(?:U\.?S\.?\s+)?([A-Za-z.$€£]+(?:/h\b)?)", after)
    if w:
        word = w.group(1).lower().rstrip(".")
        if word in lex["currency_words"]:
            return "money", word
        if word in lex["measures"]:
            return "measure", lex["measures"][word]
    if _is_magnitude(m):
        return "measure", "magnitude"  # "magnitude 5.4", "a 5.4M quake": never a count
    if _metres(m):
        return "measure", "m"
    if m.group("glued"):
        glued = m.group("glued").lower() + ("/h" if re.match(r"/h\b", after) else "")
        return "measure", lex["measures"].get(glued, glued)  # "80km/h": a speed
    if m.group("dur"):
        # "a 16-year blockade", "a 19-year-old war": years
        return "measure", m.group("dur")[1:].lower().removesuffix("-old") + "s"
    if m.group("size"):
        return "measure", "strength"
    if m.group("hyph"):
        word = m.group("hyph")[1:].lower()
        measures = lex["measures"]
        unit = measures.get(word) or measures.get(word + "s") or measures.get(word + "es")
        return "measure", unit or word
    return "count", None


# the scales that multiply a vague wording before them ("a few hundred thousand")
_SCALED = re.compile(r"(?:\s+(?:thousand|million|billion)\b)+", re.I)


def _vague(text: str, m: re.Match[str]) -> Quantity | None:
    """ "dozens", "several hundred": the conventional interval of a vague quantity."""
    lex = _lex()
    word = " ".join(m.group(0).lower().split())
    low, high = lex["vague_map"][word]
    start, end = m.start(), m.end()
    scaled = _SCALED.match(text, end)  # "a few hundred thousand": 200,000-499,999
    if scaled:
        for w in scaled.group(0).lower().split():
            low, high = low * lex["scales"][w], (high + 1) * lex["scales"][w] - 1
        end = scaled.end()
        word = " ".join(text[start:end].lower().split())
    qual, qstart = _qualifier(text, start, end)
    kind, unit = "count", None
    w = re.match(r"\s*(?:of\s+)?(?:U\.?S\.?\s+)?([A-Za-z.]+)", text[end:])
    after = w.group(1).lower() if w else ""
    if after in lex["currency_words"]:
        kind, unit = "money", after
    elif after in lex["measures"]:
        kind, unit = "measure", lex["measures"][after]
    if after in lex["time_units"] and _time_window(text, start, end, after):
        return None
    begin = qstart if qual else start
    return Quantity(
        begin,
        end,
        end,
        text[begin:end],
        None if qual == "upper" else float(low),
        float(high),
        word,
        kind,
        unit,
        True,
    )


@cache
def _spread_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gap of a spread of tolls ("30 dead to more than 60": group ``word`` the outcome
    word, ``open`` a bound opening the top) and a change verb before its "from"
    (``spread_outcome_words``, ``spread_open_top`` of data/numbers.yaml, ``change_verbs`` of
    data/events.yaml)."""
    lex = load_data("numbers.yaml")
    gap = re.compile(
        rf"\s+(?P<word>{_alts(lex['spread_outcome_words'])})\s+to\s+"
        rf"(?:(?P<open>{_alts(lex['spread_open_top'])})\s+)?",
        re.I,
    )
    change = re.compile(rf"\b(?:{_alts(load_data('events.yaml')['change_verbs'])})\b", re.I)
    return gap, change


def _spread(text: str, m: re.Match[str], m2: re.Match[str]) -> tuple[float, float | None] | None:
    """(low, high) of a toll told as a spread from one figure to another, the outcome word
    after the low end only ("from at least 30 dead to more than 60": 30 and up; "from 80
    wounded to 95": 80 to 95); None when ``m`` and ``m2`` are no such spread (the top names
    another noun of its own, or a change verb tells a rise or fall from one to the other)."""
    gap_pattern, change = _spread_patterns()
    gap = gap_pattern.fullmatch(text, m.end(), m2.start())
    if gap is None:
        return None
    opening = re.search(r"\bfrom\s+(?:[a-z]+\s+){0,2}$", text[max(0, m.start() - 30) : m.start()])
    if opening is None:
        return None
    clause = re.split(r"[,;:()\u2014\u2013]", text[max(0, m.start() - 60) : m.start()])[-1]
    if change.search(clause):
        return None  # "rose from 20 dead to 45": a change, its end is the claim
    after = re.match(r"\s+([a-z]+)", text[m2.end() :])
    if (
        after
        and after.group(1) != gap.group("word").lower()
        and after.group(1) not in _lex()["run_breakers"]
    ):
        return None  # "from 30 dead to 12 camps": the top counts something else
    v1, v2 = _atom_value(m), _atom_value(m2)
    if v1 is None or v2 is None or v1 >= v2:
        return None
    return (v1, None) if gap.group("open") else (v1, v2)


def _range_partner(
    text: str, m: re.Match[str], m2: re.Match[str] | None
) -> tuple[float, float | None] | None:
    """(low, high) when ``m`` and the next number ``m2`` state one range ("X-Y", "X to Y",
    "X or Y", "between X and Y", "X and Y million")."""
    if m2 is None:
        return None
    gap = text[m.end() : m2.start()]
    spread = _spread(text, m, m2)
    if spread is not None:
        return spread
    if not re.fullmatch(r"\s*(?:-|–|to|or|and)\s*", gap, re.I):
        return None
    v1, v2 = _atom_value(m), _atom_value(m2)
    if v1 is None or v2 is None or _is_not_quantity(text, m2.start(), m2.end(), m2, partner=True):
        return None
    if v1 > v2 and gap.strip() in {"-", "–"}:
        # "the toll rose to three – one Vietnamese and two Filipino sailors", "won 3-1": a
        # breakdown or a score, never a range (a range runs upwards)
        return None
    scaled2 = bool(m2.group("scale") or m2.group("wscale"))
    scaled1 = bool(m.group("scale") or m.group("wscale"))
    if v1 > v2 and scaled1 and not scaled2:
        return None  # "paid $2 million to 300 workers": a sum and a count, never a range
    if "and" in gap.lower():
        between = re.search(r"\bbetween\s+$", text[max(0, m.start() - 12) : m.start()], re.I)
        if not (between or (scaled2 and not scaled1)):
            return None
    if scaled2 and not scaled1:  # "4.2 and 5.8 million": the scale is shared
        bare = (
            _digits_value(m2.group("num")) if m2.group("num") else spelled_number(m2.group("word"))
        )
        if bare:
            v1 = v1 * v2 / bare
    return (min(v1, v2), max(v1, v2))


def _rate(text: str, number_end: int) -> str | None:
    """The period of a rate stated after a number ("500 arrivals a day", "3,000 per week",
    "8,000 daily arrivals"): "day", "week"...; None when there is none. Lexicons:
    data/numbers.yaml (rate_articles, rate_adjectives); "a day later" is a time, no rate."""
    rate_pattern, adjective_pattern = _rate_patterns()
    after = text[number_end : number_end + 40]
    rate = rate_pattern.match(after)
    if rate:
        return rate.group(1).lower()
    adjective = adjective_pattern.match(after)
    return _lex()["rate_adjectives"][adjective.group(1).lower()] if adjective else None


@cache
def _rate_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of :func:`_rate`, compiled once: a period after an article ("a day",
    "per week"), and a rate adjective before a noun ("daily arrivals")."""
    lex = _lex()
    rate = re.compile(
        # "40 people in a day" is a window, not a rate: no preposition before the article
        rf"\s+(?:(?!(?:in|within|for|over|during|on|of|than)\b)[\w-]+\s+){{0,2}}?"
        rf"(?:{_alts(lex['rate_articles'])})\s+"
        r"(day|week|month|year|hour|night)\b(?!\s+(?:later|after|before|earlier|ago|of)\b)",
        re.I,
    )
    adjective = re.compile(rf"\s+(?:new\s+)?({_alts(lex['rate_adjectives'])})\s+[a-z]", re.I)
    return rate, adjective


# "or more" / "or fewer" right after a figure or after its counted noun (up to three words,
# no clause break): "30 or more bodies", "25 or 30 bodies or more"
_OR_MORE = re.compile(
    r"(?:\s+(?!(?:were|was|are|is|have|has|had|been|be|and|to|of|in|on|at)\b)"
    r"(?![a-z]+ed\b)[A-Za-z][\w'’-]*){0,3}?\s+or\s+(more|fewer|less)\b(?!\s+than\b)",
    re.I,
)

# "or more" glued to the figure before its counted noun ("30 or more rockets"); "50 percent or
# more of the shares" has no noun after it
_OR_MORE_GLUED = re.compile(r"\s+or\s+(?:more|fewer|less)\b(?=\s+([a-z][\w-]*))", re.I)


def _atom(text: str, m: re.Match[str], m2: re.Match[str] | None) -> tuple[Quantity, int] | None:
    """The quantity of a number (with its range partner), and where its text ends."""
    value = _atom_value(m)
    if value is None:
        return None
    start, end = m.start(), m.end()
    is_int = float(value).is_integer() and not (m.group("num") and "." in m.group("num"))
    qual, qstart = _qualifier(text, start, end)
    between = re.search(r"\bbetween\s+$", text[max(0, start - 12) : start], re.I)
    ranged = _range_partner(text, m, m2)
    if ranged is not None and m2 is not None:
        low, high = ranged
        number_end = m2.end()
        unit_match = m2 if (m2.group("pct") or m2.group("cur")) else m
        kind, unit = _kind(unit_match, text[number_end:])
        if m.group("pct"):
            kind, unit = "percent", "%"
        # the "between" matched in either case: "Between 3,000 and 4,000" opening a sentence
        begin = max(0, start - 12) + between.start() if between else (qstart if qual else start)
        shown: float | str = text[begin:number_end].strip()  # "between 4.2 and 5.8 million"
        if qual == "upper" or qual == "lower":
            pass  # "as much as 5-10%": the range itself bounds it
    else:
        number_end = end
        kind, unit = _kind(m, text[end:])
        if re.search(r"up\s+to\s+at\s+least\s+$", text[max(0, start - 25) : start], re.I):
            qual = "lower"  # "up to at least N": rises to N or more
        low_, high_ = _interval(value, qual, is_int)
        low, high = low_, high_  # type: ignore[assignment]
        begin = qstart if qual else start
        shown = value
    open_end = _OR_MORE.match(text, number_end)
    if open_end and qual not in {"upper", "below"}:
        # "30 or more bodies", "maybe 25 or 30 bodies or more": the top is open ("or fewer":
        # the bottom)
        if open_end.group(1).lower() == "more":
            high = None
        else:
            low = None
    rate = _rate(text, number_end)
    if rate:
        unit = f"per {rate}"
    # a spread's counted word stands after its low end ("30 dead to more than 60")
    phrase_at = m.end() if ranged is not None and m2 and _spread(text, m, m2) else number_end
    glued = _OR_MORE_GLUED.match(text, number_end) if open_end else None
    if glued and glued.group(1).lower() not in _lex()["run_breakers"]:
        # "fired 30 or more rockets": the counted noun follows the bound (round claims21r)
        number_end = phrase_at = glued.end()
    q = Quantity(
        begin,
        number_end,
        phrase_at,
        text[begin:number_end].strip(),
        low,
        high,
        shown,
        kind,
        unit,
        qual in {"about", "almost"},
    )
    return q, number_end


def _factors(text: str) -> list[Quantity]:
    """ "doubled", "more than doubled", "fell by half": multiplicative changes."""
    lex = _lex()
    out: list[Quantity] = []
    pattern = rf"(?<![\w-])(?:(more\s+than|almost|nearly)\s+)?({_alts(lex['factors'])})(?![\w-])"
    for m in re.finditer(pattern, text, re.I):
        value = lex["factors"][" ".join(m.group(2).lower().split())]
        qual = (m.group(1) or "").lower()
        if qual.startswith("more"):
            low, high = value, None
        elif qual:
            low, high = value * 0.9, value
        else:
            low, high = value, value
        out.append(Quantity(m.start(), m.end(), m.end(), m.group(0), low, high, value, "factor"))
    told = [
        q
        for q in _told_factors(text)
        if not any(
            f.end <= q.start
            and f.value == q.value
            and _RESTATED_FACTOR.fullmatch(text[f.end : q.start])
            for f in out
        )
    ]
    return out + told


# the gap between a factor and a told factor that restates it: "tripled, rising three-fold",
# "doubled, a two-fold rise" (one change, one claim; round claims21r)
_RESTATED_FACTOR = re.compile(r"\s*,\s*(?:(?:a|an)\s+|[a-z]+ing\s+(?:by\s+)?)?", re.I)


@cache
def _told_factor_pattern() -> re.Pattern[str]:
    """A factor told by a number: "three-fold", "5-fold", "threefold", "three times as many"
    (group ``n`` the number, ``q`` a bound before it)."""
    lex = load_data("numbers.yaml")
    words = _alts([w for w in lex["number_words"] if " " not in str(w)])
    number = rf"(?P<n>\d+(?:\.\d+)?|(?:{words})(?:-(?:{words}))?)"
    return re.compile(
        rf"(?<![\w-])(?:(?P<q>more\s+than|almost|nearly|about|some|up\s+to)\s+)?{number}"
        rf"(?:-?(?:{_alts(lex['fold_suffixes'])})(?![\w-])(?=(?:\s+(?P<next>[a-z]+))?)"
        rf"|\s+times\s+(?={_alts(lex['times_after'])}\b))",
        re.I,
    )


@cache
def _fold_followers() -> frozenset[str]:
    """Words that may follow "N-fold" when it tells a factor (``fold_followers`` of
    ``data/numbers.yaml``): a change noun ("a 10-fold increase") or a word that ends the
    phrase ("rose three-fold by May")."""
    return frozenset(str(w).lower() for w in load_data("numbers.yaml")["fold_followers"])


def _fold_of_parts(text: str, start: int, end: int) -> bool:
    """Whether "N-fold" at ``start``-``end`` of ``text`` tells parts, not a change: a colon
    after it ("is twofold: drones and missiles"), or a copula right before it whose subject is
    no change noun ("the aim is threefold"; ``fold_copulas`` of data/numbers.yaml; "the
    increase was three-fold" stays a factor)."""
    if re.match(r"\s*:", text[end:]):
        return True
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 60) : start])
    copulas = {str(w) for w in load_data("numbers.yaml")["fold_copulas"]}
    if not before or before[-1].lower() not in copulas:
        return False
    subject = before[-2].lower() if len(before) > 1 else ""
    return subject not in _fold_followers()


def _told_factors(text: str) -> list[Quantity]:
    """Factors told by a number: "could rise three-fold" (3), "three times as many" (3),
    "more than 5-fold" (5 and up); each a ``factor`` quantity with its interval."""
    out: list[Quantity] = []
    for m in _told_factor_pattern().finditer(text):
        raw = m.group("n")
        value = float(raw) if raw[0].isdigit() else spelled_number(raw)
        if value is None:
            continue
        if m.group("next") and m.group("next") not in _fold_followers():
            continue  # "a two-fold aim": an adjective of parts, not a change
        if "fold" in m.group(0).lower() and _fold_of_parts(text, m.start(), m.end()):
            continue  # "the threat is twofold: drones and missiles"
        qual = " ".join((m.group("q") or "").lower().split())
        # "more than three-fold" is three and up, as "more than doubled" is two and up
        kind = {"more than": "lower", "up to": "upper", "about": "about", "some": "about"}
        low, high = _interval(value, kind.get(qual, "almost" if qual else None), False)
        end = m.start("n") + len(raw) if m.group(0).lower().endswith("times ") else m.end()
        out.append(Quantity(m.start(), end, end, text[m.start() : end], low, high, value, "factor"))
    return out


@cache
def _share_pattern() -> tuple[re.Pattern[str], dict[str, float], frozenset[str], re.Pattern[str]]:
    """(a fraction word before "of", its share in percent, the words that may not precede it,
    the wholes after "of" that are no share): ``share_fractions``, ``share_not_after`` and
    ``share_not_of`` of ``data/numbers.yaml``."""
    lex = load_data("numbers.yaml")
    shares = {" ".join(str(k).lower().split()): float(v) for k, v in lex["share_fractions"].items()}
    alt = _alts(shares).replace(r"\ ", r"\s+")
    pattern = re.compile(rf"(?<![\w-])({alt})\s+of\s+(?=[\w'’])", re.I)
    wholes = _alts([str(w).lower() for w in lex["share_not_of"]])
    not_of = re.compile(rf"\s*(?:(?:the|a|an)\s+)?(?:\d{{4}}\b|(?:{wholes})\b)", re.I)
    return pattern, shares, frozenset(str(w).lower() for w in lex["share_not_after"]), not_of


def _shares(text: str) -> list[Quantity]:
    """ "two-thirds of the deaths", "more than half of its districts": shares in percent units
    (kind ``percent``, unit ``%``); a bound keeps the share ("more than half" -> (50, None)),
    "about" is +/- 10 %, "almost" (0.9 share, share)."""
    pattern, shares, not_after, not_of = _share_pattern()
    out: list[Quantity] = []
    for m in pattern.finditer(text):
        prev = re.search(r"([\w'’-]+)\W*$", text[max(0, m.start() - 30) : m.start()])
        if prev and prev.group(1).lower() in not_after:
            continue  # "the first half of 2024", "two and a half of them": no share
        if not_of.match(text, m.end()):
            # "half of 2024", "a third of the year", "a quarter of a century", "a quarter of a
            # million": a stretch of time, a length or a number's size
            continue
        value = shares[" ".join(m.group(1).lower().split())]
        qual, qstart = _qualifier(text, m.start())
        if qual in {"lower", "above"}:
            low, high = value, None
        elif qual in {"upper", "below"}:
            low, high = None, value
        elif qual == "about":
            low, high = value * 0.9, value * 1.1
        elif qual == "almost":
            low, high = value * 0.9, value
        else:
            low, high = value, value
        begin = qstart if qual else m.start()
        stated = text[begin : m.end(1)]
        out.append(
            Quantity(
                begin,
                m.end(1),
                m.end(1),
                stated,
                low,
                high,
                value,
                "percent",
                "%",
                qual in {"about", "almost"},
            )
        )
    return out


def _digits_value(raw: str) -> float:
    """The value of a figure in digits, its thousands grouped by commas or spaces; a comma
    followed by one or two digits only is a decimal comma ("1,6" in "1,6-million" is 1.6)."""
    if re.fullmatch(r"\d{1,3},\d{1,2}", raw):
        return float(raw.replace(",", "."))
    return float(re.sub(r"[,\s\u00a0\u202f]", "", raw))


def _space_splits(text: str, start: int) -> bool:
    """Whether a plain space inside the figure at ``start`` parts two numbers: after a month
    or weekday ("March 3 100 rockets") or an id word ("Route 7 300 metres"; ``months``,
    ``weekdays`` and ``id_words`` of ``data/numbers.yaml``)."""
    lex = _lex()
    prev = [_clean(w) for w in _prev_words(text, start, 1)]
    return bool(prev) and (
        prev[0] in lex["months"] or prev[0] in lex["weekdays"] or prev[0] in lex["id_words"]
    )


def _atoms(text: str) -> list[re.Match[str]]:
    """The numbers of ``text``, a number spelt out with all its words ("one hundred and
    fifty") unless they read as two ("two hundred and five hundred")."""
    lex = _lex()
    out = []
    pos = 0
    while (m := lex["atom"].search(text, pos)) is not None:
        if m.group("more") and _atom_value(m) is None:
            m = lex["atom_plain"].match(text, m.start()) or m
        if m.group("num") and " " in m.group("num") and _space_splits(text, m.start()):
            m = lex["atom_unspaced"].match(text, m.start()) or m
        out.append(m)
        pos = max(m.end(), m.start() + 1)
    return out


@cache
def _locating_distance() -> re.Pattern[str]:
    """A unit of distance and a compass word right after a figure ("65 nautical miles west
    of"): ``locating_units`` and ``locating_directions`` of data/numbers.yaml."""
    lex = load_data("numbers.yaml")
    units = alternation(lex["locating_units"])
    directions = alternation(lex["locating_directions"])
    return re.compile(rf"\s*(?:{units})\s+(?:{directions})\b", re.I)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text`` (one sentence), in order of appearance; see the module doc.

    Linear in the length of ``text``: each number is looked at with a bounded window around it.
    """
    lex = _lex()
    vagues = list(lex["vague"].finditer(text))
    # a number inside a vague phrase ("several hundred") is read with the phrase
    atoms: list[re.Match[str]] = []
    k = 0
    for a in _atoms(text):
        while k < len(vagues) and vagues[k].end() <= a.start():
            k += 1
        if k < len(vagues) and vagues[k].start() <= a.start() < vagues[k].end():
            continue
        atoms.append(a)
    spans = sorted(
        [(a.start(), 0, a) for a in atoms] + [(v.start(), 1, v) for v in vagues], key=lambda x: x[0]
    )
    out: list[Quantity] = []
    consumed = -1
    for k, (pos, is_vague, m) in enumerate(spans):
        if pos < consumed:
            continue
        if is_vague:
            q = _vague(text, m)
            if q is not None:
                out.append(q)
            continue
        if _is_not_quantity(text, m.start(), m.end(), m):
            # the end of a date range ("February 2 to 3") goes with it
            # (after a year only by a dash or "between ... and", "2014-15": "killed in 2005 and
            # 28 in 2021" is a count)
            year = bool(m.group("num") and re.fullmatch(r"1[6-9]\d\d|20\d\d", m.group("num")))
            between = re.search(
                r"\b(?:between|from)\s+$", text[max(0, m.start() - 10) : m.start()], re.I
            )
            link = r"(?:-|–)" if year and not between else r"(?:-|–|to|and)"
            j = re.match(rf"\s*{link}\s*\d{{1,2}}\b", text[m.end() :])
            if j and m.group("num") and not re.match(r"\s*(?:st|nd|rd|th)", text[m.end() :]):
                consumed = m.end() + j.end()
            continue
        m2 = spans[k + 1][2] if k + 1 < len(spans) and not spans[k + 1][1] else None
        found = _atom(text, m, m2)
        if found is not None:
            out.append(found[0])
            consumed = found[1]
    out.extend(_factors(text))
    taken = [(q.start, q.end) for q in out]
    out.extend(q for q in _shares(text) if not any(a < q.end and q.start < b for a, b in taken))
    out.sort(key=lambda q: q.start)
    return _join_alternatives(text, out)


# "dozens, if not scores, of civilians", "10, if not 20, people": a figure and a higher one
# it may reach, told as one quantity
_IF_NOT = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:possibly\s+|perhaps\s+)?if\s+not\s+(?:even\s+)?$", re.I
)


def _join_alternatives(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join "X, if not Y" into one quantity from X's low to Y's high (CLAIMS.md: "X or Y" ->
    X, Y): the second figure is no claim of its own but the top the speaker allows. Both must
    be counts; an open bound stays open."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == q.kind == "count"
            and _IF_NOT.fullmatch(text, prev.end, q.start)
        ):
            lows = [prev.low, q.low]
            highs = [prev.high, q.high]
            out[-1] = Quantity(
                start=prev.start,
                end=q.end,
                number_end=q.number_end,
                stated=text[prev.start : q.end],
                low=None if None in lows else min(x for x in lows if x is not None),
                high=None if None in highs else max(x for x in highs if x is not None),
                value=prev.value,
                kind="count",
                unit=prev.unit or q.unit,
                approximate=True,
            )
            continue
        out.append(q)
    return out
