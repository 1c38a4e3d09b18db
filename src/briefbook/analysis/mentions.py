"""What discovery learned, and counting the mentions of every entity in every sentence.

:class:`Discovery` holds the surfaces found in the sources, their types, the aliases scoped
to one source and the fixed names; :func:`count_mentions` matches every surface (gazetteer and
discovered) in every sentence, longest first, with two trie regexes over the sentence (the
gazetteer's, compiled once per process, and the briefing's own surfaces'; see
:class:`MentionRegex`), and turns the records into :class:`~briefbook.model.Entity` rows,
most mentioned first.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from briefbook.analysis.gazetteer import Gazetteer, Target, rules, trie_pattern
from briefbook.analysis.names import english_words, fold
from briefbook.data import load_data
from briefbook.model import Document, Entity

__all__ = [
    "Discovery",
    "ErrorHandler",
    "count_mentions",
    "entity_key",
    "language_service",
    "remap_keys",
]

# Called with (sentence id, exception) when analysing one sentence fails.
ErrorHandler = Callable[[str, Exception], None]


@dataclass
class Discovery:
    """What discovery learns: surfaces, types, scoped aliases, where people were named."""

    discovered: dict[str, str] = field(default_factory=dict)  # surface -> key
    types: dict[str, str] = field(default_factory=dict)  # key -> type
    # alias -> (doc, sentence, key); key "" marks a surname shared by two people there
    scoped: dict[str, list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    person_docs: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, str] = field(default_factory=dict)  # key -> canonical name, when fixed
    # key -> names of an entity its sources imply without writing them alone: "Kelvin
    # Thomas" and "Bunny" of "Kelvin 'Bunny' Thomas", listed among its aliases
    implied: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    body_words: set[str] = field(default_factory=set)  # first words of organisations, forces
    geo_only: set[str] = field(default_factory=set)  # places known from the city list alone
    # armed groups found by a group noun alone ("Tamberlo militiamen"): surface -> key
    rule_groups: dict[str, str] = field(default_factory=dict)
    # (doc, sentence) -> surface -> (key, name): what a surface names in that sentence only
    # ("Donetsk" of "the Donetsk and Luhansk regions" is "Donetsk region" there, "Kerry" of
    # "met Kerry" the person of that surname); a place unless ``types`` says otherwise
    local: dict[tuple[int, int], dict[str, tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    # one-word places found after a place's own cue ("overran X", "Residents of X", "in X"):
    # a person of that word found later takes only the sentences that name it so
    strong_places: set[str] = field(default_factory=set)
    # known short forms a source defines in brackets for a body of its own ("the
    # Multinational Security Support Mission (MSS)"): the briefing may read them so elsewhere
    own_short_forms: set[str] = field(default_factory=set)
    # (doc, sentence, surface): a surname that names no person there ("met Austin officials")
    no_person: set[tuple[int, int, str]] = field(default_factory=set)
    # doc -> ISO codes of the countries it names: the home of its small towns
    homes: dict[int, frozenset[str]] = field(default_factory=dict)
    # (doc, sentence) -> places named inside a longer name there, counted there too ("Kelvo"
    # of "the Kelvo High Court")
    seats: dict[tuple[int, int], set[str]] = field(default_factory=lambda: defaultdict(set))
    # doc -> a line's ship's own name that also names a known place, country or person
    # ("Hangzhou" of "Maersk Hangzhou") -> the ship's key and name: the ship only where the
    # source uses it as one (analysis/vessels.py ``used_as_ship``)
    ship_shorts: dict[int, dict[str, tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    # doc -> the own name of a ship named after a person, with and without its initials
    # ("Harold T. Brenner", "Harold Brenner" of "USS Harold T. Brenner") -> the ship's key and
    # name: the ship only where the source writes it as one ("the Harold Brenner", "aboard
    # Harold Brenner"), the person elsewhere ("Harold Brenner, the former senator,")
    ship_people: dict[int, dict[str, tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(dict)
    )

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


_THE = re.compile(r"^(?:the|The)\s+")
# a ship's prefix: the name after it is a vessel's, never a person's ("USS Carney")
_VESSEL = re.compile(r"\b(?:USS|USNS|HMS|HMCS|HMAS|INS|MV|MT|RFS|SS|FS|ROKS|TCG|ARA)\s+$")


# a demonym used as a language names no country: "said in French", "an Arabic-language
# channel", "in Russian and English", "translated from Ukrainian"
_LANG_NOUN = re.compile(
    r"-?\s*(?:language|languages|speaking|speaker|speakers|translation|translations|"
    r"subtitles|subtitled|dubbed|transcript)\b",
    re.IGNORECASE,
)
_LANG_VERB = r"(?:in|into|from|speak|speaks|spoke|speaking|spoken|fluent|writes|wrote)"
_LANG_BEFORE = re.compile(rf"\b{_LANG_VERB}\s+(?:[A-Z][a-z]+,?\s+)*(?:(?:and|or)\s+)?$")
_CLAUSE_WORDS = (
    r"(?:that|on|to|with|as|by|when|while|but|during|at|for|before|after|about"
    # a new clause after "and" or "or", its subject a pronoun: "speaking Kelvan and they
    # said", never "in Kelvan and Tarvan areas"
    r"|(?:and|or)\s+(?:they|he|she|we|it|I|you|then))"
)
_LANG_END = re.compile(
    rf"\s*(?:[,.;:!?)\"']|$)|\s+{_CLAUSE_WORDS}\b"
    rf"|\s+(?:and|or)\s+[A-Z][a-z]+(?:\s*(?:[,.;:!?)\"']|$)|\s+{_CLAUSE_WORDS}\b)"
)


# a broadcaster's or an outlet's service in a language, named by the Spanish or French
# preposition after its name: "CNN en Español", "Kelvo TV en Français"
_SERVICE_BEFORE = re.compile(r"[A-Z][\w.&'-]*\s+en\s+$")


def remap_keys(state: Discovery, remap: dict[str, str]) -> None:
    """Every discovered and scoped surface of a key in ``remap`` given the key it maps to."""
    if not remap:
        return
    discovered = state.discovered
    for surface in sorted(discovered):
        discovered[surface] = remap.get(discovered[surface], discovered[surface])
    for surface, defs in state.scoped.items():
        state.scoped[surface] = [(d, k, remap.get(key, key)) for d, k, key in defs]


def language_service(text: str, start: int) -> bool:
    """Whether the word at ``text[start]`` names the language of an outlet's service, the
    Spanish or French preposition between ("CNN en Español"): no place, no country."""
    return _SERVICE_BEFORE.search(text, max(0, start - 40), start) is not None


def _language(text: str, start: int, end: int) -> bool:
    """Whether the demonym at ``text[start:end]`` names a language, not its country."""
    if _LANG_NOUN.match(text, end) or language_service(text, start):
        return True
    return bool(_LANG_BEFORE.search(text[max(0, start - 60) : start])) and bool(
        _LANG_END.match(text, end)
    )


# a demonym naming an ethnic group, not its country: "ethnic Albanians", "a Kosovo Albanian
# politician", "Bosnian Serb leaders" (``ethnic_words`` and ``ethnic_minorities`` in
# data/entity_rules.yaml)
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][\w'’]*)\s+$")


@cache
def _minorities() -> tuple[tuple[str, str], ...]:
    """(country, country whose demonym names a minority there) name pairs of
    ``ethnic_minorities`` in data/entity_rules.yaml (gazetteer names)."""
    listed = load_data("entity_rules.yaml")["ethnic_minorities"]
    return tuple((str(home), str(people)) for home, peoples in listed.items() for people in peoples)


def _ethnic(text: str, start: int, gaz: Gazetteer, hits: list[Target]) -> bool:
    """Whether the demonym starting at ``text[start]`` (naming the countries of ``hits``)
    names an ethnic group: right after an ethnic word ("ethnic Albanians") or after the name
    or demonym of a country holding that people as a minority ("Kosovo Albanian"); never
    after any other country ("the India Pakistani border": two countries)."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in rules().ethnic_words:
        return True
    home = gaz.countries_of.get(word) if word[:1].isupper() else None
    return home is not None and _minority(gaz, home, {t.key for t in hits})


