"""Cues around a capitalised run that make it a place: appositions ("X, a village north of
..."), words before it ("residents of X", "30 km north of X"), attack and capture verbs
("shelled X", "A and B were raided"), the shape of a village's name, and a one-word name
right after "in" or "at" with the vetoes of a person's or an employer's name (:func:`bare_scene`).

Each pattern is matched against the raw text at a run's start or end; :mod:`place_names`
combines them. No function here reads the gazetteer except :func:`in_known`.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.analysis.gazetteer import Gazetteer, Rules, gazetteer, rules
from briefbook.analysis.names import (
    Tok,
    area_qualifiers,
    english_words,
    list_end,
    place_guards,
)
from briefbook.analysis.numbers import calendar_words
from briefbook.analysis.places import area_index, city_index, place_key

__all__ = [
    "ADJECTIVE",
    "EVENT_AFTER",
    "EVENT_BEFORE",
    "FRONTS_AFTER",
    "FROM_TO",
    "JURISDICTION_AFTER",
    "KIN_GROUPS",
    "LOCALITIES_AFTER",
    "QUARTERS_AFTER",
    "WAY_JOINS",
    "LOCALITY_AFTER",
    "LOCALITIES_APPOSED",
    "SITES_AFTER",
    "SITES_OF",
    "MONTH_OR_DAY",
    "NEARBY",
    "NEAR_AFTER",
    "NOT_LOCATIVE",
    "PLACE_AFTER",
    "PLACE_BEFORE",
    "PLACE_VERBS",
    "PLAIN_WORD",
    "bare_scene",
    "in_known",
    "in_known_aside",
    "list_neighbours",
    "list_opened",
    "listed_body",
    "owned_site",
    "people_after",
    "place_aliases",
    "place_phrase",
    "plain_name",
    "possessive_part",
    "route_stage",
]

# "X, a village north of the river", "X, the frontline town", "X, one of a cluster of small
# towns": an apposition naming a locality
LOCALITY_AFTER = re.compile(
    # after a comma or a dash ("Kelvo -- a small but strategic settlement near the port",
    # "Kelvo – a village on the river"; round places27)
    r"(?:,\s+|\s+--?\s+|\s*[\u2013\u2014]\s*)"
    r"(?:(?:a|an|the|another)\s+(?:[a-z-]+\s+){0,3}(?:village|town|city|hamlet|settlement"
    r"|neighbou?rhood|suburb|quarter|district|commune|township|locality|slum"
    # Nigeria's local government area: "Chibok, another local government" (places26a)
    r"|local\s+government(?:\s+area)?"
    # an area, not an adjective: "a state in the north", not "a state lender"
    r"|(?:state|province|region|governorate|county)(?=\s*[,.;]|\s+(?:in|of|on|near|along"
    r"|bordering|that|which|where|north|south|east|west)\b))"
    r"|one\s+of\s+(?:[a-z-]+\s+){0,5}(?:villages|towns|cities|hamlets|settlements"
    r"|neighbou?rhoods|suburbs|quarters|districts|communes))\b"
    # not a person by a locality and a post: "X, a town elder", "X -- a village chief"
    # (``locality_people_after`` of data/place_guards.yaml; round places27), nor by the
    # locality's post in the possessive: "X -- the town's mayor --" (round revB27)
    r"(?!['\u2019]s\b)"
    r"(?!\s+(?:"
    + "|".join(sorted(place_guards()["locality_people_after"], key=len, reverse=True))
    + r")\b)"
)
# a counted apposition after a list of names: "near Kut and Norabak, two villages in the
# province", "A, B and C, three towns on the border" (round places26a)
LOCALITIES_APPOSED = re.compile(
    r",\s+(?:two|three|four|five|six|seven|eight|nine|ten|both|all)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:villages|towns|cities|hamlets|settlements|communities|districts|communes"
    r"|townships|localities|border\s+towns)\b"
)

# a name before an official whose office is an area: "the Dravi deputy commissioner", "the
# Mirpat DC", "the Sorva mayor" (the area the official governs or polices)
JURISDICTION_AFTER = re.compile(
    r"\s+(?:(?:deputy|district|assistant|divisional)\s+commissioner"
    r"|(?:deputy\s+|regional\s+|provincial\s+|state\s+)?governor"
    r"|mayor|(?:sub-)?prefect|(?:district\s+)?administrator|police\s+chief"
    r"|(?:police|provincial)\s+(?:director|commander)"
    r"|district\s+(?:police\s+officer|collector|magistrate)|tehsildar|DC|DPO|SHO|SSP|DIG)\b"
)


# a list of names that ends with "and other parts of" a place: "in Dhobi Tola, Ghanta Chowk
# and other parts of the Pokhara Valley", "and other areas of the capital" (not "Health and
# other areas of government")
OTHER_PARTS_AFTER = re.compile(
    r"(?:\s*,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})*,?\s+and\s+other\s+(?:[a-z]+\s+)?"
    r"(?:parts|areas|places|neighbou?rhoods|localities|towns|villages|districts|suburbs)\s+of"
    r"\s+(?:the\s+)?(?:[A-Z]|(?:country|city|capital|town|region|province|district|valley)\b)"
)
# a home or an office named by its place before its owner: "the Rambazar residence of the
# minister", "the Lamachaur house of a former speaker"
RESIDENCE_OF = re.compile(r"\s+(?:residence|house|home|office|compound)\s+of\s")

# a plural locality noun after a list of names: "the Kotamba, Wesoru and Rilezo villages"
LOCALITIES_AFTER = re.compile(r"\s+(?:villages|hamlets|settlements|localities)\b")


# (round places26a) a plural noun of sites after a list of their names ("the Zelvar and
# Tarmuk checkpoints", "the Kelvash and Ormuti border crossings") or before it with "of"
# ("the border posts of Kelvash and Tarnuk"): ``list_site_nouns`` of data/place_guards.yaml
@cache
def SITES_AFTER() -> re.Pattern[str]:  # noqa: N802
    return re.compile(rf"\s+(?i:{_words('list_site_nouns')})\b")


@cache
def SITES_OF() -> re.Pattern[str]:  # noqa: N802
    return re.compile(rf"\b(?i:{_words('list_site_nouns')})\s+(?:of|at|near)\s+$")


# the fronts of a war named by their towns: "the Kelmar, Tovra and Sulo battlefronts" (a
# plain name only: not "the Popular and Democratic fronts")
FRONTS_AFTER = re.compile(r"\s+(?:battle)?fronts\b|\s+front\s+lines\b")
# the quarters of a city named by their names: "the Beit Tarvo and Selmani neighbourhoods",
# "Kelvo's Tarsi and Dravan districts" (plain names only, as the fronts: not "the Christian
# and Armenian quarters"; places18, places25)
QUARTERS_AFTER = re.compile(
    # and the areas of a region named by their towns: "the Kelvo and Tarsi areas" (round
    # places27)
    r"\s+(?:neighbou?rhoods|quarters|suburbs|districts|boroughs|wards|barangays|townships|areas"
    r"|slums|favelas|shantytowns|shanty\s+towns"
    r"|favela\s+complexes|favela\s+communities|informal\s+settlements)\b"
)

# a way and a verb of what it joins, before the places joined: "the bridge linking A and
# B", "a road that connects A with B" (not "the deal linking A and B": people)
WAY_JOINS = (
    r"\b(?:bridges?|roads?|highways?|motorways?|railways?|rail\s+lines?|corridors?|routes?"
    r"|crossings?|tunnels?|causeways?|ferry|ferries|pipelines?|canals?)\s+(?:that\s+|which\s+)?"
    r"(?:link(?:s|ed|ing)?|connect(?:s|ed|ing)?|join(?:s|ed|ing)?)\s+$"
)


# plural nouns of kin and community after a people's name: "Moro clans", "Lumad families"
KIN_GROUPS = frozenset(
    {"clans", "clan", "tribes", "tribe", "families", "communities", "herders", "elders", "youths"}
)


def _words(key: str) -> str:
    """A regular-expression alternation of the words of ``key`` in
    ``data/place_guards.yaml``, longest first."""
    return "|".join(sorted(map(re.escape, place_guards()[key]), key=lambda w: (-len(w), w)))


# words right before a name that only a place follows: a bearing ("north of", "south-east
# of"), the people or the edges of a place ("residents of", "the outskirts of"), a heading
# ("towards"), a journey's end ("from Kavelo to"), a new name ("renamed to X", "now called X"),
# a locality in apposition ("his village, X", "the second largest town, X"), a locality by
# its name ("a location known as X")
PLACE_BEFORE = re.compile(
    r"(?:\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+of"
    r"|\b(?:[Rr]esidents?|[Ii]nhabitants?|[Nn]atives?|[Vv]illagers?|outskirts|vicinity|suburbs)"
    r"\s+of(?:\s+the)?"
    r"|\b(?:renamed|re-named)(?:\s+(?:to|as))?|\bnow\s+(?:called|named|known\s+as)"
    rf"|\b(?:home\s+)?(?:{_words('apposed_locality_nouns')}),"
    # "a location known as X", "a village called X"
    rf"|\b(?:{_words('named_locality_nouns')})\s+"
    r"(?:(?:known|referred\s+to)\s+as|called|named)"
    r"|\btowards?|\bfrom\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+to"
    # "the main island Grande Saline", "the village Kpandai": the locality's noun before it
    rf"|\b[Tt]he\s+(?:[a-z]+\s+){{0,2}}(?:{_words('locality_nouns_before_name')})"
    # "the Chief of Kpandai", "the Mayor of Kelvo": an office held over a town
    rf"|\b(?i:{_words('town_offices_of')})\s+of"
    # the home of a person named with their age: "40-year-old Ana Ruiz of X", "Ana Ruiz, 40,
    # of X", "A B (22) and C D (23), both of X"
    r"|\b\d{1,3}-year-old\s+(?:[A-Z][\w'-]*\s+){1,4}of"
    r"|[A-Z][\w'-]*,\s+\d{1,3},\s+of|\(\d{1,3}\),\s+(?:both|all)\s+of)\s+$"
)
# a locality named with its unit and a comma before the area that holds it: "the
# municipality of Nueva Vista, Kelvaro," puts Kelvaro around Nueva Vista
HOLDER_BEFORE = re.compile(
    r"\b(?:village|town|city|municipality|district|commune|county|canton|parish)\s+of"
    r"\s+(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*,\s+$"
)
# a named unit and a comma before the larger area that holds it: "in Kelvo county, Dravia,"
# puts Dravia around Kelvo county ("Tovar Prefecture, Varesh."), and a street before its
# town names the town ("Kelvin Road, Dravia,")
UNIT_HOLDER_BEFORE = re.compile(
    r"\b[A-Z][\w'-]*\s+(?:[Cc]ounty|[Dd]istrict|[Pp]rovince|[Pp]refecture|[Rr]egion"
    r"|[Mm]unicipality|[Gg]overnorate|[Oo]blast|[Tt]ownship|[Cc]ommune|[Tt]ehsil"
    # the street of an address before its town: "on Kelvin Road, Dravia, late on Friday"
    r"|Road|Street|Avenue|Lane|Drive),\s+$"
)
# what ends an item of an address: a comma, a full stop, a closing bracket
ITEM_END = re.compile(r"\s*(?:[,.;)]|$)")
# a member of a legislature before the constituency they sit for: "Member for X", "the MP
# for X"
REPRESENTS_BEFORE = re.compile(r"\b(?:[Mm]ember|MPs?|[Ll]awmaker|[Ll]egislator)\s+for\s+$")
# a speech verb right after a name: the name is a speaker
_SPEAKS = re.compile(r",?\s+(?:said|says|told|added|asked|recalled|explained)\b")
# a journey's start: "from X to Y"
FROM_TO = re.compile(r"\s+to\s+[A-Z]")


# one of the people of a place named right after its name: "Kelvo resident X Y", "Kelvo
# native X Y" (the plural alone, "Voloske residents gathered", is too weak a cue)
_PEOPLE_AFTER = re.compile(r"\s+(?:resident|native|villager)\s+[A-Z][a-z]")


def people_after(text: str, end: int) -> bool:
    """Whether one of the people of a place, named, follows a name ending at ``end``: "
    resident X Y", " native X Y"."""
    return _PEOPLE_AFTER.match(text, end) is not None


