"""Cues that a capitalised run is a personal name, for naming cultures and layouts beyond
"Given Surname said".

Each function looks at one sentence's text around a run (offsets into ``text``) and the
lexicons; none of them types anything itself (:func:`briefbook.analysis.names.classify`
calls them). :func:`person_cue` is the context test of a bare name of two words or more
("X said", "lawyer X", "X, a lawyer for ...", "X, 37,"); the other kinds of cue:

* an age before the name: "28-year-old Gusein Tarkov", "aged 40, Lena Voss";
* a second name after it: "Mohammad Nur Haidari, also known as Mullah Karim", "Tilak
  Rana aka Sagar", "alias comrade 'Vilma'" (:func:`aka_aliases` gives the second name);
* a surname shaped by its ending: "-ov", "-enko", "-shvili", "-zadeh", "-yan", and the
  endings of ``surname_endings`` in ``data/given_names.yaml`` ("-aj", "-singhe", "-uly");
* a verb that takes only a person: "X was arrested", "X, Y and Z were sentenced", "the
  court sentenced X" (``person_verbs`` and ``person_passives`` of
  ``data/entity_rules.yaml``), not right after "the" ("the Kestrel Dawn was detained" is a
  ship); one word opening a sentence only before ``person_only_verbs`` ("X was
  abducted") unless it is a known name;
* a compound given name written as one word: "Alireza", "Mohammadhossein";
* a family name first, East and Southeast Asian order: "Nguyen Van Dien", "Wang Lixin";
* one bare name: "identified as Rahim", "his two wives, Nasrin and Fatema",
  "Neda, a 40-year-old teacher";
* a name in capitals after a title: "ex-minister GERALDO MATIAS".
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.numbers import calendar_words
from briefbook.analysis.places import city_index, place_key
from briefbook.data import load_data

__all__ = [
    "age_before",
    "listed_as_people",
    "office_place_before",
    "passive_after",
    "qualifies_noun",
    "person_cue",
    "person_only_passive",
    "person_verb_before",
    "in_people_list",
    "role_in_brackets",
    "aka_aliases",
    "aka_after",
    "caps_name_after_title",
    "compound_given",
    "family_name_first",
    "single_name_cue",
    "listed_aliases",
    "surname_shaped",
    "the_before",
    "surname_word",
]

_SAID_BEFORE = frozenset({"said", "says", "added", "wrote"})
# a role and the lower-case office it holds right before a name: "head of regional
# department of finance", "director of public prosecutions"
_OFFICE_OF = re.compile(r"\b([a-z-]+)\s+(?:of|for)\s+(?:[a-z-]+\s+){1,6}$")
# the same with the office in title case and a place's name among the words, the last
# one lower case: "the Manager of Kelvo branch X Y", "the Branch Manager of bank X Y"
_TITLED_OFFICE_OF = re.compile(r"\b([A-Z][a-z-]+)\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,4}?[a-z-]+\s+$")
_AGE_AFTER = re.compile(r"\s*\((?:aged?\s+)?\d{1,3}\)")
_LED = frozenset(
    {"led", "headed", "chaired", "commanded", "founded", "run", "signed", "hosted"}
    | {"established", "created", "formed"}  # "a bloc established by Ilan Varo"
)
_APPOSITION = re.compile(
    r",\s+(?:\d{1,3}(?:,|;|\.(?!\d)|$|\s+and\s+(?=[A-Z])|\s+years?\s+old\b)"
    r"|(?:a|an|the|who|whose|his|her)\b([^,;.]{0,60}))"
)

# what may follow a name set off after a role phrase ("the head of the unit at the time, X.",
# "Police Commander (NZPC), X confirmed"): the clause's end, "and", or a speech verb
_APPOSED_END = re.compile(
    r"(?:[,;]|\.(?!\w)|\s*$|\s+(?:and|said|says|told|added|confirmed|denied|stated|noted|"
    r"explained|insisted|warned|declared|announced)\b)"
)
# a role given by a copula right after a name: "X is a senior commander in ...", "X was
# the group's treasurer", "X became its spokesman" (group 2 is the role noun)
_COPULA_ROLE = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:also\s+)?(?:a|an|the|its|their|his"
    r"|her)\s+((?:[\w'-]+\s+){0,4}?)([a-z-]+)(?=\s*(?:[,;.)]|$|\s+(?:of|for|in|at|with|and|who|"
    r"since|until|from)\b))"
)
# "the late Ana Ruiz": only the dead are "late" before a name
_LATE_BEFORE = re.compile(r"\b[Tt]he\s+late\s+$")
# the short form a release defines right after a full name: "Ravel Bontemps (Bontemps)"
_SHORT_FORM_AFTER = re.compile(r"\s*\(([A-Z][\w'\u2019-]+)\)")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$")
# "Walid Rekhi, who ...": a relative clause opened by "who" with a verb of one person, or
# one that speaks of "his" or "her" ("X Y, who fled with his family"; a gang "who control"
# the area is plural)
_WHO_AFTER = re.compile(
    r",\s+who\s+(?:is|was|has|had|said|told|heads|led|leads|lives|lived|died|served|serves"
    r"|became|spent|grew|worked|works|resigned|represents|runs|owns|founded)\b"
    r"|,\s+who\s+[^.;]{0,80}?\b(?:his|her|himself|herself)\b"
)
# what only a person does or has right after the name: "X Y and his wife", "X Y himself",
# "X Y died", "X Y resigned" (``person_deeds`` of ``data/entity_rules.yaml``)
_HIS_AFTER = re.compile(r"\s+(?:and|with)\s+(?:his|her)\s+[a-z]|\s+(?:himself|herself)\b")

# what only a person has, after a possessive: "X's widow", "X's arrest"
_OWNED_AFTER = re.compile(
    r"\s+(?:(?:elder|younger|eldest|youngest|late|former|two|three)\s+)?([a-z]+)"
)
_PERSONAL_NOUNS = frozenset(
    {
        "family",
        "relatives",
        "lawyer",
        "lawyers",
        "funeral",
        "assassination",
        "arrest",
        "killing",
        "murder",
        "death",
        "body",
        "wives",
        "sons",
        "daughters",
        "brothers",
        "sisters",
        "children",
        "parents",
        "grandson",
        "granddaughter",
        "grave",
        "bodyguards",
        "release",
    }
)

# what only a person has, before "of": "the assassination of X", "the funeral of X"
_OWNED_OF = re.compile(r"\b([a-z]+)\s+of\s+$")
_EVENTS_OF = _PERSONAL_NOUNS | {"abduction", "kidnapping", "execution", "disappearance"}
# a person's following: "supporters of X", "loyalists of X" (a body's are "members of X")
_EVENTS_OF |= {"supporters", "followers", "loyalists", "partisans"}

# "28-year-old ", "a 40-year-old ", "aged 35, ": an age right before a name; the hyphens
# are often dropped or misplaced: "22 year-old ", "22 year old ", "22-years-old "
_AGE_BEFORE = re.compile(r"\b(?:\d{1,3}[-\s]years?[-\s]old|aged\s+\d{1,3},?)\s+$", re.IGNORECASE)

# "X, also known as Y", "X aka Y", "X (alias Y)", "X, alias comrade 'Y'", "X, dubbed Y", and
# a nom de guerre with its movement's honorific in brackets: "X (Ka Y)", "X (Kumander Y)"
_AKA = re.compile(
    r",?\s*(?:\(?\s*(?:also\s+known\s+as|better\s+known\s+as|known\s+as|[Aa]\.?[Kk]\.?[Aa]\.?"
    r"|alias|nicknamed|dubbed|nom\s+de\s+guerre)\s+(?:(?:comrade|commander)\s+)?"
    r"|\(\s*(?=(?:Ka|Kumander)\s+[A-Z][\w'-]+\s*\)))"
    r"[\"']?((?:[A-Z][\w'-]+)(?:\s+(?:[A-Z][\w'-]+|(?:al|el|ad|as|ash|bin|ibn|abu)-[\w'-]+)){0,2})"
)  # the second name may end on a particle name: "aka Kadim al-Nuri"

# surname endings of Slavic, Caucasian, Armenian, Georgian, Persian, Turkic, Balkan and
# Romanian names: "Tarkov", "Ismailova", "Petrenko", "Kovalchuk", "Wisniewski", "Abashidze",
# "Beridzeshvili", "Harutyunyan", "Rezazadeh", "Yilmazoglu", "Petrovic", "Popescu"
_SURNAME_END = re.compile(
    r"(?:[a-z](?:ov|ova|eva|yev|yeva|iev|ieva)"
    r"|enko|chuk|czuk|yuk|iuk|ovych|evych|ovich|evich|ovic|evic|ski|sky|skiy|skyi|ska|skaya"
    r"|shvili|dze|yan|zadeh|zade|pour|oglu|escu)$"
)
# endings that also close common English and place words: only after a known given name
_WEAK_END = re.compile(r"[a-z](?:in|ina|yn|yna|ian|ev)$")

_KIN_PLURALS = r"wives|sons|daughters|brothers|sisters|children|cousins|grandsons|granddaughters"


def _kin_list(rules: Rules) -> re.Pattern[str]:
    """A kin noun right before a name, after "his", "her", "their" or "the" and a count:
    "his two wives, ", "her grandmother, " (``kin_nouns`` of ``data/entity_rules.yaml``)."""
    return _kin_pattern(tuple(sorted(rules.kin)))


@cache
def _kin_pattern(kin: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(k) for k in sorted(kin, key=len, reverse=True))
    return re.compile(
        r"\b(?:(?:his|her|their|the)\s+)?(?:(?:two|three|four|five|six|\d)\s+)?(?:young\s+)?"
        rf"(?:{_KIN_PLURALS}|{nouns})\s*,?\s+$"
    )


_IDENTIFIED = re.compile(
    r"\b(?:(?:identified|named|gave|given)\s+(?:(?P<obj>him|her|them|one|both|himself|herself"
    r"|his\s+name|her\s+name"
    r"|the\s+[a-z]+(?:\s+[a-z]+)?)\s+)?"
    r"(?:by\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:police|authorities|officials|army|military)\s+)?as"
    r"|(?:a\s+man|a\s+woman|men|women|others|persons|boys|girls)\s+(?:named|called|known\s+as)"
    r"|known\s+only\s+as|by\s+the\s+name\s+of"
    # a nickname standing for the person, as Latin American police and press write it:
    # "the killing of alias Caracol", "one of them was alias El Gordo Tito"
    r"|(?<![\w-])alias)\s+['\u2018\u201c\"]?$"
)
# a role noun before "named": "a former police officer named X", "a taxi driver named X"
_ROLE_NAMED = re.compile(r"\b([a-z-]+)\s+(?:named|called)\s+$")
# an apposition whose phrase ends on a role noun: "Neda, a 40-year-old English teacher who"
_ROLE_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+((?:[\w'-]+\s+){0,5}?)([a-z-]+)(?=\s*(?:[,;.)]|$|\s+(?:who|from|in|at|"
    r"of|for|with|and|said|told|whose)\b))"
)
_AGE_APPOSITION = re.compile(r",\s+\d{1,3}\s*(?:[,;.)]|$|\s+(?:of|from|and)\b)")

_TITLE_BEFORE = re.compile(r"([A-Za-z.-]+)\s+$")


# the people a sentence lists: "the dead were", "those arrested included", "the victims:",
# and the inverted passive with a time between: "Also killed that day was X"
_PEOPLE_LISTED = re.compile(
    r"\b(?:dead|killed|victims|deceased|slain|injured|wounded|arrested|detained|detainees"
    r"|suspects|arrestees|abducted|kidnapped|hostages|martyrs|fatalities|casualties)"
    r"(?:\s+(?:were|are|included|include|including|as|was|is)?\s*:?"
    r"|\s+(?:that|on|the|same|day|night|morning|evening|\w+day)"
    r"(?:\s+(?:day|night|morning|evening|attack)){0,2}\s+(?:was|were))\s+$"
)
# a role and the place it serves before a name: "adviser for Africa", "ambassador to Chad"
_OFFICE_PLACE = re.compile(r"\b([a-z-]+)\s+(?:for|of|to|in)\s+$")


# "was arrested", "were later sentenced", "had been abducted": the passive after a name
_PASSIVE = re.compile(
    r"\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:(?:also|later|then|reportedly|allegedly|subsequently|previously|first)\s+)?([a-z]+)\b"
)
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def passive_after(text: str, end: int, rules: Rules, singular: bool = False) -> bool:
    """Whether a verb that takes only a person follows ``end`` in the passive: "X was
    arrested", "X, Y and Z were sentenced", "X was killed" (``person_verbs`` and
    ``person_passives`` of ``data/entity_rules.yaml``); with ``singular`` only after "was",
    "is" or "has/had been" (a plural such as "Dozens were killed" names nobody)."""
    verb = _passive_verb(text, end, singular)
    return verb in rules.person_verbs or verb in rules.person_passives


def _passive_verb(text: str, end: int, singular: bool) -> str:
    """The participle of a passive right after ``end`` ("was later arrested" -> "arrested");
    empty when there is none (or, with ``singular``, when it is plural)."""
    m = _PASSIVE.match(text, end)
    if not m or (singular and re.match(r"\s+(?:were|are|have)\b", text[end:])):
        return ""
    return m.group(1)


def person_only_passive(text: str, end: int, rules: Rules) -> bool:
    """Whether a singular passive of a verb that no ship, body or town undergoes follows
    ``end``: "X was abducted", "X was assassinated" (``person_only_verbs``)."""
    return _passive_verb(text, end, singular=True) in rules.person_only_verbs


_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]*)")


def person_verb_before(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a verb that takes only a person stands right before ``text[start:end]`` as
    its object: "the court sentenced X", "police arrested X" (``person_verbs``); not when
    the name only qualifies a role or group noun after it ("arrested Radio Vela
    journalists", "detained Kisora Front fighters")."""
    m = _VERB_BEFORE.search(text[max(0, start - 24) : start])
    if not m or m.group(1) not in rules.person_verbs:
        return False
    mandate = _TO_VERB.match(text, end)
    if mandate and mandate.group(1) in _rule_words("firm_mandates"):
        return False  # "appointed Harrow Lindqvist to audit the fund": a firm
    return not qualifies_noun(text, end, rules)


