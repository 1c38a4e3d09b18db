"""Paraphrases across sources: two sentences that report the same thing in other words.

Sentence embeddings put close paraphrases of one report above a cosine of about 0.8, but two
outlets retelling one statement in their own words ("Prime Minister Yulia Svyrydenko said
major energy facilities in Kharkiv, Kyiv and Poltava regions were damaged" / "Prime Minister
Yulia Sviredenko said on Telegram that critical energy facilities in Poltava, Kharkiv and Kyiv
regions were damaged") often fall just below it. What they keep are the *anchors*: the names
and figures. :class:`Paraphrases` adds that evidence: a pair whose cosine is at least
``ANCHOR_FLOOR`` and that shares most of its anchors (at least ``MIN_SHARED``) counts as a
paraphrase (similarity ``ANCHORED``), whatever its cosine. Names are compared by their
consonant skeleton, so transliterations fold ("Svyrydenko" = "Sviredenko", "Zelensky" =
"Zelenskyy").

The names of a briefing's setting are no anchors: a place or a country (a word of a
place or country name the briefing's entities or the gazetteer know, or of a name that ends
in a place head such as "Reef": ``place_heads`` of data/entity_rules.yaml) that at least
``SETTING_SOURCES`` sources and at least half of the briefing's sources mention (the
disputed reef, the two countries of a confrontation) is in nearly every sentence, so
sharing it says nothing about whether two sentences report one thing: "the boarding at the
reef" and "the convoy that reached the reef six weeks later" share the reef and both
countries and are no paraphrase. A specific name (a vessel, a person, an organisation) is
never setting, and the setting is left in when the same-occasion check already decides
that two sentences report one occasion (:func:`briefbook.assessment.occasions.
predicate_events` share a class and, when both name their day, the days are within
``occasion_days``): "ships rammed the boat Telin at the reef" and "officials said ships
rammed Telin at the reef" stay one report when every source reports that one event.
Likewise the one-word names of the leaders and bodies the gazetteer knows ("Assad",
"Hezbollah": :attr:`Paraphrases.actors`) are no anchors when the same-occasion check cannot
tell: "without Assad, support for Hezbollah would drop" and "Iran, Hezbollah and Russia have
backed Assad for years" share three names and report two different things.

Each comparison is one dot product and, only above the floor, one set intersection: the
cost stays linear in the number of sentences compared (the setting is one pass over them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache, cached_property, lru_cache

import numpy as np

from briefbook.analysis.gazetteer import gazetteer, rules
from briefbook.assessment.occasions import occasion_day, predicate_events
from briefbook.data import load_data
from briefbook.model import Sentence

__all__ = [
    "ANCHORED",
    "ANCHOR_FLOOR",
    "MIN_SHARED",
    "SETTING_SOURCES",
    "Paraphrases",
    "anchors",
    "skeleton",
]

ANCHOR_FLOOR = 0.68  # cosine below which shared names never make a paraphrase
ANCHORED = 0.9  # the similarity given to an anchored paraphrase
MIN_SHARED = 3  # anchors two paraphrases must share (and at least half of the smaller set)
SETTING_SOURCES = 3  # a name this many sources and half of all mention is the setting

# a short form in capitals in brackets right after a capitalised name: "... Pakistan (TTP)"
_SHORT_FORM_AFTER_NAME = re.compile(r".*[A-Z][\w'’-]*\s+\([A-Z][A-Z0-9&-]{1,9}\)$", re.S)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
_VOWELS = str.maketrans("", "", "aeiouy")


@lru_cache(maxsize=65536)  # the briefing's words recur in many sentences: fold each once
def skeleton(word: str) -> str:
    """A word's consonant skeleton: lower case, letters only, first letter kept, later vowels
    (and y) dropped, doubled letters single ("Svyrydenko" -> "svrdnk" = "Sviredenko")."""
    w = re.sub(r"['’]s$", "", word.lower())
    w = re.sub(r"[^a-z]", "", w)
    if not w:
        return ""
    s = w[0] + w[1:].translate(_VOWELS)
    return re.sub(r"(.)\1+", r"\1", s)


@cache
def _calendar() -> frozenset[str]:
    """Month and weekday names (``data/numbers.yaml``): dates are not anchors."""
    data = load_data("numbers.yaml")
    return frozenset(w.lower() for w in [*data["months"], *data["weekdays"]])


def anchors(text: str) -> frozenset[str]:
    """The names and figures of a sentence: capitalised words after its first word (by their
    consonant skeleton) and numbers (digits only), months and weekdays left out. A short form
    in brackets right after a name ("the Tehreek-e-Taliban Pakistan (TTP)") is that name
    again, no anchor of its own (round trialA26): a body named in full with its acronym is
    one shared name, not two."""
    out: set[str] = set()
    for k, m in enumerate(_TOKEN.finditer(text)):
        tok = m.group(0)
        if tok[0].isdigit():
            out.add("#" + re.sub(r"\D", "", tok))
        elif _SHORT_FORM_AFTER_NAME.match(text, max(0, m.start() - 40), m.end() + 1) and (
            m.end() < len(text) and text[m.end()] == ")"
        ):
            continue
        elif k > 0 and tok[0].isupper() and tok.lower() not in _calendar():
            sk = skeleton(tok)
            if len(sk) >= 2:
                out.add(sk)
    return frozenset(out)


@cache
def _actor_words() -> frozenset[str]:
    """Skeletons of the one-word names of the gazetteer's people, organisations and forces
    ("Assad", "Hezbollah", "Kremlin"; data/people.yaml, data/gazetteer.yaml)."""
    return frozenset(
        skeleton(surface)
        for surface, targets in gazetteer().surfaces.items()
        if " " not in surface
        and len(surface) > 2
        and any(t.type in {"organisation", "force", "person"} for t in targets)
    )


@cache
def _title_words() -> frozenset[str]:
    """Skeletons of the title words of data/entity_rules.yaml ("prime", "minister",
    "acting", "general"): a principal actor's title says no more than the name."""
    return frozenset(sk for w in rules().titles for part in w.split() if (sk := skeleton(part)))


