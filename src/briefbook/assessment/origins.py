"""Origins: who a claim comes from, for counting independent sources.

A claim's origin is its originator (``Claim.attributed_to``: the ministry, the president
quoted) when it has one, else its source's repost group (the outlet's own voice). Outlets
quoting one originator are one origin; names of one originator ("Zelenskyy", "Volodymyr
Zelenskyy") are merged when one's words are all in the other's, words are compared by their
consonant skeleton (transliterations: "Svyrydenko" = "Sviredenko"), a demonym or alias of a
country is read as the country ("the Ukrainian Air Force" = "Ukraine's air force"), and a
name's capitalised words also stand for their acronym ("UN migration agency" = "United
Nations migration agency"). What a source says in its own voice (no originator named) comes
from the publisher its group's original declares ("Publisher: US Department of State"), so
the department's statement and an outlet quoting "the State Department" are one origin
(:func:`source_voices`); a source that declares none is its repost group.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from briefbook.analysis.gazetteer import capital_countries, gazetteer
from briefbook.assessment.paraphrase import skeleton
from briefbook.assessment.reposts import copied_sentences
from briefbook.data import load_data
from briefbook.model import Assessment, known_published
from briefbook.text.normalise import fold_words

__all__ = [
    "declared_voice",
    "head_of_state",
    "evidence_origins",
    "merge_originators",
    "origin_key",
    "source_voices",
]


_NAME_STOP = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "to",
        "from",
        "with",
        "s",
        "said",
        "says",
        "told",
        "president",
        "minister",
        "prime",
        "secretary",
        "general",
        "gen",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "mr",
        "mrs",
        "ms",
        "dr",
        "official",
        "officials",
        "chief",
        "head",
        "deputy",
        "senior",
        "u",
        "us",
    ]
)


@cache
def _country_words() -> dict[str, str]:
    """Folded one-word demonyms and aliases of the gazetteer's countries -> the country's
    folded name ("ukrainian" -> "ukraine"); several-word names are left as they are."""
    gaz = gazetteer()
    out: dict[str, str] = {}
    for surface, key in gaz.countries_of.items():
        name = " ".join(fold_words(gaz.names[key][0]))
        words = fold_words(surface)
        if len(words) == 1 and words[0] != name:
            out.setdefault(words[0], name)
    return out


@cache
def _force_words() -> frozenset[str]:
    """Words of ``entity_rules.yaml``'s force nouns ("air force", "army", "troops")."""
    nouns = load_data("entity_rules.yaml").get("force_nouns", [])
    return frozenset(w for n in nouns for w in fold_words(str(n))) | {"force"}


@cache
def _country_names() -> frozenset[frozenset[str]]:
    gaz = gazetteer()
    return frozenset(frozenset(fold_words(gaz.names[k][0])) for k in set(gaz.countries_of.values()))


@cache
def _capital_countries() -> dict[str, str]:
    """Folded names of the gazetteer's capitals -> their country's name ("islamabad" ->
    "Pakistan"; ``countries`` of data/gazetteer.yaml)."""
    out: dict[str, str] = {}
    for capital, name in capital_countries().items():
        out.setdefault(" ".join(fold_words(capital)), name)
    return out


# a country's code written in capitals ("US", "U.S."): the country, not the pronoun "us"
_US = "us\u0000"  # a marked word: never a stop word, read as its country
_COUNTRY_CODE = re.compile(r"(?<![\w.])U\.?S\.?(?![\w])")


def _name_words(name: str) -> list[str]:
    """The folded words of ``name``, with "U.S." (folded "u", "s") and "US" written in capitals
    kept as the one word "us" that the gazetteer reads as the United States; otherwise
    "us" and a lone "u" are stop words."""
    words = fold_words(name)
    if not _COUNTRY_CODE.search(name):
        return words
    out: list[str] = []
    for w in words:
        if w == "s" and out and out[-1] == "u":
            out[-1] = _US
        elif w == "us":
            out.append(_US)
        else:
            out.append(w)
    return out


