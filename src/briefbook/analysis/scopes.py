"""The scope of a figure: over what span of time and what extent of place a count runs.

"More than 26,000 fled since Sunday", "a million have fled the city since the war began" and
"nearly 12 million displaced nationwide" count the same kind of thing over different scopes:
they are never one event, so never rivals. A scope is read from the figure's clause (cue words
in ``data/scopes.yaml``) and kept as stated (``Claim.scope``: "since Sunday", "nationwide;
since April 2023"); :func:`scope_facets` reads such a text back into comparable facets:

* **span**: ``events`` (a total of several incidents: "during the three strikes"),
  ``start`` (a running total from a start: "since Sunday"; a war's whole toll:
  "since the war began", "the war has killed", "the war's toll" all read as ``war``),
  ``recent`` (an increment: "in the past 24 hours"), ``period`` (a calendar period's total:
  "in 2024", "this year") or ``to_date`` (an open running total: "so far", "to date");
* **extent**: ``world``, ``nation``, ``region`` or ``city`` ("nationwide", "across the
  region", "fled the city").

:func:`scopes_compatible`: two figures whose spans or extents differ are different counts (an
open running total fits any span with a start, never an increment or a period).
:func:`scope_gap`: one figure has a span or a wide extent and the other none (a war's toll
beside one massacre's dead): such figures are one event only when they agree, never rivals.
Linear in the sentence length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from briefbook.data import load_data

__all__ = [
    "ScopeFacets",
    "find_scope",
    "long_span",
    "scope_facets",
    "scope_gap",
    "scopes_compatible",
]


@dataclass(frozen=True)
class ScopeFacets:
    """``span``: a key ("since sunday", "war", "past 1 day", "2024", "to date") or None;
    ``kind``: start, recent, period, to_date or None; ``extent``: world, nation, region, city
    or None."""

    span: str | None = None
    kind: str | None = None
    extent: str | None = None

    @property
    def wide(self) -> tuple[bool, bool]:
        """(a span other than an open running total, an extent wider than a city)."""
        return (
            self.kind in {"start", "recent", "period", "events"},
            self.extent in _lexicon().wide_extents,
        )


def _alt(words: list[str]) -> str:
    ordered = sorted((str(w).lower() for w in words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True)
class _Lexicon:
    extent: re.Pattern[str]
    extent_of: dict[str, str]
    wide_extents: frozenset[str]
    since: re.Pattern[str]
    war_toll: re.Pattern[str]
    war_word: re.Pattern[str]
    campaign_toll: re.Pattern[str]
    to_date: re.Pattern[str]
    recent: re.Pattern[str]
    comparison: re.Pattern[str]
    period: re.Pattern[str]
    since_skip: frozenset[str]
    since_end: frozenset[str]
    since_tally_verbs: frozenset[str]
    since_time_words: frozenset[str]
    events: re.Pattern[str]


@cache
def _lexicon() -> _Lexicon:
    data = load_data("scopes.yaml")
    extent_of = {
        " ".join(str(w).lower().split()): level
        for level, words in data["extents"].items()
        for w in words
    }
    war = _alt(data["war_nouns"])
    adverbs = rf"(?:(?:\w+ly|{_alt(data['toll_adverbs'])})\s+)?"

    running = rf"(?:{_alt(data['running_adverbs'])})\s+"

    def toll_of(nouns: str, had: str = adverbs) -> str:
        # "the war has killed", "the campaign has now killed", "the war's toll"; ``had``: what
        # must follow "had" ("the operation had already displaced")
        return (
            rf"\b(?:(?:the|this|its)\s+)?(?:{nouns})(?:['’]s)?\s+(?:[^,;:.]{{0,40}}?\s)?"
            rf"(?:(?:has|have)\s+{adverbs}|had\s+{had})(?:{_alt(data['toll_verbs'])})\b"
            rf"|\b(?:{nouns})['’]s\s+(?:\w+\s+)?toll\b|\btoll\s+of\s+the\s+(?:{nouns})\b"
        )

    one_action = [str(w) for w in data["single_action_nouns"]]
    campaigns = [str(w) for w in data["campaign_nouns"] if str(w) not in one_action]

    return _Lexicon(
        extent=re.compile(rf"\b(?:{_alt(list(extent_of))})\b", re.I),
        extent_of=extent_of,
        wide_extents=frozenset(data["wide_extents"]),
        since=re.compile(r"\bsince\s", re.I),
        war_toll=re.compile(
            toll_of(war)
            # "150,000 people have been killed in the war", "have died in Karsia's war": a
            # perfect toll whose war is named after it (``war_toll_after`` of data/scopes.yaml;
            # round claims24); "were killed in the fighting" is one clash's
            + rf"|\b(?:has|have)\s+(?:been\s+)?(?:{_alt(data['war_toll_after']['verbs'])})\s+"
            rf"(?:in|during)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{_alt(data['war_toll_after']['nouns'])})\b(?!\s+(?:zone|zones|crimes?)\b)"
            # a part of the war's time is no whole toll: "in the war's first week", "in the
            # war since January", "in the conflict over the past week" (revA24)
            rf"(?!['’]s\b|,?\s+(?:{_alt(data['war_toll_after']['part_leads'])})\b)",
            re.I,
        ),
        war_word=re.compile(rf"\b(?:{war})\b", re.I),
        campaign_toll=re.compile(
            f"{toll_of(_alt(campaigns))}|{toll_of(_alt(one_action), running)}", re.I
        ),
        to_date=re.compile(rf"\b(?:{_alt(data['to_date'])})\b", re.I),
        recent=re.compile(
            rf"\b(?:{_alt(data['recent_lead'])})\s+(?:the\s+(?:{_alt(data['recent_words'])})"
            rf"|(?:{_alt(data['recent_bare'])}))\s+"
            r"(?:(\d+|[a-z]+)\s+)?(hours?|days?|weeks?|months?|years?|decades?)\b",
            re.I,
        ),
        # "the deadliest incident in recent years": a superlative (and up to four words) right
        # before a recent span, as the text before it ends
        comparison=re.compile(
            r"\b(?:the|its|their|his|her|[\w-]+['’]s)\s+(?:[\w-]+\s+)?"
            rf"(?:{_alt(data['comparison_words'])}|(?:most|least)\s+[\w-]+)"
            r"\s+(?:[\w'’-]+\s+){0,4}$",
            re.I,
        ),
        period=re.compile(
            r"\b(?:in|during|for|throughout)\s+((?:1[89]|20)\d\d)\b"
            rf"|\b((?:{_alt(data['period_words'])})\s+(?:{_alt(data['period_units'])}))\b",
            re.I,
        ),
        since_skip=frozenset(str(w).lower() for w in data["since_skip"]),
        # "during the three strikes", "in four separate attacks": a total of several incidents
        events=re.compile(
            rf"\b(?:{_alt(data['events_lead'])})\s+(?:the\s+|these\s+|those\s+)?"
            rf"((?:[2-9]|[1-9]\d+)|{_alt(data['events_numbers'])})\s+(?:separate\s+)?"
            rf"({_alt(data['events_nouns'])})\b",
            re.I,
        ),
        since_end=frozenset(str(w).lower() for w in data["since_end"]),
        since_tally_verbs=frozenset(str(w).lower() for w in data["since_tally_verbs"]),
        since_time_words=frozenset(str(w).lower() for w in data["since_time_words"]),
    )


# where the clause of a figure ends: a sentence stop, a semicolon or colon, a contrast
_SEGMENT = re.compile(r"[;:?!]|(?<![A-Z\d])\.(?:\s|$)|\b(?:while|whereas|but)\b", re.I)
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "twelve": "12",
    "24": "1",
    "48": "2",
    "72": "3",
}


def _segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of a figure at [start, end): from the last break before it to the next."""
    a = 0
    for m in _SEGMENT.finditer(text, 0, start):
        a = m.end()
    m = _SEGMENT.search(text, end)
    return a, (m.start() if m else len(text))


