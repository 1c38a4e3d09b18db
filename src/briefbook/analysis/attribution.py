"""Who originated what each sentence reports: its originator, resolved across sentences.

:func:`briefbook.analysis.hedges.attribution` reads one sentence ("X said", "according to
X"). Here the document is read in order, so that what one sentence cannot settle is resolved
from its context:

* "it said", "they added" -> the latest originator of the right kind (a body for "it", a
  person for "he"/"she") within a few sentences; "the ministry added", "the general told" ->
  the body or person of that title named before;
* "according to a statement from X", "a statement by X" -> X; "..., citing X" -> X, the
  originator behind the outlet that reports it;
* "The OSC analysis indicates" -> OSC; a lower-case role ("a senior officer from the general
  staff told Reuters") -> that role;
* a quotation continued from the sentence before keeps its speaker; a paragraph that goes on
  giving figures after a body's report keeps that body (a sentence without a figure, or one
  opening "This ..." / "These ...", is the writer's own voice);
* a transcript's turn (a speaker label in capitals, "SECRETARY OF DEFENSE ANA SOL:", to
  the next label: :mod:`briefbook.analysis.speaker_turns`) -> its speaker, for what the
  sentence does not attribute otherwise ("We struck the depots.");
* the source's own voice -> None: its author, or the issuer named by its title ("Treasury
  Sanctions ...", "Statement from President ..."), with the aliases of ``data/cues.yaml``
  (``publisher_aliases``: OFAC speaks for Treasury). A date is never an originator.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

from briefbook.analysis.clause_speakers import concessive_speakers
from briefbook.analysis.gazetteer import Gazetteer, gazetteer
from briefbook.analysis.hedges import (
    TITLE_WORDS,
    attribution,
    cited_account,
    event_clause,
    has_speech_verb,
    platform_phrase,
)
from briefbook.analysis.numbers import find_quantities
from briefbook.analysis.speaker_turns import turn_speakers
from briefbook.data import load_data
from briefbook.text import CURLY_QUOTES, alternation

ORG_HEADS = frozenset(
    [
        "ministry",
        "office",
        "department",
        "agency",
        "government",
        "army",
        "navy",
        "forces",
        "force",
        "command",
        "company",
        "operator",
        "council",
        "committee",
        "commission",
        "service",
        "services",
        "police",
        "military",
        "authorities",
        "authority",
        "center",
        "centre",
        # "the Centers for Disease Control and Prevention" (round claims28)
        "centers",
        "centres",
        "institute",
        "bureau",
        "group",
        "bank",
        "corporation",
        "news",
        "network",
        "court",
        "administration",
        "parliament",
        "assembly",
        "organisation",
        "organization",
        "union",
        "alliance",
        "staff",
        "intelligence",
        "coalition",
        "guard",
        "guards",
        "mission",
        "embassy",
        "party",
        "movement",
        "state",
        "cabinet",
        "analysis",
        "report",
        "study",
        "osc",
        "treasury",
        "kremlin",
        "pentagon",
        "airport",
        "hospital",
        "university",
        "utility",
        "airline",
        "airlines",
        "directorate",
        "secretariat",
        "centcom",
        "association",
        "federation",
        "society",
        "observatory",
        "monitor",
        "defence",
        "defense",
    ]
)
REPORT_NOUNS = "analysis|report|study|assessment|data|figures|estimate|estimates|investigation|survey|statement|tally|count|record|records|toll|database|log"
REPORT_VERBS = "used|uses|arrived|modelled|modeled|counted|monitored|observed|indicates|indicated|shows|showed|suggests|suggested|found|finds|estimates|estimated|says|said|concluded|concludes|counted|recorded|records|registered|registers|listed|lists|documented|documents|logged|put|puts|tallied"
_STUDY = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+((?:[A-Z][\w'’&.-]*\s+){{1,4}})(?:{REPORT_NOUNS})\s+(?:also\s+)?(?:{REPORT_VERBS})\b"
)
# a sentence that opens with a body's records and no article ("Military data showed ...",
# "Police figures show ..."): those records
_STUDY_BARE = re.compile(
    rf"^\W*(?!(?:The|This|These|That|Those|Such|Its|Their|Our|His|Her|Some|Other|New)\s)"
    rf"((?:[A-Z][\w'’&.-]*\s+)(?:[a-z][\w-]*\s+){{0,2}}(?:data|figures|records|statistics|"
    rf"estimates|tallies))\s+(?:also\s+)?(?:{REPORT_VERBS}|show|suggest|indicate)\b"
)
_REFERRING = re.compile(
    r"(?:^|[,;:\"]\s*|\b(?:and|but)\s+)(?:(?P<pron>it|he|she|they)|(?P<det>the|this)\s+(?P<noun>(?-i:[a-z][\w-]*(?:\s+[a-z][\w-]*)?)))"
    r"\s+(?:also\s+|further\s+|later\s+|separately\s+|previously\s+|earlier\s+)?"
    r"(?-i:(?P<verb>[a-z]+))\b",
    re.I,
)


@cache
def _speech_verbs() -> frozenset[str]:
    """The verbs after which a pronoun or a definite description is the speaker ("he alleged",
    "the ministry added"): the attribution verbs of ``data/cues.yaml`` and their forms."""
    verbs = {str(v) for v in load_data("cues.yaml")["attribution_verbs"]}
    return frozenset(verbs | {"adds", "posts", "writes", "alleges", "asserts", "insists"})


def _referring(text: str, start_only: bool = False) -> re.Match[str] | None:
    """The first "it said" / "the ministry added" of ``text`` whose verb is a speech verb
    (``start_only``: only at its start)."""
    if start_only:
        m = _REFERRING.match(text)
        return (
            m if m and (m.group("verb") in _speech_verbs() or revises_a_figure(text, m)) else None
        )
    return next(
        (
            m
            for m in _REFERRING.finditer(text)
            if m.group("verb") in _speech_verbs() or revises_a_figure(text, m)
        ),
        None,
    )


def revises_a_figure(text: str, m: re.Match[str]) -> bool:
    """Whether the referring subject of ``m`` ("He", "the ministry") revises the figure told
    before ("He revised that late in the afternoon to 20"): ``pronoun_revising_verbs`` and
    ``revised_referents`` of data/cues.yaml, then "to" and a figure in the same clause."""
    cues = load_data("cues.yaml")
    if m.group("verb").lower() not in {str(w) for w in cues["pronoun_revising_verbs"]}:
        return False
    return _revised_referent().match(text, m.end()) is not None


@cache
def _revised_referent() -> re.Pattern[str]:
    refs = alternation(str(w) for w in load_data("cues.yaml")["revised_referents"])
    return re.compile(
        rf"\s+(?i:{refs})\b(?:\s+(?:down|up|downward|upward))?[^,;.\"]{{0,50}}?\bto\s+\d"
    )


_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?:a|an|the|its|their|his|her)\s+(?:statement|report|post|update|briefing|estimate|tally|data|figures)\b(?!\s+(?:by|from|of)\s+[A-Z])",
    re.I,
)
# "according to his account / her estimate / their count": the speaker a pronoun refers to
_ACCORDING_OWN = re.compile(
    r"\b[Aa]ccording\s+to\s+(his|her|their)\s+(?:own\s+)?(?:account|accounts|estimation|estimate|"
    r"estimates|count|version|testimony|recollection|telling|words|assessment)\b"
)
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}
_PRONOUN_START = re.compile(
    r"^\W*(?:However,\s+|Also,\s+)?(?P<p>They|It|He|She)\b(?!\s+(?:is|was|remains|remained|seems|seemed|appears|appeared)\s+(?:also\s+)?(?:possible|likely|unlikely|unclear|clear|apparent|hard|difficult|important|worth|not))"
)
# "This potential 40% ...", "This combination contributed ...": the writer weighing what was
# reported, not the body's report going on
_DEMONSTRATIVE_START = re.compile(r"^\W*(?:This|These|That|Those|Such)\b")
# a sentence that breaks down the count just given: "Among the dead were ...", "A further 4
# were wounded", "Of those killed, 12 were ...", "Twelve of them were ..."
_ELABORATION = re.compile(
    r"^\W*(?:Among\s+(?:the|them|those)\b|Of\s+(?:the|them|those|these)\b|A\s+further\b|"
    r"(?:[\w-]+\s+){1,2}of\s+(?:them|the\s+(?:dead|injured|wounded|victims|casualties))\b|"
    # "This count includes 24 new deaths": the count just given, broken down (round claims27)
    r"(?:This|That|The)\s+(?:count|figure|toll|tally|total|number|death\s+toll)\s+(?:also\s+)?"
    r"(?:includes|included|comprises|comprised|covers|covered)\b)"
)
_ESTIMATED = re.compile(
    r"^\W*It\s+is\s+(?:also\s+)?(?:estimated|believed|thought|assessed|reported)\b"
)
_TITLE_ALIASES = {
    "general": ("gen", "general", "gen."),
    "president": ("president", "pres."),
    "minister": ("minister",),
    "secretary": ("secretary",),
    # "Pakistan's military said ... The army stated": one force by either noun (trialA28)
    "army": ("army", "military"),
    "military": ("military", "army"),
}
_REACH = 4
# "its governor said": the role of the place the sentence names
_ITS_ROLE = re.compile(
    r",\s+its\s+(governor|mayor|head|chief|administrator)\s+(?:said|says|added|told|reported)\b"
)
_PLACE_OF = re.compile(
    r".*\b(?:region|province|oblast|city|town|district|state|county)\s+of\s+([A-Z][\w'’-]+)"
    r"|.*\b([A-Z][\w'’-]+)\s+(?:region|province|oblast|district|county)\b"
)
# nouns that any body can be called: "the agency said" may refer to a body whose name does
# not hold the noun
_GENERIC_BODIES = frozenset(
    [
        "agency",
        "organisation",
        "organization",
        "group",
        "service",
        "body",
        "charity",
        "outlet",
        "center",
        "centre",
        "facility",
        "clinic",
    ]
)
_CITING = re.compile(
    r"(?:,\s+|^\W*)[Cc]iting\s+((?:the\s+)?(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s*(?:[,.;]|$)"
)  # "..., citing X." and "Citing X, state media said ...": X is behind the outlet

# "a statement quoted Mr Ivar Tessel, who is also premier, as saying": the person quoted
_QUOTED_AS = re.compile(
    r"\bquoted\s+(?:(?:Mr|Mrs|Ms|Dr|Gen)\.?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    r"(?:\s*,[^,;\"]{1,80},)?\s+as\s+(?:saying|telling|writing|stating)\b"
)


@cache
def _citing_reasons() -> frozenset[str]:
    """``citing_reasons`` of data/cues.yaml, lower case."""
    return frozenset(str(w).lower() for w in load_data("cues.yaml")["citing_reasons"])


def _cited_reason(phrase: str) -> bool:
    """Whether the phrase after "citing" is a reason ("civilian deaths and clinic strikes",
    "Security Concerns" in a headline), not who is cited: its last word is a reason's head."""
    words = re.findall(r"[A-Za-z][\w'’-]*", phrase)
    return bool(words) and words[-1].lower() in _citing_reasons()


