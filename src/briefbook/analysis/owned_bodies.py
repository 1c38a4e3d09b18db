"""Bodies named after their country's possessive: "Kenya's Defence Forces", "China's Eastern
Theatre Command", "Kelvo's Security Media Cell".

One mechanism, :func:`merge_owned_bodies`, reads each such name once ("<country>'s <rest>",
the country a name, alias or demonym of the gazetteer's) and decides what it names:

1. **the national body**: the body the country's name or demonym heads before the same
   words, as the sources or the gazetteer name it ("Kenyan Defence Forces", "Kenya Defence
   Forces"): the possessive name becomes one of its spellings;
2. **the bare body**: otherwise the body by its own name, the country counted apart: the
   bare name's entity when the briefing or the gazetteer names it, else a new one named
   bare ("Security Media Cell"). Not when two countries' possessives come before one name
   ("Russia's Defence Ministry", "Ukraine's Defence Ministry": two bodies), nor before a
   branch of service the gazetteer does not name ("China's Navy": any country has one;
   :func:`is_service`), nor when the bare name is already another country's body or
   another country's name or demonym heads it in the sources ("Haitian National Police"
   beside "Kenya's National Police").

A possessive that names no country ("Ana Ruiz's Office") keeps its reading.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from briefbook.analysis.gazetteer import Gazetteer
from briefbook.analysis.mentions import Discovery, remap_keys
from briefbook.data import load_data

__all__ = ["is_service", "merge_owned_bodies"]

_BODIES = frozenset({"organisation", "force"})
_OWNER = re.compile(r"^([A-Z][\w. -]*?)['\u2019]s\s+(.+)$")


def is_service(name: str) -> bool:
    """Whether ``name`` is a branch of any country's armed forces ("Air Force", "Navy":
    ``force_nouns`` of ``data/entity_rules.yaml``), not a named force ("Southern Command")."""
    return name.lower() in _force_nouns()


@cache
def _force_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["force_nouns"])


def _owner_country(surface: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(country key, the words after the possessive) of a name a country's possessive
    opens ("Kenya's Western Command" -> ("country:kenya"-like key, "Western Command")); None
    for any other name."""
    m = _OWNER.match(surface)
    if m is None:
        return None
    owner, rest = m.groups()
    country = next((t.key for t in gaz.surfaces.get(owner, []) if t.type == "country"), None)
    return None if country is None else (country, rest)


def merge_owned_bodies(state: Discovery, gaz: Gazetteer) -> None:
    """Join every body named after its country's possessive to the body it names (see the
    module's docstring): its national body, else its bare name."""
    discovered, types = state.discovered, state.types
    national: dict[str, str] = {}  # key -> the national body's key
    bare: dict[str, list[tuple[str, str, str]]] = defaultdict(
        list
    )  # rest -> (surface, key, country)
    for surface in sorted(discovered):
        key = discovered[surface]
        if types.get(key) not in _BODIES:
            continue
        owned = _owner_country(surface, gaz)
        if owned is None:
            continue
        country, rest = owned
        target = _national_body(rest, country, state, gaz)
        if target is not None:
            if target != key:
                national[key] = target  # "Haiti's National Police" = "Haitian National Police"
            continue
        if not rest[:1].isupper() or (rest not in gaz.surfaces and is_service(rest)):
            continue  # "China's Navy": any country has one
        if _possessed_key(key, gaz):  # not joined already to another body
            bare[rest].append((surface, key, country))
    remap_keys(state, national)
    remap: dict[str, str] = {}
    for name in sorted(bare):
        owned = bare[name]
        if len({country for _, _, country in owned}) != 1:
            continue  # two countries' bodies of one name
        target = discovered.get(name)
        mine = {key for _, key, _ in owned}
        if target in types and target not in mine and _possessed_key(target, gaz):
            continue  # the bare name is already another country's body ("Kenya's", "Uganda's")
        if target is None or types.get(target) not in _BODIES:
            known = [t for t in gaz.surfaces.get(name, []) if t.type in _BODIES]
            if known:
                target = known[0].key
                types.setdefault(target, known[0].type)
            elif _prefixed_elsewhere(name, owned[0][2], state, gaz):
                continue  # "Zambia's Border Unit" beside "Malawian Border Unit": two bodies
            else:
                target = owned[0][1]
            discovered[name] = target
        surfaces = {surface for surface, _, _ in owned}
        if state.names.get(target) in surfaces:
            state.names[target] = name  # named as the sources name it without the country
        state.names.setdefault(target, name)
        for surface, key, _ in owned:
            del discovered[surface]  # counted as the country plus the body
            if key != target:
                remap[key] = target
    remap_keys(state, remap)


def _country_forms(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """country key -> the surfaces that name it before a body's name: its name, its
    aliases and its demonyms ("Haiti", "Haitian"), longest first."""
    forms: dict[str, list[str]] = defaultdict(list)
    for surface, country in gaz.countries_of.items():
        forms[country].append(surface)
    return {k: tuple(sorted(v, key=lambda s: (-len(s), s))) for k, v in forms.items()}


def _national_body(rest: str, country: str, state: Discovery, gaz: Gazetteer) -> str | None:
    """The key of the body a country's name or demonym heads before ``rest``, as the sources
    or the gazetteer name it ("Haitian National Police", "Kenya Defence Forces"), for the
    same name after the country's possessive ("Haiti's National Police", "Kenya's Defence
    Forces"); None when there is none."""
    for form in gaz.derived("country_forms", _country_forms).get(country, ()):
        name = f"{form} {rest}"
        key = state.discovered.get(name)
        if key is not None and state.types.get(key) in _BODIES:
            return key
        for t in gaz.surfaces.get(name, []):
            if t.type in _BODIES:
                state.types.setdefault(t.key, t.type)
                state.names.setdefault(t.key, gaz.names[t.key][0])
                return t.key
    return None


def _prefixed_elsewhere(rest: str, country: str, state: Discovery, gaz: Gazetteer) -> bool:
    """Whether the sources name a body ``rest`` headed by another country's name or demonym
    ("Haitian National Police" for "Kenya's National Police"): the bare name would join the
    two countries' bodies."""
    forms = gaz.derived("country_forms", _country_forms)
    return any(
        f"{form} {rest}" in state.discovered
        for other, names in forms.items()
        if other != country
        for form in names
    )


def _possessed_key(key: str, gaz: Gazetteer) -> bool:
    """Whether ``key`` is the key of a body named after a country's possessive
    ("force:kenya s western comand")."""
    owner = re.match(r"^(.+?) s \S", key.partition(":")[2])
    return owner is not None and any(
        t.type == "country" for t in gaz.surfaces.get(owner.group(1).title(), [])
    )
