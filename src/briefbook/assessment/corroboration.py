"""Corroboration across sources: figures of the same event compared, independence by origin.

Three steps, deterministic and offline, each linear in the number of claims and sources
(apart from the few distinct figures of one row):

1. **Reposts.** :func:`independent_groups` finds copies: two sources whose normalised texts
   share most of their 5-word shingles (Jaccard >= 0.6, or one >= 0.8 contained in the other),
   or the same bytes, form one *repost group*, named by its first source. Candidates come from
   an index of each text's rarest shingles (prefix filtering), so a thousand unrelated sources
   are never compared pair by pair.
2. **Origins.** A claim's *origin* is its originator (``Claim.attributed_to``: the ministry,
   the president, the analysts quoted) when it has one, else its source's repost group (the
   outlet's own voice). Two outlets quoting one post are one origin: "2 outlets, 1 origin"
   counts once for status, confidence and derived credibility.
3. **Rows.** :func:`corroborate` compares two figures only when they speak of the same event:
   same event class (one vocabulary, ``data/events.yaml``), compatible counted thing (same
   head class, one qualifier set inside the other; forces named by one country's people
   are not the forces an originator of another country counts unnamed), same modality (an estimate of capacity is
   never compared with an event), same kind of quantity, compatible time (both stated: the
   same or one inside the other; one dated, "on 28 May", the other with no time: the
   other's report day inside that date or at most ``REPORTING_LAG_DAYS`` after it; episodic events such as launches, interceptions and strikes
   reported on different days with relative or no times are different nights; any figures
   from reports more than ``REPORTING_LAG_DAYS`` apart are different events unless both state
   the same time; a file's modification time is no publication date), compatible place
   (both stated: sharing a word; a figure whose own clause names no place or time takes
   its scene's, from another clause of its sentence or the nearest sentence before it in
   its paragraph: :func:`_scene_words`; a figure with a place and one without are one event only
   when they agree, as a town's toll may be part of the night's), the same scope
   (:mod:`briefbook.analysis.scopes`: "since Sunday" is not "since the war began",
   "nationwide" not "the city"; a figure with a span or a wide extent and one without are
   one event only when one confirms the other) and, for distances and durations (which
   count their unit), a compatible qualifier ("a 3-day truce" is not "a 3-day visit"). Each row lists its figures,
   each with its own status:

   - ``corroborated``: another origin states an overlapping figure;
   - ``contradicted``: other origins state the same event and none overlaps it;
   - ``revised``: a toll (``revisable_events`` of data/claims.yaml) that a later report, of
     the same origin or another, raises: "11 civilians killed", then two days later "13";
   - ``unmatched``: no other origin states this event (the default).

   The row's status: ``contradicted`` when two origins share no figure (some figure is
   opposed, even if a looser figure of a third origin agrees with both sides),
   ``corroborated`` when two or more origins all share one, else ``unmatched``; ``revised``
   instead of ``contradicted`` (or of one origin's inconsistency) when every two figures
   that do not overlap come from reports of different days, the later the higher. Claims whose
   event is ``other`` (measurements, unnamed events) are grouped only when their figures
   agree and never contradicted.

:func:`derived_credibility` turns the rows into Admiralty credibility for sources the analyst
has not graded; :func:`apply_corroboration` writes it all into a copy of the assessment.

Over 500 lines: rows, their figures and statuses, and derived credibility read the same
grouping of claims by event and origin.
"""

from __future__ import annotations

import calendar
import copy
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import combinations
from typing import Any

from briefbook.analysis.claims import scene_of
from briefbook.analysis.gazetteer import gazetteer
from briefbook.analysis.quantities import (
    claim_interval,
    near_toll_interval,
    read_quantity,
    vague_fits,
)
from briefbook.analysis.scopes import long_span, scope_gap, scopes_compatible
from briefbook.analysis.topics import (
    TOLL,
    CountsKey,
    counts_compatible,
    counts_key,
    normalise_event,
    toll_of_people,
)
from briefbook.assessment.occasions import sentence_time
from briefbook.assessment.origins import (
    declared_voice,
    evidence_origins,
    head_of_state,
    merge_originators,
    origin_key,
    source_voices,
)
from briefbook.assessment.place_holders import named_countries, place_holders, with_admin_noun
from briefbook.assessment.reposts import (
    assessment_groups,
    copied_sentences,
    independent_groups,
)
from briefbook.data import load_data
from briefbook.ids import sentence_key, source_of
from briefbook.model import Assessment, Claim, Sentence, Statement, known_published
from briefbook.text import alternation
from briefbook.text.normalise import fold_words
from briefbook.tradecraft import CONFIDENCE_LEVELS

__all__ = [
    "CONFIDENCE_RULE",
    "CREDIBILITY_RULE",
    "apply_corroboration",
    "corroborate",
    "derived_credibility",
    "independent_groups",
    "Scene",
    "claim_scenes",
    "one_event",
    "origin_key",
]

STATUS_ORDER = {"contradicted": 0, "revised": 1, "corroborated": 2, "unmatched": 3}
# events that happen in episodes (a night's launches): different days are different events
EPISODIC = frozenset({"launched", "intercepted", "struck", "destroyed", "damaged"})
# reports of one event appear within days; farther apart, figures without a stated common
# time are of different events (a toll this week, a toll last year)
REPORTING_LAG_DAYS = 7
_RELATIVE_TIME = re.compile(
    r"\b(?:yesterday|today|tonight|overnight|last|this|next|previous|earlier|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|night|morning|evening)\b",
    re.I,
)

CREDIBILITY_RULE = (
    "Derived Admiralty credibility (only for sources the analyst has not graded): "
    "1 confirmed = at least one of its quantitative claims is reported alike by another "
    "independent origin, none is outnumbered, and at least half of its claims are so "
    "confirmed; 2 probably true = some claims confirmed, none outnumbered; "
    "3 possibly true = claims that no other origin reports, or a disagreement with an equal "
    "number of independent origins on each side; 4 doubtful = more of its claims are "
    "contradicted by a larger number of independent origins than are confirmed; "
    "6 cannot be judged = no quantitative claim to check. Figures are compared only within "
    "the same event; copies of one text, and outlets quoting one originator, count once; a "
    "source announcing its own action (sanctions it imposes) is authoritative for that fact."
)
CONFIDENCE_RULE = (
    "Confidence after corroboration: a statement whose evidence comes from two or more "
    "independent origins with well-graded sources (reliability A-C and credibility 1-3) is "
    "raised one level (low -> moderate -> high; a hedged or attributed statement no higher "
    "than moderate); a statement resting on one origin whose "
    "sources the analyst has not graded for reliability (none or F) is set to low. Outlets "
    "quoting the same originator are one origin."
)


# ---------------------------------------------------------------------------
# 3. rows


@dataclass
class _Item:
    claim: Claim
    source: str
    group: str
    origin: str
    interval: tuple[float, float]
    figure: str
    first: str
    published: str | None
    key: CountsKey = field(default_factory=lambda: CountsKey("", frozenset()))
    # the words of its place and time: as the claim states them, else its scene's
    # (:func:`_scene_words`); None: as stated
    places: frozenset[str] | None = None
    times: frozenset[str] | None = None
    # the kinds of cause its sentence names (:func:`_causes`): empty when none or unknown
    causes: frozenset[str] = frozenset()
    # whether a place is told for its event: in its clause, its sentence or the sentence
    # right before (:func:`_scene_words`); None: as stated (``claim.where``)
    placed: bool | None = None
    # its source's repost group (a copy of a whole text: its original); ``group`` is that
    # of the text its sentence copies when it copies an earlier source's sentence
    source_group: str = ""
    # the origin of its group's own voice: the publisher its original declares
    # (:func:`~briefbook.assessment.origins.source_voices`); None: the group itself
    voice: str | None = None
    # that publisher's name, as its own figures' origin is shown
    speaker: str | None = None
    # its originator with the words its sentence puts right before the name ("a spokesperson
    # for President Olin", "Kremlin spokesman Dmitry Peskov"): the role the name leaves out
    # (:func:`_told_by`); None: no originator
    told_by: str | None = None
    # the origin of the body its originator speaks for, by an apposition ("Pakistan's army
    # spokesman, Lt Gen X, said": the army's; :func:`_spoken_for`); None: none written
    spoken_for: str | None = None
    # whether its sentence tells the toll as risen ("rose to 19", "the toll climbed to"):
    # ``toll_rise_words`` of data/claims.yaml (:func:`_tells_rise`)
    rise: bool = False
    # whether its sentence tells the toll as revised down ("the toll was revised down to 45",
    # "lowered the death toll to"): ``toll_fall_words`` of data/claims.yaml
    # (:func:`_tells_fall`; round front26)
    fall: bool = False
    # whether its sentence tells its toll as a count to that time ("As of the evening, 9
    # were killed", "a preliminary toll"): ``toll_interim_words`` of data/claims.yaml
    # (:func:`_tells_interim`)
    interim: bool = False
    # the numbered incident its sentence tells the figure of ("the second bombing": 2), by
    # :func:`_incident`; None when it numbers none
    incident: int | None = None
    # the places it is told of (:mod:`~briefbook.assessment.place_holders` ids) and the
    # places holding them: a town's toll and its region's may be one event's
    # (:func:`_inside`)
    names: frozenset[str] = frozenset()
    around: frozenset[str] = frozenset()
    # how many attacks its sentence tells the figure of: "one" ("a missile strike on a mosque
    # killed 13", "one of the strikes"), "many" ("the toll from the strikes"), None when it
    # names no attack (:func:`_attack_number`)
    attacks: str | None = None
    # the lower-case content words of the clause right after its counted phrase ("are in need
    # of aid": need, aid), what it says of what it counts (:func:`_predicate_words`)
    predicate: frozenset[str] = frozenset()
    # its interval before near counts of a toll were widened (:func:`near_toll_interval`);
    # None: ``interval`` itself. The tests of one event use it (:func:`_same_event`)
    exact: tuple[float, float] | None = None
    # the lower-case words of its sentence: a toll told again with no place of its own may
    # name the place of the earlier report's (:func:`_update_told_there`)
    words: frozenset[str] = frozenset()
    # the countries its clause names as the doer of its act, between the last speech verb
    # and the figure (:func:`_actor_sides`); empty when none is named
    actors: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.places is None:
            self.places = _place_words(self.claim.where)
        if self.times is None:
            self.times = _time_words(self.claim.when)
        if self.placed is None:
            self.placed = bool(self.claim.where)


def _interval(claim: Claim) -> tuple[float, float]:
    """The interval a claim is compared with (open sides infinite): a vague figure's range of
    plausible figures (``fits`` in ``data/numbers.yaml``), else its stored interval; claims
    without one are read from their text."""
    fits = vague_fits(claim.quantity)
    if fits is not None:
        return fits
    low, high = claim.low, claim.high
    if low is None and high is None:
        return claim_interval(claim)
    return (-math.inf if low is None else float(low), math.inf if high is None else float(high))


def _figure(claim: Claim) -> str:
    """How a figure is shown: "more than 11,000", "dozens", "between 4.2 and 5.8 million",
    "30%" (a share keeps its sign: "100% owner of X" is "100%", never "100")."""
    if isinstance(claim.quantity, str):
        return " ".join(claim.quantity.split())
    shown = read_quantity(claim.quantity, claim.text)[1]
    if claim.unit == "%" and not re.search(r"(%|\bper ?cent)\s*$", shown, re.IGNORECASE):
        shown += "%"
    return shown


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    if math.isnan(a[0]) or math.isnan(b[0]):
        return False
    return a[0] <= b[1] and b[0] <= a[1]