# "Police put the death toll at 9", "Officials gave the number of displaced as 2,000": the
# subject that puts a figure on a toll
_PUT_AT = re.compile(
    r"^\W*(?:The\s+)?((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:also\s+)?(?:(?:has|have|had)\s+"
    r"(?:also\s+)?)?(?:put|puts|placed|places|"
    r"gave|gives|set|sets|raised|raises|revised|revises)\s+(?:the|its|their|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:toll|number|figure|count|tally|total)\b[^.;]{0,60}?\b(?:at|as|to)\s"
)
# "The figure was confirmed by hospital officials", "The toll, given by the ministry, rose
# to 40": the agent of a passive report
_REPORTED_BY = re.compile(
    r"(?:\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?|,\s+)(?:confirmed|reported|"
    r"announced|given|released|provided|put|verified|recorded|documented)\s+by\s+"
    r"((?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+?)\s*(?:[,.;]|$|\b(?:on|in|at|late|early|after|"
    r"and|who|which)\b)"
)


# "(death toll revised down from 359 by authorities)", "the figure was raised to 40 by the
# ministry": the agent of a toll's revision tells the toll (round claims24)
_REVISED_BY = re.compile(
    r"\b(?:toll|figure|count|tally)\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?"
    r"(?:revised|raised|lowered|updated|corrected)"
    r"(?:\s+(?:down|up|downward|upward|downwards|upwards))?(?:\s+(?:from|to)\s+[\d,.]+){0,2}"
    r"\s+by\s+((?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)\s*(?:[),.;]|$|\b(?:on|in|at|after|and)\b)",
    re.I,
)


@cache
def _statement_by() -> re.Pattern[str]:
    """ "a statement from X", "a post on X, formerly Twitter, by Y": the issuer (group 1); the
    platform a post is on is skipped (hedges.platform_phrase); "news to report from the
    region" is the infinitive of a verb, no report."""
    return re.compile(
        r"\b(?<!\bto\s)(?:statement|report|post|tweet|message|video|update|briefing|announcement)"
        + platform_phrase()
        + r"\s+(?:from|by|of)\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}"
        r"[A-Z][\w'’.-]*)"
    )


@cache
def _documents() -> re.Pattern[str]:
    """A source that opens with a document by which a body speaks (``published_documents`` of
    data/cues.yaml, a whole lower-case word, its article before it): a bare one ("a post on
    X", "the statement") names no originator. A longer word ("the Postal Service",
    "Videocon") or a capitalised outlet ("The Post", "the Washington Post") is a name."""
    nouns = alternation(str(w).lower() for w in load_data("cues.yaml")["published_documents"])
    return re.compile(rf"(?i:an?\s+|the\s+)?(?:{nouns})(?![\w'’&-])")


