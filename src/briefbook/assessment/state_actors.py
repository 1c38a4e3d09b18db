"""Names that stand for a state where they act: one reading for the citation checker's name
rule (:mod:`briefbook.assessment.checker`) and its actor rule
(:mod:`briefbook.assessment.predicates`).

A state acts through its capital ("Moscow sent troops"), its head of state's seat
(``head_offices`` of ``data/claims.yaml``: "the Kremlin said"), its government's other seats
(``government_seats`` of ``data/state_actors.yaml``: "the Pentagon ordered", "Downing Street
condemned"), its head of state or government where the document names him with his title
and state ("Russian President Vladimir Putin ... Putin ordered": :func:`titled_leaders`), its army
(a force of ``data/gazetteer.yaml`` with its country: "the PLA") and its intelligence and
security services (``data/services.yaml``: "the IRGC struck", "the FSB detained"; not a force
at war with the state's army, ``not_state_bodies``: "the RSF attacked" is not "Sudan
attacked").

Each reader returns spelling as written -> the country's name as ``data/gazetteer.yaml``
writes it ("Pentagon" -> "United States").
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.analysis.gazetteer import gazetteer, whole_names
from briefbook.data import load_data

__all__ = ["body_states", "seat_states", "titled_leaders"]


@cache
def seat_states() -> dict[str, str]:
    """A seat of power -> its country: the head of state's (``head_offices`` of
    data/claims.yaml) and the government's (``government_seats`` of
    data/state_actors.yaml)."""
    out = {str(k): str(v) for k, v in load_data("claims.yaml")["head_offices"].items()}
    for seat, country in load_data("state_actors.yaml")["government_seats"].items():
        out.setdefault(str(seat), str(country))
    return out


@cache
def _leader_patterns() -> tuple[re.Pattern[str], ...]:
    """The shapes of a person named with a head-of-state or head-of-government title and
    its state (:func:`titled_leaders`): group ``state`` the state's name or demonym (a
    country of data/gazetteer.yaml), ``name`` the person's."""
    gaz = gazetteer()
    claims = load_data("claims.yaml")
    titles = [*claims["head_titles"], *load_data("state_actors.yaml")["government_head_titles"]]
    titles = [t for t in titles if t not in ("presidency", "presidential")]
    title = "|".join(re.escape(str(t)) for t in sorted(titles, key=len, reverse=True))
    title = rf"(?i:{title})"
    states = whole_names(gaz.countries_of)
    assert states is not None
    state = rf"(?P<state>{states.pattern})"
    particles = "|".join(
        re.escape(str(p)) for p in load_data("entity_rules.yaml")["name_particles"]
    )
    word = rf"(?:(?:{particles})-)?[A-Z][\w'’-]*"
    name = rf"(?P<name>{word}(?:\s+(?:(?:{particles})\s+)?{word}){{0,3}})"
    return (
        # "Russian President Vladimir Putin", "Iran's supreme leader Ali Khamenei", "Kenya's
        # president, William Ruto"
        re.compile(rf"{state}(?:'s|’s)?\s+{title},?\s+{name}"),
        # "the prime minister of Pakistan, Shehbaz Sharif"
        re.compile(rf"(?<![\w-]){title}\s+of\s+(?:the\s+)?{state},?\s+{name}"),
        # "William Ruto, Kenya's president", "Shehbaz Sharif, the prime minister of Pakistan"
        re.compile(rf"{name},\s+(?:the\s+)?{state}(?:'s|’s)?\s+{title}(?![\w-])"),
        re.compile(rf"{name},\s+(?:the\s+)?{title}\s+of\s+(?:the\s+)?{state}"),
    )


@cache
def _times() -> frozenset[str]:
    """The weekdays and months of data/checker.yaml, lower case: no part of a name."""
    checker = load_data("checker.yaml")
    words = {str(w).lower() for w in checker["weekdays"]}
    for month, forms in checker["months"].items():
        words |= {str(month).lower(), *(str(f).lower() for f in forms)}
    return frozenset(words)


def titled_leaders(text: str) -> dict[str, str]:
    """A person ``text`` names with a head-of-state or head-of-government title (``head_titles``
    of data/claims.yaml, ``government_head_titles`` of data/state_actors.yaml) and a state
    (a country's name or demonym of data/gazetteer.yaml) -> that country's name: his full
    name and his surname as written ("Russian President Vladimir Putin": "Vladimir Putin",
    "Putin" -> Russia; "Kenya's president, William Ruto"; "the prime minister of Pakistan,
    Shehbaz Sharif"; "William Ruto, Kenya's president"). A title after a word of
    ``head_title_not`` ("former", "vice") is no head's; a surname alone names nobody's
    state; a possessive's "'s" and a weekday or month after the name are no part of it."""
    gaz = gazetteer()
    not_before = {str(w).lower() for w in load_data("claims.yaml")["head_title_not"]}
    out: dict[str, str] = {}
    for pattern in _leader_patterns():
        for m in pattern.finditer(text):
            said = re.findall(r"[\w'’-]+", text[max(0, m.start("state") - 30) : m.start("state")])
            if said and said[-1].lower() in not_before:
                continue  # "former Russian President Dmitry Medvedev"
            between = text[m.end("state") : m.end()].lower()
            if any(re.search(rf"\b{re.escape(w)}\b", between) for w in not_before):
                continue  # "Russian Vice President ..."
            country = gaz.names[gaz.countries_of[m.group("state")]][0]
            words = [re.sub(r"['’]s$", "", w) for w in m.group("name").split()]
            while words and words[-1].lower() in _times():
                words.pop()  # "Kenyan President William Ruto Monday said": Ruto
            if not words:
                continue
            full = " ".join(words)
            out.setdefault(full, country)
            out.setdefault(full.split()[-1], country)
    return out


@cache
def body_states() -> dict[str, str]:
    """Every spelling of a state's armed force (a force of data/gazetteer.yaml with its
    country) or of its intelligence or security service (data/services.yaml, except
    ``not_state_bodies``) -> the country."""
    out: dict[str, str] = {}
    for row in load_data("gazetteer.yaml").get("forces", []):
        if len(row) > 3 and row[3]:
            for surface in [row[0], *row[1]]:
                out.setdefault(str(surface), str(row[3]))
    apart = {str(n) for n in load_data("state_actors.yaml").get("not_state_bodies", [])}
    for name, _type, country, aliases in load_data("services.yaml")["services"]:
        if str(name) in apart or not country:
            continue
        for surface in [name, *aliases]:
            out.setdefault(str(surface), str(country))
    return out