def _name_tokens(name: str, *, drop_country: bool = False) -> frozenset[str]:
    """The tokens of an originator's name; with ``drop_country`` the words of a country it
    names are left out ("US Department of State" -> those of "Department of State")."""
    # a capital named alone as who speaks is its state's government ("Islamabad denied",
    # "Moscow said"): one origin with "Pakistan" and "Pakistani officials" (round trial23);
    # a capital's own authority ("the Kyiv mayor") is not
    name = _capital_countries().get(" ".join(fold_words(name)).removeprefix("the "), name)
    countries = _country_words()
    out: set[str] = set()
    for w in _name_words(name):
        if w == _US:
            # a country code is its country (round claims23): "the US Embassy" and "the
            # Russian Embassy" are two originators, as "the UK embassy" already was
            w = "us"
        elif w in _NAME_STOP or len(w) <= 1:
            continue
        if drop_country and (w in countries or frozenset([w]) in _country_names()):
            continue
        out.update(countries.get(w, w).split())
    # a country's armed services speak as one military: "the Ukrainian Air Force",
    # "Ukraine's army" and "the Armed Forces of Ukraine" are one origin
    forces = out & _force_words()
    if forces and frozenset(out - forces) in _country_names():
        out = (out - forces) | {"military"}
    # transliterations of one name are one originator: "Svyrydenko" = "Sviredenko"
    return frozenset(skeleton(w) or w for w in out)


# a capitalised word may be hyphenated ("Inter-Services", "Non-Governmental"): one word of
# the run, whose acronym letter is its first part's initial or every part's ("ISPR")
_CAP_WORD = r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
_CAPITALISED_RUN = re.compile(_CAP_WORD + r"(?:\s+(?:of\s+(?:the\s+)?)?" + _CAP_WORD + r")+")
# a word written as an acronym: "UN", "RSF", "MoD", "IOM"
_ACRONYM = re.compile(r"\b(?:[A-Z]{2,6}|[A-Z][a-z]?[A-Z]{1,4})\b")
# initials and acronyms are tokens of their own kind: only an acronym meets an initialism, so a
# name's skeleton never does ("Modi" is not "Ministry of Defence")
_INITIAL = "^"
# the mark of a key naming a source's declared publisher (:func:`origin_key` with ``voice``):
# such a name is merged only with one of the same words, never with a shorter or longer one,
# so "The Independent" is not "The Kyiv Independent" and a bare "Ministry of Defence" is not
# Ukraine's (round revB18)
_VOICE = "="
# the mark of a publisher's token without the country its name carries ("~dprtmnt")
_BARE = "~"


def _initials(name: str) -> set[str]:
    """The acronyms of the runs of two or more capitalised words of ``name`` ("United
    Nations" -> "^un", "Rapid Support Forces" -> "^rsf"; "of" and "the" inside are skipped,
    and so are demonyms: "Ukrainian Navy" has none)."""
    out: set[str] = set()
    demonyms = _country_words()
    for m in _CAPITALISED_RUN.finditer(name):
        words = [w for w in m.group(0).split() if w[0].isupper()]
        words = [w for w in words if w.lower() not in demonyms]
        if len(words) >= 2:
            out.add(_INITIAL + "".join(w[0] for w in words).lower())
            if any("-" in w for w in words):  # "Inter-Services Public Relations": "^ispr"
                parts = "".join(p[0] for w in words for p in w.split("-"))
                out.add(_INITIAL + parts.lower())
    return out


def _acronyms(name: str) -> dict[str, str]:
    """The words of ``name`` written as acronyms, as their name token -> acronym token
    ("UN" -> "^un"); country codes ("US", "UK") keep their country."""
    countries = _country_words()
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(name):
        word = m.group(0)
        low = word.lower()
        if low in countries or low in _NAME_STOP:
            continue
        # "MoD" stands for the capitals' words: "^md", as "Ministry of Defence" gives
        capitals = "".join(c for c in word if c.isupper()).lower()
        out[skeleton(low) or low] = _INITIAL + capitals
    return out


@cache
def _wire_credit() -> re.Pattern[str]:
    """A byline's credit to a news agency after the outlet (``wire_credit_words`` and
    ``wire_credit_names`` of data/text.yaml): "Euronews with AP", "... via AFP"."""
    text = load_data("text.yaml")
    names = [*text["wire_agencies"], *text["wire_credit_names"]]
    agency = "|".join(re.escape(str(n)) for n in sorted(names, key=len, reverse=True))
    words = "|".join(re.escape(str(w)) for w in text["wire_credit_words"])
    return re.compile(rf"\S\s+(?:{words})\s+(?P<agency>{agency}|[A-Z]{{2,5}})\s*$")


def declared_voice(publisher: str | None, author: str | None = None) -> str | None:
    """Who speaks in a source's own voice: the news agency its byline credits after the
    outlet ("By Euronews with AP": the AP, whose text the report carries), else its declared
    publisher."""
    credit = _wire_credit().search(" ".join(str(author or "").split()))
    if credit:
        return credit.group("agency")
    return publisher