@cache
def _speaker_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(fronted words, pronouns, honorifics) of ``data/speakers.yaml``, lower case."""
    data = load_data("speakers.yaml")
    return tuple(  # type: ignore[return-value]
        frozenset(str(w).lower() for w in data[key])
        for key in ("fronted_words", "pronouns", "honorifics")
    )


@cache
def _descriptor() -> re.Pattern[str]:
    """A hyphenated describing word before a name ("Britain-based"): ``descriptor_suffixes``
    of ``data/speakers.yaml``."""
    suffixes = "|".join(map(re.escape, load_data("speakers.yaml")["descriptor_suffixes"]))
    return re.compile(rf"^(?:[A-Z][\w.]*-(?:{suffixes})\s+)+(?=[A-Z])")


# the words that join two originators into one joint originator ("Tarsk and Varn")
_JOINT = frozenset({"and", "or", "&"})


def _full_name(name: str, known: Sequence[str]) -> str:
    """``name`` without an honorific ("Dr Mamuri" -> "Mamuri"), as the person named in full
    most recently among ``known`` when their last names agree ("Ali Mamuri"); a body without
    its describing word ("the Britain-based Observatory" -> "Observatory"), as the body named
    most recently among ``known`` whose name holds its head word ("Syrian Observatory for
    Human Rights")."""
    _, _, honorifics = _speaker_words()
    plain = _descriptor().sub("", name)
    if plain != name:
        head = plain.split()[-1]
        for other in reversed(known):
            full = _descriptor().sub("", other)
            words = full.split()
            if len(words) > len(plain.split()) and head in words:
                return full
        return plain
    words = name.split()
    if len(words) == 1 and words[0][:1].isupper():
        # "Sol, whose country ..., has held talks": the person named in full before
        last = words[0].lower()
        for other in reversed(known):
            parts = other.split()
            if (
                len(parts) > 1
                and parts[-1].lower() == last
                and parts[0][:1].isupper()
                and not _JOINT.intersection(w.lower() for w in parts)
            ):
                # not a joint originator ("Tarsk and Varn accused one another"): "Varn" alone
                # later is Varn, never both (round trial23)
                return _full_name(other, ())
        return name
    if len(words) < 2 or words[0].lower() not in honorifics:
        return name
    bare = " ".join(words[1:])
    last = words[-1].lower()
    for other in reversed(known):
        parts = other.split()
        if len(parts) > len(words) - 1 and parts[-1].lower() == last:
            return _full_name(other, ())
    return bare


def _tidy(name: str) -> str | None:
    """An originator as a name: not a possessive pronoun's phrase ("her faction"), and without
    a trailing participle clause ("a report into the raid published on Friday")."""
    name = re.split(r"\s+(?:published|released|issued|obtained|seen|compiled)\b", name)[0].strip()
    # an adverb between the speaker and its verb is no part of the name ("security forces
    # later revised": "security forces"; "They later revised": "They", which the sentence
    # before resolves; round revC27)
    fronted = _speaker_words()[0]
    words = name.split()
    while len(words) > 1 and words[-1].lower() in fronted:
        words.pop()
    name = " ".join(words)
    if not name or re.match(r"(?i)(?:her|his|their|its|our|my|your)\b", name):
        return None
    return name


def _strip_the(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I).rstrip(".,;")


_CONTINUATION = 4
# the verb after a subject's appositive: a speech verb, or one of keeping a count (a body that
# documented or identified the dead tells their number: "The Front, a rebel militia fighting in
# the west, has identified 26 villagers among the dead"; round claims24), perfect tense too
_APPOSITIVE_VERB = (
    r"(?:also\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?(?:said|says|told|added|wrote|warned|"
    r"stated|reported|reports|announced|estimated|estimates|claimed|claims|confirmed|"
    r"documented|tallied|identified)\b"
)
_APPOSITIVE = re.compile(
    r"^\W*(?:The\s+)?((?:[A-Z][\w.'’-]+\s+(?:(?:for|of|and|on)\s+(?:the\s+)?)?){0,4}"
    # a surname with its particle: "Abu Karim al-Vendi"
    r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-)?[A-Z][\w.'’-]+(?:\s+\([A-Z]{2,}\))?),\s+"
    r"(?:a|an|the|one|who|whose|[a-z][\w-]*|[A-Z][\w-]*['’]s)\b"
    r"[^,;\"]{3,140},\s+"
    # a second appositive: "X, leader of the Front, the main group in the offensive, said"
    r"(?:(?:a|an|the|one)\s[^,;\"]{3,140},\s+)?" + _APPOSITIVE_VERB
)
# a body or role whose name runs into lower-case words, set off by an appositive ("Dorvia's
# civil defence, a rescue service known as the Blue Caps, said"): kept when its last word is a
# body's or a person's head noun
_APPOSITIVE_LOWER = re.compile(
    r"^\W*(?:The\s+)?([A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){1,4}),\s+(?:a|an|the)\s"
    r"[^,;\"]{3,140},\s+(?:also\s+)?(?:said|says|told|added|wrote|warned|stated|reported|"
    r"reports|announced|estimated|estimates|claimed|claims|confirmed)\b"
)
# "..., with regional authorities there saying they killed 100": the subject of the participle
# (also opening the sentence: "With the UN reporting 4,000 displaced and ..., aid is short")
_WITH_SAYING = re.compile(
    r"\b[Ww]ith\s+((?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)\s+(?:there\s+|also\s+|later\s+)?"
    r"(?:saying|claiming|reporting|estimating|stating|announcing|insisting|"
    # "citing" a figure, not a reason ("citing security concerns")
    r"citing(?=\s+(?:some\s+|about\s+|at\s+least\s+|more\s+than\s+)?\d))\b"
)


def _with_reporter(text: str) -> str | None:
    """The subject of the first "with X saying/reporting ..." participle of ``text`` that is a
    reporter, or None: a subject that is itself a figure and reports none ("With 300 people
    reporting symptoms", "with dozens reporting losses") is the counted, not who reports
    ("With three agencies reporting 500 displaced" stays the agencies')."""
    for m in _WITH_SAYING.finditer(text):
        told = re.match(r"[^,;:()\"]*", text[m.end() :]).group(0)
        if not find_quantities(m.group(1)) or find_quantities(told):
            return m.group(1)
    return None


# a person introduced by an appositive without a speech verb ("Ana Sol, a nurse at the
# clinic, described the night"): someone a later "she said" can refer to
_MENTION = re.compile(
    r"^\W*((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+),\s+(?:a|an|the|another|one|who|whose|[A-Z][\w-]*['’]s)\b"
    r"[^;\"]{3,140}?,\s+(?:also\s+)?[a-z]+"
)
# the subject that opens a sentence, up to its verb ("Governor X on Friday praised", "Dorvian
# officials condemned"): the speaker of a later ", saying ..." or "that they said ..."
_LEADING_SUBJECT = re.compile(
    r"^\W*((?:[A-Z][\w.'’-]*|(?:of|the|and|top|senior|political|military|local|state|"
    r"government|defence|defense|foreign|security)\b)(?:\s+(?:[A-Z][\w.'’-]*|of|the|and|top|"
    r"senior|political|military|local|state|government|defence|defense|foreign|security|"
    r"officials?|leaders?|spokes(?:man|woman|person)|ministers?|commanders?|authorities|police|"
    r"army|military|government)\b){0,7})"
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?:also\s+|later\s+|earlier\s+)?(?:has\s+|have\s+|had\s+)?[a-z]+(?:ed|d)\b"
)
_SPEECH_PARTICIPLE = re.compile(
    r",\s+(?:saying|claiming|adding|noting|warning|stating|insisting|arguing|alleging|asserting|"
    r"contending|maintaining|estimating)\b"
)
_RELATIVE_PRONOUN_SPEECH = re.compile(
    r"\b(?:that|which|who)\s+(?:they|he|she|it)\s+(?:said|say|says|claimed|claim|claims|"
    r"estimated|believed|believe|alleged)\b"
)
# "X said in a statement", "a statement from X": X issued a statement "the statement" refers to
_ISSUED = re.compile(
    r"\b(?:said|says|added|announced)\s+in\s+(?:a|an|its|their)\s+statement\b"
    r"|\b(?:issued|released|published|posted)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statements?|alerts?|warnings?|notices?|advisor(?:y|ies)|communiqu[eé]s?|bulletins?)\b"
)
# "the statement said", "the embassy alert continued": the document a body issued before
_THE_STATEMENT = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|release|post|announcement|alert|"
    r"advisory|notice|bulletin)\s+"
    r"(?:also\s+)?(?:said|says|added|adds|stated|states|noted|read|reads|claimed|continued)\b"
)
_POST_STATES = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+((?:[A-Z][\w'’&.-]*\s+){1,4})(?:post|tweet|statement|release|"
    r"bulletin|communiqu[eé]|update|message|announcement)\b[^,;.]{0,60}?\s+"
    r"(?:states|stated|says|said|notes|noted|reads|read|claims|claimed|reports|reported|confirms|confirmed)\b"
)
# a relative clause set between commas after a subject ("The company, which runs the grid,
# said"): read the sentence without it to find the speaker
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;\"]{3,120},")
# evidence examined by a body ("satellite images reviewed by the X Institute show ..."): X
_BODY_NOUN = (
    r"(?:ministry|office|agency|department|authorities|authority|service|services|monitor|"
    r"police|army|military|government|council|commission|observatory|hospital)"
)
_EXAMINED_BY = re.compile(
    r"\b(?:reviewed|analy[sz]ed|obtained|verified|geolocated|compiled|examined|seen|released|"
    r"published|issued|collected|gathered)\s+by\s+"
    r"((?:the\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w'’&.-]*"
    rf"(?:\s+(?:[a-z]+\s+)?{_BODY_NOUN})?)"
    r"[^.;]{0,40}?\b(?:show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|"
    r"suggested|reveal|reveals|revealed|confirm|confirms|confirmed|put|puts|gave|gives)\b"
)
_ACCORDING_ANY = re.compile(r"\b[Aa]ccording\s+to\s+[^,;]{1,80}[,;]\s*")
_DATE_NAME = re.compile(
    r"^(?:(?:early|mid|late)[- ])?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Today|Yesterday)\b(?:\s+(?:\d+|figures|data|report|statement))?$",
    re.I,
)  # sentences of the same paragraph after an attributed one
# a time the sentence opens with, run into the speaker's name by a missing comma ("On 10
# September Poland informed ...", "In March Latvia said", "On Tuesday Estonia told": round
# trialB28): a weekday or a month, with its day number and year, after an opening preposition
_TIME_LEAD = re.compile(
    r"^((?:(?:On|In|At|During|Since|By|Late|Early|Last|This)\s+)?(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?)\s+(?:the\s+)?(?=[A-Z])"
)
_TIME_PREPOSITION = re.compile(r"(?:On|In|At|During|Since|By|Late|Early|Last|This)\s", re.I)


def _without_time_opening(name: str, text: str) -> str:
    """``name`` without the time the sentence opens with when no comma sets it off ("On 10
    September Poland informed the council": "Poland"; "In March Latvia said": "Latvia").
    The time must open with a preposition, in the name or right before it in ``text`` ("On
    10 "): a name that only begins with a weekday's or a month's word ("Sunday Times",
    "the March Committee") stays whole."""
    m = _TIME_LEAD.match(name)
    if not m:
        return name
    rest = name[m.end() :].strip()
    if not rest:
        return name
    at = text.find(name)
    lead = text[max(0, at - 12) : at] if at >= 0 else ""
    opened = _TIME_PREPOSITION.match(m.group(1)) or re.search(
        r"(?:^|\s)(?:On|In|At|During|Since|By)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$",
        lead,
    )
    return rest if opened else name


_ROLE_SUBJECT = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he)\s+|(?<![\w'’])(?=[A-Z][\w-]*'s\s))((?:[\w'’-]+\s+){0,3}?(?:officer|officers|official|officials|spokesman|spokeswoman|"
    r"spokesperson|source|sources|commander|diplomat|diplomats|analyst|analysts|expert|experts|adviser|aide|"
    r"investigator|investigators|researcher|researchers|observer|observers|service|ministry|agency|authorities|"
    r"administration|office|military|army|navy|police|governor|mayor|operator|company|monitor|group|command|"
    r"force|forces|guard|media|council|authority|utility|spokesman|committee|commission|chief|head)(?:\s+(?:from|of|at|in|with)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)\s+(?:also\s+)?"
    r"(?:told|said|says|added|stated|estimated|reported|reports|announced|confirmed|"
    r"expects|expected|predicts|predicted|forecasts|"
    r"anticipates|fears|warned|warns)\b"
)


def leading_subject(text: str) -> str | None:
    """The subject a sentence opens with, up to its verb ("Governor Ana Sol on Friday
    praised ..." -> "Governor Ana Sol"); None when the sentence opens otherwise or with a
    pronoun."""
    m = _LEADING_SUBJECT.match(text.translate(CURLY_QUOTES))
    if not m:
        return None
    name = _strip_the(m.group(1))
    if not name or name.lower() in {"it", "they", "he", "she", "we", "this", "that"}:
        return None
    return name


# the head nouns of a person named by role ("an administration spokesman", "a police
# officer"): a person even when a body's word ("administration", "police") modifies it
PERSON_HEADS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officer",
        "commander",
        "representative",
        "resident",
        "witness",
        "governor",
        "mayor",
        "minister",
        "director",
        "chief",
        "head",
        "administrator",
        "analyst",
        "doctor",
        "aide",
    ]
)