def place_phrase(toks: list[Tok], text: str) -> bool:
    """Whether the words around ``toks`` only fit a place: "30 km north of X", "residents of
    X", "towards X", "from X to Y" (both), "X resident Y Z"."""
    start = toks[0].start
    if PLACE_BEFORE.search(text, max(0, start - 40), start):
        # "in his village, Mensah said": a speaker, not the village; "a native of Maria's
        # family": a person's given name alone; "North of Kelvo Railways": a body's name
        given = len(toks) == 1 and toks[0].low.removesuffix("'s") in rules().given
        return not _SPEAKS.match(text, toks[-1].end) and not given and not _body_head(toks)
    if _PEOPLE_AFTER.match(text, toks[-1].end):
        # "Kelvo resident Ana Ruiz was shot": one of the people of a place, named
        given = len(toks) == 1 and toks[0].low in rules().given
        return not given and not _body_head(toks)
    before = text[max(0, start - 6) : start]
    return bool(re.search(r"\bfrom\s+$", before)) and bool(FROM_TO.match(text, toks[-1].end))


def _body_head(toks: list[Tok]) -> bool:
    """Whether a word after the first of ``toks`` heads a body ("Kelvo Railways", "Tarvo
    Water Board"): an organisation head or suffix, or a word of ``bearing_body_heads``."""
    return any(t.bare in _body_heads() for t in toks[1:])


