"""Armed actors by their job in the sentence (issue 12; rounds forces25, armed26).

Round armed26 made the name decide the type (:mod:`briefbook.analysis.armed_names`): an
armed group named without an armed head noun ("the Dosso Front", "Kel Varrow") stays an
organisation however it fights; one whose name has such a noun ("the Dosso Army") is a
force. :func:`armed_bodies` still reads the armed job below, and retypes as a force only a
discovered organisation (one the gazetteer does not list: a listed row says what it is)
whose name has an armed head noun, when one sentence of the briefing, not a credit or a
biography, writes one of its names

1. before a noun of armed men (``member_nouns`` of ``armed_actor_cues`` in
   ``data/entity_rules.yaml``: "Kel Varrow fighters", "the Dosso Front's gunmen"), or after
   one and "of"/"from"/"belonging to"/"loyal to" ("fighters of the Dosso Front");
2. after an armed label, with or without "known as" ("an armed group known as Mbeli Nkoro",
   "the rebel coalition Vey Kanpo"), or before one in an apposition ("Mbeli Nkoro, a militia
   that ...");
3. as the subject of an armed deed (``deed_verbs``: "the Dosso Front stormed the post",
   "the Dosso Front has repeatedly attacked", "... launched an offensive") or after a phrase
   of fighting ("clashed with", "attacked by", "surrendered to", "clashes between"),
   in a sentence that tells of fighting (``context_words`` or another force named there):
   "clashed with the Treasury over the budget" is no fight.

A name that holds a word of an unarmed body (``unarmed_words``: police, ministry, court,
outlets' words) never changes: "the National Police clashed with gunmen" is the police.

The other way, :func:`civil_bodies`: a name typed a force by its head word alone ("Tarsa
Rangers", "Kelvo Green Brigade") that a sentence shows as a sports side or a band of
volunteers is an organisation. Beside them: :func:`numbered_unit` keeps a unit's number
across a home town in brackets ("51st (Tajoura) Infantry Brigade"), :func:`member_led`
drops a noun of armed men opening the name ("Gunmen of the X Alliance"), and
:func:`lower_services` makes "the Chinese coast guard" a force of its own.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.analysis.armed_names import armed_type
from briefbook.analysis.gazetteer import Gazetteer
from briefbook.analysis.mentions import Discovery, entity_key
from briefbook.analysis.names import Found
from briefbook.data import load_data
from briefbook.text.normalise import alternation

__all__ = ["armed_bodies", "civil_bodies", "lower_services", "member_led", "numbered_unit"]


@cache
def _cues() -> dict[str, list[str]]:
    data = load_data("entity_rules.yaml")["armed_actor_cues"]
    return {k: [str(w) for w in v] for k, v in data.items()}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    c = _cues()
    members = alternation(c["member_nouns"])
    labels = alternation(c["labels"])
    # "X, a militia leader": the leader, a person (round trialB26)
    posts = alternation(str(w) for w in load_data("apposition_cues.yaml")["person_after_label"])
    aux = (
        r"(?:(?:has|have|had|was|were|also|then|later|again|reportedly|allegedly|[a-z]+ly)\s+){0,2}"
    )
    return {
        # strong: "X fighters", "X's gunmen", "X, a militia", "fighters of X", "an armed
        # group known as X"
        "member_after": re.compile(
            rf"^(?:['\u2019]s|['\u2019\"\u201d])?\s+(?:{members})(?![\w-])", re.I
        ),
        "label_after": re.compile(
            rf"^\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{labels})(?![\w-])"
            rf"(?!(?:['’]s)?\s+(?:{posts})(?![\w-]))",
            re.I,
        ),
        "member_before": re.compile(
            rf"(?<![\w-])(?:{members})\s+(?:of|from|belonging\s+to|loyal\s+to)\s+(?:the\s+)?$",
            re.I,
        ),
        "label_before": re.compile(
            rf"(?<![\w-])(?:{labels})\s*,?\s+(?:(?:known\s+as|called|named|calling\s+itself)\s+)?"
            r"(?:the\s+)?[\"'\u201c\u2018]?$",
            re.I,
        ),
        # in a sentence of fighting: "X stormed", "X launched an offensive", "clashed with X"
        "deed_after": re.compile(
            rf"^(?:['\u2019]s\s+[\w-]+)?\s+{aux}(?:{alternation(c['deed_verbs'])})(?![\w-])"
            rf"|^\s+{aux}launched\s+(?:(?:an?|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{alternation(c['deed_nouns'])})(?![\w-])",
            re.I,
        ),
        # a possessive may stand before the name: "clashes with the Kelvo Front's 5th Unit"
        "fight_before": re.compile(
            rf"(?<![\w-])(?:{alternation(c['fight_phrases'])})\s+(?:the\s+)?"
            r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['\u2019]s\s+)?$",
            re.I,
        ),
        # either side of a fight: "fighting between the Kelvo Front and the Dosso Army"
        "sides": re.compile(
            rf"(?<![\w-])(?:{alternation(c['fight_nouns'])})\s+(?:[\w-]+\s+){{0,4}}?between\s+"
            r"(?:[^.;:]{1,100}?\s+and\s+)?(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['\u2019]s\s+)?$",
            re.I,
        ),
        "context": re.compile(rf"(?<![\w-])(?:{alternation(c['context_words'])})(?![\w-])", re.I),
    }


_OF_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]+\s+(?:of|from)\s+(?:the\s+)?$")


def _armed_here(text: str, start: int, end: int, other_force: bool) -> bool:
    """Whether the name at ``text[start:end]`` is in an armed actor's job there;
    ``other_force``: another force is named in the sentence."""
    p = _patterns()
    head, tail = text[max(0, start - 160) : start], text[end : end + 80]
    if p["member_before"].search(head) or p["label_before"].search(head):
        return True
    if p["member_after"].match(tail) or p["label_after"].match(tail):
        return True
    fought = p["fight_before"].search(head) or p["sides"].search(head)
    # "Supporters of the Kelvo Alliance attacked ...": the deed is the supporters'
    owned = _OF_BEFORE.search(head) is not None
    if (p["deed_after"].match(tail) and not owned) or fought:
        return other_force or p["context"].search(text) is not None
    return False


def armed_bodies(
    state: Discovery, texts: list[list[str]], noise: list[list[str | None]], gaz: Gazetteer
) -> None:
    """Retype in ``state`` the discovered organisations that ``texts`` (per document, its
    sentences; ``noise`` marks credits and biographies) show in an armed actor's job; a
    name of the gazetteer keeps its row's type."""
    unarmed = {w.lower() for w in _cues()["unarmed_words"]}
    surfaces: dict[str, list[str]] = {}
    listed: set[str] = set()  # a listed body: its row says what it is
    for surface, key in state.discovered.items():
        if state.types.get(key) == "organisation" and (
            surface[:1].isupper() or surface[:1].isdigit()
        ):
            if surface in gaz.surfaces:
                listed.add(key)
            surfaces.setdefault(key, []).append(surface)
    if not surfaces:
        return
    forces = [s for s, k in state.discovered.items() if state.types.get(k) == "force"]
    forces += _listed_forces(gaz)
    force_rx = re.compile(
        rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(set(forces), key=len, reverse=True)))})"
        r"(?![\w-])"
    )
    armed: set[str] = set()
    for key, names in surfaces.items():
        if key in listed or any(
            w.lower() in unarmed for n in names for w in re.findall(r"[\w'-]+", n)
        ):
            continue
        rx = re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})"
            r"(?![\w-])"
        )
        for d, doc in enumerate(texts):
            for k, text in enumerate(doc):
                if noise[d][k] or key in armed:
                    continue
                for m in rx.finditer(text):
                    rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
                    other = bool(force_rx.search(rest) or gaz.demonym_force.search(rest))
                    if _armed_here(text, m.start(), m.end(), other):
                        armed.add(key)
                        break
    for key in armed:
        # the name decides (issue 12, round armed26): a force only when a name of it has an
        # armed head noun; "the Kelvo Front stormed the post" leaves an organisation
        if any(armed_type(name) == "force" for name in surfaces[key]):
            state.types[key] = "force"