def _is_org(name: str) -> bool:
    """Whether ``name`` is a body (a ministry, an army, "OSC") rather than a person: a body's
    word in it, unless a person's role heads it ("an administration spokesman")."""
    words = [w.strip(".,'’()").lower() for w in name.split()]
    head = re.split(r"\s+(?:of|for|in|at|from|with)\s+", name.lower())[0].split()
    if head and head[-1].strip(".,'’()") in PERSON_HEADS:
        return False
    if any(w in ORG_HEADS for w in words):
        return True
    return len(words) == 1 and bool(re.fullmatch(r"[A-Z]{2,}", name.strip()))


@cache
def _plural_heads() -> frozenset[str]:
    """Plural nouns of sources and reports ("officials", "witnesses", "reports") of
    data/cues.yaml ``source_nouns`` and ``attribution_nouns``: a group or its papers, never
    what a "he" or "she" refers to."""
    cues = load_data("cues.yaml")
    words = {str(w).lower() for w in [*cues["source_nouns"], *cues["attribution_nouns"]]}
    return frozenset(w for w in words if w.endswith("s") and not w.endswith("ss"))


def _plural_group(name: str) -> bool:
    """Whether ``name`` is a group of sources or reports by its last word ("Alternative
    reports", "Local officials", "witnesses"), which no singular pronoun refers to."""
    words = name.lower().split()
    return bool(words) and words[-1].strip(".,'’()") in _plural_heads()