@cache
def _body_heads() -> frozenset[str]:
    """The words of :func:`_body_head`, joined once."""
    return frozenset(
        rules().org_heads | rules().org_suffixes | place_guards()["bearing_body_heads"]
    )


# an apposition that puts a name near something: "X, near the border", "X, close to the
# river", "X, 30 km north of the capital"
NEAR_AFTER = re.compile(
    r",\s+(?:(?:just|very|right)\s+)?(?:near|close\s+to|not\s+far\s+from|outside"
    r"|(?:about|some|around)?\s*\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:from|north|south"
    r"|east|west))\b"
)

NEARBY = frozenset({"nearby", "neighbouring", "neighboring"})

_BIG_CITY = 100_000  # people: a city this large is a place without a locative cue

PLACE_VERBS = frozenset(
    {
        "of",
        "on",
        "over",
        "around",
        "struck",
        "hit",
        "attacked",
        "captured",
        "shelled",
        "seized",
        "targeted",
        "targeting",
        "liberated",
        "visited",
        "reached",
        "entered",
        "besieged",
        "left",
        "fled",
        "evacuated",
        "bombed",
        "recaptured",
        "retook",
        "encircled",
        "surrounded",
        "occupied",
        "stormed",
        "defended",
        "abandoned",
        "shelling",
        "bombing",
        "took",
        "taken",
        "raided",
        "taking",
        "towards",
        "fleeing",
        "flee",
        "deserted",
        "displaced",
        "returned",
        "relocated",
    }
)


ADJECTIVE = re.compile(r"(?:an|ese|ish|ic)$")  # the ending of an adjective of origin

# a month, a weekday or a feast: never a town of that name ("on Christmas", "in May")
MONTH_OR_DAY = re.compile(
    r"(?i)(?:christmas|easter|ramadan|eid|passover|hanukkah|diwali|thanksgiving|nowruz)"
    r"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
)


