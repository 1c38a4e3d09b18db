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
def _opening() -> tuple[re.Pattern[str], ...]:
    data = load_data("judgments.yaml")

    def words(ws: Collection[str], escape: bool = True, flags: int = re.I) -> re.Pattern[str]:
        alt = "|".join(
            re.escape(str(w)) if escape else str(w) for w in sorted(ws, key=len, reverse=True)
        )
        return re.compile(rf"(?<![\w'’-])(?:{alt})(?![\w'’-])", flags)

    return (
        words(data["opening_verbs"]),
        words(data["opening_attacks"]),
        words(data["opening_not"], escape=False),
        words(data["opening_launches"]),
        words(data["opening_wars"]),
        words(data["opening_again"], flags=0),
    )


# a word between an opening verb and the attack it opens that makes the attack an earlier
# event's ("talks began after the strikes", "trade began to recover after the attacks")
_OPENING_GAP = re.compile(
    r"(?<![\w'’-])(?:after|since|following|amid|despite|before|by\s+the)(?![\w'’-])", re.I
)
# what may follow an opening verb whose subject is the war or the attack: a time, a clause,
# a manner ("The strikes began on 13 June", "began when", "started with"); an object ("the
# strikes started a fire") or an infinitive ("began to recover") is another verb's sense
_AFTER_INTRANSITIVE = re.compile(
    r"\s*(?:[,.;:]|$|(?:on|in|at|when|with|early|late|shortly|just|after|as|overnight|before|last|this|in)\b)",
    re.I,
)


def _opens(text: str) -> re.Match[str] | None:
    """The opening verb of ``text`` that opens the fighting: the war or an attack its subject
    ("The war began on 13 June", "Israeli strikes on Iran began at dawn"), or an attack or the
    war its object within a few words ("Azerbaijan initiated an offensive", "India started the
    war by striking"), no earlier event's between ("talks began after the strikes")
    (round revA25)."""
    verbs, attacks, _, _, wars, _ = _opening()
    for m in verbs.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()].split()[-4:]
        subject = " ".join(before)
        if (wars.search(subject) or attacks.search(subject)) and _AFTER_INTRANSITIVE.match(
            text, m.end()
        ):
            return m
        after = text[m.end() :].split()[:7]
        for k in range(len(after)):
            head = " ".join(after[: k + 1])
            if _OPENING_GAP.search(head):
                break
            if attacks.fullmatch(after[k].strip(",.;:")) or wars.fullmatch(after[k].strip(",.;:")):
                return m
    return None


_STRUCK_BEFORE = re.compile(
    r"(?<![\w'’-])(?:on|against|in|into|at|of|over|toward|towards|across)\s+(?:the\s+)?$", re.I
)


def _countries_in_order(text: str) -> list[tuple[int, str]]:
    """The countries the gazetteer knows in ``text`` with their offsets, in order, a two-word
    name before its words ("South Sudan" before "Sudan")."""
    countries = gazetteer().countries_of
    tokens = list(re.finditer(r"[A-Z][\w'’.-]*", text))
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(tokens):
        m = tokens[k]
        pair = None
        if k + 1 < len(tokens) and text[m.end() : tokens[k + 1].start()] == " ":
            pair = re.sub(r"(?:['’]s|\.)$", "", f"{m.group(0)} {tokens[k + 1].group(0)}")
        if pair and pair in countries:
            out.append((m.start(), countries[pair]))
            k += 2
            continue
        word = re.sub(r"(?:['’]s|\.)$", "", m.group(0))
        if word in countries:
            out.append((m.start(), countries[word]))
        k += 1
    return out


def opening_of(text: str) -> str | None:
    """The opening strikes ``text`` tells, as "opening:<striker>><struck>" (two countries the
    gazetteer knows in it: the one right before the opening verb strikes, else the first
    named: "The war began when Kelvania struck Ostland" -> "opening:country:Kelvania>
    country:Ostland" for known countries; "Ostland said Kelvania started the war" the same),
    or None: an opening verb that opens the fighting (``opening_verbs`` of data/judgments.yaml
    with the war or an attack word, ``opening_wars``, ``opening_attacks``: :func:`_opens`;
    or ``opening_launches`` beside a named operation: :func:`named_events`), no retaliation
    (``opening_not``) and no renewed attack ("a new wave of strikes", ``opening_again``)
    (round front25, revA25)."""
    _, attacks, nots, launches, _, again = _opening()
    opened = _opens(text)
    launch = launches.search(text)
    named = launch if launch and named_events(text) else None
    if not ((opened or named) and attacks.search(text)) or nots.search(text) or again.search(text):
        return None
    order: list[str] = []
    found = _countries_in_order(text)
    verb_at = opened.start() if opened else (named.start() if named else 0)
    # the country right before the opening verb strikes ("Pakistan said India started ...")
    # ... not the struck one an attack's subject names ("India's strikes on Pakistan began")
    near = [
        c
        for at, c in found
        if at < verb_at
        and len(text[at:verb_at].split()) <= 2
        and not _STRUCK_BEFORE.search(text, 0, at)
    ]
    order += near[-1:]
    for _, country in found:
        if country not in order:
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