@cache
def _given_names() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("given_names.yaml")["given_names"])


def _looks_person(name: str) -> bool:
    """A name that opens with a given name or holds a title ("Oleh Syniehubov", "the
    governor of Kherson")."""
    words = [w.lower().strip(".,'’") for w in name.split()]
    return bool(words) and (words[0] in _given_names() or any(w in TITLE_WORDS for w in words))


def _tokens(name: str) -> set[str]:
    stop = {"the", "of", "and", "u.s.", "us", "s", "department", "office"} | set(TITLE_WORDS)
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in stop and len(w) > 1}


def publisher_names(
    title: str, author: str | None, aliases: Mapping[str, Sequence[str]] | None = None
) -> list[str]:
    """Names under which the source speaks in its own voice (its author, the issuer in the title)."""
    names: list[str] = []
    if author:
        names += [a.strip() for a in re.split(r",|\band\b", author) if a.strip()]
    m = re.match(
        r"\s*(?:Statement|Remarks|Readout|Message)\s+(?:from|by|of)\s+(.+?)\s+(?:on|at|about|regarding)\b",
        title,
    )
    if m:
        names.append(m.group(1))
    m = re.match(
        r"\s*([A-Z][\w.&'’-]+)\s+(?:Sanctions|Targets|Designates|Imposes|Announces|Issues|Takes|Calls|Says|Releases|Launches|Condemns|Welcomes|Statement)\b",
        title,
    )
    if m:
        names.append(m.group(1))
    if aliases is None:
        aliases = load_data("cues.yaml").get("publisher_aliases", {})
    for name in list(names):
        for key, more in aliases.items():
            if key in name.lower():
                names += more
    return names


_FIRST_PERSON = re.compile(r"\b(?:we|our|today's action|this action)\b", re.I)


def speaks_of_itself(text: str, publishers: Sequence[str]) -> bool:
    """Whether a sentence in the source's own voice reports the publisher's own action: it
    names the publisher ("Treasury is sanctioning", "OFAC designated") or speaks in the first
    person or of "today's action"."""
    if not publishers:
        return False
    if _FIRST_PERSON.search(text):
        return True
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    return any(_tokens(p) and _tokens(p) <= words for p in publishers)


def _own_voice(name: str, publishers: Sequence[str]) -> bool:
    toks = _tokens(name)
    return bool(toks) and any(toks & _tokens(p) for p in publishers)


def _named_here(noun: str, text: str) -> str | None:
    """ "agency" of "The United Nations migration agency said ...": the name the sentence
    itself gives the speaker, its capitalised words and up to two lower-case modifiers
    before the noun ("United Nations migration agency", "UN refugee agency"); None when the
    sentence names none (then an earlier sentence does: :func:`_resolve_noun`)."""
    head = noun.split()[-1]
    if head not in text:  # the noun itself is written as given
        return None
    m = re.search(
        rf"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s+)+(?:[a-z][\w'’-]*\s+){{0,2}}){re.escape(head)}"
        rf"(?![\w'’-])",
        text,
    )
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    lower = [w for w in words if not w[:1].isupper()]
    if (
        not words
        or not words[0][:1].isupper()
        or any(w.endswith(("'s", "’s", ",")) for w in words)  # "Dorvia's agency"
        or any(w.lower() in _FUNCTION_WORDS for w in [*lower, words[0]])  # "While the army"
        # "Agencies quoted residents as saying": the one quoted is no modifier of the outlet
        or any(w.lower() in _QUOTING_VERBS for w in lower)
    ):
        return None
    return " ".join([*words, head])


# verbs by which an outlet passes on another's words: never a modifier of a name ("Agencies
# quoted residents as saying": residents, not "Agencies quoted residents"; round revB18)
_QUOTING_VERBS = frozenset(["quoted", "quotes", "quote", "quoting"])
# words that end a name's run before a noun: "While the army said", "After its agency said"
_FUNCTION_WORDS = frozenset(
    [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
        "those", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from",
        "while", "when", "after", "before", "as", "but", "however", "since", "if", "though",
        "although", "because", "once", "until", "where", "whereas", "meanwhile", "also",
    ]
)  # fmt: skip


@lru_cache(maxsize=256)
def _noun_patterns(aliases: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The three patterns :func:`_resolve_noun` looks for one noun's ``aliases`` with (a
    name after the noun, the noun inside a name, a name after the noun and a comma), built
    once per noun."""
    alt = "|".join(re.escape(a) for a in aliases)
    return (
        re.compile(rf"(?i:\b(?:{alt})\b)\.?\s+((?:[A-Z][\w'’-]+\s?){{1,3}})"),
        re.compile(rf"((?:[A-Z][\w'’-]+\s+)*(?i:{alt})(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]+)+)?)"),
        re.compile(rf"\b(?i:{alt}),?\s+((?:[A-Z][\w'’-]+\s?){{1,3}})"),
    )


def _resolve_noun(
    noun: str, history: list[tuple[int, str]], texts: list[str], index: int
) -> str | None:
    """ "the ministry", "the general": the latest named body or person that noun refers to."""
    noun = noun.lower().split()[-1]
    for _, name in reversed(history):
        if noun in name.lower() or any(
            a in name.lower().split() for a in _TITLE_ALIASES.get(noun, ())
        ):
            return name
    titled, named, listed = _noun_patterns(_TITLE_ALIASES.get(noun, (noun,)))
    for k in range(index - 1, max(-1, index - 8), -1):
        text = texts[k]
        # "Ministry of Defence", "Gen Oleksandr Syrskyi", "the grid operator Ukrenergo"
        found = list(titled.finditer(text))
        m = found[-1] if found else None
        if m:
            return (text[m.start() : m.end()]).strip()
        for m in named.finditer(text):
            if m.group(1)[:1].isupper():
                return m.group(1).strip()
        for m in listed.finditer(text):
            return m.group(1).strip()
    if noun in _GENERIC_BODIES:
        # "the agency said" of a body introduced by name only ("The Magen David Adom (MDA),
        # the national emergency service, confirmed ..."): the latest body that spoke
        for _, name in reversed(history):
            if not _looks_person(name):
                return name
    return None


def _country_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    surfaces = sorted(gaz.countries_of, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(s) for s in surfaces)})(?![\w-])")


def _state_office(noun: str, texts: list[str], index: int) -> str | None:
    """ "the presidency" (an office of ``state_offices`` of data/cues.yaml with no country in
    its name): that office of the country the source names most up to this sentence, the
    latest named on a tie ("Egypt presidency"); None when the noun is no such office, the
    office is qualified ("the rotating presidency", "the council presidency": another
    body's, review revB23) or the source names no country (round claims23)."""
    words = noun.lower().split()
    offices = frozenset(str(w).lower() for w in load_data("cues.yaml")["state_offices"])
    if not words or words[-1] not in offices or any(w != "the" for w in words[:-1]):
        return None
    if not re.search(rf"(?<![\w'’-])the\s+{re.escape(words[-1])}\b", texts[index], re.I):
        return None  # "The EU's rotating presidency said": the office of another body
    gaz = gazetteer()
    pattern = gaz.derived("attribution.countries", _country_pattern)
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    order = 0
    for text in texts[: index + 1]:
        for m in pattern.finditer(text):
            key = gaz.countries_of[m.group(0)]
            counts[key] = counts.get(key, 0) + 1
            last[key] = order
            order += 1
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], last[k]))
    return f"{gaz.names[key][0]} {words[-1]}"


