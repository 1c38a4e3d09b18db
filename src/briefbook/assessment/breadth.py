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

__all__ = ["contact_line", "describes_remit", "named_events", "reach", "release_boilerplate"]

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


def reach(
    candidates: Mapping[int, Collection[str]],
    sentences: Sequence[Sentence],
    groups: Mapping[str, str],
) -> dict[int, int]:
    """Candidate index -> the number of independent groups of sources (``groups``: source ->
    its group) that report its event: its own, those of the sentences its statement cites
    (``candidates``: index -> evidence ids, which hold the other sources' sentences that say
    nearly the same), and those of every sentence naming an operation it names."""
    by_id = {s.id: s for s in sentences}
    named: dict[str, set[str]] = {}
    for s in sentences:
        for name in named_events(s.text):
            named.setdefault(name, set()).add(groups.get(s.source, s.source))
    out: dict[int, int] = {}
    for i, evidence in candidates.items():
        own = sentences[i]
        found = {groups.get(own.source, own.source)}
        for sid in evidence:
            if sid in by_id:
                found.add(groups.get(by_id[sid].source, by_id[sid].source))
        for name in named_events(own.text):
            found |= named.get(name, set())
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
