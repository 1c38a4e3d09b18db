"""Named entities of a document set: people, organisations, countries, places, forces, weapons.

Two passes, no model:

1. *Discovery*: capitalised sequences of every sentence are typed by generic rules (head
   words such as Bank/Ministry -> organisation, Brigade/Army -> force, titles such as
   President before a name, Korean three-part names, "X said" -> person); a short form in
   parentheses after a name ("Golden Triangle Bank (GTB)", "Ri Chang Ho (Ri)") becomes an
   alias. The gazetteer (``data/gazetteer.yaml``) adds countries with their demonyms and
   alternative names, places, well-known organisations, forces and weapon systems.
2. *Counting*: every surface form (names, aliases, unambiguous surnames, spelling variants)
   is matched in every sentence, longest first; each match is one mention.

Decisions: capitals are places of their own ("Pyongyang" is not North Korea); a demonym
("North Korean") counts as a mention of its country but is not an alias; "North Korean
troops" is also a mention of the force "North Korean forces"; a short form in parentheses
that is a word of the name ("Kim") is an alias only in that document, from its definition on.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from briefbook.data import load_data
from briefbook.model import Document, Entity
from briefbook.text import CURLY_QUOTES, alternation, blank_urls

_APOS = {**CURLY_QUOTES, ord("*"): ord(" ")}
# A word token: letters/digits with inner . & ' - ; a trailing period only in abbreviations.
_WORD = re.compile(r"(?:[A-Z]\.){2,}(?:-[\w]+)?|[^\W_][\w&'.-]*[\w']|[^\W_]\.?")
_ABBREV = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
_PAREN = re.compile(r"\s*\(([^()]{1,40})\)")
_CODE = re.compile(r"(?<![\w.-])([A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?)(?![\w-])")
_CODE_EXCLUDE = frozenset({"COVID", "G", "H", "P", "SARS", "MERS", "N", "E", "A", "B", "C", "Q"})


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


# --- lexicons -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    key: str  # entity key
    type: str
    alias: bool  # whether the surface is a name of it (False for demonyms, possessors)


@dataclass
class _Gazetteer:
    surfaces: dict[str, list[_Target]]  # case-sensitive surface -> targets
    lower_surfaces: dict[str, list[_Target]]  # lower-case class names ("drones")
    names: dict[str, tuple[str, str]]  # key -> (canonical name, type)
    adjectives: dict[str, tuple[str, str]]  # "DPRK" -> ("North Korean forces", country key)
    lower_regex: re.Pattern[str]
    patterns: list[tuple[re.Pattern[str], _Target]]
    demonym_force: re.Pattern[str]


@dataclass(frozen=True)
class _Rules:
    org_heads: frozenset[str]
    org_suffixes: frozenset[str]
    force_heads: frozenset[str]
    place_heads: frozenset[str]
    doc_heads: frozenset[str]
    system_heads: frozenset[str]
    titles: frozenset[str]
    core_titles: frozenset[str]
    speech: frozenset[str]
    stop: frozenset[str]
    connectors: frozenset[str]
    korean: frozenset[str]
    generic_bodies: frozenset[str]


def _low(items: list[object]) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items)


@cache
def _rules() -> _Rules:
    d = load_data("entity_rules.yaml")
    return _Rules(
        org_heads=_low(d["organisation_heads"]),
        org_suffixes=_low(d["organisation_suffixes"]),
        force_heads=_low(d["force_heads"]),
        place_heads=_low(d["place_heads"]),
        doc_heads=_low(d["document_heads"]),
        system_heads=_low(d["system_heads"]),
        titles=_low(d["titles"]),
        core_titles=_low(d["core_titles"]),
        speech=_low(d["speech_verbs"]),
        stop=_low(d["stop_words"]),
        connectors=_low(d["connectors"]),
        korean=_low(d["korean_surnames"]),
        generic_bodies=_low(d["generic_bodies"]),
    )


@cache
def _gazetteer() -> _Gazetteer:
    data = load_data("gazetteer.yaml")
    surfaces: dict[str, list[_Target]] = defaultdict(list)
    lower: dict[str, list[_Target]] = defaultdict(list)
    names: dict[str, tuple[str, str]] = {}
    patterns: list[tuple[re.Pattern[str], _Target]] = []

    def add(surface: str, target: _Target) -> None:
        if surface.islower() or (target.type == "weapon" and surface[:1].islower()):
            lower[surface.lower()].append(target)
        else:
            surfaces[surface].append(target)

    adjectives: dict[str, tuple[str, str]] = {}  # "DPRK" -> ("North Korean forces", key)
    for name, dems, aliases, capital in data["countries"]:
        key = f"country:{name}"
        names[key] = (name, "country")
        if dems:
            for adj in [*dems, *(a for a in aliases if a.replace(".", "").isupper())]:
                if not (adj.endswith("s") and adj[:-1] in dems):
                    adjectives[adj] = (f"{dems[0]} forces", key)
        for s in [name, *aliases]:
            add(s, _Target(key, "country", True))
        for dem in dems:
            add(dem, _Target(key, "country", False))
        if capital:
            ckey = f"place:{capital}"
            names[ckey] = (capital, "place")
            add(capital, _Target(ckey, "place", True))
    for section, etype in (("places", "place"), ("organisations", "organisation")):
        for row in data[section]:
            name, aliases = row[0], row[1]
            key = f"{etype}:{name}"
            names[key] = (name, etype)
            for s in [name, *aliases]:
                add(s, _Target(key, etype, True))
            for dem in row[2] if len(row) > 2 else []:
                add(dem, _Target(key, etype, False))
    for section, etype in (("forces", "force"), ("weapons", "weapon")):
        for name, aliases, regexes in data[section]:
            key = f"{etype}:{name}"
            names[key] = (name, etype)
            for s in [name, *aliases]:
                add(s, _Target(key, etype, True))
            for rx in regexes:
                flags = re.IGNORECASE if etype == "weapon" else 0
                patterns.append(
                    (re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", flags), _Target(key, etype, True))
                )
    lower_regex = re.compile(rf"(?<![\w-])(?:{alternation(list(lower))})(?![\w-])", re.IGNORECASE)
    force_nouns = load_data("entity_rules.yaml")["force_nouns"]
    demonym_force = re.compile(
        rf"(?<![\w-])({alternation(list(adjectives))})\s+(?:{alternation(force_nouns)})(?![\w-])"
    )
    return _Gazetteer(
        dict(surfaces), dict(lower), names, adjectives, lower_regex, patterns, demonym_force
    )


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
    if not t[:1].isupper():
        return False
    if "-" in t:
        head, _, tail = t.rpartition("-")
        # "U.S.-designated", "Russia-based" are adjectives; "Jong-un", "Al-Tanf" are names
        if tail[:1].islower() and (len(tail) > 3 or "." in head):
            return False
    return True


def _name_like(tok: _Tok, rules: _Rules, gaz: _Gazetteer) -> bool:
    t = tok.text
    low = tok.low
    if not _is_cap(tok) or low in rules.stop or low in rules.titles or tok.bare in rules.org_heads:
        return False
    if low in rules.force_heads or low in rules.place_heads or low in rules.doc_heads:
        return False
    if t in gaz.surfaces or tok.text.rstrip("'s") in gaz.surfaces:
        return False
    return bool(re.fullmatch(r"[A-Z][a-z'-]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+|O'[A-Z][a-z]+", t))


def _sequences(tokens: list[_Tok], text: str, rules: _Rules) -> list[list[_Tok]]:
    """Runs of capitalised tokens joined by whitespace and connectors ("of the")."""
    seqs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    pending: list[_Tok] = []
    for i, tok in enumerate(tokens):
        gap_ok = i > 0 and text[tokens[i - 1].end : tok.start].strip() == ""
        if _is_cap(tok) and (cur and gap_ok):
            cur.extend(pending)
            cur.append(tok)
            pending = []
        elif _is_cap(tok):
            if cur:
                seqs.append(cur)
            cur, pending = [tok], []
        elif cur and gap_ok and tok.low in rules.connectors and len(pending) < 2:
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


def _after_title(toks: list[_Tok], rules: _Rules) -> list[_Tok]:
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


def _classify(
    toks: list[_Tok], text: str, rules: _Rules, gaz: _Gazetteer, lower_vocab: frozenset[str]
) -> list[_Found]:
    """Typed spans of one capitalised sequence."""
    while toks and (toks[0].low in rules.stop or toks[0].low in rules.connectors):
        toks = toks[1:]
    while toks and toks[-1].low in rules.connectors:
        toks = toks[:-1]
    if not toks:
        return []
    opening = text[: toks[0].start].strip() == "" and len(toks) > 1
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
            right_found = _classify(right, text, rules, gaz, lower_vocab)
            owner = _span_name(left, text)
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
    # titles: "Ukrainian President Volodymyr Zelenskyy", "Secretary of State Antony Blinken"
    tail: list[_Tok] = []
    for t in reversed(toks):
        if len(tail) == 4 or not _name_like(t, rules, gaz):
            break
        tail.insert(0, t)
    before = toks[: len(toks) - len(tail)]
    if tail and before:
        direct = before[-1].low in rules.core_titles
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
    if (
        any(t.low in rules.core_titles for t in toks)
        and lows[-1] not in rules.org_heads | rules.force_heads
    ):
        return []  # a job title: "U.S. Secretary of State"
    # organisations, forces and places by their head word
    for i, low in enumerate(lows):
        if low in rules.org_suffixes and i > 0:
            return [
                _Found(toks[0].start, toks[i].end, "organisation", _span_name(toks[: i + 1], text))
            ]
    # a country prefix before a specific body: "DPRK Reconnaissance General Bureau"
    country_first = (
        len(toks) >= 3
        and toks[1].low not in rules.connectors
        and any(t.type == "country" for t in gaz.surfaces.get(toks[0].text, []))
    )
    if country_first:
        rest = toks[1:]
        if _span_name(rest, text) in gaz.surfaces:
            return []
        head = rest[0].bare if len(rest) > 2 and rest[1].low == "of" else rest[-1].bare
        if head not in rules.generic_bodies:
            found = _classify(rest, text, rules, gaz, lower_vocab)
            if found:
                return found
    last = lows[-1]
    for heads, etype in (
        (rules.force_heads, "force"),
        (rules.org_heads, "organisation"),
        (rules.place_heads, "place"),
    ):
        if len(toks) > 1 and last in heads:
            if last in rules.doc_heads:
                return []
            return [_Found(toks[0].start, toks[-1].end, etype, name)]
        if len(toks) > 2 and lows[0] in heads and lows[1] == "of":
            return [_Found(toks[0].start, toks[-1].end, etype, name)]
    if last in rules.doc_heads or lows[0] in rules.doc_heads:
        return []
    named = [t for t in toks if t.low not in rules.connectors]
    if (
        2 <= len(named) <= 4
        and len(named) == len(toks)
        and all(_name_like(t, rules, gaz) for t in named)
    ):
        # "Bradley T. Smith": an initial between names
        if any(re.fullmatch(r"[A-Z]\.", t.text) for t in named[1:-1]):
            return [_person(toks, text)]
        # Korean names, surname first: "Ri Chang Ho", "Kim Jong-un"
        korean = lows[0] in rules.korean and all(len(t.text) <= 8 for t in named)
        if korean and (len(named) == 3 or "-" in named[-1].text):
            return [_person(toks, text)]
        # "Name Surname said"
        after = text[toks[-1].end : toks[-1].end + 20].lstrip(" ,")
        verb = after.split(" ", 1)[0].lower().strip(".,;:")
        if verb in rules.speech:
            return [_person(toks, text)]
        # a lower-case title right before: "defense minister Khawaja Asif"
        before = text[max(0, toks[0].start - 30) : toks[0].start].split()
        if before and before[-1].lower().strip(",") in rules.core_titles:
            return [_person(toks, text)]
    return []


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


def find_entities(documents: list[Document]) -> list[Entity]:
    """Entities of ``documents``, most mentioned first."""
    rules, gaz = _rules(), _gazetteer()
    texts = [[_norm(s.text) for s in doc.sentences] for doc in documents]
    all_tokens = [[_tokens(t) for t in doc] for doc in texts]
    lower_vocab = frozenset(
        t.low for doc in all_tokens for sent in doc for t in sent if t.text[:1].islower()
    )
    discovered: dict[str, str] = {}  # surface -> key
    types: dict[str, str] = {}  # key -> type
    scoped: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # alias -> (doc, sent, key)
    # pass 1: discovery
    for d, doc in enumerate(texts):
        for k, text in enumerate(doc):
            toks = all_tokens[d][k]
            for seq in _sequences(toks, text, rules):
                found = _classify(seq, text, rules, gaz, lower_vocab)
                for f in found:
                    key = _discovered_key(f.type, f.name)
                    types.setdefault(key, f.type)
                    discovered.setdefault(f.name, key)
                _define_alias(seq, found, text, d, k, rules, gaz, discovered, types, scoped)
            for m in _CODE.finditer(text):
                code = m.group(1)
                if code.split("-")[0] not in _CODE_EXCLUDE and code not in gaz.surfaces:
                    key = f"weapon:{fold(code)}"
                    types.setdefault(key, "weapon")
                    discovered.setdefault(code, key)
    joined = "\n".join(t for doc in texts for t in doc)
    for name in sorted(discovered):
        key = discovered[name]
        # a title-case phrase that the sources also write in lower case is a common noun phrase
        if (
            types[key] != "person"
            and " " in name
            and name.lower() != name
            and name.lower() in joined
        ):
            del discovered[name]
    _merge_country_prefixes(discovered, types, scoped, gaz)
    _add_surnames(discovered, types, all_tokens, gaz, rules, lower_vocab)
    return _count(documents, texts, discovered, types, scoped, gaz)


def _define_alias(
    seq: list[_Tok],
    found: list[_Found],
    text: str,
    d: int,
    k: int,
    rules: _Rules,
    gaz: _Gazetteer,
    discovered: dict[str, str],
    types: dict[str, str],
    scoped: dict[str, list[tuple[int, int, str]]],
) -> None:
    """A short form in parentheses right after a name: "Golden Triangle Bank (GTB)"."""
    m = _PAREN.match(text, seq[-1].end)
    if not m:
        return
    short = m.group(1).strip()
    if not re.fullmatch(r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}", short):
        return
    after = text[m.end() : m.end() + 25].split()
    if after and after[0].lower().strip(".,;:") in rules.doc_heads and after[0][:1].isupper():
        return  # "(SDN) List"
    # the entity the short form belongs to: the found span ending the sequence, or the sequence
    key = None
    if found and found[-1].end >= seq[-1].end - 2:
        key = _discovered_key(found[-1].type, found[-1].name)
    else:
        name = _span_name(seq, text)
        targets = [t for t in gaz.surfaces.get(name, []) if t.alias]
        if targets:
            key = targets[0].key
        elif len(seq) >= 2 and short.isupper() and len(short) >= 2:
            if seq[-1].bare in rules.doc_heads or seq[0].low in rules.stop:
                return
            etype = _type_by_heads(seq, rules)
            if etype is None:
                return
            key = _discovered_key(etype, name)
            types.setdefault(key, etype)
            discovered.setdefault(name, key)
    if key is None or short in gaz.surfaces:
        return
    words = {t.text for t in seq}
    if short in words or short.split()[0] in words:
        scoped[short].append((d, k, key))  # "Ri Chang Ho (Ri)": this document only
    else:
        discovered.setdefault(short, key)


_BODIES = frozenset({"organisation", "force"})


def _merge_country_prefixes(
    discovered: dict[str, str],
    types: dict[str, str],
    scoped: dict[str, list[tuple[int, int, str]]],
    gaz: _Gazetteer,
) -> None:
    """A country-prefixed body is the bare body when the sources also name it bare:
    "DPRK Workers' Party of Korea" is "Workers' Party of Korea". Not when two countries
    prefix the same bare name ("Russian/Ukrainian Defense Ministry")."""
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
    for surface, defs in scoped.items():
        scoped[surface] = [(d, k, remap.get(key, key)) for d, k, key in defs]


def _type_by_heads(seq: list[_Tok], rules: _Rules) -> str | None:
    """The type of a name defined with a short form, by its words; None for a job title
    ("Assistant Secretary for Economic Policy") or a name without a head word."""
    lows = [t.bare for t in seq]
    if any(t.low in rules.core_titles for t in seq):
        return None
    if lows[-1] in rules.system_heads:
        return "weapon"
    for heads, etype in (
        (rules.org_heads, "organisation"),
        (rules.force_heads, "force"),
        (rules.place_heads, "place"),
    ):
        if any(low in heads for low in lows):
            return etype
    return None


def _add_surnames(
    discovered: dict[str, str],
    types: dict[str, str],
    all_tokens: list[list[list[_Tok]]],
    gaz: _Gazetteer,
    rules: _Rules,
    lower_vocab: frozenset[str],
) -> None:
    """Unambiguous surnames and spelling variants of people: Zelenskyy, Zelensky."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name, key in discovered.items():
        if types.get(key) != "person" or " " not in name:
            continue
        parts = name.split()
        surname = parts[0] if parts[0].lower() in rules.korean and len(parts) >= 2 else parts[-1]
        if len(surname) >= 2 and not re.fullmatch(r"[A-Z]\.", surname):
            by_surname[fold(surname)].add(key)
    unique = {s: next(iter(keys)) for s, keys in by_surname.items() if len(keys) == 1}
    if not unique:
        return
    caps = sorted(
        {t.text for doc in all_tokens for sent in doc for t in sent if t.text[:1].isupper()}
    )
    for word in caps:
        key = unique.get(fold(word))
        if key is None or word in discovered or word in gaz.surfaces:
            continue
        if word.lower() in lower_vocab or word.lower() in rules.stop:
            continue
        discovered[word] = key