def _minority(gaz: Gazetteer, home: str, keys: set[str]) -> bool:
    """Whether a demonym of one of the countries ``keys`` names a minority of the country
    ``home`` (keys; ``ethnic_minorities``)."""
    return any(
        gaz.countries_of.get(h) == home and gaz.countries_of.get(p) in keys
        for h, p in _minorities()
    )


# two countries joined by a hyphen: "the India-Pakistani border", "Israel-Lebanon talks"
_HYPHEN_PAIR = re.compile(r"(?<![\w'’-])([A-Z][\w'’]*)-([A-Z][\w'’]*)(?![\w'’-])")


def _country_pairs(text: str, gaz: Gazetteer) -> list[_Span]:
    """Spans of both countries of each hyphenated pair of country names or demonyms in
    ``text`` (the second dropped when it names a minority of the first: "Kosovo-Albanian"),
    which the mention regex leaves out (it stops at hyphens)."""
    out: list[_Span] = []
    for m in _HYPHEN_PAIR.finditer(text):
        parts = [(m.start(i), m.end(i), m.group(i)) for i in (1, 2)]
        if not all(p[2] in gaz.countries_of for p in parts):
            continue
        hits = [[t for t in gaz.surfaces.get(p[2], []) if t.type == "country"] for p in parts]
        if not all(hits):
            continue
        if _minority(gaz, gaz.countries_of[parts[0][2]], {t.key for t in hits[1]}):
            parts, hits = parts[:1], hits[:1]
        out.extend((a, b, h, surface) for (a, b, surface), h in zip(parts, hits, strict=True))
    return out