def source_voices(
    publishers: Iterable[tuple[str, str | None]], groups: Mapping[str, str]
) -> dict[str, str]:
    """Repost group id -> the publisher its original declares: who speaks in the group's own
    voice.

    ``publishers`` holds ``(source id, declared publisher or None)``; ``groups`` maps a source
    id to its group's original (:mod:`briefbook.assessment.reposts`). A group whose original
    declares no publisher is left out (its voice is the group itself). A copy's own publisher
    never speaks for the text it carries: a wire story re-published by another site is the
    wire's voice."""
    declared = {sid: " ".join(str(p).split()) for sid, p in publishers if p and str(p).strip()}
    return {g: declared[g] for g in set(groups.values()) if g in declared}


def origin_key(
    originator: str | None,
    group: str,
    *,
    initials: bool = False,
    voice: str | None = None,
) -> str:
    """The origin of a claim: its originator's name tokens, else its repost group.

    ``voice`` (the group's declared publisher, :func:`source_voices`) names the origin of a
    claim with no originator, so a statement's own words and a report quoting its author are
    one origin.

    With ``initials`` the acronyms of the name's capitalised runs follow a "|" ("by:agnc
    mgrtn ntns untd|un"): :func:`merge_originators` lets a shorter name match them ("UN
    migration agency"); pass such keys through it before comparing them."""
    if originator:
        tokens = _name_tokens(originator)
        if tokens and initials:
            acronyms = _acronyms(originator)
            tokens = frozenset(acronyms.get(t, t) for t in tokens)
        if tokens:
            initials_of = sorted(_initials(originator) - tokens) if initials else []
            suffix = "|" + " ".join(initials_of) if initials_of else ""
            return "by:" + " ".join(sorted(tokens)) + suffix
    if voice and not originator:
        key = origin_key(voice, group, initials=initials)
        # a declared publisher is one originator only with a name of the same words (or its
        # acronym): its key carries the voice mark, read by :func:`merge_originators`
        if key.startswith("by:"):
            # ... or of the same words without the country it names ("US Department of
            # State" is who "the State Department" names: round claims23), marked "~"
            bare = _name_tokens(voice, drop_country=True)
            full = frozenset(key[3:].split("|")[0].split())
            marks = [_BARE + t for t in sorted(bare)] if bare and bare != full else []
            return key + (" " if "|" in key else "|") + " ".join([*marks, _VOICE])
        return key
    return "src:" + group


def merge_originators(keys: Iterable[str]) -> dict[str, str]:
    """Origin keys naming one originator ("Zelenskyy" ~ "Volodymyr Zelenskyy") -> one key.

    Two names are one originator when one's tokens are all in the other's (or in the
    acronyms of its capitalised runs: "UN migration agency" ~ "United Nations migration
    agency"); candidates share their rarest token, so the merge is linear in the number of
    names. A source's declared publisher (a key with the voice mark) is one originator only
    with a name of the same words or with the acronym of its capitalised run: two outlets or
    two ministries whose names contain one another ("The Times", "The New York Times";
    "Ministry of Defence", "Ministry of Defence of Ukraine") stay apart.
    """
    names = sorted(
        {k for k in keys if k.startswith("by:")}, key=lambda k: (len(k.split("|")[0].split()), k)
    )
    tokens = {k: frozenset(k[3:].split("|")[0].split()) for k in names}
    # a name's own tokens and the acronyms of its capitalised runs ("un" of "United Nations")
    marks = {k: frozenset(k.partition("|")[2].split()) - {_VOICE} for k in names}
    initials = {k: frozenset(t for t in marks[k] if not t.startswith(_BARE)) for k in names}
    # a publisher's words without its country ("US Department of State": "department state")
    bare = {k: frozenset(t[1:] for t in marks[k] if t.startswith(_BARE)) for k in names}
    expanded = {k: tokens[k] | initials[k] for k in names}
    voiced = {k for k in names if _VOICE in k.partition("|")[2].split()}

    def joins(k: str, other: str) -> bool:
        if not tokens[other] <= expanded[k]:
            return False
        if k in voiced or other in voiced:  # a publisher: the same words, or its acronym
            return (
                tokens[other] == tokens[k]
                or tokens[other] <= initials[k]
                # a publisher's own country may go unsaid by who quotes it
                or (k in voiced and other not in voiced and tokens[other] == bare[k])
            )
        return True

    freq: dict[str, int] = defaultdict(int)
    for t in tokens.values():
        for w in t:
            freq[w] += 1
    by_token: dict[str, list[str]] = defaultdict(list)
    out: dict[str, str] = {}
    for k in names:  # shorter names first: a longer name joins the shorter one it contains
        rarest = min(tokens[k], key=lambda w: (freq[w], w))
        target = None
        for w in sorted(expanded[k]):
            for other in by_token.get(w, ()):
                if joins(k, other):
                    target = out[other]
                    break
            if target:
                break
        out[k] = target or k
        by_token[rarest].append(k)
        for w in tokens[k]:
            if w != rarest and len(by_token[w]) < 64:
                by_token[w].append(k)
    return out


