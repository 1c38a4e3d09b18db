"""Whether a sentence of another source can support a statement: the same occasion.

Two sentences that read alike may still report different events: "the RSF has besieged and
attacked the town" (a June 2024 briefing) is no support for "the RSF has captured the town"
(October 2025). :func:`same_occasion` keeps a supporting sentence only when

* **its time** is within ``window_days`` of the statement's: each sentence's time is the
  latest date it states itself ("on 3 March 2025", "in June 2024", "last October", "in
  2024"; a span's start such as "since April 2023" or "began in 2023" is no such date),
  else its source's publication date (none when the date is a file's modification time);
  a date stated as a month or a year spans all of it, and a day word of the main clause
  ("on Monday") names the source's week whatever month or year the sentence also states; a
  date in background (an aside, a relative clause, "as they had in March": :func:`main_clause`)
  is not the sentence's time; when either time is unknown the sentence is kept;
* **its day**, when both name the day they report (a date such as "on 17 June", or a day
  word counted from the source's date: "on Monday", "Monday's attempt", "over the weekend";
  ``day_words`` in data/judgments.yaml), is within ``occasion_days`` of the statement's:
  a clash on a Monday and a convoy that passed six weeks later on a Saturday are two
  occasions, however alike they read;
* **its predicate** is not another event: the event verbs of each (``data/events.yaml``
  cues in a verb form: "captured", "seized", "attacked", "killed") share an event class
  when both have any ("captured" = "seized"; "attacked" is not "captured");
* **the place taken**, when both name the places a verb of taking takes (:func:`taken_places`:
  "captured the city of X", "seizing X ... and the provincial capital of Y"), is one of the
  same: the capture of one city is no support for the capture of another.

Linear in the sentence length.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache, lru_cache

from briefbook.analysis.events import event_table
from briefbook.analysis.gazetteer import rules
from briefbook.analysis.numbers import relative_day_words, weekdays
from briefbook.data import load_data
from briefbook.text import alternation, strip_dateline

__all__ = [
    "irregular_past",
    "looked_ahead_day",
    "main_clause",
    "occasion_day",
    "open_horizon_day",
    "predicate_events",
    "same_occasion",
    "sentence_time",
    "taken_places",
]

Span = tuple[dt.date, dt.date]


@cache
def _month_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    names = [str(m).lower() for m in load_data("numbers.yaml")["months"] if "-" not in str(m)]
    full = names[:12]  # january ... december, then their short forms
    number = {n: next(k + 1 for k, f in enumerate(full) if f.startswith(n[:3])) for n in names}
    alt = "|".join(sorted(names, key=len, reverse=True))
    pattern = re.compile(
        rf"(?P<before>\b[\w'’]+\s+)?(?:(?P<d1>\d{{1,2}})\s+)?(?P<month>(?i:{alt}))\.?"
        rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
        rf"|(?P<before_y>\b[\w'’]+\s+)(?P<year_only>(?:19|20)\d\d)\b",
    )
    return pattern, number


# words before a date that make it a span's start or a background date, not the sentence's
_START = re.compile(
    r"\b(?:since|began|begun|started|starting|from|erupted|broke\s+out|launched|beginning)"
    r"\s+(?:in\s+|on\s+|early\s+|late\s+|mid-?)?$",
    re.I,
)
# words before a bare month that make it relative to the publication date
_RELATIVE_WORDS = frozenset({"last", "in", "on", "during", "early", "late", "mid", "this"})


def _month_span(year: int, month: int, day: int | None) -> Span:
    if day:
        try:
            d = dt.date(year, month, day)
            return d, d
        except ValueError:
            pass
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


@cache
def _weekday_dates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A weekday and its date in apposition, in brackets ("Monday (March 9, 2026)", "Monday
    (9 March)") and after a comma ("Monday, 9 March", "Monday, March 9, 2026"): the first
    pattern finds the bracketed form (to write it with a comma), the second the comma form;
    groups "weekday" and "date" (a capitalised month with its day, perhaps a year)."""
    names = [str(m) for m in load_data("numbers.yaml")["months"] if "-" not in str(m)]
    months = alternation(sorted({n[:1].upper() + n[1:] for n in names}, key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = (
        rf"(?:{day}\s+(?:of\s+)?(?:{months})\.?|(?:{months})\.?\s+{day})"
        r"(?:,?\s+(?:19|20)\d\d)?(?![\w-])"
    )
    days = alternation(sorted({w[:1].upper() + w[1:] for w in weekdays()}))
    weekday = rf"(?<![\w-])(?P<weekday>{days})"
    return (
        re.compile(rf"{weekday}\s*\(\s*(?P<date>{date})\s*\)"),
        re.compile(rf"{weekday},\s+(?P<date>{date})"),
    )


@lru_cache(maxsize=8192)
def _weekday_date(text: str, published: dt.date | None) -> Span | None:
    """The date a weekday of the main clause is given with ("struck on Monday (March 9,
    2026)", "on Monday, 9 March"), as a one-day span: the date is the weekday's apposition,
    no background; None when no weekday of the main clause has one. A date without a year is
    the latest such day up to the source's date ``published``."""
    bracketed, comma = _weekday_dates()
    main = main_clause(bracketed.sub(r"\g<weekday>, \g<date>", text))
    m = comma.search(main)
    if m is None:
        return None
    _, number = _month_pattern()
    found = re.search(r"[A-Z][a-z]+", m.group("date"))
    month = number.get(found.group(0).lower()) if found else None
    day = re.search(r"\d{1,2}(?!\d)", m.group("date"))
    year = re.search(r"(?:19|20)\d\d", m.group("date"))
    if month is None or day is None:
        return None
    if year is not None:
        y = int(year.group(0))
    elif published is not None:
        y = published.year - (1 if month > published.month else 0)
    else:
        return None
    try:
        d = dt.date(y, month, int(day.group(0)))
    except ValueError:
        return None
    return d, d


# pure and asked again for the same sentence by every pair it is compared with
@lru_cache(maxsize=8192)
def sentence_time(text: str, published: dt.date | None) -> Span | None:
    """The time a sentence reports (module doc): the date a weekday is given with ("on Monday
    (March 9, 2026)": :func:`_weekday_date`), else the latest span it states, else its
    publication date as a one-day span, else None."""
    pinned = _weekday_date(text, published)
    if pinned is not None:
        return pinned
    pattern, number = _month_pattern()
    spans: list[Span] = []
    text = main_clause(text)
    for m in pattern.finditer(text):
        before = (m.group("before") or m.group("before_y") or "").strip().lower()
        at = next(m.start(g) for g in ("d1", "month", "year_only") if m.group(g))
        if _START.search(text[max(0, at - 40) : at]):
            continue
        if m.group("year_only"):
            if before not in {"in", "during", "of", "throughout"}:
                continue  # "2024 figures", "the 2023 war": not the sentence's time
            y = int(m.group("year_only"))
            spans.append((dt.date(y, 1, 1), dt.date(y, 12, 31)))
            continue
        month = number.get(m.group("month").lower())
        if month is None or (m.group("month") == "may" and not m.group("year")):
            continue  # "may" the verb
        if not m.group("month")[0].isupper():
            continue
        day = int(m.group("d1") or m.group("d2") or 0) or None
        if m.group("year"):
            spans.append(_month_span(int(m.group("year")), month, day))
        elif published is not None and (before in _RELATIVE_WORDS or day):
            # "last October", "on 12 March": the latest such month up to the publication
            year = published.year - (1 if month > published.month else 0)
            if before == "last" and month == published.month:
                year -= 1
            spans.append(_month_span(year, month, day))
    days = [s for s in spans if s[0] == s[1]]
    if days:
        return max(days, key=lambda s: s[1])
    if published is not None and _names_day(text):
        return published, published  # "on Monday" names a day: a month or year is background
    if spans:
        return max(spans, key=lambda s: s[1])
    return (published, published) if published is not None else None


@cache
def _ahead_words() -> tuple[re.Pattern[str], dict[str, int], re.Pattern[str]]:
    """The day words of a forward-looking sentence (``ahead_days`` of data/judgments.yaml)
    with their offsets from the source's date, the weekdays ("on Friday") as a pattern of
    their own, and the open future times (``forward_times``: "next week", "in the coming")."""
    data = load_data("judgments.yaml")
    ahead = {" ".join(str(k).lower().split()): int(v) for k, v in data["ahead_days"].items()}
    words = alternation(ahead)
    pattern = re.compile(
        r"(?<![\w-])(?P<ahead>" + words + r")(?![\w-])"
        r"|(?<![\w-])(?P<weekday>" + alternation(weekdays()) + r")(?![\w-])",
        re.I,
    )
    open_times = re.compile(
        r"(?<![\w-])(?:" + alternation(str(w).lower() for w in data["forward_times"]) + r")",
        re.I,
    )
    return pattern, ahead, open_times


@cache
def _past_relative() -> re.Pattern[str]:
    """A restrictive relative clause of a past act up to the verb of its main clause
    ("Fighting that erupted in the town this morning could spread"; a past participle or an
    irregular past form right after the relative word): background, its day not the one a
    forward sentence looks to. "said that rebels attacked" is no such clause (a noun follows)."""
    participle = r"[a-z][\w'’-]*ed|(?:" + alternation(irregular_past()) + r")"
    return re.compile(
        r"(?<![\w-])(?:that|which|who)\s+(?:" + participle + r")(?![\w'’-])[^,;]*?"
        r"(?=\s(?:will|would|could|may|might|can|is|are)\s)",
        re.I,
    )


def _weekday_number(word: str) -> int | None:
    low = word.lower()[:3]
    return next((k for k, n in enumerate(calendar.day_name) if n.lower()[:3] == low), None)


@cache
def _past_deadline() -> re.Pattern[str]:
    """A deadline told in the past tense, right before the month it names: one of
    ``deadline_past_havers`` of data/cues.yaml, up to three words, then "until" ("had until",
    "gave the rebels until"), a day or "the end of" allowed before the month; searched up to
    the month's word, so another month of the sentence ("had held the town until January;
    elections are due in March") is no deadline told in the past (revA24)."""
    havers = alternation(str(w).lower() for w in load_data("cues.yaml")["deadline_past_havers"])
    return re.compile(
        rf"\b(?:{havers})\s+(?:[\w'’-]+\s+){{0,3}}?until\s+"
        r"(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:\d{1,2}\s+)?$",
        re.I,
    )


@cache
def _open_horizons() -> tuple[re.Pattern[str], dict[str, int]]:
    """The open near-future times (``open_horizons`` of data/judgments.yaml) as a pattern,
    with the days by which each is due from its source's date."""
    data = load_data("judgments.yaml")["open_horizons"]
    days = {" ".join(str(k).lower().split()): int(v) for k, v in data.items()}
    return re.compile(r"(?<![\w-])(?:" + alternation(days) + r")(?![\w-])", re.I), days


def open_horizon_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day by which every open near-future time of a forward-looking sentence's main
    clause is due (``open_horizons``: "in the coming days" 14 days from its source's date
    ``published``, "in the coming weeks" 56), or None when it names none, names a time
    further off ("in the coming months"; ``forward_times`` of another kind), or its source
    has no date. Background is left out as for :func:`looked_ahead_day` (round trialA26)."""
    if published is None:
        return None
    text = _past_relative().sub(" ", main_clause(strip_dateline(text)))
    pattern, days = _open_horizons()
    found = [days[" ".join(m.group(0).lower().split())] for m in pattern.finditer(text)]
    if not found:
        return None
    _, _, open_times = _ahead_words()
    rest = pattern.sub(" ", text)
    if open_times.search(rest):
        return None  # another open time besides ("in the coming days and by next year")
    return published + dt.timedelta(days=max(found))


def looked_ahead_day(text: str, published: dt.date | None) -> dt.date | None:
    """The latest day a forward-looking sentence looks to, or None when it names none or
    looks to an open future. A stated day ("on 4 June", "on Aug. 4") without a year is the
    next such day from a week before its source's date ``published`` (of a deadline told in the
    past, "had until March", the one nearest that date); a month or a year alone stands for its last
    day; a day word (``ahead_days``: "today" is ``published``, "tomorrow" the day after) and
    a weekday (the next one from ``published``, that day included) count from the source's
    date. An open future time ("next week", "in the coming weeks"; ``forward_times``), a
    source without a date, or a sentence naming no day give None. A wire dateline is no
    part of the sentence, nor is its background (:func:`main_clause`: "Rebels, who seized
    the town on 4 May, could march on the capital" looks to no day; nor a restrictive
    relative clause of a past act: "Fighting that erupted this morning could spread").
    Linear in the length."""
    if published is None:
        return None
    text = _past_relative().sub(" ", main_clause(strip_dateline(text)))
    pattern, ahead, open_times = _ahead_words()
    if open_times.search(text):
        return None
    days: list[dt.date] = []
    months, number = _month_pattern()
    for m in months.finditer(text):
        if m.group("year_only"):
            before = (m.group("before_y") or "").strip().lower()
            if before in {"in", "by", "during", "until", "before"}:
                days.append(dt.date(int(m.group("year_only")), 12, 31))
            continue
        word = m.group("month")
        month = number.get(word.lower())
        day = int(m.group("d1") or m.group("d2") or 0) or None
        if month is None or not word[0].isupper():
            continue
        if word.lower() == "may" and not (day or m.group("year")):
            continue  # "May" the modal, opening a sentence
        years = (
            [int(m.group("year"))] if m.group("year") else [published.year + k for k in (-1, 0, 1)]
        )
        spans = [_month_span(y, month, day) for y in years]
        at = m.start("month")
        if not m.group("year") and _past_deadline().search(text, max(0, at - 80), at):
            # "had until March", "gave the rebels until March": a deadline told in the past,
            # the one nearest the source's date, before it too (a report of May: the March
            # gone by; of February: the March ahead; round claims24)
            days.append(min((sp[1] for sp in spans), key=lambda d: abs((d - published).days)))
            continue
        # the next such day from a week before the source's date: a forward sentence looks
        # ahead, and a report may come out a few days after it was written
        since = published - dt.timedelta(days=7)
        days.append(min((sp[1] for sp in spans if sp[1] >= since), default=spans[-1][1]))
    for m in pattern.finditer(text):
        if m.group("ahead"):
            days.append(
                published + dt.timedelta(days=ahead[" ".join(m.group("ahead").lower().split())])
            )
            continue
        wanted = _weekday_number(m.group("weekday"))
        if wanted is not None:
            days.append(published + dt.timedelta(days=(wanted - published.weekday()) % 7))
    return max(days) if days else None


def names_no_time(text: str) -> bool:
    """Whether ``text`` names no time at all: no month, year, day word or weekday
    (:func:`_ahead_words`, :func:`_day_words`) and no open future time ("next week", "in
    the coming months"; ``forward_times``). A schedule so told ("DASD Kovalenko is scheduled
    to meet the ministers") looks to the days right after its report."""
    pattern, _, open_times = _ahead_words()
    months, _ = _month_pattern()
    return not (
        open_times.search(text)
        or pattern.search(text)
        or _day_words().search(text)
        or re.search(r"(?<![\w-])(?:19|20)\d\d(?![\w-])", text)
        or any(m.group("month") and m.group("month")[0].isupper() for m in months.finditer(text))
    )


def _gap_days(a: Span, b: Span) -> int:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


@cache
def irregular_past() -> frozenset[str]:
    """The irregular past forms of verbs ("struck", "hit", "sank"; ``irregular_past`` in
    data/events.yaml), lower case."""
    return frozenset(str(w).lower() for w in load_data("events.yaml")["irregular_past"])


_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|of)\s+$", re.I)


# pure and asked again for the same sentence by every pair it is compared with
@lru_cache(maxsize=8192)
def predicate_events(text: str) -> frozenset[str]:
    """The event classes of the sentence's event verbs: cues of ``data/events.yaml`` in a
    verb form ("captured", "seized", "attacked", "shot down"), not nouns ("the capture",
    "shelling") nor participles after a determiner ("the destroyed bridge")."""
    table = event_table()
    out: set[str] = set()
    for m in table.pattern.finditer(text):
        cue = " ".join(m.group(0).lower().split())
        head = cue.split()[0]
        if not (head.endswith("ed") or head in irregular_past()):
            continue
        if _DETERMINER.search(text, max(0, m.start() - 12), m.start()):
            continue
        event = table.cue_event.get(cue)
        if event and event != "other":
            out.add(event)
    return frozenset(out)


@cache
def _day_words() -> re.Pattern[str]:
    """The weekdays (``weekdays`` of data/numbers.yaml) and the days and spans named from
    the report's own day (:func:`relative_day_words`: "yesterday", "over the weekend")."""
    words = sorted({*weekdays(), *relative_day_words()}, key=len)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I)