def entity_key(etype: str, name: str) -> str:
    """The key of a discovered entity: its type and its spelling-insensitive name
    (a leading "the" dropped for bodies and places)."""
    if etype == "person":
        return f"person:{fold(name)}"
    return f"{etype}:{fold(_THE.sub('', name))}"


@dataclass
class _Record:
    type: str
    surfaces: Counter[str] = field(default_factory=Counter)
    gazetteer_name: str | None = None
    evidence: list[tuple[int, int, str]] = field(default_factory=list)
    mentions: int = 0


def count_mentions(
    documents: list[Document],
    texts: list[list[str]],
    noise: list[list[str | None]],
    state: Discovery,
    gaz: Gazetteer,
    on_error: ErrorHandler | None,
    joined: dict[str, str] | None = None,
) -> list[Entity]:
    """Entities with their mentions and evidence, most mentioned first.

    ``joined`` maps a key to the key of the entity it is one with (a claimant's name of a
    reef joined to the reef by a source: ``claimed_names.joined_claims``).

    ``texts`` are the normalised sentence texts per document; ``noise`` marks photo credits
    (only organisations count there) and biographies (nothing counts). A sentence that raises
    goes to ``on_error`` (sentence id, exception) and adds nothing; without it, it raises.
    """
    targets: dict[str, list[Target]] = {s: list(t) for s, t in gaz.surfaces.items()}
    for surface, key in state.discovered.items():
        if surface not in targets:
            targets[surface] = [Target(key, state.types[key], True)]
    for surface in [*state.scoped, *gaz.ambiguous, *(s for v in state.local.values() for s in v)]:
        targets.setdefault(surface, [])
    known = frozenset(gaz.surfaces)
    extra = [s for s in targets if s and s not in known]
    regex = MentionRegex(_surfaces_regex(known), _surfaces_regex(frozenset(extra)))
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
    for fkey, implied in state.implied.items():
        if fkey in records:
            for alias in implied:
                records[fkey].surfaces[alias] += 0  # an alias, never the name (no mention)
    for fkey, into in sorted((joined or {}).items()):
        if fkey in records and fkey != into:
            _join_record(records, records.pop(fkey), into, gaz)
    return _entities(records)


def _join_record(records: dict[str, _Record], rec: _Record, into: str, gaz: Gazetteer) -> None:
    """``rec``'s mentions, names and evidence added to the record of ``into``."""
    target = records.get(into)
    if target is None:
        name = gaz.names.get(into, (None, ""))[0]
        target = records[into] = _Record(type=rec.type, gazetteer_name=name)
        target.surfaces[name] += 0  # the place's own name, never written here
    target.mentions += rec.mentions
    target.surfaces.update(rec.surfaces)
    target.evidence = sorted({*target.evidence, *rec.evidence})


