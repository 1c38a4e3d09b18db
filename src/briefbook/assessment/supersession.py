"""Later reports of one situation supersede earlier ones: "the town is encircled" (reported
on the 3rd) gives way to "the town was captured" (reported on the 10th).

Two key-judgment candidates report the same situation when they name the same specific
place or, when neither names a place, the same actor (an entity of type person,
organisation or force; a country is too broad to tell two situations apart: two towns taken
by one army are two situations; nor is the issue's setting, :func:`setting_of`, the theatre
or party that most sources name), are about the same domain (military, political ...;
:func:`briefbook.assessment.situation.domain_of`) and are close in meaning (cosine at least
``JudgmentParams.supersede_similarity``, or ``supersede_actor_similarity`` when only an
actor links them). Of two such reports the later one supersedes the
other: the one with the later date (:func:`report_date`: the latest day the sentence itself
names, up to its source's date, else its source's date), and on the same date the one from
the later-dated source. Within one source only the days its sentences name tell which is
later. A report with no date at all supersedes nothing and is never superseded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache

from briefbook.assessment.occasions import main_clause, sentence_time
from briefbook.assessment.paraphrase import Paraphrases
from briefbook.assessment.situation import domain_of, parse_iso
from briefbook.data import load_data
from briefbook.model import Entity, Sentence
from briefbook.text import alternation

__all__ = [
    "SPECIFIC_TYPES",
    "is_wide_place",
    "named_days",
    "named_in",
    "report_date",
    "same_subject",
    "setting_of",
    "superseded_reports",
]

# entity types that single out one situation; a country or a weapon does not
SPECIFIC_TYPES = frozenset({"place", "person", "organisation", "force", "vessel"})
# the types that say where a situation is: a named ship is the scene of its attack
_SCENES = ("place:", "vessel:")


@cache
def _wide_places() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], frozenset[str]]:
    data = load_data("judgments.yaml")
    openers = alternation(str(w).lower() for w in data["wide_place_openers"])
    return (
        frozenset(str(n).lower() for n in [*data["wide_places"], *data["named_seas"]]),
        frozenset(str(n).lower() for n in data["wide_place_heads"]),
        re.compile(r"(?:" + openers + r")\s+\S"),
        frozenset(str(n).lower() for n in data["lakes_named_as_seas"]),
    )


def is_wide_place(name: str) -> bool:
    """Whether the place ``name`` is too wide to single out one situation, as a country is:
    a continent or a part of one, an ocean, a sea, a gulf, a bay or a strait ("Middle East",
    "South China Sea", "Indian Ocean", "Sea of Japan", "Gulf of Aden", "the Mediterranean";
    ``wide_places``, ``named_seas``, ``wide_place_heads`` and ``wide_place_openers`` in
    data/judgments.yaml), not a lake called a sea ("Dead Sea", "Sea of Galilee";
    ``lakes_named_as_seas``)."""
    names, heads, openers, lakes = _wide_places()
    low = " ".join(name.lower().split())
    low = low[4:] if low.startswith("the ") else low
    if low in lakes:
        return False
    return low in names or low.rsplit(" ", 1)[-1] in heads or openers.match(low) is not None


def named_in(entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """Sentence id -> the specific entities (:data:`SPECIFIC_TYPES`) it mentions, each as
    "type:name" ("place:Vendra", "force:Tarvian forces")."""
    out: dict[str, set[str]] = {}
    for entity in entities:
        if entity.type not in SPECIFIC_TYPES:
            continue
        for sid in entity.evidence:
            out.setdefault(sid, set()).add(f"{entity.type}:{entity.name}")
    return {sid: frozenset(names) for sid, names in out.items()}


def setting_of(
    named: Mapping[str, frozenset[str]], sources: int, share: float, least: int
) -> frozenset[str]:
    """The issue's setting: the "type:name" entities of ``named`` (sentence id "S<n>.<k>" ->
    :func:`named_in`) that more than ``share`` (0-1) of the ``sources`` name, and at least
    ``least`` of them (the theatre of a war every report is set in, "Nagorno-Karabakh", or
    its party, "Hezbollah"). Like a country, the setting frames every situation of the issue
    and singles out none; with fewer than ``least`` sources there is none."""
    named_by: dict[str, set[str]] = {}
    for sid, names in named.items():
        for name in names:
            named_by.setdefault(name, set()).add(sid.split(".", 1)[0])
    core = {name for name, by in named_by.items() if len(by) >= least and len(by) > share * sources}
    # the setting's polity or area ("Nagorno-Karabakh Republic"): the setting too
    polity = _setting_polity([n[6:] for n in core if n.startswith("place:")])
    return frozenset(
        core | {n for n in named_by if n.startswith("place:") and polity.fullmatch(n[6:])}
    )


def _setting_polity(places: Sequence[str]) -> re.Pattern[str]:
    """A place's name that is one of ``places`` with one of ``setting_polity_words``
    (data/judgments.yaml) after it or, followed by "of", before it: "Nagorno-Karabakh
    Republic", "Republic of Vendra"; a pattern that matches nothing when ``places`` is
    empty."""
    if not places:
        return re.compile(r"(?!)")
    names = alternation(places)
    words = alternation(str(w) for w in load_data("judgments.yaml")["setting_polity_words"])
    return re.compile(
        rf"(?:the\s+)?(?:(?:{names})\s+(?:{words})|(?:{words})\s+of\s+(?:the\s+)?(?:{names}))",
        re.I,
    )


def same_subject(a: frozenset[str], b: frozenset[str]) -> str | None:
    """What two sets of "type:name" entities share that makes them one situation: "place"
    (a shared place or named ship), "actor" (when neither names a place or a ship, a shared
    actor) or None. A wide
    place (:func:`is_wide_place`: "South China Sea", "Middle East") counts as no place, as
    a country does: two incidents in one sea are two situations."""
    a = frozenset(n for n in a if not (n.startswith("place:") and is_wide_place(n[6:])))
    b = frozenset(n for n in b if not (n.startswith("place:") and is_wide_place(n[6:])))
    places_a = {n for n in a if n.startswith(_SCENES)}
    places_b = {n for n in b if n.startswith(_SCENES)}
    if places_a or places_b:
        return "place" if places_a & places_b else None
    return "actor" if a & b else None


_MONTHS = {
    name: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
# month names as written in prose, capitalised ("the 12 may be freed" names no day)
_MONTH = (
    r"(?P<month>"
    + "|".join(n.capitalize() for n in sorted(_MONTHS, key=len, reverse=True))
    + r")\.?"
)
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?!\d)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# "3 May 2024", "3rd of May", "May 3, 2024", "Sept. 30"
_DATES = (
    re.compile(r"(?<![\w.])" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?![\w-])" + _YEAR),
    re.compile(r"(?<![\w-])" + _MONTH + r"\s+" + _DAY + _YEAR),
)


# a day after one of these words bounds a span ("by March 1", "since 3 May", "until 10 June")
_BOUND = re.compile(
    r"(?<![\w-])(?:by|until|till|before|after|since|from|through|to|between|and|ahead\s+of|"
    r"starting|beginning|as\s+early\s+as|no\s+later\s+than)\s+(?:the\s+)?$",
    re.I,
)


def named_days(text: str, published: dt.date | None) -> list[dt.date]:
    """The days ``text`` names ("on 10 May", "May 3, 2024"), up to ``published`` (its
    source's date; a later day is a plan, not a report), not a day that bounds a span ("by
    March 1", "since 3 May"); a day without a year is in the year
    of ``published`` (the year before when that would be after it) and left out without it."""
    days: list[dt.date] = []
    text = main_clause(text)
    for pattern in _DATES:
        for m in pattern.finditer(text):
            if _BOUND.search(text[: m.start()]):
                continue  # "by March 1", "since 3 May": a deadline or a start, not the report
            month = _MONTHS[m.group("month").lower().rstrip(".")]
            stated = int(m.group("year")) if m.group("year") else None
            year = stated if stated is not None else published.year if published else None
            if year is None:
                continue
            try:
                day = dt.date(year, month, int(m.group("day")))
                if stated is None and published is not None and day > published:
                    day = day.replace(year=year - 1)  # "on 28 December" in a January report
            except ValueError:
                continue
            if published is None or day <= published:
                days.append(day)
    return days


def report_date(
    text: str, published: dt.date | None, days: Sequence[dt.date] | None = None
) -> dt.date | None:
    """The day ``text`` reports on: the latest of its :func:`named_days`, else the end of
    the latest month or year it states (:func:`briefbook.assessment.occasions.sentence_time`:
    "A similar visit was made in March" in a June report reports on March, "in 1999" on
    1999), up to ``published``, else ``published`` (its source's date); None when none
    gives a day. A day word of the main clause ("on Monday", "yesterday") dates it by
    ``published`` whatever month or year it also names, and a date in background (an aside,
    a relative clause, "as they had in March": :func:`~briefbook.assessment.occasions.
    main_clause`) never dates it. ``days``: the text's :func:`named_days` when the caller
    has read them already (they are not read again)."""
    days = named_days(text, published) if days is None else days
    if days:
        return max(days)
    span = sentence_time(text, published)
    if span is None or span[0] == span[1]:
        return published  # a day it states is one of named_days or bounds a span
    return min(span[1], published) if published is not None else span[1]


def superseded_reports(
    candidates: Collection[int],
    sentences: Sequence[Sentence],
    published: Mapping[str, str | None],
    named: Mapping[str, frozenset[str]],  # sentence id -> :func:`named_in`
    similar: Paraphrases,
    threshold: float,
    actor_threshold: float | None = None,
    setting: Collection[str] = (),
) -> dict[int, int]:
    """Candidate sentence index -> the index of the latest candidate that reports the same
    situation later (see the module note). Candidates with no date, naming no specific
    entity or about no domain are left out. Two reports linked by an actor alone (no place)
    must be at least ``actor_threshold`` close (default: ``threshold``): one leader or one
    army takes part in many situations. ``setting`` ("type:name", :func:`setting_of`): the
    issue's theatre or party, which links no two reports (a pager bombing and a ground
    invasion a fortnight later, both against Hezbollah, are two situations)."""
    setting = frozenset(setting)
    dated: dict[int, tuple[dt.date, dt.date]] = {}
    stated: set[int] = set()  # candidates that name their day themselves
    domain: dict[int, str] = {}
    for i in candidates:
        source_day = parse_iso(published.get(sentences[i].source))
        days = named_days(sentences[i].text, source_day)  # read once, for both uses
        day = report_date(sentences[i].text, source_day, days)
        key = domain_of(sentences[i].text)
        if day is not None and key is not None and named.get(sentences[i].id):
            dated[i] = (day, source_day or day)  # the report's day, then its source's
            domain[i] = key
            if days:
                stated.add(i)

    def later_report(j: int, i: int) -> bool:
        if sentences[j].source == sentences[i].source:
            # within one source only days the sentences name tell which came later: a
            # sentence naming none is not dated by its source's day
            return i in stated and j in stated and dated[j][0] > dated[i][0]
        return dated[j] > dated[i]

    def _close_enough(i: int, j: int) -> bool:
        link = same_subject(named[sentences[i].id] - setting, named[sentences[j].id] - setting)
        if link is None:
            return False
        floor = threshold if link == "place" or actor_threshold is None else actor_threshold
        return similar.similarity(i, j) >= floor

    out: dict[int, int] = {}
    for i in sorted(dated):
        later = [
            j
            for j in dated
            if later_report(j, i) and domain[j] == domain[i] and _close_enough(i, j)
        ]
        if later:
            out[i] = max(later, key=lambda j: (dated[j], -j))
    return out