@cache
def _asides() -> re.Pattern[str]:
    """Background inside a sentence (:func:`main_clause`): an aside between commas, brackets
    or dashes that opens with a relative word or a past participle ("Telda Reef, seized by
    Karsia in 1999, was ..."; the closing comma goes with it, so the main verb after it,
    "Rebels, backed by tanks, attacked ...", is never read as another aside; a participle
    phrase is an aside only when a comma closes it), a relative clause up to a date it states ("the reef which
    Karsia seized in 1999"; not "that", which also opens what was said), a comparison with
    a past occasion ("..., as they had in March"); ``aside_openers`` and
    ``comparison_verbs`` of data/judgments.yaml."""
    data = load_data("judgments.yaml")
    openers = alternation(str(w) for w in data["aside_openers"])
    verbs = alternation(str(w) for w in data["comparison_verbs"])
    participle = r"[a-z][\w'’-]*ed|(?:" + alternation(irregular_past()) + r")"
    return re.compile(
        r"\([^()]*\)"
        r"|\s[—–]\s[^—–]*(?:\s[—–]\s|$)"
        r"|,\s+(?:" + openers + r")(?![\w-])[^,;]*(?:,(?=\s)|(?=;|\.?$))"
        r"|,\s+(?:" + participle + r")(?![\w-])[^,;]*(?:,(?=\s)|(?=;))"
        r"|(?<![\w-])(?!that\s)(?:" + openers + r")\s+[^,;]*?"
        r"(?:in|during|of|since)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
        r"|,?\s+(?:just\s+)?as\s+(?:[\w'’-]+\s+){1,3}?(?:" + verbs + r")"
        r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|on|during|last)\s[^,;]*",
        re.I,
    )


