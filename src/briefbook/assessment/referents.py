"""Key judgments that name what they speak of (round kj21).

A source sentence may name a place only by description ("Rebels captured a key eastern city
on Sunday") and the name in a sentence nearby ("Ostra, a railway junction of 90,000, had been
shelled for weeks."). As a key judgment, standing alone, such a sentence tells the reader
nothing they can act on. When the source names the place near the sentence (its paragraph,
or two sentences either side) in a form that ties the name to the kind ("the city
of Ostra", "Ostra, a ... city", "Ostra is a ... town") or names exactly one place there, the
judgment carries the name in square brackets after the description ("a key eastern city
[Ostra]") and cites the sentence that names it; the citation checker
(:func:`~briefbook.assessment.checker.check_statement`) must find the name in what the
judgment cites. Otherwise the sentence is no key judgment and another one is chosen.

A description is a singular place or facility noun of ``referent_kinds``
(data/judgments.yaml) after "a", "an" or "the" and up to three modifiers, in a sentence that
does not look ahead ("could seize a major city" speaks of none in particular). It is named in
its own sentence when a name stands beside it ("the city of Ostra", "the port city, Ravna,",
"Ostra, a key eastern city"), when a definite one follows a place the sentence names ("Shells
hit Ostra, and the city lost power"), or for a kind a country names (``referent_by_country``:
"the Karsian capital", "Karsia's capital").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from briefbook.analysis.numbers import calendar_words
from briefbook.assessment.checker import check_statement
from briefbook.data import load_data
from briefbook.model import Sentence, Statement
from briefbook.text import alternation

__all__ = [
    "Description",
    "name_descriptions",
    "name_nearby",
    "name_operations",
    "operation_named_before",
    "unnamed_descriptions",
]

_NAME = r"(?!(?:The|A|An)\s)[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|de|el))*"
# what may follow a name set off after a description: "a key eastern city, Ostra, on Sunday"
_LINKS = "on|in|at|after|before|late|early|overnight|today|yesterday|last|this"
# a capitalised word right before a description, set off by a comma or a copula: "Ostra, a key
# eastern city", "Ostra is the largest town"
_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<word>[A-Z][\w'’.-]*)\s*(?:,|\s+(?:is|was|remains|became))\s*$"
)
# a modal or future: a sentence that looks ahead speaks of no place in particular; "May"
# in a date ("on Sunday 12 May 2024", as a statement writes its day) is the month
_AHEAD = re.compile(
    r"(?<![\w-])(?:will|would|could|(?<!\d\s)may(?!\s+\d)|might|shall|can|must|should"
    r"|going\s+to)(?![\w-])",
    re.I,
)


@dataclass(frozen=True)
class Description:
    """A place named only by description in a sentence: ``text[start:end]`` ("a key eastern
    city"), its kind ("city"), whether its article is "the" and whether it is a facility
    (``referent_facilities``: named when a name is tied to its kind nearby, else left as
    written)."""

    start: int
    end: int
    kind: str
    definite: bool
    facility: bool = False


@cache
def _lexicon() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """(a description, a compound after its kind, the kinds a country names, a locative
    before a name): ``referent_kinds`` and ``referent_facilities`` (after no word of
    ``referent_modifier_stops``), ``referent_compounds``, ``referent_by_country`` and
    ``referent_locatives`` of data/judgments.yaml."""
    data = load_data("judgments.yaml")
    kinds = alternation(str(w) for w in [*data["referent_kinds"], *data["referent_facilities"]])
    stops = alternation(str(w) for w in data["referent_modifier_stops"])
    description = re.compile(
        rf"(?<![\w'’-])(?P<det>a|an|the)\s+"
        rf"(?:(?!(?:{stops})(?![\w'’-]))[\w'’-]+\s+){{0,3}}?"
        rf"(?P<kind>{kinds})(?![\w'’-])",
        re.I,
    )
    compounds = alternation(str(w) for w in data["referent_compounds"])
    compound = re.compile(rf"\s+(?:{compounds})(?![\w'’-])", re.I)
    locatives = alternation(str(w) for w in data["referent_locatives"])
    return (
        description,
        compound,
        frozenset(str(w).lower() for w in data["referent_by_country"]),
        re.compile(rf"\s+(?:{locatives})\s+(?:the\s+)?(?P<name>{_NAME})"),
    )


@cache
def _facilities() -> frozenset[str]:
    """The facility kinds of a description: ``referent_facilities`` of data/judgments.yaml."""
    return frozenset(str(w).lower() for w in load_data("judgments.yaml")["referent_facilities"])


def _names(text: str, places: Collection[str]) -> list[tuple[int, int, str]]:
    """Where ``text`` names one of ``places``: (start, end, name as written), in order."""
    out = []
    for name in sorted(places, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            if not any(s <= m.start() < e for s, e, _ in out):
                out.append((m.start(), m.end(), m.group(0)))
    return sorted(out)


@cache
def _referent_words() -> tuple[
    frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    """(the ordinary English words of data/ordinary_words.yaml, ``referent_exclusive_kinds``,
    a goal before a name: ``referent_goal_words``, an area noun after it:
    ``referent_area_nouns``, a word that makes an indefinite description no place in
    particular: ``referent_nonspecific``) of data/judgments.yaml (round revB21)."""
    data = load_data("judgments.yaml")
    goals = alternation(str(w) for w in data["referent_goal_words"])
    areas = alternation(str(w) for w in data["referent_area_nouns"])
    nonspecific = alternation(str(w) for w in data["referent_nonspecific"])
    return (
        frozenset(str(w).lower() for w in load_data("ordinary_words.yaml")["words"]),
        frozenset(str(w).lower() for w in data["referent_exclusive_kinds"]),
        re.compile(rf"(?<![\w'’-])(?:{goals})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?$", re.I),
        re.compile(rf"\s+(?:{areas})(?![\w'’-])", re.I),
        re.compile(rf"(?<![\w'’-])(?:{nonspecific})(?![\w'’-])", re.I),
    )


def _opening_word(lead: re.Match[str], before: str, places: Collection[str]) -> bool:
    """Whether the capitalised word before a description (``lead`` of ``_BEFORE`` in
    ``before``) is no name: a word of the calendar, or an ordinary word opening the sentence
    that is none of ``places`` ("Meanwhile, a key eastern city fell", "Overnight, the
    capital was hit"; round revB21)."""
    word = lead.group("word")
    if word.lower() in calendar_words():
        return True
    opening = not before[: lead.start("word")].strip(" \"'“‘(")
    return opening and word not in places and word.lower() in _referent_words()[0]


def unnamed_descriptions(
    text: str, places: Collection[str] = (), countries: Collection[str] = ()
) -> list[Description]:
    """The places ``text`` names only by description ("a key eastern city", "the town"),
    in order; ``places`` and ``countries``: the names (aliases included) of the briefing's
    places and of countries and their peoples ("Karsia", "Karsian")."""
    if _AHEAD.search(text):
        return []
    pattern, compound, by_country, locative = _lexicon()
    named = _names(text, places)
    out: list[Description] = []
    for m in pattern.finditer(text):
        kind = m.group("kind").lower()
        after = text[m.end() :]
        before = text[: m.start()]
        if compound.match(after):
            continue  # "the city council", "the port authority": another thing
        # a name beside it: "the city of Ostra", "the port city Ravna", "the town, Ostra,"
        if re.match(r"(?:\s+of)?\s+[A-Z]", after) or re.match(
            rf",\s+{_NAME}(?=\s*[,.;:]|\s+(?:{_LINKS})\s)", after
        ):
            continue
        # ... or a place beside it: "a fuel depot near Vell", "a town outside Ostra"
        placed = locative.match(after)
        if placed is not None and placed.group("name") not in countries:
            continue
        # ... or before it: "Ostra, a key eastern city", "Ostra is the largest town"
        lead = _BEFORE.search(before)
        if lead is not None and not _opening_word(lead, before, places):
            continue
        # an indefinite one after a negation or "the first time" is no place in particular
        # ("Rebels have never captured a provincial capital"; round revB21)
        if m.group("det").lower() != "the" and _referent_words()[4].search(before):
            continue
        # a definite description after a place its sentence names: "the city" is that place
        if m.group("det").lower() == "the" and any(e <= m.start() for _, e, _ in named):
            continue
        # a kind a country names ("the Karsian capital")
        if kind in by_country and re.search(r"\s[A-Z]", m.group(0)):
            continue
        out.append(
            Description(
                m.start(), m.end(), kind, m.group("det").lower() == "the", kind in _facilities()
            )
        )
    return out


def _tied(text: str, kind: str | None = None) -> list[str]:
    """The names ``text`` ties to a place of ``kind`` (any of ``referent_kinds`` when None):
    "the city of Ostra", "Ostra, a ... city", "Ostra is the largest city", "Kessa airport",
    "the airport at Kessa"; not a place told as a goal ("Refugees fled to the city of
    Brask": ``referent_goal_words``; round revB21). A name ends before a full stop."""
    return [name for name, _ in _tied_at(text, kind)]


def _tied_at(text: str, kind: str | None = None) -> list[tuple[str, int]]:
    """:func:`_tied` with where each tie starts in ``text``."""
    if kind is None:
        k = "(?:" + alternation(str(w) for w in load_data("judgments.yaml")["referent_kinds"]) + ")"
    else:
        k = r"\s+".join(map(re.escape, kind.split()))
    lead = r"(?:[\w'’-]+\s+){0,4}?"
    patterns = [
        re.compile(rf"(?<![\w'’-])(?:the|a|an)\s+{lead}{k}\s+of\s+(?P<name>(?-i:{_NAME}))", re.I),
        re.compile(
            rf"(?<![\w'’-])(?P<name>{_NAME})\s*(?:,|\s+(?:is|was|remains|became))\s+"
            rf"(?:a|an|the)\s+{lead}{k}(?![\w'’-])"
        ),
        # "Kessa airport", "the Vell refinery", "the airport at Kessa"
        re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})\s+{k}(?![\w'’-])"),
        re.compile(rf"(?<![\w'’-])(?:the|a|an)\s+{lead}{k}\s+at\s+(?P<name>(?-i:{_NAME}))", re.I),
    ]
    goal = _referent_words()[2]
    found = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            name = m.group("name").rstrip(".")
            if name.split()[0].lower() in {"the", "a", "an"} or goal.search(text, 0, m.start()):
                continue
            found.append((name, m.start()))
    return found


def _of_country(name: str, countries: Collection[str]) -> bool:
    """Whether ``name`` is a country or its people's word: one of ``countries``, or one of
    them and up to three letters more ("Karsian" of "Karsia")."""
    return name in countries or any(
        name.startswith(c) and len(name) - len(c) <= 3 for c in countries if len(c) > 3
    )


def name_nearby(
    kind: str,
    neighbours: Sequence[str],
    places: Collection[str],
    countries: Collection[str],
    *,
    facility: bool = False,
) -> tuple[str, int] | None:
    """The name of the place of ``kind`` that ``neighbours`` (the sentences near the
    description, nearest first) give: (the name as written, the index of its neighbour).
    A name tied to the kind (:func:`_tied`) in the nearest neighbour that holds one, else
    tied to any kind of place ("Ostra, a railway junction" for a city); else the one place of ``places`` (no country) that the neighbours name, when they name exactly
    one. None when the neighbours name none, or several and tie none to the kind; for a
    ``facility``, None unless a name is tied to its own kind."""
    # a facility only by a name tied to its own kind: "the Vell refinery" is no name of "the
    # airport" beside it. Two names tied nearby are two places: which one the description
    # means is not told (round revB21), and a name tied to another kind of settlement is
    # no name of this one ("Vell, a village" for "a key town": ``referent_exclusive_kinds``)
    _, exclusive, goal, area, _ = _referent_words()
    own = kind.split()[-1].lower()
    others = [] if own not in exclusive else sorted(exclusive - {own})
    for of_kind in (kind,) if facility else (kind, None):
        first: dict[str, int] = {}
        for n, text in enumerate(neighbours):
            unlike = (
                {t for other in others for t in _tied(text, other)} if of_kind is None else set()
            )
            for t in _tied(text, of_kind):
                if not _of_country(t, countries) and t not in unlike:
                    first.setdefault(t, n)
        if len(first) == 1:
            return next(iter(first.items()))
        if len(first) > 1:
            return None
    seen: dict[str, int] = {}
    for n, text in enumerate(neighbours):
        for start, end, name in _names(text, [p for p in places if p not in countries]):
            # a place told as a goal ("Residents fled to Kessa") or by its area ("across
            # Donetsk region") is no name of the town the description tells (round revB21)
            if goal.search(text, 0, start) or area.match(text, end):
                continue
            if name not in {t for other in others for t in _tied(text, other)}:
                seen.setdefault(name, n)
    if len(seen) == 1 and not facility:
        name, n = next(iter(seen.items()))
        return name, n
    return None


def name_descriptions(
    candidates: Mapping[int, Statement],
    sentences: Sequence[Sentence],
    places: Collection[str],
    countries: Collection[str],
    neighbours_of: Callable[[int], Sequence[int]],
) -> tuple[dict[int, Statement], set[int]]:
    """The key-judgment ``candidates`` (sentence index -> statement) that name a place only
    by description: (index -> the statement naming it in square brackets after the
    description and citing the sentence that names it, the indices of those that cannot be
    named). ``neighbours_of(i)``: the indices of the sentences near sentence ``i``, nearest
    first. A name the citation checker does not find in the judgment's cited sentences is
    no name."""
    named: dict[int, Statement] = {}
    unnamed: set[int] = set()
    index = {s.id: n for n, s in enumerate(sentences)}
    countries = frozenset(countries)
    places = [p for p in places if p not in countries]
    for i, statement in candidates.items():
        text = statement.text
        found = unnamed_descriptions(text, places, countries)
        if not found:
            continue
        near = list(neighbours_of(i))
        texts = [sentences[j].text for j in near]
        evidence = list(statement.evidence)
        insertions: list[tuple[int, str, bool]] = []
        missing = False  # a place that must be named (no facility) and is not
        for d in found:
            hit = name_nearby(d.kind, texts, places, countries, facility=d.facility)
            if hit is None:
                missing = missing or not d.facility  # a facility may stay as written
                continue
            name, n = hit
            if sentences[near[n]].id not in evidence:
                evidence.append(sentences[near[n]].id)
            insertions.append((d.end, name, d.facility))
        if missing:
            unnamed.add(i)
            continue
        if not insertions:
            continue
        for end, name, _ in sorted(insertions, reverse=True):
            text = f"{text[:end]} [{name}]{text[end:]}"
        cited = [sentences[index[sid]] for sid in evidence if sid in index]
        result = check_statement(text, cited, likelihood=None, confidence=None, negations=False)
        if any(w in result.unsupported for _, name, _ in insertions for w in name.split()):
            # the checker refuses the name: a place stays nameless, a facility as written
            if not all(facility for _, _, facility in insertions):
                unnamed.add(i)
            continue
        named[i] = replace(statement, text=text, evidence=evidence)
    return named, unnamed


# --- operations named earlier in the source (round front26) ---------------------------------


# capitalised words before an operation's noun that name no actor
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our"})


@cache
def _operation_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a bare operation in a sentence: "the offensive", "the ongoing operation"; an operation
    named: "Operation Desert Hammer"; an offensive named by its actor: "the M23 offensive",
    "Ostland's offensive"), from ``operation_nouns`` and ``operation_bare_modifiers`` of
    data/judgments.yaml."""
    data = load_data("judgments.yaml")
    nouns = alternation(str(w) for w in data["operation_nouns"])
    mods = alternation(str(w) for w in data["operation_bare_modifiers"])
    # ("the operation of the airport" is its working, no operation of war)
    bare = re.compile(
        rf"(?<![\w-])[Tt]he\s+(?:(?:{mods})\s+)?(?P<noun>{nouns})(?![\w-])(?!\s+of\s)"
    )
    named = re.compile(r"(?<![\w-])Operation(?:\s+[A-Z][\w'’-]*){1,4}")
    actor = re.compile(
        rf"(?<![\w'’-])(?P<name>(?:[A-Z][\w-]*(?:['’]s)?\s+){{1,3}}?)(?P<noun>{nouns})(?![\w-])"
    )
    return bare, named, actor


def operation_named_before(noun: str, earlier: Sequence[str]) -> tuple[str, int] | None:
    """The name of the operation the bare ``noun`` ("operation", "offensive") stands for,
    given in ``earlier`` (the sentences of its source before it, nearest first): "Operation
    Desert Hammer" for an operation, the actor's name and the noun for any ("the M23
    offensive": "M23 offensive"), with the index in ``earlier`` of the sentence giving it;
    None when none is named."""
    _, named, actor = _operation_words()
    for n, text in enumerate(earlier):
        if noun.lower() == "operation":
            found = named.search(text)
            if found:
                return found.group(0), n
        for m in actor.finditer(text):
            if m.group("noun").lower() != noun.lower():
                continue
            words = m.group("name").split()
            while words and words[0] in _NOT_NAMES:
                words = words[1:]  # "The Tarsk offensive": the name is "Tarsk"
            if not words:
                continue
            return f"{' '.join(words)} {m.group('noun')}", n
    return None


def name_operations(
    candidates: Mapping[int, Statement],
    sentences: Sequence[Sentence],
) -> dict[int, Statement]:
    """The key-judgment ``candidates`` (sentence index -> statement) that speak of an
    operation only as "the operation" or "the offensive" (``operation_nouns``, after "the"
    and at most one of ``operation_bare_modifiers``: "the ongoing offensive") whose source
    named it earlier ("Operation Desert Hammer", "the M23 offensive"): index -> the statement
    with the name in square brackets after the words ("the offensive [M23 offensive]"),
    citing the sentence that names it. An operation named only after the sentence, or
    never, is left as written (round front26)."""
    bare, _, _ = _operation_words()
    index = {s.id: n for n, s in enumerate(sentences)}
    out: dict[int, Statement] = {}
    for i, statement in candidates.items():
        found = bare.search(statement.text)
        if found is None:
            continue
        source = sentences[i].source
        earlier = [j for j in range(i - 1, -1, -1) if sentences[j].source == source]
        # the statement's own sentence before the words may name it too ("Operation Desert
        # Hammer began on Monday; the operation ..."): then it is named already
        if operation_named_before(found.group("noun"), [statement.text[: found.start()]]):
            continue
        hit = operation_named_before(found.group("noun"), [sentences[j].text for j in earlier])
        if hit is None:
            continue
        name, n = hit
        text = f"{statement.text[: found.end()]} [{name}]{statement.text[found.end() :]}"
        evidence = list(statement.evidence)
        if sentences[earlier[n]].id not in evidence:
            evidence.append(sentences[earlier[n]].id)
        cited = [sentences[index[sid]] for sid in evidence if sid in index]
        result = check_statement(text, cited, likelihood=None, confidence=None, negations=False)
        if any(w in result.unsupported for w in name.split()):
            continue
        out[i] = replace(statement, text=text, evidence=evidence)
    return out