# "to" and the verb of a mandate after an appointee: "appointed X to advise on the sale"
_TO_VERB = re.compile(r"\s+to\s+([a-z]+)\b")


@cache
def _rule_words(key: str) -> frozenset[str]:
    """The lower-case words of the list ``key`` of ``data/entity_rules.yaml``
    (``firm_mandates``, ``staff_nouns``, ``firm_memberships``)."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml").get(key, []))


def qualifies_noun(text: str, end: int, rules: Rules) -> bool:
    """Whether the name ending at ``end`` only qualifies a lower-case noun of people after
    it: a role, a group noun or a firm's or crowd's people ("Radio Vela journalists",
    "Kisora Front fighters", "Tarrow Freight staff", "Westport Rovers fans";
    ``staff_nouns``)."""
    noun = _NOUN_AFTER.match(text, end)
    if not noun:
        return False
    word = noun.group(1)
    return word in rules.roles or word in rules.group_nouns or word in _rule_words("staff_nouns")


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def the_before(text: str, start: int) -> bool:
    """Whether "the" stands right before ``text[start:]``: "the Marisol Bravo was seized"
    names a ship or a building after a person, not the person."""
    return bool(_THE_BEFORE.search(text[max(0, start - 5) : start]))


def _of_a_people(name: str, rules: Rules) -> bool:
    """Whether a word of ``name`` names a people or a faith, singular or plural: "Sunni
    Muslims", "Crimean Tatars" are no person."""
    return any(
        w in rules.peoples or w.removesuffix("s") in rules.peoples for w in name.lower().split()
    )