@cache
def _said_on() -> re.Pattern[str]:
    """The day something was said ("officials said on Monday", "told reporters
    yesterday"; ``speech_verbs`` of data/entity_rules.yaml; not "said they attacked on
    Monday"): not the day of the event."""
    verbs = alternation(rules().speech)
    return re.compile(
        r"(?<![\w-])(?:" + verbs + r")\s+(?:(?![a-z]+ed\s)[a-z][\w'’-]*\s+){0,2}(?:on\s+)?$",
        re.I,
    )


def _names_day(text: str) -> bool:
    """Whether ``text`` names the day of its event with a day word (:func:`_day_words`), not
    the day something was said (:func:`_said_on`; "said Monday's raid" names the raid's)."""
    said = _said_on()
    for m in _day_words().finditer(text):
        if text.startswith(("'s", "’s"), m.end()):
            return True
        if said.search(text[max(0, m.start() - 60) : m.start()]) is None:
            return True
    return False


# pure and asked again for the same sentence by every pair it is compared with
@lru_cache(maxsize=8192)
def main_clause(text: str) -> str:
    """``text`` without its background (:func:`_asides`): what is left says when the
    reported event happened. Linear in the length."""
    return _asides().sub(" ", text)


# pure and asked again for the same sentence by every pair it is compared with
@lru_cache(maxsize=8192)
def occasion_day(text: str, published: dt.date | None) -> Span | None:
    """The day a sentence reports, when it names one: a date it states ("on 17 June 2024",
    as a one-day span), else, for a day word ("on Monday", "over the weekend", "yesterday";
    ``day_words``), the week up to its source's date ``published``; None when it names no
    day or its source has no date. A wire dateline is no part of the sentence ("GAO, Mali
    (Newswire) — Gunmen attacked ... on Sunday": its dash opens no aside)."""
    if published is None:
        return None
    text = strip_dateline(text)
    pinned = _weekday_date(text, published)
    if pinned is not None:
        return pinned  # "on Monday (March 9, 2026)": that day, not the week
    main = main_clause(text)
    span = sentence_time(text, published)
    if span is not None and span[0] == span[1] and span[0] != published:
        return span
    if _names_day(main):
        # a day word of the main clause wins over a month or a year
        return published - dt.timedelta(days=7), published
    if span is not None and span[0] != span[1]:
        return None  # a month or a year: no day
    return span if span is not None and _STATED_DAY.search(main) else None