def _recent(history: list[tuple[int, str]], index: int) -> list[tuple[int, str]]:
    """The entries of ``history`` (ascending indices) within ``_REACH`` of ``index``: a
    suffix, found from the end, so a long source is not scanned from its start each time."""
    k = len(history)
    while k and index - history[k - 1][0] <= _REACH:
        k -= 1
    return history[k:]


def originators(
    sentences: Sequence[tuple[str, str, int]], publishers: Sequence[str] = ()
) -> dict[str, str | None]:
    """Sentence id -> the originator of what it reports (None = the source's own voice).

    ``sentences``: (id, text, paragraph) in reading order.
    """
    out: dict[str, str | None] = {}
    history: list[tuple[int, str]] = []  # (index, originator) of attributed sentences
    texts = [t.translate(CURLY_QUOTES) for _, t, _ in sentences]
    paragraph_source: dict[int, tuple[int, str]] = {}
    acronyms: dict[str, list[str]] = {}
    mentions: list[tuple[int, str]] = []  # people introduced without a speech verb
    issuers: list[tuple[int, str]] = []  # bodies that issued a statement
    issued_at: dict[int, str] = {}  # sentence index -> the body that spoke in a statement
    for index, (sid, _, paragraph) in enumerate(sentences):
        text = texts[index]
        source, pronoun = attribution(text)
        reduced = _RELATIVE_ASIDE.sub("", text, count=1)
        if source is None and reduced != text:
            source, pronoun = attribution(reduced)
        if source is not None and source == source.lower():
            source = _named_here(source, text) or source
        its = _ITS_ROLE.search(text)
        if its and (source is None or source.lower() == its.group(1)):
            # "... over the southern region of Kherson, its governor said": that place's role
            place = _PLACE_OF.search(text[: its.start()])
            if place:
                source = f"{its.group(1)} of {place.group(1) or place.group(2)}"
        if source is None and (examined := _EXAMINED_BY.search(text)):
            source = _strip_the(examined.group(1))
        participle_pronoun = None
        appositive = _APPOSITIVE.match(text)
        lower = None if appositive else _APPOSITIVE_LOWER.match(text)
        if lower and lower.group(1).split()[-1].lower().strip(".,'’") in ORG_HEADS | PERSON_HEADS:
            appositive = lower  # "Dorvia's civil defence, a rescue service ..., said"
        if appositive and appositive.group(1).lower() in _speaker_words()[0]:
            appositive = None  # "Overnight, warplanes struck ..., added X": X speaks
        if appositive:  # "Eric Reeves, one of the leading voices on Sudan, said": Reeves
            source = appositive.group(1)
        else:
            mention = _MENTION.match(text)
            if mention:
                mentions.append((index, mention.group(1)))
        # "..., although SP Rana confirmed seven deaths": a person a later "he added" may mean
        mentions += [(index, name) for name in concessive_speakers(text)]
        if source is None and (with_saying := _with_reporter(text)):
            source = _strip_the(with_saying)
        if source is None and (
            _SPEECH_PARTICIPLE.search(text) or _RELATIVE_PRONOUN_SPEECH.search(text)
        ):
            # "X on Friday praised the crews, saying ...", "X condemned strikes that they said
            # killed ...": the speaker is the subject the sentence opens with
            source = leading_subject(text)
            if source is None and (opening := _PRONOUN_START.match(text)):
                # "He expressed frustration, saying ...": whom the pronoun refers to
                participle_pronoun = opening.group("p").lower()
        lead = _referring(text.lstrip(' "'), start_only=True)
        if lead and lead.group("pron"):
            source = None  # "He said that Sudan's army ...": the pronoun is the speaker
            pronoun_lead = True
        else:
            pronoun_lead = False
        if source is not None and source == source.lower() and _ACCORDING_ANY.search(text):
            # "According to new reports, the ministry said ...": the speaker named is the origin
            rest = _ACCORDING_ANY.sub("", text, count=1)
            role = _ROLE_SUBJECT.search(rest)
            inner = attribution(rest)[0] or (role.group(1) if role else None)
            source = inner or source
        continued = False
        m = _referring(text)
        referring = None
        if m:
            if m.group("pron"):
                referring = ("pron", m.group("pron").lower())
            else:
                referring = ("noun", m.group("noun"))
        if referring is None and participle_pronoun:
            referring = ("pron", participle_pronoun)
        if (own := _ACCORDING_OWN.search(text)) and (source is None or _tidy(source) is None):
            # "According to his account, ...": the person who spoke before
            source = None
            referring = ("pron", _POSSESSIVE_PRONOUN[own.group(1).lower()])
        quoted = _QUOTED_AS.search(text)
        if quoted and (source is None or _documents().match(source)):
            # "a government statement quoted Mr Tessel, the premier, as saying": the one quoted
            source = quoted.group(1)
        cited = _CITING.search(text)
        if cited and _cited_reason(cited.group(1)):
            cited = None  # "..., citing civilian deaths and clinic strikes": a reason
        if cited and source and cited_account(cited.group(1)):
            cited = None  # "X said, citing unconfirmed reports from ...": X's own figure
        cited = cited or _statement_by().search(text)
        the_statement = _THE_STATEMENT.search(text)
        if cited:
            named = _strip_the(cited.group(1))
            if not (source and source != named and named in source):
                source = named  # unless the source is that name in full ("Dorvian army")
        elif the_statement and (source is None or "statement" in source.lower()):
            # "the statement said": whoever issued the statement named before
            issued = [n for i, n in issuers if index - i <= _REACH + 2]
            source = issued[-1] if issued else None
            if source is None:
                referring = ("pron", "it")
        elif source is not None and _documents().match(source):
            # "according to a post on social media site X": a document names no one, and the
            # platform it is on is no originator; who issued it is resolved below
            source = None
            referring = ("pron", "it")
        elif source is not None and source == source.lower():
            # "the ministry added": a definite description of a body named before
            recent = _recent(history, index)
            source = (
                _resolve_noun(source, recent, texts, index)
                or _state_office(source, texts, index)
                or source
            )
        if source is None and (
            put := _PUT_AT.match(text) or _REPORTED_BY.search(text) or _REVISED_BY.search(text)
        ):
            source = _strip_the(put.group(1))
        if source is None:
            s = _STUDY.search(text) or _POST_STATES.search(text) or _STUDY_BARE.match(text)
            if s:
                source = s.group(1).strip()
        if source is None and referring is not None:
            kind, word = referring
            recent = _recent(history, index)
            if kind == "pron":
                want_org = word in {"it", "they"}
                here = paragraph_source.get(paragraph)
                if word in {"he", "she"}:
                    # "she said" may point to someone introduced without a speech verb
                    recent = sorted(recent + [(i, n) for i, n in mentions if index - i <= 2])
                if here and index - here[0] <= 2 and word in {"he", "she"} and _is_org(here[1]):
                    # "The army said ... he said": its spokesman, in the same paragraph
                    recent = []
                    source = here[1]
                for _, name in reversed(recent):
                    single = len(name.split()) == 1
                    if word in {"he", "she"} and _plural_group(name):
                        continue  # "Local reports say ... He says": one person, no group
                    if _is_org(name) == want_org or word == "they" or single:
                        source = name
                        break
                if source is None and word == "it":
                    # "it said" of a body whose name has no organisation word ("the Dorvian
                    # Red Cross"): the latest name written with "the" that is no person
                    source = next(
                        (
                            n
                            for i, n in reversed(recent)
                            if not _looks_person(n)
                            and re.search(rf"\bthe\s+{re.escape(n)}", texts[i], re.I)
                        ),
                        None,
                    )
            else:
                source = _resolve_noun(word, recent, texts, index)
        if source is None:
            r = _ROLE_SUBJECT.search(text) or _ROLE_SUBJECT.search(reduced)
            if (
                r
                and not event_clause(r.string[: r.end(1)] + " ")
                and not re.search(r"\b(?:that|which)\s", r.group(1), re.I)
            ):
                # not "... before the ministry confirmed the closure": a clause of time; nor
                # "The raid that officials said ...": a relative clause's speaker, of the raid
                source = r.group(1)
        if source is None and not pronoun_lead:
            # a sentence naming a body that was an originator earlier in the paragraph, or
            # just before it giving figures of its own ("The military's toll also lists four
            # officers"); a sentence of another paragraph with no figure that names the body
            # is the writer's own view of it ("The loss will push the army to ...")
            counts = None
            for i, name in reversed(_recent(history, index)):
                if not _is_org(name):
                    continue
                if sentences[i][2] != paragraph:
                    if counts is None:
                        counts = bool(find_quantities(text))
                    if not counts:
                        continue
                keys = [name, *acronyms.get(name, [])]
                # not a country's whole service ("a blow to Dorvia's military"): another body
                if any(
                    k in text and re.search(rf"(?<!['’]s )\b{re.escape(k)}\b", text) for k in keys
                ):
                    source = name
                    break
        if source is None and _ACCORDING.search(text):
            recent = _recent(history, index)
            orgs = [n for _, n in recent if _is_org(n)]
            if orgs:
                source = orgs[-1]
        if source is None:
            # quotation continued: '"... ," said X.' in the next sentence of the paragraph
            if (
                text.lstrip().startswith('"')
                and index
                and (sentences[index - 1][2] == paragraph or texts[index - 1].count('"') % 2)
                and '"' in texts[index - 1]
                and history
                and history[-1][0] == index - 1
            ):
                # continued in the same paragraph, or a quotation left open at a paragraph's
                # end and reopened in the next
                source = history[-1][1]
            elif text.lstrip().startswith('"') and text.count('"') % 2 == 1:
                source = _closing_speaker(sentences, texts, index)
        if source is None and paragraph in paragraph_source:
            j, name = paragraph_source[paragraph]
            pm = _PRONOUN_START.match(text)
            if (
                pm and index - j <= 2 and (pm.group("p") not in {"He", "She"} or not _is_org(name))
            ) or _ESTIMATED.match(text):
                source = name
            elif index - j == 1 and _ELABORATION.match(text) and find_quantities(text):
                # "At least 15 died, witnesses said. Among the dead were four children.": a
                # part of the toll just given, whoever gave it
                source = name
                continued = True
            elif (
                index - j <= _CONTINUATION
                and _is_org(name)
                and not text.lstrip().startswith('"')
                and not _DEMONSTRATIVE_START.match(text)
                # a measure alone ("Ostra, a town 60 kilometers west of Varsk") is where a
                # place lies, no figure of the report (round claims22)
                and any(q.kind != "measure" for q in find_quantities(text))
            ):
                # a paragraph that goes on giving figures after a body's report keeps that
                # body ("The ministry said 40 drones were downed. Another 12 fell near X.");
                # a sentence with no figure is the writer's own voice again
                source = name
                continued = True
        if source is not None and (_ISSUED.search(text) or _statement_by().search(text)):
            issuers.append((index, source))
            if _ISSUED.search(text):
                issued_at[index] = source
        if source is not None and not continued:
            # the name written out is in the sentence before its bracketed acronym is
            a = (
                re.search(rf"{re.escape(source)}\s*\(([A-Z]{{2,}})\)", text)
                if source in text and "(" in text
                else None
            )
            if a:
                acronyms.setdefault(source, []).append(a.group(1))
            history.append((index, source))
            paragraph_source[paragraph] = (index, source)
        if source is not None:
            source = _tidy(source)
        if source is not None:
            source = _without_time_opening(source, text)
        if source is not None:
            before = [(i, n) for i, n in history if i != index]
            if source.lower() in _speaker_words()[1]:
                # "It raised the toll to 311": whoever spoke just before in the source
                recent = _recent(before, index)
                source = recent[-1][1] if recent else None
            elif source:
                source = _full_name(source, [n for _, n in before] + [n for _, n in mentions])
            if history and history[-1][0] == index:
                if source is None:
                    history.pop()
                    paragraph_source.pop(paragraph, None)
                else:
                    history[-1] = (index, source)
                    paragraph_source[paragraph] = (index, source)
        if source is not None and _DATE_NAME.match(source):
            source = None  # "June", "Monday": a date, never an originator
        if source is not None and _own_voice(source, publishers):
            source = None
        out[sid] = source
    _between_same_source(sentences, texts, out)
    _confirmed_after(sentences, texts, out)
    _added_after(sentences, texts, out)
    _statement_paragraph(sentences, texts, out, issued_at)
    # a transcript's turn: what a sentence does not attribute otherwise is its speaker's
    # ("SECRETARY SOL:" after "SECRETARY OF DEFENSE ANA SOL:" is Ana Sol)
    known = [n for _, n in history] + [n for _, n in mentions]
    for (sid, _, _), speaker in zip(sentences, turn_speakers(texts), strict=True):
        if speaker is None:
            continue
        speaker = _full_name(speaker, known)
        if not known or known[-1] != speaker:
            known.append(speaker)
        if out.get(sid) is None:
            out[sid] = speaker
    return out