def _nearest(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    def distance(s: tuple[int, int]) -> int:
        return start - s[1] if s[1] <= start else max(0, s[0] - end)

    return min(spans, key=distance, default=None)


def find_scope(text: str, start: int, end: int) -> str | None:
    """The scope cues of the figure at ``text[start:end]`` as stated in its clause, the
    extent first ("nationwide; since April 2023"), or None when it states none: the nearest
    extent cue and the nearest span cue (a specific span before an open running total)."""
    a, b = _segment(text, start, end)
    found: list[str] = []
    extents, cues, to_date = _clause_cues(text, a, b)
    extent = _nearest(list(extents), start, end)
    if extent:
        found.append(text[extent[0] : extent[1]])
    spans = [s for s in cues if not (s[0] < end and start < s[1])]
    span = _nearest(spans, start, end) or _nearest(list(to_date), start, end)
    if span:
        found.append(text[span[0] : span[1]])
    return "; ".join(" ".join(f.split()) for f in found) or None


Spans = tuple[tuple[int, int], ...]


@lru_cache(maxsize=256)
def _clause_cues(text: str, a: int, b: int) -> tuple[Spans, Spans, Spans]:
    """The extent, span and "to date" cues of the clause ``text[a:b]``: found once for all
    the figures of one clause (a table row of 400 percentages is one clause)."""
    lex = _lexicon()
    extents = tuple(m.span() for m in lex.extent.finditer(text, a, b))
    cues = [
        m.span()
        for p in (lex.war_toll, lex.campaign_toll, lex.period)
        for m in p.finditer(text, a, b)
    ]
    # a recent span closing a comparison ("the deadliest incident in recent years") ranks the
    # event among others; it sets no span of the figure's count
    cues += [
        m.span()
        for m in lex.recent.finditer(text, a, b)
        if not lex.comparison.search(text[max(a, m.start() - 80) : m.start()])
    ]
    cues += [s for m in lex.since.finditer(text, a, b) if (s := _since_span(text, m.start(), b))]
    cues += [m.span() for m in lex.events.finditer(text, a, b)]
    to_date = tuple(m.span() for m in lex.to_date.finditer(text, a, b))
    return extents, tuple(cues), to_date


_WORD = re.compile(r"\d[\d,.]*\d|[\w'’-]+|[^\w\s]")
_YEAR_OR_DAY = re.compile(r"(?:1[89]|20)\d\d|[0-3]?\d(?:st|nd|rd|th)?", re.I)


@cache
def _months() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("numbers.yaml")["months"])


