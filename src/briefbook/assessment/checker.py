"""The checker: does a statement stay on its evidence?

One function, :func:`check_statement`, shared by the analyst's own judgments (analyst file)
and by drafted text. It never rescues a statement, it only finds what is wrong with it:

- **citations**: every id cited in the text (``[S1.8]``, ``[S1.8, S2.3]``) or passed as
  ``citations`` must be the id of one of the ``evidence`` sentences;
- **numbers**: every number in the text (digits with any thousands separator, ``1.2 million``,
  ``11k``, number words, word quantities such as ``thousands``) must appear in a cited
  sentence, or be implied by one: ``more than 11,000`` is implied by ``11,500``, ``thousands``
  by ``11,500``, ``about 11,000`` by ``11,500`` (read as intervals by
  :mod:`briefbook.analysis.quantities`);
- **dates**: years and days are numbers (above); month and weekday names must appear
  (``Nov.`` = ``November``; ISO dates in the evidence count as their parts); with
  ``published`` (source id -> its date), a day a cited sentence names only by a weekday or
  a day word ("on Thursday night", "yesterday") counts as its date, read back from its
  source's date (a Friday 15 December report's "Thursday" is 14 December);
- **names and entities**: every capitalised word (the first word too, unless it is a common
  opener) and every gazetteer entity (countries with their demonyms and aliases,
  organisations, forces, weapons) must appear in a cited sentence; ``Russian`` is supported
  by ``Russia``, ``DPRK`` by ``North Korea``; a capital that acts for its state ("Moscow
  sent troops", before a verb: :func:`_acting_states`) is supported by its country, and
  so is a seat of power ("the Kremlin", "the Pentagon", "Downing Street"); an acting
  capital or seat of the evidence supports its country's name ("Russia" by "Moscow
  said"), and so does an acting leader ("Putin ordered") or a state's army or service
  ("the IRGC struck": ``data/state_actors.yaml``); a capital as a place ("drones struck
  Moscow") needs its own name;
- **negations** (``negations=True``): a negation (not, no, never, without ...) needs one in
  the evidence;
- **predicates** (``predicates=True``): a stance, outcome or event verb or noun of
  ``data/predicates.yaml`` in the text whose opposite a cited sentence states ("welcomed"
  where the evidence says "condemned"), with nothing of its own pole there, fails with both
  words named, and so does an event the evidence negates; with ``absent_predicates`` (drafted
  lines) every past event verb must also be carried by a cited sentence: the same word, one
  of its pole or synonyms, or a close WordLlama match
  (:mod:`briefbook.assessment.predicates`);
- **likelihood**: estimative words only from the ICD 203 list
  (:data:`briefbook.tradecraft.LIKELIHOOD_TERMS`), at most one, agreeing with the
  ``likelihood`` given, and never together with a confidence (given or written) in the same
  sentence.

Shapes::

    result = check_statement(
        "More than 11,000 troops have reached Kursk [S1.2].",
        evidence=[Sentence(id="S1.2", source="S1", text="... 11,500 North Korean troops ...")],
        likelihood=None,
        confidence=None,
    )
    result.ok            # bool
    result.unsupported   # words of the text not supported, in text order: ["Kursk"]
    result.reasons       # one short line per problem: ["name 'Kursk' not in S1.2"]
    result.cited         # ids of the evidence sentences the text rests on

Deterministic, no I/O but the WordLlama model read once when, with ``absent_predicates``,
a predicate has no word of its own in the evidence; lexicons come from ``data/checker.yaml``, ``data/gazetteer.yaml``
and ``data/predicates.yaml``.

Over 500 lines by a little: one check, its word lists in data/checker.yaml, its number,
date, name and negation rules kept side by side so that they apply one reading of a
sentence.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from briefbook.analysis.gazetteer import capital_countries, gazetteer_spellings, whole_names
from briefbook.analysis.quantities import read_quantity
from briefbook.assessment.predicates import predicate_hits, predicate_problems
from briefbook.assessment.relative_days import day_words
from briefbook.assessment.state_actors import body_states, seat_states, titled_leaders
from briefbook.data import load_data
from briefbook.model import Sentence
from briefbook.text.normalise import normalise
from briefbook.tradecraft import CONFIDENCE_LEVELS, LIKELIHOOD_TERMS

__all__ = ["CheckResult", "check_statement", "cited_ids", "strip_citations"]


@dataclass(frozen=True)
class CheckResult:
    """The verdict. ``ok`` is True exactly when ``reasons`` is empty.

    ``unsupported``: the words or ids of the text that failed, in text order, without repeats.
    ``reasons``: one line per problem (``"number '12,000' not in S1.2"``).
    ``cited``: the evidence ids the text was checked against.
    """

    ok: bool
    unsupported: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line: the unsupported words and the first reasons."""
        return "; ".join(self.reasons)