_QUOTE_REACH = 6  # sentences a quotation may run on before the one naming its speaker


def _closing_speaker(
    sentences: Sequence[tuple[str, str, int]], texts: Sequence[str], index: int
) -> str | None:
    """The speaker named where the quotation opened by sentence ``index`` closes ('"We found
    12 bodies. ... Another 30 are missing," the governor said.'), within ``_QUOTE_REACH``
    sentences; the quotation may run on into the next paragraph when it is left open at a
    paragraph's end and reopened at the next one's start (the convention of a quotation of
    several paragraphs; round claims24), never into a paragraph that does not reopen it."""
    open_quote = True
    for k in range(index + 1, min(len(sentences), index + 1 + _QUOTE_REACH)):
        text = texts[k]
        marks = text.count('"')
        if sentences[k][2] != sentences[k - 1][2]:
            if not text.lstrip().startswith('"'):
                return None
            marks -= 1  # the mark that reopens the quotation
        nxt, _ = attribution(text)
        if nxt and '"' in text:
            return nxt
        if marks % 2:
            open_quote = not open_quote
        if not open_quote:
            return None
    return None


# the agent of a passive confirmation: up to four words after "by", before a preposition of
# its occasion or the clause's end ("by the regional governor in a radio interview")
_BY_AGENT = re.compile(
    r"\s+(?:the\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s+(?:in|at|on|during|after|before|via|through|when|while|and)\b|\s*[,.;]|\s*$)"
)