def _since_span(text: str, at: int, limit: int) -> tuple[int, int] | None:
    """The span of the "since ..." phrase at ``at``: up to 6 words, ending before
    punctuation, a clause word, a verb's auxiliary or a figure ("since Sunday, either" ->
    "since Sunday"; "since April 2023 has killed" -> "since April 2023"). A capitalised month
    that is also a clause word ("since May") is the month."""
    words = list(_WORD.finditer(text, at, limit))[1:7]
    end = None
    lex = _lexicon()
    whole = False  # the phrase names a time or has its verb: a tally's verb ends it
    for w in words:
        tok = w.group(0)
        low = tok.lower()
        if not re.match(r"[\w'’]", tok):
            break
        if low in lex.since_end and not (tok[0].isupper() and low in _months()):
            break  # "since May": the month (capitalised, ``months`` of numbers.yaml), not the modal
        if tok[0].isdigit() and not _YEAR_OR_DAY.fullmatch(tok):
            break
        if low in lex.since_tally_verbs:
            if whole:
                break  # "the toll since May stands at 120"
            whole = True  # "since the storm hit": the phrase's own verb
        elif (
            low in _months()
            or low in lex.since_time_words
            or low.endswith("ed")
            or _YEAR_OR_DAY.fullmatch(tok)
        ):
            whole = True
        end = w.end()
    return (at, end) if end is not None else None