# --- citations -------------------------------------------------------------------------

_ID = r"S\d+\.\d+"
_CITE_GROUP = re.compile(rf"\s*\[\s*({_ID}(?:\s*[,;]\s*{_ID})*)\s*\]")
_ID_RE = re.compile(_ID)


def cited_ids(text: str) -> list[str]:
    """Sentence ids cited in brackets in ``text``, in order, without repeats."""
    ids: list[str] = []
    for m in _CITE_GROUP.finditer(text):
        ids.extend(_ID_RE.findall(m.group(1)))
    return list(dict.fromkeys(ids))


def strip_citations(text: str) -> str:
    """``text`` without its bracketed citations."""
    return _CITE_GROUP.sub("", text).strip()


# --- lexicons ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    openers: frozenset[str]
    months: dict[str, str]  # surface (lower, no dot) -> month name
    weekdays: frozenset[str]
    negations: tuple[str, ...]
    estimative: tuple[str, ...]  # non-ICD likelihood words, refused
    confidence: re.Pattern[str]
    number_words: dict[str, float]
    entities: dict[str, str]  # surface (lower) -> canonical key
    entity_pattern: re.Pattern[str] | None
    articles: frozenset[str]  # the Arabic article's spellings: "al", "el" ...
    capitals: dict[str, str]  # a capital's or seat of power's name -> its country's key
    capital_pattern: re.Pattern[str] | None
    # ... and, read in the evidence only, a state body's name (state_actors)
    agents: dict[str, str]
    agent_pattern: re.Pattern[str] | None
    place_before: frozenset[str]  # words after which a capital is a place ("in Moscow")
    state_verbs: frozenset[str]  # words after which a capital acts ("Moscow has")


@cache
def _lexicon() -> _Lexicon:
    data = load_data("checker.yaml")
    text = load_data("text.yaml")
    openers = set(data["openers"]) | set(text["function_words"]) | set(text["sentence_openers"])
    months: dict[str, str] = {}
    for name, forms in data["months"].items():
        months[name] = name
        for f in forms:
            months[f] = name
    entities: dict[str, str] = {}
    spellings = gazetteer_spellings("countries", "places", "organisations", "forces", "weapons")
    for surface, name in spellings.items():
        entities.setdefault(surface.lower(), name)
    for key, forms in data.get("aliases", {}).items():
        for s in forms:
            entities.setdefault(s.lower(), key)
    capitals = capital_countries()
    # a seat of power stands for its state as its capital does (round bluf24)
    for seat, country in seat_states().items():
        capitals.setdefault(seat, entities.get(country.lower(), country))
    agents = dict(capitals)
    for surface, country in body_states().items():
        agents.setdefault(surface, entities.get(country.lower(), country))
    conf = "|".join(CONFIDENCE_LEVELS)
    return _Lexicon(
        openers=frozenset(w.lower() for w in openers),
        months=months,
        weekdays=frozenset(data["weekdays"]),
        negations=tuple(data["negations"]),
        estimative=tuple(sorted(data["estimative"], key=lambda s: (-len(s), s))),
        confidence=re.compile(rf"\b(?:{conf})(?:[- ]to[- ](?:{conf}))?\s+confidence\b", re.I),
        number_words={str(k): float(v) for k, v in data["number_words"].items()},
        entities=entities,
        entity_pattern=whole_names(entities, re.IGNORECASE),
        articles=frozenset(str(w).lower() for w in data.get("article_particles", [])),
        capitals=capitals,
        capital_pattern=whole_names(capitals),
        agents=agents,
        agent_pattern=whole_names(agents),
        place_before=frozenset(str(w).lower() for w in data.get("capital_place_before", [])),
        state_verbs=frozenset(str(w).lower() for w in data.get("state_verbs", [])),
    )


