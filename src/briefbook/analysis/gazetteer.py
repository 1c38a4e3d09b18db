"""Lexicons of the entity finder, loaded once: generic rules and the gazetteer.

``rules()`` reads ``data/entity_rules.yaml`` (head words, titles, role nouns, stop words)
and ``data/given_names.yaml`` (common given names);
``gazetteer()`` reads ``data/gazetteer.yaml`` (countries with demonyms and capitals, places,
organisations, forces, weapons), ``data/places.yaml`` (admin areas, rivers, facilities),
``data/regions.yaml`` (natural, historical and contested regions without an ISO 3166-2
code), ``data/people.yaml`` (well-known people and their unambiguous short names) and
``data/services.yaml`` (intelligence and security services with their country, and names
that several countries' services share).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from briefbook.analysis.armed_names import armed_type
from briefbook.analysis.places import city_population, place_key, place_skeleton
from briefbook.data import load_data

__all__ = [
    "Gazetteer",
    "capital_countries",
    "Rules",
    "Target",
    "force_spellings",
    "gazetteer",
    "gazetteer_spellings",
    "group_spellings",
    "rules",
    "trie_pattern",
    "whole_names",
]


@cache
def capital_countries() -> dict[str, str]:
    """A capital's name as ``countries`` of data/gazetteer.yaml writes it -> its country's
    name ("Kyiv" -> "Ukraine"), in the file's order (the first country wins a shared name)."""
    out: dict[str, str] = {}
    for row in load_data("gazetteer.yaml")["countries"]:
        if len(row) > 3 and row[3]:
            out.setdefault(str(row[3]), str(row[0]))
    return out


# where each kind's spellings stand in a row of data/gazetteer.yaml: a country's name,
# demonyms and aliases; a place's name, aliases and variants; a body's or a weapon's name
# and aliases
_SPELLING_COLUMNS = {
    "countries": (1, 2),
    "places": (1, 2),
    "organisations": (1,),
    "forces": (1,),
    "weapons": (1,),
}


def gazetteer_spellings(*kinds: str) -> dict[str, str]:
    """Every spelling of the rows of ``kinds`` (``countries``, ``places``, ``organisations``,
    ``forces``, ``weapons`` of data/gazetteer.yaml, in the order given) as written -> its
    row's name ("Sudanese Armed Forces", "SAF" -> "Sudanese Armed Forces"); the first row
    naming a spelling keeps it."""
    data = load_data("gazetteer.yaml")
    out: dict[str, str] = {}
    for kind in kinds:
        for row in data.get(kind, []):
            name = str(row[0])
            out.setdefault(name, name)
            for column in _SPELLING_COLUMNS[kind]:
                for surface in row[column]:
                    out.setdefault(str(surface), name)
    return out