_Span = tuple[int, int, list[Target], str]


@lru_cache(maxsize=8)
def _surfaces_regex(surfaces: frozenset[str]) -> re.Pattern[str] | None:
    """The mention regex of ``surfaces`` alone (None when there are none): any of them,
    longest first, not inside a word or a hyphenated name. Kept for the gazetteer's
    surfaces, which every briefing of a process shares (a pattern of about 40,000
    characters whose compilation took about 0.1-0.2 CPU-s, paid again by every briefing
    whose own surfaces differed when both were one pattern)."""
    if not surfaces:
        return None
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(surfaces)})(?![\w]|-[A-Z])")


class MentionRegex:
    """The mentions of two disjoint sets of surfaces (the gazetteer's, ``shared``; those a
    briefing adds, ``own``) as one regex of all of them would find them: ``finditer`` gives
    the leftmost match, the longest one of those starting there, then goes on after it.
    Each regex yields, at a position, the longest of its surfaces that fits there, so the
    longer of the two is the match of the union. Either may be None (no surfaces)."""

    def __init__(self, shared: re.Pattern[str] | None, own: re.Pattern[str] | None) -> None:
        self.regexes = tuple(r for r in (shared, own) if r is not None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in ``text``, left to right, none overlapping."""
        if len(self.regexes) == 1:
            yield from self.regexes[0].finditer(text)
            return
        pos = 0
        found: list[re.Match[str] | None] = [r.search(text) for r in self.regexes]
        while True:
            best = None
            for i, regex in enumerate(self.regexes):
                m = found[i]
                if m is not None and m.start() < pos:  # overlapped by the last match
                    m = found[i] = regex.search(text, pos)
                if m is not None and (
                    best is None
                    or m.start() < best.start()
                    or (m.start() == best.start() and m.end() > best.end())
                ):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end()


_NEXT_WORD = re.compile(r" ([A-Z][\w.]*)")


@cache
def _body_heads() -> frozenset[str]:
    """The heads of organisations, teams, places and facilities (``organisation_heads``,
    ``non_person_heads``, ``place_heads``, ``facility_nouns`` of
    ``data/entity_rules.yaml``), lower case."""
    r = rules()
    return r.org_heads | r.non_person_heads | r.place_heads | r.facility_nouns


@cache
def _instrument_pattern() -> re.Pattern[str]:
    """Up to two capitalised words, then a head of a treaty's or an accord's name
    (``instrument_heads`` of ``data/place_guards.yaml``), matched in any case (its capital
    is checked by :func:`_instrument_after`). Only the head ignores case: the words between
    are a name's ("the Indus Waters Treaty"), never "in Vienna for the Declaration" (round
    revA28)."""
    heads = "|".join(re.escape(str(h)) for h in load_data("place_guards.yaml")["instrument_heads"])
    return re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,2}}?\s+(?i:{heads})(?![\w-])")


def _instrument_after(text: str, end: int) -> bool:
    """Whether ``text[:end]`` (a place's name) opens the name of a treaty or an accord:
    "the Indus Waters Treaty", "the Oslo Accords", "the Minsk Agreements" name a document,
    no mention of the river or the town (round trialA28). The head must be capitalised, as
    a name's is: "a Minsk agreement was possible" keeps Minsk."""
    m = _instrument_pattern().match(text, end)
    return bool(m) and m.group(0).split()[-1][:1].isupper()


def _body_after(text: str, end: int) -> bool:
    """Whether a capitalised head of a body or a place follows ``text[:end]``: a person's
    name or surname before it ("Santos FC", "Ruiz Airport") names that body, not the
    person."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1).lower() in _body_heads()


@cache
def _epithet_before() -> re.Pattern[str]:
    words = sorted(load_data("place_guards.yaml")["epithet_words"], key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alts})[\s\u2018'\"]*$", re.IGNORECASE)


_EPITHET_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_THE_BEFORE = re.compile(r"(?<![\w-])the[\s\u2018'\"]*$", re.IGNORECASE)


def _epithet(text: str, start: int, end: int) -> bool:
    """Whether the country's name at ``text[start:end]`` is a figurative epithet of another
    place: after an ``epithet_words`` word ("a mini Switzerland") or written "the X of Y"
    ("the Switzerland of Asia"); ``epithet_words`` of ``data/place_guards.yaml``."""
    before = text[max(0, start - 30) : start]
    if _epithet_before().search(before):
        return True
    return bool(_THE_BEFORE.search(before)) and bool(_EPITHET_OF.match(text, end))


# a place's people in the plural as an actor: after "the", or the subject of a verb of a
# party's act or word, after an auxiliary or not ("Europeans have condemned", "the
# Europeans pushed"); a copula or a verb of people ("were among the dead", "have long
# migrated", "were evacuated") is no act of a party
_ACTING_BEFORE = re.compile(r"\b[Tt]he\s+$")
_ACTING_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|are|were|will|would|could|should|must|may|might|did|do|does)\s+)?"
    r"(?:(?:also|not|now|already|jointly|repeatedly|since|then)\s+)?"
    r"(?:want|wanted|wants|said|say|says|told|insist|insists|insisted|warn|warns|warned|"
    r"urge|urges|urged|argue|argues|argued|reject|rejects|rejected|condemn|condemns|condemned|"
    r"demand|demands|demanded|push|pushes|pushed|pushing|agree|agrees|agreed|propose|proposes|"
    r"proposed|welcome|welcomes|welcomed|pledge|pledges|pledged|threaten|threatens|threatened|"
    r"announce|announces|announced|refuse|refuses|refused|vow|vowed|respond|responded|"
    r"insisting|demanding|urging|calling|called)\b"
)
_BE_AFTER = re.compile(r"\s+(?:are|were|is|was|have|has|had|been)\b")


def _acting_people(text: str, start: int, end: int) -> bool:
    """Whether the people of a place named in the plural at ``text[start:end]`` act as one
    party ("the Europeans", "Europeans have condemned the strikes", "Africans insisted"):
    the governments or the parties of the region, not the region as a place. "Many
    Africans see him as a hero", "the Africans were among the dead", "Europeans were
    evacuated" name its people, a mention of the place as before."""
    if text[end - 1 : end] != "s":
        return False
    if _ACTING_AFTER.match(text, end):
        return True
    return bool(
        _ACTING_BEFORE.search(text, max(0, start - 4), start)
        and not text[max(0, start - 20) : start].lower().rstrip().endswith(("of the", "among the"))
        and not _BE_AFTER.match(text, end)
    )


def _spans(
    text: str,
    d: int,
    k: int,
    regex: MentionRegex,
    targets: dict[str, list[Target]],
    state: Discovery,
    gaz: Gazetteer,
    fixed: dict[str, str],
) -> list[_Span]:
    spans: list[_Span] = []
    shared: list[tuple[int, int, str]] = []
    for m in regex.finditer(text):
        surface = " ".join(m.group(0).split())
        hits = list(targets.get(surface, []))
        local = state.local.get((d, k))
        if local and surface in local:
            key, name = local[surface]
            etype = state.types.get(key, "place")  # a person: "met Kerry" (met_surnames)
            spans.append((m.start(), m.end(), [Target(key, etype, True)], name))
            continue
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
        if (
            hits
            and all(t.type == "country" and not t.alias for t in hits)
            and _language(text, m.start(), m.end())
        ):
            continue  # "said in French": a language
        if (
            hits
            and all(t.type == "country" and not t.alias for t in hits)
            and _ethnic(text, m.start(), gaz, hits)
        ):
            continue  # "the Kosovo Albanian authorities": an ethnic group, not Albania
        if hits and (d, k, surface) in state.no_person:
            hits = [t for t in hits if t.type != "person"]  # "met Austin officials"
        if (
            hits
            and all(t.type == "place" and not t.alias for t in hits)
            and _acting_people(text, m.start(), m.end())
        ):
            continue  # "the Europeans have condemned": the continent's governments, no place
        if hits and all(t.type == "country" for t in hits) and _epithet(text, m.start(), m.end()):
            continue  # "a mini Switzerland", "the Switzerland of Asia": another place
        if hits and all(t.type == "place" for t in hits) and _instrument_after(text, m.end()):
            continue  # "the Indus Waters Treaty", "the Oslo Accords": a document, no place
        if hits and all(t.type == "person" for t in hits) and _body_after(text, m.end()):
            continue  # "Santos FC", "Ruiz Airport": not Maria Santos Silva, Carlos Ruiz
        if (
            hits
            and all(t.type == "person" for t in hits)
            and (surface.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), m.end()))
            and _THE_BEFORE.search(text, max(0, m.start() - 6), m.start())
        ):
            continue  # "the Varsi's tactics": a group or a thing of that name, no person
        if hits and _VESSEL.search(text, max(0, m.start() - 8), m.start()):
            hits = [t for t in hits if t.type != "person"]  # "USS Carney" is a ship
        if hits:
            spans.append((m.start(), m.end(), hits, surface))
    for surface in state.seats.get((d, k), ()):  # "Kelvo" inside "the Kelvo High Court"
        key = state.discovered.get(surface)
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text) if key else ():
            spans.append((m.start(), m.end(), [Target(key, "place", True)], surface))
    for m in gaz.lower_regex.finditer(text):
        if _not_weapon(text, m.start(), m.end()) or _DESIGNATION.search(text, 0, m.start()):
            continue  # "think tanks", "fuel tanks": no weapon; "T-72 tanks": the T-72
        surface = " ".join(m.group(0).split())
        if surface[1:].islower():
            surface = surface.lower()  # "Drones" opening a sentence is "drones"
        spans.append((m.start(), m.end(), gaz.lower_surfaces[surface.lower()], surface))
    for rx, target in gaz.patterns:
        for m in rx.finditer(text):
            spans.append((m.start(), m.end(), [target], m.group(0)))
    for m in gaz.demonym_force.finditer(text):
        if _inside_longer_name(text, m.start()):
            continue  # "the Free Syrian Army": a group's own name, not Syria's army
        if _military_attribute(text, m.end()):
            continue  # "a Kelvan military contractor": an adjective of another noun
        fkey, fname, country = gaz.force_of(m)  # "Kelvan troops", "the Kelvania military"
        state.types.setdefault(fkey, "force")
        fixed[fkey] = fname
        # first, so that it wins over the same words found as a name of their own ("the
        # Lebanese Army" is the Lebanese Armed Forces, not a force of that name)
        spans.insert(
            0,
            (
                m.start(),
                m.end(),
                [Target(fkey, "force", True), Target(country, "country", False)],
                m.group(0),
            ),
        )
    spans.extend(_country_pairs(text, gaz))
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