@cache
def scope_facets(scope: str | None) -> ScopeFacets:
    """The comparable facets of a scope as :func:`find_scope` states it (module doc)."""
    if not scope:
        return ScopeFacets()
    lex = _lexicon()
    extent: str | None = None
    span: str | None = None
    kind: str | None = None
    for part in scope.split(";"):
        part = " ".join(part.split())
        low = part.lower()
        if low in lex.extent_of:
            extent = lex.extent_of[low]
        elif low.startswith("since "):
            if lex.war_word.search(low):
                span, kind = "war", "start"
            else:
                content = [w for w in re.findall(r"[\w'’-]+", low[6:]) if w not in lex.since_skip]
                span, kind = "since " + " ".join(content[:3]), "start"
        elif lex.war_toll.fullmatch(part) or lex.war_toll.search(part):
            span, kind = "war", "start"
        elif lex.campaign_toll.search(part):
            span, kind = "campaign", "start"  # "the campaign has now killed"
        elif m := lex.recent.fullmatch(part):
            unit = m.group(2).lower()
            # "in recent years": several of them; "in the past week": one
            n = (m.group(1) or ("several" if unit.endswith("s") else "1")).lower()
            unit = unit.rstrip("s")
            if unit == "hour" and n in {"24", "48", "72"}:
                unit = "day"
            span, kind = f"past {_NUMBER_WORDS.get(n, n)} {unit}", "recent"
        elif m := lex.period.fullmatch(part):
            span, kind = " ".join((m.group(1) or m.group(2)).lower().split()), "period"
        elif lex.to_date.fullmatch(part):
            span, kind = "to date", "to_date"
        elif m := lex.events.fullmatch(part):
            n = m.group(1).lower()
            noun = " ".join(m.group(2).lower().split()).replace("air strike", "airstrike")
            span, kind = f"{_NUMBER_WORDS.get(n, n)} {noun}", "events"
    return ScopeFacets(span=span, kind=kind, extent=extent)


def long_span(scope: str | None) -> bool:
    """Whether ``scope`` (as :func:`find_scope` states it) runs over more than a year ("in
    recent years", "over the past three decades") or is a campaign's running total ("the
    campaign has now killed"): a count of many incidents, never one incident's figure
    whatever the two figures are."""
    facets = scope_facets(scope)
    if facets.span == "campaign":
        return True  # "the campaign has now killed 64": the sum of its incidents
    if facets.kind != "recent" or not facets.span:
        return False
    n, unit = facets.span.split()[1:3]
    return unit == "decade" or (unit == "year" and n not in {"1", "one", "a"})


def scopes_compatible(a: str | None, b: str | None) -> bool:
    """Whether figures of scopes ``a`` and ``b`` (as :func:`find_scope` states them) may
    count the same thing: their extents do not differ, and their spans are the same, or one
    is an open running total ("so far") and the other a span with a start."""
    fa, fb = scope_facets(a), scope_facets(b)
    if fa.extent and fb.extent and fa.extent != fb.extent:
        return False
    if not (fa.span and fb.span) or fa.span == fb.span:
        return True
    kinds = {fa.kind, fb.kind}
    return "to_date" in kinds and kinds <= {"to_date", "start"}


def scope_gap(a: str | None, b: str | None) -> bool:
    """Whether one figure states a span (other than "so far") or a wide extent (a region,
    a nation, the world) that the other does not: a war's toll beside one massacre's dead, a
    national figure beside a local one."""
    wa, wb = scope_facets(a).wide, scope_facets(b).wide
    return wa[0] != wb[0] or wa[1] != wb[1]