# an attack, capture or hold whose object or scene is the capitalised run after it, in any
# tense: "shelled X", "occupy A, B and C", "burned A and B", "have taken control of A and
# B", "still held X", "captured the village of X", "struck two cars in X"; the run may be
# the next of a list
EVENT_BEFORE = re.compile(
    r"(?:\b(?:shelled|shelling|bombed|bombing|bombarded|bombarding|"
    r"(?:re)?captur(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|storm(?:s|ed|ing)?|"
    r"encircl(?:e|es|ed|ing)|besieg(?:e|es|ed|ing)|retook|retak(?:e|es|en|ing)|"
    r"burn(?:s|ed|t|ing)|torch(?:es|ed|ing)|loot(?:s|ed|ing)|raz(?:e|es|ed|ing)|"
    r"raid(?:s|ed|ing)|sack(?:s|ed|ing)|attack(?:s|ed|ing)?|"
    # flight and displacement: "fled Pont-Gravelle", "displaced from Bel Ormont"
    r"fled|flee(?:s|ing)?|evacuat(?:e|es|ed|ing)|desert(?:s|ed|ing)|"
    r"(?:displaced|moved|relocated|returned|escaped|fleeing)\s+(?:from|to|into)|"
    r"occup(?:y|ies|ied|ying)|seiz(?:e|es|ed|ing)|overr(?:an|un|uns|unning)|"
    r"(?:took|tak(?:e|es|en|ing)|gain(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|"
    r"los(?:e|es|t|ing)|wrest(?:s|ed|ing)?)\s+control\s+of|"
    r"(?:have|has|had)\s+taken|"
    r"(?:still\s+)?(?:held|holds|hold|holding|controls|controlled|controlling))\s+"
    r"(?:the\s+(?:villages?|towns?|settlements?|localities|locality)\s+of\s+)?"
    r"|\b(?:struck|hit|shelled|killed|wounded|injured|destroyed|damaged|attacked)\s+"
    r"[^.;:,\"()]{0,40}?\b(?:in|near|outside)\s+)"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))*$"
)


# a passive attack or a fall after a list of names: "A, B and C were shelled", "X fell to the
# rebels", "A and B are under rebel control" (no verb a person suffers: "captured", "hit")
EVENT_AFTER = re.compile(
    r",?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|remain|remained)\s+"
    r"(?:(?:also|all|now|still|again|largely|completely)\s+)?"
    r"(?:shelled|bombed|bombarded|overrun|raided|burned|burnt|looted|razed|occupied|"
    r"liberated|retaken|recaptured|besieged|encircled|fallen|stormed|evacuated|emptied|"
    r"flattened|destroyed|devastated|cut\s+off|"
    r"under\s+(?:[a-z]+,?\s+){0,5}(?:shelling|bombardment|siege|control|occupation))"
    r"|fell\s+to|(?:has|have|had)\s+(?:now\s+|also\s+)?fallen)\b"
)


def event_after(text: str, end: int) -> bool:
    """Whether a passive attack, a siege or a fall follows the run ending at ``end``, or the
    list it opens: "Kotamba, Wesoru and Rilezo were also shelled"."""
    return bool(EVENT_AFTER.match(text, list_end(text, end)))


def event_before(text: str, start: int) -> bool:
    """Whether an attack or capture verb names the place of the run at ``start``."""
    return bool(EVENT_BEFORE.search(text[max(0, start - 200) : start]))