def lower_services(
    state: Discovery, texts: list[list[str]], noise: list[list[str | None]], gaz: Gazetteer
) -> None:
    """A service a country's demonym, short form or possessive names in lower case
    (``lower_services``: "the Chinese coast guard", "Burkina's coast guard") is a force of
    its own, one per country and service, named as first written; not where the briefing
    names the body itself with the country's name ("China Coast Guard": that body's
    spelling, :mod:`briefbook.analysis.initials`)."""
    services = alternation(_cues()["lower_services"])
    owners = "|".join(map(re.escape, sorted(gaz.adjectives, key=len, reverse=True)))
    rx = re.compile(rf"(?<![\w-])({owners})\s+({services})(?![\w-])")
    named = {s.lower() for s in state.discovered}
    for d, doc in enumerate(texts):
        for k, text in enumerate(doc):
            if noise[d][k]:
                continue
            for m in rx.finditer(text):
                country = gaz.adjectives[m.group(1)][2]
                name = gaz.names[country][0]
                service = " ".join(m.group(2).split())
                if f"{name} {service}".lower() in named:
                    continue
                key = entity_key("force", f"{country} {service}")
                state.add(m.group(0), key, "force", d)


_NUMBER_IN_BRACKETS = re.compile(
    r"(?<![\w-])(\d{1,4}(?:st|nd|rd|th)?)\s+\([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\)\s+$"
)


