"""Which places of a briefing lie inside which: a town inside the region or the country
that holds it, so that two figures of one event told of a town and of the region or country
around it ("26 people were killed in Harnell", "26 killed in Kashmir") can be compared
(:func:`briefbook.assessment.corroboration.corroborate`).

A place named by a figure (its ``where``, or its scene's) is read as the longest tail of its
words that the package's gazetteer knows (``data/gazetteer.yaml`` and the files it reads,
the area index of ISO 3166-2 subdivisions, the GeoNames city index: "Indian-administered
Kashmir" names Kashmir), else as the name itself. One place holds another when

* the shipped indexes say so: a town of the city index lies in its country, a first-level
  subdivision of the area index in its country ("Sindh" in Pakistan, "Kharkiv" in
  Ukraine); a name that two countries' areas share ("Punjab": India and Pakistan) lies in
  the one its source's other places and countries name most (:func:`named_countries`), in
  neither when they do not tell;
* a sentence of the briefing says so, in one of the shapes of ``place_holders`` of
  ``data/claims.yaml``: "in X in Y", "in X, Y" (Y a country, a first-level area or a region
  the gazetteer knows, the clause ending there), "X, a small town in Y", "X town in Y", "the
  Y town of X", "Y's X" (X a place the gazetteer knows, or followed by a unit noun). Y must
  be a place the gazetteer or the indexes know (a month or a person is none), X no country,
  and a town of the city index never holds a larger one.

Holding is transitive ("X in Y", Y a subdivision of a country: X lies in that country).
Two towns, or a region and a town no source or index puts in it, hold nothing of each
other.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from briefbook.analysis.gazetteer import gazetteer
from briefbook.analysis.places import (
    alternate_only,
    area_country,
    area_index,
    city_country,
    city_index,
    city_population,
    country_code,
    place_key,
)
from briefbook.data import load_data
from briefbook.text import alternation

__all__ = ["PlaceHolders", "named_countries", "place_holders", "place_id", "with_admin_noun"]

# a capitalised place name of up to four words ("Jammu and Kashmir", "Indian-controlled
# Kashmir", "Gaza City"), without a possessive
_WORD = r"[A-Z](?:[\w-]|['’](?!s\b)\w)*"
_NAME = rf"{_WORD}(?: +(?:(?:and|of|de|del|la|al|el) +)?{_WORD}){{0,3}}"


@dataclass(frozen=True)
class PlaceHolders:
    """The places of one briefing and the places holding them (module doc)."""

    # place id -> ids of the places sentences of the briefing put around it
    told: dict[str, frozenset[str]] = field(default_factory=dict)

    def names(self, wheres: Iterable[str]) -> frozenset[str]:
        """The ids of the places ``wheres`` (place phrases as figures state them) name."""
        return frozenset(filter(None, (place_id(w) for w in wheres)))

    def around(self, ids: Iterable[str], countries: Iterable[str] = ()) -> frozenset[str]:
        """The ids of every place holding one of ``ids`` (by the briefing's sentences and by
        the shipped indexes, to any depth), less ``ids`` themselves. ``countries``: the
        context of the source that names them (:func:`named_countries`), which tells the
        country of an area several countries have ("Punjab")."""
        ids = frozenset(ids)
        context = tuple(sorted(countries))
        seen: set[str] = set()
        todo = list(ids)
        while todo:
            current = todo.pop()
            for up in self.told.get(current, frozenset()) | _data_holders(current, context):
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
        return frozenset(seen - ids)


@cache
def _shapes() -> tuple[re.Pattern[str], ...]:
    """The sentence shapes that put a place inside another (``place_holders`` of
    ``data/claims.yaml``), each with the groups ``inner`` and ``outer``."""
    data = load_data("claims.yaml")["place_holders"]
    units = alternation(str(w) for w in data["unit_nouns"])
    preps = alternation(str(w) for w in data["locatives"])
    ends = alternation(str(w) for w in data["clause_end_words"])
    mods = alternation(str(w) for w in data["outer_modifiers"])
    admin = alternation(str(w) for w in data["admin_nouns"])
    n = _NAME
    # the holding area, after its article and a word of direction or standing ("the
    # disputed", "northern"), with its admin noun ("the Kharkiv region")
    outer = rf"(?:the\s+)?(?:(?:{mods})\s+)?(?P<outer>{n}(?:\s+(?:{admin})\b)?)"
    return (
        # "killed in X in Y", "near X in Y"
        re.compile(rf"\b(?:{preps})\s+(?:the\s+)?(?P<inner>{n})\s+in\s+{outer}"),
        # "in X, Y." : the area holding a place, the clause ending after it
        re.compile(
            rf"\b(?:{preps})\s+(?:the\s+)?(?P<inner>{n}),\s+(?P<outer>{n})"
            rf"(?=\s*(?:[.;:)]|,\s+[a-z]|\s+(?:{ends})\b|$))",
        ),
        # "X, a small town in Y", "X, the main city in Y", "X, the capital of Y", "X, in Y"
        re.compile(
            rf"(?<![\w'’-])(?P<inner>{n}),\s+"
            rf"(?P<unit>(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{units})\s+)?(?:in|of)\s+{outer}"
        ),
        # "X town in Y", "X district of Y"
        re.compile(rf"(?<![\w'’-])(?P<inner>{n})\s+(?:{units})\s+(?:in|of)\s+{outer}"),
        # "the Y town of X", "the Y region town of X"
        re.compile(
            rf"\bthe\s+(?P<outer>{n}(?:\s+(?:{admin})\b)?)\s+(?:{units})\s+of\s+(?P<inner>{n})"
        ),
        # "Y's X": "Kashmir's Harnell", "Ukraine's Kharkiv region"
        re.compile(rf"(?<![\w'’-])(?P<outer>{n})['’]s\s+(?P<inner>{n})(?P<unit>\s+(?:{units})\b)?"),
    )


def place_holders(texts: Iterable[str]) -> PlaceHolders:
    """The holding places the sentences ``texts`` of one briefing state (module doc)."""
    told: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for inner, outer in _told_pairs(text):
            told[inner].add(outer)
    return PlaceHolders({k: frozenset(v) for k, v in told.items()})


@lru_cache(maxsize=4096)
def _told_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """(inner id, outer id) of each holding ``text`` states (module doc)."""
    out: list[tuple[str, str]] = []
    possessive = len(_shapes()) - 1
    for k, shape in enumerate(_shapes()):
        for m in shape.finditer(text):
            inner_name, outer_name = m.group("inner"), m.group("outer")
            outer = _known_tail(outer_name)
            if outer is None or (outer.startswith("city:") and k in (1, possessive)):
                # a town holds only what a shape with a locative or unit noun puts in it
                continue
            if (
                k in (2, possessive)
                and not m.groupdict().get("unit")
                and (k == possessive or _known_id(" ".join(_words(inner_name))) is None)
            ):
                # "Ukraine's Kursk incursion", "Amer, in Gaza, said": a place only with its
                # unit noun ("Kelvara's Sarn district", "Sarn, a town in Kelvara"), or a
                # known place before "in"
                continue
            inner = _inner_id(inner_name)
            if inner is None or inner == outer or inner.startswith("country:"):
                continue
            if inner.startswith("city:") and outer.startswith("city:"):
                a, b = inner.removeprefix("city:"), outer.removeprefix("city:")
                if city_population(a) >= city_population(b):
                    continue  # "in Kelvo in Sarn": two towns, the larger never inside
            out.append((inner, outer))
    return tuple(out)


@lru_cache(maxsize=8192)
def place_id(where: str) -> str | None:
    """The id of the place a place phrase names: the place it names by a tail of its
    words the gazetteer or the indexes know (:func:`_known_tail`: "Indian-administered
    Kashmir" -> Kashmir), else the phrase itself ("Harnell" -> its own id); None when it has
    no word."""
    words = _words(where)
    if not words:
        return None
    key = place_key(" ".join(words))
    return _known_tail(where) or (f"place:{key}" if key else None)


def _inner_id(name: str) -> str | None:
    """The id of a place a sentence puts inside another: the place its whole name names
    (not a tail of it: "War Against Kelvara" is no Kelvara), else its own."""
    words = _words(name)
    if not words:
        return None
    whole = " ".join(words)
    return _known_id(whole) or f"place:{place_key(whole)}"


def _words(name: str) -> list[str]:
    """The words of a place phrase, less a possessive and a leading article."""
    words = re.sub(r"['’]s\b", "", name).split()
    while words and words[0].lower() in _LEADING:
        words = words[1:]  # "the", and a sentence's first word: "In Kelvo, ..."
    return words


_LEADING = frozenset({"the", "in", "at", "near", "from", "outside", "inside"})


@lru_cache(maxsize=8192)
def _known_tail(name: str) -> str | None:
    """The id of the longest tail of ``name``'s words that the gazetteer or the indexes
    know, also without an admin noun at its end ("the disputed Kashmir region" -> Kashmir);
    a tail known only as a town of the city index is no place of its own ("Kashmir Valley"
    is not a town named Valley); None when none is known."""
    words = _words(name)
    candidates = [words]
    if len(words) > 1 and words[-1].lower() in _admin_nouns():
        candidates.append(words[:-1])
    for k, candidate in enumerate(candidates):
        for start in range(len(candidate)):
            found = _known_id(" ".join(candidate[start:]))
            if found is None:
                continue
            if found.startswith("city:") and (start or k):
                continue  # a tail, or a name before "region", known only as a town
            return found
    return None


def with_admin_noun(where: str, text: str) -> str:
    """``where`` (a place phrase as a figure states it, capitalised words only) with the
    admin noun that follows it in ``text`` ("the Kharkiv" of "in the Kharkiv region": the
    region, not the city); ``where`` itself when none follows."""
    nouns = alternation(sorted(_admin_nouns()))
    m = re.search(rf"{re.escape(where)}\s+({nouns})\b", text)
    return f"{where} {m.group(1)}" if m else where


@cache
def _admin_nouns() -> frozenset[str]:
    """``admin_nouns`` of ``place_holders`` in ``data/claims.yaml``."""
    return frozenset(str(w) for w in load_data("claims.yaml")["place_holders"]["admin_nouns"])


@lru_cache(maxsize=8192)
def _known_id(name: str) -> str | None:
    """The id of ``name`` when the gazetteer or the indexes know it as a place or country:
    ``country:<ISO code>``, ``area:<key>`` (a first-level subdivision), ``city:<key>``, or
    ``place:<key>`` (a gazetteer place such as a region); None otherwise."""
    name = name.strip()
    if not name or not name[0].isupper() or name.lower() in _calendar_words():
        return None  # "in Kelvo in April": a month, not a place
    gaz = gazetteer()
    for target in gaz.surfaces.get(name, ()):
        if target.type == "country":
            return f"country:{_country_codes().get(target.key) or place_key(name)}"
    key = place_key(name)
    if not key:
        return None
    if any(t.type == "place" for t in gaz.surfaces.get(name, ())) or key in gaz.place_keys:
        canonical = gaz.place_keys.get(key)
        if canonical is not None and canonical in gaz.regions:
            return f"place:{place_key(gaz.names[canonical][0])}"
        if key in area_index():
            return f"area:{key}"
        if city_index().row(key) is not None and not alternate_only(key):
            return f"city:{key}"
        name_key = place_key(gaz.names[canonical][0]) if canonical else key
        return f"place:{name_key}"
    if key in area_index():
        return f"area:{key}"
    if city_index().row(key) is not None and not alternate_only(key):
        return f"city:{key}"
    return None


@cache
def _calendar_words() -> frozenset[str]:
    """The names of the months and weekdays, lower case."""
    return frozenset(
        n.lower() for n in [*calendar.month_name, *calendar.day_name, *calendar.month_abbr] if n
    )


@cache
def _country_codes() -> dict[str, str]:
    """Gazetteer country key -> ISO 3166-1 code, by any of its names the city index's
    country lines hold ("Democratic Republic of the Congo" by "DR Congo" or "Congo")."""
    gaz = gazetteer()
    out: dict[str, str] = {}
    for surface, key in sorted(gaz.countries_of.items()):
        if key not in out and (code := country_code(surface)):
            out[key] = code
    for key, (name, _type) in gaz.names.items():
        if key.startswith("country:") and key not in out and (code := country_code(name)):
            out[key] = code
    return out


@lru_cache(maxsize=8192)
def _data_holders(pid: str, context: tuple[str, ...] = ()) -> frozenset[str]:
    """The places the shipped indexes put around the place ``pid``: its country; for an
    area several countries have ("Punjab"), the one its source's ``context`` (country codes,
    :func:`named_countries`) names most, else none."""
    kind, _, key = pid.partition(":")
    if kind == "city":
        code = city_country(key)
    elif kind == "area":
        code = area_country(key, context)
    else:
        return frozenset()
    return frozenset({f"country:{code}"}) if code else frozenset()


CONTEXT_TOWN_FROM = 100_000  # people: a town this large tells the country of its source


def named_countries(texts: Iterable[str]) -> tuple[str, ...]:
    """The ISO 3166-1 codes of the countries ``texts`` (one source's sentences) name, one
    per mention: a country by its name or demonym ("Pakistan", "Pakistani"), a first-level
    area no other country has ("Sindh"), a town of at least ``CONTEXT_TOWN_FROM`` people
    ("Lahore"). The context that tells which country's "Punjab" a source means."""
    out: list[str] = []
    for text in texts:
        for m in re.finditer(_NAME, text):
            words = _words(m.group(0))
            whole = _country_of(" ".join(words)) if words else ""
            # a run that is no place as a whole may list several: "Islamabad and New Delhi"
            parts = [_country_of(w) for w in words] if not whole and len(words) > 1 else []
            out.extend(code for code in [whole, *parts] if code)
    return tuple(sorted(out))


@lru_cache(maxsize=8192)
def _country_of(name: str) -> str:
    """The ISO code of the country ``name`` is, or is in (module doc of
    :func:`named_countries`); "" when it tells none."""
    found = _known_id(name)
    if found is None:
        return ""
    kind, _, key = found.partition(":")
    if kind == "country":
        return key if len(key) == 2 and key.isupper() else ""
    if kind == "area":
        return area_country(key)  # "" for an area several countries have
    if kind == "city" and city_population(key) >= CONTEXT_TOWN_FROM:
        return city_country(key)
    return ""