PLACE_AFTER = re.compile(r"(?:,|\s+in)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def in_known(after: str, gaz: Gazetteer) -> bool:
    """Whether the text after a name puts it in a known place: "at Matebe, Rutshuru",
    "from Kavelo in Mannar" (a gazetteer place or a city of the index after a comma or
    "in")."""
    m = PLACE_AFTER.match(after)
    if not m:
        return False
    key = place_key(m.group(1))
    return bool(gaz.place_keys.get(key) or city_index().get(key))


# a word of a village's name: capitalised, lower case after the first letter, four letters or
# more, or an Arabic article and a word ("Al-Jaysat", "al-Sakher", "Tel-Hawash"), or two
# hyphened parts of five letters or more together ("Kiri-ambawa", "Dar-Kelmi")
# (lower case: ASCII and the small letters of Latin-1 and Latin Extended-A and Additional,
# so Spanish, Portuguese and Vietnamese names count: "Sarapiquí", "Peñas"); a glottal stop
# between its letters ("Tavinu'u")
_LOW = "[a-zß-öø-ÿā-žạ-ỹ]"
PLAIN_WORD = re.compile(
    rf"(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|Te?ll?|Tal)-[A-Z]{_LOW}{{2,}}|[A-Z]{_LOW}{{3,}})"
    rf"(?:-[A-Za-z]{_LOW}+)*"
    rf"|[A-Z]{_LOW}{{1,2}}(?:-[A-Za-z]{_LOW}{{2,}})+"
    # a glottal stop or an ayn written as an apostrophe before a vowel, as Polynesian and
    # Arabic transliterations do: "Tavinu'u", "Sava'ili", "Ma'arra" (round ents17)
    rf"|[A-Z]{_LOW}+(?:['’ʻ][aeiouāēīōū]{_LOW}*)+"
)


# toponym prefixes that are also titles of people ("Sultan", "Datu"): no village's first word
_TITLES_OF_TOWNS = frozenset({"datu", "sultan", "rajah", "raja"})


def plain_name(toks: list[Tok], lower_vocab: frozenset[str]) -> bool:
    """One or two capitalised words in lower case after the first letter, none a word the
    sources write in lower case: a village's name, not a body's or a person's. A first
    word of Arabic place names ("Jisr", "Umm", "Beit": ``toponym_prefixes``) may open a
    third: "Jisr Beit Al-Ras", and so may a word that tells a part of a settlement from
    another ("Upper Tovar", "North Kelvo": ``area_qualifiers`` of ``data/place_guards.yaml``). One of two words may have three letters when it is no given
    name ("Lal Khatai")."""
    prefixed = bool(toks) and toks[0].low in (
        rules().toponym_prefixes - _TITLES_OF_TOWNS | area_qualifiers()
    )
    rest = toks[1:] if prefixed else toks
    plain = [bool(PLAIN_WORD.fullmatch(t.text)) for t in rest]
    if len(rest) == 2 and sum(plain) == 1:
        # "Lal Khatai", "Ton Pheung": a word of three letters beside a plain one, no given name
        short = rest[plain.index(False)]
        plain = (
            [True, True]
            if _SHORT_WORD.fullmatch(short.text) and short.low not in rules().given
            else plain
        )
    return (
        0 < len(rest) <= 2
        and all(plain)
        and not any(t.low in lower_vocab or MONTH_OR_DAY.fullmatch(t.text) for t in rest)
    )


_SHORT_WORD = re.compile(r"[A-Z][a-z]{2}")


# a step of a route before a name: a preposition of movement ("marched from X", "through
# X", "past the X", "via X", "towards X"), "the" allowed
_ROUTE_BEFORE = re.compile(
    r"(?<![\w-])(from|through|via|past|towards?|into|across|along|to)\s+(?:the\s+)?$"
)
# the next step of the route after the name: "X toward Y", "X and past the Y", "X, then to Y"
_ROUTE_AFTER = re.compile(
    r",?\s+(?:and\s+)?(?:then\s+)?(?:on\s+)?(?:to|towards?|through|via|past|into|across|along"
    r"|onto)\s+(?:the\s+)?[A-Z]"
)
# an earlier step of the route before the name's own: "from Kelvo through X"
_ROUTE_EARLIER = re.compile(
    r"(?<![\w-])(?:from|through|via|past)\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){1,4}"
    r"(?:and\s+)?(?:then\s+)?(?:on\s+)?(?:through|via|past|towards?|to|into|across|along)"
    r"\s+(?:the\s+)?$"
)


def route_stage(toks: list[Tok], text: str, lower_vocab: frozenset[str]) -> bool:
    """Whether ``toks`` are one stage of a route told in steps: a preposition of movement
    before them and the next step after them ("marched from Kelvo toward Dravi Square",
    "through Upper Tarsi and past the Kelvo interchange") or an earlier step before ("from
    Kelvo through Tarsi", "from Kelvo through Tarsi and on to Dravi": "to" only so): one to
    three capitalised words, the first no given name, not all words the sources write in
    lower case. "He gave the book to Dravi" has one step."""
    if not 0 < len(toks) <= 3 or not all(PLAIN_WORD.fullmatch(t.text) for t in toks):
        return False
    if toks[0].low in rules().given or all(t.low in lower_vocab for t in toks):
        return False
    if any(MONTH_OR_DAY.fullmatch(t.text) for t in toks):
        return False
    start, end = toks[0].start, toks[-1].end
    window = text[max(0, start - 80) : start]
    step = _ROUTE_BEFORE.search(window)
    if step is None or NOT_LOCATIVE.search(window):
        return False
    if step.group(1) == "to":  # "on to X" ends a route only after an earlier step
        return bool(_ROUTE_EARLIER.search(window))
    return bool(_ROUTE_AFTER.match(text, end) or _ROUTE_EARLIER.search(window))


# a preposition that names a scene when a one-word name follows it: "met in Borvanu"
_SCENE_WORDS = frozenset({"in", "at", "near", "outside"})
# "to" or "from" of a source or a cause, not a place: "according to Mendez", "thanks to X"
NOT_LOCATIVE = re.compile(
    r"\b(?:according|thanks|owing|due|letter|message|call|words)\s+(?:to|from)\s+$"
)
# what follows a person's name, not a place's: a speech verb, a possessive, a comma and a title
_PERSON_AFTER = re.compile(r"(?:'s?\b|,?\s+(?:said|says|told|added|asked|stated|explained|who)\b)")


# an employer after "at", not a scene: "an analyst at Stratfor", "he works at Helsing"
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:works?|worked|working|employed|analyst|researcher|fellow|professor|director"
    r"|economist|lecturer|engineer|editor|correspondent|expert|scholar|scientist|associate"
    r"|manager|partner|advis[eo]r|consultant|student|executive|official)\s+at\s+$"
)
# a publication after "in", not a scene: "wrote in Novaya Gazeta", "an interview in Kelvo Times"
_MEDIA_BEFORE = re.compile(rf"\b(?:{_words('media_before')})\s+(?:\w+\s+)?in\s+$")
# a body in apposition: "Helsing, a defence AI company"
_BODY_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:company|firm|group|agency|institute"
    r"|organi[sz]ation|university|think\s+tank|charity|consultancy|newspaper|outlet|start-?up"
    r"|bank|party|movement)\b"
)


_NOT_AN_ADJECTIVE = re.compile(r"[a-z]*[^aei]an")  # "Admavan", not "Iranian", "Korean"


def _adjective(word: str) -> bool:
    """Whether ``word`` ends like an adjective of origin or a language ("Russian",
    "Kurdish", "Japanese", "Arabic") and is no bare "-an" name the gazetteer does not know
    as a people or a country ("Admavan", "Kelvan": villages; "German", "Afghan": adjectives)."""
    if not ADJECTIVE.search(word):
        return False
    if not _NOT_AN_ADJECTIVE.fullmatch(word[1:].lower()):
        return True
    low = word.lower()
    return (
        word in gazetteer().surfaces
        or low in rules().given
        or low in rules().peoples
        or low in place_guards()["an_words"]  # a language or a faith: "in Catalan"
    )


# a lower-case noun right after a word: "in Tarvan markets" (an adjective), not a function
# word ("in Admavan after the raid")
_LOWER_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")