# the cue that opens a list of people, anywhere before it: "identified the detainees as",
# "the dead were", "those arrested included", and a plural noun of people before the verb
# ("the arrested men included", "the slain guards were"; ``people_list_nouns`` of
# ``data/entity_rules.yaml``)
_LIST_OPENER = re.compile(
    r"\b(?:(?:identified|named|given)\s+(?:(?:them|both|the\s+[a-z]+(?:\s+[a-z]+)?)\s+)?as"
    r"|(?:dead|killed|victims|arrested|detained|detainees|suspects|abducted|kidnapped"
    r"|hostages|wounded|injured)\s+(?:were|are|included|include|including)\s*:?)\s+"
)
_PLURAL_OPENER = r"\b([a-z]+)(?:\s+(?:were|are|included|include|including)\s*:?|\s*,)\s+"
# a person's own people before their names: "his associates A, B and C", "their two sons A
# and B"
_THEIR_PEOPLE = re.compile(r"\b(?:his|her|their)\s+(?:[a-z]+\s+)?([a-z]+)\s+")
# what only people have, before "of" and a list of their names: "the bodies of A, B and C"
_OWNED_LIST = re.compile(
    r"\b(?:bodies|deaths|killings?|murders?|arrests?|abductions?|kidnappings?|funerals?"
    r"|families)\s+of\s+"
)
# list items and their separators up to the run: "Tamim, Ahmad Reshad, Lal Aqa and ", an
# age after an item ("Ilir Daka, 70; "), a "who" clause closed by a semicolon, a particle between the words of one name ("Noor ul
# Haq"), a nickname in quotes inside it ("Kelvin 'Bunny' Thomas")
_LIST_WORD = (
    r"(?:(?:ul|ud|bin|bint|ibn|al|el|de|da|van|von)\s+)?['\u2018\u201c\"]?[A-Z][\w'\u2019-]*"
)
_LIST_ITEMS = re.compile(
    rf"(?:{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,4}}(?:,\s*\d{{1,3}})?"
    # a "who" clause after an item, closed by a semicolon or ", and": "X Y, who sustained
    # broken legs; "
    r"(?:,\s+who\s+[a-z][^;.]{0,100}?(?=;|,\s+and\s))?"
    r"\s*(?:,|;|,?\s+and|;\s+and)\s+)*"
)
_LIST_WINDOW = 400  # characters: how far back a list of people may open