_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")


def _inside_longer_name(text: str, start: int) -> bool:
    """Whether the capitalised word right before ``start`` opens a longer name that the
    demonym and force noun end ("Free Syrian Army"): a capitalised word that is no stop word
    of the entity rules ("The Lebanese Army" opens with an article)."""
    m = _WORD_BEFORE.search(text, 0, start)
    if m is None or not m.group(1)[:1].isupper():
        return False
    return m.group(1).lower() not in rules().stop


def _record(
    spans: list[_Span],
    records: dict[str, _Record],
    d: int,
    k: int,
    sid: str,
    state: Discovery,
    gaz: Gazetteer,
) -> None:
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[3]))
    last_end = -1
    seats = state.seats.get((d, k), ())
    for start, end, hits, surface in spans:
        if start < last_end:
            if surface in seats:  # "Kelvo" inside "the Kelvo High Court": its seat, a place
                for target in hits:
                    _mention(records, target, surface, d, k, sid, gaz)
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
    if rec.type == "person":
        # among full names of as many words, the spelling used most names the person
        # ("Milan" over a one-off "Millan")
        return max(rec.surfaces, key=lambda s: (len(s.split()), rec.surfaces[s], len(s), s))
    # a place or body keeps its longest name ("Vendra Reef" over the "Telin Jiao" some
    # sources call it), capitalised over a lower-case article ("El Qarnia" over "el Qarnia")
    return max(
        rec.surfaces,
        key=lambda s: (len(s.split()), len(s), s[:1].isupper(), rec.surfaces[s], s),
    )


