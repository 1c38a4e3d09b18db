"""Local places named like a country: "the Brazil district" of Rafah, "the districts of
Sarsoureya, Halawat and Brazil", "the Kuwait neighbourhood".

A country's name before a lower-case locality noun, or in a listing after a plural locality
noun and "of", names a place of the town the text speaks of, not the country: in that
sentence only, the surface is that local place (``Discovery.local``), so the country is
not counted there.
"""

from __future__ import annotations

import re

from briefbook.analysis.gazetteer import Gazetteer
from briefbook.analysis.mentions import Discovery
from briefbook.analysis.places import place_key

__all__ = ["local_namesakes"]

# nouns of a part of a town or a small settlement (not "state" or "region": "an Israel
# state official", "the Sahel region")
_LOCAL_NOUNS = "district|neighbourhood|neighborhood|quarter|suburb|village|hamlet|township|ward"
# only in a listing: before the noun they are a deal or a side ("the Ukraine settlement",
# "the Iran camp"), after "of" in a list they are places ("the camps of A, B and Brazil")
_LISTED_ONLY = "settlement|camp"
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_BEFORE_NOUN = re.compile(rf"\b[Tt]he ({_NAME}) (?:{_LOCAL_NOUNS})\b")
_PLURALS = "|".join(
    f"{noun}s" for noun in f"{_LOCAL_NOUNS}|{_LISTED_ONLY}".split("|")
)  # "districts of"
_LISTED = re.compile(rf"\b(?:{_PLURALS}) of ((?:{_NAME}(?:,\s+|,?\s+and\s+))+{_NAME})")
_LIST_JOIN = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+")


def local_namesakes(text: str, d: int, k: int, gaz: Gazetteer, state: Discovery) -> None:
    """Record, for sentence ``k`` of document ``d``, each country name that names a local
    place there (module doc) as the place ``place:<key> (local)`` of that name."""
    names: list[str] = [m.group(1) for m in _BEFORE_NOUN.finditer(text)]
    for m in _LISTED.finditer(text):
        names.extend(_LIST_JOIN.split(m.group(1)))
    for name in names:
        if not any(t.type == "country" and t.alias for t in gaz.surfaces.get(name, [])):
            continue  # "the Lebanese village of X": a demonym, not a namesake
        key = f"place:{place_key(name)} (local)"
        state.types.setdefault(key, "place")
        state.names.setdefault(key, name)
        state.local[(d, k)][name] = (key, name)