@cache
def _list_nouns() -> frozenset[str]:
    """Plural nouns of people that open a list of their names before "were", "are" or
    "included" (``people_list_nouns`` of ``data/entity_rules.yaml``), lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["people_list_nouns"])


def _opens_list(m: re.Match[str]) -> bool:
    """Whether a match of ``_PLURAL_OPENER`` opens a list of people: a noun of
    ``people_list_nouns`` before "were", "are" or "included", or a plural noun before a
    comma ("three men, X, Y and Z"; not "those killed, X said")."""
    word = m.group(1)
    if word not in _list_nouns():
        return False
    return (
        not m.group(0).rstrip().endswith(",") or word.endswith(("s", "men")) or word == "personnel"
    )


def in_people_list(text: str, start: int) -> bool:
    """Whether ``start`` is an item of a list of people: after "identified the detainees
    as", "the dead were", "those arrested included", "the arrested men included", "three
    men, ", "the bodies of", "his associates" and nothing but names and separators ("... as Tamim, Ahmad
    Reshad, Lal Aqa and X")."""
    window = text[max(0, start - _LIST_WINDOW) : start]
    openers = [m.end() for m in _LIST_OPENER.finditer(window)]
    openers += [m.end() for m in _OWNED_LIST.finditer(window)]
    openers += [m.end() for m in _THEIR_PEOPLE.finditer(window) if m.group(1) in _list_nouns()]
    openers += [m.end() for m in re.finditer(_PLURAL_OPENER, window) if _opens_list(m)]
    return any(_LIST_ITEMS.fullmatch(window[end:]) is not None for end in openers)


def listed_as_people(text: str, start: int) -> bool:
    """Whether ``start`` opens the list of a sentence's dead, wounded, arrested or
    abducted: "The dead were X, Y and Z", "Those arrested included X", "The nine men are
    X" (a plural noun of ``people_list_nouns``)."""
    before = text[max(0, start - 40) : start]
    if _PEOPLE_LISTED.search(before):
        return True
    m = re.search(_PLURAL_OPENER + "$", before)
    return bool(m) and _opens_list(m)


def office_place_before(text: str, start: int, rules: Rules) -> bool:
    """Whether a lower-case role noun and "for"/"of"/"to"/"in" stand right before
    ``start`` (where a place's name opens): "senior adviser for [Africa] X Y"."""
    m = _OFFICE_PLACE.search(text[max(0, start - 40) : start])
    return bool(m) and m.group(1) in rules.roles and not m.group(1).endswith("s")


_ADVERBS = frozenset(
    {
        "also",
        "later",
        "further",
        "then",
        "earlier",
        "previously",
        "again",
        "reportedly",
        "separately",
        "additionally",
        "subsequently",
        "once",
        "had",
        "has",
        "have",
    }
)
_BRACKETS = re.compile(r"\s*\(([^()]{2,80})\)")


def role_in_brackets(text: str, end: int, rules: Rules) -> bool:
    """Whether brackets right after ``end`` give a role or speak of the name
    (:func:`name_in_brackets`): "X (Director of Sanitation)", "X (spokesman)"."""
    m = _BRACKETS.match(text, end)
    if not m:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z-]+", m.group(1))]
    return name_in_brackets(text, end) or any(w in rules.roles for w in words[:6])


def name_in_brackets(text: str, end: int) -> bool:
    """Whether brackets right after ``end`` speak of the name itself: "X (last name
    withheld)", "X and Y (surnames not given)"."""
    m = _BRACKETS.match(text, end)
    words = re.findall(r"[a-z]+", m.group(1).lower())[:3] if m else []
    return bool({"name", "names", "surname", "surnames"} & set(words))


def age_before(text: str, start: int) -> bool:
    """Whether an age stands right before ``start``: "28-year-old ", "aged 35 "."""
    return bool(_AGE_BEFORE.search(text[max(0, start - 24) : start]))


def aka_after(text: str, end: int) -> re.Match[str] | None:
    """The second name given right after a name ending at ``end``: "also known as Y",
    "aka Y", "alias comrade 'Y'" (group 1 is the second name); None when there is none."""
    return _AKA.match(text, end)


def aka_aliases(text: str, end: int, rules: Rules) -> list[str]:
    """The second name after a person's name ending at ``end``, as written and without a
    leading title ("Mullah Karim" and "Karim"), or the names a list of aliases gives ("X has
    three aliases — Sheikh Y, Z and W"); empty when there is none."""
    m = aka_after(text, end)
    written = [m.group(1)] if m else listed_aliases(text, end)
    out = []
    for alias in (w.rstrip(".,'\"") for w in written):
        words = alias.split()
        if not words or words[0].lower() in rules.stop:
            continue
        out.append(alias)
        while len(words) > 1 and words[0].lower() in rules.titles:
            words = words[1:]
        if len(words) < len(alias.split()):
            out.append(" ".join(words))
    return out


def listed_aliases(text: str, end: int) -> list[str]:
    """The names a list of aliases gives right after a name ending at ``end``: "Sheikh Y",
    "Z" and "W" of "X has three aliases — Sheikh Y, Z and W"; empty without one."""
    listed = _ALIAS_LIST.match(text, end)
    if not listed:
        return []
    return _ALIAS_ITEM.findall(text[listed.end() : listed.end() + 160].split(".")[0])


# a list of a person's aliases after the name: "X has three aliases — ", "X, who uses the
# aliases ", "X goes by the names: "
_ALIAS_LIST = re.compile(
    r",?\s+(?:who\s+)?(?:has|had|uses|used|goes\s+by|went\s+by)\s+(?:the\s+)?"
    r"(?:(?:two|three|four|five|six|several|many|\d{1,2})\s+)?(?:other\s+)?"
    r"(?:aliases|names|nicknames|noms\s+de\s+guerre)\s*(?:[—–:-]+|,|including)?\s*"
)
# one capitalised name of one to three words in such a list, set off by commas or "and"
_ALIAS_ITEM = re.compile(r"(?:^|,\s*|\s+and\s+|\s+or\s+)([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")