def _entities(records: dict[str, _Record]) -> list[Entity]:
    out = []
    names = {key: _canonical(records[key]) for key in records}
    written = {key: {names[key], *records[key].surfaces} - {""} for key in records}
    # how many entities each name writes: an area's bare name must not be another's name
    taken = Counter(n for key in records for n in written[key])
    for key in sorted(records):
        rec = records[key]
        name = names[key]
        if not name and key.startswith("force:"):
            name = key.split(":", 1)[1]
        if not name:
            continue
        bare = _bare_area_name(name) if rec.type == "place" else None
        if bare and taken[bare] == (bare in written[key]):
            name = bare  # "Katha township" is Katha, its written form an alias
        aliases = sorted(s for s in rec.surfaces if s != name)
        evidence = [sid for _, _, sid in sorted(set(rec.evidence))]
        out.append(
            Entity(
                name=name, type=rec.type, aliases=aliases, mentions=rec.mentions, evidence=evidence
            )
        )
    out.sort(key=lambda e: (-e.mentions, e.name, e.type))
    return out


@cache
def _LOWER_ADMIN_TAIL() -> re.Pattern[str]:  # noqa: N802
    """A capitalised name followed by a lower-case administrative noun (``admin_nouns`` of
    ``data/entity_rules.yaml``): "Katha township", "Turkana county", "Sagaing region"."""
    nouns = sorted(rules().admin_nouns, key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(n) for n in nouns if n == n.lower())
    return re.compile(rf"([A-Z][\w'\u2019.-]*(?:[ -][A-Z][\w'\u2019.-]*)*) (?:{alternation})")


