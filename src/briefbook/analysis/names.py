"""Typing one capitalised run of a sentence: person, organisation, force, place, weapon, vessel.

:func:`cap_runs` cuts a sentence into runs of capitalised words (joined by connectors such as
"of the"); :func:`classify` types the spans of one run by generic rules (head words, titles
and role nouns, "X said", "X, a lawyer for ...", "X of the <organisation>", Korean names,
name particles, legal forms of companies, a ship's name after a vessel noun: "the tanker X");
:func:`weapon_system` a named weapon system ("the Garpiya series"). Places in runs that
``classify`` leaves untyped are found by :mod:`briefbook.analysis.place_names`. All of it works on one sentence and the lexicons,
nothing else.

Over 500 lines: the typing rules of one capitalised run (titles, heads, particles, legal
forms) are one decision list and are read in order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from briefbook.analysis.armed_names import civil_unit_words, police_body
from briefbook.analysis.body_cues import (
    class_noun_after,
    class_noun_before,
    class_noun_before_word,
    outlet_first,
    platform_before,
    police_after,
)
from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.numbers import calendar_words, weekdays
from briefbook.analysis.person_cues import (
    caps_name_after_title,
    compound_given,
    family_name_first,
    in_people_list,
    name_in_brackets,
    office_place_before,
    particle_family_first,
    passive_after,
    person_cue,
    person_only_passive,
    qualifies_noun,
    single_name_cue,
    surname_shaped,
    surname_word,
    the_before,
)
from briefbook.analysis.places import area_index, city_index, place_key
from briefbook.analysis.variants import city_variant
from briefbook.data import load_data
from briefbook.text.normalise import singular

__all__ = [
    "ARTICLE",
    "INITIAL",
    "REGNAL",
    "Found",
    "Tok",
    "cap_runs",
    "classify",
    "designation_class",
    "fold",
    "given_key",
    "is_cap",
    "is_name",
    "market_concept",
    "owned_shop",
    "ACRONYM",
    "LOCATIVE",
    "SPEAKER_AFTER",
    "body_noun_after",
    "english_words",
    "faith_before_noun",
    "list_end",
    "listed_one_name",
    "nickname_tokens",
    "locality_before",
    "part_of_area",
    "name_like",
    "of_origin",
    "opens_sentence",
    "span_name",
    "surname_initial_name",
    "tokenize",
    "weapon_system",
]

_WORD = re.compile(r"(?:[A-Z]\.){2,}(?:-[\w]+)?|[^\W_][\w&'.-]*[\w']|[^\W_]\.?")

# a closing quote glued to a word, after its final period or not: "March.'", "Kyiv'"; a
# plural possessive ("Forces'") keeps its apostrophe
_CLOSING_QUOTE = re.compile(r"(?:\.'+|(?<![sS])'+)$")

_ABBREV = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")

_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)")
REGNAL = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)")  # "Kiram III"
# the Arabic article of a surname and its assimilated forms: "al-Rimawi", "as-Sisi", "ud-Din"
ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)"

# the class of a rank: "Private First Class", "Petty Officer Second Class"
_PARTICLE_NAME = re.compile(
    r"(?:al|el|ad|ar|as|ash|at|az|an|es|ez|esh|ul|ud|bin|ibn|abu|bint|wal)-[^\W\d_]+(?:'[^\W\d_]+)*"
)  # "al-Burhan", "al-Sa'idi" (an apostrophe for the ayn or hamza); "ez-Zor"


def particle_name(word: str) -> bool:
    """Whether ``word`` is a name opened by a lower-case particle ("al-Burhan", "el-Kelvani",
    "bin-Zayed"): a name, though its first letter is lower case."""
    return _PARTICLE_NAME.fullmatch(word) is not None


INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")  # "J.", "H.W."
_ONE_INITIAL = re.compile(r"[A-Z]\.")  # "V." of "Sanne de V."


# a legal form after a comma: "Sibregiongaz, AO", "Vostok Trading, LLC"
_LEGAL_FORM_AFTER = re.compile(r",\s*([A-Z][A-Za-z.]{1,5})(?![\w-])")


def _legal_form(word: str) -> bool:
    """Whether a word written as a company's legal form is one: "AO", "LLC", "Ltd", "Inc.";
    a two-letter form only in capitals ("AG", not the Tuareg particle "Ag")."""
    return word.isupper() or (len(word) > 2 and word[:1].isupper())


# "the village of Tell al-Hamra": a place's name, not a person's
_LOCALITY_OF = re.compile(
    r"\b(?:village|town|city|hamlet|district|region|province|area|suburb|neighbou?rhood"
    r"|camp|settlement|port|island|locality|commune|municipality|department|county"
    r"|governorate|township|borough|prefecture|oblast|state)\s+of\s+$"
)

# "the villages of A, B and C", "communities including A and B", "the cities, towns and
# villages of A, B, ... and Z", "the governorates of A and B": a plural place-class noun
# that opens a list of names
_LOCALITIES_OF = re.compile(
    r"\b(?:[Vv]illages|[Tt]owns|[Cc]ities|[Hh]amlets|[Ss]ettlements|[Dd]istricts"
    r"|[Nn]eighbou?rhoods|[Ll]ocalities|[Cc]ommunes|[Ss]uburbs|[Mm]unicipalities"
    r"|[Gg]overnorates|[Pp]rovinces|[Rr]egions|[Cc]ounties|[Tt]ownships|[Pp]refectures)"
    r"\s+(?:of|including|such\s+as|like|namely)\s+"
    r"|\b(?:[Cc]ommunities|[Aa]reas)\s+(?:of|including)\s+"
    r"|\b(?:barangays|sitios|kebeles|woredas|tehsils)\s+"  # "barangays A and B"
    # sites of export named one after the other: "the terminals (of) A and B" (ents22)
    r"|\b(?:[Tt]erminals|[Pp]orts|[Ss]eaports|[Hh]arbou?rs)\s+(?:(?:of|including|at)\s+)?"
)


# sites along a border or a route named one after the other: "the border posts of A and B",
# "the checkpoints at A and B" (``list_site_nouns`` of data/place_guards.yaml; places26a)
@cache
def _sites_of() -> re.Pattern[str]:
    nouns = sorted(place_guards()["list_site_nouns"], key=lambda w: (-len(w), w))
    return re.compile(rf"\b(?i:{'|'.join(map(re.escape, nouns))})\s+(?:of|at|near)\s+")


# communities and areas also name groups of people: "communities including Christians"
_PEOPLE_LIKE = re.compile(r"(?:ans|ites|ists|is|ese|ish|ics|ers)$")
# "a group of villages in nearby Jomba", "villages around X": the area holding localities
_LOCALITIES_IN = re.compile(
    r"\b(?:villages|towns|hamlets|settlements|communities|localities)\s+"
    r"(?:in|near|around|outside)\s+(?:(?:nearby|neighbouring|neighboring)\s+)?$"
)
# a capital letter, accented too: "Ábrego", "Écija" open a name as "Abrego" does (round
# places27)
_UPPER = "[A-Z\u00c0-\u00d6\u00d8-\u00de]"
# one item of such a list: a name of capitalised words (a particle name "al-Sakher" too, a
# number after a name: "Nambija 2"), after "the outskirts of" and the like
_LIST_ITEM = re.compile(
    r"(?:the\s+(?:outskirts|edge|edges|area|areas|vicinity|town|village|city)\s+of\s+)?"
    rf"(?:(?:al|el|ad|an|as|ash|at|az)-)?{_UPPER}[\w'.-]*"
    rf"(?:\s+(?:(?:al|el|ad|an|as|ash|at|az)-{_UPPER}[\w'.-]*|{_UPPER}[\w'.-]*|\d{{1,3}}(?!\d)"
    r"|(?:de|du|des|la|le|el|al)\b))*"
)
_LIST_SEP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_LIST_REACH = 600  # characters: how far back a list's opening noun may stand
# a run followed by a speech verb is the speaker, not the next item: "A and B, Ali Musa said"
_QUOTE_CLOSED = re.compile(r"[\"'\u201d\u2019][,.!?]?\s*$|[!?.]\s*[\"'\u201d\u2019]?\s*,\s*$")
SPEAKER_AFTER = re.compile(r",?\s+(?:said|says|told|added|stated|explained|reported)\b")


def _listed_from(between: str) -> bool:
    """Whether ``between`` (the text from a list's opening noun to a run) is nothing but
    list items and separators, ending on a separator: the run continues the list."""
    if not between.strip():
        return True
    pos = 0
    while pos < len(between):
        item = _LIST_ITEM.match(between, pos)
        if not item:
            return False
        sep = _LIST_SEP.match(between, item.end())
        if not sep or sep.end() == item.end():
            return False
        pos = sep.end()
    return True


def list_end(text: str, pos: int) -> int:
    """The end of the list items that follow ``pos`` in ``text`` (``pos`` itself when none):
    from the end of "A" in "A, B and C were shelled", the end of "C"."""
    while True:
        sep = _LIST_SEP.match(text, pos)
        item = _LIST_ITEM.match(text, sep.end()) if sep and sep.end() > pos else None
        if not item:
            return pos
        pos = item.end()


def locality_before(toks: list[Tok], text: str) -> bool:
    """Whether a locality noun and "of" come right before ``toks``: "the village of X", or
    a plural one opening the list ``toks`` is in, of any length, while every item before
    it looks like a name ("the villages of A, B, the outskirts of C, al-D and X",
    "communities including A and X"), or "villages in nearby X"."""
    start = toks[0].start
    if _LOCALITY_OF.search(text, max(0, start - 30), start):
        return True
    if _LOCALITIES_IN.search(text, max(0, start - 60), start):
        return True
    window = text[max(0, start - _LIST_REACH) : start]
    last = next(reversed([*_LOCALITIES_OF.finditer(window), *_sites_of().finditer(window)]), None)
    if last is None or SPEAKER_AFTER.match(text, toks[-1].end):
        return False
    people_like = _PEOPLE_LIKE.search(toks[-1].text)
    if last.group(0).lower().startswith(("communities", "areas")) and people_like:
        return False
    return _listed_from(window[last.end() :])


# a part of an area named by its position: "in the Middle Gab", "across the Upper Varesh"
_POSITION = re.compile(
    r"Upper|Lower|Middle|Central|Inner|Outer|Greater|Northern|Southern|Eastern|Western"
)
_OF_ORIGIN = re.compile(r"(?:an|ese|ish|ic)$")  # the ending of an adjective of origin
_LOCATIVE_THE = re.compile(r"\b(?:in|into|across|through|from|near|around|of)\s+the\s+$")


_NOUN_AFTER = re.compile(r"\s+([a-z-]+(?: [a-z-]+)?)")


def area_after(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether a lower-case administrative noun follows ``toks``: "the Sierra de Cumbal
    department", "the Tarvela administrative post" name an area, never a person."""
    m = _NOUN_AFTER.match(text, toks[-1].end)
    if not m:
        return False
    noun = m.group(1) if m.group(1) in rules.admin_nouns else m.group(1).split()[0]
    if noun not in rules.admin_nouns:
        return False
    # a noun that also heads a body names an area only at the end of its phrase:
    # "the Sierra de Cumbal department." (not "the Pedro Ruiz department store")
    after = text[toks[-1].end + 1 + len(noun) :]
    return noun not in rules.org_heads or not body_noun_after(after, toks)


_AREA_PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das", "la", "sa"})
# a word after "department" that ends its phrase: a verb or a preposition ("the Norte de
# Santander department said", "the X department on Friday"), not a noun ("department store")
_PHRASE_ENDS = re.compile(
    r"\s+(?:said|says|was|were|is|are|has|had|have|on|in|at|to|for|of|and|or|with|after"
    r"|since|where|which|that|by|over|during|near|from)\b"
)


def body_noun_after(after: str, toks: list[Tok]) -> bool:
    """Whether a lower-case word follows an administrative noun that also heads a body, so
    that the phrase names a body or a thing ("a State department official", "the Finance
    department said"); for a name joined by a particle ("the Norte de Santander department
    said") a verb or a preposition there ends the area's name."""
    if not re.match(r"\s+[a-z]", after):
        return False
    joined = any(t.low in _AREA_PARTICLES for t in toks[1:-1])
    return not (joined and _PHRASE_ENDS.match(after))


def part_of_area(toks: list[Tok], text: str) -> bool:
    """Whether ``toks`` are a position word and one name after a locative and "the": "in
    the Middle Gab" is a part of the Gab, never a person."""
    return (
        len(toks) == 2
        and _POSITION.fullmatch(toks[0].text) is not None
        and not _OF_ORIGIN.search(toks[1].text)  # "the Southern African bloc"
        and _LOCATIVE_THE.search(text, max(0, toks[0].start - 20), toks[0].start) is not None
    )


ACRONYM = re.compile(r"[A-Z][A-Z0-9.&-]+s?")


@cache
def _collective() -> frozenset[str]:
    """Nouns whose possessive is part of a body's name, never its owner: "Tigray People's
    Liberation Front", "Lord's Resistance Army" (``possessive_name_words`` of
    ``data/entity_rules.yaml``)."""
    words = load_data("entity_rules.yaml")["possessive_name_words"]
    return frozenset(str(w).lower() for w in words)


_COMPANY_NOUNS = frozenset({"subsidiary", "subsidiaries", "affiliate", "firm", "company"})

LOCATIVE = frozenset(
    {"in", "near", "outside", "from", "to", "into", "at", "across", "toward", "nearby"}
)


_ORIGIN = re.compile(r"(?:an|ans|ese|ish|ic|ist|ists|ite|ites)$")


def of_origin(word: str, rules: Rules) -> bool:
    """Whether ``word`` names a people, a faith or an origin rather than a group:
    "Fulani", "Islamist", "Tigrayan"."""
    low = word.lower()
    return low in rules.peoples or bool(_ORIGIN.search(low))


@lru_cache(maxsize=65536)  # names recur across sentences: fold each spelling once
def fold(name: str) -> str:
    """A spelling-insensitive key: Zelenskyy = Zelensky = Zelenskiy."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    text = re.sub(r"(?:iy|yi|ii|yy)\b", "y", text)
    text = re.sub(r"(.)\1+", r"\1", text)
    return " ".join(text.split())


@dataclass
class Tok:
    """A word of a sentence: its text and character offsets (end exclusive)."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def bare(self) -> str:
        """Lower-case without a possessive 's."""
        t = self.text.lower()
        return t[:-2] if t.endswith("'s") else t.rstrip("'")


@dataclass
class Found:
    """A typed span of a sentence: offsets, entity type, the name as written."""

    start: int
    end: int
    type: str
    name: str


def tokenize(text: str) -> list[Tok]:
    """The words of ``text``; "U.S." keeps its periods, a sentence's final period is dropped,
    and so is a closing quote after it or after the word ("by March.'" is "March")."""
    out = []
    for m in _WORD.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        quote = _CLOSING_QUOTE.search(word)
        if quote and quote.start() > 0:
            word, end = word[: quote.start()], start + quote.start()
        if word.endswith(".") and not _ABBREV.fullmatch(word):
            word, end = word[:-1], end - 1
        out.append(Tok(word, start, end))
    return out


def is_cap(tok: Tok) -> bool:
    """Whether ``tok`` may be part of a name: capitalised, or a particle name ("al-Burhan");
    not an adjective such as "Russia-based"."""
    t = tok.text
    if _PARTICLE_NAME.fullmatch(t.rstrip("'s")):
        return True  # "al-Burhan"
    if not t[:1].isupper():
        return False
    if "-" in t:
        head, _, tail = t.rpartition("-")
        # "U.S.-designated", "Russia-based" are adjectives; "Jong-un", "Al-Tanf" are names,
        # and so is a lower-case part that is no English word ("Kiri-ambawa"); a short
        # describing participle too ("Houthi-run", "Kelvo-led": descriptor_suffixes of
        # data/speakers.yaml; round armed26)
        if tail in _descriptor_suffixes():
            return False
        if (
            tail[:1].islower()
            and (len(tail) > 3 or "." in head)
            and not _hyphen_name_part(tail)
            and not _syllable_pair(head, tail)
        ):
            return False
    return True


@cache
def _descriptor_suffixes() -> frozenset[str]:
    """``descriptor_suffixes`` of ``data/speakers.yaml``: the lower-case participles that
    make a hyphened word a describing adjective ("Britain-based", "Houthi-run")."""
    return frozenset(str(w) for w in load_data("speakers.yaml")["descriptor_suffixes"])


# a given name of two syllables of Cantonese or another romanised Chinese, the second in
# lower case ("Cheuk-ting", "Ip-sing", "Kin-man"), even when the second is an English word:
# a consonant onset, a vowel nucleus, a nasal or stop coda
_SYLLABLE = re.compile(
    r"(?:ch|ts|sh|ng|gw|kw|[bcdfghjklmnpqrstwyz])?(?:[aeiou]{1,3}|yu)(?:ng|n|m|k|t|p)?"
)


@cache
def _body_links() -> frozenset[str]:
    """``body_links`` of ``data/entity_rules.yaml``: "e", "et" inside a body's name."""
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["body_links"])


@cache
def _storm_words() -> tuple[tuple[str, ...], ...]:
    """``storm_words`` of ``data/entity_rules.yaml`` as lower-case word tuples."""
    return tuple(
        tuple(str(w).lower().split()) for w in load_data("entity_rules.yaml")["storm_words"]
    )


def _named_storm(toks: list[Tok], rules: Rules) -> bool:
    """Whether ``toks`` are a storm's word and its one- or two-word given name: "Typhoon
    Kelvina", "Super Typhoon Ana Rosa" (``storm_words``); not "Amber Typhoon", the word last,
    nor a unit or a body named after a storm, its head last ("Storm Corps")."""
    lows = [t.low for t in toks]
    heads = rules.force_heads | rules.org_heads | rules.place_heads
    for words in _storm_words():
        n = len(words)
        if tuple(lows[:n]) == words and 1 <= len(toks) - n <= 2:
            return lows[-1] not in heads and all(t.text[:1].isupper() for t in toks[n:])
    return False


@cache
def _cantonese_surnames() -> frozenset[str]:
    """``cantonese_surnames`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["cantonese_surnames"])


def _cantonese_name(toks: list[Tok]) -> bool:
    """Whether the two words ``toks`` are a Cantonese name written family name first: a
    family name of ``cantonese_surnames`` ("To", "Ng"), capitalised, and a given name of two
    romanised syllables joined by a hyphen, the second in lower case ("Ka-lun")."""
    if len(toks) != 2 or toks[0].low not in _cantonese_surnames():
        return False
    first, given = toks
    if not (first.text[:1].isupper() and first.text[1:].islower() or first.text == "Ng"):
        return False
    head, dash, tail = given.text.partition("-")
    return bool(dash) and "-" not in tail and _syllable_pair(head, tail)


def cantonese_family_name(name: str) -> str | None:
    """The family name of a Cantonese name written family name first ("To" of "To
    Kwun-tong", "Ng" of "Ng Man-kit": :func:`_cantonese_name`), else None."""
    words = name.split()
    if len(words) != 2:
        return None
    toks = [Tok(w, 0, len(w)) for w in words]
    return words[0] if _cantonese_name(toks) else None


def _syllable_pair(head: str, tail: str) -> bool:
    """Whether "<head>-<tail>" is a romanised given name of two syllables ("Cheuk-ting",
    "Ip-sing"): a capitalised syllable, a hyphen, a lower-case one."""
    return (
        head[:1].isupper()
        and head[1:].islower()
        and bool(_SYLLABLE.fullmatch(head.lower()))
        and bool(_SYLLABLE.fullmatch(tail))
    )


_ADJECTIVE_TAIL = re.compile(
    r".*(?:ed|ing|ly|ic|al|ful|less|like|wide|style|ist|ian|ese|ans|i)"
    r"|held|run|made|built|born|bound|grown|won|torn|hit|struck|shot|led|sent|kept|owned"
)


def _hyphen_name_part(tail: str) -> bool:
    """Whether the lower-case part after a hyphen reads as the rest of a name ("ambawa" of
    "Kiri-ambawa"): no English word ("based", "backed") and no ending of an adjective or a
    participle ("controlled", "speaking", "wide")."""
    return (
        tail.isalpha()
        and not _ADJECTIVE_TAIL.fullmatch(tail)
        and tail not in english_words()
        and tail not in weekdays()
    )


_ELIDED = re.compile(r"[OD]'[A-Z][a-z]")


def _name_word(t: str) -> bool:
    """A capitalised word of a personal name: "Türk", "O'Brien", "McCain", "al-Burhan"."""
    if _PARTICLE_NAME.fullmatch(t) or INITIAL.fullmatch(t):
        return True
    # "O'Brien", "D'Souza": an Irish or Romance prefix and an apostrophe before the capital
    if not t[:1].isupper() or len(t) < 2 or not (t[1:2].isalpha() or _ELIDED.match(t)):
        return False
    rest = t[1:].replace("'", "").replace("-", "")
    if rest.isalpha() and rest.islower():
        return True
    # McCain, DeSantis, O'Brien, Bretton-Gordon; "Al-'Awni": an ayn opening a hyphened part
    return bool(
        re.fullmatch(r"(?:Mc|Mac|De|Di|La|Le|O'|D')?[^\W\d_][^\W\d_'-]*(?:-'?[^\W\d_]+)*", t)
    )


def name_like(tok: Tok, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``tok`` can be a word of a personal name: capitalised, not a stop word, title,
    role noun, head word or gazetteer name."""
    low = tok.low
    # a month's short form that is also a given name ("Jan Verhoeven") may be a name word;
    # before a day it is a date (:func:`cap_runs`)
    month_name = _month_given(tok, rules)
    if not is_cap(tok) or (low in rules.stop and not month_name) or tok.bare in rules.org_heads:
        return False
    if tok.bare in rules.titles:  # "the Colonel's murder"
        return False
    if low in rules.force_heads or low in rules.doc_heads:
        return False
    if low in rules.place_heads and low not in place_guards()["cued_street_heads"]:
        return False  # "Drive" may be a surname ("Mark Drive said"; round revA28)
    if low in rules.roles and low not in rules.korean:
        return False
    if tok.text in gaz.surfaces or tok.text.removesuffix("'s") in gaz.surfaces:
        return False
    if INITIAL.fullmatch(tok.text):
        return True
    return _name_word(tok.text) and not (tok.text.isupper() and len(tok.text) > 1)


def _date_month(tokens: list[Tok], i: int, text: str) -> bool:
    """Whether ``tokens[i]`` is a month's name (``months`` of ``data/numbers.yaml``) before
    a day of one or two digits: "July 18" opens a date."""
    if tokens[i].low not in calendar_words() - weekdays() or i + 1 >= len(tokens):
        return False
    day = tokens[i + 1]
    return len(day.text) <= 2 and day.text.isdigit() and text[tokens[i].end : day.start] == " "


def _saint_period(before: Tok, gap: str) -> bool:
    """Whether ``gap`` is the period of a saint's abbreviation ``before`` ("St", "Ste"; the
    ``saints`` of ``data/place_guards.yaml``) or of a place's head (``abbreviated_place_heads``:
    "Mt", "Ft") and a space: "St. Louis" and "Mt. Apo" are one name."""
    return (
        gap.strip() == "."
        and before.text[:1].isupper()
        and (
            f"{before.low}." in place_guards()["saints"]
            or before.low in place_guards()["abbreviated_place_heads"]
        )
    )


def _title_period(cur: list[Tok], tokens: list[Tok], i: int, text: str, rules: Rules) -> bool:
    """Whether the period of an abbreviated title and a space stand before ``tokens[i]``, a
    name of one word, and the run so far ``cur`` holds titles only: "Capt. Hartono." and
    "Adjunct Comr. Sutarjo," are one run, so a one-word name keeps its title (a name of
    more words is a person of its own: "Sen. John Doe" stays "John Doe"). The title must be
    one without its period too ("Capt", "Comr"): "Sen" is also a surname."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and is_cap(nxt) and text[tokens[i].end : nxt.start].strip() == "":
        return False
    return (
        text[tokens[i - 1].end : tokens[i].start].strip() == "."
        and bool(cur)
        and cur[-1].text[:1].isupper()
        and f"{cur[-1].low}." in rules.titles
        and all(t.low in rules.titles for t in cur)
    )