def numbered_unit(f: Found, text: str) -> Found:
    """The unit ``f`` with its number when a home town in brackets stands between them:
    "Infantry Brigade" of "the 51st (Tajoura) Infantry Brigade" is "51st (Tajoura) Infantry
    Brigade" (``numbered_unit_heads`` of ``data/entity_rules.yaml`` its last word), so that
    units of one kind stay apart; any other span as it is."""
    if f.type != "force" or f.name.split()[-1].lower() not in _unit_heads():
        return f
    m = _NUMBER_IN_BRACKETS.search(text, max(0, f.start - 40), f.start)
    if m is None:
        return f
    return Found(m.start(), f.end, "force", " ".join(text[m.start() : f.end].split()))


@cache
def _unit_heads() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["numbered_unit_heads"])


_LISTED: dict[int, list[str]] = {}


def _listed_forces(gaz: Gazetteer) -> list[str]:
    """The gazetteer's spellings of forces (once per gazetteer)."""
    if id(gaz) not in _LISTED:
        _LISTED.clear()
        _LISTED[id(gaz)] = sorted(
            s for s, targets in gaz.surfaces.items() if any(t.type == "force" for t in targets)
        )
    return _LISTED[id(gaz)]


def civil_bodies(
    state: Discovery, texts: list[list[str]], noise: list[list[str | None]], gaz: Gazetteer
) -> None:
    """Retype in ``state`` as organisations the forces the rules named by a force's head
    word ("Rangers", "Brigade") that a sentence shows in a civilian job (``civil_cues`` of
    ``data/entity_rules.yaml``): a sports side ("the Tarsa Rangers beat Kelvo United 2-1",
    a score or a sports word in the sentence) or a band of volunteers ("the Kelvo Green
    Brigade of volunteers planted trees"). A force the gazetteer lists, a country's forces
    and a unit with a number ("the 5th Brigade won the battle") keep their type."""
    cues = load_data("entity_rules.yaml")["civil_cues"]
    sports = re.compile(
        rf"(?<![\w-])(?:{alternation([str(w) for w in cues['sports_words']])})(?![\w-])"
        r"|(?<![\w.-])\d{1,2}-\d{1,2}(?![\w.-])",
        re.I,
    )
    deeds = re.compile(
        rf"\s+(?:{alternation([str(w) for w in cues['sports_verbs']])})(?![\w-])", re.I
    )
    members = re.compile(
        rf"\s+of\s+(?:{alternation([str(w) for w in cues['volunteer_nouns']])})(?![\w-])", re.I
    )
    match_side = re.compile(
        rf"(?<![\w-])(?:{alternation([str(w) for w in cues['sports_before']])})\s+(?:the\s+)?$",
        re.I,
    )
    any_deed = re.compile(deeds.pattern.removeprefix(r"\s+"), re.I)
    helps = re.compile(
        rf"\s+(?:(?:has|have|had|also|then|later)\s+)?"
        rf"(?:{alternation([str(w) for w in cues['volunteer_verbs']])})(?![\w-])",
        re.I,
    )
    fight = re.compile(rf"(?<![\w-])(?:{alternation(_cues()['context_words'])})(?![\w-])", re.I)

    def civil_job(text: str, m: re.Match[str]) -> bool:
        if members.match(text, m.end()):
            return True
        if sports.search(text) and (
            deeds.match(text, m.end())
            or (match_side.search(text[: m.start()]) and any_deed.search(text))
        ):
            return True
        rest = text[: m.start()] + " " + text[m.end() :]  # the name's own head is no fight
        return bool(helps.match(text, m.end())) and not fight.search(rest)

    keys: dict[str, list[str]] = {}
    for surface, key in state.discovered.items():
        if state.types.get(key) != "force" or surface in gaz.surfaces:
            continue
        if re.search(r"\d", surface) or surface.split()[-1].lower() not in _heads():
            continue
        keys.setdefault(key, []).append(surface)
    for key, names in keys.items():
        rx = re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})"
            r"(?![\w-])"
        )
        civil = any(
            civil_job(text, m)
            for d, doc in enumerate(texts)
            for k, text in enumerate(doc)
            if not noise[d][k]
            for m in rx.finditer(text)
        )
        if civil:
            state.types[key] = "organisation"


@cache
def _heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["force_heads"])


def member_led(f: Found) -> Found:
    """The body ``f`` without the noun of armed men that opens a sentence before it:
    "Gunmen of the Marvo Defence Alliance killed ..." names the Marvo Defence Alliance
    (``member_nouns`` of ``armed_actor_cues``; "of", "from" and "the" between)."""
    if f.type not in {"organisation", "force"}:
        return f
    m = re.match(
        rf"(?:{alternation(_cues()['member_nouns'])})\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z0-9])",
        f.name,
        re.I,
    )
    if m is None or m.end() >= len(f.name):
        return f
    return Found(f.start + m.end(), f.end, f.type, f.name[m.end() :])