def _count(
    documents: list[Document],
    texts: list[list[str]],
    discovered: dict[str, str],
    types: dict[str, str],
    scoped: dict[str, list[tuple[int, int, str]]],
    gaz: _Gazetteer,
) -> list[Entity]:
    targets: dict[str, list[_Target]] = {s: list(t) for s, t in gaz.surfaces.items()}
    for surface, key in discovered.items():
        if surface not in targets:
            targets[surface] = [_Target(key, types[key], True)]
    for surface in scoped:
        targets.setdefault(surface, [])
    regex = re.compile(rf"(?<![\w-])(?:{alternation(list(targets))})(?![\w]|-[A-Z])")
    records: dict[str, _Record] = {}
    fixed: dict[str, str] = {}  # key -> canonical name of demonym forces
    for d, doc in enumerate(documents):
        for k, sentence in enumerate(doc.sentences):
            text = texts[d][k]
            spans: list[tuple[int, int, list[_Target], str]] = []
            for m in regex.finditer(text):
                surface = " ".join(m.group(0).split())
                hits = list(targets.get(surface, []))
                if surface in scoped:
                    defs = [key for dd, kk, key in scoped[surface] if dd == d and kk <= k]
                    if defs:
                        hits = [_Target(defs[-1], types[defs[-1]], True)]
                    elif not hits:
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
                fname, country = gaz.adjectives[" ".join(m.group(1).split())]
                fkey = f"force:{fname}"
                types.setdefault(fkey, "force")
                fixed[fkey] = fname
                spans.append(
                    (
                        m.start(),
                        m.end(),
                        [_Target(fkey, "force", True), _Target(country, "country", False)],
                        m.group(0),
                    )
                )
            spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[3]))
            last_end = -1
            for start, end, hits, surface in spans:
                if start < last_end:
                    continue
                last_end = end
                for target in hits:
                    _mention(records, target, surface, d, k, sentence.id, gaz)
                owner = re.match(r"(.+?)'s\s", surface)
                if owner and owner.group(1) in gaz.surfaces and types.get(hits[0].key) != "country":
                    for t in gaz.surfaces[owner.group(1)]:
                        _mention(
                            records,
                            _Target(t.key, t.type, False),
                            owner.group(1),
                            d,
                            k,
                            sentence.id,
                            gaz,
                        )
    for fkey, fname in fixed.items():
        records[fkey].gazetteer_name = fname
    return _entities(records, gaz)


def _mention(
    records: dict[str, _Record],
    target: _Target,
    surface: str,
    d: int,
    k: int,
    sid: str,
    gaz: _Gazetteer,
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


def _entities(records: dict[str, _Record], gaz: _Gazetteer) -> list[Entity]:
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