@cache
def _place_run() -> re.Pattern[str]:
    """A capitalised run that ends in a place head ("Vendra Reef", "Orlen Island")."""
    heads = "|".join(
        sorted((re.escape(h.capitalize()) for h in rules().place_heads if " " not in h), key=len)[
            ::-1
        ]
    )
    return re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:" + heads + r")(?![\w-])")


@cache
def _demonym() -> tuple[re.Pattern[str], frozenset[str]]:
    """A capitalised word with a demonym's ending before a lower-case word ("Karsian
    ships", "Ostlander boats"; ``demonym_endings`` of data/judgments.yaml), and the English
    function words (data/stopwords.yaml) that make the next word no noun ("Fischer said")."""
    endings = "|".join(re.escape(str(e)) for e in load_data("judgments.yaml")["demonym_endings"])
    pattern = re.compile(r"(?<![\w-])([A-Z][a-z'’-]+(?:" + endings + r"))\s+([a-z][\w-]*)")
    return pattern, frozenset(load_data("stopwords.yaml")["stopwords"]["en"])


def _place_words(text: str) -> set[str]:
    """Skeletons of the words of ``text`` that name a place or a country: in a run ending in
    a place head, a place, a country or a demonym of the gazetteer, or a word shaped as a
    demonym used as one (:func:`_demonym`)."""
    gaz = gazetteer()
    out = {skeleton(w) for m in _place_run().finditer(text) for w in m.group(0).split()}
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if not tok[0].isupper():
            continue
        targets = gaz.surfaces.get(tok, ())
        if tok in gaz.countries_of or any(t.type in {"place", "country"} for t in targets):
            out.add(skeleton(tok))
    pattern, function_words = _demonym()
    out.update(
        skeleton(m.group(1)) for m in pattern.finditer(text) if m.group(2) not in function_words
    )
    return out


