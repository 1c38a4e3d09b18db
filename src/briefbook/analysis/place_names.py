"""Places in a capitalised run that :func:`~briefbook.analysis.names.classify` left untyped.

:func:`place_of` types one run as a place by the gazetteer, a noun after it ("<Name> region"
for an administrative area, "<Name> village" for a locality, "<Name> airport" for a
facility and "<Name> peninsula" for a feature, both places of their own), a locality cue
("the village of X", "X, a village north of ...", "in Ain X") or the city index of
GeoNames with a locative cue for towns under 100,000 people; :func:`known_place` finds the
gazetteer place a name spells in any transliteration; :func:`directed_part` the part of a
known place a direction word names ("Northern Sinai" = "North Sinai"). Merging the places
of a document set is :mod:`briefbook.analysis.place_merges`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.gazetteer import rules as rule_lists
from briefbook.analysis.names import (
    ACRONYM,
    LOCATIVE,
    SPEAKER_AFTER,
    Found,
    Tok,
    body_noun_after,
    english_words,
    faith_before_noun,
    fold,
    list_end,
    locality_before,
    market_concept,
    opens_sentence,
    owned_shop,
    part_of_area,
    place_guards,
    span_name,
    titled_town,
    toponym_cue,
    unplaced_street,
)
from briefbook.analysis.numbers import spelled_number, weekdays
from briefbook.analysis.place_cues import (
    ADJECTIVE,
    FRONTS_AFTER,
    HOLDER_BEFORE,
    ITEM_END,
    JURISDICTION_AFTER,
    KIN_GROUPS,
    LOCALITIES_AFTER,
    LOCALITIES_APPOSED,
    LOCALITY_AFTER,
    MONTH_OR_DAY,
    NEAR_AFTER,
    NEARBY,
    NOT_LOCATIVE,
    OTHER_PARTS_AFTER,
    PLACE_VERBS,
    PLAIN_WORD,
    QUARTERS_AFTER,
    REPRESENTS_BEFORE,
    RESIDENCE_OF,
    SITES_AFTER,
    UNIT_HOLDER_BEFORE,
    WAY_JOINS,
    bare_scene,
    in_known,
    in_known_aside,
    list_neighbours,
    list_opened,
    listed_body,
    owned_site,
    people_after,
    place_phrase,
    plain_name,
    possessive_part,
    route_stage,
)
from briefbook.analysis.places import (
    alternate_only,
    area_index,
    city_country,
    city_index,
    city_population,
    country_code,
    place_key,
    place_skeleton,
    position_name,
)
from briefbook.analysis.variants import city_variant
from briefbook.data import load_data
from briefbook.text.normalise import singular

__all__ = [
    "admin_area",
    "headed_facility",
    "titled_area",
    "town_not_person",
    "trimmed_place",
    "area_owner",
    "based_places",
    "directed_part",
    "home_countries",
    "known_area",
    "known_place",
    "known_town",
    "list_mates",
    "listed_areas",
    "lga_tails",
    "local_government",
    "ordinary_words",
    "place_of",
    "seat_places",
    "weak_city",
]


_BIG_CITY = 100_000  # people: a city this large is a place without a locative cue


# "a Kelvadu-based group", "the Dravi Valley-based militia": a name before "-based"
@cache
def _based() -> re.Pattern[str]:
    """A name before a hyphen and a word of ``place_compound_words`` of
    ``data/place_guards.yaml``: "a Kelvadu-based group", "the Kelvadu-bound train"."""
    words = load_data("place_guards.yaml")["place_compound_words"]
    alt = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])((?:[A-Z][a-z']+[ -]){{0,2}}[A-Z][a-z']+)-(?:{alt})\b")


# the ending of a doctrine or a follower's name: "Marxist", "Leninism"
_DOCTRINE = re.compile(r"(?:ist|ism)$")
# a capitalised article written as a word of its own, Arabic or Spanish: "Al Noor", "El
# Fasher", "La Palma", "Los Llanos"
# a bearing written with a capital before "of": "North of X" names X
_BEARINGS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    }
)
_ARTICLE_NAME = re.compile(r"Al|El|La|Las|Los")
# a plural noun after an adjective of origin ("Roman mosaics"), not a verb ("Zlitan was")
_NOUN_PLURAL = re.compile(r"\s+(?!(?:was|is|has|does)\b)[a-z]+s\b")


def place_of(
    toks: list[Tok],
    text: str,
    rules: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    listed: bool = False,
    event: bool = False,
    home: frozenset[str] = frozenset(),
) -> tuple[Found, str] | None:
    """A place named by an unclassified capitalised sequence, with its entity key, or None.

    "<Name> region/oblast/province/district" is an administrative area (kept apart from a
    city of that name); "<Name> village/town/area" a locality; otherwise a city of the city
    gazetteer, when the name is not a common word and does not open the sentence. A small
    city needs a locative cue ("near Menaka") or, with ``listed``, a place it is listed with
    ("Kidal and Gao"). With ``event`` (an attack or capture verb names the run's place:
    :func:`event_before`), a name of one or two plain words that no list knows is a
    village: "shelled Kavela", "struck two cars in Kavela". A small city of a country in
    ``home`` (ISO codes of the countries the document names: :func:`home_countries`) needs
    no cue: "Mannar" in a report on Sri Lanka. A possessive 's is no part of the span."""
    if site := _numbered_site(toks, text, rules):
        return site  # "at Tower 22", "Checkpoint 5": a site named by its number
    hit = _place_of(toks, text, rules, gaz, lower_vocab, listed, event, home)
    if (
        hit
        and (num := _SITE_NUMBER.match(text, hit[0].end))
        and not MONTH_OR_DAY.fullmatch(hit[0].name.split()[-1])
    ):  # "the suburb of Kelvo 2": the number is part of the name
        found = hit[0]
        name = f"{found.name} {num.group(1)}"
        return Found(found.start, num.end(1), found.type, name), f"{hit[1]} {num.group(1)}"
    if hit and (town := _town_with_s(hit[0], text)):
        return town  # "St. John's": the town's own name ends in "'s"
    if hit and text.endswith("'s", 0, hit[0].end):  # "Kavelo's outskirts": the place is Kavelo
        found = hit[0]
        return Found(found.start, found.end - 2, found.type, found.name), hit[1]
    return hit


# a quotation opened inside the sentence: 'he asked me, "Shall we go?"'
_QUOTE_OPENED = re.compile(r"""(?:^|[\s,:;(])["'\u201c\u2018]$""")


def _quote_opener(toks: list[Tok], text: str) -> bool:
    """Whether ``toks`` is one ordinary English word (:func:`ordinary_words`) opening a
    quotation inside the sentence: 'he asked me, "Shall we take out the vehicles?"' opens
    the quoted sentence with a modal, no town of that spelling (round places28a)."""
    return (
        len(toks) == 1
        and toks[0].bare in ordinary_words()
        and _QUOTE_OPENED.search(text, 0, toks[0].start) is not None
    )


def _inner_particle(toks: list[Tok], i: int, name: str, rules: Rules) -> bool:
    """Whether ``toks[i]`` is a lower-case particle inside ``name`` (a connector or a name
    link: "es" of "Dar es Salaam", "de" of "Rio de Janeiro") and the city index knows the
    whole name: the sources write the particle in lower case because it is one, so it makes
    no common word of the name (round places28a)."""
    tok = toks[i]
    return (
        0 < i < len(toks) - 1
        and tok.text.islower()
        and (tok.low in rules.connectors or tok.text in rules.name_links)
        and bool(city_index().get(place_key(name)))
    )


def _town_with_s(found: Found, text: str) -> tuple[Found, str] | None:
    """``found`` with the "'s" after it or at its end, and its key, when the city index
    holds a town so named ("St. John's", "St. George's", the apostrophe straight or
    curly); None otherwise."""
    end = found.end
    if not text.endswith(("'s", "\u2019s"), 0, end):
        if not text.startswith(("'s", "\u2019s"), end):
            return None
        end += 2
    full = " ".join(text[found.start : end].split())
    key = place_key(full)
    town = city_index().get(key)
    if not town or not town.endswith(("'s", "\u2019s")) or place_key(town) != key:
        return None
    return Found(found.start, end, found.type, full), f"place:{key}"


# a site's number right after its name, ending the name's phrase: "Tower 22 in Jordan",
# "Kelvo 2." (not "Kelvo 2 people", "March 22, 2024": a count or a date; nor "told
# residents of Kelvo 76 of their daughters were freed": a count of the people's own, round
# places27)
_SITE_NUMBER = re.compile(
    r" (\d{1,3})(?=\s*[.;:)]|,(?!\s*\d)|\s*$|\s+(?:in|near|on|at|outside|inside|and|or"
    r"|of(?!\s+(?:their|its|his|her|our|your|them|those|these|whom|which)\b)"
    r"|where|after|before|during|was|were|is|has|had|when)\b)"
)


# "of" and a name after an administrative noun: "province of Dak Lak"
_OF_NAME = re.compile(r"\s+of\s+((?:[^\W\d_][\w'-]*\s*)+)")


def _holds_named_unit(name: str, noun: str, text: str, end: int) -> bool:
    """Whether ``name`` and the noun of a first-level unit after it (``first_level_nouns``
    of ``data/place_guards.yaml``), ending at ``end``, are followed by "of" and the name of
    a first-level subdivision of the area index while ``name`` is none: "the Central
    Highlands province of Dak Lak" names the province Dak Lak in the region Central
    Highlands ("the Helmand province of Afghanistan" names Helmand, "the Sangin district of
    Helmand" Sangin district)."""
    if noun not in place_guards()["first_level_nouns"] or area_index().get(place_key(name)):
        return False
    m = _OF_NAME.match(text, end)
    words = []
    for word in m.group(1).split() if m else ():
        if not word[:1].isupper():
            break
        words.append(word)
    return bool(words) and bool(area_index().get(place_key(" ".join(words))))