@cache
def _confirmation() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a passive confirmation opening a sentence: "This was confirmed by", "The figures were
    later verified by"; an active one of a figure or of what came before: "confirmed the
    toll", "confirmed this"), by ``confirmation_verbs`` and ``confirmed_referents`` of
    data/cues.yaml."""
    data = load_data("cues.yaml")
    verbs = alternation(str(w).lower() for w in data["confirmation_verbs"])
    what = alternation(str(w).lower() for w in data["confirmed_referents"])
    passive = re.compile(
        rf"^\W*(?:{what})\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
        rf"(?:\w+ly\s+|later\s+|also\s+|since\s+)?(?:{verbs})\s+by\b",
        re.I,
    )
    active = re.compile(rf"\b(?:{verbs})\s+(?:{what})(?![\w'’-])", re.I)
    return passive, active


def _confirmed_after(
    sentences: Sequence[tuple[str, str, int]], texts: list[str], out: dict[str, str | None]
) -> None:
    """A sentence that gives figures with no speaker of its own, followed in its paragraph by
    one that confirms them and names who did ("At least 20 died in the raids. This was
    confirmed by the army on Monday."; "The governor confirmed the toll."), reports what that
    confirmer gave. A sentence that opens a quotation, or names its speaker at its end, is
    left as it is."""
    passive, active = _confirmation()
    for k in range(len(sentences) - 1):
        sid, _, paragraph = sentences[k]
        after = out[sentences[k + 1][0]]
        nxt = texts[k + 1]
        opening = passive.search(nxt)
        agent = _BY_AGENT.match(nxt, opening.end()) if opening and after is None else None
        if agent:  # "The figures were later confirmed by the governor in ...": the agent
            after = out[sentences[k + 1][0]] = agent.group(1)
        if (
            out[sid] is None
            and after is not None
            and sentences[k + 1][2] == paragraph
            and (passive.search(nxt) or active.search(nxt))
            and not texts[k].lstrip().startswith('"')
            and not _TRAILING_SPEECH.search(texts[k])  # its own speaker, though unresolved
            and find_quantities(texts[k])
        ):
            out[sid] = after


# a sentence that adds figures to the ones before it, its source named after them: "also"
# (or "another", "in addition") before "according to" in the same clause ("We also deplore
# four missing, according to the rights group"; round claims23r)
_ADDED_ACCORDING = re.compile(
    r"(?:\balso\b|^\W*(?:Another|In\s+addition|Besides)\b)[^;:\"]*?,?\s+according\s+to\s+",
    re.I,
)


def _added_after(
    sentences: Sequence[tuple[str, str, int]], texts: list[str], out: dict[str, str | None]
) -> None:
    """A sentence that gives figures with no speaker of its own, followed in its paragraph by
    one that adds figures to them and names its source after them ("Thirty people died in the
    raids. Four are also missing, according to a rights group."), reports what that source
    gave: "also" says the two counts come from one account. A sentence whose next one names
    its speaker before "also" ("The army also said it sent 200 troops") keeps its own voice,
    as does one that opens a quotation or names its speaker at its end (round claims23r)."""
    for k in range(len(sentences) - 1):
        sid, _, paragraph = sentences[k]
        after = out[sentences[k + 1][0]]
        nxt = texts[k + 1]
        if (
            out[sid] is None
            and after is not None
            and sentences[k + 1][2] == paragraph
            and (added := _ADDED_ACCORDING.search(nxt))
            and not has_speech_verb(added.group(0))  # "The army also said ..., according to"
            and find_quantities(nxt)
            and not texts[k].lstrip().startswith('"')
            and not _TRAILING_SPEECH.search(texts[k])
            and find_quantities(texts[k])
        ):
            out[sid] = after


# a sentence that turns from the statement to other news ("Meanwhile, ...", "However, ...")
_TURN = re.compile(r"^\W*(?:Meanwhile|However|But|Elsewhere|Separately|Earlier|Later)\b")


def _statement_paragraph(
    sentences: Sequence[tuple[str, str, int]],
    texts: list[str],
    out: dict[str, str | None],
    issued_at: dict[int, str],
) -> None:
    """A paragraph that reports a body's statement sentence by sentence ("..., the council said
    in a statement. In the face of this, the council reiterates ... The safety of the people
    is a sacred mission. It will be carried to the end, it further noted. No threat will
    break the Republic.") keeps that body for its sentences with no speaker of their own,
    after the one saying "in a statement", when the body speaks again in the paragraph and no
    one else does; a sentence that turns to other news ("Meanwhile, ...") ends it."""
    for start, issuer in issued_at.items():
        paragraph = sentences[start][2]
        run: list[int] = []
        again = False
        for k in range(start + 1, len(sentences)):
            if sentences[k][2] != paragraph or _TURN.match(texts[k]):
                break
            speaker = out[sentences[k][0]]
            if speaker is None:
                run.append(k)
            elif speaker == issuer:
                again = True
            else:
                break
        if again:
            for k in run:
                out[sentences[k][0]] = issuer


# a speaker named at a sentence's end, after what it says ('..., Ana Sol said.', '"...,"
# said the army.'): a wire report's way of attributing the paragraph before it too
_TRAILING_SPEECH = re.compile(
    r"[,\"]\s+(?:(?:[\w.'’-]+\s+){1,8}?(?:said|says|added|adds)(?:\s+on\s+\w+)?"
    r"|(?:said|says|added|adds)\s+[^,;\"]{2,80})\s*\.?\s*$"
)


def _between_same_source(
    sentences: Sequence[tuple[str, str, int]], texts: list[str], out: dict[str, str | None]
) -> None:
    """A sentence that gives figures with no speaker of its own, between two sentences of one
    originator (the one just before, and the next, of its own paragraph, which names its
    speaker at its end), reports what that originator said: "X said the clash began at dawn.
    The fighting killed seven. Three were wounded, X said." A sentence that opens a quotation
    or with "This ..." stays the writer's own."""
    for k in range(1, len(sentences) - 1):
        sid, _, paragraph = sentences[k]
        before, after = out[sentences[k - 1][0]], out[sentences[k + 1][0]]
        if (
            out[sid] is None
            and before is not None
            and after is not None
            and sentences[k + 1][2] == paragraph
            and _TRAILING_SPEECH.search(texts[k + 1])
            and _tokens(before) & _tokens(after)
            and not texts[k].lstrip().startswith('"')
            and not _DEMONSTRATIVE_START.match(texts[k])
            and find_quantities(texts[k])
        ):
            out[sid] = before
