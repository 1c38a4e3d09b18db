"""Places of the document set that are one place written several ways: a facility with and
without its full name, a facility and its bare name, spelling variants, an administrative
area with and without its noun. Each function rewrites the keys of ``Discovery.discovered``
in place; the gazetteer's key wins a merge.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.mentions import Discovery
from briefbook.analysis.names import place_guards
from briefbook.analysis.place_names import known_place, own_skeleton, weak_city
from briefbook.analysis.places import city_index, city_population, place_key, place_skeleton

__all__ = [
    "merge_admin_forms",
    "merge_article_forms",
    "merge_facilities",
    "merge_facility_bases",
    "merge_spellings",
]

_BIG_CITY = 100_000  # people: a city this large stays apart from its area


def merge_facilities(state: Discovery, rules_: Rules, gaz: Gazetteer) -> None:
    """A facility written with a lower-case noun is the one named place of the same first
    word and noun written in full: "the Bardo museum" is the Bardo National Museum; and
    one facility named with two nouns of one kind is one place (``facility_kinds``)."""
    nouns = rules_.facility_nouns | rules_.feature_nouns
    by_first: dict[str, list[str]] = defaultdict(list)
    for surface, key in state.discovered.items():
        if state.types.get(key) == "place" and len(surface.split()) > 1:
            by_first[surface.split()[0]].append(surface)
    remap: dict[str, str] = {}
    for surfaces in by_first.values():
        for short in surfaces:
            noun = next(
                (n for n in nouns if short.endswith(" " + n) and short[-len(n) :].islower()),
                None,
            )
            if noun is None:
                continue
            fuller = {
                state.discovered[long]
                for long in surfaces
                if len(long.split()) > len(short.split())
                and long.lower().endswith(" " + noun)
                and state.discovered[long] != state.discovered[short]
            }
            if len(fuller) == 1:
                remap[state.discovered[short]] = fuller.pop()
    for surface in sorted(state.discovered):
        state.discovered[surface] = remap.get(state.discovered[surface], state.discovered[surface])
    _merge_facility_kinds(state, rules_.facility_kinds, gaz)


def merge_facility_bases(state: Discovery, rules_: Rules, gaz: Gazetteer) -> None:
    """The one facility named after an unknown name and that bare name are one place:
    "Rukban camp" and "stay in Rukban"; "Kamal Adwan hospital" and "the area of Kamal
    Adwan" (a bare name first typed a person is the facility). Not when the name is a
    gazetteer place or a town of the city index ("Rafah crossing" stays apart from Rafah),
    nor when two facilities share the name ("Melvar airport" and "Melvar airbase"), nor
    for a stop of public transport (``transit_stop_nouns`` of ``data/place_guards.yaml``):
    "Red Fort metro station" is named after the Red Fort, another place."""
    nouns = sorted(rules_.facility_nouns, key=len, reverse=True)
    by_base: dict[str, list[str]] = defaultdict(list)
    for surface, key in state.discovered.items():
        if state.types.get(key) != "place":
            continue
        noun = next((n for n in nouns if surface.endswith(" " + n)), None)
        if noun is None or noun in place_guards()["transit_stop_nouns"]:
            continue  # "Red Fort metro station" is named after the fort, not the fort
        base = surface[: -len(noun) - 1]
        if known_place(base, gaz) or city_index().get(place_key(base)):
            continue
        if key not in by_base[base]:
            by_base[base].append(key)
    remap: dict[str, str] = {}
    for base, keys in by_base.items():
        if len(keys) > 1:
            continue  # "Melvar airport" and "Melvar airbase": two facilities, the bare name open
        target = keys[0]
        bare = state.discovered.get(base)
        if bare and bare != target and state.types.get(bare) in {"place", "person"}:
            remap[bare] = target
    for surface in sorted(state.discovered):
        state.discovered[surface] = remap.get(state.discovered[surface], state.discovered[surface])


def _merge_facility_kinds(state: Discovery, kinds: dict[str, int], gaz: Gazetteer) -> None:
    """One facility named with two nouns of one kind is one place: "the Tarvel nuclear
    facility" and "Tarvel NPP" (the base names equal in any spelling). The gazetteer's key
    wins (the gazetteer spells it), else the first found."""
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for surface, key in state.discovered.items():
        if state.types.get(key) != "place":
            continue
        words = surface.split()
        for n in (3, 2, 1):
            if len(words) <= n:
                continue
            noun = " ".join(words[-n:]).lower()
            if noun in kinds:
                base = " ".join(words[:-n])
                group = groups[(place_skeleton(base) or place_key(base), kinds[noun])]
                if key not in group:
                    group.append(key)
                break
    remap: dict[str, str] = {}
    for keys in groups.values():
        if len(keys) < 2:
            continue
        known = [k for k in keys if k in gaz.names]
        if len(known) > 1:
            continue
        target = known[0] if known else keys[0]
        remap.update({k: target for k in keys if k != target})
    for surface in sorted(state.discovered):
        state.discovered[surface] = remap.get(state.discovered[surface], state.discovered[surface])


def merge_spellings(
    state: Discovery, gaz: Gazetteer, sentences: Sequence[Sequence[str]] = ()
) -> None:
    """Places of the document set that spell one name two ways are one place: "Kurakhove"
    and "Kurakhovo", "Al-Daraja" and "Al Deraja" (:func:`place_skeleton`; words stay apart,
    so a city and its oblast do not merge). Two names written in one of ``sentences`` (the
    sentence texts of each document) are two places ("al-Sakher, al-Sahriya and X": a list
    names each place once). A name whose words other than place heads ("Island") keep too
    short a skeleton merges with none: "Kharg Island" is no "George Island". A name with an
    apostrophe inside a word is one place with the
    name written without it ("Sana'a" and "Sanaa"). The gazetteer's key wins, else the first
    found."""
    groups: dict[str, list[str]] = defaultdict(list)
    surfaces: dict[str, list[str]] = defaultdict(list)
    for surface, key in state.discovered.items():
        if state.types.get(key) == "place":
            surfaces[key].append(surface)
            if not own_skeleton(surface):
                continue  # "Kharg Island", "George Island": too short a name of its own
            if key not in groups[place_skeleton(surface)]:
                groups[place_skeleton(surface)].append(key)
    _merge_groups(state, gaz, groups, surfaces, sentences)
    # a hyphenated name and its closed compound: "Morne-Vert" and "Mornevert"
    closed: dict[str, list[str]] = defaultdict(list)
    for surface, key in state.discovered.items():
        if state.types.get(key) != "place" or (" " in surface and "-" not in surface):
            continue
        if "-" in surface or re.fullmatch(r"[A-Z][a-z]{5,}", surface):
            skeleton = place_skeleton(re.sub(r"(?<=\w)-(?=\w)", "", surface).replace(" ", ""))
            if key not in closed[skeleton]:
                closed[skeleton].append(key)
    surfaces = defaultdict(list)
    for surface, key in state.discovered.items():
        surfaces[key].append(surface)
    _merge_groups(state, gaz, closed, surfaces, sentences)
    # a name written with and without the apostrophe of a glottal stop: "Sana'a" and "Sanaa"
    bare: dict[str, list[str]] = defaultdict(list)
    marked: set[str] = set()
    for surface, key in sorted(state.discovered.items()):
        if state.types.get(key) != "place":
            continue
        plain = _INNER_APOSTROPHE.sub("", surface)
        group = place_key(plain)  # "Sanaa": too short a skeleton, the same key
        if plain != surface:
            marked.add(group)
            known = [t.key for t in gaz.surfaces.get(plain, ()) if t.type == "place"]
            if known and known[0] not in bare[group]:
                bare[group].append(known[0])  # the gazetteer's "Sanaa", found when counted
                state.types.setdefault(known[0], "place")
                surfaces[known[0]].append(plain)
        if key not in bare[group]:
            bare[group].append(key)
    _merge_groups(state, gaz, {k: v for k, v in bare.items() if k in marked}, surfaces, sentences)


_INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u02bc\u02bb`](?=\w)")


def _merge_groups(
    state: Discovery,
    gaz: Gazetteer,
    groups: dict[str, list[str]],
    surfaces: dict[str, list[str]],
    sentences: Sequence[Sequence[str]],
) -> None:
    """Each group of place keys of one skeleton becomes one key (the gazetteer's, else the
    first), unless two are gazetteer places or one sentence names two of them."""
    remap: dict[str, str] = {}
    for skeleton, keys in groups.items():
        if not skeleton or len(keys) < 2:
            continue
        known = [k for k in keys if k in gaz.names]
        if len(known) > 1 or _named_together(keys, surfaces, sentences):
            continue  # two gazetteer places, or two places of one sentence: kept apart
        target = known[0] if known else keys[0]
        remap.update({k: target for k in keys if k != target})
    for surface in sorted(state.discovered):
        state.discovered[surface] = remap.get(state.discovered[surface], state.discovered[surface])


def _named_together(
    keys: list[str], surfaces: dict[str, list[str]], sentences: Sequence[Sequence[str]]
) -> bool:
    """Whether one sentence writes the surfaces of two of ``keys``."""
    patterns = {
        k: re.compile("|".join(rf"(?<![\w-]){re.escape(s)}(?![\w-])" for s in surfaces[k]))
        for k in keys
    }
    for doc in sentences:
        for text in doc:
            if sum(1 for p in patterns.values() if p.search(text)) > 1:
                return True
    return False


def _city_apart(base: str, gaz: Gazetteer) -> bool:
    """Whether the city ``base`` names stays apart from its area ("Donetsk" and "Donetsk
    region"): a gazetteer place or a city of 100,000 people or more. A small town of the
    city index that the text also names with an administrative noun ("Rutshuru" beside
    "the Rutshuru region") is one place with its area."""
    key = place_key(base)
    if not city_index().get(key) or weak_city(key, base, gaz):
        return False
    return bool(gaz.place_keys.get(key)) or city_population(key) >= _BIG_CITY


def _named_otherwise(base: str, area: str, gaz: Gazetteer) -> bool:
    """Whether the area ``area`` that "<base> region" names is a gazetteer area whose own
    name is another ("Tskhinvali Region", a name of South Ossetia), while ``base`` is a
    town of the city index: the town stays a place apart from the area, whatever its size
    (round aliases27). "Rutshuru region" beside "Rutshuru" names no other area."""
    name = gaz.names.get(area, ("", ""))[0]
    if not name or base.lower() in name.lower():
        return False
    return bool(city_index().get(place_key(base)))


# a locality noun naming the place itself: "Pannyo village" is Pannyo, "Kelvo island" Kelvo


def merge_admin_forms(
    state: Discovery, rules: Rules, gaz: Gazetteer, sentences: Sequence[Sequence[str]] = ()
) -> None:
    """An administrative area written with and without its noun is one place: "North Kivu"
    and "North Kivu Province"; the bare name, when not yet found, is a name of the area
    too. Not when the bare name is a city of the index or a gazetteer name of another kind
    ("Donetsk" and "Donetsk region" stay apart). A village written with its noun is the
    village itself: "Pannyo Village" and "Pannyo" are one place, a town of that name or not,
    as are "Kelvo Town" and "Kelvo" (``named_with_noun`` of ``data/place_guards.yaml``),
    but not a titled name and its noun: "King George Island" is named after King George.
    A bare name that one of ``sentences`` writes as a settlement ("the town of Kelvo",
    "Kelvo town", "Kelvo, 40 km south of ...") is the town, a place apart from "Kelvo
    Province" (:func:`_settled`)."""
    remap: dict[str, str] = {}
    for surface in sorted(state.discovered):
        key = state.discovered[surface]
        words = surface.split()
        if state.types.get(key) != "place" or len(words) < 2:
            continue
        village = words[-1].lower() in place_guards()["named_with_noun"]
        if not village and words[-1].lower() in rules.admin_nouns:
            base = " ".join(words[:-1])
            if _settled(base, sentences, rules.admin_nouns):
                _keep_town(state, base, key, gaz)
                continue
        if words[-1].lower() not in rules.admin_nouns and not village:
            continue
        base = " ".join(words[:-1])
        if len(base) < 4 or base[:1].islower() or (not village and _city_apart(base, gaz)):
            continue
        if not village and _named_otherwise(base, key, gaz):
            continue  # "Tskhinvali region" is South Ossetia; "Tskhinvali" its city
        if any(t.type != "place" for t in gaz.surfaces.get(base, [])):
            continue
        if village and words[0].lower() in rules.titles:
            continue  # "King George Island": a bare "King George" is the king, no island
        other = state.discovered.get(base)
        if other is None:
            if base not in gaz.surfaces:
                state.discovered[base] = key
        elif other != key and state.types.get(other) == "place":
            remap[key] = other if other in gaz.names or key not in gaz.names else key
            if remap[key] == key:
                remap[other] = key
                del remap[key]
    for surface in sorted(state.discovered):
        state.discovered[surface] = remap.get(state.discovered[surface], state.discovered[surface])


# an Arabic article written before a place's name, in either case, with a space or a hyphen:
# "el Fasher", "El-Fasher", "al Mukalla"; the name after it is capitalised
_ARTICLED = re.compile(
    r"(?<![\w-])([Ee]l|[Aa]l)([ -])([A-Z][\w'\u2019]+(?:[ -][A-Z][\w'\u2019]+)*)"
)


def merge_article_forms(
    state: Discovery, gaz: Gazetteer, sentences: Sequence[Sequence[str]] = ()
) -> None:
    """A place whose name opens with an Arabic article is one place however a source writes
    the article: "El Fasher", "El-Fasher", "el Fasher" (a lower-case article: "surrounded el
    Fasher"), and the bare name of a source that writes the article before it ("Fasher" of
    "el Fasher"). The article's form is learnt from the sentences: a bare name that no
    source writes after an article stays its own place ("Salvador" beside "El Salvador"),
    and a bare name that is a gazetteer place of its own keeps its key. The gazetteer's key
    wins, else the key of a form written with the article."""
    places = {s: k for s, k in state.discovered.items() if state.types.get(k) == "place"}
    remap: dict[str, str] = {}
    for doc in sentences:
        for text in doc:
            for m in _ARTICLED.finditer(text):
                article, sep, name = m.groups()
                words = re.split(r"(?<=\S)([ -])(?=\S)", name)
                # the longest run of the name's words that names an articled place
                for end in range(len(words), 0, -2):
                    bare = "".join(words[:end])
                    target = _articled_place(bare, places, gaz, state)
                    if target is None:
                        continue
                    written = f"{article}{sep}{bare}"
                    if written not in state.discovered and written not in gaz.surfaces:
                        state.discovered[written] = target  # "el Fasher" as written
                    own = places.get(bare)
                    if (
                        own is not None
                        and own != target
                        and not any(t.type == "place" for t in gaz.surfaces.get(bare, ()))
                    ):
                        remap[own] = target  # "Fasher" of "el Fasher"
                    break
    for surface in sorted(state.discovered):
        state.discovered[surface] = remap.get(state.discovered[surface], state.discovered[surface])


def _articled_place(
    bare: str, places: dict[str, str], gaz: Gazetteer, state: Discovery
) -> str | None:
    """The key of the place named ``bare`` with an article before it ("El Fasher",
    "Al-Mukalla"): a gazetteer place first, then a place of the sources; None when no such
    place is known."""
    forms = [f"{a}{sep}{bare}" for a in ("El", "Al") for sep in (" ", "-")]
    for form in forms:
        known = [t.key for t in gaz.surfaces.get(form, ()) if t.type == "place"]
        if known:
            state.types.setdefault(known[0], "place")
            return known[0]
    for form in forms:
        if form in places:
            return places[form]
    return None


def _settled(base: str, sentences: Sequence[Sequence[str]], admin_nouns: frozenset[str]) -> bool:
    """Whether one of ``sentences`` writes ``base`` alone (no administrative noun after it)
    as a settlement: after a settlement noun and "of" ("the town of Kelvo", "the port of
    Kelvo"), before a lower-case settlement noun ("Kelvo town"), or as the point a distance
    is measured from or to ("Kelvo is located 60 km south of ...", "Kelvo, 190 kilometers
    further west, ...", "30 miles north of Kelvo"), not as the thing a size measures
    ("Kelvo, 300 km long, ..."). The nouns, units and words of a size are
    ``settlement_nouns``, ``distance_units`` and ``size_words`` of
    ``data/place_guards.yaml``, the words between a name and its distance ("is located 60
    km") ``distance_leads``."""
    nouns, units, sizes, leads, areas = _settlement_words(admin_nouns)
    name = rf"(?<![\w-]){re.escape(base)}(?![\w-])(?!\s+(?i:{areas})\b)"
    number = r"\d[\d,.]*\s?(?:-\s?)?"
    pattern = re.compile(
        rf"\b(?:{nouns}) of {name}"
        rf"|{name} (?:{nouns})(?![\w-])"
        rf"|{name}(?:,| is| lies| sits)(?: (?:{leads}))* {number}(?:{units})\b(?! (?:{sizes})\b)"
        rf"|\b{number}(?:{units})(?: [a-z-]+){{0,3}} (?:of|from) {name}"
    )
    return any(pattern.search(text) for doc in sentences for text in doc)


@cache
def _settlement_words(admin_nouns: frozenset[str]) -> tuple[str, str, str, str, str]:
    """The alternations :func:`_settled` builds its pattern of, once per set of
    administrative nouns: settlement nouns, distance units, size words, the words between a
    name and its distance (``data/place_guards.yaml``) and the administrative nouns, each
    escaped, longest first."""
    guards = place_guards()

    def any_of(words: frozenset[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))

    return (
        any_of(guards["settlement_nouns"]),
        any_of(guards["distance_units"]),
        any_of(guards["size_words"]),
        any_of(guards["distance_leads"]),
        any_of(admin_nouns),
    )


def _keep_town(state: Discovery, base: str, area: str, gaz: Gazetteer) -> None:
    """``base`` names a town apart from the area ``area``: its own place key, found as such
    when no place holds the name yet."""
    other = state.discovered.get(base)
    if other is not None and other != area:
        return  # found on its own: it stays its own place
    if other is None and base in gaz.surfaces:
        return  # a gazetteer name: the gazetteer's scan finds it
    town = known_place(base, gaz) or f"place:{place_key(base)}"
    if town == area:
        return
    state.discovered[base] = town
    state.types.setdefault(town, "place")