def _agree(a: _Item, b: _Item) -> bool:
    """Whether the two figures can both be true (their intervals overlap): such figures never
    contradict each other."""
    if math.isnan(a.interval[0]) or math.isnan(b.interval[0]):
        return fold_words(str(a.claim.quantity)) == fold_words(str(b.claim.quantity))
    return _overlap(a.interval, b.interval)


# an open bound ("at least 54", "more than 1,000") vouches for figures up to this factor past
# it: "at least 54" and "137" can both be true, but the first does not confirm the second
OPEN_BOUND_REACH = 1.5


def _reach(interval: tuple[float, float]) -> tuple[float, float]:
    low, high = interval
    if math.isinf(high) and not math.isinf(low):
        return (low, low * OPEN_BOUND_REACH if low > 0 else math.inf)
    if math.isinf(low) and not math.isinf(high):
        return (high / OPEN_BOUND_REACH if high > 0 else -math.inf, high)
    return interval


def _support(a: _Item, b: _Item) -> bool:
    """Whether one figure confirms the other: they agree, and neither rests on an open bound
    far from the other figure (an open bound confirms only figures near it, or the same
    bound)."""
    if not _agree(a, b):
        return False
    if math.isnan(a.interval[0]) or math.isnan(b.interval[0]):
        return True
    if a.interval == b.interval:
        return True
    if _same_open_side(a.interval, b.interval):
        # two floors ("at least 10", "at least 300") or two ceilings of one event describe
        # one count however far apart they lie: the tighter makes the looser true
        # (:func:`_confirms`), so they are compared, never left unmatched (round claims22)
        return True
    return _overlap(_reach(a.interval), _reach(b.interval))


