"""How widely an event is reported, and a body's description of its own remit: two readings
of the bottom line's choice (round bluf24).

The freshest source must not take the whole bottom line because the others are older than
the issue's freshness limit: an event most of the independent sources report (a named
military operation) is the principal event of the period. :func:`reach` counts the
independent sources that report a candidate's event: those its statement cites as saying
nearly the same, and those that name the same operation (``named_events`` of
``data/judgments.yaml``). :func:`describes_remit` finds a press release's boilerplate about
the issuing body ("The Office of Sanctions Control administers and enforces ..."), which is
never a key judgment.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache

from briefbook.analysis.gazetteer import gazetteer
from briefbook.data import load_data
from briefbook.model import Sentence
from briefbook.text import alternation

__all__ = [
    "contact_line",
    "describes_remit",
    "named_events",
    "opening_of",
    "reach",
    "release_boilerplate",
]

_NAME_WORD = r"[A-Z][\w'’-]*"


@cache
def _event_names() -> re.Pattern[str]:
    data = load_data("judgments.yaml")["named_events"]
    before = alternation(str(w) for w in data["before"])
    after = alternation(str(w) for w in data["after"])
    return re.compile(
        rf"(?<![\w-])(?:(?:{before})\s+((?:{_NAME_WORD})(?:\s+{_NAME_WORD}){{0,3}})"
        rf"|((?:{_NAME_WORD}\s+){{1,3}})(?:{after}))(?![\w-])"
    )


def named_events(text: str) -> frozenset[str]:
    """The named operations ``text`` names, as their name's words in lower case ("Operation
    Iron Lantern" and "the Iron Lantern operation"'s "Operation Iron Lantern" -> "iron
    lantern"; "the Vell Offensive" -> "vell"). A side's name before the head is no
    operation's ("the Russian Offensive", "the Ukrainian Counteroffensive": a country, its
    demonym), nor is a head in a headline's capitals ("Summer Campaign Stalls In Donbas":
    no lower-case word over three letters) (revB24)."""
    out: set[str] = set()
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if len(words) >= 4 and not any(w[0].islower() and len(w) > 3 for w in words):
        return frozenset()  # a headline in title case: every word but the short ones capitalised
    sides = gazetteer().countries_of
    for m in _event_names().finditer(text):
        name = re.sub(r"^(?:the|a|an)\s+", "", (m.group(1) or m.group(2) or "").strip(), flags=re.I)
        if m.group(2) and name and all(w in sides for w in name.split()):
            continue  # "the Russian Offensive": a side's, no name
        if name:
            out.add(" ".join(name.split()).lower())
    return frozenset(out)


@cache
def _opening() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_data("judgments.yaml")

    def words(ws: Collection[str], escape: bool = True) -> re.Pattern[str]:
        alt = "|".join(
            re.escape(str(w)) if escape else str(w) for w in sorted(ws, key=len, reverse=True)
        )
        return re.compile(rf"(?<![\w'’-])(?:{alt})(?![\w'’-])", re.I)

    return (
        words(data["opening_verbs"]),
        words(data["opening_attacks"]),
        words(data["opening_not"], escape=False),
        words(data["opening_launches"]),
    )


def opening_of(text: str) -> str | None:
    """The opening strikes ``text`` tells, as "opening:<striker>><struck>" (the first two
    countries the gazetteer knows in it, in order: "The war began when Kelvania struck
    Ostland" -> "opening:country:Kelvania>country:Ostland" for known countries), or None: an
    opening verb (``opening_verbs`` of data/judgments.yaml, or ``opening_launches`` beside a
    named operation: :func:`named_events`) and an attack word (``opening_attacks``), no
    retaliation (``opening_not``) (round front25)."""
    verbs, attacks, nots, launches = _opening()
    opens = verbs.search(text) or (launches.search(text) and named_events(text))
    if not (opens and attacks.search(text)) or nots.search(text):
        return None
    countries = gazetteer().countries_of
    order: list[str] = []
    for m in re.finditer(r"[A-Z][\w'’.-]*", text):
        word = re.sub(r"(?:['’]s|\.)$", "", m.group(0))
        country = countries.get(word)
        if country and country not in order:
            order.append(country)
    return f"opening:{order[0]}>{order[1]}" if len(order) >= 2 else None


def _event_keys(text: str) -> set[str]:
    keys = set(named_events(text))
    opening = opening_of(text)
    if opening:
        keys.add(opening)
    return keys


def reach(
    candidates: Mapping[int, Collection[str]],
    sentences: Sequence[Sentence],
    groups: Mapping[str, str],
) -> dict[int, int]:
    """Candidate index -> the number of independent groups of sources (``groups``: source ->
    its group) that report its event: its own, those of the sentences its statement cites
    (``candidates``: index -> evidence ids, which hold the other sources' sentences that say
    nearly the same), those of every sentence naming an operation it names, and those of
    every sentence telling the war's opening strikes it tells (:func:`opening_of`); an
    operation and the opening that one sentence names together are one event (round
    front25: "Kelvania launched Operation Iron Lantern against Ostland" ties the sources
    naming the operation to those telling how the war began)."""
    by_id = {s.id: s for s in sentences}
    keys_at = [_event_keys(s.text) for s in sentences]
    # the keys one sentence names together are one event
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for keys in keys_at:
        first, *rest = sorted(keys) or [None]
        for key in rest:
            parent[root(key)] = root(first)  # type: ignore[arg-type]
    named: dict[str, set[str]] = {}
    for s, keys in zip(sentences, keys_at, strict=True):
        for key in keys:
            named.setdefault(root(key), set()).add(groups.get(s.source, s.source))
    out: dict[int, int] = {}
    for i, evidence in candidates.items():
        own = sentences[i]
        found = {groups.get(own.source, own.source)}
        for sid in evidence:
            if sid in by_id:
                found.add(groups.get(by_id[sid].source, by_id[sid].source))
        for key in keys_at[i]:
            found |= named.get(root(key), set())
        out[i] = len(found)
    return out


@cache
def _remit() -> re.Pattern[str]:
    data = load_data("judgments.yaml")
    bodies = alternation(str(w) for w in data["remit_bodies"])
    verbs = sorted((str(w) for w in data["remit_verbs"]), key=lambda w: (-len(w), w))
    verb = "|".join(r"\s+".join(map(re.escape, v.split())) for v in verbs)
    # the subject: up to eight words from the sentence's start, one of them a body's head
    # written as a name; then (after an optional "also", "currently") the remit verb
    return re.compile(
        rf"^\W*(?:the\s+)?(?:[\w'’&.,-]+\s+){{0,7}}?(?-i:(?:{bodies}))(?:['’]s)?"
        rf"(?:\s+(?:of|for|on|and)\s+(?:the\s+)?(?:[\w'’&.-]+\s+){{0,4}}?)?"
        rf"(?:\s+[\w'’&.-]+){{0,4}}?\s+(?:also\s+|currently\s+|now\s+)?(?:{verb})(?![\w-])",
        re.IGNORECASE,
    )


def describes_remit(text: str) -> bool:
    """Whether ``text`` is a body describing its own standing mission ("The Office of
    Sanctions Control administers and enforces economic sanctions programs", "The
    Department's mission is to ..."): a subject naming a body (``remit_bodies``) before a
    remit verb (``remit_verbs``) and no figure in the sentence (a dated act with its
    numbers is news)."""
    if re.search(r"\d", text):
        return False
    return _remit().search(text) is not None


@cache
def _contact_lines() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(str(p), re.IGNORECASE) for p in load_data("judgments.yaml")["contact_lines"]
    )


def contact_line(text: str) -> bool:
    """Whether ``text`` is a release's contact or "more information" line (``contact_lines``
    of data/judgments.yaml: "Press inquiries: ...", "More information on the programme is
    available on the ministry website")."""
    return any(p.search(text) for p in _contact_lines())


def release_boilerplate(text: str) -> bool:
    """A press release's boilerplate, never a key judgment: a body's description of its own
    remit (:func:`describes_remit`) or a contact line (:func:`contact_line`)."""
    return describes_remit(text) or contact_line(text)