# a day of the month written out ("17 June", "June 17"): a sentence dated on its source's
# own day names that day
_STATED_DAY = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b"
)


def same_occasion(
    text: str,
    published: dt.date | None,
    other: str,
    other_published: dt.date | None,
    window_days: int,
    occasion_days: int | None = None,
) -> bool:
    """Whether ``other`` may report the same occasion as ``text`` (module doc): times within
    ``window_days`` (or unknown), days within ``occasion_days`` when both name their day
    (:func:`occasion_day`; None: not checked), and event verbs that share a class (or are
    absent)."""
    a, b = sentence_time(text, published), sentence_time(other, other_published)
    if a is not None and b is not None and _gap_days(a, b) > window_days:
        return False
    if occasion_days is not None:
        da, db = occasion_day(text, published), occasion_day(other, other_published)
        if da is not None and db is not None and _gap_days(da, db) > occasion_days:
            return False
        # a report published before the day the other sentence names cannot tell of it
        # (a day's slack for time zones and late editions)
        if _before(other_published, da) or _before(published, db):
            return False
    ta, tb = taken_places(text), taken_places(other)
    if ta and tb and not ta & tb:
        return False  # the capture of one city, then of another
    pa, pb = predicate_events(text), predicate_events(other)
    return not (pa and pb) or bool(pa & pb)


