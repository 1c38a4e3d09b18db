"""Transliteration variants of a town's name against the city index.

Sources spell one Arabic, Persian or Turkish town several ways ("Sheikh Zuwayed", GeoNames
"Sheikh Zuweid", "Sheikh Zuwaid"; "Khan Younis", "Khan Yunis"). :func:`city_variant` finds the
one town of the city index (:func:`~briefbook.analysis.places.city_index`) that a name spells
with other vowels of one sound inside its words (ou/u, ei/ey/ay, e/i) or with "kh" for "h"
and "q" for "k", at most two such changes (a word's opening vowel is kept, and its opening
"h" never becomes "kh"); a one-word name only for a town of 20,000 people or more whose own
name it spells (short names have many neighbours: "Soviet" is not the village of Sovet,
"Gitenga" not "Getinga", an alternate name of Gottingen). The index (GeoNames names, and
the ASCII alternate names of cities of 25,000 or more) is searched by bisection with
prefix pruning, no second index built: a few hundred lookups of the sorted index per name
at most, only for a name the index does not hold as written. When two different towns
answer, the name is ambiguous: None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefbook.analysis.gazetteer import gazetteer
from briefbook.analysis.places import (
    alternate_only,
    area_index,
    city_index,
    city_population,
    place_key,
)

__all__ = ["city_variant", "dateline_place", "is_dateline_place", "is_dateline_town"]

# vowel runs of a place_key ("y" is "i" there, doubled letters are single) that sources
# write for one sound: e/i/ei/ey/ay ("Zuweid", "Zuwayed", "Zuwaid"), u/ou ("Younis", "Yunis")
_VOWEL_CLASSES = (
    frozenset(["e", "i", "ei", "ai", "ie", "aie", "eie"]),
    frozenset(["u", "ou"]),
)
_CONSONANT_SWAPS = {"kh": ("h",), "h": ("kh",), "q": ("k",), "k": ("q",)}
_UNITS = re.compile(r"[aeiou]+|kh|[a-z0-9]| ")
_MAX_CHANGES = 2
_ONE_WORD_FROM = 20_000  # people: a one-word variant names only a town this large
_MIN_LETTERS = 5  # shorter names have too many neighbours ("Homs", "Gaza")


def _units(key: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each unit of ``key`` with the spellings it may take: a vowel run inside a word the
    other runs of its class (:data:`_VOWEL_CLASSES`), "kh"/"h" and "q"/"k" each other, the
    rest itself."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for m in _UNITS.finditer(key):
        unit = m.group(0)
        first = m.start() == 0 or key[m.start() - 1] == " "
        if unit[0] in "aeiou" and not first:
            same = next((c for c in _VOWEL_CLASSES if unit in c), frozenset())
            out.append((unit, tuple(sorted(same - {unit}))))
        else:
            out.append((unit, _CONSONANT_SWAPS.get(unit, ()) if not first or unit != "h" else ()))
    return out


@lru_cache(maxsize=4096)
def city_variant(name: str) -> str | None:
    """The city-index key of the one town ``name`` spells another way ("Sheikh Zuwayed" ->
    "sheikh zuwaid"), or None: when ``name`` is itself a key of the index, has fewer than
    five letters, or two different towns answer."""
    key = place_key(name)
    cities = city_index()
    if sum(c.isalpha() for c in key) < _MIN_LETTERS or cities.get(key):
        return None
    units = _units(key)
    found: dict[str, str] = {}  # GeoNames name -> key

    has_prefix = cities.has_prefix

    def walk(i: int, prefix: str, changes: int) -> None:
        if len(found) > 1:
            return
        if i == len(units):
            if changes and (town := cities.get(prefix)):
                found.setdefault(town, prefix)
            return
        unit, options = units[i]
        if has_prefix(prefix + unit):
            walk(i + 1, prefix + unit, changes)
        if changes < _MAX_CHANGES:
            for other in options:
                if has_prefix(prefix + other):
                    walk(i + 1, prefix + other, changes + 1)

    walk(0, "", 0)
    if len(found) != 1:
        return None
    variant = next(iter(found.values()))
    if " " not in key and (city_population(variant) < _ONE_WORD_FROM or alternate_only(variant)):
        return None  # "Gitenga" is not Getinga, an alternate name of Gottingen
    return variant


def dateline_place(surface: str) -> str | None:
    """The entity key of the place a dateline names ("HAKKARI", "SHEIKH ZUWAYED", "Geneva"),
    title-cased and looked up in the gazetteer's places, the city index and its
    transliteration variants; None for any other name ("NATO", "Russia": a country is no
    filing place of a bare dateline, and a name the gazetteer gives another type)."""
    gaz = gazetteer()
    name = " ".join(w[:1].upper() + w[1:].lower() for w in surface.split())
    surface = " ".join(surface.split())
    if any(t.type != "place" for s in (surface, name) for t in gaz.surfaces.get(s, [])):
        return None  # "NATO", "Russia", "Hamas": a body, a country
    key = place_key(name)
    if known := gaz.place_keys.get(key):
        return known
    if town := city_index().get(key):
        # "Addis Abeba", an alternate name of the city the gazetteer lists as Addis Ababa:
        # the gazetteer's record, as the same name in the text is (round trialB27)
        return gaz.place_keys.get(place_key(town)) or f"place:{key}"
    variant = city_variant(name)
    return f"place:{variant}" if variant else None


def is_dateline_place(surface: str) -> bool:
    """Whether a bare dateline's name is a known place (:func:`dateline_place`): the test
    :func:`briefbook.text.strip_dateline` takes to cut "Geneva - " from a lede."""
    return dateline_place(surface) is not None


def is_dateline_town(surface: str) -> bool:
    """Whether the name after a comma of a bare dateline ("Osaka, Japan:") is a town, not
    the country or state a dateline names there: a town of the city index that is no area
    of the area index nor a region of the gazetteer ("Kyiv, Moscow: The two capitals ..."
    opens with two towns; "Kano, Nigeria:", "Peshawar, Khyber Pakhtunkhwa:", "Paris,
    Texas:" are datelines). The test :func:`briefbook.text.strip_dateline` takes as
    ``is_town`` (round revA18)."""
    key = place_key(" ".join(w[:1].upper() + w[1:].lower() for w in surface.split()))
    gaz = gazetteer()
    return bool(
        city_index().get(key)
        and not area_index().get(key)
        and gaz.place_keys.get(key) not in gaz.regions
    )