def _ayn_gap(before: Tok, tok: Tok, text: str) -> bool:
    """Whether a space and an apostrophe standing for an ayn open ``tok`` after the name word
    ``before``: "Yusuf 'Uthman", as Arabic transliterations write it; not an opening quote,
    which closes after a word or a few ("'Operation Dawn'")."""
    if text[before.end : tok.start] not in {" '", " ʿ", " ʻ"}:
        return False
    if not (before.text[:1].isupper() and tok.text[:1].isupper()):
        return False
    return re.match(r"[^']{0,60}'(?![A-Za-z])", text[tok.start :]) is None


@cache
def _unit_heads() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["numbered_unit_heads"])


def _numbered_unit(tokens: list[Tok], i: int, text: str) -> bool:
    """Whether the token ``i`` is a cardinal number that opens a unit's name: one to three
    capitalised words joined by spaces follow it, the last a unit's head
    (``numbered_unit_heads`` of ``data/entity_rules.yaml``: "444 Brigade", "25 Task Force
    Brigade"); "12 Army soldiers" and "300 Kelvo residents" are counts, "2019" a year
    (round forces25)."""
    number = tokens[i].text
    if not re.fullmatch(r"[0-9]{1,4}", number) or 1900 <= int(number) <= 2099:
        return False  # "In 2019 Brigade commanders met": a year
    last = i
    for j in range(i + 1, min(i + 4, len(tokens))):
        if not is_cap(tokens[j]) or text[tokens[j - 1].end : tokens[j].start] != " ":
            break
        last = j
    return last > i and tokens[last].text.lower() in _unit_heads()


def cap_runs(tokens: list[Tok], text: str, rules: Rules) -> list[list[Tok]]:
    """Runs of capitalised tokens joined by whitespace and connectors ("of the").

    An ordinal before a capitalised word opens a run ("3rd Motorized Rifle Division");
    "the" joins only after another connector ("Office of the ..."), so "Cross the Oskil
    River" is two runs.

    The entity finder asks for the runs of a sentence two or three times (its discovery,
    the names written with an initial, the full names of lone surnames): they are found
    once per sentence, tokens and rules, and each call gets new lists of its own tokens."""
    key = (text, tuple((t.text, t.start, t.end) for t in tokens), id(rules))
    found = _RUNS.get(key)
    if found is None or found[0] is not rules:
        found = (rules, _run_indexes(tokens, text, rules))
        if len(_RUNS) >= _RUNS_KEPT:
            _RUNS.pop(next(iter(_RUNS)), None)  # the oldest first
        _RUNS[key] = found
    return [[tokens[i] for i in run] for run in found[1]]


# the runs found (as token indexes) by sentence text, tokens and rules: a bounded memo
_RUNS: dict[tuple[str, tuple[tuple[str, int, int], ...], int], tuple[Rules, list[list[int]]]] = {}
_RUNS_KEPT = 8192


def _run_indexes(tokens: list[Tok], text: str, rules: Rules) -> list[list[int]]:
    """:func:`cap_runs` as the indexes of its tokens in ``tokens``."""
    place = {id(t): i for i, t in enumerate(tokens)}
    return [[place[id(t)] for t in run] for run in _cap_runs(tokens, text, rules)]


def _cap_runs(tokens: list[Tok], text: str, rules: Rules) -> list[list[Tok]]:
    """The runs of :func:`cap_runs`, found."""
    seqs: list[list[Tok]] = []
    cur: list[Tok] = []
    pending: list[Tok] = []
    quoted = nickname_tokens(tokens, text, rules)
    for i, tok in enumerate(tokens):
        gap_ok = i > 0 and (
            text[tokens[i - 1].end : tok.start].strip() == ""
            or i in quoted
            or i - 1 in quoted
            or _saint_period(tokens[i - 1], text[tokens[i - 1].end : tok.start])
            or _ayn_gap(tokens[i - 1], tok, text)
            or _title_period(cur, tokens, i, text, rules)
        )
        cap = is_cap(tok) or (
            _ORDINAL.fullmatch(tok.text) is not None
            and i + 1 < len(tokens)
            and is_cap(tokens[i + 1])
            and text[tok.end : tokens[i + 1].start].strip() == ""
        )
        if not cap and all(t.low in rules.stop for t in cur) and _numbered_unit(tokens, i, text):
            cap = True  # "the 444 Brigade", "the 25 Task Force Brigade": a unit's number
        if cap and _date_month(tokens, i, text):
            cap = False  # "Tel Aviv July 18": a date after the name, no word of it
        if cap and _rank_opener(tokens, i, text, rules):
            cap = False  # "Wing" of "Wing Commander X": part of the rank, ends the run
        if (
            tok.text.isdigit()
            and cur
            and gap_ok
            and not pending
            and (
                cur[-1].bare in rules.org_heads | rules.force_heads | rules.facility_nouns
                # "Coast Guard District 14": an armed service's numbered area command
                or _armed_area(cur, rules)
            )
        ):
            cur.append(tok)  # "Office 39", "Unit 8200", "Specialist Hospital 12"
        elif cap and cur and gap_ok:
            cur.extend(pending)
            cur.append(tok)
            pending = []
        elif cap:
            if cur:
                seqs.append(cur)
            cur, pending = [tok], []
        elif (
            cur
            and gap_ok
            and (
                tok.low in rules.connectors
                or tok.text in rules.name_links
                or (
                    tok.text in _body_links()
                    and any(t.low in rules.org_first_words for t in cur[:2])
                )
                or _town_link(tokens, i, text)
                or (tok.low == "at" and _campus_at(cur, tokens, i, text, rules))
            )
            and len(pending) < 2
            and (tok.low != "the" or pending or _classed_article(cur, tokens, i, text))
        ):
            pending.append(tok)
        else:
            if cur:
                seqs.append(cur)
            cur, pending = [], []
    if cur:
        seqs.append(cur)
    return _ampersand_bodies(seqs, text, rules)


def _ampersand_bodies(seqs: list[list[Tok]], text: str, rules: Rules) -> list[list[Tok]]:
    """``seqs`` with two runs joined by an ampersand alone between them made one when the
    second ends on a body's head: "Kelvo Location & Event Data Project" is one body's name,
    while "Tarvo & Kelmani said" (no head) stays two runs."""
    out: list[list[Tok]] = []
    for seq in seqs:
        if (
            out
            and text[out[-1][-1].end : seq[0].start] == " & "
            and seq[-1].bare in rules.org_heads
            and all(t.text[:1].isupper() for t in (out[-1][-1], seq[0]))
        ):
            out[-1] = [*out[-1], *seq]
        else:
            out.append(seq)
    return out


@cache
def _campus_heads() -> frozenset[str]:
    """``campus_heads`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["campus_heads"])


def _campus_at(cur: list[Tok], tokens: list[Tok], i: int, text: str, rules: Rules) -> bool:
    """Whether "at" (``tokens[i]``) names the campus of a university the run opens
    ("University of Kelvo at Tarvo"): the run's first word a campus head, "of" and a name
    after it, one or two capitalised words after "at", the last no head of a place or a
    facility. "Professor Ana Ruiz at Kelvo" (no head first) and "the University of Kelvo
    at Tarvo Airport" (a place after it) are no campus."""
    if not (len(cur) >= 3 and cur[0].bare in _campus_heads() and cur[1].low == "of"):
        return False
    after: list[Tok] = []
    for j in range(i + 1, min(i + 4, len(tokens))):
        if not is_cap(tokens[j]) or text[tokens[j - 1].end : tokens[j].start].strip():
            break
        after.append(tokens[j])
    return 1 <= len(after) <= 2 and after[-1].bare not in rules.place_heads | rules.facility_nouns


def _classed_article(cur: list[Tok], tokens: list[Tok], i: int, text: str) -> bool:
    """Whether the article ``tokens[i]`` ("the") is a word of a body's name that a
    lower-case class noun opens ("the charity Save the Children", "the aid group Voice of
    the Valley"): the run so far stands right after the class noun and a capitalised word
    follows the article at once. "Cross the Oskil River" (no class noun) stays two runs."""
    return (
        i + 1 < len(tokens)
        and is_cap(tokens[i + 1])
        and text[tokens[i].end : tokens[i + 1].start].strip() == ""
        and class_noun_before(text, cur[0].start)
    )


def _rank_opener(tokens: list[Tok], i: int, text: str, rules: Rules) -> bool:
    """Whether ``tokens[i]`` opens a rank of two words or more that the next tokens close
    ("Wing" before "Commander", "Field" before "Marshal"; ``compound_ranks`` of
    ``data/entity_rules.yaml``)."""
    for rest in rules.rank_openers.get(tokens[i].low, ()):
        after = tokens[i + 1 : i + 1 + len(rest)]
        if len(after) == len(rest) and all(
            t.low == w and text[p.end : t.start].strip() == ""
            for t, w, p in zip(after, rest, tokens[i : i + len(rest)], strict=True)
        ):
            return True
    return False


_NICK_OPEN = re.compile(r"\s+['\u2018\u201c\"]")
_NICK_CLOSE = re.compile(r"['\u2019\u201d\"]\s+")


def nickname_tokens(tokens: list[Tok], text: str, rules: Rules | None = None) -> set[int]:
    """The indexes of the words of the nicknames in quotes inside a personal name ("Bunny" of
    "Kelvin 'Bunny' Thomas", "Kelvin \u201cBunny\u201d Thomas", "El Chapo" of 'Joaquin "El
    Chapo" Guzman'): one to three capitalised words between quotes, with a capitalised name word right before (with ``rules``: not a title, a role,
    a connector or a stop word such as "The": 'Boxer "Iron" Mike Tyson' has no name before
    the quote, so no name spans it) and a capitalised word right after it."""
    out = set()
    for i in range(1, len(tokens) - 1):
        before = tokens[i - 1]
        if not is_cap(before) or not _NICK_OPEN.fullmatch(text, before.end, tokens[i].start):
            continue
        if rules is not None and (
            before.low in rules.titles
            or before.low in rules.roles
            or before.low in rules.connectors
            or before.low in rules.stop
        ):
            continue
        # up to three words in the quotes, set apart by single spaces: 'Joaquin "El Chapo"
        # Guzman' (round ents15)
        for j in range(i, min(i + 3, len(tokens) - 1)):
            inner = tokens[i : j + 1]
            if not all(is_cap(t) and t.text.isalpha() for t in inner):
                break
            if any(text[a.end : b.start] != " " for a, b in zip(inner, inner[1:], strict=False)):
                break
            after = tokens[j + 1]
            if is_cap(after) and _NICK_CLOSE.fullmatch(text, tokens[j].end, after.start):
                out.update(range(i, j + 1))
                break
    return out


def _town_link(tokens: list[Tok], i: int, text: str) -> bool:
    """Whether the lower-case word ``tokens[i]`` ("do") joins the words around it into one
    town of the city index, letter for letter: "Atalaia do Norte", "Sao Joao do Sul" (the
    Portuguese "do" is also an English verb, so only a town's own name joins it)."""
    if tokens[i].text not in place_guards()["town_links"] or i == 0 or i + 1 >= len(tokens):
        return False
    if not tokens[i + 1].text[:1].isupper():
        return False
    for j in range(max(0, i - 3), i):
        for k in range(i + 1, min(len(tokens), i + 4)):
            name = text[tokens[j].start : tokens[k].end]
            key = place_key(name)
            town = city_index().get(key) if "\n" not in name else None
            if town and place_key(town) == key:
                return True
    return False


_POSSESSIVE_END = re.compile(r"'s$|'$")


def span_name(toks: list[Tok], text: str) -> str:
    """The name ``toks`` spell in ``text``, single-spaced, without a possessive 's."""
    name = text[toks[0].start : toks[-1].end]
    name = _POSSESSIVE_END.sub("", name)
    return " ".join(name.split())


def _person(toks: list[Tok], text: str) -> Found:
    return Found(toks[0].start, toks[-1].end, "person", span_name(toks, text))


def _plural_role(tok: Tok, rules: Rules) -> bool:
    """Whether ``tok`` is a role noun in the plural ("Jawans", "Officers"): before "of" it
    names the members of what follows, wherever the run stands ("Congrats to Jawans of the
    Kelvo Police": the body, not "Jawans of Kelvo Police")."""
    one = singular(tok.bare)
    return one != tok.bare and one in rules.roles


def _plural_noun_of(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` opens with an English noun in the plural and "of" ("Residents of
    the Velmar District", "Thousands of ..."): the people or things of what follows, no
    word of its name, even where no source writes the noun in lower case. Never a head of
    a body, a force or a place ("Forces of ...") nor a title, nor a name the gazetteer
    knows whole ("Friends of the Earth")."""
    if len(toks) < 3 or toks[1].low != "of":
        return False
    low = toks[0].bare.lower()
    one = singular(low)
    return (
        one != low
        and (one in english_words() or low in rules.roles or one in rules.roles)  # "Villagers of"
        and not {low, one} & (rules.org_heads | rules.force_heads | rules.place_heads)
        and low not in rules.titles
        and text[toks[0].start : toks[-1].end] not in gaz.surfaces
    )


# first words of Arabic toponyms that are also titles or kunyas of people ("Sultan X",
# "Sheikh X", "Umm Ahmed"): no place by their shape alone
_PERSONAL_TOPONYM_WORDS = frozenset(
    {"datu", "sultan", "rajah", "raja", "sheikh", "shaikh", "umm", "hayy"}
)


def _articled_toponym(toks: list[Tok], rules: Rules) -> bool:
    """Whether ``toks`` are an Arabic place name by its shape: a first word of place names
    (``toponym_prefixes``: "Ras", "Deir", "Ain", "Jisr") then the Arabic article, written
    apart or joined ("Ras Al Ain", "Deir ez-Zor", "Jisr al-Shughur"), and nothing after but
    name words: a place even with no locative cue ("forces captured Ras Al Ain and ..."),
    never a person. Not a first word that is also a title or a kunya ("Sheikh al-Amin",
    "Umm al-Khair")."""
    if len(toks) < 2 or len(toks) > 4:
        return False
    first = toks[0].low
    if first not in rules.toponym_prefixes or first in _PERSONAL_TOPONYM_WORDS:
        return False
    second = toks[1].text
    joined = re.fullmatch(rf"(?i:{ARTICLE}|e[dnrsz]|ez)-[^\W\d_]+", second)
    apart = _ARTICLE_PLACE.fullmatch(second) and len(toks) >= 3
    if not (joined or apart):
        return False
    return all(t.text[:1].isupper() or "-" in t.text for t in toks[1:]) and not any(
        t.low in rules.connectors or t.low in rules.titles for t in toks[2:]
    )


def _body_chapter(toks: list[Tok], rules: Rules, gaz: Gazetteer) -> list[Found] | None:
    """The whole run as an organisation when it ends in the name of two words or more of
    an organisation the gazetteer knows, after capitalised words that qualify it (a
    country's adjective, a place, a name): "the Syrian Arab Red Crescent", "the Kelvo Red
    Crescent", "the Tarvo Red Cross" are national chapters of the known body, never a
    person "Arab Red Crescent". None when a title, a role or a connector stands before the
    known name ("President of the Red Crescent", "Ana Ruiz and Red Cross staff"); a
    person and the body when a full name opening with a known given name stands before it
    ("Ana Ruiz Red Cross staff": no chapter named after a person)."""
    for k in range(len(toks) - 2, 0, -1):
        tail = toks[k:]
        surface = " ".join(t.text for t in tail)
        if not any(t.type == "organisation" for t in gaz.surfaces.get(surface, ())):
            continue
        before = toks[:k]
        if any(
            not t.text[:1].isupper()
            or t.low in rules.connectors
            or t.low in rules.titles
            or t.low in rules.roles
            for t in before
        ):
            return None
        if (
            len(before) >= 2
            and before[0].low in rules.given
            and not any(t.text in gaz.surfaces or t.text in gaz.adjectives for t in before)
        ):
            # "Ana Ruiz Red Cross staff": a person's full name before the body, no chapter
            return [
                Found(before[0].start, before[-1].end, "person", " ".join(t.text for t in before)),
                Found(tail[0].start, tail[-1].end, "organisation", surface),
            ]
        return [Found(toks[0].start, toks[-1].end, "organisation", " ".join(t.text for t in toks))]
    return None


def _titled_pair(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[Found]:
    """Both sides of a run joined by one "and" whose left side ends in a titled person of
    two words or more: "Delhi Police Commissioner Satish Golcha and NIA DG Sadanand Date"
    (the right side typed on its own: its own title, a body before it) or "Police
    Commissioner Satish Golcha and Sadanand Vasant Date" (a bare full name coordinated with
    a titled one is a person too, unless it ends in a head word) or only titles ("... and
    President Dr." before "Ivo Kel": the left person alone). Empty for any other run
    ("Minister of Defence and Foreign Affairs", "Jammu and Kashmir", "Ivan Roca and Sons"),
    which the other rules type."""
    ands = [j for j, t in enumerate(toks) if t.low == "and"]
    if len(ands) != 1 or not 3 <= ands[0] <= len(toks) - 2:
        return []
    left, right = toks[: ands[0]], toks[ands[0] + 1 :]
    titles = [i for i, t in enumerate(left) if t.low in rules.titles]
    if not titles or len(left) - titles[-1] - 1 < 2:
        return []  # no title, or fewer than two name words after the last one
    found = classify(left, text, rules, gaz, lower_vocab)
    last = found[-1] if found else None
    if last is None or last.type != "person" or last.end != left[-1].end or " " not in last.name:
        return []
    other = classify(right, text, rules, gaz, lower_vocab)
    if other:
        return [*found, *other]
    if all(t.low in rules.titles or t.low in rules.stop for t in right):
        # "Prime Minister Ana Ruiz and President Dr. Ivo Kel": the right side is only the
        # other bearer's titles, whose name the abbreviation's period put in a run of its own
        return found
    if (
        len(right) >= 2
        and is_name(right, rules, gaz)
        and _headed_kind(right[-1].bare.lower(), rules) is None
    ):
        return [*found, _person(right, text)]
    return []


# "..., Trend reports.": a name alone before "reports" ending a sentence after a comma, the
# agency's credit; "told The Kelvo Sentinel.": a title opened by a capital "The" after
# "told" (round persons28)
_REPORTS_CREDIT = re.compile(r"\s+reports\s*[.;]?\s*$")
_TOLD_THE = re.compile(r"(?<![\w-])told\s+$")


def _credited_outlet_run(toks: list[Tok], text: str) -> bool:
    """Whether the run ``toks`` is an outlet credited at the end of a sentence: one word
    after a comma before a closing "reports" ("the border was calm, Trend reports"), or a
    name opened by "The" in capitals after "told" ("she told The New Humanitarian"), the
    sentence ending after it. A reporter is credited in the past tense ("..., Ana Ruvel
    reported") or by a full name, and stays a person."""
    if not toks or not toks[-1].text[:1].isupper():
        return False
    after = text[toks[-1].end :]
    if (
        len(toks) == 1
        and _REPORTS_CREDIT.match(after)
        and text[: toks[0].start].rstrip().endswith(",")
        and toks[0].text.isalpha()
    ):
        return True
    return (
        len(toks) >= 2
        and toks[0].text == "The"
        and bool(_TOLD_THE.search(text, max(0, toks[0].start - 8), toks[0].start))
        and re.match(r"\s*(?:[.,;:\"”’)]|$)", after) is not None
    )


def _body_and_holder(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[Found] | None:
    """A body's name run into the name of a person who holds a post in it, with or without
    the post between them (``body_posts`` of ``data/body_heads.yaml``): "Parliament Speaker
    Talat Kelmendi", "Azerbaijan's Defence Ministry Vagif Tarlan" are the body and the
    person, each found as if written alone; None when the words before the person's name
    are no state's body by its head (``generic_bodies`` of ``data/entity_rules.yaml``, or
    a body of one word: "White House Press Secretary X" and "Limited Liability Company X"
    are read as before), or the words after it no person's name of two or three words
    (round persons28)."""
    posts = _body_heads("body_posts")
    heads = rules.generic_bodies | _body_heads("one_word_bodies")
    for h in range(len(toks) - 2):
        if toks[h].bare not in heads or toks[h].bare not in rules.org_heads:
            continue  # a state's body by its head ("Ministry", "Parliament"); no "Press"
        rest = toks[h + 1 :]
        post = bool(rest) and rest[0].low in posts
        if _rank_body(toks[h].bare, rest[0].text if rest else "", rules):
            continue  # "Interior Cabinet Secretary Ana Ruvel": a rank, no body (round revA28)
        if post:
            rest = rest[1:]
        if not 2 <= len(rest) <= 3 or rest[-1].bare in rules.non_person_heads:
            continue
        if any(t.low in rules.connectors or t.bare in rules.org_heads for t in rest):
            continue
        if not (is_name(rest, rules, gaz) and (post or rest[0].low in rules.given or h > 0)):
            continue
        body = classify(toks[: h + 1], text, rules, gaz, lower_vocab)
        if len(body) != 1 or body[0].type not in {"organisation", "force"}:
            continue
        return [*body, _person(rest, text)]
    return None


def _rank_body(body: str, after: str, rules: Rules) -> bool:
    """Whether the body's word ``body`` (lower case; ``rank_bodies`` of
    ``data/body_heads.yaml``: "cabinet") before the word ``after``, a capitalised title or
    post (``titles`` of data/entity_rules.yaml, ``body_posts``), names a rank with it:
    "Cabinet Secretary Ana Ruvel", "Cabinet Minister Ivo Marlen" hold a rank, the cabinet is
    no body named there (round revA28). "Parliament Speaker X" names the body and its
    officer."""
    word = after.strip(".,;:").lower()
    return (
        body in _body_heads("rank_bodies")
        and after[:1].isupper()
        and (word in rules.titles or word in _body_heads("body_posts"))
    )


def _portfolio_body(toks: list[Tok], rest: list[Tok], rules: Rules) -> bool:
    """Whether the run ``toks`` of leading title words and ``rest`` names a body by its
    portfolio: ``rest`` is ordinary English words and a body's head ("Affairs Ministry" of
    "External Affairs Ministry", "Relations Committee" of "Foreign Relations Committee"),
    every word of ``toks`` capitalised, no "of" or "for". "Minister Ana Ruiz" (a name after
    the title) and "Foreign Minister" (no head) are not read so."""
    heads = rules.org_heads
    if toks[0].low in _body_title_adjectives():
        heads = heads | rules.force_heads  # "General Service Unit", "Special Operations Command"
    # "Interior Ministry", "Foreign Ministry": portfolio words and the head alone
    portfolio = (
        len(rest) == 1
        and len(toks) >= 2
        and all(t.low in _portfolio_title_words() for t in toks[:-1])
    )
    return (
        (len(rest) >= 2 or portfolio)
        and rest[-1] is toks[-1]
        and rest[-1].bare in heads
        and all(singular(t.low) in english_words() for t in rest[:-1])
        and not any(t.low in rules.stop for t in toks)
        and all(t.text[:1].isupper() for t in toks)
    )


def _glued_outlet(tok: Tok, rules: Rules) -> bool:
    """Whether ``tok`` is one word glued of a name and a body's head written with its own
    capital ("KelvoNews", "TarvoTimes", "KelvoTV"): an outlet or a firm, never a person;
    not a name whose second capital opens a name word ("McDonald", "LeBlanc"). The heads are
    ``glued_outlet_heads`` of ``data/entity_rules.yaml``, heads of bodies too."""
    m = _GLUED_HEAD.fullmatch(tok.text)
    return bool(m) and m.group(1).lower() in _glued_outlet_heads() & rules.org_heads


_GLUED_HEAD = re.compile(r"[A-Z][a-z]{2,}([A-Z][A-Za-z]+)")


@cache
def _glued_outlet_heads() -> frozenset[str]:
    """``glued_outlet_heads`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["glued_outlet_heads"])