def _bare_area_name(name: str) -> str | None:
    """The capitalised name of a place the sources write only with a lower-case
    administrative noun after it ("Katha township" is Katha, "Turkana county" Turkana), None
    for a capitalised noun that is part of the name ("Kursk Oblast", "Sagaing Region"), an
    ordinary English word before the noun ("Coast region") or any other name. The caller keeps the noun's form as an alias and keeps it as the name
    when another entity is written by the bare name (the city of "Kursk" beside "Kursk
    region": the region stays its own place)."""
    m = _LOWER_ADMIN_TAIL().fullmatch(name)
    if not m or (" " not in m.group(1) and m.group(1).lower() in english_words()):
        return None  # "the Coast region", "Lake province": a word alone names nothing
    return m.group(1)


# a type designation right before a class name: "T-72 tanks", "Mi-24 helicopters" name the
# type, which the rules find (names.py ``weapon_system``), not the class as well
_DESIGNATION = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]?\s+$")


@cache
def _NOT_WEAPONS() -> re.Pattern[str]:  # noqa: N802
    words = sorted(load_data("gazetteer.yaml")["not_weapons"], key=len, reverse=True)
    # a hyphen may join the compound to a word before it: "oil-storage tanks"
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})$", re.IGNORECASE)


@cache
def _MILITARY_ATTRIBUTE() -> re.Pattern[str]:  # noqa: N802
    rules_ = load_data("entity_rules.yaml")
    nouns = [*rules_["military_attribute_nouns"], *rules_["named_force_transfer_nouns"]]
    alt = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    # "military" alone or joined to another adjective ("military and economic support")
    return re.compile(
        rf"(?<=military)(?:\s+(?:and|or)\s+[a-z]+)?\s+(?i:{alt})(?![\w-])", re.IGNORECASE
    )


def _military_attribute(text: str, end: int) -> bool:
    """Whether the demonym's or country's "military" ending at ``end`` of ``text`` is an
    adjective of the noun after it, alone or joined to another adjective: "the Kelvan
    military contractor Tarvo Group", "Kelvan military and economic support", "the Kelvan
    military HQ" (``military_attribute_nouns`` and ``named_force_transfer_nouns`` of
    ``data/entity_rules.yaml``); "the Kelvan military said" and "Kelvan military and police
    units" stay the country's armed forces."""
    return bool(_MILITARY_ATTRIBUTE().match(text, end))


def _not_weapon(text: str, start: int, end: int) -> bool:
    """Whether the class name at ``start:end`` of ``text`` ends a compound that names no
    weapon (``not_weapons`` of ``data/gazetteer.yaml``): "think tanks", "fuel tanks",
    "oil-storage tanks", "rescue helicopters"."""
    return bool(_NOT_WEAPONS().search(text, max(0, start - 40), end))