def _same_open_side(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether both intervals are bounds open on the same side (two floors, two ceilings)."""
    (la, ha), (lb, hb) = a, b
    if math.isinf(ha) and math.isinf(hb):
        return not (math.isinf(la) or math.isinf(lb))
    if math.isinf(la) and math.isinf(lb):
        return not (math.isinf(ha) or math.isinf(hb))
    return False


def _confirms(a: _Item, b: _Item) -> bool:
    """Whether ``b``'s figure confirms ``a``'s (:func:`_support`), in that direction: of two
    bounds open on the same side, only the tighter confirms the looser ("over 300,000" makes
    "over 270,000" true; "over 270,000" does not make "over 300,000" true, it only agrees
    with it)."""
    if not _support(a, b):
        return False
    (la, ha), (lb, hb) = a.interval, b.interval
    if math.isinf(ha) and math.isinf(hb) and not (math.isinf(la) or math.isinf(lb)):
        return lb >= la  # two lower bounds ("over N", "at least N")
    if math.isinf(la) and math.isinf(lb) and not (math.isinf(ha) or math.isinf(hb)):
        return hb <= ha  # two upper bounds ("up to N")
    return True


_TIME_SKIP = frozenset(
    {"on", "in", "since", "until", "through", "by", "during", "from", "as", "of", "the"}
)


@lru_cache(maxsize=65536)
def _time_words(when: str | None) -> frozenset[str]:
    return frozenset(w for w in fold_words(when or "") if w not in _TIME_SKIP)


@lru_cache(maxsize=65536)
def _place_words(where: str | None) -> frozenset[str]:
    return frozenset(fold_words(where or "")) - {"the", "of"}


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(str(a)[:10]) - date.fromisoformat(str(b)[:10])).days)
    except (TypeError, ValueError):
        return None


_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
# a stated year this far from the other figure's year is another event ("the 1994 massacre"
# beside a toll of this week); a year apart may still be one event told across New Year
_YEARS_APART = 2


def _event_year(item: _Item) -> int | None:
    """The year a figure speaks of: the one year its time names, else (no time, or a day of
    its own week) its source's publication year; None for a span ("since 2011") or when
    unknown."""
    if getattr(item.claim, "scope", None):
        return None  # "since the war began in 2011": a span up to now, not that year
    years = {w for w in _time_words(item.claim.when) if _YEAR.fullmatch(w)}
    if len(years) == 1:
        return int(years.pop())
    if years:
        return None
    published = str(item.published or "")[:4]
    return int(published) if _YEAR.fullmatch(published) else None


_WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
# the night before the report: "overnight", "last night", "yesterday"
_NIGHT_BEFORE = (frozenset({"overnight"}), frozenset({"last", "night"}), frozenset({"yesterday"}))


def _day_of(item: _Item) -> date | None:
    """The day a figure's time names: a relative time counted back from its report's date (a
    weekday, "on Thursday", "on Thursday night": the last such day before the report; the
    night or day before the report, "overnight", "last night", "yesterday": the day the
    night began), else the one day a date names ("on September 17", "17 September 2024",
    "today, on 17 September": the year of the report when it names none). None for any other
    time (a month, a year, a span), or with no report date for a relative one. So "on
    Tuesday" in a report of Wednesday 18 September and "September 17" are one day."""
    words = item.times or frozenset()
    published = str(item.published or "")
    return _relative_day(words, published) or _named_day(words, published)


# words of a time that name no other day than the date beside them ("today, on 17 September",
# "on the evening of 17 September")
_SAME_DAY_WORDS = frozenset({"today", "tonight", "morning", "evening", "night", "afternoon"})


@lru_cache(maxsize=65536)
def _named_day(words: frozenset[str], published_at: str) -> date | None:
    """The one day the folded time ``words`` name as a date (a month and its day, with or
    without a year), read as :func:`~briefbook.assessment.occasions.sentence_time` reads it
    from the report's date ``published_at`` (ISO, or empty); None when they name no single
    day: a second day ("March 9-10", "March 10 to 12") or a word of a span ("in the week to
    March 10") beside the date."""
    plain = words - _SAME_DAY_WORDS
    if sum(w.isdigit() and len(w) <= 2 for w in plain) != 1 or not all(
        _date_word(w) for w in plain
    ):
        return None
    try:
        published: date | None = date.fromisoformat(published_at[:10])
    except (TypeError, ValueError):
        published = None
    span = sentence_time(f"on {_time_text(plain)}", published)
    if span is None or span[0] != span[1] or (published and span == (published, published)):
        # no date read (the report's day stands in), or a month or a span
        return span[0] if span and span[0] == span[1] and _names_date(plain, span[0]) else None
    return span[0]


_MONTHS = tuple(calendar.month_name[m].lower() for m in range(1, 13))


def _date_word(word: str) -> bool:
    """Whether a folded time word is a word of a date: a day of the month, a year, or a month's
    name ("sept", "march")."""
    if word.isdigit():
        return len(word) <= 2 or len(word) == 4
    return len(word) >= 3 and any(m.startswith(word) for m in _MONTHS)


def _names_date(words: frozenset[str], day: date) -> bool:
    """Whether ``words`` hold ``day``'s day of the month and its month's name."""
    month = calendar.month_name[day.month].lower()
    return str(day.day) in words and any(month.startswith(w) and len(w) >= 3 for w in words)


@lru_cache(maxsize=65536)
def _relative_day(words: frozenset[str], published_at: str) -> date | None:
    try:
        published = date.fromisoformat(published_at[:10])
    except (TypeError, ValueError):
        return None
    if words in _NIGHT_BEFORE:
        return published - timedelta(days=1)
    days = [w for w in words if w in _WEEKDAYS]
    if len(days) == 1 and words <= {days[0], "night", "morning", "evening", "last"}:
        back = (published.weekday() - _WEEKDAYS[days[0]]) % 7 or (7 if "last" in words else 0)
        return published - timedelta(days=back)
    return None


# a month told relative to the report ("last month" in a report of 9 May is April): its
# offset in months from the report's
_RELATIVE_MONTHS = {
    frozenset({"last", "month"}): -1,
    frozenset({"previous", "month"}): -1,
    frozenset({"this", "month"}): 0,
    frozenset({"earlier", "this", "month"}): 0,
}


def _named_month(words: frozenset[str], published: str | None) -> frozenset[str]:
    """``words`` with a month told relative to the report named ("last month" in a report of
    9 May 2025: "april", "2025"), so that it meets a figure dated "in April" (trialA23);
    other times as they are."""
    offset = _RELATIVE_MONTHS.get(words)
    if offset is None or not published:
        return words
    try:
        day = date.fromisoformat(str(published)[:10])
    except ValueError:
        return words
    index = day.year * 12 + day.month - 1 + offset
    return frozenset({calendar.month_name[index % 12 + 1].lower(), str(index // 12)})


def _times_compatible(a: _Item, b: _Item, event: str | None) -> bool:
    wa = _named_month(a.times or frozenset(), a.published)
    wb = _named_month(b.times or frozenset(), b.published)
    da, db = _day_of(a), _day_of(b)
    if da is not None and db is not None:
        # "on Thursday night" and "overnight" in a report of Friday: one night
        return da == db
    if wa and wb and not (wa <= wb or wb <= wa):
        return False
    ya, yb = _event_year(a), _event_year(b)
    if ya is not None and yb is not None and abs(ya - yb) >= _YEARS_APART:
        return False  # "the 1994 massacre's 4,000 dead" and this week's toll: two events
    if _earlier_incident(a, b, event):
        return False
    relative = lambda w: not w or bool(_RELATIVE_TIME.search(" ".join(w)))  # noqa: E731
    apart = _days_apart(a.published, b.published)
    if (
        apart is not None
        and apart > REPORTING_LAG_DAYS
        and (relative(wa) or relative(wb))
        and not _dated_at_report(a, b)
        and not _dated_at_report(b, a)
    ):
        # reports weeks apart speak of different events unless both name the same time
        # ("in 2022", "on 3 March"): a toll, a launch or a count of their own day
        return False
    # "last night" in two reports of different days: two nights
    return not (event in EPISODIC and apart and (relative(wa) or relative(wb)))


def _earlier_incident(a: _Item, b: _Item, event: str | None) -> bool:
    """Whether one of two figures of a toll or an episodic act is dated (its own date or its
    scene's) and the other, told with no time, was reported before that date or more than
    ``REPORTING_LAG_DAYS`` after it: "an incident on 28 May" beside a toll told in late July,
    two events. A standing count ("deployed thousands of troops in October" and, in December,
    "thousands of troops") goes on past its date and stays comparable."""
    return (event in EPISODIC or event in _revisable()) and (
        _report_fit(a, b) is False or _report_fit(b, a) is False
    )


def _told_apart(a: _Item, b: _Item, event: str | None) -> bool:
    """The rules that keep two figures apart as two events however their reports are read,
    shared by :func:`corroborate` (through :func:`_same_event` and :func:`_scene_fits`) and
    :func:`one_event`: another numbered incident (:func:`_incident`), an earlier dated
    incident (:func:`_earlier_incident`), the other side's forces (:func:`_other_sides`)."""
    return (
        _other_incidents(a, b)
        or _one_attack_of_many(a, b)
        or _one_attack_of_many(b, a)
        or _earlier_incident(a, b, event)
        or _other_sides(a, b)
        or _other_sides(b, a)
        or _other_actors(a, b, event)
    )


@cache
def _actor_data() -> tuple[frozenset[str], re.Pattern[str]]:
    """(``actor_events`` of data/claims.yaml, the last speech verb or "according to" of a
    clause: ``clause_speech_verbs`` of data/speakers.yaml)."""
    events = frozenset(str(e) for e in load_data("claims.yaml")["actor_events"])
    verbs = [str(v) for v in load_data("speakers.yaml")["clause_speech_verbs"]]
    return events, re.compile(rf"\b(?:{alternation(verbs + ['according to'])})\b", re.I)


# a clause that opens between the doer and the figure ("Russia launched 40 drones, but 35
# were shot down": no doer of the 35 told)
# "Russia launched 40 drones, and 35 were shot down", "... drones and 35 were downed": a
# clause of its own after "and", never a list of doers ("Finland, Sweden, and Norway"; round
# revB28)
_ACTOR_CLAUSE_OPENER = re.compile(
    r";|\b(?:of which|of whom|which|while|whereas|but)\b|,\s+and\s+(?!(?-i:[A-Z]))|\band\s+$",
    re.I,
)
# "..., with Estonian and allied jets shooting down three drones": the participle's subject
_WITH_DOER = re.compile(r"\bwith\s+((?:[\w'’-]+\s+){1,6}?)[a-z]+ing\b")
# a short opening set off by a comma ("On Tuesday,", "Meanwhile,", "Overnight,")
_OPENING = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+")
# a list of names opening the clause, its commas no opening's ("Finland, Sweden, and Norway
# shot down"; round revB28)
_NAME_LIST = re.compile(r"^\s*[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)*,?\s+and\s+[A-Z]")


@cache
def _doer_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("claims.yaml")["actor_phrase_words"])


def _actor_sides(claim: Claim, text: str) -> frozenset[str]:
    """The countries named in the subject of the clause that tells the claim's figure: the
    doer of an act of ``actor_events`` (round trialB28). The clause runs from the last speech
    verb or clause opener before the figure; its subject is a "with ... -ing" phrase's
    ("with Polish and allied aircraft shooting down") or the words opening the clause after a
    short opening ("On Tuesday, Finland's air defence destroyed": Finland), up to the first
    lower-case word that is no word of a doer's phrase (``actor_phrase_words`` of
    data/claims.yaml: "its key ally", "air defence"). Countries by name, possessive or not,
    or by their people's adjective, as the gazetteer knows them. Empty when the figure is not
    found in its sentence or the subject names no country ("it has supplied Russia with
    11,000 troops": Russia is no doer)."""
    at = text.find(claim.text)
    if at <= 0:
        return frozenset()
    before = text[:at]
    _, speech = _actor_data()
    for cut in (speech, _ACTOR_CLAUSE_OPENER):
        ends = [m.end() for m in cut.finditer(before)]
        if ends:
            before = before[ends[-1] :]
    doers = list(_WITH_DOER.finditer(before))
    doer = doers[-1] if doers else None
    if doer is not None:
        subject = doer.group(1)
    else:
        subject = before
        while not _NAME_LIST.match(subject) and (m := _OPENING.match(subject)) is not None:
            subject = subject[m.end() :]
    countries = gazetteer().countries_of
    words = _doer_words()
    found: set[str] = set()
    for w in re.findall(r"[\w'’-]+", subject):
        if w[:1].isupper():
            w = re.sub(r"['’]s?$", "", w)
            if w in countries:
                found.add(countries[w])
        elif w.lower() not in words:
            break
    return frozenset(found)


def _other_actors(a: _Item, b: _Item, event: str | None) -> bool:
    """Whether two figures of an act of ``actor_events`` (an interception, a deployment) name
    disjoint countries as its doer (:func:`_actor_sides`): one country's air defence and
    another's jets, one alliance's exercise and its rival's: two events (round trialB28)."""
    events, _ = _actor_data()
    if event not in events:
        return False
    return bool(a.actors) and bool(b.actors) and not a.actors & b.actors


@cache
def _attack_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(one attack, several attacks) by the attack nouns of ``attack_target_nouns`` in
    data/events.yaml: a singular one after "a", "an", "one" or "single", or "one of the" and
    a plural ("a missile strike", "one of the raids"); a plural one otherwise ("the strikes")."""
    nouns = [str(w).lower() for w in load_data("events.yaml")["attack_target_nouns"]]
    plural = alternation(w for w in nouns if w.endswith("s"))
    singular = alternation(w for w in nouns if not w.endswith("s"))
    return (
        re.compile(
            rf"\b(?:(?:a|an|one|single)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{singular})(?![\w-])"
            rf"|one\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{plural})(?![\w-]))",
            re.I,
        ),
        re.compile(rf"(?<![\w-])(?:{plural})(?![\w-])", re.I),
    )


@lru_cache(maxsize=1024)
def _attack_number(text: str) -> str | None:
    """ "one" when ``text`` tells a single attack (:func:`_attack_patterns`), "many" when it
    tells attacks only in the plural, None when it names no attack."""
    one, many = _attack_patterns()
    if one.search(text):
        return "one"
    return "many" if many.search(text) else None


def _one_attack_of_many(a: _Item, b: _Item) -> bool:
    """Whether ``a`` is the toll of one attack and ``b`` the larger toll of several ("a missile
    strike on a mosque killed 13"; days later "the toll from the strikes has risen to 31"): a
    part of the event and its whole, never an earlier count of it (round claims24)."""
    return (
        a.attacks == "one"
        and b.attacks == "many"
        and not _agree(a, b)
        and a.interval[1] < b.interval[0]
    )


def _other_incidents(a: _Item, b: _Item) -> bool:
    """Whether the two figures are told of differently numbered incidents ("the first
    bombing killed 12", "the second bombing killed 30"): two events."""
    return a.incident is not None and b.incident is not None and a.incident != b.incident


def _dated_at_report(dated: _Item, undated: _Item) -> bool:
    """Whether ``dated`` states the day or month of its event ("the 22 April attack") and
    ``undated``, stating no time, was published within ``REPORTING_LAG_DAYS`` after it: a
    figure with no time tells of its report's days, so the two may be one event however
    long after it the dated report came out."""
    return _report_fit(dated, undated) is True


def _report_fit(dated: _Item, undated: _Item) -> bool | None:
    """Whether the date ``dated`` states for its event (its own or its scene's: "on 28 May",
    "in March"; not a relative time) takes in the report day of ``undated``, which states no
    time, or ends at most ``REPORTING_LAG_DAYS`` before it: True; False when the report
    falls before that date or more than that many days after it (a background sentence's
    incident of 28 May beside a toll told on 24 July with no time: two events); None when
    either states no such date or a report date is unknown."""
    wd = dated.times or frozenset()
    if not wd or _RELATIVE_TIME.search(" ".join(wd)) or undated.times:
        return None
    try:
        published = date.fromisoformat(str(dated.published)[:10])
        other = date.fromisoformat(str(undated.published)[:10])
    except (TypeError, ValueError):
        return None
    span = sentence_time(f"on {dated.claim.when or _time_text(wd)}", published)
    if span is None or span == (published, published):
        return None  # no date read from its time: the publication day stands in for it
    return span[0] <= other and (other - span[1]).days <= REPORTING_LAG_DAYS


def _time_text(words: frozenset[str]) -> str:
    """A time's folded words as a date reads ("14 March 2031"): day, month (capitalised, as
    :func:`~briefbook.assessment.occasions.sentence_time` reads a month), then year."""
    order = sorted(words, key=lambda w: (len(w) == 4 and w.isdigit(), not w.isdigit(), w))
    return " ".join(w if w.isdigit() else w.capitalize() for w in order)


def _places_compatible(a: _Item, b: _Item) -> bool:
    """Whether two figures' places may be one event's: either names none, they share a
    word, or one lies inside the other (:func:`_inside`)."""
    pa, pb = a.places or frozenset(), b.places or frozenset()
    return not (pa and pb) or bool(pa & pb) or _inside(a, b)


def _inside(a: _Item, b: _Item) -> bool:
    """Whether a place of one figure holds a place of the other: a town and the region or
    the country around it, by the briefing's own sentences or the shipped indexes
    (:mod:`~briefbook.assessment.place_holders`); two towns never do."""
    return bool(a.around & b.names) or bool(b.around & a.names)


def _same_event(a: _Item, b: _Item, event: str | None, heads: bool = True) -> bool:
    """Whether two figures may count one event (module doc, step 3); ``heads=False`` leaves
    out the comparison of what they count (the caller has compared it).

    Figures are compared here as told, not widened as near counts of one toll: "326 killed"
    in one town and "331 killed" with no place, or a year's toll and a siege's, stay part and
    whole, never one row (round revB18); near counts agree only once they are one event's."""
    a, b = _as_told(a), _as_told(b)
    if heads and not counts_compatible(a.key, b.key):
        return False
    part_a, part_b = getattr(a.claim, "part", False), getattr(b.claim, "part", False)
    if part_a != part_b:
        # a part ("three of its peacekeepers", "at least 10 of them at a checkpoint") is never
        # compared as a whole, not even when the intervals overlap ("at least 10", "28")
        return False
    if part_a and part_b and not _agree(a, b):
        # "three of its peacekeepers" and "two from the mission": two parts, never rivals,
        # so never one row unless they agree
        return False
    if bool(a.placed) != bool(b.placed) and not _agree(a, b) and not _update_told_there(a, b):
        # a toll in one town and a toll with no place (the whole night's, the country's)
        # may be part and whole: never a contradiction, so never one row; a place told by
        # the figure's scene ("The attack, which ...", after "an attack in Mir Ali") counts,
        # from its sentence or the one right before, not from farther back (another
        # incident's town: "Gunmen attacked a checkpoint in Mir Ali. Separately, ...")
        return False
    if a.places and b.places and not a.places & b.places and not _support(a, b):
        # a town and the region or country holding it (:func:`_inside`): the town's toll
        # may be a part of the region's, so one row only when they agree ("26 killed in
        # Harnell", "26 killed in Kashmir"); never a contradiction
        return False
    scope_a, scope_b = getattr(a.claim, "scope", None), getattr(b.claim, "scope", None)
    if not scopes_compatible(scope_a, scope_b):
        return False  # "26,000 fled since Sunday", "a million since the war began"
    if long_span(scope_a) != long_span(scope_b):
        return False  # "nine deaths in recent years" and one day's nine dead: never one event
    if scope_gap(scope_a, scope_b) and not _support(a, b):
        # a war's toll, a national figure beside one incident's, one town's: never rivals,
        # one row only when one figure confirms the other
        return False
    if not _qualifiers_compatible(a.claim, b.claim):
        return False  # "a 3-day truce", "a 3-day visit"
    if _told_apart(a, b, event):
        # "one Kelish soldier" and a Dorvian ministry's "one soldier"; "the first bombing"
        # and "the second bombing"; an incident of 28 May and a toll told in late July
        return False
    # "shelling killed 12", "a bus crash caused 12 fatalities": two events
    return _scene_fits(a, b, event)


def _update_told_there(a: _Item, b: _Item) -> bool:
    """Whether of two figures, one told with a place and one without, the one without is
    the same origin's toll told as risen (:func:`_tells_rise`) in a report of that day or
    later whose sentence names every word of the other's place: "An air strike on the
    market in Velk killed 65 people, the health ministry said", then two days later "The
    toll from the air strike on the Velk market has risen to 99, the health ministry said":
    one running toll, whose place the extractor read only once (round facts25). Another
    origin's, an earlier report's or a toll naming no such place stays apart (a toll with no
    place may be the whole night's)."""
    placed, bare = (a, b) if a.placed else (b, a)
    if placed.origin != bare.origin or not bare.rise or not placed.places:
        return False
    day_placed, day_bare = _report_day(placed), _report_day(bare)
    if day_placed is None or day_bare is None or day_bare < day_placed:
        return False
    return bool(placed.places) and placed.places <= bare.words


def _as_told(item: _Item) -> _Item:
    """``item`` with its interval as told (before :func:`near_toll_interval`)."""
    if item.exact is None or item.exact == item.interval:
        return item
    return replace(item, interval=item.exact)


@cache
def _side_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """(``demonym_endings``, the words that name no side: ``vague_group_modifiers`` of
    data/judgments.yaml and the function words of data/text.yaml)."""
    data = load_data("judgments.yaml")
    vague = {str(w).lower() for w in data["vague_group_modifiers"]} | {
        str(w).lower() for w in load_data("text.yaml")["function_words"]
    }
    return tuple(str(e) for e in data["demonym_endings"]), frozenset(vague)


@lru_cache(maxsize=65536)
def _sides(text: str | None) -> frozenset[str]:
    """The countries ``text`` names by a country's name or people ("Kelish soldiers", "the
    Dorvian health ministry"): the gazetteer's country key, else a capitalised word with a
    demonym's ending before a lower-case word (``demonym_endings`` of data/judgments.yaml),
    lower-cased; empty when it names none."""
    endings, vague = _side_words()
    countries = gazetteer().countries_of
    words = re.findall(r"[\w'’-]+", text or "")
    found: set[str] = set()
    for k, w in enumerate(words):
        if not w[:1].isupper() or w.lower() in vague:
            continue
        if w in countries:
            found.add(countries[w])
        elif w.lower().endswith(endings) and k + 1 < len(words) and words[k + 1][:1].islower():
            found.add(w.lower())
    return frozenset(found)


def _other_sides(a: _Item, b: _Item) -> bool:
    """Whether ``a`` counts one side's forces by its people's name ("one Kelish soldier") and
    ``b``, counting forces with no such name, is told by an originator of another country
    only ("the Dorvian ministry said one soldier"): each side's losses, two events."""
    if a.key.head != b.key.head or a.key.head != _FORCES_HEAD:
        return False
    side = _sides(a.claim.counts)
    if not side or _sides(b.claim.counts):
        return False
    told_by = _sides(b.claim.attributed_to)
    return bool(told_by) and not told_by & side


# the head class of a count of armed forces (soldiers, troops: analysis.topics.counts_key)
_FORCES_HEAD = "troops"


@dataclass(frozen=True)
class Scene:
    """What a claim's sentence and its paragraph tell of its event when the claim's own
    clause does not (:func:`claim_scenes`): its time words (folded, as corroboration
    compares them) and the number of the incident it is told of (``the second bombing``: 2;
    None when none is numbered)."""

    times: frozenset[str] = frozenset()
    incident: int | None = None


def claim_scenes(sentences: Iterable[Sentence]) -> Callable[[Claim], Scene]:
    """The scene reader :func:`corroborate` reads claims with, for the claims of
    ``sentences`` (one assessment's): a function of a claim giving its :class:`Scene` (the
    times of its first evidence sentence's scene, :func:`_scene_words`; its incident,
    :func:`_incident`). A claim whose evidence is not among them has an empty scene."""
    sentences = list(sentences)
    text_of = {s.id: s.text for s in sentences}
    scene, _near = _scene_words(sentences)

    def read(claim: Claim) -> Scene:
        if not claim.evidence:
            return Scene()
        first = min(claim.evidence, key=sentence_key)
        if first not in text_of:
            return Scene()
        return Scene(times=scene(first)[1], incident=_incident(text_of[first], claim.text))

    return read


def one_event(
    a: Claim, b: Claim, scene_a: Scene | None = None, scene_b: Scene | None = None
) -> bool:
    """Whether two claims of reports of different weeks may count one event that has gone on
    (a toll raised from 200 to 300), by the rules corroboration compares figures with
    (:func:`corroborate`) less the days between the reports and their scopes (a week's toll
    revised as the toll since the fighting began is the revision to show): compatible counted
    things, both parts or both wholes, both placed or neither, what a distance or duration is
    of, the times they state (a year two or more apart is another event) and place, and the
    rules that tell two events apart however they are reported (:func:`_told_apart`: another
    numbered incident, an earlier dated incident beside a toll or an episodic act told with
    no time, the other side's forces). ``scene_a``, ``scene_b``: what the claims' sentences
    tell of their scenes (:func:`claim_scenes`), so a toll dated by the sentence before it is
    dated here as there; None: as stated only. Claims of the event ``other`` (a measurement,
    no event named) never are."""
    event = normalise_event(a.event)
    if event in (None, "other") or event != normalise_event(b.event):
        return False

    def item(claim: Claim, scene: Scene | None) -> _Item:
        return _Item(
            claim=claim,
            source="",
            group="",
            origin="",
            interval=_interval(claim),
            figure=_figure(claim),
            first="",
            published=claim.published,
            key=_claim_key(claim),
            times=_time_words(claim.when) or (scene.times if scene else frozenset()),
            incident=scene.incident if scene else None,
        )

    x, y = item(a, scene_a), item(b, scene_b)
    if not counts_compatible(x.key, y.key) or bool(a.part) != bool(b.part):
        return False
    if bool(a.where) != bool(b.where):
        return False  # a toll in one town, a toll with no place: part and whole, or two
    if not _qualifiers_compatible(a, b):
        return False
    wa, wb = _time_words(a.when), _time_words(b.when)
    if wa and wb and not (wa <= wb or wb <= wa):
        return False
    ya, yb = _event_year(x), _event_year(y)
    if ya is not None and yb is not None and abs(ya - yb) >= _YEARS_APART:
        return False
    return _places_compatible(x, y) and not _told_apart(x, y, event)


def _qualifier_words(claim: Claim) -> frozenset[str]:
    words = fold_words(getattr(claim, "qualifier", None) or "")
    return frozenset(re.sub(r"(?:ern|wards?)$", "", w) for w in words) - {"the", "of"}


def _qualifiers_compatible(a: Claim, b: Claim) -> bool:
    """Whether two distances or durations measure the same thing: what each is of (or its
    direction) shares a word, or one of them names none ("70 km west", "70 kilometres")."""
    qa, qb = _qualifier_words(a), _qualifier_words(b)
    return not (qa and qb) or bool(qa & qb)


def _topic(claim: Claim) -> tuple[Any, ...]:
    return (
        normalise_event(claim.event),
        getattr(claim, "modality", "asserted"),
        getattr(claim, "kind", "count"),
        getattr(claim, "unit", None),
    )


def _ordered_unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return sorted(out, key=sentence_key)


def _format_quantity(q: float | int | str) -> float | int | str:
    if isinstance(q, float) and q.is_integer():
        return int(q)
    return q


def _figure_support(items: list[_Item]) -> tuple[list[int], list[int], list[set[str]]]:
    """Per item: how many other origins state a figure that confirms it (:func:`_confirms`),
    how many state only figures that do not overlap any of its origin's, and the origins
    whose figure confirms its own.

    Computed over the row's distinct figures and origins, never over all pairs of items."""
    figures: dict[tuple[Any, ...], list[int]] = {}
    for k, item in enumerate(items):
        fk = (
            item.interval,
            tuple(fold_words(str(item.claim.quantity))) if math.isnan(item.interval[0]) else (),
        )
        figures.setdefault(fk, []).append(k)
    keys = list(figures)
    origins_of = {fk: {items[k].origin for k in figures[fk]} for fk in keys}
    n_origins = len({i.origin for i in items})
    agreeing: dict[tuple[Any, ...], set[str]] = {}  # origins whose figure confirms this one
    compatible: dict[tuple[Any, ...], set[str]] = {}  # origins whose figure can also be true
    for fa in keys:
        rep = items[figures[fa][0]]
        agree: set[str] = set()
        fits: set[str] = set()
        for fb in keys:
            other = items[figures[fb][0]]
            if _agree(rep, other):
                fits |= origins_of[fb]
                if _confirms(rep, other):
                    agree |= origins_of[fb]
        agreeing[fa] = agree
        compatible[fa] = fits
    # the origins compatible with any figure of an origin (itself included): the rest oppose it
    per_origin: dict[str, set[str]] = defaultdict(set)
    for fk in keys:
        for o in origins_of[fk]:
            per_origin[o] |= compatible[fk]
    support = [0] * len(items)
    oppose = [0] * len(items)
    sides: list[set[str]] = [set()] * len(items)
    for fk, members in figures.items():
        for k in members:
            own = items[k].origin
            support[k] = len(agreeing[fk]) - (own in agreeing[fk])
            oppose[k] = n_origins - len(per_origin[own] | {own})
            sides[k] = agreeing[fk]
    return support, oppose, sides


_ARTICLES = frozenset(["the", "a", "an", "some", "several", "many", "other"])


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("claims.yaml")["generic_originators"])


def _fold_generic_origins(items: list[_Item]) -> None:
    """In one row: an item whose originator names nobody in particular ("authorities"), or
    that names none (the outlet's own voice), takes the origin of the named originator its
    own outlet gives (the first in reading order), so one report's "authorities say", its
    own figure and "the armed forces said" count once: a report never corroborates itself.
    With no named originator in that outlet it takes the outlet's own voice, so a report's
    own figure and the one it gives to unnamed "experts" never corroborate each other."""
    generic = _generic_words()

    def is_generic(item: _Item) -> bool:
        said_by = item.claim.attributed_to
        return bool(said_by) and all(
            w in generic or w in _ARTICLES for w in fold_words(str(said_by))
        )

    named: dict[str, str] = {}
    for i in items:
        if not i.origin.startswith("src:") and not is_generic(i):
            named.setdefault(i.group, i.origin)
    for i in items:
        if is_generic(i):
            # nobody named: the outlet's unnamed "experts" are the outlet's own voice
            i.origin = named.get(i.group, origin_key(None, i.group))
        elif not i.claim.attributed_to and i.group in named:
            # the outlet's own figure beside one it gives to a named originator: one origin
            i.origin = named[i.group]
    # the group's own voice is the publisher its original declares: a ministry's statement
    # and an outlet quoting that ministry are one origin
    voiced = [i for i in items if i.voice and i.origin.startswith("src:")]
    for i in voiced:
        i.origin = i.voice or i.origin
    if voiced:
        merged = merge_originators(i.origin for i in items)
        for i in items:
            i.origin = merged.get(i.origin, i.origin)


_HEAD_NAMED = re.compile(r"\b(?:[Pp]resident|[Kk]ing|[Ee]mir|[Ss]ultan|[Ll]eader)\s+[A-Z]")


def _fold_heads_of_state(items: list[_Item]) -> None:
    """In one row: a head of state, his office, his spokesperson and his government's
    statement are one origin (:func:`~briefbook.assessment.origins.head_of_state`): "President
    Olin told reporters" and the White House's own statement count once. Two states are two
    origins: origins are joined only when the row's heads name at most one state (the others
    naming none) and at most one head by name among those naming no state (two presidents
    of unnamed states stay two)."""
    states: dict[str, set[str | None]] = defaultdict(set)
    persons: set[str] = set()
    for i in items:
        name = i.told_by or (i.speaker if i.voice and i.origin == i.voice else None)
        is_head, state = head_of_state(name)
        if not is_head:
            continue
        states[i.origin].add(state)
        if _HEAD_NAMED.search(str(name)):
            persons.add(i.origin)
    if len(states) < 2:
        return
    known = {s for v in states.values() for s in v if s}
    if len(known) > 1:
        return  # two governments: two origins
    if len([o for o in persons if not (states[o] - {None})]) > 1:
        return  # two presidents who name no state: two origins
    heads = [i.origin for i in items if i.origin in states]
    target = heads[0]
    for i in items:
        if i.origin in states:
            i.origin = target


def _row(items: list[_Item], event: str | None, allow_contradiction: bool) -> dict[str, Any]:
    items = sorted(items, key=lambda i: (sentence_key(i.first), i.figure))
    _fold_generic_origins(items)
    _fold_heads_of_state(items)
    _fold_spokespeople(items)
    support, oppose, sides = _figure_support(items)
    origins = _ordered_origins(items)
    originals = {i.group for i in items}
    by_origin: dict[str, list[int]] = defaultdict(list)
    for k, i in enumerate(items):
        by_origin[i.origin].append(k)
    revised = allow_contradiction and _revision(items, event)
    statuses: list[str] = []
    for k in range(len(items)):
        if support[k]:
            statuses.append("corroborated")
        elif oppose[k] and allow_contradiction:
            statuses.append("revised" if revised else "contradicted")
        else:
            statuses.append("unmatched")
    if revised:
        # a toll raised by a later report, of the same origin or another: no contradiction
        status = "revised"
        for k in _superseded(items):
            statuses[k] = "superseded"
    elif len(origins) < 2:
        status = "unmatched"
    elif allow_contradiction and any(oppose):
        # two origins whose figures cannot both be true ("26" against "at least 27"): the
        # row is contradicted even when a looser figure ("more than 20") agrees with each
        status = "contradicted"
    elif all(
        any(statuses[k] == "corroborated" for k in by_origin[o])
        or any(o in sides[k] for k, st in enumerate(statuses) if st == "corroborated")
        for o in origins
    ):
        # every origin shares a figure with another: its own is confirmed, or it confirms
        # another's ("over 300,000" confirms "over 270,000", the figure both origins hold)
        status = "corroborated"
    else:
        status = "unmatched"
    # an origin is named by its first original text (a repost's original, the source
    # published first, before its copies), so its figures cite the original's sentences
    # (a source whose sentence copies another's is named by the source it copies: its own
    # statement of the figure comes first)
    reps = {
        o: min(
            (items[k] for k in by_origin[o]),
            key=lambda i: (i.source not in originals, i.source != i.group, sentence_key(i.source)),
        ).source
        for o in origins
    }
    # one origin giving two figures that do not overlap: inconsistent, never a contradiction
    inconsistent = _ordered_unique(
        reps[o]
        for o in origins
        if not revised and _self_inconsistent([items[k] for k in by_origin[o]])
    )
    if status == "contradicted":
        # the agreeing side: the figure stated by most origins
        best = max(range(len(items)), key=lambda k: (support[k], -k))
        side = {items[best].origin} | sides[best]
        if side >= set(origins):
            # the best-supported figure can stand beside every origin's: the sides are
            # those of the best-supported figure some origin opposes
            best = max((k for k in range(len(items)) if oppose[k]), key=lambda k: (support[k], -k))
            side = {items[best].origin} | sides[best]  # its own and those confirming it
        agreeing = _ordered_unique(reps[o] for o in side)
        disagreeing = _ordered_unique(reps[o] for o in origins if o not in side)
    else:
        agreeing, disagreeing = _ordered_unique(reps.values()), []
    # reposts of one text: the copy and the group's first source (a source that copies only
    # some sentences of another is no copy as a whole: its figures say so, below)
    copies = sorted(
        (
            {"source": s, "copy_of": g}
            for s, g in {(i.source, i.source_group or i.group) for i in items}
            if s != g
        ),
        key=lambda c: sentence_key(c["source"]),
    )
    quantities = [
        {
            "quantity": _format_quantity(i.claim.quantity),
            "figure": i.figure,
            "low": i.claim.low,
            "high": i.claim.high,
            "source": i.source,
            "group": reps[i.origin],
            "origin": _origin_label(i),
            "status": st,
            "support": support[k],
            "oppose": oppose[k],
            "evidence": sorted(i.claim.evidence, key=sentence_key),
            "text": i.claim.text,
            "when": i.claim.when,
            "where": i.claim.where,
        }
        for k, (i, st) in enumerate(zip(items, statuses, strict=True))
    ]
    figures: dict[str, dict[str, Any]] = {}
    seen: dict[str, tuple[set[str], set[str], set[str], set[tuple[str, str]]]] = {}
    for q in quantities:
        key = q["figure"].lower()
        fig = figures.setdefault(
            key,
            {
                "figure": q["figure"],
                "quantity": q["quantity"],
                "low": q["low"],
                "high": q["high"],
                "status": q["status"],
                "groups": [],
                "evidence": [],
                "copies": [],
                "copy_evidence": [],
            },
        )
        groups, evidence, copy_evidence, copied = seen.setdefault(key, (set(), set(), set(), set()))
        if q["group"] not in groups:
            groups.add(q["group"])
            fig["groups"].append(q["group"])
        if q["source"] == q["group"]:
            new_ids = [e for e in q["evidence"] if e not in evidence]
            evidence.update(new_ids)
            fig["evidence"] += new_ids
        else:
            if (q["source"], q["group"]) not in copied:
                copied.add((q["source"], q["group"]))
                fig["copies"].append({"source": q["source"], "copy_of": q["group"]})
            new_ids = [e for e in q["evidence"] if e not in copy_evidence]
            copy_evidence.update(new_ids)
            fig["copy_evidence"] += new_ids
    figure_list = []
    for fig in figures.values():
        if not fig["evidence"]:
            fig["evidence"], fig["copy_evidence"] = fig["copy_evidence"], []
        fig["groups"] = sorted(fig["groups"], key=sentence_key)
        figure_list.append(fig)
    first_side = set(agreeing)
    figure_list.sort(
        key=lambda f: (
            not (first_side & set(f["groups"])),
            sentence_key(f["evidence"][0]) if f["evidence"] else (),
        )
    )
    if revised:  # a revision reads in the order it was reported: the earliest figure first
        day_of: dict[str, date] = {}
        for i in items:
            key = i.figure.lower()
            day_of[key] = min(day_of.get(key, date.max), _report_day(i) or date.max)
        figure_list.sort(key=lambda f: day_of.get(str(f["figure"]).lower(), date.max))

    first = items[0]
    counts = " ".join(first.claim.counts.split())
    origin_rows = [
        {
            "origin": _origin_label(items[by_origin[o][0]]),
            "sources": _ordered_unique(items[k].source for k in by_origin[o]),
        }
        for o in origins
    ]
    return {
        "claim": first.claim.text,
        "what": f"{counts} {event}" if event and event != "other" else counts,
        "event": event,
        "counts": first.claim.counts,
        "when": next((i.claim.when for i in items if i.claim.when), None),
        "where": next((i.claim.where for i in items if i.claim.where), None),
        "quantities": quantities,
        "figures": figure_list,
        "agreeing": agreeing,
        "disagreeing": disagreeing,
        "copies": copies,
        "inconsistent": inconsistent,
        "origins": origin_rows,
        "outlets": len({i.source for i in items}),
        "independent_sources": len(origins),
        "status": status,
        "evidence": sorted({e for i in items for e in i.claim.evidence}, key=sentence_key),
    }


@cache
def _revisable() -> frozenset[str]:
    """The tolls a later report may raise (``revisable_events`` of data/claims.yaml)."""
    return frozenset(str(w) for w in load_data("claims.yaml")["revisable_events"])


def _report_day(item: _Item) -> date | None:
    try:
        return date.fromisoformat(str(item.published)[:10])
    except (TypeError, ValueError):
        return None


@cache
def _interim_pattern() -> re.Pattern[str]:
    data = load_data("claims.yaml")
    words = alternation(str(w).lower() for w in data["toll_interim_words"])
    adjectives = alternation(str(w).lower() for w in data["toll_interim_adjectives"])
    nouns = alternation(str(w).lower() for w in data["toll_interim_nouns"])
    return re.compile(
        rf"(?<![\w-])(?:{words}|(?:{adjectives})\s+(?:(?:death|casualty)\s+)?(?:{nouns}))"
        r"(?![\w-])"
    )


@lru_cache(maxsize=1024)
def _tells_interim(text: str) -> bool:
    """Whether ``text`` tells its toll as a count to that time, not the last ("As of the
    evening, 9 people were killed", "a preliminary toll of four", "so far"): one of
    ``toll_interim_words`` of data/claims.yaml, or one of ``toll_interim_adjectives`` before
    one of ``toll_interim_nouns`` ("a preliminary investigation" tells none)."""
    return _interim_pattern().search(text.lower()) is not None


@cache
def _rise_pattern() -> re.Pattern[str]:
    words = load_data("claims.yaml")["toll_rise_words"]
    return re.compile(rf"(?<![\w-])(?:{alternation(str(w).lower() for w in words)})(?![\w-])")


@lru_cache(maxsize=1024)
def _tells_rise(text: str) -> bool:
    """Whether ``text`` tells a toll as risen ("rose to 19", "the death toll has climbed to",
    "raising the toll to"): one of ``toll_rise_words`` of data/claims.yaml."""
    low = text.lower()
    return _rise_pattern().search(low) is not None or _carry_pattern().search(low) is not None


@cache
def _fall_pattern() -> re.Pattern[str]:
    data = load_data("claims.yaml")
    words = alternation(str(w).lower() for w in data["toll_fall_words"])
    split = alternation(str(w).lower() for w in data["toll_fall_split_verbs"])
    cut = alternation(str(w).lower() for w in data["toll_fall_cut_verbs"])
    nouns = alternation(str(w).lower() for w in data["toll_fall_nouns"])
    return re.compile(
        rf"(?<![\w-])(?:(?:{words})(?![\w-])"
        # what it counts told between (round revB26): "revised the toll of the clashes down
        # to 58", "cut its count of the dead to 19"
        rf"|(?:{split})\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,6}}?down\s+to\s"
        rf"|(?:{cut})\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})"
        r"(?![\w-]))"
    )


@lru_cache(maxsize=1024)
def _tells_fall(text: str) -> bool:
    """Whether ``text`` tells a toll as revised down ("the toll was revised down to 45",
    "officials lowered the death toll to 12", "a corrected toll of 30"): one of
    ``toll_fall_words`` of data/claims.yaml (round front26)."""
    return _fall_pattern().search(text.lower()) is not None


@cache
def _carry_pattern() -> re.Pattern[str]:
    """A toll carried to a figure with what it counts between ("bringing the toll from the
    shelling of the Tarvo bus station to 14"): ``toll_carry_verbs`` of data/claims.yaml."""
    verbs = load_data("claims.yaml")["toll_carry_verbs"]
    return re.compile(
        rf"(?<![\w-])(?:{alternation(str(w).lower() for w in verbs)})\s+the\s+"
        r"(?:[\w-]+\s+){0,2}?toll\s+(?:(?:from|of|in|at|among|across|on)\s+[^.;:!?]{0,80}?\s+)?"
        r"to\s+(?:about\s+|at\s+least\s+)?\d"
    )


def _revision(items: list[_Item], event: str | None) -> bool:
    """Whether the figures of a row that do not overlap are a toll raised over time: the
    event is revisable (:func:`_revisable`), some two figures do not agree, and of every
    two that do not, the later report (by publication day) gives the higher figure, and
    either tells the toll as risen (:func:`_tells_rise`: "rose to 19"), or the earlier tells
    its toll as a count to that time (:func:`_tells_interim`: "as of the evening, 9 were
    killed"), or the later comes from an origin that gave the earlier figure too (the
    governor's 12, then the governor's 15), or the later is a floor ("at least 68 killed"
    days after "20 killed": a count its origin says is still open, so the earlier count is
    an earlier stage of it; round claims25r).
    Another origin's higher exact figure that tells no rise ("four killed", the navy said;
    the next day "six killed", officials said) is a rival count: a contradiction, as are two
    figures of one day. Over the row's distinct (figure, day) pairs, not all pairs of
    items."""
    if event not in _revisable():
        return False
    if any(math.isnan(i.interval[0]) for i in items):
        return False  # a figure with no interval cannot be ordered
    origins: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    risen: dict[tuple[Any, ...], bool] = defaultdict(bool)
    fallen: dict[tuple[Any, ...], bool] = defaultdict(bool)
    interim: dict[tuple[Any, ...], bool] = defaultdict(bool)
    for i in items:
        told_at = (i.interval, _report_day(i))
        origins[told_at].add(i.origin)
        risen[told_at] |= i.rise
        fallen[told_at] |= i.fall
        interim[told_at] |= i.interim
    found = False
    # every unordered pair once (the days may be None: (figure, day) keys are not ordered)
    for a, b in combinations(origins, 2):
        (ia, da), (ib, db) = a, b
        if _overlap(ia, ib):
            continue
        found = True
        if da is None or db is None or da == db:
            return False  # the same day, or no day: two figures at once, a contradiction
        (early, late) = (a, b) if da < db else (b, a)
        if not late[0][0] > early[0][1]:
            # a later, lower figure: a contradiction, unless the later report tells the toll
            # as revised down or its origin gave the earlier figure too (the ministry's 52,
            # then the ministry's 45: its own correction; round front26)
            if fallen[late] or origins[late] & origins[early]:
                continue
            return False
        floor = math.isinf(late[0][1])  # "at least 68": a count still open, so rising
        if not (risen[late] or interim[early] or floor or origins[late] & origins[early]):
            # another origin's higher exact count, told as no rise, of a toll not told as a
            # count to that time: a rival
            return False
    return found


def _superseded(items: list[_Item]) -> list[int]:
    """The indexes of the figures of a revised toll (:func:`_revision`) that a later report
    raised: reported before the row's latest report day and wholly below the figure given
    that day ("65" and "80" beside the "99" told two days later: the latest figure stands,
    the earlier ones are superseded; round facts25). A figure of the latest day, or one
    that overlaps it, is never superseded."""
    days = [_report_day(i) for i in items]
    known = [d for d in days if d is not None]
    if not known:
        return []
    latest = max(known)
    floor = max(i.interval[0] for i, d in zip(items, days, strict=True) if d == latest)
    # a toll revised down: the earlier figures above the latest day's are superseded too
    ceiling = min(i.interval[1] for i, d in zip(items, days, strict=True) if d == latest)
    down = any(i.fall for i, d in zip(items, days, strict=True) if d == latest)
    return [
        k
        for k, (i, d) in enumerate(zip(items, days, strict=True))
        if d is not None
        and d < latest
        and (i.interval[1] < floor or (down and i.interval[0] > ceiling))
    ]


def _self_inconsistent(own: list[_Item]) -> bool:
    """Whether one origin's figures include two that do not agree (:func:`_agree`).

    Linear, not over all pairs (one long source can give one origin thousands of figures):
    figures without an interval agree with another only on the same words, and intervals
    overlap pairwise when each one's low is at most the smallest high of the others."""
    if len(own) < 2:
        return False
    words = lambda i: tuple(fold_words(str(i.claim.quantity)))  # noqa: E731
    numeric = [i for i in own if not math.isnan(i.interval[0])]
    worded = {words(i) for i in own if math.isnan(i.interval[0])}
    if len(worded) > 1 or (worded and any(words(i) not in worded for i in numeric)):
        return True
    if len(numeric) < 2:
        return False
    highs = [i.interval[1] for i in numeric]
    if any(math.isnan(h) for h in highs):
        return True
    first, second = sorted(range(len(highs)), key=highs.__getitem__)[:2]
    return any(
        not i.interval[0] <= highs[second if k == first else first] for k, i in enumerate(numeric)
    )


def _ordered_origins(items: list[_Item]) -> list[str]:
    out: dict[str, None] = {}
    for i in sorted(items, key=lambda i: sentence_key(i.first)):
        out.setdefault(i.origin)
    return list(out)


def _origin_label(item: _Item) -> str:
    return item.claim.attributed_to or item.speaker or item.group


@cache
def _displaced_as_people() -> frozenset[str]:
    """The person classes counted as "people" in a displacement (``displaced_as_people`` of
    data/events.yaml)."""
    return frozenset(str(w) for w in load_data("events.yaml")["displaced_as_people"])


def _claim_key(claim: Claim) -> CountsKey:
    """What ``claim`` counts (:func:`counts_key`); people who fled named as residents or
    civilians count as people ("5,000 people fled", "5,200 residents fled": one flight)."""
    key = counts_key(claim.counts)
    if normalise_event(claim.event) == "displaced" and key.head in _displaced_as_people():
        return replace(key, head="people")
    return key


_ROLE_BREAK = re.compile(r"[,;:()\"\u201c\u201d\u2014\u2013]|\b(?:said|says|told|and)\b")


# "Pakistan's army spokesman, Lt Gen X": the body, up to four words before the role noun,
# with a name in capitals among them (a country's possessive or a body's name)
_SPOKESPERSON = re.compile(
    r"(?P<body>(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2})"
    r"spokes(?:man|woman|person)\b,?\s+(?:[A-Z][\w.'’-]*\s+){0,4}$"
)


def _spoken_for(name: str | None, text: str) -> str | None:
    """The origin key of the body whose spokesperson the originator ``name`` is, written
    right before the name in its sentence ("Pakistan's army spokesman, Lt Gen Ahmad Sharif
    Chaudhry, said": Pakistan's army), so the body's own statement and its spokesperson's
    count once (:func:`_fold_spokespeople`; round trialA28); None when the sentence gives
    the name no such role, or the role names no body in capitals ("a spokesman, X, said")."""
    if not name:
        return None
    at = text.find(name)
    if at <= 0:
        return None
    m = _SPOKESPERSON.search(text[:at])
    if m is None:
        return None
    body = m.group("body").strip()
    key = origin_key(body, "", initials=False)
    return key if key.startswith("by:") else None


def _fold_spokespeople(items: list[_Item]) -> None:
    """In one row: an originator written as a body's spokesperson ("Pakistan's army
    spokesman, X, said") is one origin with that body where the row has the body's own
    statement ("Pakistan's military said"): two reports of one spokesman's briefing are no
    corroboration. A spokesperson whose body the row does not hold keeps his own origin."""
    bodies: dict[str, str] = {}
    for i in items:
        bodies.setdefault(i.origin.split("|", 1)[0], i.origin)
    for i in items:
        if i.spoken_for and i.spoken_for in bodies:
            i.origin = bodies[i.spoken_for]


def _told_by(name: str | None, text: str) -> str | None:
    """The originator ``name`` with up to five words its sentence puts right before it in
    one phrase ("..., a spokesperson for President Olin said": "a spokesperson for President
    Olin"), so a role the name leaves out is read; the name alone when it is not found."""
    if not name:
        return None
    at = text.find(name)
    if at < 0:
        return name
    head = _ROLE_BREAK.split(text[:at])[-1].split()[-5:]
    return " ".join([*head, name])


def _items(assessment: Assessment, groups: dict[str, str]) -> list[_Item]:
    sentence_source = {s.id: s.source for s in assessment.sentences}
    text_of = {s.id: s.text for s in assessment.sentences}
    scene, near = _scene_words(assessment.sentences)
    # a file's modification time is no publication date: such sources have no date here
    published = {str(r.get("id")): known_published(r) for r in assessment.sources}
    voices = source_voices(
        (
            (str(r.get("id")), declared_voice(r.get("publisher"), r.get("author")))
            for r in assessment.sources
        ),
        groups,
    )
    # a sentence copied word for word from a source published earlier speaks, in its own
    # voice, with the original's origin: a rewritten wire story never corroborates the wire
    copied = copied_sentences(
        ((s.id, s.source, s.text) for s in assessment.sentences), groups, published
    )
    holders = place_holders(s.text for s in assessment.sentences)
    # each source's countries: which country's "Punjab" its figures are told of
    source_texts: dict[str, list[str]] = defaultdict(list)
    for s in assessment.sentences:
        source_texts[s.source].append(s.text)
    context = {src: named_countries(texts) for src, texts in source_texts.items()}
    items: list[_Item] = []
    # a part told beside the toll it was carried into ("Two more wounded died, bringing the
    # toll to 31": the two are in the 31) is no event of its own: no row (round front26)
    carried = {
        (claim.evidence[0], claim.event)
        for claim in assessment.claims
        if claim.evidence
        and not getattr(claim, "part", False)
        and _tells_rise(text_of.get(claim.evidence[0], ""))
    }
    for claim in assessment.claims:
        if not claim.evidence:
            continue
        if getattr(claim, "part", False) and (claim.evidence[0], claim.event) in carried:
            continue
        first = min(claim.evidence, key=sentence_key)
        wheres = [claim.where] if _place_words(claim.where) else list(scene(first)[2])
        names = holders.names(with_admin_noun(w, text_of.get(first, "")) for w in wheres if w)
        source = sentence_source.get(first) or source_of(first)
        source_group = group = groups.get(source, source)
        if not claim.attributed_to:
            group = copied.get(first, group)
        items.append(
            _Item(
                claim=claim,
                source=source,
                group=group,
                source_group=source_group,
                origin=origin_key(claim.attributed_to, group, initials=True),
                # near counts of one toll overlap ("770" and "773 killed")
                interval=near_toll_interval(_interval(claim), claim.event),
                exact=_interval(claim),
                figure=_figure(claim),
                first=first,
                published=published.get(source, claim.published),
                key=_claim_key(claim),
                places=_place_words(claim.where) or scene(first)[0],
                times=_time_words(claim.when) or scene(first)[1],
                placed=bool(claim.where) or bool(near(first)),
                names=names,
                around=holders.around(names, context.get(source, ())),
                rise=_tells_rise(text_of.get(first, "")),
                fall=_tells_fall(text_of.get(first, "")),
                interim=_tells_interim(text_of.get(first, "")),
                causes=_causes(text_of.get(first, "")),
                incident=_incident(text_of.get(first, ""), claim.text),
                voice=origin_key(None, group, initials=True, voice=voices[group])
                if group in voices
                else None,
                speaker=voices.get(group),
                told_by=_told_by(claim.attributed_to, text_of.get(first, "")),
                spoken_for=_spoken_for(claim.attributed_to, text_of.get(first, "")),
                predicate=_predicate_words(claim, text_of.get(first, "")),
                attacks=_attack_number(text_of.get(first, "")),
                words=frozenset(re.findall(r"[\w'’-]+", text_of.get(first, "").lower())),
                actors=_actor_sides(claim, text_of.get(first, "")),
            )
        )
    merged = merge_originators(i.origin for i in items)
    for i in items:
        i.origin = merged.get(i.origin, i.origin)
    _date_by_siblings(items)
    items.sort(key=lambda i: (sentence_key(i.first), str(i.claim.quantity), i.claim.counts))
    return items


# where the clause after a figure ends: a mark, a clause opener or the speech verb that
# closes it ("..., the UN said")
_PREDICATE_END = re.compile(
    r"[,;:.()\"“”]|\b(?:said|says|according|while|but|and|which|who|after|as)\b", re.I
)
_STEM = 5  # two words of one predicate share their first letters ("need", "needs")


@cache
def _predicate_stopwords() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("stopwords.yaml")["stopwords"]["en"])


def _predicate_words(claim: Claim, text: str) -> frozenset[str]:
    """The stems of the lower-case content words of the clause right after the claim's
    figure in its sentence ("30 million people are in need of aid": need, aid): what the
    figure says of what it counts. Names, the counted words and function words are left out;
    empty when the figure is not found in its sentence."""
    at = text.find(claim.text)
    if at < 0:
        return frozenset()
    after = text[at + len(claim.text) :]
    clause = after[: m.start()] if (m := _PREDICATE_END.search(after)) else after
    counted = {w.lower() for w in (claim.counts or "").split()}
    stop = _predicate_stopwords()
    return frozenset(
        w[:_STEM]
        for w in re.findall(r"\b[a-z][a-z-]{2,}\b", clause)
        if w not in stop and w not in counted
    )


def _shared_predicate(a: _Item, b: _Item) -> bool:
    """Whether two counts with no named event say one thing of what they count: their
    predicates share a word, or either says nothing after its figure (a measure, a share or
    a sum always may) ("30 million in need of
    aid" and "25 million face acute food insecurity" are two figures, whatever their overlap;
    round claims24)."""
    if getattr(a.claim, "kind", "count") != "count" or getattr(b.claim, "kind", "count") != "count":
        # a measure names its thing in itself ("a 48-hour state of emergency" began, or was
        # ordered): what is said of it after is no test of one figure (round trialB21)
        return True
    return not a.predicate or not b.predicate or bool(a.predicate & b.predicate)


def _date_by_siblings(items: list[_Item]) -> None:
    """Date, in place, each figure that states no time (nor does its scene) by its report's
    day when its report dates another figure of the same event and counted thing to an
    earlier day: "At least 14 were killed when radios blew up" beside "12 were killed in
    Tuesday's blasts" in a report of Wednesday tells Wednesday's toll, not Tuesday's (the
    report keeps the two days apart). A figure of a report that dates no other figure
    earlier keeps no time, nor does a running total (a scope: "In all, 500 have been killed",
    "since it began"; or a count to that time, :func:`_tells_interim`): the same total told
    a day earlier is the same toll, not another day's."""
    earlier: dict[tuple[Any, ...], list[_Item]] = defaultdict(list)
    for i in items:
        day, report = _day_of(i), _report_day(i)
        if day is not None and report is not None and day < report:
            earlier[(i.source, *_topic(i.claim), i.key.head)].append(i)
    for i in items:
        report = _report_day(i)
        dated = earlier.get((i.source, *_topic(i.claim), i.key.head))
        if i.times or report is None or not dated:
            continue
        if getattr(i.claim, "scope", None) or i.interim:
            continue  # a running total: of no one day
        same = next((d for d in dated if d.exact == i.exact and _places_compatible(d, i)), None)
        if same is not None:
            # the dated toll told again ("gunned down 26 civilians on 22 April" and, in the
            # same report, "attacked tourists in Harnell, killing 26 civilians"): its time,
            # not the report's day (round trial23)
            i.times = same.times
            continue
        i.times = frozenset(
            {str(report.day), calendar.month_name[report.month].lower(), str(report.year)}
        )


def _scene_words(sentences: Iterable[Sentence]) -> tuple[Any, Any]:
    """Two functions of a sentence id. The first gives the words of the places and of the
    times of its scene (:func:`briefbook.analysis.claims.scene_of`), for a claim whose own
    clause names no
    place or no time: those its sentence names in another clause ("Four civilians were
    killed when a shell hit a market in Dravno"), else those of the nearest sentence before
    it in its paragraph that names one ("A shell hit the market in Dravno on Monday. Four
    civilians were killed ..."); empty when none does (a dateline's place is where the
    story was filed, not where the event was: not used). A clause that tells of a saying or
    a publication gives neither, in the claim's sentence or before it ("officials in
    Kelvik said"; "The ministry published its weekly report on Friday."): the speaker's
    place and the report's day are not the event's. The second gives the place words its
    sentence or the sentence right before tells (empty when only a sentence farther back
    does: whether the figure is placed, for :func:`_same_event`). Each sentence read
    once."""
    sentences = list(sentences)
    by_id = {s.id: s for s in sentences}
    paragraphs: dict[tuple[str, int], list[Any]] = defaultdict(list)
    for s in sorted(sentences, key=lambda s: sentence_key(s.id)):
        paragraphs[(s.source, s.paragraph)].append(s)
    position = {s.id: k for members in paragraphs.values() for k, s in enumerate(members)}

    @cache
    def own(sid: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
        sentence = by_id.get(sid)
        if sentence is None:
            return frozenset(), frozenset(), ()
        places, times = scene_of(sentence.text)
        return (
            frozenset().union(*(_place_words(p) for p in places)),
            frozenset().union(*(_time_words(t) for t in times)),
            tuple(places),
        )

    def words(sid: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
        """(place words, time words, the place phrases the place words come from)."""
        sentence = by_id.get(sid)
        if sentence is None:
            return frozenset(), frozenset(), ()
        before = paragraphs[(sentence.source, sentence.paragraph)][: position[sid] + 1]
        found: list[frozenset[str]] = [frozenset(), frozenset()]
        phrases: tuple[str, ...] = ()
        # a sentence that places its event itself ("in the strike", "the day before") takes
        # no place or time from the sentences before it
        anchored = _anchored(sentence.text)
        for earlier in reversed(before):  # itself first, then back to the paragraph's start
            facets = own(earlier.id)
            for k in (0, 1):
                if not found[k] and facets[k] and (earlier is sentence or not anchored[k]):
                    found[k] = facets[k]
                    if k == 0:
                        phrases = facets[2]
            if all(found):
                break
        return found[0], found[1], phrases

    def near(sid: str) -> frozenset[str]:
        """The place words of the scene of ``sid`` told by it or by the sentence right
        before it in its paragraph (unless it places its event itself)."""
        sentence = by_id.get(sid)
        if sentence is None:
            return frozenset()
        if own(sid)[0]:
            return own(sid)[0]
        k = position[sid]
        if k == 0 or _anchored(sentence.text)[0]:
            return frozenset()
        return own(paragraphs[(sentence.source, sentence.paragraph)][k - 1].id)[0]

    return words, near


@cache
def _cause_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """(one pattern of every word of ``toll_causes`` of ``data/claims.yaml``, longest first,
    the kind of each word in lower case)."""
    data = load_data("claims.yaml")["toll_causes"]
    kind_of = {" ".join(str(w).lower().split()): str(k) for k, words in data.items() for w in words}
    pattern = re.compile(rf"(?<![\w-])(?:{alternation(kind_of)})(?![\w'’-])", re.I)
    return pattern, kind_of


@lru_cache(maxsize=1024)  # one sentence's figures share its text: read it once
def _causes(text: str) -> frozenset[str]:
    """The kinds of cause ``text`` names for a toll ("attack", "accident", "nature", "mine",
    ...): ``toll_causes`` of ``data/claims.yaml``; empty when it names none. The longest
    cue wins where cues overlap: "opened fire" is an attack, not a fire; "mine blast" is a
    mine, not an attack."""
    pattern, kind_of = _cause_words()
    return frozenset(kind_of[" ".join(m.group(0).lower().split())] for m in pattern.finditer(text))


@cache
def _incident_words() -> tuple[re.Pattern[str], dict[str, int]]:
    """(an ordinal numbering an incident noun, the number of each ordinal):
    ``incident_ordinals`` of ``data/claims.yaml`` before a word of ``toll_causes`` or of
    ``scene_anchors``' ``event_nouns``."""
    data = load_data("claims.yaml")
    numbers = {str(k).lower(): int(v) for k, v in data["incident_ordinals"].items()}
    nouns = {str(w) for words in data["toll_causes"].values() for w in words}
    nouns |= {str(w) for w in data["scene_anchors"]["event_nouns"]}
    between = r"(?:(?!(?:a|an|the|and|or|of|in|on|at|by|to|for|with|time|times)\b)[a-z][\w-]*\s+)"
    # a series the ordinal counts in ("the second bombing of the campaign", "the first attack
    # since the truce", "in two years"): no incident of the report's own (round revC19)
    series = alternation(str(w) for w in data["incident_series_scopes"]).replace(r"\ ", r"\s+")
    span = r"in\s+(?:a|an|\d+|\w+)\s+(?:days?|weeks?|months?|years?|decades?)"
    pattern = re.compile(
        rf"\b(?:the|a|its|this|that)\s+({alternation(numbers)})\s+{between}{{0,2}}?"
        rf"(?:{alternation(nouns)})(?![\w'’-])"
        rf"(?!,?\s+(?:(?:[\w'’-]+\s+){{0,3}}?(?:{series})|{span})(?![\w'’-]))",
        re.I,
    )
    return pattern, numbers


@lru_cache(maxsize=4096)
def _incident(text: str, figure: str) -> int | None:
    """The number of the incident ``text`` tells the figure ``figure`` (its words as in the
    text) of: an ordinal before an incident's noun ("The second bombing, an hour later,
    killed 30": 2), the nearest before the figure, else the first after it ("30 died in the
    second attack"); None when the sentence numbers none. Ordinals as data
    (:func:`_incident_words`)."""
    pattern, numbers = _incident_words()
    marks = [(m.start(), numbers[m.group(1).lower()]) for m in pattern.finditer(text)]
    if not marks:
        return None
    at = text.find(figure) if figure else -1
    before = [n for pos, n in marks if pos < at]
    return before[-1] if before else marks[0][1]


@cache
def _anchors() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a reference to an event told before, a time relative to another):
    ``scene_anchors`` of ``data/claims.yaml``."""
    data = load_data("claims.yaml")["scene_anchors"]
    nouns = alternation(str(w) for w in data["event_nouns"])
    prepositions = alternation(str(w) for w in data["event_prepositions"])
    times = alternation(str(w) for w in data["times"])
    return (
        re.compile(rf"(?<![\w-])(?:{prepositions})\s+the\s+(?:{nouns})(?![\w'’-])", re.I),
        re.compile(rf"(?<![\w-])(?:{times})(?![\w'’-])", re.I),
    )


@lru_cache(maxsize=1024)
def _anchored(text: str) -> tuple[bool, bool]:
    """Whether ``text`` places its event itself: (in an event told before: "killed in the
    strike"; in time relative to another: "the day before", "last week")."""
    event, time = _anchors()
    return event.search(text) is not None, time.search(text) is not None


def _facets(item: _Item) -> tuple[frozenset[str], ...]:
    """The words :func:`_same_event` compares: place, time (with the day a relative time
    names, :func:`_day_of`), qualifiers and type words of the counted thing."""
    day = _day_of(item)  # "Thursday night" and "overnight" of Friday's report share it
    return (
        item.places or frozenset(),
        (item.times or frozenset()) | ({f"@{day.isoformat()}"} if day else frozenset()),
        item.key.qualifiers,
        item.key.kinds,
    )


def _scene_key(item: _Item) -> tuple[Any, ...]:
    """What :func:`_scene_fits` reads of an item: two items of one key fit alike."""
    return (
        item.times,
        item.places,
        item.causes,
        item.published,
        item.claim.when,
        item.claim.scope,
        item.incident,
    )


def _scene_fits(a: _Item, b: _Item, event: str | None) -> bool:
    """Whether the scenes of two figures may be one event's: no causes of different kinds
    only, compatible times and places (the scene facets of :func:`_same_event`)."""
    if a.causes and b.causes and not a.causes & b.causes:
        return False
    if _other_incidents(a, b):
        return False  # "the first bombing", "the second bombing": two incidents
    return _times_compatible(a, b, event) and _places_compatible(a, b)


def _event_clusters(members: list[_Item], event: str | None) -> list[list[_Item]]:
    """First fit: each item joins the first cluster (in the order they were started) whose
    every member may be the same event (:func:`_same_event`), else starts a cluster: a figure
    that states no time never joins Thursday's figure and Wednesday's in one row.

    Two items can be the same event only if, for each facet (place, time, qualifiers, types), one of
    them has no word or they share one (one set inside the other shares its words). So the
    clusters an item can join are those indexed under one of its words or with no word, for
    any facet it has words in: only those are tried, in order, and the result is the same as
    trying every cluster, without comparing each item with every cluster."""
    clusters: list[list[_Item]] = []
    scenes: list[dict[tuple[Any, ...], _Item]] = []  # one member per distinct scene
    by_word: list[dict[str, list[int]]] = [defaultdict(list) for _ in range(4)]
    bare: list[list[int]] = [[] for _ in range(4)]  # clusters whose first item has no word
    for item in members:
        if not item.key.head:  # no counted thing: never the same event as anything
            clusters.append([item])
            scenes.append({})
            continue
        facets = _facets(item)
        lists: list[list[int]] | None = None
        for f, words in enumerate(facets):
            if words:
                mine = [bare[f], *(by_word[f].get(w, []) for w in words)]
                if f == 0:  # clusters of a place around this one's, or inside it
                    mine += [by_word[0].get(f"@{h}", []) for h in item.around]
                    mine += [by_word[0].get(f"<{n}", []) for n in item.names]
                if lists is None or sum(map(len, mine)) < sum(map(len, lists)):
                    lists = mine
        candidates = range(len(clusters)) if lists is None else _merged(lists)
        for c in candidates:
            # the scene of every member, not only the first's: a figure with no time of its
            # own never joins Thursday's clash and Wednesday's mine blast in one row
            if _same_event(clusters[c][0], item, event) and all(
                _scene_fits(m, item, event) for m in scenes[c].values()
            ):
                clusters[c].append(item)
                scenes[c].setdefault(_scene_key(item), item)
                break
        else:
            n = len(clusters)
            clusters.append([item])
            scenes.append({_scene_key(item): item})
            for f, words in enumerate(facets):
                if words:
                    for w in words:
                        by_word[f][w].append(n)
                    if f == 0:
                        for w in {f"@{p}" for p in item.names} | {f"<{h}" for h in item.around}:
                            by_word[0][w].append(n)
                else:
                    bare[f].append(n)
    return clusters


def _fold_tolls(
    clustered: list[tuple[tuple[Any, ...], list[_Item]]],
) -> list[tuple[tuple[Any, ...], list[_Item]]]:
    """Clusters of a toll ("three fatalities") joined to the cluster of people of one class
    ("three crew members were killed") of the same event that every toll figure confirms
    (:func:`toll_of_people`, :func:`_support`): one figure reported two ways. When several
    such clusters come from one report, the first it states takes the toll. A toll that
    disagrees, or that clusters of two reports could take, stays a row of its own (a toll
    and one side's dead may be whole and part, never rivals)."""
    people: dict[tuple[Any, ...], list[list[_Item]]] = defaultdict(list)
    for key, cluster in clustered:
        if key[-1] != TOLL:
            people[key[:-1]].append(cluster)  # the same event class, modality, kind, unit
    folded: set[int] = set()
    for key, cluster in clustered:
        event = key[0]
        if event in (None, "other") or key[-1] != TOLL:
            continue
        hosts = [
            c
            for c in people.get(key[:-1], [])
            if toll_of_people(c[0].key, cluster[0].key)
            and _same_event(c[0], cluster[0], event, heads=False)
            and all(any(_support(t, p) for p in c) for t in cluster)
        ]
        if len({i.group for c in hosts for i in c}) == 1:
            # one host, or several phrasings of one report ("three crew members were
            # killed", "the toll rose to three"): the first it states
            min(hosts, key=lambda c: sentence_key(c[0].first)).extend(cluster)
            folded.add(id(cluster))
    return [(k, c) for k, c in clustered if id(c) not in folded]


def _merged(lists: list[list[int]]) -> Iterable[int]:
    """The distinct numbers of ascending ``lists``, ascending."""
    last = -1
    for n in heapq.merge(*lists):
        if n != last:
            last = n
            yield n


def corroborate(
    assessment: Assessment, groups: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Rows of figures about the same event across origins, with their status (module doc)."""
    if groups is None:
        groups = assessment_groups(assessment)
    buckets: dict[tuple[Any, ...], list[_Item]] = defaultdict(list)
    for item in _items(assessment, groups):
        buckets[(*_topic(item.claim), item.key.head)].append(item)
    clustered = [
        (key, cluster)
        for key, members in buckets.items()
        for cluster in _event_clusters(members, key[0])
    ]
    rows: list[dict[str, Any]] = []
    for (event, *_rest), cluster in _fold_tolls(clustered):
        if event in (None, "other"):
            # no named event: numbers may count different things; group only agreeing ones
            sub: list[list[_Item]] = []
            for item in cluster:
                for s in sub:
                    if _agree(s[0], item) and _shared_predicate(s[0], item):
                        s.append(item)
                        break
                else:
                    sub.append([item])
            rows.extend(_row(s, event, allow_contradiction=False) for s in sub)
        else:
            rows.append(_row(cluster, event, allow_contradiction=True))
    rows.sort(key=lambda r: (STATUS_ORDER[r["status"]], sentence_key(r["evidence"][0])))
    return rows


# ---------------------------------------------------------------------------
# 4. credibility and confidence


def derived_credibility(
    assessment: Assessment,
    rows: list[dict[str, Any]] | None = None,
    groups: dict[str, str] | None = None,
) -> dict[str, int]:
    """Admiralty credibility per source id from corroboration (rule: ``CREDIBILITY_RULE``).

    Linear in the rows' figures: each figure carries its own status from :func:`corroborate`.
    """
    if groups is None:
        groups = assessment_groups(assessment)
    if rows is None:
        rows = corroborate(assessment, groups)
    own_action = {
        e for c in assessment.claims if getattr(c, "own_action", False) for e in c.evidence
    }
    tally: dict[str, dict[str, int]] = {}
    for row in rows:
        per_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for q in row["quantities"]:
            per_source[q["source"]].append(q)
        for source, mine in per_source.items():
            t = tally.setdefault(source, {"rows": 0, "confirmed": 0, "outnumbered": 0})
            t["rows"] += 1
            statuses = {q["status"] for q in mine}
            authoritative = any(e in own_action for q in mine for e in q["evidence"])
            support = max(q.get("support", 0) for q in mine)
            oppose = min(q.get("oppose", 0) for q in mine)
            if "corroborated" in statuses or authoritative:
                t["confirmed"] += 1
            elif "contradicted" in statuses and oppose > support + 1:
                t["outnumbered"] += 1  # its side (its origin and support) is the smaller
    result: dict[str, int] = {}
    for rec in assessment.sources:
        sid = str(rec.get("id"))
        t = tally.get(sid)
        if not t or not t["rows"]:
            result[sid] = 6
        elif t["outnumbered"] and t["outnumbered"] >= t["confirmed"]:
            result[sid] = 4
        elif t["confirmed"] and not t["outnumbered"] and 2 * t["confirmed"] >= t["rows"]:
            result[sid] = 1
        elif t["confirmed"]:
            result[sid] = 2
        else:
            result[sid] = 3
    return result


_GOOD_RELIABILITY = {"A", "B", "C"}


def _shift(confidence: str | None, steps: int) -> str | None:
    if confidence is None:
        return None
    i = CONFIDENCE_LEVELS.index(confidence) + steps
    return CONFIDENCE_LEVELS[max(0, min(len(CONFIDENCE_LEVELS) - 1, i))]


def _adjust(
    statement: Statement,
    records: dict[str, dict[str, Any]],
    groups: dict[str, str],
    origins: dict[str, str],
    sentence_source: dict[str, str],
) -> str | None:
    """The confidence the statement should carry after corroboration (CONFIDENCE_RULE).

    A statement graded by likelihood keeps no confidence: it shows one or the other."""
    if statement.likelihood is not None:
        return None
    sources = _ordered_unique(sentence_source.get(e) or source_of(e) for e in statement.evidence)
    indep = {
        origins.get(e, "src:" + groups.get(source_of(e), source_of(e))) for e in statement.evidence
    }
    good: set[str] = set()
    for e in statement.evidence:
        s = sentence_source.get(e) or source_of(e)
        rec = records.get(s, {})
        cred = rec.get("credibility")
        if rec.get("reliability") in _GOOD_RELIABILITY and cred is not None and int(cred) <= 3:
            good.add(origins.get(e, "src:" + groups.get(s, s)))
    if len(good) >= 2:
        raised = _shift(statement.confidence, +1)
        if (statement.hedged or statement.attributed_to) and raised == "high":
            # hedged or attributed evidence caps confidence at moderate (grading's rule),
            # corroborated or not: "X announced that ..." stays a report of X's words
            return statement.confidence if statement.confidence == "high" else "moderate"
        return raised
    if len(indep) == 1 and all(
        records.get(s, {}).get("reliability") in (None, "F") for s in sources
    ):
        return "low"
    return statement.confidence


def _after_corroboration(rationale: str | None, old: str | None, new: str | None) -> str | None:
    """``rationale`` with the change corroboration made to the confidence it ends on, so
    the line never names a level the statement no longer shows: "...; 2 independent origins
    -> moderate confidence; corroborated by 2 well-graded origins -> high confidence"."""
    if new is None:
        return rationale
    if old is not None and CONFIDENCE_LEVELS.index(new) > CONFIDENCE_LEVELS.index(old):
        why = "corroborated by 2 or more well-graded independent origins"
    else:
        why = "one origin from sources not graded for reliability"
    step = f"{why} -> {new} confidence"
    return f"{rationale}; {step}" if rationale else step


def apply_corroboration(assessment: Assessment) -> Assessment:
    """A copy of ``assessment`` with corroboration rows, derived credibility, adjusted confidence.

    - ``corroboration`` = :func:`corroborate`;
    - every source without an analyst's credibility gets the derived grade and
      ``credibility_origin: "derived"`` (graded ones get ``"analyst"``);
    - key judgments, indicators and section statements get their confidence adjusted by
      ``CONFIDENCE_RULE`` (never one that carries a likelihood); ``meta["corroboration"]``
      records the rules and every change.
    """
    result = copy.deepcopy(assessment)
    groups = assessment_groups(result)
    rows = corroborate(result, groups)
    result.corroboration = rows
    derived = derived_credibility(result, rows, groups)
    for rec in result.sources:
        sid = str(rec.get("id"))
        if rec.get("credibility") is None:
            rec["credibility"] = derived.get(sid, 6)
            rec["credibility_origin"] = "derived"
        else:
            rec.setdefault("credibility_origin", "analyst")
    records = {str(r.get("id")): r for r in result.sources}
    sentence_source = {s.id: s.source for s in result.sentences}
    origins = evidence_origins(result, groups)
    changes: list[dict[str, Any]] = []
    statements: list[tuple[str, Statement]] = [("key_judgments", s) for s in result.key_judgments]
    statements += [("indicators", s) for s in result.indicators]
    for section in result.sections:
        statements += [(f"sections.{section.key}", s) for s in section.statements]
    for where, st in statements:
        new = _adjust(st, records, groups, origins, sentence_source)
        if new != st.confidence:
            changes.append({"where": where, "text": st.text, "from": st.confidence, "to": new})
            st.rationale = _after_corroboration(st.rationale, st.confidence, new)
            st.confidence = new
    counts = {status: 0 for status in STATUS_ORDER}
    for row in rows:
        counts[row["status"]] += 1
    result.meta = dict(result.meta)
    result.meta["corroboration"] = {
        "independent_groups": {sid: groups[sid] for sid in sorted(groups, key=sentence_key)},
        "counts": counts,
        "derived_credibility": {sid: derived[sid] for sid in sorted(derived, key=sentence_key)},
        "credibility_rule": CREDIBILITY_RULE,
        "confidence_rule": CONFIDENCE_RULE,
        "confidence_changes": changes,
    }
    return result