@cache
def _portfolio_title_words() -> frozenset[str]:
    """``portfolio_title_words`` of ``data/entity_rules.yaml`` and ``portfolio_adjectives`` of
    ``data/body_heads.yaml``: title words naming a portfolio, a body's whole name before its
    head ("Interior Ministry", "Supreme Court"), lower case."""
    words = [*load_data("entity_rules.yaml")["portfolio_title_words"]]
    words += load_data("body_heads.yaml")["portfolio_adjectives"]  # "Supreme Court"
    return frozenset(str(w).lower() for w in words)


@cache
def _body_title_adjectives() -> frozenset[str]:
    """``body_title_adjectives`` of ``data/entity_rules.yaml``: title words that are
    adjectives too, the first word of a unit's or a body's name before ordinary words and a
    head ("General Service Unit"), lower case."""
    return frozenset(
        str(w).lower() for w in load_data("entity_rules.yaml")["body_title_adjectives"]
    )


def _after_title(toks: list[Tok], rules: Rules) -> list[Tok]:
    """What follows the leading title words, without the title's portfolio.

    "Under Secretary of the Treasury for Terrorism and Financial Intelligence" leaves
    "Treasury": a "for ..." phrase after a title names the post, not an organisation.
    """
    rest = list(toks)
    titled = False
    while rest and (rest[0].low in rules.titles or rest[0].low in rules.connectors):
        titled = titled or rest[0].low in rules.titles
        rest = rest[1:]
    if titled:
        for i, tok in enumerate(rest):
            if tok.low == "for":
                return rest[:i]
    return rest


def _name_tail(toks: list[Tok], rules: Rules, gaz: Gazetteer) -> list[Tok]:
    """The personal name ending ``toks``: up to five name words, particles inside."""
    tail: list[Tok] = []
    numeral = len(toks) >= 3 and REGNAL.fullmatch(toks[-1].text) is not None
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if len(tail) == 5:
            break
        if not tail and _surname_particle(toks, i, rules, gaz):
            tail.insert(0, t)  # "Tapan De": the surname "De"
            continue
        if numeral and i == len(toks) - 1:
            if not name_like(toks[i - 1], rules, gaz):
                break
            tail.insert(0, t)  # "King Carl Rolf III": a regnal numeral closes the name
            continue
        if len(tail) == 1 and i > 0 and _bare_initials(t, gaz) and toks[i - 1].low in rules.titles:
            tail.insert(0, t)  # "IG MK Lodhi", "IG AD Khawaja": initials before a surname
        elif name_like(t, rules, gaz) or (tail and t.low in rules.particles):
            tail.insert(0, t)
        elif tail and _given_alias(t, rules, gaz):
            tail.insert(0, t)  # "Trader Abbas Kareemi": a famous man's short name as given
        elif tail and i > 0 and _bare_initial(t) and toks[i - 1].low in rules.given:
            tail.insert(0, t)  # "Amit K Rana": a middle initial written without its period
        elif not tail and i > 0 and _other_bearer(toks[i - 1], t, rules, gaz):
            tail.insert(0, t)  # "Ricardo Maduro": a known surname after another given name
        elif (
            not tail
            and i > 1
            and name_like(toks[i - 1], rules, gaz)
            and _other_bearer(toks[i - 2], t, rules, gaz)
        ):
            tail.insert(0, t)  # "Ines Sanchez Kagame": after a given name and a name word
        elif tail and i > 0 and _inner_namesake(toks[i - 1], t, rules, gaz):
            tail.insert(0, t)  # "Carla Sunak Mehta": a known surname inside another name
        elif tail and _inner_title(toks, i, rules, gaz):
            tail.insert(0, t)  # "President Hassan Sheikh Mohamud": one name
        elif not tail and _title_surname(toks, i, rules, gaz):
            tail.insert(0, t)  # "Chief Minister Mehbooba Mufti": a title word as surname
        elif len(tail) == 1 and t.low in rules.doc_heads and _name_word(t.text):
            tail.insert(0, t)  # "Bill Clinton": a first name that is also a document word
        else:
            break
    if len(tail) == 1 and _title_given(toks, len(toks) - 2, rules):
        tail.insert(0, toks[-2])  # "Prime Minister Sheikh Rahana": the title word is her name
    while tail and tail[0].low in rules.particles and not _bare_initials(tail[0], gaz):
        if _kunya(tail, rules):
            break
        tail = tail[1:]
    return tail


@cache
def _surname_particles() -> frozenset[str]:
    """Particles that are also surnames (``surname_particles`` of
    ``data/entity_rules.yaml``), lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["surname_particles"])


def _surname_particle(toks: list[Tok], i: int, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks[i]``, the last word of ``toks``, is a capitalised particle that is a
    surname after a name word ("De" of "Tapan De"), not one linking two words."""
    t = toks[i]
    return (
        i == len(toks) - 1
        and i > 0
        and t.text[:1].isupper()
        and t.low in _surname_particles()
        and name_like(toks[i - 1], rules, gaz)
    )


