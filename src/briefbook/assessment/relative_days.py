"""A day named relative to its source's date ("today", "yesterday", "last night"), written
as the date itself in a statement taken from that source.

A briefing is read days or weeks after its sources: "Treasury today sanctioned ..." copied
into the bottom line of an issue a week later tells the reader the wrong day.
:func:`absolute_days` writes the day instead ("Treasury on 16 December 2024 sanctioned
..."); the citation checker (:mod:`briefbook.assessment.checker`) reads the same day back
from the cited sentence's word with its source's date, so the statement still passes.

The words, how many days before the source's date each names and how it is written are
``days`` of ``data/relative_days.yaml`` (:func:`day_words`, shared with the checker).
Left as written: a word inside a quotation (a speaker's words are not rewritten), a
capitalised word inside a sentence (a name: "Russia Today", "USA Today"), and every word
when the source's date is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from briefbook.analysis.numbers import relative_days
from briefbook.data import load_data

__all__ = ["absolute_days", "day_words", "spell_date"]

# a quotation: straight or curly double quotes
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


def day_words() -> dict[str, int]:
    """Each day word (lower case) -> the days before its source's date it names (``days`` of
    data/relative_days.yaml; -1 the day after): :func:`~briefbook.analysis.numbers.relative_days`."""
    return relative_days()


def _phrases(words: Iterable[object]) -> str:
    """Data words or phrases as an alternation, longest first, any spaces between words."""
    listed = sorted((str(w) for w in words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in listed)


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_phrases(day_words())})(?:['’]s)?(?![\w-])", re.IGNORECASE)


@cache
def _bare_after() -> re.Pattern[str]:
    words = _phrases(load_data("relative_days.yaml")["bare_after"])
    return re.compile(rf"(?<![\w-])(?:{words})\s+$", re.IGNORECASE)


@cache
def _subject_before() -> re.Pattern[str]:
    words = _phrases(load_data("relative_days.yaml")["subject_before"])
    return re.compile(rf"\s+(?:{words})(?![\w-])", re.IGNORECASE)


def spell_date(day: dt.date) -> str:
    """``day`` as a briefing writes it: "16 December 2024"."""
    months = list(load_data("checker.yaml")["months"])  # the checker's month names, in order
    return f"{day.day} {months[day.month - 1].capitalize()} {day.year}"


# a new clause opens before a day word: "..., and yesterday marked a year"
_CLAUSE_OPENS = re.compile(r"[,;]\s*(?:(?:and|but|while)\s+)?$", re.IGNORECASE)


def absolute_days(text: str, published: dt.date | None) -> str:
    """``text`` with each day it names relative to ``published`` (its source's date)
    written as that date: "Treasury today sanctioned" -> "Treasury on 16 December 2024
    sanctioned", "Today, the ministry said" -> "On 16 December 2024, the ministry said",
    "since yesterday" -> "since 15 December 2024", "after today's vote" -> "after the 16
    December 2024 vote", "on Tuesday" in a report of Thursday 5 June 2025 -> "on Tuesday 3
    June 2025" (:func:`_weekday_edits`). Unchanged without ``published``; a word inside a
    quotation or capitalised inside a sentence (a name: "Russia Today") is left as
    written."""
    if published is None or not text:
        return text
    data = load_data("relative_days.yaml")["days"]
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    said_when = False  # a quoted day word: the attribution after the quotation is dated
    for m in _pattern().finditer(text):
        start, end = m.start(), m.end()
        if any(a < start < b for a, b in quoted):
            said_when = True  # a speaker's words are quoted as said
            continue
        word = m.group(0)
        head = text[:start]
        opens = _opens(head)
        if word[0].isupper() and not opens:
            continue  # "Russia Today", "USA Today": a name
        possessive = word[-2:] in ("'s", "’s")
        phrase = re.sub(r"\s+", " ", word[:-2] if possessive else word).lower()
        if _present_day(text, start, end, phrase, possessive=possessive, opens=opens):
            continue
        day = published - dt.timedelta(days=day_words()[phrase])
        date = spell_date(day)
        if possessive:
            written = f"the {date}"
        elif _subject_before().match(text, end) and (opens or _CLAUSE_OPENS.search(head)):
            # "Today will see ...": "6 May 2024 will see ..."; inside a clause the day is
            # no subject ("The fighting today was": "The fighting on 16 December 2024 was")
            written = date
        else:
            written = str(data[phrase]["as"]).format(date=date)
            if _bare_after().search(head) and written.startswith("on "):
                written = written[3:]  # "since yesterday": "since 15 December 2024"
        if opens:
            written = written[0].upper() + written[1:]
        edits.append((start, end, written))
    weekday_edits, quoted_weekday = _weekday_edits(text, quoted, published)
    edits = sorted([*edits, *weekday_edits])
    out: list[str] = []
    last = 0
    for start, end, written in edits:
        if start < last:
            continue  # overlapping words: the first written wins
        out.append(text[last:start])
        out.append(written)
        last = end
    if said_when or quoted_weekday:
        out, last = _dated_attribution(text, quoted, published, out, last)
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _opens(head: str) -> bool:
    """Whether a word after ``head`` opens its sentence (or a quotation's or colon's)."""
    return not head.strip() or bool(re.search(r"[.!?:]\s*[\"'“‘(]?\s*$", head))


@cache
def _weekday_pattern() -> re.Pattern[str]:
    """A weekday, capitalised (``weekdays`` of data/checker.yaml), with "on" or "last"
    before it, its possessive and a part of the day after it (``weekday_parts``)."""
    days = "|".join(str(w).capitalize() for w in load_data("checker.yaml")["weekdays"])
    parts = _phrases(load_data("relative_days.yaml")["weekday_parts"])
    return re.compile(
        rf"(?<![\w-])(?:(?P<on>(?i:on))\s+)?(?:(?P<last>(?i:last))\s+)?(?P<day>{days})"
        rf"(?P<poss>['’]s)?(?:\s+(?P<part>(?i:{parts})))?(?![\w-])"
    )


@cache
def _looks_ahead() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(a word that names a weekday to come right before it: ``weekday_ahead`` of
    data/checker.yaml, "this", "every", "each"; a cue of a sentence that looks ahead:
    ``schedule_cues`` of data/judgments.yaml, "will", "is due to", then a word; the words
    that make a "will" after them a noun: ``will_as_noun`` of data/relative_days.yaml)."""
    ahead = [*load_data("checker.yaml")["weekday_ahead"], "this", "every", "each"]
    cues = load_data("judgments.yaml")["schedule_cues"]
    return (
        re.compile(rf"(?<![\w-])(?:{_phrases(ahead)})\s+$", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{_phrases(cues)})\s+[a-z]", re.IGNORECASE),
        frozenset(str(w).lower() for w in load_data("relative_days.yaml")["will_as_noun"]),
    )


def _looks_ahead_in(text: str) -> bool:
    """Whether ``text`` (its quotations left out) has a cue of a sentence that looks ahead
    (:func:`_looks_ahead`): "The envoys will meet", not "to impose its will in"."""
    _, schedule, nouns = _looks_ahead()
    for m in schedule.finditer(text):
        before = re.findall(r"[\w'’-]+", text[: m.start()])
        if m.group(0).lower().startswith("will") and before and before[-1].lower() in nouns:
            continue  # "its will": a noun
        return True
    return False


# a date already written after the weekday: "Tuesday, 3 June", "Tuesday June 3"
_DATED_AFTER = re.compile(r",?\s+(?:\d|[A-Z][a-z]+\.?\s+\d)")


def _weekday_edits(
    text: str, quoted: list[tuple[int, int]], published: dt.date
) -> tuple[list[tuple[int, int, str]], bool]:
    """The edits (start, end, written) that write each weekday of ``text`` as the day it
    names, and whether a weekday stands inside a quotation (its attribution is dated).

    The day is the latest such weekday up to ``published``, its own day included ("on
    Tuesday" in a report of Thursday 5 June 2025 -> "on Tuesday 3 June 2025"; "last
    Tuesday" the one before the report's own day), as the checker reads it back: a past
    tense report never names a day to come. "on" is written before a weekday that has no
    preposition ("said Tuesday" -> "said on Tuesday 3 June 2025"); a part of the day is
    written "on the night of Tuesday 3 June 2025", a possessive "the Tuesday 3 June 2025
    strike". Left as written: a weekday in a quotation, after a word of a day to come
    ("next Tuesday", "every Tuesday"), with its date already after it ("Tuesday, 3 June"),
    and every weekday of a sentence that looks ahead ("The envoys will meet on Friday")."""
    ahead_word = _looks_ahead()[0]
    if _looks_ahead_in(_QUOTED.sub(" ", text)):
        return [], False
    cues = [c.start() for c in _ahead_before().finditer(text)]
    cues = [c for c in cues if not any(a < c < b for a, b in quoted)]
    order = [str(w).lower() for w in load_data("checker.yaml")["weekdays"]]
    edits: list[tuple[int, int, str]] = []
    in_quote = False
    for m in _weekday_pattern().finditer(text):
        start, end = m.start(), m.end()
        if any(a < start < b for a, b in quoted):
            in_quote = True
            continue
        head = text[:start]
        if ahead_word.search(head) or _DATED_AFTER.match(text, m.end("day")):
            continue
        if any(c < start and not re.search(r"[,;:]", text[c:start]) for c in cues):
            continue  # after a cue of a day to come in its clause: "would open on Friday"
        if _put_off_to().search(head):
            continue  # "The trial was adjourned to Tuesday": the day it resumes, to come
        if _in_name(text, m):
            continue
        back = (published.weekday() - order.index(m.group("day").lower())) % 7
        if m.group("last") and back == 0:
            back = 7  # "last Thursday" in a Thursday report: the week before
        named = f"{m.group('day')} {spell_date(published - dt.timedelta(days=back))}"
        if m.group("poss"):
            written = f"the {named}" + (f" {m.group('part')}" if m.group("part") else "")
        else:
            if m.group("part"):
                named = f"the {m.group('part').lower()} of {named}"
            bare = m.group("on") is None and _bare_after().search(head) is not None
            written = named if bare else f"on {named}"
        if _opens(head):
            written = written[0].upper() + written[1:]
        edits.append((start, end, written))
    return edits, in_quote


@cache
def _ahead_before() -> re.Pattern[str]:
    """A cue (``weekday_ahead_before`` of data/relative_days.yaml) that makes a
    weekday after it in its sentence a day to come or a condition ("would open on
    Friday", "scheduled for Sunday", "If approved on Friday")."""
    words = load_data("relative_days.yaml")["weekday_ahead_before"]
    return re.compile(rf"(?<![\w'’-])(?:{_phrases(words)})(?![\w-])", re.IGNORECASE)


@cache
def _put_off_to() -> re.Pattern[str]:
    """A verb of putting off (``put_off_verbs`` of data/relative_days.yaml), up to four
    words, then "to", "until", "till" or "for", at the end of the text before a weekday
    ("adjourned to ", "deferred its ruling until "): the weekday is the day to come."""
    verbs = _phrases(load_data("relative_days.yaml")["put_off_verbs"])
    return re.compile(
        rf"(?<![\w-])(?:{verbs})(?:\s+[\w'’-]+){{0,4}}?\s+(?:to|until|till|for)\s+(?:on\s+)?$",
        re.IGNORECASE,
    )


def _in_name(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday of ``m`` (no "on", no "last" before it) is a word of a name: a
    capitalised word right before it other than ``weekday_name_before`` of
    data/relative_days.yaml ("Good Friday", "Black Friday"), or one right after it ("the
    Monday Club"); "Early Tuesday, drones" and "On Monday Kelvo said" stay days."""
    if m.group("on") or m.group("last") or m.group("poss") or m.group("part"):
        return False
    openers = {str(w).lower() for w in load_data("relative_days.yaml")["weekday_name_before"]}
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[: m.start()])
    if before and before.group(1).lower() not in openers:
        return True
    return re.match(r"\s+[A-Z]", text[m.end() :]) is not None


def _present_day(
    text: str, start: int, end: int, phrase: str, *, possessive: bool, opens: bool
) -> bool:
    """Whether the day word ``phrase`` at ``start``-``end`` of ``text`` means the present
    age, no day: before a name ("today's Ukraine", "Tomorrow's World"), after "of" ("the
    Sudan of today", "the leaders of tomorrow") or "today" inside a clause right before a
    present copula ("Europe today is less secure"; "Today is the deadline" opening its
    sentence and "The fighting today was the heaviest" stay a day). "Before a name": a
    country's name ("today's Ukraine"; "today's Kremlin statement" is a day)."""
    if possessive:
        after = re.match(r"\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", text[end:])
        return after is not None and after.group(1) in _country_names()
    if phrase in ("today", "tomorrow") and re.search(r"(?<![\w-])of\s+$", text[:start], re.I):
        return not re.search(r"(?<![\w-])as\s+of\s+$", text[:start], re.I)
    if phrase == "today" and not opens and re.match(r"\s+(?:is|are)(?![\w-])", text[end:]):
        return re.search(r"[,;]\s*$", text[:start]) is None
    return False


@cache
def _country_names() -> frozenset[str]:
    """The names and aliases of the countries of data/gazetteer.yaml, no demonyms ("today's
    Russia" is the present age, "today's Russian strike" a day)."""
    rows = load_data("gazetteer.yaml")["countries"]
    return frozenset(str(s) for row in rows for s in [row[0], *row[2]])


def _dated_attribution(
    text: str, quoted: list[tuple[int, int]], published: dt.date, out: list[str], last: int
) -> tuple[list[str], int]:
    """``out`` and ``last`` with the date of ``published`` written into the attribution of
    the quotation of ``text`` ('"We struck them today," the commander said.' -> '... the
    commander said on 16 December 2024.'; 'The commander said: "..."' -> 'The commander
    said on 16 December 2024: "..."'): the speaker's words stay as said. Unchanged when no
    speech verb (``speaker_clause_verbs`` of data/judgments.yaml) closes the sentence after
    the last quotation or opens the first."""
    verbs = _phrases(load_data("judgments.yaml")["speaker_clause_verbs"])
    when = f" on {spell_date(published)}"
    first = min(a for a, _ in quoted)
    before = re.search(rf"(?<![\w-])(?:{verbs})(?=\s*[:,]?\s*$)", text[:first], re.IGNORECASE)
    if before is not None and before.end() >= last:
        return [*out, text[last : before.end()], when], before.end()
    tail_at = max(b for _, b in quoted)
    stripped = text.rstrip()
    end = len(stripped) - 1 if stripped[-1:] in ".!?" else len(stripped)
    after = re.search(
        rf"(?<![\w-])(?:{verbs})(?:\s+(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){{0,8}})?$",
        text[tail_at:end],
        re.IGNORECASE,
    )
    if after is None or tail_at + after.start() < last:
        return out, last
    return [*out, text[last:end], when], end