def surname_word(word: str, rules: Rules) -> bool:
    """Whether one capitalised word of five letters or more ends like a surname: "-ov",
    "-enko", "-shvili", "-zadeh" here, and the endings of ``surname_endings`` in
    ``data/given_names.yaml`` ("-aj", "-nathan", "-singhe", "-uly")."""
    if len(word) < 5 or not word[:1].isupper() or not word[1:].islower():
        return False
    return bool(_SURNAME_END.search(word)) or word.lower().endswith(rules.surname_ends)


def surname_shaped(words: list[str], rules: Rules) -> bool:
    """Whether the last of two or three name words has a surname's ending
    (:func:`surname_word`); an ending that also closes common words ("-in", "-ian") counts
    only after a known given name."""
    if not 2 <= len(words) <= 3:
        return False
    last = words[-1]
    if surname_word(last, rules):
        return True
    if len(last) < 5 or not last[:1].isupper() or not last[1:].islower():
        return False
    return bool(_WEAK_END.search(last)) and words[0].lower() in rules.given


def compound_given(word: str, rules: Rules) -> bool:
    """Whether ``word`` is two given names written as one ("Alireza", "Mohammadhossein",
    "Abdulrahim"), each part a known given name of four letters or more (the first part
    three or more when it is "abd"/"abdul")."""
    low = word.lower()
    if len(low) < 7 or not word[:1].isupper() or not word[1:].islower():
        return False
    for cut in range(3, len(low) - 2):
        head, tail = low[:cut], low[cut:]
        if (len(head) >= 4 or head == "abd") and head in rules.given and tail in rules.given:
            return True
        if head in {"abdul", "abdel", "abdal"} and (
            tail in rules.given or "al" + tail in rules.given
        ):
            return True
    return False


def family_name_first(words: list[str], rules: Rules) -> bool:
    """Whether two or three short name words open with a family name written first in
    Chinese and Vietnamese order ("Nguyen Van Dien", "Wang Lixin", "Tran Thi Mai")."""
    if not 2 <= len(words) <= 3 or words[0].lower() not in rules.family_first:
        return False
    if not all(len(w) <= 9 and w[:1].isupper() and w[1:].replace("-", "").islower() for w in words):
        return False
    # two words: the given name must not be a common English word ("Long March")
    return len(words) == 3 or len(words[1]) >= 3


def particle_family_first(words: list[str], rules: Rules) -> bool:
    """Whether three or four name words open with a Vietnamese family name that is also a
    particle ("Le", "Do") before a Vietnamese middle name: "Le Van Thanh", "Le Thi Hoa"; not
    "Le Pen" or "Le Monde", whose "Le" is the French article."""
    return (
        3 <= len(words) <= 4
        and words[0].lower() in rules.family_first_particles
        and words[1].lower() in rules.vietnamese_middles
        and all(w[:1].isupper() and w[1:].replace("-", "").islower() for w in words)
    )


def single_name_cue(start: int, end: int, text: str, rules: Rules) -> bool:
    """Whether the one-word name at ``text[start:end]`` is a person's by its context: a kin
    noun before it, even in a list ("his two wives, Nasrin and X"), "identified as X", an
    age after it ("Rahim, 37,"), an apposition ending on a role noun ("Neda, a
    40-year-old teacher"), or a leadership role of ``one_name_roles`` set off right before it
    after "the", "wanted", "notorious", "militant" or "rebel" ("the most wanted terrorist,
    Tarvok,")."""
    before = text[max(0, start - 40) : start]
    if _kin_list(rules).search(before) or _IDENTIFIED.search(before):
        return True
    if _AGE_APPOSITION.match(text, end):
        return True
    if age_before(text, start) and not _CLASS_NUMBER_AFTER.match(text, end):
        return True  # "a 19-year-old Grade 11 student": a school class, no name
    if role_in_brackets(text, end, rules):
        return True
    if _ONE_NAME_APPOSED.search(text, max(0, start - 40), start) and _APPOSED_END.match(text, end):
        role = _ONE_NAME_APPOSED.search(text, max(0, start - 40), start).group(1).lower()
        town = city_index().row(place_key(text[start:end]))
        if (
            role in rules.one_name_roles
            and not role.endswith("s")
            and not (town and town[1] >= _BIG_TOWN)
        ):
            return True  # "the country's most wanted terrorist, Tarvok,": set off after a role
    m = _ROLE_APPOSITION.match(text, end)
    return bool(m) and m.group(2) in rules.roles and m.group(2) not in rules.group_nouns


# a numeral and a lower-case noun after a capitalised word: "Grade 11 student", "Form 4 pupil"
_CLASS_NUMBER_AFTER = re.compile(r"\s+\d{1,2}\s+[a-z]")
# a lower-case leadership role noun and a comma right before a one-word name
_ONE_NAME_APPOSED = re.compile(r"(?<![\w-])(?:wanted|notorious|militant|rebel|the)\s+([a-z]+),\s+$")


def caps_name_after_title(
    words: list[str], start: int, text: str, rules: Rules, gaz: Gazetteer
) -> bool:
    """Whether two to four words in capitals are a person's name written in capitals after
    a lower-case or abbreviated title: "ex-minister GERALDO MATIAS", "ex-PM ARISTIDES
    GOMES" (the sentence itself in mixed case)."""
    if not 2 <= len(words) <= 4:
        return False
    if not all(w.isalpha() and w.isupper() and len(w) >= 3 for w in words):
        return False
    if any(w in gaz.surfaces for w in words) or " ".join(words) in gaz.surfaces:
        return False
    if sum(c.islower() for c in text) < sum(c.isupper() for c in text):
        return False  # a headline or a shouted line
    m = _TITLE_BEFORE.search(text[max(0, start - 30) : start])
    if not m:
        return False
    title = re.sub(r"^(?:ex|former)-", "", m.group(1).lower()).rstrip(".")
    return title in rules.titles or title in rules.roles or title + "." in rules.titles