def _proper(toks: list[Tok], rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` hold a word of a proper name: not every word an ordinary English word
    (:func:`ordinary_words`), a people, faith or side (``peoples``, ``faith_words`` of
    ``data/entity_rules.yaml``) or a country's demonym ("the Catholic province of X", "the
    Rebel province of X" name no region; "Central Highlands" does)."""
    common = ordinary_words() | rules.peoples | rules.faith_words
    return not all(t.low in common or t.text in gaz.adjectives for t in toks)


# the ending of a word for a creed or a side: "Maoist", "Islamist", "Leninist"
_CREED = re.compile(r"[a-z](?:ist|ists|ite|ites)$")
# an amount after a short word, which is then its currency: "Rs 5 lakh", "Sh 2 million",
# and a sum written in full with its thousands grouped: "robbed of Nu 20,000"
_AMOUNT_AFTER = re.compile(
    r"\s+\d[\d,.]*\s*(?:lakhs?|crores?|million|billion|thousand|bn|mn|m|k)\b"
    r"|\s+\d{1,3}(?:,\d{3})+(?![\d,])",
    re.IGNORECASE,
)


# "X, an aside, is a wide meadow": a copula, an article and up to two words before a noun
_IS_A = re.compile(
    r"(?:\s*,[^,.;()]{1,80},)?\s+(?:is|was)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)"
    r"(?=\s*[,.;]|\s+(?:in|of|near|on|that|which|where|with|ringed|surrounded|located|along"
    r"|north|south|east|west|about|some|popular|known|famous)\b)"
)


def _is_locality(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether a copula after ``toks`` (past one aside between commas) calls the name a
    locality or a feature of the land: "Kelvari, six kilometres from Tarsk, is an expansive
    meadow", "Dravan is a small village" (``locality_nouns`` and ``feature_nouns`` of
    ``data/entity_rules.yaml``)."""
    m = _IS_A.match(text, toks[-1].end)
    if m is None:
        return False
    noun = m.group(1)
    return noun in rules.locality_nouns | rules.feature_nouns and noun != "area"


def _route_or_origin(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether ``toks`` follow a way's noun and "to"/"from"/"towards"/"between"/"with" ("the
    road to X", "the border with X", "fighting between X and Y", and Y of it), or a person's
    word and "from" ("porters from X", "both from X"): words of ``route_nouns`` and
    ``origin_people`` (data/entity_rules.yaml)."""
    window = text[max(0, toks[0].start - 60) : toks[0].start]
    m = re.search(
        r"\b([A-Za-z][a-z]*(?: [a-z]+)?)\s+(to|from|towards?|between|with|via)\s+$", window
    )
    if m is None:
        m2 = re.search(
            r"\b([A-Za-z][a-z]*(?: [a-z]+)?)\s+between\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
            r"\s+and\s+$",
            window,
        )
        return m2 is not None and _last_words_in(m2.group(1), rules.route_nouns)
    if m.group(2) == "from" and _last_words_in(m.group(1), _taken_people()):
        # "pupils from Harvard", "passengers from Lufthansa": a school's, a firm's people
        # unless taken or freed ("abducted 40 pupils from Kelvo"; round revB27)
        return not body_people_from(toks[0].start, text)
    if m.group(2) == "from" and _last_words_in(m.group(1), rules.origin_people):
        return True
    if m.group(2) == "between" and not re.match(r"\s+and\s+[A-Z]", text[toks[-1].end :]):
        return False  # "between" opens a pair: "between X and Y"
    return _last_words_in(m.group(1), rules.route_nouns)


def body_people_from(start: int, text: str) -> bool:
    """Whether the name at offset ``start`` of ``text`` follows "from" after people a firm, a school or a church has
    (``taken_origin_people`` of ``data/place_guards.yaml``: "pupils from Harvard", "workers
    from Siemens") and no verb of taking or freeing stands before them in the clause
    ("abducted 40 pupils from Kelvo" names the town): the name is then the body's, even a
    town's spelling the city index holds (rounds revB27, places28a)."""
    m = re.search(r"\b([A-Za-z]+)\s+from\s+$", text[max(0, start - 40) : start])
    if m is None or m.group(1).lower() not in _taken_people():
        return False
    clause = re.split(r"[.;:!?]", text[max(0, start - 100) : start])[-1]
    return not any(w in _taking_verbs() for w in re.findall(r"[a-z]+", clause.lower()))


@cache
def _taken_people() -> frozenset[str]:
    """``taken_origin_people`` of ``data/place_guards.yaml``."""
    return frozenset(str(w).lower() for w in place_guards()["taken_origin_people"])


@cache
def _taking_verbs() -> frozenset[str]:
    """``taking_verbs`` of ``data/place_guards.yaml``."""
    return frozenset(str(w).lower() for w in place_guards()["taking_verbs"])


def _last_words_in(words: str, nouns: frozenset[str]) -> bool:
    """Whether the last word or the last two words of ``words`` are one of ``nouns``."""
    parts = words.lower().split()
    return parts[-1] in nouns or " ".join(parts[-2:]) in nouns


# a locative word, one village's name and a comma: "at Velovai, " before the larger area
_LOCATED_ITEM_BEFORE = re.compile(r"\b(?:in|at|near)\s+([A-Z][\w'’-]+),\s+$")


def _holder_of_located(toks: list[Tok], text: str) -> bool:
    """Whether ``toks`` are set off after a locative word, a village's name and a comma, and
    close the item with a comma or a full stop before a lower-case word or the end: "his
    plantation at Velovai, Kalealili, and taken to": the area that holds the village. Not
    after a month or a day ("in January, X, the ..."), nor before a speech verb."""
    m = _LOCATED_ITEM_BEFORE.search(text, max(0, toks[0].start - 40), toks[0].start)
    if m is None or not PLAIN_WORD.fullmatch(m.group(1)) or MONTH_OR_DAY.fullmatch(m.group(1)):
        return False
    return re.match(r"(?:,\s+(?:and\s+)?[a-z]|\.(?:\s|$))", text[toks[-1].end :]) is not None


def _after_named_site(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether ``toks`` follow "and"/"or" after a capitalised name with its lower-case
    facility, feature or locality noun ("attacks on the Dravo oil field and Kelvani", "the
    Kelvo river and Tarvi"): the next item of a list of places."""
    m = re.search(
        r"[A-Z][\w'-]*\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:and|or)\s+$",
        text[max(0, toks[0].start - 50) : toks[0].start],
    )
    nouns = rules.facility_nouns | rules.feature_nouns | rules.locality_nouns
    return m is not None and m.group(1) in nouns


def _numbered_site(toks: list[Tok], text: str, rules: Rules) -> tuple[Found, str] | None:
    """A site named by a head word of ``numbered_sites`` (data/entity_rules.yaml) and a
    number ("Tower 22", "Checkpoint 5", "Check Post 3"), with its key; None otherwise."""
    while toks and (toks[0].low in rules.stop or toks[0].low in rules.connectors):
        toks = toks[1:]
    if not toks or len(toks) > 2 or not toks[0].text[:1].isupper():
        return None
    head = " ".join(t.bare for t in toks)
    num = _SITE_NUMBER.match(text, toks[-1].end)
    if head not in rules.numbered_sites or not num:
        return None
    name = f"{span_name(toks, text)} {num.group(1)}"
    return Found(toks[0].start, num.end(1), "place", name), f"place:{fold(name)}"


def _common_before_area(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether a run before an administrative noun (``admin_nouns``: "Residents of the Kayes
    region said") opens with a plural of an ordinary English noun (its singular in the word
    list: "Residents", "Farmers", "Families"), so the word opens the sentence and names no
    part of the area, even in sources that never write it in lower case. A name's own head
    ("Isles", "Heights": ``place_heads``, ``place_first_words``, ``feature_nouns``, "isle"
    as the short form of "island") stays, as does a singular
    ("Isle of Wight district", "Cape of Good Hope province")."""
    m = re.match(r"\s+([a-z]+)(?![\w-])", text[toks[-1].end :])
    if m is None or m.group(1) not in rules.admin_nouns:
        return False
    low, heads = toks[0].low, rules.place_heads | rules.place_first_words | rules.feature_nouns
    one = singular(low)
    # a head or a short form of one ("isle" of "island")
    head = {low, one} & heads or any(h.startswith(one[:-1]) for h in heads if len(one) > 3)
    return one != low and one in english_words() and not head


def _place_of(
    toks: list[Tok],
    text: str,
    rules: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    listed: bool,
    event: bool,
    home: frozenset[str],
) -> tuple[Found, str] | None:
    while toks and (toks[0].low in rules.stop or toks[0].low in rules.connectors):
        if _ARTICLE_NAME.fullmatch(toks[0].text) and len(toks) > 1 and toks[1].text[:1].isupper():
            break  # "the Al Noor area": a capitalised Arabic article opens the name
        if _new_town(toks, text):
            break  # "protests in New Dhobi": "New" opens the name
        if _named_unit(toks, text, rules):
            break  # "in Mon district": a stop word's spelling names the unit
        toks = toks[1:]
    if (
        len(toks) > 2
        and (toks[0].low in lower_vocab or _common_before_area(toks, text, rules))
        and toks[1].low in rules.connectors
        and opens_sentence(text, toks[0].start)
    ):  # "Residents of the X district said": a common word opening the sentence
        toks = toks[1:]
        while toks and (toks[0].low in rules.stop or toks[0].low in rules.connectors):
            toks = toks[1:]
    if toks and all(
        t.bare in rules.admin_nouns | rules.locality_nouns | rules.place_heads for t in toks
    ):
        if feature_area := _feature_named_area(toks, text, rules):
            return feature_area  # "the Coast region": a land feature's word names the area
        return None  # "in Constituency 132", "the District": a class word, no name
    if len(toks) == 1 and _discourse_opener(toks[0], text):
        return None  # 'said: "Well, we will see"': a word of speech, not the town of Well
    if unit_first := _unit_first(toks, text, lower_vocab):
        return unit_first  # "stopped in District Gharbi": a district named unit first
    if len(toks) == 1 and len(toks[0].bare) <= 3 and _AMOUNT_AFTER.match(text, toks[0].end):
        return None  # "a reward of Rs 5 lakh", "Nu 20,000": a currency's short form
    if len(toks) > 2 and toks[0].low in place_guards()["count_words"] and toks[1].low == "of":
        toks = toks[2:]  # "Hundreds of Kavelo residents": a count, no part of the name
    if len(toks) > 2 and toks[0].low in _BEARINGS and toks[1].low == "of":
        toks = toks[2:]  # "the area North of Kiri-ambawa": the bearing is no part of the name
    if len(toks) > 1 and toks[-1].text[:1].isupper() and toks[-1].low in weekdays():
        toks = toks[:-1]  # "tried to attack Yandoton Daji Sunday night": the day is no name
    if len(toks) > 1 and toks[-1].low in rules.core_titles and ACRONYM.fullmatch(toks[-1].text):
        toks = toks[:-1]  # "the Dravi DC": the area of a deputy commissioner (JURISDICTION_AFTER)
    owners = [i for i, t in enumerate(toks[:-1]) if t.low.endswith("'s")]
    if owners and not _possessive_name(toks, text, gaz):
        toks = toks[owners[-1] + 1 :]  # "Kyiv's Shevchenko district" is Shevchenko district
    while len(toks) > 1 and ACRONYM.fullmatch(toks[-1].text) and _known_base(toks[:-1], text, gaz):
        toks = toks[:-1]  # "North Aceh GAM commander": the group's short form is no part
    if not toks or len(toks) > 4 or any(ACRONYM.fullmatch(t.text) for t in toks):
        return None  # "UN", "EEZs": short forms, never a city
    if len(toks) == 1 and all(MONTH_OR_DAY.fullmatch(p) for p in toks[0].bare.split("-")):
        return None  # "in February-March 2013": a span of months
    if len(toks) == 1 and _ARTICLE_NAME.fullmatch(toks[0].text):
        return None  # "Los" of "Los Angeles-style gangs": an article alone names nothing
    if len(toks) == 1 and _counted_noun(toks[0], text):
        return None  # "three Policemen had fallen": a counted noun, capitalised
    if (saint := _saint_town(toks, text, lower_vocab)) is not None:
        return saint  # "ended in St. Kelvo": a town named after a saint, no saint
    titled = toks[1:] if toks[0].low in rules.toponym_prefixes else toks  # "Datu Talumpa"
    if titled_town(toks, text, rules):
        titled = toks[1:]  # "in Sheikh Zuwayed": a town of the index named after a title
    if any(t.low in rules.titles for t in titled) or any(
        t.bare in rules.org_heads or t.low in rules.doc_heads for t in toks
    ):
        return None
    name = span_name(toks, text)
    if any(t.type == "country" for t in gaz.surfaces.get(f"{name}s", ())):
        return None  # "Solomon Island rioters": the country's name as an adjective
    if len(toks) == 1 and _people_plural(toks[0].bare, rules):
        return None  # "thousands of Muslims in Tuzla": a people, not a place
    if len(toks) == 1 and toks[0].low in place_guards()["language_names"]:
        return None  # "the news in English": a language, not the town of that name
    if len(toks) == 1 and faith_before_noun(toks[0], text):
        return None  # "bombed Coptic churches": a faith's adjective, not a town
    if len(toks) == 1 and _people_before_noun(toks[0], text, rules):
        return None  # "Naga rebel groups", "the Naga insurgency": a people, not the city
    if _adjective_of_place(name, text[toks[-1].end :], gaz):
        return None  # "Ossetian villages", "South Ossetian territory": an adjective
    if _part_of_unit(toks, text, rules, gaz):
        # "in Southern Borno state": the state is Borno state, the compass word where in it
        toks, name = toks[1:], span_name(toks[1:], text)
    elif part := directed_part(toks, text, gaz):
        return Found(toks[0].start, toks[-1].end, "place", name), part
    if _compass_part(toks, text, gaz):  # "Harare West": a constituency of the city
        return Found(toks[0].start, toks[-1].end, "place", name), f"place:{place_key(name)}"
    if (
        len(toks) > 1
        and (
            toks[-1].bare in rules.place_heads | place_guards()["facility_heads"]
            # a first word opens one name, not a list: "Santa Cruz and Nicoya" are two
            or (toks[0].low in rules.place_first_words and not _joins_two(toks))
        )
        and toks[0].low not in lower_vocab
        and not any(t.type == "country" for t in gaz.surfaces.get(toks[0].text, []))
        # "aligned with the Islamic State": a body the gazetteer knows, whatever its last
        # word (round places28a)
        and not any(t.type in {"organisation", "force"} for t in gaz.surfaces.get(name, []))
        and not market_concept(toks)  # "the Stock Market": an economy (round places27)
        and not owned_shop(toks, text)  # "Anna's Village Bakery": her shop (round places27)
        and not unplaced_street(toks, text)  # "joined a Test Drive" (round revA28)
    ):
        # a part of a listing named by its head word: "the Lake Chad Basin and the Sahel"
        return Found(toks[0].start, toks[-1].end, "place", name), (
            known_place(name, gaz) or f"place:{fold(name)}"
        )
    after = text[toks[-1].end : toks[-1].end + 40]
    m = re.match(r"\s+([a-z]+(?: [a-z]+){0,2})(?![\w-])", after)
    words = m.group(1).split() if m else []
    phrases = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    targets = gaz.surfaces.get(name, [])
    own = next((p for p in phrases if p in rules.facility_nouns), None)
    if own and toks[-1].bare in place_guards()["facility_heads"] | rules.facility_nouns:
        own = None  # "the Almaty Arena stadium": the name ends in its own facility's head
    if own and any(t.type == "country" or not t.alias for t in targets):
        own = None  # "a Russian airbase", "Iran nuclear site": not a named facility
    if own and any(t.type in {"organisation", "force"} for t in targets):
        own = None  # "the Houthi military base": a body's base, no facility's name
    if own in rules.facility_nouns and _generic_facility(toks, text):
        own = None  # "near a Dravi prison", "Dravi's hospital": one of the town's, unnamed
    if own in place_guards()["town_sites"] and _town_site(toks, name, text, gaz):
        own = None  # "a strike on Kelvabad mosque": one of the town's mosques, unnamed
    if own and len(words) > len(own.split()) and words[len(own.split())] in rules.roles:
        own = None  # "the Nairobi station chief": the seat of a post, no facility's name
    if own == "field" and len(words) > 1 and words[1] in rules.facility_nouns:
        own = None  # "the Kelvo field hospital": a field's kind of facility, no field
    if (
        own
        and len(words) > len(own.split())
        and words[len(own.split())] in place_guards()["penalty_nouns"]
    ):
        own = None  # "the Navalny jail term": a sentence served, no facility's name
    if own is None and words and toks[-1].bare not in rules.place_heads:
        # "the Korean peninsula": a demonym may name a feature; "the X hill range"
        own = next((p for p in phrases if p in rules.feature_nouns), None)
        if own == "island" and any(t.type == "country" for t in targets):
            own = None  # "the Philippine island of Palawan": one of the country's islands
    full = f"{name} {own}"
    known_full = gaz.place_keys.get(place_key(full))
    if own in rules.feature_nouns and not known_full and not city_index().get(place_key(name)):
        known_full = known_place(name, gaz)  # "the Siversky Donets river": the river
    common = any(
        t.low in lower_vocab and not _inner_particle(toks, i, name, rules)
        for i, t in enumerate(toks)
    ) or MONTH_OR_DAY.fullmatch(name)
    if own and (known_full or not common):
        # a facility or a feature: a place of its own ("Mosul airport", "Korean peninsula")
        key = known_full or f"place:{fold(full)}"
        end = toks[-1].end + len(m.group(0)) - len(m.group(1)) + len(own) if m else toks[-1].end
        return Found(toks[0].start, end, "place", full), key
    if any(t.type == "country" for t in targets):
        return None
    noun = ""
    if words:
        nouns = rules.locality_nouns | rules.admin_nouns  # "X administrative post"
        noun = next((p for p in phrases if p in nouns), words[0])
    key = place_key(name)
    known = (
        gaz.place_keys.get(key)
        or _variant(name, gaz)
        or ((city_index().get(key) or area_index().get(key)) and f"place:{key}")
    )
    if noun in rules.admin_nouns and noun in rules.org_heads:
        rest = text[toks[-1].end + 1 + len(noun) :]
        plain = [t for t in toks if t.low not in rules.connectors]
        every = all(t.low in lower_vocab for t in plain)  # "Finance", "Homeland Security"
        if every or name in gaz.surfaces or body_noun_after(rest, toks):
            noun = ""  # "the Finance department", "a State department official": a body
    if noun in rules.admin_nouns:
        if not known and _origin_land(toks, noun, rules):
            return None  # "parts of Congolese territory": whose land, no territory's name
        if _adjective_bloc(toks, noun, rules):
            return None  # "the Soviet block", "the Arab block": a bloc of states, no area
        if not known and re.search(
            r"(?<![\w-])[Aa]n?\s+$", text[max(0, toks[0].start - 4) : toks[0].start]
        ):
            return None  # "become an Islamist state": a kind of state, not a named one
        if _holds_named_unit(name, noun, text, toks[-1].end + 1 + len(noun)):
            if not _proper(toks, rules, gaz):
                return None  # "the Catholic province of Quebec": the province is Quebec
            # "the Central Highlands province of Dak Lak": the province is Dak Lak; the name
            # before the noun is the region that holds it, named without the noun
            return Found(toks[0].start, toks[-1].end, "place", name), known or f"place:{key}"
        area, area_key = admin_area(name, noun, gaz)
        return Found(toks[0].start, toks[-1].end + 1 + len(noun), "place", area), area_key
    if name in gaz.surfaces:
        return None
    if (
        _CELL_IN.match(text, toks[-1].end)
        and not known
        and plain_name(toks, lower_vocab)
        and not common
        and not re.search(r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+$", text[: toks[0].start])
    ):
        # "Kelvo cell in Huye sector": Rwanda's smallest unit, placed in its sector (not
        # "the Hamburg cell in Altona district", a group)
        return Found(toks[0].start, toks[-1].end + len(" cell"), "place", f"{name} cell"), (
            f"place:{key} cell"
        )
    if noun in rules.locality_nouns:
        if not known and any(t.low in {"and", "or", "&"} for t in toks):
            # "alongside Beit Kelvo and Tarsa junction": a list's last name takes the
            # noun, the names before it are places of their own (round revB25)
            return None
        if not gaz.place_keys.get(key) and _people_of_place(toks, text, rules):
            return None  # "the Arab village of X", "the largely Purepecha Indigenous town"
        if (
            not known
            and len(toks) == 1
            and _CREED.search(toks[0].text)
            and re.search(r"(?<![\w-])[Aa]n?\s+$", text[max(0, toks[0].start - 4) : toks[0].start])
        ):
            return None  # "a Maoist camp", "an Islamist base": a side's camp, no name
        return Found(toks[0].start, toks[-1].end, "place", name), known or f"place:{key}"
    if not known:
        if any(t.low in {"and", "or"} for t in toks):
            return None  # a listing: its parts are tried one by one
        if len(toks) == 1 and _abstract_noun(toks[0].low):
            return None  # "a fellowship in Leadership": a field or a quality, not a village
        if len(toks) == 1 and _CREED.search(toks[0].text) and _LOWER_WORD_AFTER.match(after):
            return None  # "in Maoist affected areas": a creed's adjective, not a village
        prev = _words_before(text, toks[0].start)
        cue = listed or (bool(prev) and prev[-1].lower() in LOCATIVE | PLACE_VERBS)
        if (
            locality_before(toks, text)  # "the port of Ust-Luga", "the villages of A and B"
            or list_opened(toks, text)  # "the villages attacked include A, B and C"
            or LOCALITY_AFTER.match(after)  # "Kravtsivka, a village north of the river"
            # "Kravtsivka (Apu), a town on the border": past a short aside
            or LOCALITY_AFTER.match(text, _past_aside(text, toks[-1].end))
            # "Kelvari, about six kilometres from X, is an expansive meadow": the name is
            # what the predicate calls a locality or a feature
            or _is_locality(toks, text, rules)
            # "attacked Kavelo, near the border", "Kavelo, 30 km from the capital"
            or (NEAR_AFTER.match(after) and plain_name(toks, lower_vocab) and not common)
            or (JURISDICTION_AFTER.match(after) and plain_name(toks, lower_vocab) and not common)
            or LOCALITIES_AFTER.match(text, list_end(text, toks[-1].end))  # "A and B villages"
            # "near Kut and Norabak, two villages in the province"
            or LOCALITIES_APPOSED.match(text, list_end(text, toks[-1].end))
            # "the Zelvar and Tarmuk checkpoints", "the Kelvash and Ormuti border crossings"
            # (not a side listed with a known body: "the Hamas and Fatah crossings", review
            # revA26)
            or (
                SITES_AFTER().match(text, list_end(text, toks[-1].end))
                and not listed_body(toks, text, gaz)
            )
            # "the A, B and C battlefronts", "the A and B neighbourhoods": towns and
            # quarters, not ordinary words ("Popular"), faiths ("Christian") nor peoples
            # ("the Kurdish and Arab neighbourhoods"; ``peoples``, round revA18) nor sides
            # ("the Taliban and Haqqani informal settlements"; review revA23)
            or (
                (
                    FRONTS_AFTER.match(text, list_end(text, toks[-1].end))
                    or QUARTERS_AFTER.match(text, list_end(text, toks[-1].end))
                )
                and plain_name(toks, lower_vocab)
                and not common
                and not any(t.bare in ordinary_words() | rules.peoples for t in toks)
                and not listed_body(toks, text, gaz)
                and not _listed_fields(toks, text, rules)
            )
            # "Member for Tolvai": a constituency, not an ordinary word ("Member for Trade")
            or (
                REPRESENTS_BEFORE.search(text, max(0, toks[0].start - 16), toks[0].start)
                and plain_name(toks, lower_vocab)
                and not common
                and not any(t.bare in ordinary_words() for t in toks)
            )
            # "in Dhobi Tola and other parts of the valley", "the Rambazar residence of X"
            or (
                (
                    OTHER_PARTS_AFTER.match(text, toks[-1].end)
                    or (RESIDENCE_OF.match(after) and bool(prev) and prev[-1] == "the")
                )
                and plain_name(_after_new(toks, text), lower_vocab)
                and not any(t.low in lower_vocab for t in _after_new(toks, text))
                and not all(t.bare in ordinary_words() for t in toks)
            )
            # "in Ain X", "through Sheikh X", "Sheikh X residents"
            or (
                len(toks) > 1
                and toks[0].low in rules.toponym_prefixes
                and (cue or toponym_cue(toks, text))
            )
            or (event and plain_name(toks, lower_vocab) and not common)
            # "Puthukkudiyiruppu" in a report on Sri Lanka: a village's ending in its country
            or (
                _home_ending(toks, text, home, rules)
                and plain_name(toks, lower_vocab)
                and not common
            )
            # "at nearby Tulembe": a place beside the scene
            # "30 km north of X", "residents of X", "withdrew towards X", "from X to Y"
            or (
                (place_phrase(toks, text) or (bool(prev) and prev[-1].lower() in NEARBY))
                and plain_name(toks, lower_vocab)
                and not common
                and toks[-1].bare not in rules.admin_nouns | rules.place_heads  # "X Township"
            )
            # "marched from Kelvo toward X", "from X through Tarsi to Y": a stage of a
            # route told in steps (round places25)
            or (
                route_stage(toks, text, lower_vocab) and not SPEAKER_AFTER.match(text, toks[-1].end)
            )
            or (part_of_area(toks, text) and not common and toks[1].text[1:].islower())
            # "Kavelo's second district", "Kavelo's outskirts"
            or (
                possessive_part(toks, text)
                and plain_name(_unpossessed(toks), lower_vocab)
                and not common
            )
            or (cue and plain_name(toks, lower_vocab) and not common and in_known(after, gaz))
            # "near Ton Pheung, Laos, close to": a town put in its country
            or (cue and _in_country(toks, after, gaz, rules) and not common)
            # "from Faskari (in Katsina State)", "Tsafe (in Zamfara) and Faskari (in Katsina
            # State)": an aside puts a name after a locative word or another aside in a place
            or (
                (cue or re.search(r"\)\s*(?:,|,?\s*and|,?\s*or)\s*$", text[: toks[0].start]))
                and plain_name(toks, lower_vocab)
                and not common
                and in_known_aside(after, gaz)
            )
            or bare_scene(toks, text, prev, rules, lower_vocab)  # "met in Borvanu on Sunday"
            # "the Dravo oil field and Kelvani": the next item of a list of places
            or (
                _after_named_site(toks, text, rules)
                and plain_name(toks, lower_vocab)
                and not common
                and not any(t.low in rules.given for t in toks)
                and not SPEAKER_AFTER.match(text, toks[-1].end)
            )
            # "picked up at Velovai, Kalealili, and taken": the area holding the village
            or (
                _holder_of_located(toks, text)
                and plain_name(toks, lower_vocab)
                and not common
                and not any(t.low in rules.given for t in toks)
                and not SPEAKER_AFTER.match(text, toks[-1].end)
            )
            # "were going to Dovrak from their camp": a journey's end after a verb of motion
            or (
                _journey_to(toks, text)
                and plain_name(toks, lower_vocab)
                and not common
                and not any(t.low in rules.given for t in toks)
            )
            # "porters from Dovrak", "the road to Dovrak", "fighting between Dovrak and Y"
            or (
                _route_or_origin(toks, text, rules)
                and plain_name(toks, lower_vocab)
                and not common
                and not any(t.low in rules.given for t in toks)
                and not SPEAKER_AFTER.match(text, toks[-1].end)
            )
            # "in Kelvo county, Dravia, from 2003": the area holding a named unit
            or (
                UNIT_HOLDER_BEFORE.search(text, max(0, toks[0].start - 40), toks[0].start)
                and ITEM_END.match(text, toks[-1].end)
                and plain_name(toks, lower_vocab)
                and not common
                and not any(t.low in rules.given for t in toks)
            )
        ):
            return Found(toks[0].start, toks[-1].end, "place", name), f"place:{key}"
        variant = _town_variant(name)
        if variant and (listed or (bool(prev) and prev[-1].lower() in LOCATIVE)) and not common:
            return Found(toks[0].start, toks[-1].end, "place", name), variant  # "in Sheikh Zuwayed"
        return None
    opening = opens_sentence(text, toks[0].start) or _quote_opener(toks, text)
    named_town = (
        not opening
        and not MONTH_OR_DAY.fullmatch(name)
        and plain_name(toks, frozenset())
        and re.search(
            r"\b(?:town|city|village)\s+of\s+$", text[max(0, toks[0].start - 12) : toks[0].start]
        )
    )
    # "Kelvo resident X Y was shot" opening a sentence: its people name the town
    opening = opening and not (not common and people_after(text, toks[-1].end))
    # "Tarkwa and Prestea, two mining towns in ...": a counted apposition calls the names
    # opening the sentence towns, as it does names inside it (review revA26)
    apposed = LOCALITIES_APPOSED.match(text, list_end(text, toks[-1].end)) is not None
    opening = opening and not (not common and apposed)
    if (opening or common) and not named_town:
        # "in Monday's strike": a day, never the town of Monday (but "the town of Pale": a
        # town of the index named by a word the sources also write in lower case)
        return None
    if not gaz.place_keys.get(key):  # a city of the index or a variant spelling
        prev = _words_before(text, toks[0].start)
        cue = listed or (bool(prev) and prev[-1].lower() in LOCATIVE | PLACE_VERBS)
        cue = cue and not NOT_LOCATIVE.search(text, max(0, toks[0].start - 20), toks[0].start)
        cue = cue and not body_people_from(toks[0].start, text)  # "pupils from Harvard"
        cue = cue or re.match(r",\s+[A-Z]", after) is not None  # "Bardo, Tunisia"
        # "travelling between Wabag and Porgera"; not a town's alternate name ("between Kim
        # and Putin": Kim is also Kimberley)
        cue = cue or (bool(prev) and prev[-1] == "between" and not alternate_only(key))
        cue = cue or locality_before(toks, text) or list_opened(toks, text)  # "the towns of X"
        # "the Dadaab and Kakuma refugee camps": towns of the index listed before a plural
        # noun of sites, as unknown names are (``list_site_nouns``; review revA26)
        cue = cue or SITES_AFTER().match(text, list_end(text, toks[-1].end)) is not None
        cue = cue or JURISDICTION_AFTER.match(after) is not None  # "the Dravi mayor"
        cue = cue or in_known_aside(after, gaz)  # "Kavelo (in Mannar)"
        cue = cue or (bool(prev) and prev[-1].lower() in NEARBY)  # "in neighbouring Manabi"
        # "the main island Grande Saline", "the Chief of Kpandai", "residents of Kavelo"
        cue = cue or place_phrase(toks, text)
        # "the capital Kavieng", "in central Kavieng", "downtown Kavieng": a word that names
        # a part or the rank of a town (``town_qualifiers`` of data/place_guards.yaml)
        cue = cue or (bool(prev) and prev[-1] in place_guards()["town_qualifiers"])
        # "Lahad Datu, Sabah", "Waterloo district, St Catherine": the area that holds a
        # place named right before it
        cue = cue or _holder_apposed(toks, text, gaz, rules)
        # "the municipality of Nueva Vista, Kelvaro": the area holding a locality
        cue = (
            cue or HOLDER_BEFORE.search(text, max(0, toks[0].start - 80), toks[0].start) is not None
        )
        # "Dravi's outskirts", "Dravi's forces" (not a town's alternate name: "Kim's forces")
        cue = cue or possessive_part(toks, text, town=not alternate_only(key))
        # "Kelvotech's Dravi headquarters": an owner's site in the town
        site = owned_site(toks, text)
        cue = cue or site
        # a town of the country the document is about: "Mannar" in a report naming Sri Lanka
        # (not a word of direction, "the West", nor after "the": "the North's missiles")
        local = (
            len(name) >= 4
            and city_country(key) in home
            and not alternate_only(key)
            and not position_name(key)
            and not any(t.bare in rules.given for t in toks)  # "Benjamin", a town and a name
            # "Commerce would publish", "a Progress cargo ship": an ordinary word
            and not all(t.bare in ordinary_words() for t in toks)
            and not (prev and prev[-1].lower() == "the")
            and not after.startswith("-")  # "Apache-2.0": a name in a code
            and text[max(0, toks[0].start - 1) : toks[0].start] not in {"/", "-", "@", "#"}
        )  # "the MIT/Apache licence": a name in a pair of names
        # a big city needs no cue, but not by another city's alternate name after "the" or a
        # speech verb ("the Yang di-Pertuan Agong", "said Samar De": a title, a speaker)
        big = (
            city_population(key) >= _BIG_CITY
            and len(name) >= 4
            and not (
                alternate_only(key)
                and bool(prev)
                and (prev[-1].lower() == "the" or prev[-1].lower() in rules.speech)
            )
        )
        # "Terrace, British Columbia": a demonym opening an area's name the area index knows
        # whole is no country's adjective (round places28a)
        big = big or (
            len(toks) > 1
            and toks[0].text in gaz.adjectives
            and bool(area_index().get(key))
            and not position_name(key)
        )
        if not cue and not local and not big:
            return None
        if ADJECTIVE.search(name) and _NOUN_PLURAL.match(after) and not site:
            return None  # "Roman mosaics", "Kenyan officials": an adjective, not a town
        if not cue and words and (words[0] in rules.group_nouns or words[0] in KIN_GROUPS):
            return None  # "two Moro clans", "Lumad families": a people, not the city
    return Found(toks[0].start, toks[-1].end, "place", name), known


def _saint_town(
    toks: list[Tok], text: str, lower_vocab: frozenset[str]
) -> tuple[Found, str] | None:
    """The town a saint's abbreviation with its period and a plain name spell after a word
    of a scene ("ended in St. Kelvo", "near Ste. Dravi"; ``saints`` and
    ``saint_scene_words`` of data/place_guards.yaml), or None: "St. Kelvo said", "prayed to
    St. Kelvo" and "believed in St. Kelvo" (``faith_in_words``) name the saint."""
    if len(toks) < 2 or f"{toks[0].low}." not in place_guards()["saints"]:
        return None
    if text[toks[0].end : toks[1].start] != ". " or not plain_name(toks[1:], lower_vocab):
        return None
    prev = _words_before(text, toks[0].start)
    guards = place_guards()
    if (
        not prev
        or prev[-1].lower() not in guards["saint_scene_words"]
        or SPEAKER_AFTER.match(text, toks[-1].end)
    ):
        return None
    if len(prev) > 1 and prev[-2].lower() in guards["faith_in_words"]:
        return None  # "believed in St. Kelvo": the saint of a faith
    name = span_name(toks, text)
    return Found(toks[0].start, toks[-1].end, "place", name), f"place:{place_key(name)}"


# what stands before a clause's first word: a sentence's start, a colon, an opening quote
_CLAUSE_START = re.compile(r"(?:[:;]|[:,]?\s*[\"\u201c\u2018'(])\s*$")


def _discourse_opener(tok: Tok, text: str) -> bool:
    """Whether ``tok`` is a word of speech (``discourse_openers`` of data/place_guards.yaml)
    opening a sentence, a quote or the words after a colon, a comma right after it: "Well,
    the army has left"; "in Well, a village" is a place still."""
    return (
        tok.low in place_guards()["discourse_openers"]
        and text.startswith(",", tok.end)
        and (
            opens_sentence(text, tok.start)
            or _CLAUSE_START.search(text[max(0, tok.start - 6) : tok.start]) is not None
        )
    )


def _abstract_noun(low: str) -> bool:
    """Whether ``low`` is an ordinary English word with the ending of an abstract noun
    (``abstract_endings`` of ``data/place_guards.yaml``: "leadership", "governance",
    "reconciliation"), which names no village the indexes lack."""
    return low in english_words() and low.endswith(tuple(place_guards()["abstract_endings"]))


def _listed_fields(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether another item of the list ``toks`` stand in is made of ordinary words or a
    people's name only: "the Finance and Planning areas", "the Health and Kelvo
    departments" list fields or sides, so neither item is a town (round revB27); "the
    Kelvo and Tarsi areas" list towns."""
    plain = ordinary_words() | rules.peoples
    return any(
        words and all(w.strip(".,'").lower() in plain for w in words)
        for item in list_neighbours(toks, text)
        for words in [[w for w in item.split() if w.lower() != "the"]]
    )


@cache
def ordinary_words() -> frozenset[str]:
    """Ordinary English words, lower case ("commerce", "hope", "christmas";
    ``data/ordinary_words.yaml``): no small town of the home country without a cue."""
    capitalised = load_data("ordinary_words.yaml")["capitalised"]
    return english_words() | {str(w).lower() for w in capitalised}


def based_places(
    text: str,
    rules: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    found: Callable[[str], str | None],
    home: frozenset[str] = frozenset(),
) -> list[tuple[Found, str]]:
    """The places named before "-based" or "-bound" in ``text``, with their keys: "a
    Kelvadu-based group", "the Kelvadu-bound train" name Kelvadu when Kelvadu is a place by another route too: ``found`` (the key of
    a name the documents name as a place by another rule, or None), the gazetteer, the area
    index or the city index (a city of 100,000 people or more, or a town of a country in
    ``home``, ISO codes of the countries the document names). Not a brand, a maker or a
    doctrine that is no place otherwise ("a Telegram-based channel", "a Makarov-based
    pistol", "a Marxist-based ideology": never an -ist or -ism shape), a name the gazetteer
    holds, whole or in part, as another kind ("US-based", "Chinese Yuan-based"), a common
    word of the sources or a given name."""
    out = []
    for m in _based().finditer(text):
        name, start = m.group(1), m.start(1)
        while " " in name and name.split(" ", 1)[0].lower() in rules.stop:
            # "The Kelvadu-bound train": the article opening the sentence is no word of it
            start += len(name.split(" ", 1)[0]) + 1
            name = name.split(" ", 1)[1]
        parts = re.split(r"[ -]", name)
        if any(t.type != "place" for p in [name, *parts] for t in gaz.surfaces.get(p, [])):
            continue  # "US-based", "Chinese Yuan-based": a country, not a place
        words = [w.lower() for w in parts]
        if any(w in lower_vocab or w in rules.given or w in rules.stop for w in words):
            continue
        if _DOCTRINE.search(name):
            continue  # "Marxist-based", "Leninism-based": a doctrine
        key = found(name) or known_place(name, gaz)
        if not key:
            bare = place_key(name)
            town = city_index().get(bare) and (
                city_population(bare) >= _BIG_CITY or city_country(bare) in home
            )
            if not (town or area_index().get(bare)):
                continue  # "a Telegram-based channel", "a Makarov-based pistol"
            key = f"place:{bare}"
        out.append((Found(start, m.end(1), "place", name), key))
    return out


@cache
def lga_tails() -> tuple[tuple[str, ...], ...]:
    """The word runs after a name that make it a local government area, lower case,
    longest first (``local_government_tails`` of ``data/entity_rules.yaml``)."""
    tails = load_data("entity_rules.yaml")["local_government_tails"]
    return tuple(sorted((tuple(str(w).lower() for w in t) for t in tails), key=len, reverse=True))


def local_government(
    toks: list[Tok],
    text: str,
    rules: Rules,
    gaz: Gazetteer,
    other: Callable[[list[Tok]], list[Found]] | None = None,
) -> list[Found]:
    """The local government area a run names ("Bungudu Local Government Area", "Tsafe
    Local Government", "Anka LGA": Nigeria's districts) as a place named by its base
    ("Bungudu") over the span of base and tail. When the run goes on with "of" and the
    state that holds the area ("Bungudu Local Government Area of Kelvo State"), that state
    (one to three capitalised words, ending in a unit noun or a gazetteer place) is a place
    of its own; when the area itself comes after "of" ("Dorawa District of Bungudu Local
    Government Area"), the words before are typed by ``other`` (the name rules), if given.
    Empty when the run names no such area: when the base is longer than three capitalised
    words or a gazetteer name of another kind ("the Ministry of Local Government" is a
    body)."""
    while toks and toks[0].low in rules.stop:
        toks = toks[1:]
    cuts = [i for i, t in enumerate(toks) if t.low == "of"]
    parts = [toks[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(toks)], strict=True)]
    for n, part in enumerate(parts):
        area = _local_government(part, text, rules, gaz)
        if area is None:
            continue
        out = [area]
        if n + 1 < len(parts):
            holder = [t for p in parts[n + 1 :] for t in p]
            name = span_name(parts[n + 1], text)
            if (
                n + 2 == len(parts)
                and 0 < len(holder) <= 3
                and all(t.text[:1].isupper() for t in holder)
                and (holder[-1].low in rules.admin_nouns or known_place(name, gaz))
            ):
                out.append(Found(holder[0].start, holder[-1].end, "place", name))
            else:
                return []  # "X LGA of the Ministry of Y": not a holding state
        if n and other is not None:
            before = [t for p in parts[:n] for t in p]
            out = [*other(toks[: toks.index(part[0]) - 1]), *out] if before else out
        elif n:
            return []
        return out
    return []


def _local_government(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> Found | None:
    """The local government area ``toks`` name as a whole (see :func:`local_government`)."""
    if not toks:
        return None
    lows = tuple(t.low for t in toks)
    for tail in lga_tails():
        base = toks[: -len(tail)]
        if lows[-len(tail) :] != tail or not 0 < len(base) <= 3:
            continue
        if not all(t.text[:1].isupper() and t.low not in rules.connectors for t in base):
            return None
        name = span_name(base, text)
        if any(t.type != "place" for t in gaz.surfaces.get(name, [])):
            return None
        return Found(toks[0].start, toks[-1].end, "place", name)
    return None


# a place's name and a comma right before a run: "Lahad Datu, " of "Lahad Datu, Sabah",
# "Waterloo district, " (a lower-case unit noun after the name)
_NAME_COMMA_BEFORE = re.compile(
    r"(?<![\w'-])((?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)((?:\s+[a-z]+){0,2}),\s+$"
)


# a time phrase closing the clause after a holding area: "met in Dublin, Ohio on June 6",
# "in Kavelo, Dravia last week" (round ents15)
_TIME_AFTER = re.compile(
    r"\s+(?:on|in|during|since|until|last|this|early|late|earlier|later)\s+"
    r"(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|\d|week|month|year|night|morning|evening|the\s+(?:morning|night|"
    r"evening|weekend|week|month|year))"
)


def _named_unit(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether the one capitalised word ``toks`` that is spelled like a stop word (a day's
    short form: "Mon", "Sat") names the unit after it in lower case, not at a sentence's
    start: "killed in Mon district of Nagaland" (``admin_nouns`` of
    ``data/entity_rules.yaml``)."""
    if len(toks) != 1 or not toks[0].text[:1].isupper() or toks[0].low in rules.connectors:
        return False
    if (
        opens_sentence(text, toks[0].start)
        or toks[0].low not in place_guards()["short_calendar_names"]
    ):
        return False
    m = _LOWER_AFTER.match(text, toks[0].end)
    return m is not None and m.group(1) in rules.admin_nouns


_LOWER_AFTER = re.compile(r"\s+([a-z][a-z-]*)")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|at|across|throughout|inside|outside)\s+\Z")


def _people_before_noun(tok: Tok, text: str, rules: Rules) -> bool:
    """Whether the one word ``tok`` is the name of a people (``peoples`` of
    ``data/entity_rules.yaml``) before a lower-case noun that is no unit, locality,
    facility or place head ("Naga rebels", "the Naga insurgency"; not "Mon district"), and
    not right after a preposition of place or before an auxiliary ("Monks in Rakhine fled",
    "Rakhine was shelled": the state)."""
    if tok.low not in rules.peoples:
        return False
    m = _LOWER_AFTER.match(text, tok.end)
    if m is None or _PLACE_PREPOSITION.search(text, max(0, tok.start - 12), tok.start):
        return False
    if m.group(1) in {"was", "were", "is", "are", "has", "had", "have", "will", "would"}:
        return False
    heads = rules.admin_nouns | rules.locality_nouns | rules.facility_nouns | rules.place_heads
    return m.group(1) not in heads and m.group(1) not in {"and", "or", "on", "in", "at", "to"}


def _holder_apposed(toks: list[Tok], text: str, gaz: Gazetteer, rules: Rules) -> bool:
    """Whether ``toks`` stand after a comma right after a place's name, as the area that
    holds it: "Lahad Datu, Sabah" (a town of the gazetteer or of 100,000 people or more
    before the comma), "Waterloo district, St Catherine" (any name with a unit noun of
    ``admin_nouns`` or ``locality_nouns``); not before a speech verb or a comma and a
    lower-case word ("Kavelo, Dravi said", "Kavelo, Dravi and others"; a time phrase may
    close the clause: "Dublin, Ohio on June 6"), nor after a name
    the gazetteer holds as another kind or a given name ("Putin, Kerry")."""
    m = _NAME_COMMA_BEFORE.search(text, max(0, toks[0].start - 60), toks[0].start)
    if m is None or SPEAKER_AFTER.match(text, toks[-1].end):
        return False
    if any(t.low in rules.titles or f"{t.low}." in rules.titles for t in toks):
        return False  # "Patikul town, Brig. Gen. X said": a rank, not the holding area
    if not re.match(r"\s*(?:[.,;:)]|$)", text[toks[-1].end :]) and not _TIME_AFTER.match(
        text, toks[-1].end
    ):
        return False  # "Kavelo, Dravi and Orvel": a list of names, not a holder
    name, noun = m.group(1), " ".join(m.group(2).split())
    if any(w.lower() in rules.given for w in name.split()):
        return False
    if noun:
        return noun in rules.admin_nouns or noun in rules.locality_nouns
    if any(t.type != "place" for t in gaz.surfaces.get(name, ())):
        return False
    first, last = name.split()[0].lower(), name.split()[-1].lower()
    if " " in name and (first in place_guards()["place_first_heads"] or last in rules.place_heads):
        return True  # "Fort Magsaysay, Nueva Ecija": a named base, then its province
    key = place_key(name)
    if known_place(name, gaz) or city_population(key) >= _BIG_CITY:
        return True
    # "was shot in Kolbaru, Mafeteng.": a town of the index closing the clause after a
    # comma holds the plain name set right after a locative word before it
    prev = _words_before(text, m.start(1))
    return bool(prev) and prev[-1].lower().strip(",") in LOCATIVE and " " not in name


def _home_ending(toks: list[Tok], text: str, home: frozenset[str], rules: Rules) -> bool:
    """Whether ``toks`` are one word that ends like the villages of a country in ``home``
    (``toponym_endings``: "Puthukkudiyiruppu" in a report naming Sri Lanka), three letters
    or more before the ending: not a given name, a name after a title or a role ("the
    minister Kamalpura") or before a speech verb ("Kamalpura said")."""
    if len(toks) != 1 or toks[0].low in rules.given:
        return False
    before = _words_before(text, toks[0].start)
    if before and before[-1].lower().rstrip(".,") in rules.titles | rules.roles:
        return False
    if SPEAKER_AFTER.match(text, toks[-1].end):
        return False
    word = toks[0].low
    return any(
        word.endswith(ending) and len(word) >= len(ending) + 3
        for code in home
        for ending in rules.toponym_endings.get(code, ())
    )


def _possessive_name(toks: list[Tok], text: str, gaz: Gazetteer) -> bool:
    """Whether a run with a possessive inside is one town's name that the gazetteer or the
    city index knows whole ("Jorvik's Harbour" as GeoNames writes "Jorvik’s Harbour"), not
    an owner and a part ("Kyiv's Shevchenko district")."""
    name = span_name(toks, text)
    return bool(known_place(name, gaz) or city_index().get(place_key(name)))


def _people_plural(word: str, rules: Rules) -> bool:
    """Whether ``word`` (lower case) is the plural of a people or a faith of ``peoples``:
    "muslims", "kurds", "hindus" (a singular such as "Tigray" or "Kachin" may name a land)."""
    return word.endswith("s") and (word[:-1] in rules.peoples or word in rules.peoples)


def _new_town(toks: list[Tok], text: str) -> bool:
    """Whether ``toks`` open with a capitalised "New" before a capitalised word, not at the
    start of the sentence: a town's name ("in New Dhobi"), not an adjective ("New clashes")."""
    return (
        len(toks) > 1
        and toks[0].text == "New"
        and toks[1].text[:1].isupper()
        and not opens_sentence(text, toks[0].start)
    )


def _after_new(toks: list[Tok], text: str) -> list[Tok]:
    """``toks`` without the "New" that opens a town's name (:func:`_new_town`)."""
    return toks[1:] if _new_town(toks, text) else toks


# a cell placed in its sector or district: "Kelvo cell in Huye sector", "Kelvo cell, Huye
# district" (not "a terror cell in Hamburg")
_CELL_IN = re.compile(
    r"\s+cell,?\s+(?:in\s+|of\s+)?(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:sector|district)\b"
)
_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")


def _past_aside(text: str, end: int) -> int:
    """The offset after a short parenthesis right after ``end`` ("Kavelo (Apu), a town"),
    else ``end``."""
    m = _ASIDE.match(text, end)
    return m.end() if m else end


def _generic_facility(toks: list[Tok], text: str) -> bool:
    """Whether a town's name before a facility noun says where the facility is, not what
    it is called: after "a"/"an" ("near a Dravi prison", "to an Orvel hospital") or a
    possessive determiner ("its Moscow station"), or as a possessive ("Dravi's hospital")."""
    if toks[-1].low.endswith("'s"):
        return True
    before = _words_before(text, toks[0].start)
    # "its Moscow station", "their Kelvo hospital": one of its owner's, unnamed
    return bool(before) and before[-1].lower() in {"a", "an", *_POSSESSIVES}


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})


_UNIT_AFTER = re.compile(r"\s+([a-z]+)\b")


def _feature_named_area(toks: list[Tok], text: str, rules: Rules) -> tuple[Found, str] | None:
    """The area a capitalised word of a land feature of ``place_heads`` names before a
    lower-case administrative noun ("the Coast region", "the Lake province"), with its key;
    None for a word that is itself a unit or a locality ("the District council"), a
    building's or a site's head ("the Stadium district", "Hospital district staff":
    ``facility_nouns``, ``facility_heads`` of ``data/place_guards.yaml``; round revA18) and
    before a noun that also heads a body ("the State department")."""
    if len(toks) != 1 or not toks[0].text[:1].isupper():
        return None
    word = toks[0].bare
    sites = rules.facility_nouns | place_guards()["facility_heads"]
    if word in rules.admin_nouns | rules.locality_nouns | sites or word not in rules.place_heads:
        return None
    m = _UNIT_AFTER.match(text, toks[0].end)
    if not m or m.group(1) not in rules.admin_nouns or m.group(1) in rules.org_heads:
        return None
    name = f"{toks[0].text} {m.group(1)}"
    return Found(toks[0].start, m.end(1), "place", name), f"place:{place_key(name)}"


def _town_site(toks: list[Tok], name: str, text: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` before a noun of ``town_sites`` (``data/place_guards.yaml``) is a
    known town (a gazetteer place or a town of the city index) with no "the" before it: "a
    strike on Kelvabad mosque" says where one of its mosques is."""
    before = _words_before(text, toks[0].start)
    if before and before[-1].lower() == "the":
        return False
    return bool(known_place(name, gaz) or city_index().get(place_key(name)))


def _words_before(text: str, start: int) -> list[str]:
    """The words of the 16 characters before ``start``, an opening bracket or quote
    stripped from each: "(in Mannar)" has "in" before Mannar, "neighbouring Manabi" has
    "neighbouring"."""
    return [w.lstrip("([\"'") for w in text[max(0, start - 16) : start].split()]


def _unpossessed(toks: list[Tok]) -> list[Tok]:
    """``toks`` without the possessive 's of the last word ("Kavelo's" -> "Kavelo")."""
    last = toks[-1]
    if not last.low.endswith("'s"):
        return toks
    return [*toks[:-1], Tok(last.text[:-2], last.start, last.end - 2)]


_ADJECTIVE_ENDINGS = (("ian", "ia"), ("an", "a"), ("an", ""), ("i", ""), ("ese", ""))
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _place_tails(gaz: Gazetteer) -> frozenset[str]:
    """The last word of every gazetteer place name ("Ossetia" of "South Ossetia"), once
    per gazetteer."""
    return gaz.derived(
        "place_tails",
        lambda g: frozenset(
            s.split()[-1] for s, ts in g.surfaces.items() if any(t.type == "place" for t in ts)
        ),
    )


def _adjective_of_place(name: str, after: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is the adjective of a known place before a lower-case noun
    ("Ossetian villages", "South Ossetian territory", "Kashmiri towns"): its stem
    ("Ossetia", "South Ossetia", "Kashmir") is a gazetteer place, the last word of one or
    an area of the area index. Not a name the gazetteer knows itself."""
    if not _LOWER_WORD_AFTER.match(after) or name in gaz.surfaces:
        return False
    for ending, stem_end in _ADJECTIVE_ENDINGS:
        if not name.endswith(ending) or len(name) - len(ending) < 4:
            continue
        stem = name[: len(name) - len(ending)] + stem_end
        if (
            known_place(stem, gaz)
            or (" " not in stem and stem in _place_tails(gaz))
            or area_index().get(place_key(stem))
        ):
            return True
    return False


# a list of names: capitalised words (an Arabic article, a number after a name: "Nambija
# 2", a particle inside a name: "Port of Spain"), joined by commas and "and"/"or"
_HEADS_OF = "|".join(sorted(w.capitalize() for w in place_guards()["place_first_heads"]))
_ITEM = (
    # "Port of Spain": a head word opening a name before "of" (not "Residents of X")
    rf"(?:(?:al|el|ad|an|as|ash|at|az)-|(?:{_HEADS_OF})\s+of\s+)?[A-Z][\w'.-]*"
    # a word of three small letters or more before a full stop ends its sentence ("in
    # Kelvo and Dravia. Condolences to ..."), an abbreviation does not ("St. Louis")
    r"(?:(?<![a-z]{3}\.)\s+(?:(?:de|del|da|do|dos|du)\s+)?[A-Z][\w'.-]*|\s+\d{1,3}(?!\d))*"
)
# a comma or "and"/"or", and a qualifier of the next item: "Guápiles, northern Alajuela
# and Guanacaste" (``town_qualifiers`` of ``data/place_guards.yaml``)
_QUALIFIER = "|".join(sorted(place_guards()["town_qualifiers"], key=len, reverse=True))
# (and "and parts of": "most of Gojjam, Wollo, Shewa, and parts of Gondar"; places26a)
_PART_OF = r"(?:(?:large\s+)?parts|most|much|swathes|areas)\s+of\s+(?:the\s+)?"
_SEP = (
    rf"(?:\s*,\s*(?:(?:and|or)\s+(?:{_PART_OF})?)?|\s+(?:and|or)\s+(?:{_PART_OF})?)"
    rf"(?:(?:{_QUALIFIER})\s+)?"
)
_NAME_LIST = re.compile(rf"{_ITEM}(?:{_SEP}{_ITEM})+")
_ITEM_RE = re.compile(_ITEM)
# a sentence opening "In X," or "At X,": an adverbial of place, not a list's first item
_OPENING_SCENE = re.compile(r"\s*[\"'(]?(?:In|At)\s+$")


# an aside set off by dashes inside a list, blanked to spaces of its length: "at Kelvo --
# the largest port -- and Tarvula" lists Kelvo and Tarvula
_DASH_ASIDE = re.compile(
    r"(?<=\w)\s+(?:--|\u2014|\u2013)\s[^\u2013\u2014]{1,80}?\s(?:--|\u2014|\u2013)(?=\s)"
)


def list_mates(toks: list[Tok], text: str) -> list[str]:
    """The other items of the list of names ``toks`` is an item of ("Wesoru" of "near
    Kotamba, Wesoru and Rilezo": Kotamba, Rilezo), as written, when a locative or locality
    cue stands before the list ("near", "in", "residents of", "the villages of"); empty
    when ``toks`` is no item of a list, no such cue opens it ("Delegates from Kandahar,
    Medair and Tearfund": bodies beside a place), it opens the sentence, or the list's first
    item does after "In"/"At" and a comma follows it ("In Kabul, Ahmed and Karim met": a
    scene, then people)."""
    start, end = toks[0].start, toks[-1].end
    if opens_sentence(text, start):
        return []
    text = _DASH_ASIDE.sub(lambda a: " " * len(a.group(0)), text)  # "A -- the largest -- and B"
    for m in _NAME_LIST.finditer(text):
        if m.start() > start:
            break
        if m.end() < end:
            continue
        if not re.search(r"\s(?:and|or)\s", m.group(0)) or SPEAKER_AFTER.match(text, m.end()):
            return []  # "near Kabul, Telvo said": a speaker after a comma, no list
        items = list(_ITEM_RE.finditer(text, m.start(), m.end()))
        first = items[0]
        if _OPENING_SCENE.fullmatch(text[: first.start()]) and text.startswith(",", first.end()):
            return []
        if not _list_cued(Tok(first.group(0), first.start(), first.end()), text):
            return []
        return [i.group(0) for i in items if i.end() <= start or i.start() >= end]
    return []


# a locative word right before a list's first item: "near A, B and C", "spread to A and B",
# a word of a route ("past A and B", "via A and B"), or what a way joins ("the bridge
# linking A and B", "a road connecting A and B"; ``WAY_JOINS``; round places25)
_LIST_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|at|across|into|around|to|towards?|between|through|nearby|past|via"
    rf"|along|(?:large\s+parts|parts|most|much|swathes)\s+of)\s+$|{WAY_JOINS}",
    re.IGNORECASE,
)


def _list_cued(first: Tok, text: str) -> bool:
    """Whether a locative word ("near", "in", "to"), a place phrase ("residents of", "north
    of") or a locality noun ("the villages of", "villages including") stands before the
    first item ``first`` of a list of names."""
    start = first.start
    return bool(
        _LIST_LOCATIVE.search(text, max(0, start - 12), start)
        or place_phrase([first], text)
        or locality_before([first], text)
        or list_opened([first], text)
    )


def _country_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    """One pattern of every country name, alias and demonym of the gazetteer (longest
    first, on word boundaries), once per gazetteer."""

    def build(g: Gazetteer) -> re.Pattern[str]:
        surfaces = sorted(g.countries_of, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, surfaces)) + r")(?![\w-])")

    return gaz.derived("country_pattern", build)


def home_countries(sentences: list[str], gaz: Gazetteer) -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes of the countries a document names by name, alias or
    demonym, its dateline included ("COLOMBO, Sri Lanka", "Sri Lankan troops" -> "LK");
    a country GeoNames names otherwise is found by its aliases. Empty when it names none."""
    keys = {
        gaz.countries_of[m.group(0)] for s in sentences for m in _country_pattern(gaz).finditer(s)
    }
    codes = set()
    for key in keys:
        spellings = [gaz.names[key][0], *(s for s, k in gaz.countries_of.items() if k == key)]
        code = next((c for c in map(country_code, spellings) if c), "")
        if code:
            codes.add(code)
    return frozenset(codes)


def area_owner(
    seq: list[Tok],
    place: Found,
    text: str,
    rules: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
) -> Found | None:
    """The place that owns an administrative area in a possessive: "Kestria" of "Kestria's
    Dorvan district" (a state or region holding the district); None when no possessive name
    stands right before ``place``, when the area is no administrative area or when the owner
    is a country, a body or a person the lexicons know, or a common word."""
    words = text[place.start : place.end].lower().split()
    if len(words) < 2 or not (
        words[-1] in rules.admin_nouns or " ".join(words[-2:]) in rules.admin_nouns
    ):
        return None
    before = [t for t in seq if t.end <= place.start]
    if not before or not before[-1].low.endswith("'s"):
        return None
    owner: list[Tok] = []
    for t in reversed(before):
        if t.low in rules.stop or t.low in rules.connectors or not t.text[:1].isupper():
            break
        owner.insert(0, t)
    if not owner or len(owner) > 3:
        return None
    name = span_name(owner, text)
    if any(t.type != "place" for t in gaz.surfaces.get(name, [])):
        return None  # "Ukraine's Donetsk region": the country is counted as a country
    if any(t.bare in lower_vocab or t.bare in rules.titles for t in owner):
        return None
    return Found(owner[0].start, owner[-1].end - 2, "place", name)


_MOSTLY = frozenset({"largely", "predominantly", "mostly", "mainly", "overwhelmingly"})


def _origin_land(toks: list[Tok], noun: str, rules: Rules) -> bool:
    """Whether ``toks`` before ``noun`` are one adjective of a people or an origin that says
    whose land it is ("Congolese territory", "Kurdish territory"): ``noun`` is one of
    ``origin_area_nouns`` (data/place_guards.yaml) and the word is one of ``peoples`` or ends
    in one of ``origin_adjective_endings``. The caller checks the name is no known place."""
    guards = place_guards()
    if noun not in guards["origin_area_nouns"] or len(toks) != 1:
        return False
    word = toks[0].bare
    return word in rules.peoples or any(
        word.endswith(e) and len(word) > len(e) + 2 for e in guards["origin_adjective_endings"]
    )


def _adjective_bloc(toks: list[Tok], noun: str, rules: Rules) -> bool:
    """Whether ``toks`` before ``noun``, one of ``bloc_area_nouns`` (data/place_guards.yaml:
    India's "block"), are an adjective, so that the noun is a bloc of states or parties
    misspelt, no area: an English word ("Soviet", "Eastern", "Communist"), a people ("Arab")
    or an adjective of origin ("African"). "Belgor block" stays an area (round places28b)."""
    if noun not in place_guards()["bloc_area_nouns"]:
        return False
    return any(
        t.bare in ordinary_words() or t.bare in rules.peoples or _ORIGIN.search(t.bare)
        for t in toks
    )


def _people_of_place(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether the words before a locality noun say who lives there, not its name: a people
    or faith ("the Arab village of X", "a Druze town", ``peoples``, or "Indigenous") or an
    adverb of share before them ("the largely Purepecha town")."""
    if any(t.bare in rules.peoples or t.bare == "indigenous" for t in toks):
        return True
    prev = text[max(0, toks[0].start - 16) : toks[0].start].split()
    return bool(prev) and prev[-1].lower() in _MOSTLY


def admin_area(name: str, noun: str, gaz: Gazetteer) -> tuple[str, str]:
    """The name and key of the area ``name`` names with the administrative noun ``noun``
    ("region", "province"): a known area is itself ("Kashmir region" is Kashmir); the area of
    a city is a place of its own ("Donetsk region", apart from Donetsk); an unknown name is
    the area. A unit of ``town_units`` (data/entity_rules.yaml) named after a town is the
    town: "Kibato district" is Kibato, "the Varo commune" Varo."""
    key = place_key(name)
    known = (
        gaz.place_keys.get(key)
        or _variant(name, gaz)
        or ((city_index().get(key) or area_index().get(key)) and f"place:{key}")
    )
    city = (city_index().get(key) and not weak_city(key, name, gaz)) or any(
        t.type == "place" and gaz.names.get(t.key, ("", ""))[0] in gaz.capitals
        for t in gaz.surfaces.get(name, [])
    )
    if known and not city:
        return name, known
    if known and noun in rule_lists().town_units:
        return name, known  # "Kibato district" is the town Kibato
    if known and tuple(noun.split()) in lga_tails():
        # "Gwoza and Bama Local Government Areas": each the town, as "Gwoza Local Government
        # Area" alone is (:func:`local_government`; review revA26)
        return name, known
    if known:
        region = f"{name} {noun.title() if noun == 'oblast' else noun}"
        level = noun if noun in _LOWER_UNITS else "region"  # "Musanze sector" is no district
        return region, gaz.place_keys.get(place_key(region)) or f"place:{key} {level}"
    return name, f"place:{key}"


# units below a district, never another name of a town's district or region: Rwanda's
# "sector", an electoral "constituency", South Asia's "tehsil", Uganda's "sub-county"
_LOWER_UNITS = frozenset(
    {
        "sector",
        "constituency",
        "subdistrict",
        "sub-county",
        "subcounty",
        "tehsil",
        "taluk",
        "taluka",
        "mandal",
        "upazila",
        "union council",
        "kecamatan",
        "kebele",
    }
)


_PLURAL_NOUN = re.compile(r"\s+([a-z]+)\b")
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")


def listed_areas(
    seqs: list[list[Tok]], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> dict[int, tuple[str, list[list[Tok]]]]:
    """Capitalised runs that list administrative areas named by one plural noun after the
    list: "the Kherson, Zaporizhzhia and Donetsk regions" are three regions, not the cities.
    Maps the index of each run of the list to ``(singular noun, names of that run)``; a run
    is split at "and"/"or". Not when a name is a common word of the sources or a gazetteer
    name of another kind ("European and African states" are countries). Empty when no run
    ends such a list."""
    out: dict[int, tuple[str, list[list[Tok]]]] = {}
    for i, seq in enumerate(seqs):
        if capital := _capital_plural(seq, text, rules, gaz):
            noun, seq = capital  # "Kalutara and Nuwara Eliya Districts" (round places26a)
        else:
            m = _PLURAL_NOUN.match(text, seq[-1].end)
            if not m or singular(m.group(1)) == m.group(1):
                continue
            noun = singular(m.group(1))
            if noun not in rules.admin_nouns:
                continue
        first = i
        while first > 0 and _LIST_JOIN.fullmatch(
            text[seqs[first - 1][-1].end : seqs[first][0].start]
        ):
            first -= 1
        runs: dict[int, list[list[Tok]]] = {}
        for j in range(first, i + 1):
            parts: list[list[Tok]] = [[]]
            for t in seqs[j] if j < i else seq:
                if t.low in {"and", "or"}:
                    parts.append([])
                else:
                    parts[-1].append(t)
            runs[j] = [p for p in (_strip(p, rules) for p in parts) if p]
        if sum(len(r) for r in runs.values()) < 2 or not all(runs.values()):
            continue  # one name: "the Donetsk regions" is no list
        if any(
            t.low in rules.connectors - {"and", "or"} for r in runs.values() for p in r for t in p
        ):
            continue  # "Ministry of Finance and Economy states": no list of areas
        names = [p for r in runs.values() for p in r]
        if any(not _area_name(p, text, gaz, lower_vocab) for p in names):
            continue
        out.update({j: (noun, r) for j, r in runs.items()})
    return out


def _capital_plural(
    seq: list[Tok], text: str, rules: Rules, gaz: Gazetteer
) -> tuple[str, list[Tok]] | None:
    """The plural administrative noun written with capitals that ends the run ``seq`` of a
    listing, singular and lower case, and the run without it: "Kalutara and Nuwara Eliya
    Districts" ("district"), "Wushishi and Mashegun Local Government Areas" ("local
    government area"). None for a name the gazetteer knows ("United Arab Emirates", "the
    Gulf States") or a run with no name before the noun."""
    if known_place(span_name(seq, text), gaz) or gaz.surfaces.get(span_name(seq, text)):
        return None
    for n in (3, 2, 1):
        tail = seq[-n:]
        if len(seq) <= n or not all(t.text[:1].isupper() for t in tail):
            continue
        words = [t.low for t in tail]
        if singular(words[-1]) == words[-1]:
            continue
        noun = " ".join([*words[:-1], singular(words[-1])])
        if noun in rules.admin_nouns or tuple(noun.split()) in lga_tails():
            return noun, seq[:-n]
    return None


_ORIGIN = re.compile(r"(?:ean|ian|can|ese|ish|ic)$")  # "European", "Latin American"


def _area_name(toks: list[Tok], text: str, gaz: Gazetteer, lower_vocab: frozenset[str]) -> bool:
    """Whether ``toks`` of a listing before a plural administrative noun can name an area:
    not a common word of the sources, a gazetteer name of another kind ("the United States
    and Gulf states"), an adjective of origin that no list knows ("African and Latin American
    states") or an adverb opening the sentence ("Specifically, European states")."""
    name = span_name(toks, text)
    if any(t.low in lower_vocab for t in toks):
        return False
    if any(t.type != "place" for t in gaz.surfaces.get(name, [])):
        return False
    if (
        _ORIGIN.search(name)
        and not known_place(name, gaz)
        and not city_index().get(place_key(name))
    ):
        return False
    return not (len(toks) == 1 and name.endswith("ly") and text[: toks[0].start].strip() == "")


def _strip(toks: list[Tok], rules: Rules) -> list[Tok]:
    while toks and toks[0].low in rules.stop:
        toks = toks[1:]
    owners = [i for i, t in enumerate(toks[:-1]) if t.text.endswith(("'s", "\u2019s"))]
    if owners:
        toks = toks[owners[-1] + 1 :]  # "the Coast Region's Kibato": the owner is no item
    return toks


# a direction or position word before a known place, and the word of its canonical form
_DIRECTIONS = {
    "north": "North",
    "northern": "North",
    "south": "South",
    "southern": "South",
    "east": "East",
    "eastern": "East",
    "west": "West",
    "western": "West",
    "upper": "Upper",
    "lower": "Lower",
    "central": "Central",
}


def directed_part(toks: list[Tok], text: str, gaz: Gazetteer) -> str | None:
    """The key of the part of a known place named by a direction word before it:
    "Northern Sinai" and "North Sinai" are one place (the known "North X" when the
    gazetteer or the area index holds it), apart from Sinai, and a town's quarter is its
    own place ("South Mitrovica", "Old Kelvo": :func:`_town_quarter`); None when the first
    word is no direction, the rest is no known place, a country ("Eastern Ukraine" is the
    country's east) or the whole a known name ("North Korea")."""
    quarter = place_guards()["town_quarter_words"]  # "Old Kelvo": a town's quarter only
    if len(toks) < 2 or len(toks) > 4 or toks[0].low not in _DIRECTIONS.keys() | quarter:
        return None
    name = span_name(toks, text)
    rest = span_name(toks[1:], text)
    if name in gaz.surfaces or any(t.type != "place" for t in gaz.surfaces.get(rest, [])):
        return None
    canonical = f"{_DIRECTIONS.get(toks[0].low, toks[0].text)} {rest}"
    known = known_place(canonical, gaz) or (
        area_index().get(place_key(canonical)) and f"place:{place_key(canonical)}"
    )
    if known:
        return known
    if _town_quarter(toks, name, rest, gaz):
        return f"place:{place_key(name)}"  # "South Mitrovica", "West Mosul": a town's quarter
    if not (known_place(rest, gaz) or area_index().get(place_key(rest))):
        return None
    return f"place:{place_key(canonical)}"


def _town_quarter(toks: list[Tok], name: str, rest: str, gaz: Gazetteer) -> bool:
    """Whether ``toks`` name the quarter of a divided or named town: a capitalised word of
    ``town_quarter_words`` (``data/place_guards.yaml``: "North", "East", "Old", "New")
    before a town of the city index ("South Mitrovica", "West Mosul", "Old Kelvo"), the
    whole no town of the index itself ("East London", "New Delhi": cities of their own)."""
    if len(toks) != 2 or toks[0].low not in place_guards()["town_quarter_words"]:
        return False
    key, whole = place_key(rest), place_key(name)
    if city_index().get(whole) or area_index().get(whole):
        return False
    if any(t.type != "place" for t in gaz.surfaces.get(rest, [])):
        return False
    return bool(city_index().get(key))  # an alternate name too: "Mitrovica" of "Mitrovicë"


_UNIT_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


def _part_of_unit(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` are a compass adjective (``area_part_words`` of
    ``data/place_guards.yaml``) before a known area's name, with a lower-case administrative
    noun after them: "Southern Borno state" is the south of Borno state. Not when the name
    with the compass word is known ("Western Equatoria state", "Upper Nile state") nor when
    the rest is unknown ("Southern Kelvo state") or a town's name, no area's ("Lower Juba
    region" is no part of the city Juba; round revA22) or no noun follows ("Northern
    Sinai")."""
    if not 1 < len(toks) <= 4 or toks[0].low not in place_guards()["area_part_words"]:
        return False
    noun = _UNIT_NOUN_AFTER.match(text, toks[-1].end)
    if not noun or noun.group(1) not in rules.admin_nouns:
        return False
    name, rest = span_name(toks, text), span_name(toks[1:], text)
    if name in gaz.surfaces or any(t.type != "place" for t in gaz.surfaces.get(rest, [])):
        return False
    canonical = f"{_DIRECTIONS.get(toks[0].low, toks[0].text)} {rest}"
    for whole in (name, canonical):
        if known_place(whole, gaz) or area_index().get(place_key(whole)):
            return False
    return bool(area_index().get(place_key(rest)))  # "Lower Juba region": no city's part


_COMPASS_LAST = frozenset({"North", "South", "East", "West", "Central"})


def _compass_part(toks: list[Tok], text: str, gaz: Gazetteer) -> bool:
    """Whether ``toks`` are a known town or area and a capitalised compass word after it
    ("Harare West", "Bindura South": a constituency or a part named after the town), not
    a country ("Sudan South") nor a known name of another kind."""
    if not 1 < len(toks) <= 3 or toks[-1].text not in _COMPASS_LAST:
        return False
    base = span_name(toks[:-1], text)
    if any(t.type != "place" for t in gaz.surfaces.get(base, [])):
        return False
    if span_name(toks, text) in gaz.surfaces:
        return False
    key = place_key(base)
    return bool(known_place(base, gaz) or city_index().get(key) or area_index().get(key))


def _joins_two(toks: list[Tok]) -> bool:
    """Whether "and" or "or" joins two capitalised words inside ``toks``: a list of names
    ("Santa Cruz and Nicoya"), not one name."""
    return any(
        t.low in {"and", "or"} and toks[i - 1].text[:1].isupper() and toks[i + 1].text[:1].isupper()
        for i, t in enumerate(toks[1:-1], 1)
    )


def _town_variant(name: str) -> str | None:
    """The key of the one town of the city index ``name`` spells another way
    (:func:`~briefbook.analysis.variants.city_variant`), or None."""
    variant = city_variant(name)
    return f"place:{variant}" if variant else None


def _variant(name: str, gaz: Gazetteer) -> str | None:
    """The key of the one gazetteer place that ``name`` spells another way
    (:func:`place_skeleton`: "El-Fashar" for El Fasher), or None. The words other than place
    heads must keep a skeleton of their own: "George Island" spells no "Kharg Island". A
    town of the city index is no spelling of a region of ``data/regions.yaml`` (an island, a
    natural or historical region) that the index holds no town of: "Mandera" (Kenya) is not
    the island Mindoro ("Bakhmout" is still Bakhmut, "Dayr al-Balah" Deir al-Balah)."""
    skeleton = place_skeleton(name) if own_skeleton(name) else ""
    key = gaz.place_skeletons.get(skeleton) if skeleton else None
    known = gaz.names.get(key, (key.partition(":")[2], ""))[0] if key else ""
    if not key or not _same_ending(name, known):
        return None
    own = place_key(name)
    if key in gaz.regions and city_index().get(own) and not city_index().get(place_key(known)):
        return None  # a town of the index, no spelling of an island's or a region's name
    return key


def own_skeleton(name: str) -> bool:
    """Whether the words of ``name`` other than place heads (``place_heads`` of
    ``data/entity_rules.yaml``: "Island", "River") keep a skeleton of their own
    (:func:`place_skeleton`): "Kharg" of "Kharg Island" is too short to match a spelling by."""
    heads = rule_lists().place_heads
    own = " ".join(w for w in name.split() if w.lower() not in heads)
    return bool(own) and (own == name or bool(place_skeleton(own)))


_VOWEL_END = frozenset("aeiouy")


def _same_ending(name: str, known: str) -> bool:
    """Whether two spellings of one skeleton end alike: both on a vowel ("Zaporozhye",
    "Zaporizhzhia") or on one consonant, "q" read as "k" ("Marbaq", "Marbak"); not an
    adjective of the place ("Catalan" of Catalonia, "Tuscan" of Tuscany, "Dagestani")."""
    a, b = place_key(name)[-1:], place_key(known)[-1:]
    if not a or not b:
        return False
    return (a in _VOWEL_END and b in _VOWEL_END) or a.replace("q", "k") == b.replace("q", "k")


def known_place(name: str, gaz: Gazetteer) -> str | None:
    """The key of the gazetteer place ``name`` names in any spelling ("Zaporozhye NPP" is
    the Zaporizhzhia Nuclear Power Plant), or None."""
    return gaz.place_keys.get(place_key(name)) or _variant(name, gaz)


def known_area(name: str, rules_: Rules, gaz: Gazetteer) -> str | None:
    """The gazetteer place a capitalised place name is in any spelling, or the known region
    it names with an administrative noun: "North Darfur State" is North Darfur (not when
    the base is also a city, which keeps its region apart: "Donetsk Oblast")."""
    key = known_place(name, gaz)
    words = name.split()
    if key or len(words) < 2 or words[-1].lower() not in rules_.admin_nouns:
        return key
    base = " ".join(words[:-1])
    return known_place(base, gaz) if not city_index().get(place_key(base)) else None


def weak_city(key: str, name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is a city of the index only as another city's alternate name and no
    gazetteer place but a region: "the Catatumbo region" and "Catatumbo" are one place."""
    if not alternate_only(key):
        return False
    known = gaz.place_keys.get(key) or _variant(name, gaz)
    return known is None or known in gaz.regions  # a region of data/regions.yaml


def headed_facility(seq: list[Tok], found: list[Found], text: str, rules: Rules) -> Found | None:
    """The facility a run the name rules read as a person names by its capitalised head
    word ("the Kings Romans Casino", "the Queen Elizabeth Barracks": a title-like first
    word, a name and a facility noun of ``facility_nouns`` or ``facility_heads`` of
    ``data/place_guards.yaml``), as a place over the run less its article; None when
    ``found`` is not one person ending on the run's last word, the head is a word that is
    also a surname ("Park", "Street": no facility noun), the run opens with a given name
    ("Barbara Castle") or a speech verb follows it."""
    if len(found) != 1 or found[0].type != "person" or found[0].end != seq[-1].end:
        return None
    toks = seq
    while toks and (toks[0].low in rules.stop or toks[0].low in rules.connectors):
        toks = toks[1:]
    if len(toks) < 2 or not toks[-1].text[:1].isupper():
        return None
    heads = {n for n in rules.facility_nouns if " " not in n} | place_guards()["facility_heads"]
    if toks[-1].bare not in heads or any(t.low.endswith("'s") for t in toks):
        return None
    if toks[0].low in rules.given or SPEAKER_AFTER.match(text, toks[-1].end):
        return None  # "Barbara Castle said": a given name and a surname, a speaker
    return Found(toks[0].start, toks[-1].end, "place", span_name(toks, text))


def titled_area(
    seq: list[Tok], found: list[Found], text: str, rules: Rules, gaz: Gazetteer
) -> list[Found]:
    """The area or town that names the office of a person's title, written before the
    title ("Sindh IG Tariq Rehman", "District Malir SSP Irfan Bahadur") or, alone, right
    after a rank's short form or an office of an area (``area_offices`` of
    ``data/place_guards.yaml``: "IG Sindh said", the inspector general of Sindh, read as a
    person named Sindh; "Commissioner Sibi division"). The name must be a gazetteer place, an area of the area index or
    a city of the city index of 100,000 people or more (or, after the title, any name before
    a lower-case unit noun: "Commissioner Sibi division"), and no given name; the run's
    other words between it and the person are titles of ``titles``. Empty otherwise."""
    if len(found) != 1 or found[0].type != "person":
        return []
    person = found[0]
    before = [t for t in seq if t.end <= person.start]
    titles = []
    while before and (before[-1].low in rules.titles or before[-1].low in rules.core_titles):
        titles.insert(0, before.pop())
    while before and before[0].low in rules.stop:
        before = before[1:]
    if titles and 0 < len(before) <= 3 and _office_area(before, text, rules, gaz):
        return [Found(before[0].start, before[-1].end, "place", span_name(before, text))]
    inside = [t for t in seq if person.start <= t.start and t.end <= person.end]
    office = bool(titles) and (
        ACRONYM.fullmatch(titles[-1].text) or titles[-1].low in place_guards()["area_offices"]
    )
    unit_after = _UNIT_AFTER.match(text, person.end)
    if (
        len(inside) == 1
        and office
        and inside[0].low not in rules.given
        and (
            _office_area(inside, text, rules, gaz)
            or (
                unit_after
                and unit_after.group(1) in rules.admin_nouns | place_guards()["office_units"]
            )
        )
    ):
        return [Found(person.start, person.end, "place", person.name)]  # "IG Sindh said"
    return []


def _office_area(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` name an area or a town that an office is of: a gazetteer place, an
    area of the area index (with its unit word first: "District Malir") or a city of
    100,000 people or more, and no given name."""
    if any(t.low in rules.given for t in toks):
        return False
    if len(toks) > 1 and toks[0].bare in rules.admin_nouns:
        toks = toks[1:]  # "District Malir": Pakistan's districts are named unit first
        if plain_name(toks, frozenset()):
            return True
    name = span_name(toks, text)
    if any(t.type != "place" for t in gaz.surfaces.get(name, ())):
        return False
    key = place_key(name)
    return bool(
        known_place(name, gaz) or area_index().get(key) or city_population(key) >= _BIG_CITY
    )


def known_town(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` spell, whole, a place of the gazetteer, an area of the area index
    or a city of 100,000 people or more by the city's own name ("Banda Aceh", "Kota
    Baru"), of two words or more and with no given name: a name listed after a person
    with a comma is then the person's town ("Ana Ruiz, Banda Aceh -"), not a second
    person."""
    if len(toks) < 2 or any(t.low in rules.given or t.low in rules.titles for t in toks):
        return False
    name = span_name(toks, text)
    if any(t.type != "place" for t in gaz.surfaces.get(name, ())):
        return False
    key = place_key(name)
    big = city_population(key) >= _BIG_CITY and not alternate_only(key)
    return bool(known_place(name, gaz) or area_index().get(key) or big)


def _known_base(toks: list[Tok], text: str, gaz: Gazetteer) -> bool:
    """Whether ``toks`` name a gazetteer place, an area of the area index or a known place's
    part by a direction word ("North Aceh")."""
    name = span_name(toks, text)
    return bool(
        known_place(name, gaz)
        or area_index().get(place_key(name))
        or directed_part(toks, text, gaz)
    )


_COUNT_OF = re.compile(r"([A-Za-z]+)\s+of\s+(?=[A-Z])")


def trimmed_place(found: Found, text: str, gaz: Gazetteer) -> Found | None:
    """A place the name rules typed by its head word, less a count opening it ("Hundreds
    of Kavelo Island" is Kavelo Island: ``count_words`` of ``data/place_guards.yaml``), or
    None when what is left is a country's name less its plural "s" ("Solomon Island
    rioters": the country as an adjective). Any other span is returned as it is."""
    if found.type != "place":
        return found
    m = _COUNT_OF.match(found.name)
    if m and m.group(1).lower() in place_guards()["count_words"]:
        cut = len(m.group(0))
        found = Found(found.start + cut, found.end, "place", found.name[cut:])
    if any(t.type == "country" for t in gaz.surfaces.get(f"{found.name}s", ())):
        return None
    return found


# a country's name, then the end of an aside: "Ton Pheung, Laos, close to the border"
_COUNTRY_AFTER = re.compile(r",\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s*(?:[,.;)]|$)")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _in_country(toks: list[Tok], after: str, gaz: Gazetteer, rules: Rules) -> bool:
    """Whether ``toks`` are one to three capitalised words, none a given name or a title,
    put in a country by a comma right after them ("near Ton Pheung, Laos, close to the
    border"): the name of a town of that country, however short its words."""
    m = _COUNTRY_AFTER.match(after)
    if m is None or not any(t.type == "country" for t in gaz.surfaces.get(m.group(1), ())):
        return False
    return (
        0 < len(toks) <= 3
        and all(_TITLE_WORD.fullmatch(t.text) for t in toks)
        and not any(t.low in rules.given or t.low in rules.titles for t in toks)
        and not any(t.type != "place" for t in gaz.surfaces.get(" ".join(t.text for t in toks), ()))
    )


def _unit_first(
    toks: list[Tok], text: str, lower_vocab: frozenset[str]
) -> tuple[Found, str] | None:
    """A district named unit first after a locative word ("in District Gharbi", "from
    District Malir": ``unit_first_nouns`` of ``data/place_guards.yaml``), over the whole
    span, with the key of its bare name; None otherwise."""
    if len(toks) != 2 or toks[0].low not in place_guards()["unit_first_nouns"]:
        return None
    if not plain_name(toks[1:], lower_vocab):
        return None
    prev = _words_before(text, toks[0].start)
    if not prev or prev[-1].lower() not in LOCATIVE:
        return None
    name = span_name(toks, text)
    return Found(toks[0].start, toks[-1].end, "place", name), f"place:{place_key(toks[1].text)}"


def town_not_person(
    seq: list[Tok], found: list[Found], text: str, rules: Rules, gaz: Gazetteer
) -> Found | None:
    """The place a run the name rules read as one person spells whole: an area of the area
    index, a gazetteer place or a city of 100,000 people or more (:func:`known_town`: "Nueva
    Ecija", "Banda Aceh"), or, before no speech verb, a saint's name that is an area or a
    town of the indexes ("St Catherine", a parish) or a base's first word and a name ("Fort
    Magsaysay": ``place_first_heads``); None when ``found`` is not one person over the whole run (less
    its article) or a title or a role stands right before it."""
    if len(found) != 1 or found[0].type != "person":
        return None
    toks = seq
    while toks and toks[0].low in rules.stop:
        toks = toks[1:]
    if not toks or found[0].start != toks[0].start or found[0].end != toks[-1].end:
        return None
    before = _words_before(text, toks[0].start)
    if before and before[-1].lower().rstrip(".,") in rules.titles | rules.roles:
        return None
    name = span_name(toks, text)
    key = place_key(name)
    speaker = SPEAKER_AFTER.match(text, toks[-1].end) is not None
    saint = (
        len(toks) == 2
        and toks[0].low in place_guards()["saints"]
        and bool(area_index().get(key) or city_index().get(key))
    )
    # "based in Fort Magsaysay": a base's first word ("Fort", "Camp", "Port") and a name
    headed = len(toks) == 2 and toks[0].low in place_guards()["place_first_heads"]
    if ((saint or headed) and not speaker) or known_town(toks, text, rules, gaz):
        return Found(toks[0].start, toks[-1].end, "place", name)
    return None


def seat_places(
    seq: list[Tok], found: list[Found], text: str, rules: Rules, gaz: Gazetteer
) -> list[Found]:
    """The place a court, a police force, an assembly or an office is named after, when its
    name is the whole run before the first seat word less the body's own words after it
    (``seat_qualifiers``): "Kelvo" of "the Kelvo High Court", "New York" (never "York") of
    "the New York Police Department", "Punjab" of "Punjab Special Director General of
    Police", "Plateau" of "the Plateau State House of Assembly" (a word of ``seat_heads`` of ``data/place_guards.yaml`` in the rest, the
    name an area of the area index, a gazetteer place or a city of 100,000 people or more,
    "State" after it dropped). Not a newspaper or a firm ("The Washington Post": no seat
    word) nor a country ("Pakistan Army"). Empty otherwise."""
    if len(found) != 1 or found[0].type not in {"organisation", "force"}:
        return []
    toks = [t for t in seq if found[0].start <= t.start and t.end <= found[0].end]
    while toks and toks[0].low in rules.stop:
        toks = toks[1:]
    rest = {t.bare for t in toks}
    if not rest & place_guards()["seat_heads"]:
        return []
    # the whole run before the first seat word is the head, never a shorter prefix of it
    # ("York" of "New York Police Department", "Gulf" of "Gulf Cooperation Council")
    first = next(i for i, t in enumerate(toks) if t.bare in place_guards()["seat_heads"])
    head = toks[:first]
    qualifiers = place_guards()["seat_qualifiers"]
    while len(head) > 1 and (
        head[-1].bare in qualifiers
        or head[-1].low in rules.connectors
        or head[-1].low in rules.titles
        or head[-1].low in rules.roles
    ):
        head = head[:-1]  # "Kota Kinabalu High Court", "Plateau State House of Assembly"
    if not head or len(head) > 3 or head[0].bare in rules.admin_nouns:
        return []  # "County Kelvane Council": a council named with its unit, no seat
    if any(t.low in rules.connectors for t in head) and not known_town(head, text, rules, gaz):
        return []
    before = [t for t in seq if t.end <= head[0].start]
    if (
        before
        and text[before[-1].end : head[0].start].strip() == ""
        and known_town([before[-1], *head], text, rules, gaz)
    ):
        return []  # "The New York Police Department" found from "York": a part of a city
    if _office_area(head, text, rules, gaz):
        return [Found(head[0].start, head[-1].end, "place", span_name(head, text))]
    return []


def _counted_noun(tok: Tok, text: str) -> bool:
    """Whether ``tok`` is a plural noun after a number ("three Policemen", "12 Soldiers"):
    a count of people or things written with a capital, not a place."""
    if not (tok.low.endswith("s") or tok.low.endswith("men")):
        return False
    before = _words_before(text, tok.start)
    if not before:
        return False
    word = before[-1].rstrip(",")
    return word.isdigit() or spelled_number(word) is not None


_TO_BEFORE = re.compile(r"\b([a-z]+)\s+to\s+$")


def _journey_to(toks: list[Tok], text: str) -> bool:
    """Whether ``toks`` follow a verb of motion and "to" (``motion_verbs`` of
    ``data/place_guards.yaml``: "were going to Dovrak", "moved to Dovrak") and "from" or a
    comma follows them ("going to Dovrak from their camp"): the end of a journey."""
    m = _TO_BEFORE.search(text, max(0, toks[0].start - 24), toks[0].start)
    if m is None or m.group(1) not in place_guards()["motion_verbs"]:
        return False
    return re.match(r"\s*(?:,|\s+from\b|\s+on\b|\s+in\s+[a-z])", text[toks[-1].end :]) is not None