def _before(published: dt.date | None, day: Span | None) -> bool:
    """Whether a report of ``published`` came out more than a day before ``day`` began."""
    return published is not None and day is not None and published < day[0] - dt.timedelta(days=1)


@cache
def _taking() -> re.Pattern[str]:
    """A verb of taking (``taking_verbs``) and the place it takes: a capitalised name,
    perhaps after "the <up to four words> <place noun> of" (``place_of_nouns``, data/
    judgments.yaml); group "name"."""
    data = load_data("judgments.yaml")
    verbs = alternation(str(w) for w in data["taking_verbs"])
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+" + _PLACE_OF.format(nouns=_place_nouns()))


@cache
def _place_nouns() -> str:
    return alternation(str(w) for w in load_data("judgments.yaml")["place_of_nouns"])


# "the North Kivu provincial capital of Goma", "the city of Goma", "Goma": the name
_PLACE_OF = (
    r"(?:the\s+(?:[\w'-]+\s+){{0,4}}?(?:{nouns})\s+of\s+)?"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})"
)


@cache
def _and_taken() -> re.Pattern[str]:
    """ "and the South Kivu provincial capital of Y", "and Y" right after a place taken."""
    return re.compile(r"[^.;]{0,40}?\band\s+" + _PLACE_OF.format(nouns=_place_nouns()))


@lru_cache(maxsize=8192)
def taken_places(text: str) -> frozenset[str]:
    """The names of the places a verb of taking takes in ``text`` ("captured the city of
    Goma", "seizing the provincial capital of Goma on January 27 and the provincial capital
    of Bukavu on February 16": Goma and Bukavu); empty when it names none."""
    out: set[str] = set()
    for m in _taking().finditer(text):
        out.add(m.group("name"))
        more = _and_taken().match(text, m.end())
        if more:
            out.add(more.group("name"))
    return frozenset(out)