# an office in title case over a place or a body set off right after a name: ", Mayor of
# Kelvo", ", Deputy Governor of the Central Bank"
# (round trialA26) also a state's office held by the name, with "for" as well as "of":
# "Attaullah Tarar, Pakistan's Minister for Information and Broadcasting," "Kelvo Marrin,
# the Minister for Energy,"
_TITLED_OFFICE_AFTER = re.compile(
    r",\s+(?:the\s+|[A-Z][\w-]+['’]s\s+)?(?:[A-Z][a-z-]+\s+){0,2}([A-Z][a-z-]+)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z]"
)
# a lower-case role, "of" and a place's name closing the phrase before a comma: "mayor of
# the northern city of Kelvo", "governor of Kelvo Province"
_OFFICE_OF_PLACE = re.compile(r"\b([a-z-]+)\s+of\s+(?:[\w'’-]+\s+){0,6}?[A-Z][\w'’-]+$")


def _title_next(text: str, end: int, rules: Rules) -> bool:
    """Whether a title follows right after ``end``: "Public Works Minister": the words before
    it are the office's portfolio, no name."""
    m = re.match(r"\s+([A-Z][a-z.-]+)", text[end:])
    return m is not None and m.group(1).lower() in rules.titles


# the comma or the spaced dash that sets off a name after a role phrase
_APPOSED_SEP = re.compile(r"(?:,|\s[-\u2013\u2014])\s$")
# a body named head first at the end of a phrase: "the Coalition for Change", "the Alliance
# of Free Democrats" (group 1 is its first word)
_HEAD_FIRST_BODY = re.compile(
    r"\bthe\s+([A-Z][\w'-]*)(?:\s+(?:[A-Z][\w'-]*|of|for|and|the|in))*\s*$"
)


def _apposed_to_role(start: int, end: int, text: str, rules: Rules) -> bool:
    """Whether the name at ``text[start:end]`` is set off by a comma (or a spaced dash)
    after a phrase naming a role and closes its clause: "the commander of the unit at the
    time, X.", "Police Commander (NZPC), X confirmed", "the deputy of the Green Party, X and
    ...", "another member of the Coalition for Change - X" (a body named head first, a
    singular role noun among the four words before it). The word
    before the comma must be lower case, a bracket, a role or a body's head word, so a list
    of names ("the offices of X Y, Z W and Kandar") is none."""
    sep = _APPOSED_SEP.search(text, max(0, start - 4), start)
    if sep is None or not _APPOSED_END.match(text, end):
        return False
    chunk = text[max(0, start - 80) : sep.start()]
    last = re.search(r"([\w'-]+)\W*$", chunk)
    if not last:
        return False
    word = last.group(1)
    heads = rules.roles | rules.org_heads | rules.force_heads
    body = _HEAD_FIRST_BODY.search(chunk)
    if (
        body
        and body.group(1).lower() in heads
        and sep.group().strip()
        and (
            any(
                _singular_role(w, rules) for w in re.findall(r"[a-z-]+", chunk[: body.start()])[-4:]
            )
        )
    ):
        # "a member of the Coalition for Change - X Y", "the leader of the Alliance for
        # Renewal, X Y.": a body named head first, its last word no head
        return True
    if not (chunk.endswith(")") or word.islower() or word.lower() in heads):
        # "the mayor of the northern city of Kelvo, X Y, was stabbed": an office over a
        # place, the name set off between commas
        office = _OFFICE_OF_PLACE.search(chunk)
        return (
            office is not None
            and text[end : end + 1] == ","
            and _singular_role(office.group(1), rules)
        )
    words = re.findall(r"[a-z-]+", chunk.lower())
    return any(_singular_role(w, rules) for w in words[-8:])


def _singular_role(word: str, rules: Rules) -> bool:
    """Whether ``word`` is a role noun in the singular: "head", not "members" (the members
    of the X Y are a body's, "the head of ... X Y" is a person)."""
    return word in rules.roles and not (word.endswith("s") and word[:-1] in rules.roles)


# plural and singular nouns of people after "identified the": "identified the men as X"
_PERSON_NOUNS = frozenset(
    {
        "man",
        "men",
        "woman",
        "women",
        "dead",
        "victim",
        "victims",
        "suspect",
        "suspects",
        "deceased",
        "boy",
        "boys",
        "girl",
        "girls",
        "child",
        "children",
        "person",
        "persons",
        "people",
        "attacker",
        "attackers",
        "gunman",
        "gunmen",
        "detainee",
        "detainees",
        "bodies",
        "body",
        "pair",
        "couple",
        "brothers",
        "sisters",
        "two",
        "three",
        "four",
    }
)


def _person_shaped(name: str, rules: Rules) -> bool:
    """Whether a two-word list item has a person's evidence of its own: a given name first
    ("Jomo Kariuki") or a surname's ending last ("Tarvo Kelmanov"); not a make and model
    ("identified one as Kelvo Marana")."""
    words = name.split()
    return words[0].lower() in rules.given or words[-1].lower().endswith(rules.surname_ends)


# objects of "identified ... as" that are people whatever the name: "identified him as X"
_PERSON_OBJECTS = frozenset({"him", "her", "himself", "herself", "his name", "her name"})


@cache
def _things() -> frozenset[str]:
    """Nouns of things identified by a make or a model (``things_identified`` of
    ``data/place_guards.yaml``), lower case."""
    return frozenset(str(w).lower() for w in load_data("place_guards.yaml")["things_identified"])


def _a_person_named(obj: str | None, name: str, clause: str, rules: Rules) -> bool:
    """Whether "identified ``obj`` as" ``name`` (two words) names a person: the object is
    a person ("him", "the men", "the victim"), the name has a person's shape
    (:func:`_person_shaped`), or "one"/"both"/"them" stand for no thing of the ``clause``
    before the verb; not "stopped two cars and identified one as Kelvo Marana" (a make and
    model)."""
    if obj is None or " ".join(obj.split()) in _PERSON_OBJECTS or _person_shaped(name, rules):
        return True
    noun = obj.split()[-1]
    if obj.startswith("the "):
        return noun in rules.roles or noun in _PERSON_NOUNS
    return not set(re.findall(r"[a-z]+", clause.lower())) & _things()


# a plural role noun and "at"/"from"/"with" right before a name: "analysts at X said"
_STAFF_BEFORE = re.compile(r"\b([a-z]+s)\s+(?:at|from|with)\s+(?:the\s+)?$")