class Paraphrases:
    """Similarity of the sentences of one briefing: cosine of their unit embeddings, raised to
    ``ANCHORED`` for anchored paraphrases (module doc).

    ``vectors``: (n, d) unit rows in the order of ``sentences``; ``places``: the names of the
    briefing's places and countries (its entities; the gazetteer and the place heads are
    read besides); ``people``: the names of its persons (its entities), of which the
    principal actors are (:attr:`actors`); ``bodies``: the names of its organisations and
    forces (its entities), principal actors too when as many sources name them; ``published``: source id -> publication date (None: unknown), to tell
    whether two sentences name days of one occasion, within ``occasion_days``; ``parties``:
    the names (and aliases) of the organisations and forces that as many sources name as the
    setting needs, counted by their entity: principal actors whatever the spelling.
    """

    def __init__(
        self,
        sentences: Sequence[Sentence],
        vectors: np.ndarray,
        places: Collection[str] = (),
        published: Mapping[str, dt.date | None] | None = None,
        occasion_days: int = 7,
        people: Collection[str] = (),
        bodies: Collection[str] = (),
        parties: Collection[str] = (),
    ) -> None:
        self.sentences = sentences
        self.people = people
        self.bodies = bodies
        self.parties = parties
        self.vectors = vectors
        self.places = places
        self.published = published or {}
        self.occasion_days = occasion_days

    @cached_property
    def _anchors(self) -> list[frozenset[str] | None]:
        return [None] * len(self.sentences)

    def anchors_of(self, i: int) -> frozenset[str]:
        cache = self._anchors
        found = cache[i]
        if found is None:
            found = cache[i] = anchors(self.sentences[i].text)
        return found

    @cached_property
    def setting(self) -> frozenset[str]:
        """The names of the briefing's setting (module doc): words of places and countries
        that at least ``SETTING_SOURCES`` sources, and at least half of the sources,
        mention. Figures ("#450") and other names (a vessel, a person) are never setting."""
        return self._setting[0]

    @cached_property
    def _setting(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """(:attr:`setting`, every word of a place or country the briefing names, the
        other names as many sources mention: :attr:`actors`)."""
        places = {skeleton(w) for name in self.places for w in name.split()}
        sources_of: dict[str, set[str]] = {}
        everyone: set[str] = set()
        for k, sentence in enumerate(self.sentences):
            everyone.add(sentence.source)
            found = self.anchors_of(k)
            if not found:
                continue
            places |= _place_words(sentence.text)
            for anchor in found:
                if not anchor.startswith("#"):
                    sources_of.setdefault(anchor, set()).add(sentence.source)
        floor = max(SETTING_SOURCES, (len(everyone) + 1) // 2)
        wide = {a for a, seen in sources_of.items() if len(seen) >= floor}
        people = {skeleton(w) for name in self.people for w in name.split()}
        # their titles too ("Prime Minister", "Acting"): every report naming them writes them
        people |= _title_words()
        # and the bodies every report names ("United Nations", "Security Council"): a
        # tribute to UN peacekeepers and a UN toll share them and report two things
        people |= {skeleton(w) for name in self.bodies for w in name.split() if w[:1].isupper()}
        # the bodies that as many sources name as the setting needs, counted by the entity
        # (its spellings and short forms one: "Tehreek-e-Taliban", "Tehrik-i-Taliban", "TTP";
        # round trialA26): a party to the conflict, whichever spelling a source writes
        named = {skeleton(w) for name in self.parties for w in name.split() if w[:1].isupper()}
        return (
            frozenset(wide & places),
            frozenset(places),
            frozenset(((wide & people) | named) - places),
        )

    @cached_property
    def actors(self) -> frozenset[str]:
        """Names that say nothing of which report two sentences are, when the same-occasion
        check cannot tell: the one-word names of the leaders and bodies the gazetteer knows
        ("Assad", "Hezbollah", "Kremlin"), which any report of their conflict may name, and
        the names of the briefing's principal actors: a person's name (``people``) or a
        title word ("Prime", "Minister") that as many sources mention as the setting needs (an acting prime minister every report quotes,
        on the day of a clash and at the truce talks a week later), and a word of a body's
        name (``bodies``: "United Nations", "Security Council") as widely named. A vessel,
        or a person or body that fewer sources name, stays a specific name."""
        return (
            frozenset(a for k in range(len(self.sentences)) for a in self.anchors_of(k))
            & _actor_words()
        ) | self._setting[2]

    def one_occasion(self, i: int, j: int) -> bool | None:
        """What the same-occasion check decides of ``i`` and ``j``: True when their event
        verbs share a class (:func:`briefbook.assessment.occasions.predicate_events`) or both
        name their day (:func:`briefbook.assessment.occasions.occasion_day`) within
        ``occasion_days``, False when both name days further apart, None when it cannot
        tell."""
        si, sj = self.sentences[i], self.sentences[j]
        di = occasion_day(si.text, self.published.get(si.source))
        dj = occasion_day(sj.text, self.published.get(sj.source))
        if di is not None and dj is not None:
            return max((di[0] - dj[1]).days, (dj[0] - di[1]).days, 0) <= self.occasion_days
        if predicate_events(si.text) & predicate_events(sj.text):
            return True
        return None

    def anchored(self, i: int, j: int) -> bool:
        """Whether sentences ``i`` and ``j`` share most of their names and figures. The
        names of the briefing's setting (:attr:`setting`) are left out when the
        same-occasion check cannot tell (:meth:`one_occasion` None) and the two share no
        specific name (one not of a place or a country: a vessel, a person)."""
        a, b = self.anchors_of(i), self.anchors_of(j)
        setting, places, _ = self._setting
        common = setting | self.actors
        if a & b & common and self.one_occasion(i, j) is None:
            specific = {n for n in a & b if not n.startswith("#")} - places - common
            if not specific:
                a, b = a - common, b - common
        shared = len(a & b)
        return shared >= MIN_SHARED and 2 * shared >= min(len(a), len(b))

    def similarity(self, i: int, j: int) -> float:
        """Cosine of ``i`` and ``j``, or ``ANCHORED`` when they are an anchored paraphrase."""
        cos = float(self.vectors[i] @ self.vectors[j])
        if ANCHOR_FLOOR <= cos < ANCHORED and self.anchored(i, j):
            return ANCHORED
        return cos

    def row(self, i: int) -> np.ndarray:
        """Similarity of ``i`` to every sentence, shape (n,)."""
        sims = self.vectors @ self.vectors[i]
        for j in np.flatnonzero((sims >= ANCHOR_FLOOR) & (sims < ANCHORED)).tolist():
            if j != i and self.anchored(i, j):
                sims[j] = ANCHORED
        return sims