# --- numbers -------------------------------------------------------------------------------

# 11,000 / 11 000 / 11.000.000 (no: ambiguous) / 1.5 / 12 ; optional scale word after it
_DIGITS = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:(?:,|[ \u00a0\u202f])\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(thousand|million|billion|bn|k|m)\b)?",
    re.IGNORECASE,
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3, "m": 1e6}
_WORD_QUANTITY = re.compile(
    r"\b(?:hundreds? of thousands|tens of thousands|tens of millions|hundreds? of millions|"
    r"thousands|millions|hundreds|dozens|scores)\b",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_CUE_BEFORE = re.compile(
    r"(more than|over|at least|upwards of|in excess of|exceeding|up to|fewer than|less than|"
    r"under|at most|no more than|not more than|about|around|approximately|roughly|nearly|"
    r"almost|some|an estimated|estimated|circa|~)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Number:
    shown: str
    value: float
    low: float
    high: float
    after: tuple[str, ...] = ()  # the few words after it: what it counts


_AFTER = re.compile(r"[^\W\d_][\w'-]*")
_UNIT_WORDS = frozenset({"per", "cent", "percent", "of", "the", "a", "an", "more", "than", "some"})


def _after(text: str, end: int) -> tuple[str, ...]:
    words = [w.lower() for w in _AFTER.findall(text[end : end + 60])][:4]
    return tuple(_POSSESSIVE.sub("", w) for w in words if w not in _UNIT_WORDS)


def _numbers(text: str) -> list[_Number]:
    """Numbers of ``text`` with the interval their cue gives them."""
    lex = _lexicon()
    found: list[_Number] = []
    taken: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        raw = re.sub(r"[,\s\u00a0\u202f]", "", m.group(1))
        value = float(raw) * _SCALE.get((m.group(2) or "").lower(), 1.0)
        found.append(_with_cue(text, m.start(), m.group(0).strip(), value, m.end()))
        taken.append(m.span())
    for m in _WORD_QUANTITY.finditer(text):
        (low, high), shown = read_quantity(m.group(0))
        if not math.isnan(low):
            found.append(_Number(m.group(0), math.nan, low, high, _after(text, m.end())))
            taken.append(m.span())
    if lex.number_words:
        words = "|".join(re.escape(w) for w in sorted(lex.number_words, key=lambda w: (-len(w), w)))
        for m in re.finditer(rf"\b(?:{words})\b", text, re.IGNORECASE):
            if any(a <= m.start() < b for a, b in taken):
                continue
            value = lex.number_words[m.group(0).lower()]
            found.append(_with_cue(text, m.start(), m.group(0), value, m.end()))
    return found


def _with_cue(text: str, start: int, shown: str, value: float, end: int) -> _Number:
    after = _after(text, end)
    cue = _CUE_BEFORE.search(text[max(0, start - 24) : start])
    if cue is None:
        return _Number(shown, value, value, value, after)
    (low, high), _ = read_quantity(value, f"{cue.group(1)} {value:.0f}")
    return _Number(f"{cue.group(1)} {shown}", value, low, high, after)


def _number_supported(number: _Number, evidence: Sequence[_Number]) -> bool:
    """The same figure appears in the evidence, or an evidence figure of the same thing
    implies it (its interval inside the text's: "11,500 troops" implies "more than 11,000
    troops", but "150,000 wounded" does not imply "more than 62,000 killed")."""
    for e in evidence:
        if not math.isnan(number.value) and e.value == number.value:
            return True
        if number.low <= e.low and e.high <= number.high and _counts_same(number, e):
            return True
    return False


def _counts_same(number: _Number, evidence: _Number) -> bool:
    """The word the text's figure counts is among the few words after the evidence's."""
    if not number.after:
        return True
    return any(_same_stem(number.after[0], w) for w in evidence.after)


# --- words -------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_][\w'.\-]*[^\W_]|[^\W\d_]")
_POSSESSIVE = re.compile(r"'s?$")


def _fold(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower().rstrip("."))


def _same_stem(a: str, b: str) -> bool:
    """``a`` and ``b`` name the same thing up to a demonym or plural ending."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or len(long_) - len(short) > 4:
        return False
    common = 0
    for x, y in zip(short, long_, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, len(short) - 1)


def _capitalised(text: str) -> list[tuple[int, str]]:
    """(position, word) of capitalised words (acronyms included) of ``text``, and of names
    opened by the article in lower case ("al-Burhan")."""
    articles = _lexicon().articles
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        head, _, rest = word.partition("-")
        if word[0].isupper() or (head.lower() in articles and rest[:1].isupper()):
            out.append((m.start(), word))
    return out


def _named_otherwise(rest: str, ev_texts: Sequence[str]) -> bool:
    """Whether the evidence gives the name that opens ``rest`` (the words after an article
    spelling, "Al", "El") only after another capitalised word: "John Smith" for "Al Smith",
    where "Al" is a given name to check, not the article. A name the evidence gives after the
    article in any spelling ("Al Fasher" for "El Fasher"), bare ("fled Fasher") or not at
    all (reported on its own) leaves the article unchecked."""
    first = _TOKEN.match(rest)
    if first is None:
        return False
    name = _fold(first.group(0))
    articles = _lexicon().articles
    before: list[str] = []
    for t in ev_texts:
        words = _TOKEN.findall(t)
        before += [words[i - 1] for i in range(1, len(words)) if _fold(words[i]) == name]
        if words and _fold(words[0]) == name:
            return False
    return bool(before) and all(
        w[0].isupper()
        and _fold(w) not in articles
        and not _fold(w).endswith(tuple(f"-{a}" for a in articles))
        for w in before
    )


def _sentence_starts(text: str) -> set[int]:
    starts = {0}
    for m in re.finditer(r"(?:[.!?:;]|^)[\"'(\s]*", text):
        starts.add(m.end())
    for m in re.finditer(r"[\"'(]\s*", text):
        starts.add(m.end())
    return starts


def _evidence_words(texts: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for t in texts:
        for m in _TOKEN.finditer(t):
            w = _fold(m.group(0))
            words.add(w)
            for part in re.split(r"[-.']", w):
                if part:
                    words.add(part)
    return words


def _word_supported(word: str, evidence: set[str]) -> bool:
    w = _fold(word)
    if w in evidence:
        return True
    parts = [p for p in re.split(r"[-.']", w) if p]
    named = [p for p in parts if p not in _lexicon().articles]
    if len(parts) > 1 and named and len(named) < len(parts):
        # "El-Fasher", "al-Burhan": the article is spelt many ways; the name after it counts
        return _word_supported("-".join(named), evidence)
    if len(parts) > 1 and all(
        p in evidence or any(_same_stem(p, e) for e in evidence) for p in parts
    ):
        return True
    return any(_same_stem(w, e) for e in evidence)


def _expand_dates(text: str) -> str:
    """ISO dates spelt out (``2024-11-04`` -> ``2024-11-04 4 November 2024``)."""
    months = list(load_data("checker.yaml")["months"])

    def spell(m: re.Match[str]) -> str:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12:
            return f"{m.group(0)} {day} {months[month - 1].capitalize()} {year}"
        return m.group(0)

    return _ISO_DATE.sub(spell, text)


# the day words read back from a report's date, in days before it (``days`` of
# data/relative_days.yaml, :func:`~briefbook.assessment.relative_days.day_words`):
# "yesterday", "today", "last night"
def _spell_day(text: str, published: dt.date | None) -> str:
    """``text`` with the date it names by one weekday or day word spelt out after it ("on
    Thursday night" in a report of Friday 15 December 2023 -> "... 14 December 2023"): the
    latest such day up to ``published`` (the report's own day included; "last Friday" in a
    Friday report is a week before; "tomorrow" the day after it). Unchanged without a date,
    when it names two different days or a weekday to come ("next Thursday":
    ``weekday_ahead``)."""
    if published is None:
        return text
    data = load_data("checker.yaml")
    days: set[dt.date] = set()
    ahead = "|".join(re.escape(str(w)) for w in data["weekday_ahead"])
    for i, name in enumerate(data["weekdays"]):
        for m in re.finditer(rf"(?<![\w-])((?:{ahead}|last)\s+)?{name}(?![\w-])", text, re.I):
            qualifier = (m.group(1) or "").strip().lower()
            if qualifier and qualifier != "last":
                return text  # "next Thursday": a day to come, not read back
            back = (published.weekday() - i) % 7
            days.add(published - dt.timedelta(days=back or (7 if qualifier else 0)))
    for word, back in day_words().items():
        if re.search(rf"(?<![\w-]){re.escape(str(word))}(?![\w-])", text, re.I):
            days.add(published - dt.timedelta(days=int(back)))
    if len(days) != 1:
        return text
    (day,) = days
    months = list(data["months"])
    return f"{text} {day.day} {months[day.month - 1].capitalize()} {day.year}"


def _date_parts(text: str) -> set[str]:
    """The day and year numbers of the dates ``text`` writes with a month name ("14 December
    2023", "December 14, 2023", "14 Dec"), as written."""
    lex = _lexicon()
    month = "|".join(re.escape(m) for m in sorted(lex.months, key=len, reverse=True))
    out: set[str] = set()
    for m in re.finditer(
        rf"\b(\d{{1,2}})\s+(?:{month})\.?(?:\s+(\d{{4}}))?\b"
        rf"|\b(?:{month})\.?\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?\b",
        text,
        re.IGNORECASE,
    ):
        out |= {g for g in m.groups() if g}
    return out


def _entities_in(text: str) -> dict[str, str]:
    """canonical key -> surface, for the gazetteer entities named in ``text``."""
    lex = _lexicon()
    if lex.entity_pattern is None:
        return {}
    out: dict[str, str] = {}
    for m in lex.entity_pattern.finditer(text):
        surface = m.group(0)
        key = lex.entities.get(surface.lower())
        if key is None:
            continue
        # a lower-case gazetteer word ("drones") counts only in lower case or as a name
        out.setdefault(key, surface)
    return out


_BRACKETED = re.compile(r"\s*\([A-Z][A-Za-z0-9&/-]{1,11}\)")


def _acting_states(
    text: str, *, evidence: bool = False, leaders: Mapping[str, str] | None = None
) -> dict[str, str]:
    """name as written -> its country's key, for the names of ``text`` that stand for their
    state: a capital or a seat of power (``head_offices`` of data/claims.yaml,
    ``government_seats`` of data/state_actors.yaml: "the Pentagon") and, with
    ``evidence``, a head of state or government the evidence names with his title and state
    (``leaders``, :func:`~briefbook.assessment.state_actors.titled_leaders`: "Putin" after
    "Russian President Vladimir Putin") or a state's army or service (:func:`~briefbook.assessment.state_actors.body_states`: "the IRGC"),
    right before a verb ("Moscow sent", "Kyiv has denied"; a predicate of
    ``data/predicates.yaml``, a past form or one of ``state_verbs``; a body's acronym in
    brackets after its name read through), not after a word that makes them a place
    (``capital_place_before``: "strikes on Moscow were"). A leader or a service in a
    statement names more than its state: it needs its own name in the evidence."""
    lex = _lexicon()
    pattern, names = (
        (lex.agent_pattern, lex.agents) if evidence else (lex.capital_pattern, lex.capitals)
    )
    if evidence and leaders:
        names = {**names}
        for person, country in leaders.items():
            names.setdefault(person, lex.entities.get(country.lower(), country))
        pattern = whole_names(names)
    if pattern is None:
        return {}
    text = _BRACKETED.sub("", text)
    out: dict[str, str] = {}
    starts: set[int] | None = None
    for m in pattern.finditer(text):
        before = re.findall(r"[\w'-]+", text[max(0, m.start() - 30) : m.start()])
        if before and before[-1].lower() in lex.place_before:
            continue
        after = re.match(r"\s+([a-z][\w'-]*)", text[m.end() :])
        if after is None:
            continue
        word = after.group(1)
        if word not in lex.state_verbs and not (word.endswith("ed") and len(word) > 4):
            if starts is None:
                starts = {h.start for h in predicate_hits(text)}
            if m.end() + after.start(1) not in starts:
                continue
        out[m.group(0)] = names[m.group(0)]
    return out


# --- likelihood and confidence ----------------------------------------------------------

_ICD = re.compile(
    r"\b("
    + "|".join(re.escape(t) for t in sorted(LIKELIHOOD_TERMS, key=len, reverse=True))
    + r")(?:ly)?\b",
    re.IGNORECASE,
)


def _likelihood_words(text: str) -> tuple[list[str], list[str]]:
    """(ICD 203 terms used, other estimative words used) in ``text``; where two overlap
    ("highly likely" and "likely", "almost certain" and "certain") the longer one counts."""
    lex = _lexicon()
    spans: list[tuple[int, int, str, bool]] = [
        (m.start(), m.end(), m.group(1).lower(), True) for m in _ICD.finditer(text)
    ]
    for word in lex.estimative:
        pattern = r"\b" + r"\s+".join(map(re.escape, word.split())) + r"\b"
        spans += [(m.start(), m.end(), word, False) for m in re.finditer(pattern, text, re.I)]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    icd: list[str] = []
    other: list[str] = []
    end = -1
    for start, stop, word, is_icd in spans:
        if start < end:
            continue
        end = stop
        (icd if is_icd else other).append(word)
    return icd, other


# --- the check ---------------------------------------------------------------------------


def check_statement(
    text: str,
    evidence: Sequence[Sentence],
    *,
    likelihood: str | None = None,
    confidence: str | None = None,
    citations: Sequence[str] | None = None,
    require_citations: bool = False,
    negations: bool = True,
    predicates: bool = True,
    absent_predicates: bool = False,
    published: Mapping[str, dt.date] | None = None,
) -> CheckResult:
    """Check ``text`` against the ``evidence`` sentences it may rest on.

    ``evidence``: the sentences offered (for an analyst judgment: the cited sentences).
    ``citations``: the ids the text rests on; default the bracketed ids in ``text``, or,
    when it has none, every evidence sentence. ``require_citations``: a text without
    bracketed citations fails (drafted text must end with them). ``likelihood`` /
    ``confidence``: the grade the statement carries (ICD 203 term; low, moderate, high).
    ``predicates``: check the stance, outcome and event words against the evidence
    (opposed or negated there); ``absent_predicates``: and fail the past event verbs it does
    not carry (drafted lines; an analyst's paraphrase is the analyst's to word).
    ``published``: the date of each cited sentence's source (source id -> date), to read
    the day a weekday or "yesterday" names.
    Never raises on bad text: every problem is a reason in the result.
    """
    reasons: list[str] = []
    unsupported: list[str] = []

    def fail(word: str, reason: str) -> None:
        if word not in unsupported:
            unsupported.append(word)
        reasons.append(reason)

    by_id = {s.id: s for s in evidence}
    in_text = cited_ids(text)
    wanted = list(dict.fromkeys(citations)) if citations is not None else in_text
    if require_citations and not in_text:
        fail("[]", "no citation: the sentence must end with its citations, e.g. [S1.2]")
    for sid in wanted:
        if sid not in by_id:
            fail(sid, f"citation {sid} is not among the evidence offered")
    cited = [by_id[sid] for sid in wanted if sid in by_id] if wanted else list(evidence)
    cited_list = [s.id for s in cited]
    if not cited:
        fail("[]", "no evidence to rest on")
    body = normalise(strip_citations(text))
    dates = published or {}
    plain = [_expand_dates(normalise(s.text)) for s in cited]
    ev_texts = [_spell_day(t, dates.get(s.source)) for t, s in zip(plain, cited, strict=True)]
    where = ", ".join(cited_list) or "the evidence"

    # numbers and years
    ev_numbers = [n for t in plain for n in _numbers(t)]
    # a day read back from a weekday ("on Thursday" -> 14 December 2023) supports a date
    # only: "killed 14 soldiers" is no day of a month
    day_numbers = [n for t, p in zip(ev_texts, plain, strict=True) for n in _numbers(t[len(p) :])]
    date_parts = _date_parts(body)
    for n in _numbers(body):
        if not _number_supported(n, ev_numbers) and not (
            n.shown in date_parts and _number_supported(n, day_numbers)
        ):
            fail(n.shown, f"number '{n.shown}' not in {where}")

    # gazetteer entities (aliases and demonyms count as their entity)
    ev_entities = {k for t in ev_texts for k in _entities_in(t)}
    leaders = titled_leaders(" ".join(ev_texts))
    ev_entities |= {
        k for t in ev_texts for k in _acting_states(t, evidence=True, leaders=leaders).values()
    }
    ev_words = _evidence_words(ev_texts)
    entity_words: set[str] = set()
    # a capital or seat acting for its state ("Moscow sent troops", "the Pentagon ordered")
    # is supported by that state
    for capital, country in _acting_states(body).items():
        if country in ev_entities:
            entity_words.update(_fold(w) for w in _TOKEN.findall(capital))
    for key, surface in _entities_in(body).items():
        if _fold(surface) in entity_words:
            continue
        entity_words.update(_fold(w) for w in _TOKEN.findall(surface))
        if key not in ev_entities and not all(
            _word_supported(w, ev_words) for w in _TOKEN.findall(surface)
        ):
            fail(surface, f"entity '{surface}' not in {where}")

    # names, months, weekdays: capitalised words
    lex = _lexicon()
    starts = _sentence_starts(body)
    icd_terms = {w for t in LIKELIHOOD_TERMS for w in t.split()}
    for pos, word in _capitalised(body):
        low = _fold(word)
        if low in entity_words or low in lex.number_words or _WORD_QUANTITY.fullmatch(word):
            continue  # checked as an entity or a number above
        after = body[pos + len(word) : pos + len(word) + 2]
        if (
            low in lex.articles
            and after[:1] in (" ", "\u00a0")
            and after[1:].isupper()
            and not _named_otherwise(body[pos + len(word) + 1 :], ev_texts)
        ):
            continue  # "El Fasher" for "Al Fasher": the name after the article is checked
        if (
            pos in starts
            and not (word.isupper() and len(word) > 1)  # "A", "I" open sentences
            and (low in lex.openers or low in icd_terms or low in CONFIDENCE_LEVELS)
        ):
            continue
        if low in lex.months:
            month = lex.months[low]
            if not any(
                lex.months.get(_fold(w)) == month for t in ev_texts for w in _TOKEN.findall(t)
            ):
                fail(word, f"date '{word}' not in {where}")
            continue
        if not _word_supported(word, ev_words):
            kind = "date" if low in lex.weekdays else "name"
            fail(word, f"{kind} '{word}' not in {where}")

    # negations
    if negations:
        neg = _negation(body)
        if neg and not any(_negation(t) for t in ev_texts):
            fail(neg, f"negation '{neg}' not in {where}")

    # predicates: the stance, outcome and event words (``data/predicates.yaml``)
    if predicates:
        ev_pairs = [(s.id, normalise(s.text)) for s in cited]
        for word, reason in predicate_problems(body, ev_pairs, absent=absent_predicates):
            fail(word, reason)

    # likelihood and confidence
    icd, other = _likelihood_words(body)
    for word in other:
        fail(
            word,
            f"'{word}' is not an ICD 203 likelihood term (use one of: "
            + ", ".join(LIKELIHOOD_TERMS)
            + ")",
        )
    if likelihood is not None and likelihood not in LIKELIHOOD_TERMS:
        fail(likelihood, f"likelihood '{likelihood}' is not an ICD 203 term")
    if confidence is not None and confidence not in CONFIDENCE_LEVELS:
        fail(confidence, f"confidence '{confidence}' is not one of low, moderate, high")
    if len(set(icd)) > 1:
        fail(icd[1], "more than one likelihood term: " + ", ".join(dict.fromkeys(icd)))
    if likelihood is not None and icd and icd[0] != likelihood:
        fail(icd[0], f"the text says '{icd[0]}' but the likelihood given is '{likelihood}'")
    written_conf = lex.confidence.search(body)
    has_likelihood = bool(icd) or likelihood is not None
    if has_likelihood and (confidence is not None or written_conf):
        word = written_conf.group(0) if written_conf else str(confidence)
        fail(word, "a likelihood and a confidence in the same sentence")
    return CheckResult(ok=not reasons, unsupported=unsupported, reasons=reasons, cited=cited_list)


def _negation(text: str) -> str | None:
    lex = _lexicon()
    for word in lex.negations:
        pattern = r"\b" + r"\s+".join(map(re.escape, word.split())) + r"\b"
        if word.startswith("n't"):
            pattern = re.escape(word) + r"\b"
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return m.group(0)
    return None