def staff_of(text: str, start: int, rules: Rules) -> bool:
    """Whether the name at ``text[start:]`` is the employer of people in the plural before it
    ("Analysts at X said", "officials from X told"): the speaker of the verb after the name
    is the plural role noun, so the verb is no cue that the name is a person."""
    match = _STAFF_BEFORE.search(text[max(0, start - 40) : start].lower())
    return match is not None and match.group(1) in rules.roles


def _deed_after(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a deed only a person does follows the name at ``text[start:end]``: "died",
    "resigned", "was sworn in" (``person_deeds`` of ``data/entity_rules.yaml``); not a
    firm's: "resigned its seat", "resigned from the climate alliance"
    (``firm_memberships``), nor "died" after a name of three words or more with neither a
    given name nor a surname's ending ("Norvik Motor Works died in the market")."""
    after = " ".join(text[end : end + 48].split()).lower()
    name = text[start:end].split()
    if (
        len(name) >= 3
        and re.match(r"(?:has\s+|had\s+)?died\b", after)
        and not any(w.lower() in rules.given for w in name)
        and not _person_shaped(" ".join(name), rules)
    ):
        return False
    if re.match(r"resigned\s+its\b", after):
        return False  # "Halden Mutual resigned its seat": a firm's seat
    quit_from = re.match(
        r"resigned\s+from\s+(?:the\s+|a\s+|an\s+)?((?:[\w-]+\s+){0,3}[\w-]+)", after
    )
    if quit_from and set(quit_from.group(1).split()) & _rule_words("firm_memberships"):
        return False  # "Corran Trust resigned from the climate alliance"
    return any(
        after.startswith(deed) and not after[len(deed) : len(deed) + 1].isalpha()
        for deed in rules.person_deeds
    )


def _team_short_form(name: str, rules: Rules, places: Collection[str]) -> bool:
    """Whether the short form in brackets after ``name`` is a team's or a firm's, not a
    surname a release defines: the name opens with a place ("Kingston United (United)",
    "Lahore Falcons (Falcons)"; ``places`` are the gazetteer's surfaces, and cities of
    100,000 people or more of the GeoNames city index count too) or ends in the
    plural of a role or group noun ("Harbour Chiefs (Chiefs)"); never when a given name or
    a surname's ending shows a person ("Dimitri Castel (Castel)")."""
    if _person_shaped(name, rules):
        return False
    first, last = name.split()[0], name.split()[-1].lower()
    plural = last.endswith("s") and (
        last in rules.group_nouns or last.removesuffix("s") in rules.roles
    )
    city = city_index().row(place_key(first))
    return first in places or plural or (city is not None and city[1] >= _BIG_TOWN)


_BIG_TOWN = 100_000  # people: a city whose name opens a team's ("Lahore Falcons")


# a possessive or a lower-case plural after a list item: "Westport Rovers fans", "Thursday's"
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def _not_a_list_item(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether the run at ``text[start:end]`` only qualifies what a list of people names:
    a weekday or a month ("the dead were Thursday's commuters"), a possessive after it, or
    a lower-case noun of people after it ("the injured were Westport Rovers fans",
    :func:`qualifies_noun`)."""
    run = text[start:end]
    if run.removesuffix("'s").removesuffix("\u2019s").lower() in calendar_words():
        return True
    return bool(_POSSESSIVE_AFTER.match(text, end)) or qualifies_noun(text, end, rules)


# an article and two to four lower-case words right after a name: " another eyewitness told"
_BARE_APPOSITION = re.compile(r"\s+(?:a|an|another|the)((?:\s+[a-z-]+){2,4})\b")


def _bare_apposition(text: str, end: int, rules: Rules) -> bool:
    """Whether an apposition written without its commas, an article, up to two lower-case
    words and a role noun, stands between the name ending at ``end`` and its speech verb:
    " another eyewitness told", " a local farmer said" (not " the ministry said": no
    role)."""
    m = _BARE_APPOSITION.match(text, end)
    if not m:
        return False
    words = m.group(1).split()
    verb = next((i for i, w in enumerate(words) if w in rules.speech), None)
    return verb is not None and verb >= 1 and words[verb - 1] in rules.roles


def _class_rank_before(before: list[str], rules: Rules) -> bool:
    """Whether the words ``before`` a name end on a rank, its class ordinal and "class", in
    lower case as some papers write them: "private first class", "airman second class"
    (``class_ordinals`` of ``data/place_guards.yaml``; a rank of ``titles``)."""
    if len(before) < 3 or before[-1] != "class":
        return False
    ordinals = load_data("place_guards.yaml")["class_ordinals"]
    return before[-2] in ordinals and before[-3].lower() in rules.titles


_NATIONAL = re.compile(r",\s+an?\s+([A-Z][\w'-]*)(?:\s+([a-z][a-z-]*))?")


def _national_apposed(m: re.Match[str], text: str, rules: Rules, places: Collection[str]) -> bool:
    """Whether the apposition ``m`` of :data:`_APPOSITION` calls the name before it a
    national of a country: "a" or "an", a demonym (each part of a compound one among the
    gazetteer's surfaces ``places``: "a Somali-Norwegian") and then nothing, a role noun
    ("an Iraqi national") or a verb in -ing or "who" ("a Somali-Norwegian working with").
    "Kelvo Holdings, a British firm" stays no person: "firm" is no role."""
    n = _NATIONAL.match(text, m.start())
    if not n or not all(part in places for part in n.group(1).split("-")):
        return False
    nxt = n.group(2)
    return nxt is None or nxt in rules.roles or nxt.endswith("ing") or nxt == "who"


def person_cue(
    start: int,
    end: int,
    words: int,
    text: str,
    rules: Rules,
    places: Collection[str] = frozenset(),
) -> bool:
    """Whether the context makes the bare name of ``words`` words at ``text[start:end]`` a
    person: a speech verb after it, a role noun or "said" before it, an age, a second
    name ("aka"), a list of the dead or arrested, or an apposition naming a role or an
    age after it. ``places`` (the gazetteer's surfaces) tell a team's short form in
    brackets from a surname's ("Kingston United (United)")."""
    after = text[end : end + 30].lstrip(" ,").split()
    while len(after) > 1 and after[0].lower() in _ADVERBS:
        after = after[1:]  # "Ana Ruiz also said", "Ana Ruiz later told"
    if (
        after
        and after[0].lower().strip(".,;:") in rules.speech
        and not staff_of(text, start, rules)
    ):
        return True
    if role_in_brackets(text, end, rules):
        return True  # "Abdi Omar Halane (Director of Sanitation)"
    if words >= 2 and _bare_apposition(text, end, rules) and not staff_of(text, start, rules):
        return True  # "Getu Alemu another eyewitness told us": the apposition's commas lost
    if age_before(text, start) or aka_after(text, end):
        return True  # "28-year-old Gusein Tarkov", "Tilak Rana aka Sagar"
    if (
        words >= 2
        and _LATE_BEFORE.search(text[max(0, start - 12) : start])
        and not _title_next(text, end, rules)
    ):
        return True  # "the late Mesa Tarivo" (not "the late Public Works Minister X")
    short = _SHORT_FORM_AFTER.match(text, end)
    if (
        words >= 2
        and short
        and text[start:end].split()[-1] == short.group(1)
        and not _team_short_form(text[start:end], rules, places)
    ):
        return True  # "is sanctioning Ravel Bontemps (Bontemps) for": its surname defined
    if not _not_a_list_item(text, start, end, rules) and (
        listed_as_people(text, start)
        or (in_people_list(text, start) and (words != 2 or _person_shaped(text[start:end], rules)))
    ):
        return True  # "the dead were Jomo Kariuki, ...", "identified as X, Y and Jomo Kariuki"
    if (
        words >= 2
        and (passive_after(text, end, rules) or person_verb_before(text, start, end, rules))
        and not _of_a_people(text[start:end], rules)
        and not the_before(text, start)
    ):
        return True  # "Ilir Daka was arrested", "the court sentenced Ilir Daka"
    copula = _COPULA_ROLE.match(text, end)
    if (
        words >= 2
        and copula
        and _singular_role(copula.group(2), rules)
        and not {copula.group(2), copula.group(2) + "s"} & rules.group_nouns  # "a member"
    ):
        return True  # "Ruvo Talen is a senior commander in the X Network"
    if words >= 2 and (
        _ACCORDING_TO.search(text[max(0, start - 20) : start]) or _WHO_AFTER.match(text, end)
    ):
        return True  # "according to Jeand Rekhi", "Walid Saleh Rekhi, who ..."
    if words >= 2 and (_HIS_AFTER.match(text, end) or _deed_after(text, start, end, rules)):
        return True  # "Mesa Gorode and his wife", "Mesa Gorode died in 2016"
    owned = _OWNED_OF.search(text, max(0, start - 30), start)
    if words >= 2 and owned and owned.group(1) in _EVENTS_OF:
        return True  # "after the assassination of Tomas Ferrel", "the funeral of Ana Ruiz"
    if text[end - 2 : end] == "'s":
        m = _OWNED_AFTER.match(text, end)
        if m and (m.group(1) in rules.kin or m.group(1) in _PERSONAL_NOUNS):
            return True  # "Tamas Herczeg's widow", "Ana Ruiz's arrest"
    before = text[max(0, start - 40) : start].split()
    if words >= 2 and _class_rank_before(before, rules):
        return True  # "and private first class Tamba Roland": a rank in lower case
    if before:
        word = before[-1].lower().strip(",:")
        if word in rules.roles or word in _SAID_BEFORE:
            return True
        if word == "by" and len(before) > 1 and before[-2].lower() in _LED:
            return True  # "the mission, led by Markus Ritter,"
    if words >= 2 and _apposed_to_role(start, end, text, rules):
        return True  # "the commander of the unit at the time, Tavo Rendel."
    office = _OFFICE_OF.search(text, max(0, start - 80), start) or _TITLED_OFFICE_OF.search(
        text, max(0, start - 60), start
    )
    if office and _singular_role(office.group(1).lower(), rules) and words >= 2:
        return True  # "the head of the regional department of finance Abdi Nur Warsame"
    if text[max(0, start - 2) : start] == ", " and re.match(
        r",|\s+(?:said|says|told|added)\b", text[end:]
    ):
        words = re.findall(r"[a-z-]+", text[max(0, start - 60) : start].lower())
        if any(w in rules.roles for w in words[-6:]):
            return True  # "A spokesman for the ministry, Kofi Mensah-Boateng, denied it"
    if re.match(r",[^,;.]{3,80},\s+(?:said|says|added|told)\b", text[end:]):
        return True  # "Eric Reeves, one of the leading voices on Sudan, said ..."
    if _AGE_AFTER.match(text, end):
        return True  # "Lalit Soram (52) and his son": an age in brackets
    m = _TITLED_OFFICE_AFTER.match(text, end)
    if m and len(text[start:end].split()) >= 2 and _singular_role(m.group(1).lower(), rules):
        return True  # "Tadeusz Wrona, Mayor of Kelvo,": an office in title case after it
    ident = _IDENTIFIED.search(text[max(0, start - 60) : start])
    clause = re.split(r"[.;!?]\s", text[max(0, start - 120) : start])[-1]
    if ident and (
        words != 2 or _a_person_named(ident.group("obj"), text[start:end], clause, rules)
    ):
        return True  # "the dead were identified as Lalit Soram", "named the men as X"
    m = _ROLE_NAMED.search(text[max(0, start - 40) : start])
    if m and (m.group(1) in rules.roles or m.group(1) in rules.kin):
        return True  # "a former police officer named Sher Wali"
    m = _APPOSITION.match(text, end)
    if m:
        if m.group(1) is None:
            return True  # "Abdallah, 37,"
        words = re.findall(r"[a-z-]+", m.group(1))
        return any(w in rules.roles for w in words[:8]) or _national_apposed(m, text, rules, places)
    m = re.match(
        r",\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+(?:for|at|of|with|in|to|on)\s",
        text[end:],
    )
    if m and any(w in rules.roles for w in m.group(1).split()):
        return True  # "Charles Simpson, program administrator for the project"
    m = re.match(r",\s+[^,;.]{0,50}?'s\s+((?:[a-z-]+\s+){0,3}[a-z-]+)", text[end:])
    return bool(m) and any(w in rules.roles for w in m.group(1).split())