def _adjective_before_noun(tok: Tok, text: str, rules: Rules) -> bool:
    """Whether a bare "-an" word ("Tarvan") stands before a lower-case word that is no stop
    word: an adjective of its noun ("in Tarvan markets", "in Lutheran churches")."""
    m = _LOWER_NOUN_AFTER.match(text, tok.end)
    return (
        bool(ADJECTIVE.search(tok.text))
        and tok.text.endswith("an")
        and bool(m)
        and m.group(1) not in rules.stop
        # "in Kelvan village": the village's name before its noun
        and m.group(1) not in rules.locality_nouns | rules.admin_nouns | rules.place_heads
    )


# a locality or administrative noun in apposition: "X, a regency of Y province"
_APPOSED_NOUN = re.compile(r",\s+(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")


def _scene_cue(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether a name of two unknown words after "in"/"at" has a place cue: a locality or
    administrative noun right after it or in apposition ("in Tovar Belgou district", "in
    Tovar Belgou, a regency of X"), the first word of a place ("Fort", "Camp"), a known
    place beside it ("in Tovar Belgou, Kelvaro"), or a word of violence, flight or a locality in the
    clause before it (``scene_cues`` of ``data/place_guards.yaml``: "killed four farmers
    in X", "fighting broke out in X")."""
    after = text[toks[-1].end : toks[-1].end + 80]
    heads = rules.locality_nouns | rules.admin_nouns | rules.place_heads
    m, aside = _LOWER_NOUN_AFTER.match(after), _APPOSED_NOUN.match(after)
    if (m and m.group(1) in heads) or (aside and set(aside.group(1).split()) & heads):
        return True
    if toks[0].low in rules.place_first_words | place_guards()["place_first_heads"]:
        return True
    if len(toks) == 2 and toks[0].low in area_qualifiers():
        return True  # "in Upper Tovar": a part of a settlement named by its position
    if in_known(after, gaz):
        return True
    clause = re.split(r"[.;:!?]", text[max(0, toks[0].start - 80) : toks[0].start])[-1]
    return any(w in place_guards()["scene_cues"] for w in re.findall(r"[a-z]+", clause.lower()))


def bare_scene(
    toks: list[Tok], text: str, prev: list[str], rules: Rules, lower_vocab: frozenset[str]
) -> bool:
    """Whether a name of one or two plain words that no list knows stands as a scene right
    after "in", "at", "near" or "outside" ("elders met in Borvanu on Sunday", "in Tovar
    Belgou"; not a newspaper after "wrote in"; two words only with a place cue,
    :func:`_scene_cue`; not a bare "-an" adjective before its noun, "in Tarvan markets"):
    a village's name, unless a
    common given name ("in Ahmed"), a possessive ("in Okonjo's view") or a speech verb
    follows it as a person's, or it is an employer ("an analyst at Stratfor", "Helsing, a
    defence company")."""
    start, after = toks[0].start, text[toks[-1].end : toks[-1].end + 80]
    return (
        len(toks) <= 2
        and bool(prev)
        and prev[-1] in _SCENE_WORDS
        and plain_name(toks, lower_vocab)
        and not any(t.low in rules.given or _adjective(t.text) for t in toks)
        and not (len(toks) == 1 and _adjective_before_noun(toks[0], text, rules))
        # two words: not a newspaper ("an interview in Novaya Gazeta"), and a place cue
        and not (len(toks) == 2 and _MEDIA_BEFORE.search(text, max(0, start - 40), start))
        and (len(toks) == 1 or _scene_cue(toks, text, rules, gazetteer()))
        and not _PERSON_AFTER.match(after)
        and not _BODY_AFTER.match(after)
        and not _EMPLOYER_BEFORE.search(text, max(0, start - 40), start)
    )


# a plural locality noun that opens a list a few words on ("the villages attacked on Sunday
# include A, B and C", "several villages near the border, including A and B", "provinces
# that include land claimed by both, such as A, B and C") or after a dash or a colon ("two
# villages – A and B –", "the following villages were raided: A and B"), or right before
# the names ("the two communes A and B"), or a sentence's subject before "are"/"were" ("The
# districts are A and B"); the nouns are ``list_opener_nouns`` of data/place_guards.yaml
@cache
def _OPENER_NOUN() -> re.Pattern[str]:  # noqa: N802
    return re.compile(rf"\b(?i:{_words('list_opener_nouns')})\b")


_OPENER_LINK = re.compile(r"\s+(?=[A-Z])|\s*[\u2013\u2014:]\s*|\s*-\s+")
_OPENER_CONNECTOR = re.compile(r"[\s,](?:include[sd]?|including|such\s+as|among\s+them|notably)\s+")
_OPENER_GAP = 140  # characters: how far the connector may stand after the noun
_OPENER_GAP_END = re.compile(r"[.;!?()\"\u201c\u201d]|:(?!\s*$)")
_OPENER_COLON = re.compile(r"[^.;!?()\"\u201c\u201d:]{0,80}?:\s*")
_FOLLOWING_BEFORE = re.compile(r"\bfollowing\s+(?:[a-z-]+\s+){0,2}$")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:The|These|Those)\s+(?:[a-z-]+\s+){0,2}$")
_COPULA = re.compile(r"\s+(?:are|were)\s+(?=[A-Z])")
_OPENER_REACH = 400  # characters: how far back the opening noun may stand
# the first item of such a list: capitalised words, a number after a name ("Nambija 2")
_FIRST_ITEM = re.compile(
    r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'.-]*"
    r"(?:\s+(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'.-]*|\d{1,3}(?!\d)))*"
)
# people of the places a plural noun names, also opening the sentence or "from" them:
# "Officials of the districts", "officials from the blocks" (round places28b)
_PEOPLE_OF = re.compile(r"([A-Za-z]+)\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")


@cache
def _opener_people() -> frozenset[str]:
    return place_guards()["list_opener_people"]


def _opener_ends(text: str, noun: re.Match[str], start: int) -> list[int]:
    """Where the names a plural locality noun ``noun`` opens may begin, before ``start``:
    right after it, after a connector within reach ("include", "such as"), after the colon
    of "the following villages ...:", after "are" of "The districts are"; none when people
    stand between ("governors of the states, including X": the governors)."""
    before = text[max(0, noun.start() - 40) : noun.start()]
    people = _opener_people()
    if (m := _PEOPLE_OF.search(before)) and m.group(1).lower() in people:
        return []  # "leaders of the northern states, including X"
    ends = []
    if (link := _OPENER_LINK.match(text, noun.end())) and link.end() <= start:
        ends.append(link.end())
    limit = min(start, noun.end() + _OPENER_GAP)
    if stop := _OPENER_GAP_END.search(text, noun.end(), limit):
        limit = stop.start()
    gap_words = set(re.findall(r"[a-z]+", text[noun.end() : limit]))
    if gap_words & people:
        return ends  # "the villages' chiefs, among them X"
    ends += [c.end() for c in _OPENER_CONNECTOR.finditer(text, noun.end() - 1, limit)]
    if _FOLLOWING_BEFORE.search(before) and (colon := _OPENER_COLON.match(text, noun.end())):
        ends.append(colon.end())  # "the following villages were raided: A, B and C"
    if _SUBJECT_BEFORE.search(before) and (cop := _COPULA.match(text, noun.end())):
        ends.append(cop.end())  # "The districts are A and B"
    return [e for e in ends if e <= start]


def list_opened(toks: list[Tok], text: str) -> bool:
    """Whether ``toks`` are an item of a list that a plural locality noun opens a few words
    before it, all items being names: "the villages attacked on Sunday include A, B and
    X", "villages in the border area, including A and X", "two villages – A and X", "the
    communes A and X", "provinces that include land claimed by both, such as A and X", "the
    following villages were raided: A and X", "The districts are A and X". A person found
    so becomes a place when no place rule reads it (analysis/entities.py).
    False when a speech verb follows the run ("..., Ali Musa said": the speaker) or the run
    is one ordinary English word ("areas such as Health and Education")."""
    start = toks[0].start
    if _SPEAKS.match(text, toks[-1].end):
        return False
    if len(toks) == 1 and toks[0].low in english_words():
        return False  # "areas such as Health, Education and Defence": fields, no places
    ends = [
        e
        for noun in _OPENER_NOUN().finditer(text, max(0, start - _OPENER_REACH), start)
        for e in _opener_ends(text, noun, start)
    ]
    for pos in sorted(set(ends), reverse=True):  # the nearest opening first
        if pos == start:
            return True
        first = _FIRST_ITEM.match(text, pos)
        if first and first.end() <= toks[-1].end <= list_end(text, first.end()):
            return True
    return False


# a part, an office or the people of a place after its possessive: "X's outskirts", "X's
# second district", "X's mayor", "X's residents"
_PLACE_PART_AFTER = re.compile(
    r"'s\s+(?:(?:[a-z]+|\d+(?:st|nd|rd|th))\s+){0,2}?(?:outskirts|suburbs?|districts?"
    r"|provinces?|municipality|mayor|governor|city\s+cent(?:re|er)|old\s+city|downtown"
    r"|residents|inhabitants|townspeople|streets|neighbou?rhoods?|villages|port|airport"
    r"|city\s+hall)\b"
)
# the rulers and forces of a place after its possessive ("X's forces"): a place only when
# the name is a town the city index knows, as a person's name takes them too ("A's forces")
_SEAT_AFTER = re.compile(
    r"'s\s+(?:[a-z-]+\s+)?(?:forces|authorities|administration|leadership|government"
    r"|garrison|defenders|militias?)\b"
)


def possessive_part(toks: list[Tok], text: str, town: bool = False) -> bool:
    """Whether ``toks`` end in a possessive that owns a part, an office or the people of a
    place: "Maguindanao's second district", "Kavelo's outskirts", "the Dravi's mayor";
    with ``town`` (the name is a town of the city index) also its rulers or forces:
    "Tskhinvali's forces"."""
    if not toks or not toks[-1].low.endswith("'s"):
        return False
    pos = toks[-1].end - 2
    return bool(_PLACE_PART_AFTER.match(text, pos) or (town and _SEAT_AFTER.match(text, pos)))


# an aside that puts a name in a place: "Faskari (in Katsina State)", "Kavelo (near Mannar)"
_ASIDE_IN = re.compile(r"\s*\(\s*(?:in|near)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*\)")


def in_known_aside(after: str, gaz: Gazetteer) -> bool:
    """Whether a bracketed aside after a name puts it in a known place: "Faskari (in
    Katsina State)", "Kavelo (near Mannar)" (a gazetteer place, a city of the index or an
    area of the area index, with or without an administrative noun)."""
    m = _ASIDE_IN.match(after)
    if not m:
        return False
    words = m.group(1).split()
    r = rules()
    names = [m.group(1)] + ([" ".join(words[:-1])] if words[-1].lower() in r.admin_nouns else [])
    return any(
        gaz.place_keys.get(place_key(n))
        or city_index().get(place_key(n))
        or area_index().get(place_key(n))
        for n in names
        if n
    )


# the other names of a place given right after it: "X, known as Y to one side and Z to the
# other", "X (also called Y)", "X, known in Karsia as Y", "X, which Karsia calls Y"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_ALIAS_OPEN = re.compile(
    r"\s*[,(]\s*(?:(?:also|locally|better|internationally)\s+)?(?:(?:known|referred\s+to)"
    r"(?:\s+(?:in|by|to)\s+(?:the\s+)?" + _NAME + r")?\s+as|called)\s+"
    r"|\s*,\s*which\s+(?:the\s+)?" + _NAME + r"\s+(?:calls|call|named|names)\s+"
)
# one name of the list and, after it, who uses it ("Y to Karsia", "Z in Ostland"), then the
# joiner to the next ("and", "or"; a comma alone may end the aside: "X, known as Y, Karsian
# officers said"); the name is whole only where the aside or the list goes on or ends
# ("known as China's front line", "called Friday a provocation" give no name)
_ALIAS_ITEM = re.compile(
    r"(?:the\s+)?(?P<name>" + _NAME + r")(?:\s+(?:to|by|in|among)\s+(?:the\s+)?" + _NAME + r")?"
    r"(?:(?P<join>\s*,?\s+(?:and|or)\s+)|(?=\s*(?:[,;:.)\u2014]|$)))"
)


def place_aliases(text: str, end: int, gaz: Gazetteer) -> list[str]:
    """The other names a sentence gives a place right after it (the place's name ends at
    ``end``): "Vendra Reef, known as Ostra Reef to Karsia and Telin Jiao to Ostland, is ..."
    -> ["Ostra Reef", "Telin Jiao"]; also "(also called Y)", "known in Karsia as Y" and
    ", which Karsia calls Y". Each is a whole name that ends the aside or a list item, and
    never a possessive ("China's"), a country or other entity the gazetteer knows not as this
    kind of place, a calendar word (``weekdays``, ``months`` of ``data/numbers.yaml``) or an
    ordinary English word (``data/ordinary_words.yaml``). Empty when none is given."""
    opened = _ALIAS_OPEN.match(text, end)
    if not opened:
        return []
    out: list[str] = []
    at = opened.end()
    while (m := _ALIAS_ITEM.match(text, at)) is not None:
        if _plain_alias(m.group("name"), gaz):
            out.append(m.group("name"))
        if not m.group("join"):
            break
        at = m.end()
    return out


def _plain_alias(name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` may be a place's other name (:func:`place_aliases`)."""
    words = name.split()
    if any(re.search(r"['’]s?$", w) for w in words):
        return False  # "China's": an owner, not a name
    if any(t.type != "place" for t in gaz.surfaces.get(name, ())):
        return False  # a country, a person, a body the gazetteer knows
    low = [w.lower() for w in words]
    if any(w in calendar_words() for w in low):
        return False
    return not (len(words) == 1 and low[0] in english_words())


@cache
def _OWNED_SITE() -> tuple[re.Pattern[str], re.Pattern[str]]:  # noqa: N802
    nouns = sorted(place_guards()["owned_site_nouns"], key=len, reverse=True)
    before = re.compile(r"[\w.&-]+['\u2019]s\s+$")
    after = re.compile(rf"\s+(?:{'|'.join(map(re.escape, nouns))})(?![\w-])")
    return before, after


def owned_site(toks: list[Tok], text: str) -> bool:
    """Whether ``toks`` stand between an owner's possessive and a lower-case noun of one of
    its sites, which then lies in the town ``toks`` name: "Kelvotech's Tarvoni
    headquarters", "the company's Tarvoni office" (``owned_site_nouns`` of
    ``data/place_guards.yaml``)."""
    if not toks:
        return False
    before, after = _OWNED_SITE()
    return bool(
        before.search(text, max(0, toks[0].start - 40), toks[0].start)
        and after.match(text, toks[-1].end)
    )


# one capitalised item of a list and the separator after it, ending where a later item
# starts ("Taliban and |Haqqani"), and a separator with the item after it
_ITEM_THEN_SEP = re.compile(
    r"(?<![\w'.-])([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
    r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$"
)
_SEP_THEN_ITEM = re.compile(
    r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
)


def listed_body(toks: list[Tok], text: str, gaz: Gazetteer) -> bool:
    """Whether another item of the list ``toks`` stand in is a body the gazetteer knows
    ("the Taliban and Haqqani informal settlements", "the Amal and Hezbollah
    neighbourhoods"): the list names the sides whose quarters or fronts they are, no
    places. Up to eight items each way."""
    return any(
        t.type in {"organisation", "force"}
        for item in list_neighbours(toks, text)
        for name in (item, item.partition(" ")[2] if item.startswith("The ") else item)
        for t in gaz.surfaces.get(name, ())
    )


def list_neighbours(toks: list[Tok], text: str) -> list[str]:
    """The other items of the list ``toks`` stand in, up to eight each way: "Kelvo" and
    "Tarsi" of "Dravi" in "the Kelvo, Dravi and Tarsi areas"."""
    items: list[str] = []
    pos = toks[0].start
    for _ in range(8):
        m = _ITEM_THEN_SEP.search(text, max(0, pos - 60), pos)
        if m is None:
            break
        items.append(m.group(1))
        pos = m.start()
    pos = toks[-1].end
    for _ in range(8):
        m = _SEP_THEN_ITEM.match(text, pos)
        if m is None:
            break
        items.append(m.group(1))
        pos = m.end()
    return items