def _demonym_name(
    toks: list[Tok], rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> bool:
    """Whether ``toks`` are a country's demonym and a personal name of two to four words
    ("Australian Omar Fareedi", "Thai Somchai Vongsa"): no word of the name one the sources
    also write in lower case ("Chinese New Year") and no head of a building, an event, a
    force or a body after it ("US Central Command's")."""
    rest = toks[1:]
    return (
        3 <= len(toks) <= 5
        and toks[0].text in gaz.adjectives
        and not toks[0].text.endswith("'s")
        and is_name(rest, rules, gaz)
        and not any(t.low in lower_vocab for t in rest)
        and rest[-1].bare not in rules.non_person_heads
        # "US Central Command's statement": a force's or a body's head ends no person's name
        and rest[-1].bare not in rules.force_heads | rules.org_heads
    )


def _inner_title(toks: list[Tok], i: int, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether the title word ``toks[i]`` ("Sheikh", "Haji") is a word of a personal name:
    capitalised, with name words right before it back to a core title or role word
    ("President Hassan Sheikh Mohamud") or opening with a given name ("Abdul Karim Sheikh
    Adan", no title before it)."""
    if toks[i].low not in rules.name_titles or not toks[i].text[:1].isupper():
        return False
    j = i - 1
    while j >= 0 and name_like(toks[j], rules, gaz):
        j -= 1
    if j < i - 1 and j >= 0 and (toks[j].low in rules.core_titles or toks[j].low in rules.roles):
        return True
    return j < i - 1 and _given_opened(toks[j + 1 : i], rules)


def _given_opened(words: list[Tok], rules: Rules) -> bool:
    """Whether the name words ``words`` before a title word hold a known given name of
    ``data/given_names.yaml``: "Abdul Khalique" before "Sheikh" makes the title a word of
    that person's name, as a title is written before a name, never after its given name."""
    return any(w.low in rules.given for w in words)


def _title_given(toks: list[Tok], i: int, rules: Rules) -> bool:
    """Whether the title word ``toks[i]`` ("Sheikh", "Sayed") opens a two-word name ending
    ``toks``: capitalised, opening the run or right after a core title ("Sayed Noor was
    arrested", "Prime Minister Sheikh Rahana")."""
    return (
        i >= 0
        and i == len(toks) - 2
        and toks[i].low in rules.name_titles
        and toks[i].text[:1].isupper()
        and (i == 0 or toks[i - 1].low in rules.core_titles)
    )


def _title_surname(toks: list[Tok], i: int, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether the title word ``toks[i]`` ending ``toks`` ("Mufti", "Sheikh") is a surname:
    capitalised, after a name word that follows a core title ("Minister Aisha Mufti") or
    after name words that open with a given name ("Abdul Karim Sheikh")."""
    t = toks[i]
    if i != len(toks) - 1 or i < 1 or t.low not in rules.name_titles or not t.text[:1].isupper():
        return False
    if not name_like(toks[i - 1], rules, gaz):
        return False
    if i >= 2 and toks[i - 2].low in rules.core_titles:
        return True
    j = i - 1
    while j >= 0 and name_like(toks[j], rules, gaz):
        j -= 1
    return _given_opened(toks[j + 1 : i], rules)  # "Abdul Karim Sheikh said"


def _titled_given_place_word(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` end in a title, a given name of ``data/given_names.yaml`` and a
    surname that is also a place word -- a place head ("Park", "Valley") or a gazetteer
    name ("London") -- so that the two words are a person: "Minister John Park said",
    "police chief Anna Bay". The title is a core title, capitalised inside the run or in
    lower case right before it; not after "the" ("the King Abdullah Park" is a park) or,
    without a speech verb after it, a locative word ("in Queen Elizabeth Park"; "on" and
    "from" of ``titled_name_locatives`` even before one: "Fishermen from King George
    Island said"), and never with a facility's or a building's head ("Queen Mary Hospital")
    or a head of ``titled_name_place_heads`` ("Sheikh Zayed Road", "King George Island")."""
    if len(toks) < 2 or len(toks) > 4:
        return False
    given, last = toks[-2], toks[-1]
    if given.low not in rules.given or not name_like(given, rules, gaz):
        return False
    if not (_name_word(last.text) and last.text[1:].islower() and not last.text.endswith("'s")):
        return False
    if last.bare in rules.non_person_heads or last.bare in rules.facility_nouns:
        return False
    if last.bare in _titled_place_words()[0]:
        return False  # "Sheikh Zayed Road", "King George Island": a place
    if last.bare not in rules.place_heads and not any(
        t.type in {"place", "country"} for t in gaz.surfaces.get(last.text, ())
    ):
        return False
    if len(toks) >= 3:
        title, start = toks[-3], toks[-3].start
        if title.low not in rules.core_titles:
            return False
    else:
        before = text[max(0, given.start - 24) : given.start].split()
        if not before or before[-1].lower() not in rules.core_titles:
            return False
        start = given.start - len(before[-1]) - 1
    if the_before(text, start):
        return False
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in _titled_place_words()[1]:
        return False  # "Fishermen from King George Island said": the island
    # "in Queen Elizabeth Park" is the park; "at Minister John Park said" is no sentence
    return not (
        before and before[-1].lower() in LOCATIVE and not SPEAKER_AFTER.match(text, last.end)
    )


@cache
def _titled_place_words() -> tuple[frozenset[str], frozenset[str]]:
    """(``titled_name_place_heads``, ``titled_name_locatives``) of
    ``data/entity_rules.yaml``, lower case; the heads with ``more_titled_name_place_heads``
    of ``data/place_guards.yaml``."""
    data = load_data("entity_rules.yaml")
    more = load_data("place_guards.yaml")["more_titled_name_place_heads"]
    return (
        frozenset(str(w).lower() for w in [*data["titled_name_place_heads"], *more]),
        frozenset(str(w).lower() for w in data["titled_name_locatives"]),
    )


def _kunya(toks: list[Tok], rules: Rules) -> bool:
    """Whether ``toks`` open with a kunya before two more name words: "Abu Hassan Amer"."""
    return (
        bool(toks)
        and toks[0].low in rules.kunyas
        and toks[0].text[:1].isupper()
        and sum(t.low not in rules.particles for t in toks[1:]) >= 2
    )


def _town_of_area(toks: list[Tok], rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` spell a Spanish or Portuguese town named with the area that holds
    it, "<town> de <area>" (``romance_place_links`` of ``data/place_guards.yaml``): the first
    word no given name, the words after the link a known place (the gazetteer, the city
    index) or opened by a place's first word ("San", "Santa"): "Pocosol de San Carlos",
    "Garza de Nicoya"; not "Juan de Dios", "Hamish de Bretton-Gordon", with an article
    after the link "Arnel de la Vega", or with a particle before it "Els van de Wetering"."""
    if not toks or toks[0].low in rules.given:
        return False
    for i in range(1, len(toks) - 1):
        if toks[i].text in place_guards()["romance_place_links"]:
            if toks[i - 1].text.islower() and toks[i - 1].low in rules.particles:
                return False  # "Vivian van de Perre": a Dutch surname's particles, no town
            after = toks[i + 1 :]
            if after[0].low in {"la", "las", "los"}:
                return False  # "Arnel de la Vega": the surname form of a place's name
            key = place_key(" ".join(t.text for t in after))
            return (
                after[0].low in rules.place_first_words
                or bool(gaz.place_keys.get(key))
                or bool(city_index().get(key))
            )
    return False


def _given_chain(named: list[Tok], rules: Rules) -> bool:
    """Whether six to eight name words are an Arabic name in its full chain, given names one
    after the other ("Ashraf Muhammad Yusuf Uthman Abdul Salam"): all but one a known given
    name, the first among them."""
    lows = [t.low.replace("'", "") for t in named]
    known = sum(w in rules.given for w in lows)
    return 6 <= len(named) <= 8 and lows[0] in rules.given and known >= len(named) - 1


def is_name(toks: list[Tok], rules: Rules, gaz: Gazetteer) -> bool:
    """Two to five name words, particles allowed between them, a regnal numeral after two of
    them ("Rashid Kiram III"); the first may be a known person's one-word alias that is also
    a given name (:func:`_given_alias`)."""
    named = [
        t
        for i, t in enumerate(toks)
        if t.low not in rules.particles or _surname_particle(toks, i, rules, gaz)
    ]  # "Tapan De": the surname "De"
    if not (2 <= len(named) <= 5 or _given_chain(named, rules)) or (
        toks[0].low in rules.particles and not _kunya(toks, rules)
    ):
        return False
    if _gerund(named[0], rules):
        return False  # "the Advancing Rights in X program", "Building Bridges": a name of a cause
    if _town_of_area(toks, rules, gaz):
        return False  # "Pocosol de San Carlos": a town and the municipality that holds it
    return (
        all(
            name_like(t, rules, gaz)
            or (j == len(named) - 1 and _surname_particle(toks, len(toks) - 1, rules, gaz))
            or (j == len(named) - 1 >= 2 and REGNAL.fullmatch(t.text) is not None)  # "X Y III"
            or (j < len(named) - 1 and _inner_namesake(named[j - 1], t, rules, gaz))
            or (j == len(named) - 1 and _other_bearer(named[0], t, rules, gaz, loose=True))
            or (j == len(named) - 1 and _body_alias_surname(named, rules, gaz))
            or (  # "Abdul Karim Sheikh Adan": a title word after a given name is a name word
                t.low in rules.name_titles
                and t.text[:1].isupper()
                and _given_opened(named[:j], rules)
            )
            or (
                j < len(named) - 1
                and _bare_initial(t)
                and (named[0].low in rules.given or len(named) == 3)
            )
            for j, t in enumerate(named[1:], 1)
        )  # "Amit K Rana": a middle initial without its period after a given name
        and (name_like(named[0], rules, gaz) or _given_alias(named[0], rules, gaz))
        and toks[-1] in named
    )


@cache
def _shared_surname_nouns() -> frozenset[str]:
    """Plural nouns of people before two given names of one surname (``shared_surname_nouns``
    of ``data/entity_rules.yaml``), lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["shared_surname_nouns"])


_LAST_WORD = re.compile(r"([a-z-]+)\s*,?\s+$")


def _shared_surname(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> list[Found]:
    """Two people for "Omar and Yasin Haddad": a name word, "and", then a full name, when
    both first words are given names of ``data/given_names.yaml`` or a plural noun of people
    stands before them ("the brothers Omar and Yasin Haddad"). The first person is named
    with the second's surname ("Omar Haddad") over the span of its own word; [] otherwise,
    and when the shared word is a head noun of a place, facility or body ("the Peter and Paul
    Fortress", "Boris and Gleb Cathedral") or, without the plural noun, "the" stands before
    the names."""
    if len(toks) < 4 or toks[1].low != "and" or not name_like(toks[0], rules, gaz):
        return []
    rest = toks[2:]
    if not is_name(rest, rules, gaz) or toks[0].text in gaz.surfaces:
        return []  # "Jordan and Omar Haddad": a country and a person
    before = _LAST_WORD.search(text, max(0, toks[0].start - 30), toks[0].start)
    cued = before is not None and before.group(1) in _shared_surname_nouns()
    given = toks[0].low in rules.given and rest[0].low in rules.given
    if not (cued or (given and rest[-1].low not in rules.given)):
        return []  # "Omar and Yasin Ali" without a cue: "Omar" may be a man of one name
    heads = (
        rules.place_heads
        | rules.facility_nouns
        | rules.org_heads
        | rules.force_heads
        | rules.non_person_heads
        | place_guards()["facility_heads"]
    )
    if rest[-1].bare in heads:
        return []  # "the Peter and Paul Fortress": a building named after two saints
    if not cued and the_before(text, toks[0].start):
        return []  # "the Cyril and Methodius Foundation": a name of a thing, no people
    surname = text[rest[1].start : rest[-1].end]
    return [
        Found(toks[0].start, toks[0].end, "person", f"{toks[0].text} {surname}"),
        _person(rest, text),
    ]


def surname_initial_name(toks: list[Tok], rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` has the shape of a name whose surname is cut to its initial, as
    Dutch and Belgian court reports write every suspect: a capitalised name word, any
    particles, then one capital letter with or without its period ("Delano G", "Sanne de
    V."). The first word is a given name of ``data/given_names.yaml`` or no ordinary English
    word (``data/ordinary_words.yaml``: "Model T", "Hepatitis B", "Vitamin D" are none). The
    shape alone is no person: a given name or a person cue must support it
    (:func:`classify`, :mod:`~briefbook.analysis.initial_names`)."""
    if len(toks) < 2 or not (_bare_initial(toks[-1]) or _ONE_INITIAL.fullmatch(toks[-1].text)):
        return False
    if toks[-1].text.rstrip(".") in "AI":
        return False  # "Ali A", "Henry I": an article, a pronoun or a numeral
    middle = toks[1:-1]
    return (
        len(middle) <= 2
        and all(t.low in rules.particles for t in middle)
        and name_like(toks[0], rules, gaz)
        and len(toks[0].text) > 2
        # "Model T", "Vitamin D", "Grade C": an ordinary word before a letter is no given name
        and (toks[0].low in rules.given or toks[0].low not in english_words())
    )


def _gerund(tok: Tok, rules: Rules) -> bool:
    """Whether ``tok`` is an ordinary English word in "-ing" of six letters or more and no
    given name ("Advancing", "Countering"): the first word of a programme's or a
    campaign's name, never of a person's."""
    low = tok.low
    return (
        len(low) >= 6 and low.endswith("ing") and low in english_words() and low not in rules.given
    )


def _bare_initial(tok: Tok) -> bool:
    """Whether ``tok`` is one capital letter written without a period ("K" of "Amit K
    Rana"), not the pronoun "I" or the article "A"."""
    return len(tok.text) == 1 and tok.text.isupper() and tok.text.isalpha() and tok.text not in "AI"


def _bare_initials(tok: Tok, gaz: Gazetteer) -> bool:
    """Whether ``tok`` is two capitals written without periods that no gazetteer name spells
    ("MK" of "IG MK Lodhi"; not "UN" or "US"; three capitals are mostly a body's: "PTI")."""
    return (
        len(tok.text) == 2
        and tok.text.isalpha()
        and tok.text.isupper()
        and tok.text not in gaz.surfaces
    )


def _other_bearer(
    given: Tok, tok: Tok, rules: Rules, gaz: Gazetteer, *, loose: bool = False
) -> bool:
    """Whether ``tok`` is known to the gazetteer only as the surname of well-known people
    ("Maduro" of Nicolas Maduro) and ``given``, before it, is a given name of
    ``data/given_names.yaml`` that none of them bears (:func:`_bears`): "Ricardo Maduro" is
    another person. With ``loose`` (no title before the name), a given name of the same
    consonants is borne too: "Vladimir Zelensky" is Volodymyr Zelenskyy. Also when
    ``given`` is a family name written first (``family_first_surnames``) and ``tok`` the
    family name, written first too, of well-known people: "Li Xi" is not Xi Jinping. With
    ``loose``, a given name the list lacks counts too (:func:`_unlisted_given`): "Tarvik
    Putin" is another person, "Vladimir Putin" the well-known one."""
    targets = gaz.surfaces.get(tok.text, [])
    if (
        targets
        and given.low in rules.family_first
        and given.text[:1].isupper()
        and all(
            t.type == "person" and t.alias and t.key.split(":", 1)[-1].split()[0] == tok.text
            for t in targets
        )
    ):
        return True  # "Li Xi": a family name written first, then a given name that is a
        # well-known person's family name ("Xi" of Xi Jinping): another person
    return (
        bool(targets)
        and (given.low in rules.given or (loose and _unlisted_given(given, rules, gaz)))
        and all(
            t.type == "person"
            and t.alias
            and t.key.split()[-1] == tok.text
            and not _bears(given.text, t.key.split(":", 1)[-1], loose=loose)
            for t in targets
        )
    )


def _unlisted_given(given: Tok, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``given`` may be a given name that ``data/given_names.yaml`` does not list:
    a name word of three letters or more in lower case after its capital, no ordinary
    English word nor a title or honorific ("Tarvik" of "Tarvik Putin", a lab assistant; not
    "Meanwhile Putin", "Sayyed Nasrallah", "Emir Tamim")."""
    word = given.text
    return (
        len(word) >= 3
        and word[1:].islower()
        and given.low not in english_words()
        and given.low not in rules.titles | rules.name_titles | _eponym_titles()
        and name_like(given, rules, gaz)
    )


def _body_alias_surname(named: list[Tok], rules: Rules, gaz: Gazetteer) -> bool:
    """Whether the last of ``named`` is a one-word short name of a body or force only (an
    alias of the gazetteer: "Wagner" of the Wagner Group) that closes a personal name, so
    is a surname: after two name words ("Anneli Karsova Wagner"), or after a given name of
    ``data/given_names.yaml`` ("Helga Wagner"). A body's own name ("Hamas") and a word
    that is also a place or a person's name are never read so."""
    tok = named[-1]
    targets = gaz.surfaces.get(tok.text, [])
    if not targets or not all(
        t.alias and t.type in {"force", "organisation"} and " " in t.key for t in targets
    ):
        return False
    before = named[:-1]
    if not all(name_like(t, rules, gaz) for t in before):
        return False
    return len(before) >= 2 or (len(before) == 1 and before[0].low in rules.given)


_NAME_VOWELS = "aeiouy"


def given_key(word: str) -> str:
    """A transliteration-insensitive key of one given name: the group of its spellings in
    ``data/given_name_variants.yaml`` ("Mohammed", "Muhammad", "Mohamed" -> "=mohammed"),
    else the folded word itself ("Hamid" -> "hamid", "Hamad" -> "hamad": other names)."""
    low = fold(word).replace(" ", "")
    return _given_groups().get(low, low)


@cache
def _given_groups() -> dict[str, str]:
    """Each folded spelling of ``data/given_name_variants.yaml`` -> "=" + the first
    spelling of its group."""
    groups: dict[str, str] = {}
    for group in load_data("given_name_variants.yaml")["given_name_variants"]:
        spellings = [fold(str(w)) for w in group]
        for w in spellings:
            groups.setdefault(w, "=" + spellings[0])
    return groups


def _bears(given: str, name: str, *, loose: bool = False) -> bool:
    """Whether the word ``given`` is a word of ``name``, as written or in another
    transliteration (:func:`given_key`: "Mohamed" of "Mohammed Deif"; not "Mohammed" of
    "Mahmoud Abbas"); with ``loose``, also by its first letter and consonants alone
    ("Vladimir" of "Volodymyr Zelenskyy")."""
    words = name.split()
    if given in words or given_key(given) in {given_key(w) for w in words}:
        return True
    return loose and _consonants(given) in {_consonants(w) for w in words}


def _consonants(word: str) -> str:
    """The first letter and the consonants of the folded ``word``, the letters that
    transliterations swap read as one (``_NAME_LETTERS``: "w" as "v", "j" as "y", a vowel
    inside the word): "Volodymyr" and "Vladimir" -> "vldmr", "Wladimir" too, "Binyamin"
    and "Benjamin" -> "bnmn" (round revA22)."""
    low = fold(word).replace(" ", "").translate(_NAME_LETTERS)
    return low[:1] + "".join(c for c in low[1:] if c not in _NAME_VOWELS)


_NAME_LETTERS = str.maketrans({"w": "v", "j": "y"})


def _inner_namesake(before: Tok, tok: Tok, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``tok`` is known to the gazetteer only as a well-known person's one-word
    short form ("Sunak" of Rishi Sunak) and stands inside another name, a name word of
    that is not the well-known person's first name right before it: "Carla Sunak Mehta"
    is someone else, whose name holds "Sunak"."""
    targets = gaz.surfaces.get(tok.text, [])
    return (
        bool(targets)
        and name_like(before, rules, gaz)
        and all(
            t.type == "person" and t.alias and not _bears(before.text, t.key.split(":", 1)[-1])
            for t in targets
        )
    )


def _given_alias(tok: Tok, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``tok`` is a given name of ``data/given_names.yaml`` that the gazetteer knows
    only as a well-known person's short form: before more name words it opens someone else's
    name ("Bashir" of Omar al-Bashir in "Bashir Karimi", "Abbas" in "Abbas Noori Rahel")."""
    targets = gaz.surfaces.get(tok.text, [])
    return (
        tok.low in rules.given
        and bool(targets)
        and all(t.type == "person" and t.alias for t in targets)
    )


def _person_cue(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer | None = None) -> bool:
    """Context that makes the name ``toks`` a person (:func:`person_cue`); ``gaz`` tells a
    team's short form from a surname's ("Kingston United (United)")."""
    places = gaz.surfaces if gaz is not None else frozenset()
    return person_cue(toks[0].start, toks[-1].end, len(toks), text, rules, places)


def _area_unit(lows: list[str], of_at: int, rules: Rules) -> bool:
    """Whether the words ``lows`` of a name, with "of" at ``of_at``, name an area unit of
    ``area_unit_nouns`` before "of" ("Kelvo Division of the South Tarvo Region") rather than
    an army's unit: no word is a number or of ``area_unit_arms`` ("3rd Division", "Armoured
    Division", "of the Eastern Military Region"), and no word of its own name is an English
    word other than a compass word of ``elliptic_area_words`` ("the Fifth Division", "the
    Criminal Division", "the Naval Division of the Eastern Region": an ordinal, a court's or
    a service's branch; round revA18), also in the plural ("the Sales Division", "the
    Operations Division": a firm's or an agency's branch; round ents20) unless it is a
    word of geography ("the Northern Territories Division": :func:`_land_plural`)."""
    compass = place_guards()["elliptic_area_words"]
    plain = english_words() - compass
    return (
        lows[of_at - 1] in rules.area_unit_nouns
        and not any(any(c.isdigit() for c in low) or low in rules.area_unit_arms for low in lows)
        # an English word in the plural too: "the Sales Division of Tarvo Province" is a
        # firm's branch, no area; not a plural of geography ("the Northern Territories
        # Division", "the Lakes Division": a place head in the plural names land)
        and not any(
            low in plain or (singular(low) in plain and not _land_plural(low, rules))
            for low in lows[: of_at - 1]
        )
    )


def _land_plural(low: str, rules: Rules) -> bool:
    """Whether the lower-case ``low`` is a word of geography in the plural: a place head
    ("territories", "lakes", "hills", "islands") or a word of land ("lowlands")."""
    return low in rules.place_heads or singular(low) in rules.place_heads or low.endswith("lands")


@cache
def _care_sites() -> frozenset[str]:
    """``care_site_nouns`` of ``data/entity_rules.yaml``, lower case ("trauma centre")."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["care_site_nouns"])


def _care_headed(toks: list[Tok]) -> bool:
    """Whether the name ``toks`` of three words or more ends in a two-word noun of a
    centre of care ("Tarvo Trauma Centre": ``care_site_nouns``)."""
    return len(toks) >= 3 and f"{toks[-2].bare} {toks[-1].bare}" in _care_sites()


def _facility_headed(toks: list[Tok], rules: Rules) -> bool:
    """Whether the name ``toks`` of two words or more ends in a noun of a facility
    ("Kelvo Civil Hospital": ``facility_nouns``) or of a centre of care."""
    return len(toks) >= 2 and (toks[-1].bare in rules.facility_nouns or _care_headed(toks))


def _facility_sites(toks: list[Tok], text: str, rules: Rules) -> list[Found] | None:
    """The facilities the run ``toks`` names by a facility noun of two words at its end
    ("the Tarvo Trauma Centre": a centre of care, a place, where "the Tarvo Research
    Centre" stays a body by its head), or two facilities joined by "and", each ending in a
    facility noun ("the Civil Hospital and Tarvo Trauma Centre": two places); None for any
    other run (round ents24)."""
    ands = [j for j, t in enumerate(toks) if t.low == "and"]
    if len(ands) == 1:
        left, right = toks[: ands[0]], toks[ands[0] + 1 :]
        if _facility_headed(left, rules) and _facility_headed(right, rules):
            return [
                Found(p[0].start, p[-1].end, "place", span_name(p, text)) for p in (left, right)
            ]
        return None
    if not ands and _care_headed(toks):
        return [Found(toks[0].start, toks[-1].end, "place", span_name(toks, text))]
    return None


def civil_unit(lows: list[str]) -> bool:
    """Whether the lower-case words ``lows`` of a name headed by "Unit(s)" name a unit of a
    body that bears no arms (``civil_unit_words`` of ``data/armed_names.yaml``: "Financial
    Intelligence Unit", "Intensive Care Unit", "Policy Research Unit"): an organisation, no
    force. A police's or an armed group's unit stays a force ("Counter Terrorism Unit",
    "General Service Unit", "People's Protection Units")."""
    if not lows or lows[-1].strip(".,;:") not in {"unit", "units"}:
        return False
    words = civil_unit_words()
    return any(w.strip("'\u2019") in words for w in lows[:-1])


def _headed_kind(word: str, rules: Rules) -> str | None:
    """The kind of entity a name ending in the lower-case ``word`` is by its head: "force",
    "organisation", "place" (a place or facility head); None for any other word."""
    for heads, kind in (
        (rules.force_heads, "force"),
        (rules.org_heads, "organisation"),
        (rules.place_heads | rules.facility_nouns, "place"),
    ):
        if word in heads:
            return kind
    return None


_ARTICLE_PLACE = re.compile(r"Al|El|Ad|As|Ar|An")  # an Arabic article written apart
# a Spanish article opening a nickname given after "alias" ("alias El Gordo Tito")
_NICKNAME_ARTICLE = re.compile(r"El|La|Los|Las")
_ALIAS_BEFORE = re.compile(r"(?<![\w-])alias\s+$")


def _month_given(tok: Tok, rules: Rules) -> bool:
    """Whether ``tok`` is a month's short form that is also a given name ("Jan"), or a
    month's name that is one (``month_given_names`` of ``data/month_names.yaml``: "April",
    "June")."""
    low = tok.low
    if not tok.text[:1].isupper() or low not in calendar_words() - weekdays():
        return False
    return (low in rules.given and len(low) == 3) or low in month_given_names()


@cache
def month_given_names() -> frozenset[str]:
    """``month_given_names`` of ``data/month_names.yaml``, lower case: "april", "june"."""
    return frozenset(str(w).lower() for w in load_data("month_names.yaml")["month_given_names"])


# a word that makes the month after it a date: "in June", "since April", "early May",
# "mid-June", "last April" (round persons28). Not the prepositions that as often open a
# person's name ("a statement from June Okavel", "a report by April Dravenko", "after June
# Okavel resigned", "the death of May Thet Kelvin"): after them a month is a given name
# when the words after it are a name's, and a place the gazetteer knows is none ("By August
# Kenya had": :func:`name_like`; round revA28)
_DATE_OPENER = re.compile(
    r"(?<![\w-])(?:in|since|until|till|throughout|during|this|last|next|early|late|mid|each|"
    r"every)"
    r"[\s-]+$",
    re.IGNORECASE,
)


@cache
def _acronym_class_nouns() -> frozenset[str]:
    """``acronym_class_nouns`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["acronym_class_nouns"])


@cache
def _things_in_capitals() -> frozenset[str]:
    """``not_bodies`` of ``data/entity_rules.yaml`` as written: short forms of things
    ("IED", "UAV") and currencies, never a body."""
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["not_bodies"])


# a short form in capitals, and a lower-case noun right before a name
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")
_HEAD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")


def _classed_body(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> list[Found] | None:
    """The run ``toks`` as an organisation by how the sentence uses it
    (:mod:`briefbook.analysis.body_cues`): a lower-case noun of a class of bodies right
    before it ("broadcaster A Kelvo", "the TV channel Kelvari"; "the NGO Tarvola" with the
    short form opening the run) or right after it ("the Droma party"), or a police force's
    level after a place's name ("Wakayama prefectural police", the whole phrase); not a
    town of the city index before a firm's noun ("a Shenzhen company": the firm's city). Empty
    for a demonym's run that describes the body named after the class noun ("the Georgian
    TV channel Kelvari": Kelvari is the body). None for
    a run of more than four words, one with a title, a role or a date, and one the gazetteer
    knows as a person, a place or a country ("the party Kelvo" after a known town is no
    body: "in the party Kabul" is rare, a known name keeps its own type)."""
    if toks[0].low in rules.stop and len(toks) > 2 and toks[1].text in {"NGO", "NGOs"}:
        toks = toks[1:]  # "The NGO Friends of the Marsh": the article opens the sentence
    if (
        len(toks) == 1
        and _ACRONYM_WORD.fullmatch(toks[0].text)
        and toks[0].text not in _things_in_capitals()
        and toks[0].text not in gaz.surfaces
    ):
        m = _HEAD_BEFORE.search(text, max(0, toks[0].start - 30), toks[0].start)
        if m and m.group(1) in _acronym_class_nouns():
            # "Germany's geosciences center GFZ", "the rights group KVR": a body's short
            # form named by the body's head noun in lower case right before it
            return [Found(toks[0].start, toks[0].end, "organisation", toks[0].text)]
    if toks[0].text in {"NGO", "NGOs"} and len(toks) > 1:
        rest = toks[1:]
        if _classable(rest, text, rules, gaz):
            return [Found(rest[0].start, rest[-1].end, "organisation", span_name(rest, text))]
        return None
    if not class_noun_before(text, toks[0].start):
        while len(toks) > 1 and toks[0].low in rules.stop:
            toks = toks[1:]  # "The Viv Ansanm party": the article is no word of the name
    if not _classable(toks, text, rules, gaz):
        return None
    if toks[0].text in gaz.adjectives and _CLASS_THEN_NAME.match(text, toks[-1].end):
        n = _CLASS_THEN_NAME.match(text, toks[-1].end)
        if n and class_noun_before(text, n.end()):
            return []  # "the Georgian TV channel Kelvari": the run describes the named body
    after = class_noun_after(text, toks[-1].end, toks[0].start)
    if after == "company" and toks[-1].low in _company_letters():
        return None  # "Bravo company": an army's company, no firm
    if after and len(toks) == 1 and toks[0].low in english_words():
        return None  # "Public broadcaster X", "State news agency": an adjective, no name
    if after and after != "party" and city_index().get(place_key(span_name(toks, text))):
        return None  # "a Shenzhen company", "a Dubai firm": the firm's city, no firm's name
    if (
        after
        and not class_noun_before(text, toks[0].start)
        and len(toks) >= 3
        and toks[1].low == "of"
        and singular(toks[0].low) != toks[0].low
    ):
        # "Critics of the Trump party": the class noun names the words after the people of
        # the run ("the Movement for Change party" keeps its name)
        tail = toks[2:]
        while tail and tail[0].low in rules.stop:
            tail = tail[1:]
        if not tail or not _classable(tail, text, rules, gaz):
            return None
        return [Found(tail[0].start, tail[-1].end, "organisation", span_name(tail, text))]
    name = span_name(toks, text)
    police = police_after(text, toks[-1].end)
    if police is not None and _placed(toks):
        return [Found(toks[0].start, police, "organisation", text[toks[0].start : police])]
    if class_noun_before(text, toks[0].start) and _clause_subject(toks, text, rules, gaz):
        return None  # "the militia Ahmed Saleh leads": the person of a clause on the body
    if class_noun_before(text, toks[0].start) or after or _platform(toks, text, rules):
        return _listed_bodies(toks, text) or [
            Found(toks[0].start, toks[-1].end, "organisation", name)
        ]
    return None


def _platform(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether the run ``toks`` is the platform a verb of saying or posting and "on"/"via"
    put before it ("said on Kelvogram", "stated via Chatterly"); not a name whose last word
    is the head of a place, a facility, a force, a document or a day ("said on Kelvo
    Street", "said on Christmas Day")."""
    return platform_before(text, toks[0].start) and toks[-1].bare not in (
        rules.place_heads | rules.facility_nouns | rules.force_heads | rules.doc_heads
    )


def _listed_bodies(toks: list[Tok], text: str) -> list[Found]:
    """The bodies a plural class noun lists before the run ``toks`` joined by "and" ("the
    networks Kelvision and Morvano", "the dailies A and B"): one organisation for each item;
    empty after a singular noun ("the network Kelvo and Partners" is one name) or without
    "and"."""
    noun = class_noun_before_word(text, toks[0].start)
    if noun is None or singular(noun.split()[-1]) == noun.split()[-1]:
        return []
    items: list[list[Tok]] = [[]]
    for t in toks:
        if t.low == "and":
            items.append([])
        else:
            items[-1].append(t)
    if len(items) < 2 or not all(items):
        return []
    return [Found(i[0].start, i[-1].end, "organisation", span_name(i, text)) for i in items]


def _broadcaster(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether the run ``toks`` is a broadcaster named by its first word ("Radio Kelvo",
    "Radio Television Tarvia", "TV Kelvo"; :func:`briefbook.analysis.body_cues.outlet_first`):
    not "Radio Station" (an ordinary English word after it, no third word), not "Radio
    Tower" (a place's or a facility's head last), not "the song Radio Kelvo"."""
    lows = [t.bare for t in toks]
    if not outlet_first([t.text for t in toks], text, toks[0].start):
        return False
    if lows[-1] in rules.place_heads or lows[-1] in rules.facility_nouns:
        return False
    return len(toks) > 2 or lows[1] not in english_words()


def _name_and_body(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[Found] | None:
    """One name and a body joined by "and" in one run, the body named by its head: "Uresti
    and Milenio Television did not comment" is the name "Uresti" (typed on its own) and the
    body "Milenio Television" (round orgs25). Only a single word before "and" that is no
    ordinary English word, no head of a body and no known body or place, and a body of two
    words or more after it; "Trade and Industry Ministry", "Trinidad and Tobago Defence
    Force" (a known name across "and"), "the Research and Analysis Wing" and "Communications
    and Mass Media of the Government" (a plural word before "and", "of" after) stay one name.
    None when the run is not of that shape."""
    if len(toks) < 4 or toks[1].low != "and" or any(t.low == "and" for t in toks[2:]):
        return None
    left, right = toks[0], toks[2:]
    if (
        right[-1].bare not in rules.org_heads
        or any(t.low in rules.connectors or t.low in rules.stop for t in right)
        or left.low.endswith("s")  # "Communications and Mass Media": a plural noun's pair
        or left.low in english_words()
        or left.low in rules.stop
        or left.bare in rules.org_heads | rules.force_heads | rules.place_heads
        or not left.text[:1].isupper()
        or any(t.type != "person" for t in gaz.surfaces.get(left.text, []))
        or f"{left.text} and {right[0].text}" in gaz.surfaces
        or any(s.startswith(f"{left.text} and ") for s in _and_names(gaz))
    ):
        return None
    body = Found(right[0].start, right[-1].end, "organisation", span_name(right, text))
    return [*classify([left], text, rules, gaz, lower_vocab), body]


_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


def _next_word(text: str, end: int) -> str:
    """The word right after offset ``end`` of ``text`` past spaces, or ""."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


@cache
def _body_heads(key: str) -> frozenset[str]:
    """The list ``key`` of ``data/body_heads.yaml`` (``firm_heads``, ``firm_suffixes``,
    ``party_plural_heads``, ``weekday_paper_heads``), lower case."""
    return frozenset(str(w).lower() for w in load_data("body_heads.yaml")[key])


def _weekday_paper_heads() -> frozenset[str]:
    """``weekday_paper_heads`` of ``data/body_heads.yaml``."""
    return _body_heads("weekday_paper_heads")


_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")


def _weekday_paper(toks: list[Tok], text: str) -> bool:
    """Whether the run ``toks`` is a weekday and a newspaper's head after "the" ("the Sunday
    Times", "The Sunday Telegraph"; ``weekday_paper_heads`` of ``data/body_heads.yaml``;
    round aliases27): a paper, while "on Sunday Times Square" (no "the", or a word after
    the head) names none."""
    if len(toks) == 3 and toks[0].low == "the":
        toks = toks[1:]  # "The Sunday Telegraph said" opening a sentence
        return toks[0].low in weekdays() and toks[1].bare in _weekday_paper_heads()
    return (
        len(toks) == 2
        and toks[0].low in weekdays()
        and toks[1].bare in _weekday_paper_heads()
        and _THE_BEFORE.search(text, max(0, toks[0].start - 5), toks[0].start) is not None
    )


def _known_and_the(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[Found] | None:
    """A known body, country or place joined by "and the" to another name in one run: "Nato
    and the European Union", "Interpol and the World Bank" are two bodies, each typed on its
    own (round aliases27), when the words on one side are a name the gazetteer knows as an
    organisation, a force or a country (also a short form in title case: "Nato") and those
    of the other side a name of their own, or nothing. "Trade and the Economy Ministry" (no known name before
    "and") and a name the gazetteer knows with "and the" in it stay one name. None when the
    run is not of that shape."""
    at = next(
        (i for i in range(1, len(toks) - 2) if toks[i].low == "and" and toks[i + 1].low == "the"),
        None,
    )
    if at is None or any(t.low == "and" for t in toks[at + 1 :]):
        return None
    left, right = toks[:at], toks[at + 2 :]
    left_name, right_name = span_name(left, text), span_name(right, text)

    def known(name: str) -> bool:
        # "Nato": a known short form written in title case ("NATO")
        forms = [name, name.upper()] if " " not in name and name.isalpha() else [name]
        return any(
            t.alias and t.type in {"organisation", "force", "country"}
            for form in forms
            for t in gaz.surfaces.get(form, [])
        )

    if not (known(left_name) or known(right_name)):
        return None
    if any(s.startswith(f"{left_name} and the ") for s in _and_names(gaz)):
        return None
    found = classify(right, text, rules, gaz, lower_vocab)
    if not known(right_name) and (
        not found or found[0].start != right[0].start or found[-1].end != right[-1].end
    ):
        return None
    own = classify(left, text, rules, gaz, lower_vocab)
    if not known(left_name) and (
        not own or own[0].start != left[0].start or own[-1].end != left[-1].end
    ):
        own = []  # "Kelvo and the World Bank": the body after "the" alone
    return [*own, *found]


def _and_names(gaz: Gazetteer) -> frozenset[str]:
    """The gazetteer's names with "and" inside ("Bosnia and Herzegovina")."""
    return gaz.derived("and_names", lambda g: frozenset(s for s in g.surfaces if " and " in s))


@cache
def _company_letters() -> frozenset[str]:
    """``company_letters`` of ``data/entity_rules.yaml``: "Bravo company" is a unit."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["company_letters"])


# a lower-case word right after a run: the verb of a clause whose subject the run is
_CLAUSE_VERB = re.compile(r"\s+[a-z]")


def _clause_subject(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether the run ``toks`` after a class noun is a personal name opening a clause: two
    name words or more, the first a known given name or a family name written first
    ("Nguyen"), a lower-case word (a verb) right
    after it: "the militia Ahmed Saleh leads", "told the newspaper Ana Ruiz had fled" (the
    person, no body). "the NGO Tarvola said" and "broadcaster A Kelvo" stay bodies."""
    return (
        len(toks) >= 2
        and (toks[0].low in rules.given or toks[0].low in rules.family_first)
        and all(name_like(t, rules, gaz) for t in toks[1:])
        and _CLAUSE_VERB.match(text, toks[-1].end) is not None
    )


# a lower-case class noun and the start of a capitalised name after a run
_CLASS_THEN_NAME = re.compile(r"\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+(?=[A-Z])")


def _office_of_post(left: list[Tok], right: list[Tok], rules: Rules) -> bool:
    """Whether ``left`` ends in a post in the possessive (a title or a role: "Prosecutor's",
    "Mayor's") and ``right`` is one or two words ending in a body's head ("Office",
    "Press Office"), with at most "the" and a place's name of two words before the post:
    "the Bogota Mayor's Office" is a body; "Ana Ruiz's Office" (no post) is not read so."""
    post = left[-1]
    if post.bare not in rules.titles and post.bare not in rules.roles:
        return False
    before = left[1:-1] if left[0].low == "the" else left[:-1]
    return (
        len(before) <= 2
        and all(t.text[:1].isupper() and t.low not in rules.titles for t in before)
        and 1 <= len(right) <= 2
        and right[-1].bare in rules.org_heads
    )


def _linked_body(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> list[Found] | None:
    """The run as an organisation when a word of it is a compound of three parts or more
    joined by hyphens whose first part is a body's head written first
    (``organisation_first_words``: "Tehreek-i-Taliban Pakistan", "Lashkar-e-Tarvo", "the
    Jaish-e-Kelvo group"), an Urdu or Persian link ("-e-", "-i-", "-ul-") inside; None
    otherwise, and for a name the gazetteer knows ("Mazar-i-Sharif" is a city)."""
    while toks and toks[0].low in rules.stop:
        toks = toks[1:]
    if not toks or span_name(toks, text) in gaz.surfaces:
        return None
    for i, tok in enumerate(toks):
        parts = tok.low.split("-")
        if len(parts) >= 3 and parts[0] in rules.org_first_words and tok.text[:1].isupper():
            if i > 0 and toks[i - 1].low in rules.connectors:
                toks = toks[i:]  # "Militants of Lashkar-e-Tarvo": the body after "of"
            elif i > 0:
                return None
            while toks and toks[-1].low in rules.connectors:
                toks = toks[:-1]
            return [Found(toks[0].start, toks[-1].end, "organisation", span_name(toks, text))]
    return None


def _classable(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` may be a body's own name typed by a class noun: one to four
    capitalised words (an article or connector inside), no title, role, calendar word or
    known person, place or country; the connectors inside do not count ("Friends of the
    Kelvo Marsh")."""
    words = [t for t in toks if t.low not in rules.connectors]
    if not 1 <= len(words) <= 4 or len(toks) > 6 or not is_cap(toks[-1]):
        return False
    if any(
        t.low in rules.titles
        or (t.low in rules.roles and not _plural_name_word(toks, i, rules))
        or t.low in calendar_words()
        for i, t in enumerate(toks)
    ):
        return False
    known = gaz.surfaces.get(span_name(toks, text), [])
    return not any(t.type in {"person", "place", "country"} for t in known)


def _plural_name_word(toks: list[Tok], i: int, rules: Rules) -> bool:
    """Whether the role noun ``toks[i]`` is a plural word of a body's name, a connector
    after it: "Doctors of the Valley", "Lawyers for Justice" (the members the body is
    named for, no person's role); "Doctor Ana Ruiz" stays a title before a name."""
    one = singular(toks[i].bare)
    return (
        one != toks[i].bare
        and i + 1 < len(toks)
        and toks[i + 1].low in rules.connectors
        and toks[i].low not in rules.titles
    )


def _placed(toks: list[Tok]) -> bool:
    """Whether ``toks`` may name the place a police force serves: one or two words, the
    last no stop word ("Wakayama", "Kelvo City")."""
    return 1 <= len(toks) <= 2 and all(t.text[:1].isupper() for t in toks)


def _month_given_name(
    toks: list[Tok], rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str], text: str = ""
) -> bool:
    """Whether ``toks`` open with a month's short form that is also a given name ("Jan")
    before one or two name words that the sources never write in lower case: "Jan
    Achter" is a person (a month before a day is a date, :func:`cap_runs`; "Jan Review
    Due" stays no name, as "review" is a word the sources write in lower case)."""
    rest = toks[1:]
    if _DATE_OPENER.search(text, max(0, toks[0].start - 24), toks[0].start):
        return False  # "In June Kelvo voted", "since April Tarvo has": a date, no given name
    return (
        1 <= len(rest) <= 2
        and all(name_like(t, rules, gaz) and t.low not in lower_vocab for t in rest)
        and not any(t.low in english_words() for t in rest)
    )


def _headed_place(toks: list[Tok], rules: Rules) -> bool:
    """Whether ``toks`` are an article, a name and a place's head word: "Al Kelvar Air
    Base", "El Tovar Airport" (the last word a place head or a facility noun)."""
    return (
        len(toks) > 2
        and toks[1].text[:1].isupper()
        and toks[1].low not in rules.connectors
        and toks[-1].bare in rules.place_heads | rules.facility_nouns
    )


_LOWER_AFTER = re.compile(r"\s+([a-z]+)\b")
_VERB_AFTER = frozenset({"was", "were", "is", "are", "has", "have", "had", "residents"})


def _owned_settlement(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` are one unknown word in the possessive and a settlement's class word:
    "Tanner's Village", "Fisher's Town" (``possessive_settlement_heads`` of
    ``data/place_guards.yaml``); a known name, a given name, a title or a role owning it
    ("Russia's Village", "Anna's Town", "the President's Town") is an owner and a thing, and
    so is a pair before a lower-case noun ("Kelvo's Village store")."""
    if len(toks) != 2 or not toks[0].low.endswith("'s") or not toks[1].text[:1].isupper():
        return False
    after = _LOWER_AFTER.match(text, toks[-1].end)
    if after and not (after.group(1) in rules.stop | _VERB_AFTER or after.group(1).endswith("ed")):
        return False
    owner = toks[0].text[:-2]
    low = owner.lower()
    return (
        toks[1].low in place_guards()["possessive_settlement_heads"]
        and _name_word(owner)
        and owner not in gaz.surfaces
        and not {low} & (rules.given | rules.titles | rules.core_titles | rules.roles | rules.stop)
    )


_AGED_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")


@cache
def area_qualifiers() -> frozenset[str]:
    """Words of position that open a settlement's name before another name ("Upper",
    "Lower", "North"; ``area_qualifiers`` of ``data/place_guards.yaml``)."""
    return frozenset(str(w).lower() for w in place_guards()["area_qualifiers"])


def _aged_home(
    left: list[Tok], right: list[Tok], text: str, rules: Rules, lower_vocab: frozenset[str]
) -> bool:
    """Whether ``right``, after "of" and a person ``left`` named with an age before them
    ("a 40-year-old Ana Ruiz of Tovar"), is one plain capitalised word no list types -- a
    settlement, which may follow a word of position ("of Upper Tovar"); two unknown words
    may be a club or a firm ("of Tovar Rovers")."""
    words = right[1:] if len(right) > 1 and right[0].low in area_qualifiers() else right
    return (
        bool(_AGED_BEFORE.search(text, max(0, left[0].start - 16), left[0].start))
        and len(words) == 1
        and all(
            _name_word(t.text)
            and not t.text.isupper()
            and t.low not in lower_vocab | rules.stop | rules.given
            and t.bare not in rules.org_heads | rules.force_heads | rules.org_suffixes
            for t in words
        )
    )


@cache
def _count_words() -> frozenset[str]:
    """The number words of two to twenty (``number_words`` of ``data/numbers.yaml``)."""
    words = load_data("numbers.yaml")["number_words"]
    return frozenset(str(w).lower() for w, n in words.items() if 2 <= int(n) <= 20)


def _counted_place(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether ``toks`` open with a capitalised number word, inside a sentence, right before
    a place's head word in the plural that ends the name: "Five Cays", "Seven Hills" (the
    ``place_heads`` of ``data/entity_rules.yaml``); "Three Kingdoms" and a count opening a
    sentence ("Two Islands were ...") are no such name."""
    return (
        len(toks) == 2
        and toks[0].text[:1].isupper()
        and toks[0].low in _count_words()
        and toks[1].text[:1].isupper()
        and toks[1].low.endswith("s")
        and toks[1].bare in rules.place_heads
        and not opens_sentence(text, toks[0].start)
    )


def _saints_building(toks: list[Tok], rules: Rules) -> bool:
    """Whether ``toks`` name a building after a saint in the possessive: "St Brendan's
    Church", "Saint Mary's Hospital" (a saint, one to two names ending in 's, a place
    head or a facility noun), not a saint's owner and a thing of theirs."""
    return (
        3 <= len(toks) <= 5
        and toks[0].low in place_guards()["saints"]
        and toks[-2].low.endswith("'s")
        and toks[-1].bare in rules.place_heads | rules.facility_nouns
    )


@cache
def _UNITS_OF() -> re.Pattern[str]:  # noqa: N802
    """A plural noun of places and "of" right before a name (``place_nouns`` of
    data/numbers.yaml): "the provinces of", "the villages of"."""
    words = "|".join(
        re.escape(str(w)) for w in load_data("numbers.yaml")["place_nouns"] if str(w).endswith("s")
    )
    name = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    # the plural noun and "of", then the names listed before this one, if any (a list ends
    # at its "and": "the villages of X and Y, Ana Sol said" lists no Ana Sol)
    return re.compile(
        rf"\b(?-i:{words})\s+of\s+(?:the\s+)?(?:{name}\s*,\s+)*(?:{name}\s*,?\s+and\s+)?$"
    )


def _units_of(toks: list[Tok], text: str, rules: Rules) -> list[Found] | None:
    """Names listed after a plural noun of places and "of" ("the provinces of Orda Mekhay
    and Brel Tovan"): each a place; None for any other run, and for a list of which a
    name ends in the head of a body or a force ("the countries of the Gulf Cooperation
    Council", "the fronts of Wagner Group and Russian Army units": :func:`_headed_kind`),
    which the rules of bodies and forces type."""
    if not _UNITS_OF().search(text, max(0, toks[0].start - 120), toks[0].start):
        return None
    ands = [j for j, t in enumerate(toks) if t.low == "and"]
    if len(ands) > 1 or (ands and not 0 < ands[0] < len(toks) - 1):
        return None
    parts = [toks[: ands[0]], toks[ands[0] + 1 :]] if ands else [toks]
    if any(_headed_kind(p[-1].bare.lower(), rules) in ("force", "organisation") for p in parts):
        return None
    return [Found(p[0].start, p[-1].end, "place", span_name(p, text)) for p in parts]


def faith_adjectives() -> frozenset[str]:
    """``faith_adjectives`` of ``data/entity_rules.yaml``, lower case ("sunni", "sikh")."""
    return _faith_adjectives()


def faith_words_only(toks: list[Tok], gaz: Gazetteer) -> bool:
    """Whether every word of ``toks`` is a faith's or a people's adjective (see
    :func:`_faith_words_only`): "Sunni Muslim" of "Sunni Muslim countries" names no one."""
    return bool(toks) and _faith_words_only(toks, gaz)


def _faith_words_only(toks: list[Tok], gaz: Gazetteer) -> bool:
    """Whether every word of ``toks`` is a faith's or a people's adjective ("Sufi",
    "Buddhist", "Serbian Orthodox": ``faith_adjectives`` of ``data/entity_rules.yaml`` and
    the gazetteer's demonyms): before a site noun ("a Sufi shrine") it names the faith, not
    the place."""
    faiths = _faith_adjectives()
    return all(t.bare in faiths or t.text in gaz.adjectives for t in toks)


def _site_head_first(toks: list[Tok], text: str) -> Found | None:
    """The site a run names head first, with "of" and what it is dedicated to: "the
    Cathedral of Our Lady of Kelvo", "the Mosque of the Prophet", "the Church of Saint
    Dravo" (``site_first_heads``, ``site_dedication_heads`` and ``site_dedication_words`` of
    ``data/place_guards.yaml``; round places27). None otherwise: "the Church of England" is
    a body, "Temple" alone names nothing."""
    while toks and toks[0].low in {"the", "a", "an"}:
        toks = toks[1:]
    if len(toks) < 3 or not toks[0].text[:1].isupper() or toks[1].low != "of":
        return None
    guards = place_guards()
    head, rest = toks[0].bare, toks[2:]
    while rest and rest[0].low == "the":
        rest = rest[1:]
    if not rest or not all(t.text[:1].isupper() or t.low in {"of", "the"} for t in rest):
        return None
    if rest[-1].low in {"of", "the"}:
        return None
    if head not in guards["site_first_heads"] and not (
        head in guards["site_dedication_heads"] and rest[0].low in guards["site_dedication_words"]
    ):
        return None
    return Found(toks[0].start, toks[-1].end, "place", span_name(toks, text))


def _area_command(toks: list[Tok], rules: Rules) -> bool:
    """Whether ``toks`` end in an armed head word and an administrative noun, a number
    after them or not: "Coast Guard District 14", "Army Region" (``force_heads``,
    ``admin_nouns`` of ``data/entity_rules.yaml``). "Police District" is a police area, a
    place as ever."""
    core = toks[:-1] if toks and toks[-1].text.isdigit() else toks
    return _armed_area(core, rules) and core[-2].bare != "police"


def _armed_area(toks: list[Tok], rules: Rules) -> bool:
    """Whether ``toks`` end in an armed head word then an administrative noun ("Coast Guard
    District", "Police District"; ``force_heads``, ``admin_nouns`` of
    ``data/entity_rules.yaml``)."""
    return (
        len(toks) > 1 and toks[-1].bare in rules.admin_nouns and toks[-2].bare in rules.force_heads
    )


def _national_church(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> Found | None:
    """The organisation a church's head word, "of" and a country or a first-level area
    name: "the Church of Scotland", "the Church of Norway" (``faith_bodies`` of
    ``data/entity_rules.yaml``): a national church is a body, never a building ("the Church
    of the Nativity" is one; round places28a). None otherwise."""
    while toks and toks[0].low in {"the", "a", "an"}:
        toks = toks[1:]
    if len(toks) != 3 or toks[0].bare not in rules.faith_bodies or toks[1].low != "of":
        return None
    land = toks[2]
    if not land.text[:1].isupper() or not (
        any(t.type == "country" for t in gaz.surfaces.get(land.text, ()))
        or area_index().get(place_key(land.text))
    ):
        return None
    return Found(toks[0].start, toks[-1].end, "organisation", span_name(toks, text))


def owned_shop(toks: list[Tok], text: str) -> bool:
    """Whether a name ending in a shop's class word (``shop_heads`` of
    ``data/place_guards.yaml``) is owned by a possessive right before it or inside it:
    "Anna's Village Bakery", "Mira's Village Cafe" (round places27)."""
    if toks[-1].bare not in place_guards()["shop_heads"]:
        return False
    if any(t.low.endswith(("'s", "\u2019s")) for t in toks[:-1]):
        return True
    return re.search(r"['\u2019]s\s+$", text[max(0, toks[0].start - 4) : toks[0].start]) is not None


# the owner of a street in the possessive right before its name: "Nairobi's ", "the city's "
_STREET_OWNER = re.compile(r"(?:(?<=\s)the\s+)?(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s\s+$")


def unplaced_street(toks: list[Tok], text: str) -> bool:
    """Whether a name ending in a street's head that is also a common noun of drives,
    trials and campaigns or a surname (``cued_street_heads`` of ``data/place_guards.yaml``:
    "Drive") stands where no street does: no street preposition (``street_prepositions``:
    "on Kelvo Drive", "off Maple Ridge Drive", "the corner of X Drive") nor a house number
    right before it or its owner's possessive ("on Nairobi's Riverside Drive", "along the
    city's Ocean Drive"). "The Red Cross Blood Drive collected", "joined a Test Drive" name no
    street, nor does a name opening the sentence ("Mark Drive, a spokesman, said"; a street
    there is left unread: "Maple Ridge Drive was closed"; round revA28)."""
    guards = place_guards()
    if len(toks) < 2 or toks[-1].bare not in guards["cued_street_heads"]:
        return False
    before = text[max(0, toks[0].start - 60) : toks[0].start]
    owner = _STREET_OWNER.search(before)
    if owner is not None:
        before = before[: owner.start()]  # "on Nairobi's Riverside Drive": the city's street
    m = re.search(r"([A-Za-z]+|\d{1,5}[A-Za-z]?)\s+$", before[-16:])
    if m is None:
        return True  # opening the sentence: a person or a drive as often as a street
    word = m.group(1)
    return not (word[:1].isdigit() or word.lower() in guards["street_prepositions"])


def market_concept(toks: list[Tok]) -> bool:
    """Whether a name ending in "Market" names an economy, every word before the head an
    acronym or a word of ``market_concepts`` (``data/place_guards.yaml``): "the Stock
    Market", "the EU Single Market"; "Bakara Market" is a market place (round places27)."""
    guards = place_guards()
    if toks[-1].bare not in guards["market_heads"]:
        return False
    before = [t for t in toks[:-1] if t.low not in {"the", "a", "an"}]
    return all(t.low in guards["market_concepts"] or ACRONYM.fullmatch(t.text) for t in before)


# a house number right before a street's name: "at his 7 " of "his 7 Kelvo Course Road
# residence"; not a year ("in 2019 Kelvo Road"), a count of a measure nor part of a figure
_HOUSE_NUMBER = re.compile(r"(?<![\w,.:/-])(\d{1,4}[A-Za-z]?)\s$")
_NUMBER_NOT_HOUSE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|about|around|some|over|nearly|almost|than"
    r"|and|or|to)|\d)\s+$",
    re.IGNORECASE,
)


def _house_number(toks: list[Tok], text: str) -> Found | None:
    """The address a street's name (its last word one of ``street_heads`` of
    ``data/place_guards.yaml``) makes with the house number right before it: "7 Kelvo Course
    Road", "10 Dravi Street" (round places27); None when no number stands there or the
    number is a year or a count ("in 2019 Kelvo Road", "some 300 Kelvo Road residents")."""
    if toks[-1].bare not in place_guards()["street_heads"]:
        return None
    m = _HOUSE_NUMBER.search(text, max(0, toks[0].start - 8), toks[0].start)
    if m is None:
        return None
    num = m.group(1)
    if len(num) == 4 and num[:2] in {"18", "19", "20"}:
        return None  # a year
    if _NUMBER_NOT_HOUSE.search(text, max(0, m.start() - 12), m.start()):
        return None
    word = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, m.start() - 12) : m.start()])
    if word and word.group(1).lower() in calendar_words():
        return None  # "On Jan 5 Kelvo Square was shut": a day of a month
    if re.match(
        r"\s+(?:residents|people|families|households|homes|houses)\b", text[toks[-1].end :]
    ):
        return None
    name = f"{num} {span_name(toks, text)}"
    return Found(m.start(1), toks[-1].end, "place", name)


def _after_faith(toks: list[Tok], rules: Rules, gaz: Gazetteer) -> list[Tok]:
    """``toks`` from its first title on when the words before that title are a church's
    name of one or two words ending in a faith's adjective ("Roman Catholic Pope Francis",
    "Coptic Bishop X": the church, no person), none of them a name the gazetteer knows
    ("Greek Orthodox Archbishop X" keeps its demonym); else ``toks`` as it is."""
    for i in (1, 2):
        if (
            i < len(toks) - 1
            and toks[i].bare in rules.titles
            and toks[i].text[:1].isupper()
            and toks[i - 1].bare in _faith_adjectives()
            and not any(t.text in gaz.surfaces or t.text in gaz.adjectives for t in toks[:i])
        ):
            return toks[i:]
    return toks


def _after_creed(toks: list[Tok], rules: Rules) -> list[Tok]:
    """``toks`` without its first word when that word is a faith's or a people's adjective
    (``faith_adjectives``, ``peoples`` of ``data/entity_rules.yaml``) before two or more
    words of a place's name: "the mostly Muslim Lanao del Sur province", "Kurdish Kelvo
    Province" name the province, the faith or people describes it (round places28a). Two
    words stay whole ("Christian Quarter", "Sunni Triangle", "Amhara Region": the word is
    the name), and so does a name whose other words are all ordinary words or heads ("the
    Jewish Autonomous Oblast", "the Kurdish Autonomous Region": the people is the name's
    only proper word; round revA28); else ``toks`` itself."""
    if (
        len(toks) > 2
        and toks[0].bare in _faith_adjectives() | rules.peoples
        and is_cap(toks[1])
        and toks[1].low not in rules.connectors
        and any(_proper_word(t, rules) for t in toks[1:])
    ):
        return toks[1:]
    return toks


def _proper_word(tok: Tok, rules: Rules) -> bool:
    """Whether ``tok`` is a word of a name of its own: no ordinary English word
    (:func:`english_words`), connector, administrative noun or place head ("Kelvo" of
    "Kelvo Valley"; not "Autonomous", "Region")."""
    generic = rules.admin_nouns | rules.place_heads | rules.connectors
    return tok.bare not in english_words() and tok.bare not in generic


def faith_before_noun(tok: Tok, text: str) -> bool:
    """Whether ``tok`` is a faith's adjective (``faith_adjectives`` of
    ``data/entity_rules.yaml``) before a lower-case noun ("bombed Coptic churches", "Druze
    villages"): it names the faith, never a town the city index may spell so."""
    return tok.bare in _faith_adjectives() and bool(re.match(r"\s+[a-z]", text[tok.end :]))


@cache
def _faith_adjectives() -> frozenset[str]:
    """``faith_adjectives`` of ``data/entity_rules.yaml`` and ``more_faith_adjectives`` of
    ``data/place_guards.yaml``."""
    words = [*load_data("entity_rules.yaml")["faith_adjectives"]]
    words += place_guards()["more_faith_adjectives"]
    return frozenset(str(w).lower() for w in words)


@cache
def _SITE_NOUN_AFTER() -> re.Pattern[str]:  # noqa: N802
    """A lower-case noun of a site right after a name (``site_nouns_after`` of
    data/entity_rules.yaml): "the contested Ta Krom temple" names a place."""
    words = "|".join(
        sorted(
            (re.escape(str(w)) for w in load_data("entity_rules.yaml")["site_nouns_after"]),
            key=len,
            reverse=True,
        )
    )
    return re.compile(rf"\s+(?-i:{words})\b")


def classify(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[Found]:
    """Typed spans of one capitalised sequence."""
    while toks and (toks[-1].low in rules.connectors or toks[-1].low in weekdays()):
        if _surname_particle(toks, len(toks) - 1, rules, gaz):
            break  # "Tapan De said": a surname that is also a particle
        toks = toks[:-1]  # "President Ivan Roca Monday reported": the day is no name
    toks = _after_faith(toks, rules, gaz)  # "Roman Catholic Pope Francis": the faith's words
    if (held := _body_and_holder(toks, text, rules, gaz, lower_vocab)) is not None:
        return held  # "Parliament Speaker Talat Kelmendi": the body, then the person
    if _credited_outlet_run(toks, text):
        return [Found(toks[0].start, toks[-1].end, "organisation", span_name(toks, text))]
    if (site := _site_head_first(toks, text)) is not None:
        return [site]  # "the Cathedral of Our Lady of Kelvo": one site, head first
    if (church := _national_church(toks, text, rules, gaz)) is not None:
        return [church]  # "the Church of Scotland": a body, no building
    if toks and (classed := _classed_body(toks, text, rules, gaz)) is not None:
        return classed  # "the NGO Tarvola", "the Droma party", "Wakayama prefectural police"
    if toks and (linked := _linked_body(toks, text, rules, gaz)) is not None:
        return linked  # "Tehreek-i-Taliban Pakistan": a body's head first, linked by hyphens
    if _named_storm(toks, rules):
        return []  # "Typhoon Kelvina", "Tropical Storm Ana": a storm, no person or place
    pair = _titled_pair(toks, text, rules, gaz, lower_vocab)
    if pair:
        return pair  # "Police Commissioner X Y and NIA DG Z W": two people
    if (
        _cantonese_name(toks[-2:])
        and not area_after(toks, text, rules)
        and not (len(toks) > 2 and name_like(toks[-3], rules, gaz))  # "Johnny Mak Kin-sing"
    ):
        # "To Ka-lun", "Ng Man-kit": a Cantonese family name (an English word or a particle
        # too) before a hyphened given name of two syllables; what is before it on its own
        before = toks[:-2]
        while before and (before[-1].low in rules.connectors or before[-1].low in rules.stop):
            before = before[:-1]  # "Ng Man-kit and To Siu-fai": the first too
        found = classify(before, text, rules, gaz, lower_vocab) if before else []
        return [*found, _person(toks[-2:], text)]
    for i in range(max(0, len(toks) - 4), len(toks) - 2):
        if particle_family_first([t.text for t in toks[i:]], rules):
            # "Le Van Thanh": a Vietnamese family name, not the particle "le" (what is
            # before it, a title, is read on its own); a place, a facility or a body named
            # after such a person is one by its head: "Le Van Sy Street"
            before = toks[:i]
            while before and (before[-1].low in rules.titles or before[-1].low in rules.connectors):
                before = before[:-1]  # "Le Van Thanh and Colonel Do Quang Huy": the first too
            found = classify(before, text, rules, gaz, lower_vocab) if before else []
            named = _headed_kind(toks[-1].bare, rules)
            if named:
                return [
                    *found,
                    Found(toks[i].start, toks[-1].end, named, span_name(toks[i:], text)),
                ]
            return [*found, _person(toks[i:], text)]
    if _weekday_paper(toks, text):
        # "the Sunday Times", "The Sunday Telegraph said": a paper named for its day
        paper = toks[1:] if toks[0].low == "the" else toks
        return [Found(paper[0].start, paper[-1].end, "organisation", span_name(paper, text))]
    while toks and (toks[0].low in rules.stop or toks[0].low in rules.connectors):
        if _ARTICLE_PLACE.fullmatch(toks[0].text) and _headed_place(toks, rules):
            break  # "Al Kelvar Air Base": the capitalised article is part of the place's name
        if _NICKNAME_ARTICLE.fullmatch(toks[0].text) and _ALIAS_BEFORE.search(
            text, max(0, toks[0].start - 8), toks[0].start
        ):
            return [_person(toks, text)]  # "alias El Gordo Tito": the article is the nickname's
        if _month_given(toks[0], rules) and _headed_place(toks, rules):
            break  # "Jan Kelvar Square": a square named after a man called Jan, no month
        if _month_given(toks[0], rules) and _month_given_name(toks, rules, gaz, lower_vocab, text):
            break  # "the minister, Jan Achter, said": a given name before a surname
        if _counted_place(toks, text, rules):
            break  # "in Five Cays": a place named by a count of its features, no number
        if _known_new_place(toks, text, gaz):
            return []  # "on New Kelvo, a man": the town or area, for place_of, not "Kelvo"
        toks = toks[1:]
    if not toks:
        return []
    if len(toks) == 1 and _glued_outlet(toks[0], rules):
        return [Found(toks[0].start, toks[0].end, "organisation", toks[0].text)]  # "KelvoNews"
    if (
        len(toks) > 1
        and toks[0].low in rules.speech
        and _QUOTE_CLOSED.search(text, 0, toks[0].start)
    ):
        toks = toks[1:]  # '"We will win", Wrote Ana Ruiz': the speech verb after a quotation
    opening = opens_sentence(text, toks[0].start) and len(toks) > 1
    if (
        opening
        and toks[0].low in lower_vocab
        and toks[0].text not in gaz.surfaces
        and toks[0].low not in rules.core_titles  # "Minister of Interior Ana Ruiz stated"
    ):
        toks = toks[1:]  # a common word opening the sentence
    elif opening and _common_word_before_person(toks, text, rules, gaz):
        toks = toks[1:]  # "Supporter Ana Kelvo said": a role word opening the sentence
    elif (opening or _plural_role(toks[0], rules)) and _plural_noun_of(toks, text, rules, gaz):
        # "Residents of the Velmar District fled": the people of a place or a body; a
        # person read of the rest is the plural noun's cue ("Readers of the Velsk Pioneer
        # wrote"), so the run keeps its old reading then
        rest = toks[2:]
        while len(rest) > 1 and rest[0].low == "the":
            rest = rest[1:]
        found = classify(rest, text, rules, gaz, lower_vocab)
        if found and all(f.type != "person" for f in found):
            return found
    if not toks:
        return []
    chapter = _body_chapter(toks, rules, gaz)
    if chapter is not None:
        return chapter  # "the Syrian Arab Red Crescent": a national body of a known one
    if _articled_toponym(toks, rules):
        return [Found(toks[0].start, toks[-1].end, "place", span_name(toks, text))]
    if opening and (body := _members_of(toks, text, rules, gaz, lower_vocab)) is not None:
        return body  # "Members of the Gulf Cartel were arrested": the body, not its members
    name = span_name(toks, text)
    if name in gaz.surfaces or designation_class(name):
        return []  # a designation class ("a Foreign Terrorist Organization") is no body
    if _country_given_person(toks, text, rules, gaz, lower_vocab) or _country_surname_person(
        toks, text, rules, gaz
    ):
        # "Israel Katz said": a given name that names a country; "Omar Sweden, a
        # 31-year-old resident": a surname that names one
        return [_person(toks, text)]
    if headed := _headed_surname(toks, text, rules, gaz, lower_vocab):
        return headed  # "Lawyer Maria Cartel said", "Jose Cartel, 41,": a person's surname
    if portfolio := _portfolio_holder(toks, text, rules, gaz):
        return [portfolio]  # "the Minister of Home Affairs, Safety and Security Peter Kelvani"
    form = _LEGAL_FORM_AFTER.match(text, toks[-1].end)
    if form and form.group(1).lower() in rules.org_suffixes and _legal_form(form.group(1)):
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]  # "Sibregiongaz, AO"
    if _saints_building(toks, rules):
        return [Found(toks[0].start, toks[-1].end, "place", name)]  # "St Brendan's Church"
    if _owned_settlement(toks, text, rules, gaz):  # "in Tanner's Village": after its owner
        return [Found(toks[0].start, toks[-1].end, "place", text[toks[0].start : toks[-1].end])]
    if (units := _units_of(toks, text, rules)) is not None:
        return units  # "in the provinces of Orda Mekhay and Brel Tovan": two places
    if (
        _SITE_NOUN_AFTER().match(text, toks[-1].end)
        and not any(t.low in rules.titles for t in toks)
        and not _faith_words_only(toks, gaz)
    ):
        return [Found(toks[0].start, toks[-1].end, "place", name)]  # "the Ta Krom temple"
    # possessives: "Ukraine's Defense Intelligence", "Treasury's Office of Foreign Assets Control"
    for i, tok in enumerate(toks[:-1]):
        # "Houthis' al-Masirah": a group's one-word possession (not "Soldiers' Mothers" of
        # a body's name, which has words before the possessive)
        plural = i == 0 and len(toks) == 2 and tok.low.endswith("s'")
        if (tok.low.endswith("'s") or plural) and tok.bare not in _collective():
            left, right = toks[: i + 1], toks[i + 1 :]
            owner = span_name(left, text)
            if _office_of_post(left, right, rules):
                # "the Prosecutor's Office", "the Bogota Mayor's Office": the office of a post
                # is a body, its seat's name and all
                whole = left[1:] if left[0].low == "the" else left
                span = [*whole, *right]
                return [Found(span[0].start, span[-1].end, "organisation", span_name(span, text))]
            if span_name(right, text) in gaz.ambiguous:
                return []  # "Russia's Main Intelligence Directorate": its side when counting
            right_found = classify(right, text, rules, gaz, lower_vocab)
            targets = gaz.surfaces.get(owner, [])
            if (
                right_found
                and right_found[0].start == right[0].start
                and right_found[0].type in {"organisation", "force"}
                and any(t.type == "country" and t.alias for t in targets)
            ):
                first = right_found[0]
                joined = Found(
                    left[0].start,
                    first.end,
                    first.type,
                    span_name(left, text) + "'s " + first.name,
                )
                return [joined, *right_found[1:]]
            if plural:  # a group's one-word possession is a body or a thing, not a person
                right_found = [
                    Found(f.start, f.end, "organisation", f.name)
                    if f.type == "person" and len(f.name.split()) == 1
                    else f
                    for f in right_found
                ]
            return classify(left, text, rules, gaz, lower_vocab) + right_found
    lows = [t.bare for t in toks]
    pair = _role_pair(toks, text, rules, gaz) or _name_and_one(toks, text, rules, gaz)
    if pair:
        return pair  # "havildars Ranjit Sohal and Mohan Lal (and Naik X)": two people
    if vessel_before(toks, text, rules):
        # "the tanker Marisol Bravo": a ship, not a person
        return [Found(toks[0].start, toks[-1].end, "vessel", name)]
    if _club_or_hacking_group(toks, text, rules, gaz):
        # "Kelvo Chiefs", "Amber Typhoon": a club or a hacking group, not a person or a place
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]
    if _body_of_place(toks, rules):
        # "Police Regional Office-Karsa Region", "Civil Defence Institute-Valmora": a body and
        # its seat joined by a hyphen is the body
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]
    if admin_prefixed(toks, rules):
        return [Found(toks[0].start, toks[-1].end, "place", name)]  # "Sitio Kabulnan"
    if _and_co(toks, rules):
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]  # "X and Co Ltd"
    for i in range(2, len(toks) - 1):
        if toks[i - 1].low in rules.connectors and admin_prefixed(toks[i:], rules):
            # "Residents of Purok Maligaya": the place after a connector
            place = Found(toks[i].start, toks[-1].end, "place", span_name(toks[i:], text))
            return [*classify(toks[: i - 1], text, rules, gaz, lower_vocab), place]
    if len(toks) > 1 and lows[0] in rules.toponym_prefixes and toponym_cue(toks, text):
        return []  # "in Datu Talumpa": a town named after a ruler (place_of), not a person
    if titled_town(toks, text, rules):
        return []  # "in Sheikh Zuwayed": a town of the city index (place_of), not a person
    if (
        len(toks) == 2
        and toks[0].low in rules.given
        and toks[1].low in rules.name_titles
        and toks[1].text[1:].islower()
        and _person_cue(toks, text, rules, gaz)
    ):
        return [_person(toks, text)]  # "identified as Javed Sheikh": a title word as surname
    # titles: "Ukrainian President Volodymyr Zelenskyy", "Defence Minister Israel Katz"
    tail = _name_tail(toks, rules, gaz)
    if not tail and _titled_given_place_word(toks, text, rules, gaz):
        tail = toks[-2:]  # "Minister John Park said": his surname is also a place word
        if len(toks) == 2:
            return [_person(toks, text)]  # "police chief Anna Bay"
    if len(tail) == 2 == len(toks) and _title_given(toks, 0, rules):
        return [_person(toks, text)]  # "Sayed Noor": the honorific and one name word
    before = toks[: len(toks) - len(tail)]
    if (
        len(tail) == 1
        and len(before) >= 2
        and before[-1].text in gaz.surfaces
        and before[-2].low in rules.core_titles
    ):
        tail, before = [before[-1], *tail], before[:-1]  # a first name that is also a place
    if (
        len(tail) == 1
        and len(before) >= 2
        and before[-1].low in rules.given
        and before[-1].low in rules.titles
        and before[-2].low in rules.core_titles
    ):
        tail, before = [before[-1], *tail], before[:-1]  # "Colonel Amir Tavolen": a given name
    if (
        len(before) == 1
        and len(tail) >= 2
        and before[0].low in rules.given
        and before[0].low in rules.titles
        and tail[0].low in rules.given
        and tail[-1].low not in rules.given
        and tail[-1].bare not in rules.non_person_heads
    ):
        return [_person(toks, text)]  # "Amir Hassan Kazemi": a given name, no title
    if len(tail) > 2 and tail[0].low == "class" and _class_rank(before, rules):
        before, tail = [*before, tail[0]], tail[1:]  # "Sergeant First Class Ana Ruvel"
    lows_before = [t.low for t in before]
    first_title = next((i for i, w in enumerate(lows_before) if w in rules.core_titles), -1)
    if first_title >= 0 and {"of", "for"} & set(lows_before[first_title:]):
        # "Minister of Intelligence and Security Naser Rashedi": the portfolio's last word
        while (
            len(tail) > 2
            and tail[0].low not in rules.given
            and (
                tail[0].low in lower_vocab
                or _ordinary(tail[0].bare)  # "Minister for Water Supply Bishnu Tamang"
                or _ordinary(singular(tail[0].bare))  # "for Foreign Affairs", "of Communities"
                or tail[1].low in rules.given
            )
        ):
            before, tail = [*before, tail[0]], tail[1:]
    if tail and before:
        direct = (
            before[-1].low in rules.core_titles
            or _ranks(before[-1], tail, rules)
            or (len(tail) >= 2 and before[-1].low == "class" and _class_rank(before[:-1], rules))
            or _plain_rank(before[-1], tail)
            or (
                (len(before) == 1 or not before[-1].low.endswith("s"))
                and before[-1].low in rules.roles
                and len(tail) >= 2
            )
        )  # "Photojournalist Anil Reddy", "Regional Ombudsman Aram Petrosyan"
        titled = any(t.low in rules.core_titles for t in before)
        if (
            (direct or titled)
            and len(tail) >= 2
            and tail[-1].bare in rules.non_person_heads
            and not SPEAKER_AFTER.match(text, tail[-1].end)  # "Minister Paul Hall said"
        ):
            # "the Queen Alexandra Barracks", "the Kings Romans Casino": a building named
            # after a titled person is a place by a place's head, else nothing
            heads = rules.place_heads | rules.facility_nouns | place_guards()["facility_heads"]
            if tail[-1].bare in heads:
                return [Found(toks[0].start, toks[-1].end, "place", name)]
            return []
        if (direct or (titled and len(tail) >= 2)) and before[-1].low not in rules.connectors:
            before = _after_title(before, rules)
            while before and before[-1].low in rules.titles:
                before = before[:-1]
            while before and before[-1].low in rules.connectors:
                before = before[:-1]
            found = classify(before, text, rules, gaz, lower_vocab) if before else []
            return [*found, _person(tail, text)]
    singles = _single_names(toks, rules, gaz) if _given_title(toks[0], rules) else []
    if singles and single_name_cue(toks[0].start, toks[0].end, text, rules):
        return [_person([t], text) for t in singles]  # "two others named Amir and Karim"
    honorific = len(toks) > 3 and lows[2] == "of" and _title_given(toks[:2], 0, rules)
    if len(toks) == 2 and lows[0] in rules.titles and lows[1] in rules.place_heads:
        return [Found(toks[0].start, toks[-1].end, "place", name)]  # "Bishop Street"
    # a title's possessive naming a body ("the Lord's Resistance Army": possessive_name_words)
    # is no title before a name: the title words are the name's
    titled = lows[0] in rules.titles
    titled = titled and not (toks[0].low.endswith("'s") and lows[0] in _collective())
    if titled and len(toks) > 2 and lows[1] in {"and", "&"}:
        # "the Justice and Equality Movement": a title word joined by "and" to the words of
        # a body's head, ordinary words between, opens the body's name, no title before a
        # name (round armed26); "General and Kelvo Holdings" stays as it was
        kind = _headed_kind(lows[-1], rules)
        words = [singular(t.low) in english_words() for t in toks[2:-1]]
        if kind in ("organisation", "force") and all(words):
            return [Found(toks[0].start, toks[-1].end, kind, name)]
    if titled and len(toks) > 1 and not honorific:
        rest = _after_title(toks, rules)
        if _portfolio_body(toks, rest, rules):
            # "External Affairs Ministry", "Foreign Affairs Office": the title words are the
            # portfolio of the body its head names, no title before a name
            kind = "force" if toks[-1].bare in rules.force_heads else "organisation"
            return [Found(toks[0].start, toks[-1].end, kind, name)]
        while rest and rest[-1].low in rules.connectors:
            rest = rest[:-1]
        found = classify(rest, text, rules, gaz, lower_vocab) if rest else []
        at = next((k for k, t in enumerate(toks) if rest and t is rest[0]), 0)
        if at >= 2 and toks[at - 1].low == "the" and toks[at - 2].low in {"for", "of"}:
            # "Assistant Secretary for the Southern Hemisphere": what follows "for the" is
            # the office's portfolio, no person (a holder after it keeps a span of his own:
            # "... for the Horn of Africa Anna Kovalenko"; round trialA22)
            found = [f for f in found if not (f.type == "person" and f.start == rest[0].start)]
        if (
            len(found) == 1
            and found[0].type == "place"
            and found[0].start == rest[0].start
            and rest[0] is toks[1]  # not "SHO of Kelvo Police Station": a post of a place
            and rest[-1] is toks[-1]
            and toks[-1].bare in _titled_place_words()[0]
        ):
            # "King George Island", "Sheikh Khalifa Road": named after the titled person,
            # the title and all
            return [Found(toks[0].start, found[0].end, "place", name)]
        return found
    # an apposition: "Rafael Grossi of the International Atomic Energy Agency"
    for i, tok in enumerate(toks):
        if tok.low != "of" or not 2 <= i <= 5:
            continue
        left_known = any(
            t.type == "person" for t in gaz.surfaces.get(span_name(toks[:i], text), [])
        )
        pair = [] if left_known else _role_pair(toks[:i], text, rules, gaz)
        if not (left_known or pair or honorific or is_name(toks[:i], rules, gaz)):
            continue
        right = toks[i + 1 :]
        while right and right[0].low == "the":
            right = right[1:]
        if not right:
            break
        rname = span_name(right, text)
        named = [t for t in gaz.surfaces.get(rname, []) if t.alias]
        right_found = [] if named else classify(right, text, rules, gaz, lower_vocab)
        if pair:
            return [*pair, *right_found]  # "constables A B and C D of the DRG"
        bodies = {"organisation", "force", "country"}
        if any(t.type in bodies for t in named) or (
            right_found and right_found[0].type in bodies and right_found[0].end == right[-1].end
        ):
            return right_found if left_known else [_person(toks[:i], text), *right_found]
        left = toks[:i]
        if not left_known and (
            (left[0].low in rules.given and left[-1].bare not in rules.non_person_heads)
            or surname_shaped([t.text for t in left], rules)  # "Vaso Tergadze of Rustavi"
            or _person_cue(left, text, rules, gaz)
        ):
            # a word of position opens no person's name: "of Upper Tovar" is no "Mr Tovar"
            placed = not right_found or (
                len(right_found) == 1
                and right_found[0].type == "person"
                and right[0].low in area_qualifiers()
            )
            if placed and _aged_home(left, right, text, rules, lower_vocab):
                # "40-year-old Ana Ruiz of Upper Tovar": a person named with their home
                home = Found(right[0].start, right[-1].end, "place", span_name(right, text))
                return [_person(left, text), home]
            return [_person(left, text), *right_found]  # "analyst Ana Lima of the X Project"
        break
    if (
        any(t.low in rules.core_titles for t in toks)
        and lows[-1] not in rules.org_heads | rules.force_heads | rules.facility_nouns
        and not (len(tail) == len(toks) > 1 and not before)  # "Abdul Karim Sheikh Adan"
    ):
        return []  # a job title: "U.S. Secretary of State" ("X General Hospital" is none)
    # organisations, forces and places by their head word
    for i, low in enumerate(lows):
        if low in rules.org_suffixes and i > 0 and _legal_form(toks[i].text):
            first = Found(
                toks[0].start, toks[i].end, "organisation", span_name(toks[: i + 1], text)
            )
            rest = toks[i + 1 :]
            return [first, *(classify(rest, text, rules, gaz, lower_vocab) if rest else [])]
    if _demonym_name(toks, rules, gaz, lower_vocab):
        return [_person(toks[1:], text)]  # "Australian Omar Fareedi": a national named
    # a country prefix before a specific body: "DPRK Reconnaissance General Bureau"
    prefix = [t for t in gaz.surfaces.get(toks[0].text, []) if t.type == "country"]
    if prefix and len(toks) >= 3 and toks[1].low not in rules.connectors:
        rest = toks[1:]
        if span_name(rest, text) in gaz.surfaces:
            return []  # "Russian Black Sea"
        head = rest[0].bare if len(rest) > 2 and rest[1].low == "of" else rest[-1].bare
        # "DPRK Reconnaissance General Bureau" drops DPRK; "American University" keeps its word
        keep = rest[-1].bare in rules.place_heads  # "Taiwan Taoyuan International Airport"
        # a country's name written out heads a national body's own name ("the Afghanistan
        # Cricket Board", "the Kenya Rugby Union"); its initials only describe one ("DPRK
        # Reconnaissance General Bureau")
        keep = keep or not _initials_word(toks[0].text)
        if head not in rules.generic_bodies and any(t.alias for t in prefix) and not keep:
            found = classify(rest, text, rules, gaz, lower_vocab)
            if found:
                return found
    prev = text[max(0, toks[0].start - 14) : toks[0].start].split()
    if prev and prev[-1].lower() in _COMPANY_NOUNS and len(toks) <= 5:
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]  # "subsidiary Uraloil"
    if len(toks) > 1 and (
        (lows[0] in rules.org_first_words and not _english_head_first(lows, rules))
        or any(" ".join(lows[:n]) in rules.org_prefixes for n in (1, 2, 3, 4))
    ):
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]  # "JSC Almaz-Antey"
    if _broadcaster(toks, text, rules):
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]  # "Radio Kelvo"
    if any(" ".join(lows[:n]) in rules.force_prefixes for n in range(2, min(len(lows), 5))):
        return [Found(toks[0].start, toks[-1].end, "force", name)]  # "Task Force Kelvo"
    last = lows[-1] if not lows[-1].isdigit() or len(lows) < 2 else lows[-2]  # "Office 39"
    if last.startswith("sub-") and last[4:] in rules.place_heads:
        last = last[4:]  # "Tiaty Sub-County", "Kelvo Sub-District": a unit under a unit
    of_at = next((i for i, low in enumerate(lows[1:-1], 1) if low in {"of", "for"}), -1)
    if len(toks) > 1 and last not in rules.place_heads and last[:-1] in rules.place_heads:
        return []  # "Exclusive Economic Zones": a class of places, not a place
    if of_at > 0 and last in rules.facility_nouns and lows[of_at - 1] in rules.org_heads:
        # "the Administration of the Specialist Hospital 12": a body of a named facility
        rest = toks[of_at + 1 :]
        while rest and rest[0].low == "the":
            rest = rest[1:]
        if len(rest) > 1:
            return [Found(rest[0].start, rest[-1].end, "place", span_name(rest, text))]
    if (
        of_at >= 2
        and (lows[of_at - 1] in rules.admin_nouns or _area_unit(lows, of_at, rules))
        and last in rules.place_heads
        and len(toks) - of_at > 2
    ):  # "Estra District of North Kalda Zone": a district of a zone, two places; "the
        # Kelvo Division of the South Tarvo Region" an area of a region
        left, right = toks[:of_at], toks[of_at + 1 :]
        while len(right) > 1 and right[0].low == "the":
            right = right[1:]
        return [
            Found(left[0].start, left[-1].end, "place", span_name(left, text)),
            Found(right[0].start, right[-1].end, "place", span_name(right, text)),
        ]
    if (
        of_at >= 2
        and lows[of_at - 1] in _sea_feature_heads()
        and last in rules.place_heads
        and len(toks) - of_at > 2
    ):  # "Xianbin Jiao of Nansha Islands": a reef of an archipelago, two places
        left, right = toks[:of_at], toks[of_at + 1 :]
        while len(right) > 1 and right[0].low == "the":
            right = right[1:]
        if len(right) > 1:
            return [
                Found(left[0].start, left[-1].end, "place", span_name(left, text)),
                Found(right[0].start, right[-1].end, "place", span_name(right, text)),
            ]
    if _mission_station(lows, rules):
        return [Found(toks[0].start, toks[-1].end, "place", name)]  # "Velmora Catholic Mission"
    if (
        _faith_body(lows, rules)
        and not _OWNED.search(text, 0, toks[0].start)
        and not _named_congregation(toks, text, rules, gaz)
    ):
        # "the Serbian Orthodox Church"; "St Mary's Catholic Church" is a building
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]
    if (sites := _facility_sites(toks, text, rules)) is not None:
        return sites  # "the Kelvo Trauma Centre", "the Civil Hospital and Tarvo Trauma Centre"
    if (paired := _name_and_body(toks, text, rules, gaz, lower_vocab)) is not None:
        return paired  # "Uresti and Milenio Television did not comment": two names
    if (paired := _known_and_the(toks, text, rules, gaz, lower_vocab)) is not None:
        return paired  # "Nato and the European Union issued demands": two bodies
    if (
        of_at > 0
        and last in rules.force_heads
        and lows[of_at - 1] not in rules.force_heads
        and lows[of_at - 1] not in rules.titles | rules.roles | rules.core_titles
        and is_cap(toks[of_at - 1])
    ):
        # the head is the word before the linking word (issue 12, rounds armed26, revC26):
        # "the Fraternal Order of Police", "the Ministry of the Armed Forces" are bodies;
        # "the Army of the Kelvo Republic" keeps its armed head, "Chief of Police" its title
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]
    if (
        len(toks) > 1
        and lows[0] not in rules.stop
        and (
            (
                lows[-1] in _body_heads("party_plural_heads")  # "the opposition Social Democrats"
                # "Niger Republicans had voted": the country's people, no party
                and not any(
                    t.type in {"country", "place"}
                    for t in gaz.surfaces.get(span_name(toks[:-1], text), [])
                )
            )
            or (
                toks[-1].bare in _body_heads("firm_heads")  # "Northern Marine Management"
                # "Crisis Management", "Risk Management": one ordinary word before the head
                # names a discipline, no firm (round revB27)
                and not (len(toks) == 2 and toks[0].low in english_words())
            )
            or toks[-1].bare in _body_heads("firm_suffixes")  # "Stena AB"
        )
    ):
        # a party named by its members, a firm by what it does or its company form
        # (``data/body_heads.yaml``; round aliases27)
        return [Found(toks[0].start, toks[-1].end, "organisation", name)]
    if _area_command(toks, rules):
        # "the U.S. Coast Guard District 14", "the Kelvo Army Region": an armed service's
        # command named by its area, a force (round places28a)
        return [Found(toks[0].start, toks[-1].end, "force", name)]
    if len(toks) > 2 and police_body(lows):
        # "the Kelvo Police Service": a police force by its armed head (round aliases27)
        return [Found(toks[0].start, toks[-1].end, "force", name)]
    for heads, etype in (
        (rules.force_heads, "force"),
        (rules.org_heads, "organisation"),
        (rules.place_heads, "place"),
    ):
        pinyin = etype == "place" and last in _pinyin_rules()[0]
        if len(toks) > 1 and (last in heads or (pinyin and not _pinyin_person(toks, text, rules))):
            if last in rules.doc_heads:
                return []
            if etype == "force" and civil_unit(lows):
                etype = "organisation"  # "the Financial Intelligence Unit": no armed unit
            if etype == "place" and market_concept(toks):
                return []  # "the Stock Market", "the EU Single Market": an economy
            if etype == "place" and owned_shop(toks, text):
                return []  # "Anna's Village Bakery": her shop, no named site
            if etype == "place" and unplaced_street(toks, text):
                break  # "the Blood Drive", "Mark Drive said": no street, read on (round revA28)
            if etype == "place" and (numbered := _house_number(toks, text)) is not None:
                return [numbered]  # "7 Kelvo Course Road": the address with its number
            if etype == "place" and (rest := _after_creed(toks, rules)) is not toks:
                return [Found(rest[0].start, toks[-1].end, etype, span_name(rest, text))]
            return [Found(toks[0].start, toks[-1].end, etype, name)]
        if len(toks) > 2 and of_at > 0 and lows[of_at - 1] in heads:
            if lows[of_at - 1] in rules.doc_heads:
                return []
            if " ".join(lows) in place_guards()["head_of_phrases"]:
                return []  # "a State of Emergency (SOE)": a legal condition, not a state
            if etype == "force" and civil_unit(lows[:of_at]):
                etype = "organisation"  # "the Delivery Unit of the Prime Minister's office"
            return [Found(toks[0].start, toks[-1].end, etype, name)]
    if (
        len(toks) == 2
        and lows[0] in rules.doc_heads
        and _name_word(toks[0].text)
        and name_like(toks[1], rules, gaz)
        and _person_cue(toks, text, rules, gaz)
    ):
        return [_person(toks, text)]  # "software founder Bill Gates": a given name of a word
    if last in rules.doc_heads or lows[0] in rules.doc_heads:
        return []
    if (
        len(toks) > 1
        and lows[0] in rules.place_first_words
        and is_cap(toks[1])
        and not {"and", "or"} & set(lows)
    ):
        return [Found(toks[0].start, toks[-1].end, "place", name)]  # "Lake Kivu"
    if len(toks) > 1 and lows[-1] in rules.place_last_words and not {"and", "or"} & set(lows):
        rest = _after_creed(toks, rules)  # "the mostly Muslim Lanao del Sur province"
        return [
            Found(rest[0].start, toks[-1].end, "place", span_name(rest, text))
        ]  # "Lanao del Norte"
    if _ORDINAL.fullmatch(toks[0].text):
        return classify(toks[1:], text, rules, gaz, lower_vocab)  # numbers only for units
    if (
        len(toks) == 2
        and toks[0].low in rules.kunyas
        and toks[0].text[:1].isupper()
        and name_like(toks[1], rules, gaz)
        and _person_cue(toks, text, rules, gaz)
    ):
        return [_person(toks, text)]  # "Abu Tarvel, a spokesman for the police": a kunya
    if len(toks) == 2 and _regnal_person(toks, rules, gaz):
        return [_person(toks, text)]  # "Napoleon III", "Abdullah II": a name and its numeral
    if pair := _shared_surname(toks, text, rules, gaz):
        return pair  # "the brothers Omar and Yasin Haddad": two people of one surname
    if surname_initial_name(toks, rules, gaz) and (
        toks[0].low in rules.given
        or single_name_cue(toks[0].start, toks[-1].end, text, rules)
        or _person_cue(toks, text, rules, gaz)
    ):
        return [_person(toks, text)]  # "Delano G (23)", "Sanne de V.": a court's privacy form
    if (
        is_name(toks, rules, gaz)
        and not locality_before(toks, text)
        and not area_after(toks, text, rules)
        and toks[0].low not in rules.toponym_prefixes
        and not part_of_area(toks, text)
    ):
        named = [t for t in toks if t.low not in rules.particles]
        # "Bradley T. Smith", "A.K. Sarwal": an initial before a surname
        if any(INITIAL.fullmatch(t.text) for t in named[1:-1]) or (
            len(named) == 2 and INITIAL.fullmatch(named[0].text)
        ):
            return [_person(toks, text)]
        # Korean names, surname first: "Ri Chang Ho", "Kim Jong-un"
        korean = lows[0] in rules.korean and all(len(t.text) <= 8 for t in named)
        if korean and (len(named) == 3 or "-" in named[-1].text):
            return [_person(toks, text)]
        # "the Marisol Bravo was seized": a ship or a building named after a person
        the = the_before(text, toks[0].start)
        # "Ylber Tower", "Nika Riots", "Oksana Studio": a building, an event or a firm
        shaped = not the and named[-1].bare not in rules.non_person_heads
        if named[0].low in rules.given and not INITIAL.fullmatch(named[-1].text) and shaped:
            return [_person(toks, text)]  # "Mohammed Deif": a common given name first
        words = [t.text for t in named]
        if shaped and (
            surname_shaped(words, rules)
            or compound_given(words[0], rules)
            or family_name_first(words, rules)
        ):
            return [_person(toks, text)]  # "Gusein Tarkov", "Alireza Tavana", "Tran Van Minh"
        particled = len(named) < len(toks) or any(_PARTICLE_NAME.fullmatch(t.text) for t in named)
        before = text[max(0, toks[0].start - 12) : toks[0].start].split()
        if particled and not (before and before[-1].lower() in LOCATIVE):
            return [_person(toks, text)]  # "Omar al-Bashir", "Hamish de Bretton-Gordon"
        if _person_cue(toks, text, rules, gaz):
            return [_person(toks, text)]  # "Name Surname said", "lawyer Name Surname"
    if (
        len(toks) >= 3
        and toks[0].text in gaz.surfaces
        and is_name(toks[1:], rules, gaz)
        and office_place_before(text, toks[0].start, rules)
    ):
        return [_person(toks[1:], text)]  # "senior adviser for Africa Tomas Breli"
    if (
        len(toks) == 1
        and toks[0].text[:1].isupper()
        and toks[0].low in _body_heads("one_word_bodies")
        and not _POSSESSIVE_BEFORE.search(text, max(0, toks[0].start - 4), toks[0].start)
        and not _rank_body(toks[0].bare, _next_word(text, toks[0].end), rules)
    ):
        # "Parliament has the power", "a vote in the Senate": a body named by its head
        # alone (``one_word_bodies`` of ``data/body_heads.yaml``; round persons28)
        return [Found(toks[0].start, toks[0].end, "organisation", toks[0].text)]
    if len(toks) == 1 and name_like(toks[0], rules, gaz):
        before = text[max(0, toks[0].start - 16) : toks[0].start].split()
        if before and before[-1].lower().strip(",") in rules.kin:
            return [_person(toks, text)]  # "his wife Grace"
        if _owned_by_person(toks[0], text, rules) and _one_name(toks[0], text, lower_vocab):
            return [_person(toks, text)]  # "Franco's dictatorship", "Tarvel's widow"
        if before and before[-1] in rules.one_name_roles and _one_name(toks[0], text, lower_vocab):
            return [_person(toks, text)]  # "rebel leader Korvu said", "commander Tarvok"
        if single_name_cue(toks[0].start, toks[0].end, text, rules) and (
            not of_origin(toks[0].text, rules) or name_in_brackets(text, toks[0].end)
        ):
            return [_person(toks, text)]  # "identified as Rahim", "Neda, a teacher"
        if listed_one_name(toks[0], text, rules, lower_vocab):
            return [_person(toks, text)]  # "the slain policemen, Asif, Bilal and Naeem"
        if (
            passive_after(text, toks[0].end, rules, singular=True)
            and _one_name(toks[0], text, lower_vocab)
            and not of_origin(toks[0].text, rules)
            and not the_before(text, toks[0].start)  # "the Falcon was detained": a ship
            and (
                not opens_sentence(text, toks[0].start)
                or _known_one_name(toks[0], rules)
                or person_only_passive(text, toks[0].end, rules)
            )
        ):
            return [_person(toks, text)]  # "Sivaram was abducted"
    if _caps_surname(toks, text, rules, gaz, lower_vocab):
        return [_person(toks, text)]  # "Ousmane SONKO": a surname in capitals
    singles = _single_names(toks, rules, gaz)
    if singles and single_name_cue(toks[0].start, toks[0].end, text, rules):
        return [_person([t], text) for t in singles]  # "his two sons, Omar and Yasin"
    if caps_name_after_title([t.text for t in toks], toks[0].start, text, rules, gaz):
        return [_person(toks, text)]  # "ex-minister GERALDO MATIAS"
    return []


# right after a name: an age set off by commas ("Jose Cartel, 41,") or a role noun in
# apposition ("Tom Cartel, a farmer")
_AGE_SET_OFF = re.compile(r",\s+\d{1,3}\s*[,;.)]")
_ROLE_SET_OFF = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s*[,;.)]")


def _headed_surname(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[Found]:
    """A person whose surname is an organisation's head word (``organisation_heads`` of
    ``data/entity_rules.yaml``: "Cartel", "Alliance", "Cooperation") when a person's sign
    says so: a role noun or a core title right before the name ("Judge Maria Cartel",
    "Farmer Lena Cooperation", "defence lawyer Paul Cartel"; not an ``eponym_titles``
    title: "King Hussein Foundation" is a body named after a king), or an age or a role
    noun set off by commas right after it ("Jose Cartel, 41, a mechanic"). The name is two
    or three words, the ones before the head name-like and no ordinary English word unless
    a given name ("Special Operations Group" is none); what stands before the role noun is
    read on its own. Empty otherwise (then the head word types the name: "Habib Bank
    said")."""
    if len(toks) < 2 or toks[-1].bare not in rules.org_heads or toks[-1].text[1:] == "":
        return []
    after = text[toks[-1].end : toks[-1].end + 60]
    offices = (rules.roles | rules.core_titles) - _eponym_titles()
    lower = _WORD_BEFORE.search(text, max(0, toks[0].start - 30), toks[0].start)
    for n in (2, 3):
        k = len(toks) - n
        if k < 0:
            break
        name = toks[k:]
        if not all(
            name_like(t, rules, gaz)
            and t.low not in rules.titles
            and (t.low in rules.given or not {t.low, singular(t.low)} & english_words())
            for t in name[:-1]
        ):
            continue  # "Kiroba Anglican Mission, a nurse said": no name before the head
        role = (k >= 1 and toks[k - 1].low in offices) or (
            k == 0 and lower is not None and lower.group(1) in offices
        )  # "Judge Maria Cartel", "defence lawyer Paul Cartel"
        role_after = _ROLE_SET_OFF.match(after)
        set_off = k == 0 and (
            _AGE_SET_OFF.match(after) is not None
            or (role_after is not None and role_after.group(1) in rules.roles)
        )
        if not (role or set_off):
            continue
        before = toks[: k - 1] if k >= 1 else []
        found = classify(before, text, rules, gaz, lower_vocab) if before else []
        return [*found, _person(name, text)]
    return []


_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


@cache
def _eponym_titles() -> frozenset[str]:
    """``eponym_titles`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["eponym_titles"])


@cache
def _english_heads_first() -> frozenset[str]:
    """``english_head_first_words`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(
        str(w).lower() for w in load_data("entity_rules.yaml")["english_head_first_words"]
    )


def _english_head_first(lows: list[str], rules: Rules) -> bool:
    """Whether a run opens with a head-first body word that is also an English word
    ("Cartel") before an English word or its plural ("Cartel Violence Spreads", "Cartel
    Leaders Held", a title in capitals): the English noun, no body ("Cartel del Golfo",
    "Cartel de los Soles", "Cartel Jalisco" stay bodies)."""
    second = lows[1]
    if lows[0] not in _english_heads_first() or second in rules.connectors:
        return False
    return second not in rules.name_links and (
        second in english_words() or singular(second) in english_words()
    )


@cache
def _designation_classes() -> frozenset[str]:
    """``designation_classes`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["designation_classes"])


def designation_class(name: str) -> bool:
    """Whether ``name`` is the class of a legal designation ("Foreign Terrorist
    Organizations", "Specially Designated Global Terrorist"), singular or plural."""
    low = " ".join(name.lower().split())
    return low in _designation_classes() or (
        low.endswith("s") and low[:-1] in _designation_classes()
    )


def _members_of(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[Found] | None:
    """The body a sentence opens on the members of: "Members of the Gulf Cartel", "Leaders
    of the Kelvo Alliance" (a plural ordinary word, "of", the body typed by its own head word
    and spanning the rest of the run); an empty list when that body is a gazetteer body's
    name (the gazetteer finds it, not the run). None otherwise ("Friends of the Earth" is kept
    whole: "Earth" is no body)."""
    if len(toks) < 3 or toks[1].low != "of" or not toks[0].low.endswith("s"):
        return None
    if not (_ordinary(toks[0].low) or _ordinary(singular(toks[0].low))):
        return None
    heads = rules.org_heads | rules.force_heads | rules.place_heads
    if toks[0].bare in heads or toks[0].text in gaz.surfaces:
        return None
    rest = toks[2:]
    while rest and rest[0].low == "the":
        rest = rest[1:]
    if len(rest) < 2:
        return None
    if any(
        t.type in {"organisation", "force"} for t in gaz.surfaces.get(span_name(rest, text), [])
    ):
        return []  # "Members of the Wagner Group": the gazetteer's body
    found = classify(rest, text, rules, gaz, lower_vocab)
    if (
        len(found) == 1
        and found[0].type in {"organisation", "force"}
        and (found[0].start, found[0].end) == (rest[0].start, rest[-1].end)
    ):
        return found
    return None


@cache
def regnal_names() -> frozenset[str]:
    """The lower-case names of ``regnal_names`` in ``data/given_names.yaml``: names
    monarchs and popes reign under ("louis", "leo")."""
    return frozenset(str(w).lower() for w in load_data("given_names.yaml")["regnal_names"])


@cache
def _initials_word(word: str) -> bool:
    """Whether ``word`` is written in initials: "DPRK", "U.S.", "PRC" (not "Kenya")."""
    letters = word.replace(".", "")
    return letters.isalpha() and letters.isupper()


def _country_given_names() -> frozenset[str]:
    """``country_given_names`` of ``data/given_names.yaml``, lower case: given names that
    are also a country's name ("israel", "jordan")."""
    return frozenset(str(w).lower() for w in load_data("given_names.yaml")["country_given_names"])


def _country_given_person(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> bool:
    """Whether ``toks`` are a given name that is also a country's name and one surname
    after it, with a person's cue around them (:func:`_person_cue`: "Israel Katz said",
    "Jordan Bardella, the party's leader,"), or any country's name so used right after a
    lower-case role noun ("protest leader Niger Kelmani", "the lawyer Mali Tarvoni": the
    role tells a person's given name; round ents24): not "Israel Defense" of a body, nor a
    word the sources write in lower case, nor a word's plural ("Georgia Republicans said")."""
    return (
        len(toks) == 2
        and (
            toks[0].low in _country_given_names() or _lower_role_before(text, toks[0].start, rules)
        )
        and name_like(toks[1], rules, gaz)
        and toks[1].low not in lower_vocab
        and toks[1].low not in english_words()
        # a plural of a word ("Georgia Republicans", "Jordan Greens"): the people of a body
        # or a place, never one person's surname
        and singular(toks[1].low) not in english_words()
        and _person_cue(toks, text, rules, gaz)
    )


def _common_word_before_person(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether the run ``toks`` opening a sentence is a role noun of ``roles`` (no title)
    and two name words that a person's cue follows: "Supporter Ana Kelvo said", "Voter Ida
    Tarvoni told" (the role in capitals, the person the two words after it). A title
    ("Senator Ana Kelvo", read as such), a given name that is an English word ("Hope Tarvoni
    Kelmani said": no role) and English words after it ("Human Rights Watch said") keep the
    run (round ents24)."""
    first, rest = toks[0], toks[1:]
    return (
        len(rest) == 2
        and first.low in rules.roles
        and first.low not in rules.given | rules.titles | rules.stop
        and first.text not in gaz.surfaces
        and not any(
            (t.low in english_words() and t.low not in rules.given) or t.text in gaz.surfaces
            for t in rest
        )
        and all(name_like(t, rules, gaz) for t in rest)
        and _person_cue(rest, text, rules, gaz)
    )


# the lower-case word right before a run
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")


def _lower_role_before(text: str, start: int, rules: Rules) -> bool:
    """Whether a lower-case role noun of ``roles`` in the singular stands right before
    ``start``: "protest leader X", "the lawyer X" (not "Lawyer X" opening the sentence, a run
    of its own, nor a plural: "the mercenaries Libya Kelvo hired", "the refugees Sudan Kelvo
    camp houses" tell several people, no one's given name; revA24)."""
    m = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group(1) not in rules.roles:
        return False
    one = singular(m.group(1))
    return one == m.group(1) or one not in rules.roles


# an office over a list of portfolios, the run read last: "the Minister of Home Affairs,
# Immigration, Safety and " before "Security Peter Kelvani"
_PORTFOLIOS_BEFORE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
    r"(?:,\s+[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3})*,\s+$"
)


# an office in lower case, its last word a title, right before a run that opens with its
# portfolio: "the deputy-minister of Security", "the minister for Public Works"; the title
# may hold a department of its own before "for" ("the assistant secretary of state for the
# Horn of Africa", "the deputy secretary of defense for the Southern Hemisphere")
_LOWER_OFFICE_BEFORE = re.compile(
    r"(?<![\w-])(?:[a-z]+-)?([a-z]+)(?:\s+of\s+[a-z]+(?=\s+for\s))?\s+(?:of|for)\s+(?:the\s+)?$"
)


def _portfolio_holder(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> Found | None:
    """The person closing a run that ends the list of portfolios of an office in title
    case ("the Minister of Home Affairs, Immigration, Safety and Security Peter Kelvani":
    Peter Kelvani) or after an office in lower case ("the deputy-minister of Security Ana
    Ruiz Lemus"), or None: the office is a title of ``titles`` (in lower case, of
    ``core_titles``), the words of the run before the name are ordinary English words, the
    name two or three name words."""
    m = _PORTFOLIOS_BEFORE.search(text, max(0, toks[0].start - 120), toks[0].start)
    lower = _LOWER_OFFICE_BEFORE.search(text, max(0, toks[0].start - 60), toks[0].start)
    area = _area_prefix(toks, text, gaz)
    if (
        lower is not None
        and lower.group(1) in rules.core_titles
        and not any(t.bare in rules.org_heads or t.low in {"of", "the"} for t in toks[area:])
    ):
        pass  # "the deputy-minister of Security Ana Ruiz" (not "president of the Association
        # of Kelvo Families": a body's name)
    elif m is None or m.group(1).lower() not in rules.titles:
        return None

    def plain(t: Tok) -> bool:  # an English word, or its plural ("Affairs", "Rights")
        return t.low in english_words() or singular(t.low) in english_words()

    for n in (2, 3):
        head, tail = toks[:-n], toks[-n:]
        if n == 2 and head and head[-1].low in rules.given:
            continue  # "of Security Ana Ruiz Lemus": the given name opens the name
        if (
            head
            and (
                all(plain(t) or t.low in {"and", "of"} for t in head)
                or (lower is not None and area == len(head))  # "for the Horn of Africa"
            )
            and is_name(tail, rules, gaz)
            and (tail[0].low in rules.given or not plain(tail[0]))
            and tail[-1].low not in english_words()
        ):
            return _person(tail, text)
    return None


def _area_prefix(toks: list[Tok], text: str, gaz: Gazetteer) -> int:
    """How many words open ``toks`` as a place or country the gazetteer knows, the
    longest such prefix short of the whole run ("Horn of Africa" in "Horn of Africa Anna
    Kovalenko": 3), or 0: the area of an office's portfolio before its holder's name."""
    for k in range(len(toks) - 1, 0, -1):
        entries = gaz.surfaces.get(span_name(toks[:k], text), ())
        if any(e.type in {"place", "country"} for e in entries):
            return k
    return 0


def _country_surname_person(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` are a known given name and a country's name as the surname, with a
    person's cue around them (:func:`_person_cue`): "Omar Sweden, a 31-year-old resident of
    X", "Ali Chad said". Not a given name that is an English word ("Will Jordan")."""
    return (
        len(toks) == 2
        and toks[0].low in rules.given
        and toks[0].low not in english_words()
        and not any(t.type == "country" for t in gaz.surfaces.get(toks[0].text, []))
        and any(t.type == "country" and t.alias for t in gaz.surfaces.get(toks[1].text, []))
        and _person_cue(toks, text, rules, gaz)
    )


def _known_new_place(toks: list[Tok], text: str, gaz: Gazetteer) -> bool:
    """Whether ``toks`` open with a capitalised "New" (not the sentence's first word) and
    name whole a place the gazetteer, the city index or the area index knows ("New
    Providence", "New Kelvo"): the word is the name's own, not an adjective to drop."""
    if len(toks) < 2 or toks[0].text != "New" or opens_sentence(text, toks[0].start):
        return False
    name = span_name(toks, text)
    key = place_key(name)
    places = [t for t in gaz.surfaces.get(name, ()) if t.type == "place"]
    return bool(places or city_index().get(key) or area_index().get(key))


def _regnal_person(toks: list[Tok], rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` are one name and a regnal numeral: "Napoleon III", "Abdullah II"
    (a given name of ``data/given_names.yaml`` or one of its ``regnal_names``); not a
    numbered war, phase or council ("World War II", "Stage II", "Vatican II")."""
    first, numeral = toks
    return (
        REGNAL.fullmatch(numeral.text) is not None
        and (first.low in rules.given or first.low in regnal_names())
        and name_like(first, rules, gaz)
    )


@cache
def english_words() -> frozenset[str]:
    """The ordinary English words of ``data/ordinary_words.yaml`` ("words"), lower case; the
    same list :func:`briefbook.analysis.place_names.ordinary_words` reads (with the
    capitalised holidays), loaded here since place_names imports this module."""
    return frozenset(str(w).lower() for w in load_data("ordinary_words.yaml")["words"])


@cache
def _pinyin_rules() -> tuple[frozenset[str], frozenset[str]]:
    """The pinyin place heads and the words of the sea (``pinyin_place_heads``,
    ``sea_words`` of ``data/entity_rules.yaml``), lower case."""
    d = load_data("entity_rules.yaml")
    return (
        frozenset(str(w).lower() for w in d["pinyin_place_heads"]),
        frozenset(str(w).lower() for w in d["sea_words"]),
    )


@cache
def _sea_feature_heads() -> frozenset[str]:
    """The heads of a feature of the sea that "of" may place in a group of islands
    (``sea_feature_heads`` of ``data/entity_rules.yaml``), lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["sea_feature_heads"])


# a naming aside right before a name: "which Beijing calls X", "refer to the reef as X"
_NAMED_BEFORE = re.compile(r"\b(?:calls?|called|named|names|as)\s+$", re.I)


def pinyin_place_heads() -> frozenset[str]:
    """The heads of Chinese place names in pinyin that are also given names ("jiao", "dao":
    ``pinyin_place_heads`` of ``data/entity_rules.yaml``), lower case."""
    return _pinyin_rules()[0]


def _pinyin_person(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether the name ``toks``, ending in a pinyin place head that is also a given name
    ("Jiao", "Dao": :func:`_pinyin_rules`), is no place: without a naming aside before it
    or a word of the sea in its sentence, or after a title or a role, or before a speech
    verb ("spokesperson Wang Jiao said", "Lieutenant Tran Van Dao")."""
    sea = _pinyin_rules()[1]
    start = toks[0].start
    before = text[max(0, start - 40) : start].split()
    word = before[-1].lower().strip(",:.") if before else ""
    if word in rules.titles or word in rules.roles or _person_cue(toks, text, rules):
        return True
    if _NAMED_BEFORE.search(text, max(0, start - 12), start):
        return False
    return not {w.lower().strip(".,;:'\"()") for w in text.split()} & sea


def _ordinary(word: str) -> bool:
    """Whether the lower-case ``word`` is an ordinary English word (:func:`english_words`)."""
    return word in english_words()


def _ranks(word: Tok, tail: list[Tok], rules: Rules) -> bool:
    """Whether ``word`` is a core title in the plural before a full name, the first of a
    list of that rank: "Staff Sergeants Ana Ruiz, 39 and ...", "Colonels Ana Ruiz and X"."""
    low = word.low
    return len(tail) >= 2 and low.endswith("s") and low[:-1] in rules.core_titles


def _plain_rank(word: Tok, tail: list[Tok]) -> bool:
    """Whether ``word`` is a rank that is also an ordinary word ("Private", "Airman") before
    a full name: two or more words, none an ordinary lower-case word ("Private Jonel
    Marun", not "Private Security Company")."""
    return (
        word.low in place_guards()["plain_ranks"]
        and len(tail) >= 2
        and not any(_ordinary(t.bare) or t.low in ("and", "of", "the") for t in tail)
    )


def _class_rank(before: list[Tok], rules: Rules) -> bool:
    """Whether ``before`` ends on a rank and its class ordinal, the word "Class" after it:
    "Sergeant First", "Privates First", "Airman Second" (of "... Class X")."""
    if len(before) < 2 or before[-1].low not in place_guards()["class_ordinals"]:
        return False
    rank = before[-2].low
    return rank in rules.titles or rank.removesuffix("s") in rules.titles or rank in rules.roles


def _role_pair(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> list[Found]:
    """Two people coordinated after a plural role noun: "constables Belmin Orush and Kesto
    Varnad (of the unit)" -> both; empty unless a lower-case role noun stands right before
    ``toks`` and each side of the one "and" is a personal name."""
    ands = [j for j, t in enumerate(toks) if t.low == "and"]
    if len(ands) != 1 or not 2 <= ands[0] <= len(toks) - 3:
        return []
    before = text[max(0, toks[0].start - 24) : toks[0].start].split()
    if not before or before[-1] not in rules.roles or not before[-1].endswith("s"):
        return []
    left, right = toks[: ands[0]], toks[ands[0] + 1 :]
    if not (is_name(left, rules, gaz) and is_name(right, rules, gaz)):
        return []
    return [_person(left, text), _person(right, text)]


def _name_and_one(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> list[Found]:
    """A full name and a one-word name joined by "and", the pair in a person's context:
    "the police arrested Sayed Rahimi and Mustafa" -> both, and the one-word name first in a
    list of people ("identified as X, Kedo and Ana Ruiz"); empty for any other run."""
    one = toks[0]
    if len(toks) >= 4 and toks[1].low == "and" and name_like(one, rules, gaz):
        right = toks[2:]
        if is_name(right, rules, gaz) and in_people_list(text, one.start):
            return [_person(toks[:1], text), _person(right, text)]
    if len(toks) < 4 or toks[-2].low != "and" or not name_like(toks[-1], rules, gaz):
        return []
    left = toks[:-2]
    if not (is_name(left, rules, gaz) or (len(left) == 2 and _title_given(left, 0, rules))):
        return []
    if not _person_cue(toks, text, rules, gaz):
        return []
    return [_person(left, text), _person(toks[-1:], text)]


def _one_name(tok: Tok, text: str, lower_vocab: frozenset[str]) -> bool:
    """Whether a capitalised word after a leadership role noun is a person's one name: no
    common word of the sources, no town of 100,000 people or more, no first-level area of a
    country ("the governor of Helmand has been killed": the province; :func:`area_index`),
    and not followed by a capitalised word or a possessive's noun ("commander Tarvok's men"
    is still Tarvok)."""
    if tok.bare in lower_vocab or not tok.text[1:].islower():
        return False
    row = city_index().row(place_key(tok.bare))
    if row and row[1] >= 100_000:
        return False
    if area_index().get(place_key(tok.bare)):
        return False
    return re.match(r"\s+[A-Z]", text[tok.end :]) is None


def listed_one_name(tok: Tok, text: str, rules: Rules, lower_vocab: frozenset[str]) -> bool:
    """Whether the one word ``tok`` is a person's name as an item of a list of people
    (:func:`in_people_list`: "the slain policemen, Asif, Bilal and X"): a one-word name
    (:func:`_one_name`; a town of 100,000 people or more only when it is a known given name,
    "Kamran"), no people or faith ("Sikhs", "Hazara"), no weekday, month or possessive
    ("the dead were Thursday's commuters") and no word qualifying a group, role or staff
    noun after it or after the list ("Lashkar and Jaish members", "Corvane employees";
    :func:`qualifies_noun`)."""
    if not in_people_list(text, tok.start) or tok.bare.lower() in calendar_words():
        return False  # "the dead were Thursday's commuters"
    if re.match(r"['\u2019]s\b", text[tok.end - 2 : tok.end + 2]) or re.match(
        r"['\u2019]s\b", text[tok.end :]
    ):
        return False  # a possessive qualifies what the list names: "were Monday's riders"
    given = (
        tok.low in rules.given
        and tok.text[1:].islower()
        and tok.bare not in lower_vocab
        and not re.match(r"\s+[A-Z]", text[tok.end :])
    )
    if not (given or _one_name(tok, text, lower_vocab)):
        return False  # "Ana Ruiz, Kabul and Herat": a city, unless a given name ("Kamran")
    if tok.bare in rules.peoples or tok.bare[:-1] in rules.peoples:
        return False
    if of_origin(tok.text, rules) and tok.low not in rules.given:
        return False  # "Afghan", not "Kamran"
    # no noun of people after it or after the list: "Lashkar and Jaish members", "the
    # injured were Rovers fans"
    return not any(qualifies_noun(text, end, rules) for end in (tok.end, list_end(text, tok.end)))


@cache
def _person_possessions() -> frozenset[str]:
    """Nouns that only a person owns (``person_possessions`` of
    ``data/entity_rules.yaml``), lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["person_possessions"])


def _owned_by_person(tok: Tok, text: str, rules: Rules) -> bool:
    """Whether the one word ``tok`` is in the possessive before a noun that only a person
    owns, an adjective or two between: "Franco's dictatorship", "Tarvel's young widow"
    (``person_possessions`` and the kin nouns); not after "the" ("the Falcon's crew")."""
    if not tok.text.endswith(("'s", "\u2019s")) or the_before(text, tok.start):
        return False
    if tok.bare in calendar_words():
        return False  # a day's or a month's: "Friday's funeral"
    m = re.match(r"(?:\s+[a-z-]+\b){1,3}", text[tok.end :])
    owned = m.group(0).split() if m else []
    return any(w in _person_possessions() or w in rules.kin for w in owned)


def opens_sentence(text: str, start: int) -> bool:
    """Whether the run at offset ``start`` of ``text`` opens its sentence: only quotes,
    brackets and list marks stand before it."""
    return text[:start].strip(" \"'([*_#-") == ""


def _known_one_name(tok: Tok, rules: Rules) -> bool:
    """Whether one word is a person's name by itself: a known given name ("Oksana"), two
    joined ("Alireza") or a surname's ending ("Tokhtarbayev"); a word opening a sentence
    before "was arrested" is as often a common word or a ship's name ("Later", "Falcon")."""
    return (
        tok.low in rules.given or compound_given(tok.text, rules) or surname_word(tok.text, rules)
    )


def _caps_surname(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> bool:
    """Whether ``toks`` are given names and then a surname in capitals, as French and
    West African reporting writes them ("Ousmane SONKO", "Marie-Claire BADO"): the first
    a known given name or after a person cue, the surname four letters or more."""
    if not 2 <= len(toks) <= 3:
        return False
    last = toks[-1].text
    if not (last.isalpha() and last.isupper() and len(last) >= 4) or last in gaz.surfaces:
        return False
    if last.lower() in lower_vocab or last.lower() in rules.stop:
        return False  # "NOTE", "UPDATE": a word of the text in capitals
    if not all(name_like(t, rules, gaz) for t in toks[:-1]):
        return False
    return toks[0].low in rules.given or _person_cue(toks, text, rules)


def _single_names(toks: list[Tok], rules: Rules, gaz: Gazetteer) -> list[Tok]:
    """The names of a run of one-word names joined by "and"/"or" ("Nasrin and Fatema");
    empty for any other run."""
    if len(toks) != 3 or toks[1].low not in {"and", "or"}:
        return []
    names = [toks[0], toks[2]]
    return names if all(name_like(t, rules, gaz) or _given_title(t, rules) for t in names) else []


def _given_title(tok: Tok, rules: Rules) -> bool:
    """Whether ``tok`` is a capitalised title that is also a common given name ("Amir",
    "Sultan"): a name where nothing follows for it to title ("Amir and Karim")."""
    return tok.low in rules.titles and tok.low in rules.given and tok.text[:1].isupper()


def _body_of_place(toks: list[Tok], rules: Rules) -> bool:
    """Whether a word of ``toks`` joins a body's head word to a capitalised name by a hyphen:
    "Office-Karsa", "Institute-Valmora" (not at the start: "Command-Led" is no name)."""
    heads = rules.org_heads | rules.force_heads
    for t in toks[1:]:
        head, dash, tail = t.text.partition("-")
        if dash and head.lower() in heads and tail[:1].isupper():
            return True
    return False


@cache
def _group_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """``club_heads``, ``club_heads_after_names``, ``hacking_group_heads`` and
    ``hacking_group_surname_heads`` of ``data/entity_rules.yaml``, lower case."""
    data = load_data("entity_rules.yaml")
    keys = ("club_heads", "club_heads_after_names", "hacking_group_heads")
    return tuple(  # type: ignore[return-value]
        frozenset(str(w).lower() for w in data[key])
        for key in (*keys, "hacking_group_surname_heads")
    )


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _club_or_hacking_group(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` are two to four capitalised words ending in the head of a sports
    club's name, or two ending in the head of a hacking group's ("Kelvo Chiefs", "Tovarsk
    Wanderers", "Amber Typhoon"; ``club_heads``, ``hacking_group_heads`` of
    ``data/entity_rules.yaml``): an organisation. Not a given name and a singular club head
    ("John United"), a club head after a people's name or a demonym ("Somali Pirates",
    "Yoruba Chiefs"), a storm named after its class ("Typhoon Kelvo", "Super Typhoon
    Kelvo"), a name before a system's noun ("Eurofighter Typhoon jets"), an operation's name
    ("Operation Tempest", "Operation Winter Tempest"), a force's aircraft ("a Royal Air Force
    Typhoon"), a given name and a head that is also a surname ("Anna Tempest":
    ``hacking_group_surname_heads``), nor a club head after an English word, a title or a
    body's word ("the Service Chiefs", "Tribal Chiefs")."""
    if not 2 <= len(toks) <= 4 or not all(t.text[:1].isupper() for t in toks):
        return False
    clubs, clubs_after_names, hackers, surname_heads = _group_heads()
    last, before = toks[-1].bare, toks[-2].bare
    if last in clubs | clubs_after_names:
        # an English word, a title or a body's word before the head names people or
        # things, no club: "the Service Chiefs", "Tribal Chiefs", "Land Rovers"; so does a
        # people's name or a demonym: "Somali Pirates", "Yoruba Chiefs"
        common = rules.titles | rules.roles | rules.org_heads | rules.force_heads
        if before in english_words() or before in common or before in rules.peoples:
            return False
        if toks[-2].text in gaz.adjectives:
            return False
        return last in clubs or before not in rules.given
    if len(toks) != 2 or last not in hackers or before in hackers:
        return False  # "Operation Winter Tempest", "a Royal Air Force Typhoon": no scheme's
    if before in rules.doc_heads or (last in surname_heads and before in rules.given):
        return False  # "Operation Tempest"; "Anna Tempest", a person
    after = _WORD_AFTER.match(text, toks[-1].end)
    return not (after and after.group(1) in rules.system_heads) and toks[0].low not in {
        "super",
        "tropical",
    }


def vessel_before(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether a lower-case vessel noun stands right before ``toks``: "the tanker X", "the
    cargo ship X" (``vessel_nouns``)."""
    words = text[max(0, toks[0].start - 16) : toks[0].start].split()
    return (
        bool(words)
        and text[toks[0].start - 1 : toks[0].start].isspace()
        and (words[-1] in rules.vessel_nouns)
    )


def admin_prefixed(toks: list[Tok], rules: Rules) -> bool:
    """Whether ``toks`` are an administrative or locality class word and a name: "Barangay
    Tinagasan", "Sitio Kabulnan", "Kampung Batu Lima" (``admin_prefixes``); not a listing
    ("Barangay A and B") nor a body named after the place ("Barangay Tinagasan Council")."""
    return (
        len(toks) > 1
        and toks[0].low in rules.admin_prefixes
        and toks[0].text[:1].isupper()
        and all(is_cap(t) or t.text in rules.name_links for t in toks[1:])
        and not {"and", "or"} & {t.low for t in toks}
        and toks[-1].bare not in rules.org_heads | rules.force_heads
        and not _county_trap(toks, rules)
        and (
            toks[0].low not in rules.short_admin_prefixes
            or (len(toks) == 2 and len(toks[1].bare) >= 5)  # "Ha Ntsoele", not "Ha Van Thanh"
        )
    )


@cache
def place_guards() -> dict[str, frozenset[str]]:
    """The word lists of ``data/place_guards.yaml`` by their key ("county_prefixes",
    "county_names", "co_not_before", "county_not_before", "bearing_body_heads", "an_words",
    "scene_cues"), lower case."""
    return {
        str(k): frozenset(str(w).lower() for w in v)
        for k, v in load_data("place_guards.yaml").items()
    }


def _and_co(toks: list[Tok], rules: Rules) -> bool:
    """Whether ``toks`` are a firm's "X and Co", alone or with a firm's suffix: "Kelvo and
    Co", "Kelvo and Co Limited" (a county's "Co" only opens a county's name)."""
    lows = [t.low for t in toks]
    for i in range(1, len(toks) - 1):
        if lows[i] in {"and", "&"} and lows[i + 1] in {"co", "co."}:
            rest = toks[i + 2 :]
            heads = place_guards()["co_not_before"] | rules.org_suffixes
            return not rest or (len(rest) == 1 and rest[0].bare in heads)
    return False


def _county_trap(toks: list[Tok], rules: Rules) -> bool:
    """Whether a run opening with "Co" or "County" is no county: "Co" before more than one
    word, a role, a firm's suffix or an ordinary word ("Co Founder X", "Co Chair", "Co
    Limited", "Co Op"); "County" before an institution's head ("County Hall"). A county of
    ``county_names`` always passes ("Co Down", "County Durham")."""
    g = place_guards()
    first = toks[0].low
    if first not in g["county_prefixes"] or len(toks) < 2:
        return False
    word = toks[1].bare
    if word in g["county_names"] and len(toks) == 2:
        return False
    if first != "county":
        return (
            len(toks) != 2
            or not toks[1].text[1:].islower()
            or word in g["co_not_before"] | rules.roles | rules.org_heads | rules.org_suffixes
            or word in english_words()
        )
    return word in g["county_not_before"]


# an office whose area is the name after it: "the police chief of X", "the mayor of X"
_JURISDICTION_OF = re.compile(
    r"\b(?:chief|mayor|governor|commissioner|administrator|prefect|head|officials|residents"
    r"|outskirts|town|municipality|district|province)\s+of\s+(?:the\s+)?$"
)
_TOPONYM_LOCATIVE = frozenset({"in", "near", "outside", "into", "at", "across", "nearby", "around"})
# a way through a place, for a name that holds no possessive ("through Sheikh Kelvo", not
# "through Sheikh Kelvo's office")
_TOPONYM_PASSAGE = frozenset({"through", "throughout"})
# a bearing and "of" right before a name: "south of X", "north-east of X" (round places28a)
_BEARING_OF = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest"
    r"|north-east|north-west|south-east|south-west)\s+of\s+$",
    re.IGNORECASE,
)
# the people of a place right after its name: "Sheikh Kelvo residents protested"
_RESIDENTS_AFTER = re.compile(
    r"\s+(?:residents|villagers|inhabitants|neighbourhood|neighborhood)\b"
)


def toponym_cue(toks: list[Tok], text: str) -> bool:
    """Whether the words around ``toks`` put them as a place: a locative preposition ("in",
    "near", "through"), a locality noun ("the town of"), an office of an area ("the police
    chief of") or its people after it ("X residents"); for a name opening with a word that is both a title and the first word of
    town names ("Datu", "Sultan")."""
    start = toks[0].start
    prev = text[max(0, start - 12) : start].split()
    if prev and prev[-1].lower() in _TOPONYM_LOCATIVE:
        return True
    if prev and prev[-1].lower() in _TOPONYM_PASSAGE and not toks[-1].low.endswith("'s"):
        return True
    if _RESIDENTS_AFTER.match(text, toks[-1].end):
        return True
    if _BEARING_OF.search(text, max(0, start - 30), start):
        return True  # "129km south of Prince Rupert": a bearing from a place, never a person
    return locality_before(toks, text) or bool(
        _JURISDICTION_OF.search(text, max(0, start - 40), start)
    )


def titled_town(toks: list[Tok], text: str, rules: Rules) -> bool:
    """Whether a run opening with a title is a town of the city index after a locative cue:
    "in Sheikh Zuwayed", "near Sidi Bouzid" (the whole name a town in any transliteration,
    :func:`~briefbook.analysis.variants.city_variant`), not the titled person."""
    if len(toks) < 2 or not (toks[0].low in rules.titles or toks[0].low in rules.name_titles):
        return False
    if not toponym_cue(toks, text):
        return False
    name = " ".join(t.text for t in toks)
    key = place_key(name)
    return bool(city_index().get(key)) or city_variant(name) is not None


_OWNED = re.compile(r"['’]s\s+$")  # a possessive right before a name: "St Mary's ..."


def _faith_body(lows: list[str], rules: Rules) -> bool:
    """Whether a name is a church as a body, an organisation: a faith word right before its
    head ("Serbian Orthodox Church", "Catholic Church"; data/entity_rules.yaml
    ``faith_bodies``), with no saint naming a building ("St Mary's Catholic Church")."""
    if len(lows) < 2 or lows[-1] not in rules.faith_bodies or lows[-2] not in rules.faith_words:
        return False
    return not any(w in {"st", "st.", "saint", "sainte"} or w.endswith("'s") for w in lows)


# a locative of a site; not "from" or "to", which a body's people, gifts and words take too
# ("Leaders from the Velmora Baptist Church", "a letter to the Velmora Baptist Church")
_AT_SITE = re.compile(r"\b(?:at|in|inside|outside|near|into)\s+(?:the\s+)?$")


def _named_congregation(toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer) -> bool:
    """Whether a church named by its faith ("... Baptist Church") is one church, a building:
    a locative right before it ("held at Ridgeways Baptist Church", "gathered at Velmora
    Methodist Church") and a name of its own before the faith words (a place or founder's
    name: no faith word, no people's or country's adjective, no ordinary English word).
    "The Serbian Orthodox Church", "the United Methodist Church", "the Lomiran Apostolic
    Church called for calm" (no locative: a people's adjective no list knows) stay the
    bodies."""
    if not _AT_SITE.search(text, max(0, toks[0].start - 12), toks[0].start):
        return False
    words = toks[:-1]
    while words and words[-1].low in rules.faith_words:
        words = words[:-1]
    if not words:
        return False
    return all(
        t.text[:1].isupper()
        and t.low not in rules.faith_words
        and t.text not in gaz.adjectives
        and not any(x.type == "country" for x in gaz.surfaces.get(t.text, ()))
        and t.low not in english_words()
        and t.low not in rules.stop
        for t in words
    )


def _mission_station(lows: list[str], rules: Rules) -> bool:
    """Whether a name is a church mission station, a place: "Velmora Catholic Mission",
    "Missao Catolica de Velmora" (a mission word beside a denomination word)."""
    if len(lows) < 2:
        return False
    return (lows[-1] in rules.mission_words and lows[-2] in rules.faith_words) or (
        lows[0] in rules.mission_words and lows[1] in rules.faith_words
    )


def weapon_system(toks: list[Tok], text: str, rules_: Rules, gaz: Gazetteer) -> Found | None:
    """A named weapon system: "the Garpiya series", "Shahed drones", "Kh-101 missiles"."""
    owners = [i for i, t in enumerate(toks) if t.low.endswith("'s")]
    toks = toks[owners[-1] + 1 :] if owners else toks  # "Russia's Garpiya"
    while toks and any(t.type == "country" for t in gaz.surfaces.get(toks[0].text, [])):
        toks = toks[1:]  # "Indian Rafale"
    if not toks or len(toks) > 2 or not all(is_cap(t) for t in toks):
        return None
    if toks[0].low in rules_.stop or opens_sentence(text, toks[0].start):
        return None
    heads = rules_.org_heads | rules_.force_heads | rules_.place_heads
    name = span_name(toks, text)
    if name in gaz.surfaces or any(t.bare in heads for t in toks):
        return None
    m = re.match(r"(?:\s+[a-z][a-z-]*){1,6}", text[toks[-1].end :])
    words = m.group(0).split() if m else []
    if words and words[0] in rules_.group_nouns and any(of_origin(t.text, rules_) for t in toks):
        return None  # "Islamist fighters": people, not aircraft
    if not words or not (
        words[0] in rules_.system_heads
        or (words[0] == "series" and any(w in rules_.system_heads for w in words[1:]))
    ):
        return None
    return Found(toks[0].start, toks[-1].end, "weapon", name)