def evidence_origins(assessment: Assessment, groups: dict[str, str]) -> dict[str, str]:
    """Sentence id -> origin of what it reports (its originator, else the publisher its repost
    group's original declares, else its repost group).

    The originator is the sentence's own (``Sentence.attributed_to``), else that of a claim
    it carries."""
    originator: dict[str, str | None] = {
        s.id: s.attributed_to for s in assessment.sentences if s.attributed_to
    }
    for claim in assessment.claims:
        for sid in claim.evidence:
            originator.setdefault(sid, claim.attributed_to)
    voices = source_voices(
        (
            (str(r.get("id")), declared_voice(r.get("publisher"), r.get("author")))
            for r in assessment.sources
        ),
        groups,
    )
    published = {str(r.get("id")): known_published(r) for r in assessment.sources}
    # a sentence copied from an earlier source speaks, in its own voice, as the original
    copied = copied_sentences(
        ((s.id, s.source, s.text) for s in assessment.sentences), groups, published
    )
    out: dict[str, str] = {}
    for s in assessment.sentences:
        group = groups.get(s.source, s.source)
        if not originator.get(s.id):
            group = copied.get(s.id, group)
        out[s.id] = origin_key(originator.get(s.id), group, initials=True, voice=voices.get(group))
    merged = merge_originators(out.values())
    return {sid: merged.get(o, o) for sid, o in out.items()}


_HEAD_SKIP = frozenset(["the", "a", "an", "his", "her", "its", "their", "for", "of", "to", "by"])


@cache
def _head_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The titles, offices and government words of ``data/claims.yaml`` (``head_titles``,
    ``head_offices``, ``head_government_words``) as patterns, and office -> country."""
    data = load_data("claims.yaml")
    offices = {str(k): str(v) for k, v in data["head_offices"].items()}

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    title = re.compile(rf"(?<![\w-])(?:{alt(str(w) for w in data['head_titles'])})(?![\w-])", re.I)
    office = re.compile(rf"(?<![\w-])(?:{alt(offices)})(?![\w-])")
    govt = re.compile(
        rf"(?<![\w-])(?:{alt(str(w) for w in data['head_government_words'])})(?![\w-])", re.I
    )
    return title, office, govt, offices


def _state_word(word: str) -> str:
    """A country named by a word before a title ("French", "Karsian", "Karsia's", "US") as
    its folded name; an unknown capitalised word stands for itself."""
    folded = " ".join(fold_words(word.removesuffix("'s").removesuffix("’s")))
    return _country_words().get(folded, folded)


def head_of_state(name: str | None) -> tuple[bool, str | None]:
    """Whether ``name`` speaks for a head of state, and for which state if it says: a title
    ("President Marek Olin", "Karsian President Olin", "the presidency", "a spokesperson for
    President Olin"), an office of ``head_offices`` ("the White House": United States;
    "Kremlin spokesman X": Russia) or a named country's government ("the Karsian
    government", "the government of Karsia"). A title after a word of ``head_title_not``
    ("vice president", "the club president") or ending "president of" a body other than a
    country ("president of the Red Cross") is another body's; a bare "government" names no
    state (it is a generic originator). Returns (False, None) for any other name."""
    if not name:
        return False, None
    text = " ".join(str(name).split())
    title, office, govt, offices = _head_patterns()
    hit = office.search(text)
    if hit:
        return True, " ".join(fold_words(offices[hit.group(0)]))
    not_before = frozenset(str(w) for w in load_data("claims.yaml")["head_title_not"])
    countries = _country_words()
    names = {" ".join(n) for n in (sorted(c) for c in _country_names())}
    for pattern, is_title in ((title, True), (govt, False)):
        for m in pattern.finditer(text):
            before = re.findall(r"[\w'’-]+", text[: m.start()])
            after = re.match(
                r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", text[m.end() :]
            )
            prev = before[-1] if before else ""
            if prev.lower().rstrip("-") in not_before or prev.lower().startswith(
                tuple(f"{w}-" for w in not_before)
            ):
                continue
            state: str | None = None
            if prev and prev[0].isupper():
                state = _state_word(prev)
            elif prev and prev.lower() not in _HEAD_SKIP:
                continue  # "the union president": another body's title
            if after:
                folded = " ".join(fold_words(after.group(1)))
                if folded in names or folded in countries:
                    state = countries.get(folded, folded)
                elif is_title or state is None:
                    continue  # "president of the Red Cross": another body's
            if not is_title and state is None:
                continue  # a bare "government": nobody in particular
            return True, state
    return False, None