def whole_names(names: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    """A pattern matching any of ``names`` as a whole (not inside a longer word or a hyphened
    compound: "SAF" not in "SAFE"), the longest first where two start at one place; None
    for no name. The one shape of the checker's and the predicate rule's names."""
    ordered = sorted(set(names), key=lambda s: (-len(s), s))
    if not ordered:
        return None
    alternatives = "|".join(re.escape(s) for s in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


@dataclass(frozen=True)
class Target:
    """What a surface names: an entity key and type; ``alias`` is False for demonyms."""

    key: str
    type: str
    alias: bool


@dataclass
class Gazetteer:
    """Surfaces of named entities with their targets, and the regexes built from them."""

    surfaces: dict[str, list[Target]]  # case-sensitive surface -> targets
    lower_surfaces: dict[str, list[Target]]  # lower-case class names ("drones")
    names: dict[str, tuple[str, str]]  # key -> (canonical name, type)
    adjectives: dict[str, tuple[str, str, str]]  # "DPRK" -> (force key, force name, country)
    lower_regex: re.Pattern[str]
    patterns: list[tuple[re.Pattern[str], Target]]
    demonym_force: re.Pattern[str]
    ambiguous: dict[str, dict[str, Target]]  # shared service name -> country key -> target
    place_keys: dict[str, str]  # place_key of a place or capital surface -> entity key
    place_skeletons: dict[str, str]  # place_skeleton of a place surface -> key ("" if shared)
    countries_of: dict[str, str]  # country surface or demonym -> country key
    capitals: frozenset[str]  # names of capitals
    regions: frozenset[str] = frozenset()  # keys of the regions of data/regions.yaml
    # a claimant's name of an island or reef -> the key of the place it names ("Nansha
    # Islands" -> the Spratly Islands): one place only where a sentence says so
    claimed: dict[str, str] = field(default_factory=dict)
    # a country's own name before a lower-case force noun ("the Kelvania military"), as in
    # ``adjectives``; read through :meth:`force_of` only
    named_forces: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # indexes and patterns other modules derive from this gazetteer (:meth:`derived`)
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def force_of(self, m: re.Match[str]) -> tuple[str, str, str]:
        """(force key, force name, country key) of a match of :attr:`demonym_force`: its
        demonym's ("Ugandan soldiers") or its country's own name's ("the Chad army")."""
        if m.group(1):
            return self.adjectives[" ".join(m.group(1).split())]
        return self.named_forces[" ".join(m.group(2).split())]

    def derived(self, name: str, build: Callable[[Gazetteer], Any]) -> Any:
        """``build(self)``, computed once per gazetteer and kept under ``name``: an index or a
        pattern another module derives from the gazetteer (its country pattern, its place
        tails, its listed people, the initials of its bodies)."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]


@dataclass(frozen=True)
class Rules:
    """Word lists of the generic rules, lower-cased."""

    org_heads: frozenset[str]
    org_suffixes: frozenset[str]
    org_prefixes: frozenset[str]
    org_first_words: frozenset[str]
    force_prefixes: frozenset[str]
    force_heads: frozenset[str]
    place_heads: frozenset[str]
    doc_heads: frozenset[str]
    system_heads: frozenset[str]
    titles: frozenset[str]
    core_titles: frozenset[str]
    roles: frozenset[str]  # role nouns and titles, singular and plural
    kin: frozenset[str]  # family nouns before a one-word name: "his wife Grace"
    speech: frozenset[str]
    stop: frozenset[str]
    connectors: frozenset[str]
    particles: frozenset[str]
    korean: frozenset[str]
    family_first: frozenset[str]  # Chinese and Vietnamese family names, written first
    generic_bodies: frozenset[str]
    admin_nouns: frozenset[str]
    area_unit_nouns: frozenset[str]  # "division": an area before "of" and a larger area
    area_unit_arms: frozenset[str]  # "armoured": a division named so is a force's
    locality_nouns: frozenset[str]
    facility_nouns: frozenset[str]  # "airport", "nuclear power plant": a place of its own
    feature_nouns: frozenset[str]  # "peninsula", "gulf": "the Korean peninsula"
    toponym_prefixes: frozenset[str]  # "ain", "beit", "kafr": first words of place names
    place_first_words: frozenset[str]  # "lake", "mount": "Lake Kivu"
    place_last_words: frozenset[str]  # "norte", "sur": "Lanao del Norte"
    admin_prefixes: frozenset[str]  # "barangay", "sitio": "Sitio Alpha" is a place
    short_admin_prefixes: frozenset[str]  # "ha": only before one long word ("Ha Ntsoele")
    name_links: frozenset[str]  # "del", "sa": lower-case particles inside one name
    vessel_nouns: frozenset[str]  # "tanker", "frigate": "the tanker X" is a ship
    given: frozenset[str]  # common given names ("mohammed", "oksana")
    kunyas: frozenset[str]  # particles that may open a name: "Abu Hassan Amer"
    mission_words: frozenset[str] = frozenset()  # "mission", "missao": a mission station
    faith_words: frozenset[str] = frozenset()  # "catholic", "anglican": "X Catholic Mission"
    faith_bodies: frozenset[str] = frozenset()  # "church": "the Serbian Orthodox Church"
    ethnic_words: frozenset[str] = frozenset()  # "ethnic": "ethnic Albanians" (no country)
    # "district", "commune": an area one place with the small town it is named after
    town_units: frozenset[str] = frozenset()
    numbered_sites: frozenset[str] = frozenset()  # "Tower" of "Tower 22": a numbered site
    route_nouns: frozenset[str] = frozenset()  # "road" of "the road to X"
    origin_people: frozenset[str] = frozenset()  # "porters" of "porters from X"
    # ISO country code -> endings of its village names ("LK": "kulam", "puram")
    toponym_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # facility noun -> number of its kind: "npp" and "nuclear facility" are one kind
    facility_kinds: dict[str, int] = field(default_factory=dict)
    group_nouns: frozenset[str] = frozenset()  # "fighters", "militia": "Fano militiamen"
    peoples: frozenset[str] = frozenset()  # "fulani", "islamist": not a group's name
    name_titles: frozenset[str] = frozenset()  # "sheikh": inside "Hassan Sheikh Mohamud"
    one_name_roles: frozenset[str] = frozenset()  # "commander": "rebel commander Tarvok"
    person_verbs: frozenset[str] = frozenset()  # "arrested": "the court sentenced X"
    person_passives: frozenset[str] = frozenset()  # "killed": "X was killed"
    person_only_verbs: frozenset[str] = frozenset()  # "abducted": no ship is abducted
    person_deeds: frozenset[str] = frozenset()  # "died", "was born": only a person's
    surname_ends: tuple[str, ...] = ()  # "-shvili", "-aj": a surname's ending
    # "tower", "riots", "studio": "Ylber Tower" is no person by its given name
    non_person_heads: frozenset[str] = frozenset()
    # "wing" -> (("commander",),): the first word of a rank of two words or more ("Wing
    # Commander", "Field Marshal") -> the words that must follow it
    rank_openers: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # "le", "do": Vietnamese family names that are particles, and the middle names that make
    # them family names ("Le Van Thanh")
    family_first_particles: frozenset[str] = frozenset()
    vietnamese_middles: frozenset[str] = frozenset()


_PARTICLE = re.compile(
    r"(?<![\w'-])(al|el|ad|ar|as|ash|at|az|an|wal|wa)([- ])(?=[A-Z])", re.IGNORECASE
)


def group_spellings(name: str) -> list[str]:
    """The spellings of an armed group's name that sources mix, ``name`` first: a particle
    joined by a hyphen or a space and written in either case ("al-Shabaab", "Al-Shabaab",
    "al Shabaab", "Al Shabaab"), and hyphens between capitalised words as spaces
    ("Mai-Mai", "Mai Mai"); a cartel named by its place also with "drug" before "cartel"
    ("Sinaloa Cartel", "Sinaloa drug cartel"). Other names give ``[name]``."""
    out = [name]
    forms = {name}
    if _PARTICLE.search(name):
        for sep in ("-", " "):
            for case in (str.lower, str.capitalize):
                forms.add(
                    _PARTICLE.sub(
                        lambda m, sep=sep, case=case: (
                            (case(m.group(1)) if m.start() == 0 else m.group(1)) + sep
                        ),
                        name,
                    )
                )
    spaced = re.sub(r"(?<=[a-z])-(?=[A-Z])", " ", name)
    forms.add(spaced)
    if m := _CARTEL.fullmatch(name):  # "Sinaloa Cartel": "the Sinaloa drug cartel" (armed26)
        forms.add(f"{m.group(1)} drug cartel")
    out.extend(sorted(forms - {name}))
    return out


_CARTEL = re.compile(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}) [Cc]artel")


# the spellings of a force's head words that sources mix: British and American ("Defence
# Force", "Defense Force") and the singular beside the plural ("Force", "Forces")
_FORCE_SPELLINGS = (("Defence", "Defense"), ("Defense", "Defence"))
_FORCE_NUMBER = re.compile(r"(?<=\bDefen[cs]e )(Force|Forces)$")


def force_spellings(
    name: str, aliases: list[str], country: str | None, demonyms: list[str]
) -> list[str]:
    """``aliases`` of a force and the spellings of its name and aliases that sources mix (round
    trial22: "Rwandan Defense Force" beside "Rwanda Defence Force"): "Defence" and "Defense",
    "Defence Force" and "Defence Forces" at the end, and for a national force named after its country
    (``country``, with its ``demonyms``) the demonym in place of the country's name and the
    other way round ("Kenyan Defence Forces", "Kenya Defence Forces"), and after the country's
    possessive ("Kenya's Defence Forces"). A spelling another
    entry of the gazetteer names stays that entry's (the caller's check)."""
    out = list(aliases)
    seen = {name, *aliases}
    # singular demonyms only: "Rwandan", not "Rwandans"
    singular = [d for d in demonyms if not (d.endswith("s") and d[:-1] in demonyms)]
    firsts = [country, *singular] if country else []
    for base in [name, *aliases]:
        forms = {base}
        for old, new in _FORCE_SPELLINGS:
            forms |= {f.replace(old, new) for f in forms}
        if " " in base:
            forms |= {
                _FORCE_NUMBER.sub(lambda m: "Forces" if m.group(1) == "Force" else "Force", f)
                for f in forms
            }
        for first in firsts:
            if first is None:
                continue
            for f in list(forms):
                if f.startswith(first + " "):
                    rest = f[len(first) :]
                    forms |= {other + rest for other in firsts if other and other != first}
                    forms.add(f"{country}'s{rest}")  # "Kenya's Defence Forces"
        for f in sorted(forms):
            if f not in seen:
                seen.add(f)
                out.append(f)
    return out


def _low(items: list[object]) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items)


def _plain(word: str) -> str:
    """``word`` without its diacritics: "sebastián" -> "sebastian"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class FoldedWords(frozenset):
    """Lower-case words that also hold each word written with diacritics: a given name of
    the list is found as "José", "Sebastián" or "Hélène" too (``"josé" in words``)."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        # an ASCII word has no diacritics to fold: its first lookup was the whole answer
        if not isinstance(word, str) or word.isascii():
            return False
        return frozenset.__contains__(self, _plain(word))


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, inner spaces matching any space;
    built as a trie so that matching costs about one step per character, not one per word."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for unit in _trie_units(word):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _trie_build(root)


def _trie_units(word: str) -> list[str]:
    """The trie steps of ``word``: its characters, each run of spaces one step ``" "``."""
    units: list[str] = []
    for part in re.split(r"(\s+)", word):
        if part:
            units.extend([" "] if part.isspace() else part)
    return units


def _trie_build(node: dict[str, dict]) -> str:
    """The pattern of ``node``, built children first with a stack of its own, not by
    recursion: a name hundreds of characters long (a capitalised run of a table or a
    header) is as deep a path, and must not exhaust Python's recursion limit."""
    built: dict[int, str] = {}
    stack: list[tuple[dict[str, dict], bool]] = [(node, False)]
    while stack:
        current, children_built = stack.pop()
        key = id(current)
        if key in built:
            continue
        if not children_built:
            stack.append((current, True))
            stack.extend((child, False) for unit, child in current.items() if unit)
            continue
        branches = [
            (r"\s+" if unit == " " else re.escape(unit)) + built[id(child)]
            for unit, child in sorted(current.items())
            if unit
        ]
        if not branches:
            out = ""
        else:
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
            if "" in current:
                out = f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
            else:
                out = body
        built[key] = out
    return built[id(node)]


def _plurals(words: frozenset[str]) -> frozenset[str]:
    """``words`` with their plurals: minister -> ministers, secretary -> secretaries."""
    more = {
        w[:-1] + "ies" if w.endswith("y") else w + ("es" if w.endswith("s") else "s") for w in words
    }
    return words | frozenset(more)


@cache
def rules() -> Rules:
    """The generic rules of ``data/entity_rules.yaml``, lower-cased, with the heads and
    locality nouns of ``site_place_heads``, ``more_place_heads`` and ``town_locality_nouns``,
    the facility nouns of ``more_facility_nouns``, the administrative nouns of
    ``more_admin_nouns``, the people of ``more_origin_people`` and the particles of
    ``more_name_links`` of ``data/place_guards.yaml``."""
    d = load_data("entity_rules.yaml")
    more = load_data("place_guards.yaml")
    return Rules(
        org_heads=_low(d["organisation_heads"]),
        org_suffixes=_low(d["organisation_suffixes"]),
        org_prefixes=_low(d["organisation_prefixes"]),
        org_first_words=_low(d["organisation_first_words"]),
        force_prefixes=_low(d["force_prefixes"]),
        force_heads=_low(d["force_heads"]),
        place_heads=_low(d["place_heads"])
        | _low(more["site_place_heads"])
        | _low(more["more_place_heads"]),
        doc_heads=_low(d["document_heads"]),
        system_heads=_low(d["system_heads"]),
        titles=_low(d["titles"]),
        core_titles=_low(d["core_titles"]),
        roles=_plurals(_low(d["core_titles"]) | _low(d["role_nouns"])),
        kin=_low(d["kin_nouns"]),
        speech=_low(d["speech_verbs"]),
        stop=_low(d["stop_words"]),
        connectors=_low(d["connectors"]),
        particles=_low(d["name_particles"]),
        korean=_low(d["korean_surnames"]),
        family_first=_low(d["family_first_surnames"]),
        generic_bodies=_low(d["generic_bodies"]),
        admin_nouns=_low(d["admin_nouns"]) | _low(more["more_admin_nouns"]),
        area_unit_nouns=_low(d["area_unit_nouns"]),
        area_unit_arms=_low(d["area_unit_arms"]) | _low(d["force_nouns"]),
        locality_nouns=_low(d["locality_nouns"]) | _low(more["town_locality_nouns"]),
        facility_nouns=_low(d["facility_nouns"]) | _low(more["more_facility_nouns"]),
        feature_nouns=_low(d["feature_nouns"]),
        toponym_prefixes=_low(d["toponym_prefixes"]),
        place_first_words=_low(d["place_first_words"]),
        place_last_words=_low(d["place_last_words"]),
        admin_prefixes=_low(d["admin_prefixes"]),
        short_admin_prefixes=_low(d["short_admin_prefixes"]),
        name_links=_low(d["name_links"]) | _low(more["more_name_links"]),
        vessel_nouns=_low(d["vessel_nouns"]),
        given=FoldedWords(_low(load_data("given_names.yaml")["given_names"])),
        kunyas=_low(d["kunyas"]),
        mission_words=_low(d["mission_words"]),
        faith_words=_low(d["faith_words"]),
        faith_bodies=_low(d["faith_bodies"]),
        ethnic_words=_low(d["ethnic_words"]),
        town_units=_low(d["town_units"]),
        numbered_sites=_low(d["numbered_sites"]),
        route_nouns=_low(d["route_nouns"]),
        origin_people=_low(d["origin_people"]) | _low(more["more_origin_people"]),
        toponym_endings={
            str(code): tuple(str(e).lower() for e in endings)
            for code, endings in (d.get("toponym_endings") or {}).items()
        },
        facility_kinds={
            str(noun).lower(): n for n, nouns in enumerate(d["facility_kinds"]) for noun in nouns
        },
        group_nouns=_low(d["group_nouns"]),
        peoples=_low(d["peoples"]),
        name_titles=_low(d["name_titles"]),
        one_name_roles=_low(d["one_name_roles"]),
        person_verbs=_low(d["person_verbs"]),
        person_passives=_low(d["person_passives"]),
        person_only_verbs=_low(d["person_only_verbs"]),
        person_deeds=_low(d["person_deeds"]),
        surname_ends=tuple(sorted(_low(load_data("given_names.yaml")["surname_endings"]))),
        non_person_heads=_low(d["non_person_heads"])
        | frozenset(n for n in _low(d["facility_nouns"]) if " " not in n),
        family_first_particles=_low(d["family_first_particles"]),
        vietnamese_middles=_low(d["vietnamese_middle_names"]),
        rank_openers=_rank_openers(d.get("compound_ranks") or []),
    )


def _rank_openers(ranks: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``compound_ranks`` ("Wing Commander") as first word -> the rests that follow it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for rank in ranks:
        first, *rest = str(rank).lower().split()
        out.setdefault(first, []).append(tuple(rest))
    return {k: tuple(v) for k, v in out.items()}


def _title_case_short_forms(
    surfaces: dict[str, list[Target]], add: Callable[[str, Target], None]
) -> None:
    """A body's short form of four capitals or more written in title case, as British and
    African outlets write it ("Nato", "Unicef", "Ecowas", "Sadc"), is a name of that body
    too (round aliases27), unless the title-case word is an ordinary English word or a given
    name ("Care", "Iris"), a name of its own or a city of 100,000 people or more ("Sana");
    shorter ones ("Who", "Ira") never."""
    ordinary = {str(w).lower() for w in load_data("ordinary_words.yaml")["words"]}
    given = {str(w).lower() for w in load_data("given_names.yaml")["given_names"]}
    for surface, targets in list(surfaces.items()):
        if len(surface) < 4 or not (surface.isalpha() and surface.isupper()):
            continue
        title = surface.capitalize()
        if title in surfaces or title.lower() in ordinary or title.lower() in given:
            continue
        if city_population(place_key(title)) >= 100_000:
            continue  # "Sana" (SANA): the Yemeni capital's spelling
        for t in targets:
            if t.alias and t.type in {"organisation", "force"}:
                add(title, t)


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    data = load_data("gazetteer.yaml")
    surfaces: dict[str, list[Target]] = defaultdict(list)
    lower: dict[str, list[Target]] = defaultdict(list)
    names: dict[str, tuple[str, str]] = {}
    patterns: list[tuple[re.Pattern[str], Target]] = []
    place_keys: dict[str, str] = {}
    countries_of: dict[str, str] = {}

    def add(surface: str, target: Target) -> None:
        bucket = surfaces
        if surface.islower() or (target.type == "weapon" and surface[:1].islower()):
            bucket = lower
            surface = surface.lower()
        if target not in bucket[surface]:
            bucket[surface].append(target)
        if target.type == "place":
            place_keys.setdefault(place_key(surface), target.key)

    def entity(name: str, etype: str, aliases: list[str]) -> str:
        key = f"{etype}:{name}"
        names[key] = (name, etype)
        for s in [name, *aliases]:
            add(str(s), Target(key, etype, True))
            if etype in {"country", "place"} and " of the " in str(s):
                # "Democratic Republic of Congo" is "Democratic Republic of the Congo"
                add(str(s).replace(" of the ", " of "), Target(key, etype, True))
        return key

    country_dems: dict[str, list[str]] = {}
    capitals: set[str] = set()
    for name, dems, aliases, capital in data["countries"]:
        key = entity(name, "country", aliases)
        country_dems[key] = dems
        for s in [name, *aliases, *dems]:
            countries_of[s] = key
        for dem in dems:
            add(dem, Target(key, "country", False))
        if capital:
            entity(capital, "place", [])
            capitals.add(capital)
    # a country's formal style ("Republic of Armenia"), unless that surface names another
    # (round trial21: "the Republic of Azerbaijan" was a place of its own)
    for name, _dems, _aliases, _capital in data["countries"]:
        for style in data["country_styles"]:
            if f"{style} {name}" not in surfaces:
                add(f"{style} {name}", Target(f"country:{name}", "country", True))
    for row in [*data["places"], *load_data("places.yaml")["places"]]:
        key = entity(row[0], "place", row[1])
        for dem in row[2] if len(row) > 2 else []:
            add(dem, Target(key, "place", False))
    claimed: dict[str, str] = {}
    for place, claimant, forms in load_data("places.yaml").get("claimant_names") or []:
        claimed[entity(claimant, "place", forms)] = f"place:{place}"
    regions: set[str] = set()
    for name, aliases, _source in load_data("regions.yaml")["regions"]:
        if f"place:{name}" not in names:
            regions.add(entity(name, "place", aliases))
    for name, aliases, *kind in data["organisations"]:
        # a third column "armed": an armed group, typed by its name's head noun (a force
        # when it has an armed one: "Arakan Army"; else an organisation: "Boko Haram";
        # issue 12, round armed26)
        spelled = {v for a in [name, *aliases] for v in group_spellings(str(a))}
        etype = armed_type(name) if kind == ["armed"] else "organisation"
        entity(name, etype, sorted(spelled - {name}))
    for name, aliases in load_data("people.yaml")["people"]:
        # "Abdel Fattah al-Burhan" = "Abdel Fattah Al-Burhan": a particle in either case
        spelled = {v for a in [name, *aliases] for v in group_spellings(str(a))}
        entity(name, "person", sorted(spelled - {name}))
    services = load_data("services.yaml")
    for name, etype, _country, aliases in services["services"]:
        entity(name, etype, aliases)
    _title_case_short_forms(surfaces, add)  # "Nato", "Unicef", "Ecowas"
    national: dict[str, tuple[str, str]] = {}  # country key -> (force key, name)
    for section, etype in (("forces", "force"), ("weapons", "weapon")):
        for row in data[section]:
            name, aliases, regexes = row[0], row[1], row[2]
            if etype == "force":
                dems = country_dems.get(f"country:{row[3]}", []) if len(row) > 3 else []
                spelled = force_spellings(name, aliases, row[3] if len(row) > 3 else None, dems)
                # a spelling another entry already names stays that entry's
                aliases = [a for a in spelled if a in aliases or a not in surfaces]
            key = entity(name, etype, aliases)
            if len(row) > 3:
                national[f"country:{row[3]}"] = (key, name)
            for rx in regexes:
                flags = re.IGNORECASE if etype == "weapon" else 0
                patterns.append(
                    (re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", flags), Target(key, etype, True))
                )
    ambiguous: dict[str, dict[str, Target]] = {}
    for name, sides in services["ambiguous"]:
        ambiguous[name] = {
            f"country:{country}": surfaces[service][0] for country, service in sides.items()
        }
    # "<demonym> troops" and "<country>'s military" name the country's armed forces
    adjectives: dict[str, tuple[str, str, str]] = {}
    named_adjectives: dict[str, tuple[str, str, str]] = {}
    for key, dems in country_dems.items():
        if not dems:
            continue
        fkey, fname = national.get(key, (f"force:{dems[0]} forces", f"{dems[0]} forces"))
        country = names[key][0]
        upper_aliases = [
            a for a, k in countries_of.items() if k == key and a.replace(".", "").isupper()
        ]
        # a short name's possessive too: "Burkina's army", "Britain's army" (round forces25)
        owners = [
            f"{a}'s"
            for a, k in countries_of.items()
            if k == key and a not in dems and a not in upper_aliases and a[:1].isupper()
        ]
        for adj in [*dems, *upper_aliases, f"{country}'s", *owners]:
            if not (adj.endswith("s") and adj[:-1] in dems):
                adjectives[adj] = (fkey, fname, key)
    skeletons: dict[str, str] = {}
    for surface, targets in surfaces.items():
        for t in targets:
            if t.type == "place" and t.alias and (skeleton := place_skeleton(surface)):
                skeletons[skeleton] = t.key if skeletons.get(skeleton, t.key) == t.key else ""
    lower_regex = re.compile(rf"(?<![\w-])(?:{trie_pattern(lower)})(?![\w-])", re.IGNORECASE)
    entity_rules = load_data("entity_rules.yaml")
    force_nouns = entity_rules["force_nouns"]
    # "the Ukraine military aid package": the country the aid goes to, no force of its own
    transfers = "|".join(map(re.escape, entity_rules["named_force_transfer_nouns"]))
    # a country's own name before a lower-case force noun: "the Kelvania military" is the
    # country's armed forces as "the Kelvan military" is (a capitalised noun may open another
    # force's own name: "Kosovo Force")
    for key, dems in country_dems.items():
        country = names[key][0]
        if (
            dems
            and country not in adjectives
            and not any(t.type != "country" for t in surfaces.get(country, []))
        ):
            fkey, fname = national.get(key, (f"force:{dems[0]} forces", f"{dems[0]} forces"))
            named_adjectives[country] = (fkey, fname, key)
    # the force noun in either case: "Lebanese army" and "the Lebanese Army" are one force
    # a qualifier may stand between: "Malian government troops", "Russian occupation forces"
    qualifiers = trie_pattern(entity_rules["force_qualifiers"])
    demonym_force = re.compile(
        rf"(?<![\w-])({trie_pattern(adjectives)})\s+(?:(?i:{qualifiers})\s+)?"
        rf"(?i:{trie_pattern(force_nouns)})(?![\w-])"
        rf"|(?<![\w-])({trie_pattern(named_adjectives)})\s+(?:{trie_pattern(force_nouns)})"
        rf"(?![\w-])(?!\s+(?:{transfers})(?![\w-]))"
    )
    return Gazetteer(
        surfaces=dict(surfaces),
        lower_surfaces=dict(lower),
        names=names,
        adjectives=adjectives,
        lower_regex=lower_regex,
        patterns=patterns,
        demonym_force=demonym_force,
        ambiguous=ambiguous,
        place_keys=place_keys,
        place_skeletons=skeletons,
        countries_of=countries_of,
        capitals=frozenset(capitals),
        regions=frozenset(regions),
        named_forces=named_adjectives,
        claimed=claimed,
    )
