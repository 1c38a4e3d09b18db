"""Quantitative claims as event frames: how many of what, what happened, when, where.

For each quantity of a sentence (:mod:`briefbook.analysis.numbers`, which drops dates,
designations, ids and ages and reads the interval) a frame is built:

* **counted thing**: the noun phrase the numeral governs, parsed from the numeral on
  ("1,000 of the 11,000 troops" counts troops; "24,000 152 mm rounds" counts rounds);
  elliptic figures take the previous figure's thing ("38 drones and 12 missiles ... and 7");
* **event**: a noun naming the event as the phrase's head ("26 deaths", "18 shipments"),
  else the governing verb of the clause (a participle right after the phrase, the passive or
  predicate verb after it, or the verb right before the number), else the counted thing's
  default event ("hostages" were captured); then folded by what is counted
  (:func:`briefbook.analysis.events.fold_event`); ``other`` when nothing names one;
* **modality**: ``asserted``, ``negated`` ("denied that 40 ..."), ``capacity`` ("could make",
  "enough ... to"; a supposition: "thousands could have been killed") or ``future`` ("will
  hand over");
* **time** and **place** when the clause states them; hedges that qualify the figure.

The originator is not decided here (a sentence alone cannot resolve "it said"): the caller
passes it (:mod:`briefbook.analysis.attribution`); which speaker of the sentence each figure
belongs to is read by :mod:`briefbook.analysis.clause_speakers`. Linear in the sentence length.

Over 500 lines by a little: one frame builder whose steps (counted thing, event, modality,
time, place) read the same parse of one clause and are kept together.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from briefbook.analysis.clause_speakers import (
    according_in_clause,
    after_fronted_reports,
    before_later_speaker,
    before_trailing_report,
    concessive_speaker,
    first_speaker,
    fronted_source,
    in_fronted_time_clause,
    in_reporter_aside,
    later_clause_speaker,
    only_claims_the_attack,
    only_declares_an_act,
    relative_speaker,
    second_speaker,
    source_right_after,
    speech_only_in_relative,
    told_by_speaker,
)
from briefbook.analysis.counted_words import is_one_person, joins_modifiers, missing_at
from briefbook.analysis.events import event_of, event_table, fold_event, is_person, taken_by_force
from briefbook.analysis.hedges import find_cues
from briefbook.analysis.measures import (
    DURATIONS,
    TALLY,
    TALLY_REACH,
    is_measurement,
    measure_patterns,
)
from briefbook.analysis.numbers import (
    Quantity,
    carried_interval,
    find_quantities,
    spelled_number,
    weekdays,
)
from briefbook.analysis.past_wars import ended_war_year
from briefbook.analysis.scopes import find_scope
from briefbook.data import load_data
from briefbook.model import Claim
from briefbook.text import CURLY_QUOTES, alternation, blank_urls, unique

__all__ = [
    "opens_with_part",
    "opens_with_revision",
    "moves_the_tally",
    "Frame",
    "cause_modifier",
    "counted_phrase",
    "dated_event",
    "find_claims",
    "find_frames",
    "last_count",
    "scene_of",
]

# an abbreviation with its dots stays one token, also joined to a country pair: "U.S.-UK"
# a figure grouped in thousands before a hyphened unit is one modifier ("two 30,000-pound
# bombs": the bombs are counted; round facts25)
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:-[A-Za-z]+)+(?![\w,])"
    r"|(?:[A-Za-z]\.){2,}(?:-[\w'&/]+(?:[-.][\w'&/]+)*)?|[\w'&/]+(?:[-.][\w'&/]+)*|[^\w\s]"
)
# a dash typed as a spaced hyphen or an en dash breaks as one, unless it opens a part of the
# figure's noun as a comma does ("killed 12 people - including 4 children - on Monday")
_CLAUSE_BREAK = re.compile(
    r"[;:—(]|\s[-\u2013]\s(?!including\b|such as\b|among them\b|mostly\b|mainly\b)"
    r"|(?<![A-Z])\.\s|,\s(?!including\b|such as\b|among them\b|mostly\b|mainly\b)"
    r"|(?<!from )(?<!of )(?<!in )(?<!on )(?<!at )(?<!by )(?<!for )(?<!with )\bthat\b"
    r"|\b(?:which|who|whom|whose|where|but|while|whereas|although|after|before|when)\b"
    # "as" right before the figure opens a clause whose subject it is ("burned an effigy as 200
    # police watched"): not "as many as 200", "such as 20 children", "as well as 12 trucks"
    r"|(?<!\bmany )(?<!\bmuch )(?<!\bhigh )(?<!\bfar )(?<!\bsuch )(?<!\bwell )(?<!\blong )"
    r"(?<!\bsame )(?<!\blow )(?<!\bfew )(?<!\blarge )(?<!\bsoon )(?<!\bearly )"
    r"\bas\s+(?:(?:some|about|around|nearly|almost|at\s+least|more\s+than|over)\s+)?$"
)
# the openers of a subset aside: "At least 12 peacekeepers, including two from the UN
# mission, have been killed", "20 villagers, most of them farmers, ..."
_SUBSET_OPENERS = (
    r"including|such\s+as|among\s+(?:them|whom)|(?:most|many|some|all|both)\s+of\s+"
    r"(?:them|which|whom)|mostly|mainly"
)
# a figure inside such an aside counts a part of the subject
_SUBSET_ASIDE = re.compile(rf",\s(?:{_SUBSET_OPENERS})\b[^,;:()\"“”]{{1,90}},\s", re.I)
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|neither|nor|n't|without|denied|deny|denies)\b", re.I
)
# "may" in lower case only: "the toll since May stands at 120" names the month
_CAPACITY = re.compile(
    r"\b(?:could|can|would|might|(?-i:may)|enough\b[^.;]{0,60}?\bto|capable\s+of|capacity\s+to|"
    r"able\s+to|potentially|possibly)\b\s*(?:\w+\s+){0,2}$",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|set\s+to)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
# more nouns coordinated with the counted one, up to its auxiliary ("thousands of civilians,
# troops and police have been killed"): the subject goes on, the verb is still its own
# ("Four Dorvians, an Orvan and a guard were among those killed": members with an article, a
# demonym among them)
_GAP_LIST = re.compile(
    r"^(?:,\s(?:an?\s)?(?:[a-z]+|[A-Z][a-z]+)(?:\s[a-z]+)?){0,4},?\s(?:and|or)\s(?:an?\s)?"
    r"(?:[a-z]+|[A-Z][a-z]+)(?:\s[a-z]+)?"
    r"(?=\s+(?:have|has|had|were|was|are|is)\b)"
)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|had|have|has)\s+(?:\w+ly\s+)?$")
_DIRECT = re.compile(
    r"\s*(?:\w+ly\s+|a\s+total\s+of\s+|an?\s+(?:estimated\s+)?|some\s+|another\s+|the\s+)?"
)
# a participle right after another figure is that figure's own ("with 9 killed and six
# policemen, one of whom died"): it does not reach over "and" to the next figure
_OWN_PARTICIPLE_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|thousands))\s+(?:[a-z]+\s+)?$",
    re.I,
)
_AND_ONLY = re.compile(r"\s*,?\s*and\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?")
# the bare coordinator between an earlier clause's verb and the figure that opens the next
_COORDINATED_SUBJECT = re.compile(r"\s*,?\s+and\s+(?:the\s+|another\s+|some\s+)?")
_IN_PP = re.compile(
    r"\b(?:from|in|on|of|by|after|during|since|amid)\s+"
    r"(?:(?:the|that|this|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# a past participle right after a determiner (and an adverb) modifies the noun that follows
# ("a recently built LPG tanker", "the newly deployed system"): it is not the figure's verb
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|these)\s+(?:\w+ly\s+)+$", re.I)
# asides skipped between a figure and its verb: a parenthesis, an appositive or a
# non-restrictive relative clause closed by a comma
# (a pair of dashes, typed as em or en dashes or as spaced hyphens, is a parenthesis: "12
# people - including 4 children - were killed")
_GAP_PAREN = re.compile(
    r"\s*\([^()]*\)|\s*[\u2014\u2013]\s?[^\u2014\u2013;:.]*?\s?[\u2014\u2013]"
    r"|\s+-\s[^\u2014\u2013;:.]*?\s-(?=\s)"
)
# a dash of a pair: an em dash, or an en dash or a hyphen with a space on each side
_DASH = re.compile(r"\u2014|\s[-\u2013]\s")
# a dash aside that names a part or a companion of the subject before it ("12 people -
# including 4 children - were killed", "8 soldiers - and 2 medics - were wounded"): its
# figure shares the subject's verb, after the closing dash
_PART_ASIDE = re.compile(rf"\s*(?:{_SUBSET_OPENERS}|and|or|plus)\b[^;:.()]*$", re.I)
_GAP_ASIDE = re.compile(
    rf",\s(?:{_SUBSET_OPENERS}|which|who)\b[^,;:()]*,(?=\s)"
    # a speech aside: "Nine sailors, the navy said, were killed"
    r"|,\s(?:[^,;:()\"“”]{1,60}\s)?(?:said|says|added|reported|claimed|told\s+\w+),(?=\s)"
)
# a relative clause in the passive right after the counted thing: "targets that were hit"
_REDUCED_RELATIVE = re.compile(
    r"\s*,?\s*(?:that|which|who)\s+(?:were|was|are|is|had been|have been|has been)\s+"
    r"(?:\w+ly\s+)?",
    re.I,
)


# an active relative clause of people right after the counted thing: "40 soldiers who died",
# "the 12 guards who fell in battle" (round claims21r): a casualty cue with no object after it
# tells their fate; "40 soldiers who killed three rebels" has an object, another's fate
# "40 soldiers and officers who died": the pair's fate; "12 others who sustained injuries": a
# verb of suffering before the harm's noun (``suffer_verbs`` of data/events.yaml; round
# claims24)
@cache
def _who_relative() -> re.Pattern[str]:
    suffer = alternation(str(w) for w in load_data("events.yaml")["suffer_verbs"])
    return re.compile(
        r"(?:\s+and\s+[A-Za-z-]+)?\s*,?\s*who\s+(?:(?:had|have|has)\s+)?"
        rf"(?:(?:{suffer})\s+(?:(?!no\b|few\b)[a-z]+\s+)?)?",
        re.I,
    )


_OBJECT_AFTER = re.compile(
    r"\s+(?:\d|[A-Z]|(?:the|a|an|his|her|their|its|our|dozens|hundreds|thousands|scores)\b)"
)


def _first_word(text: str, at: int) -> str:
    """The word right after offset ``at`` of ``text`` ("" when none)."""
    m = re.match(r"\s+([A-Za-z-]+)", text[at:])
    return m.group(1) if m else ""


# "deliveries of X, which may constitute as much as 40% of ...", "2,000 tons of ammunition,
# which could represent 24,000 rounds": the figure restates its antecedent, whose event it takes
_RESTATES = re.compile(
    r"(?P<ante>[\w-]+)(?:\s+of\s+[^,;]{1,60})?,\s*which\s+(?:(?:may|might|could|would|can|"
    r"will)\s+)?(?:\w+ly\s+)?(?:have\s+)?(?:constitute[sd]?|represent(?:s|ed)?|"
    r"account(?:s|ed)?\s+for|make\s+up|makes\s+up|made\s+up|amount(?:s|ed)?\s+to|"
    r"equate[sd]?\s+to|equal(?:s|led)?)\s+(?:up\s+to\s+|as\s+(?:much|many)\s+as\s+|about\s+|"
    r"some\s+|roughly\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+)?$",
    re.I,
)
_RELATIVE_THEN_MAIN = re.compile(
    r"\s*,?\s*(?:that|which|who)\s+([^;:.,()]{3,}?)\s+(?:were|was|are|is|ha(?:ve|s|d)\s+been)\s+"
    r"(?:\w+ly\s+)?(?:(?:found|confirmed|reported)\s+)?",
    re.I,
)
# a figure that is part of the one before: "..., including 3,900 children and 2,509 women"
# ("40 drones, of which 30 were shot down", "four injuries, of which three are critical")
_PART_OF = re.compile(
    r"[\s,]*(?:including|among\s+them|among\s+whom|of\s+wh(?:om|ich)|of\s+them|mostly)\s+"
    r"|\s*,?\s*and\s+",
    re.I,
)
# the words between a listed part and a cue that a participle right after the part opens
# ("including three firefighters trapped in the building": " trapped in the "), or none
_PARTICIPLE_GAP = re.compile(r"\s*(?:[a-z]+(?:ed|en|wn|nt)\b[^,;:()\"]*)?")
# a part named right after its whole: "killed 52 people, including 9 children"
_INCLUDING = re.compile(
    r"(?:\s+[a-z]+)?"
    # a short time after the whole ("tallied 17 dead as of 11am, including five soldiers";
    # round claims28)
    r"(?:\s+(?:as\s+of|by|on|at|until)\s+[\w:.]+(?:\s+[ap]\.?m\.?)?)?"
    r"[\s,]*(?:including|among\s+them|among\s+whom|of\s+wh(?:om|ich)|of\s+them)\s+",
    re.I,
)


@cache
def _attended_by() -> re.Pattern[str]:
    """Words right before a figure that tell who was present at an occasion ("attended by",
    "packed with"): ``attendance_cues`` of data/claims.yaml."""
    cues = alternation(str(w) for w in load_data("claims.yaml")["attendance_cues"])
    return re.compile(rf"\b(?:{cues})\s+$", re.I)


def _hurt_after(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts people in a state of harm (a people state
    of data/events.yaml or a casualty noun right after it, an adverb allowed: "300 wounded
    people", "40 badly injured", "200 casualties"): present at no occasion, harmed."""
    states = alternation(sorted(_people_states() | _casualty()))
    return bool(re.match(rf"\s+(?:[a-z]+ly\s+)?(?:{states}|bodies|corpses)\b", text[end:], re.I))


# a part told by "of whom" and its own passive verb: "at least nine of whom were tortured"
_OF_WHOM_PASSIVE = re.compile(
    r"\s+of\s+wh(?:om|ich)\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:(?:later|also|then|reportedly|allegedly|subsequently)\s+)?([a-z]+ed|beaten|taken|driven|hidden)\b",
    re.I,
)
# a parenthesised breakdown right after a toll: "11 dead (10 civilians and one soldier)"
_PAREN_OPEN = re.compile(r"(?:\s+[a-z]+)?\s*\(\s*")
_RATIO = re.compile(r"-for-[\d,.]+")
# "one of four missiles", "seven of the 12 drones": a part of a counted whole
# what comes before "one of N" that names what the one is, as an apposition or after a
# copula ("the attack, one of three that day", "it was one of two raids"): an identity, no
# count of a part (round claims22)
_IS_ONE_OF = re.compile(
    r"(?:[,\u2014\u2013]|\s-{1,2}|\b(?:is|was|are|were|be|been|being|as|became|becomes|remains|"
    r"remained))\s*(?:just\s+|only\s+)?\Z",
    re.I,
)
_ONE_OF_N = re.compile(
    r"\s+of\s+(?:the\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
    re.I,
)
# a figure named as part of a group: "among the victims were 18 children", "the casualties
# included two others"
_GROUP_OF = re.compile(
    r"\b(?:among\s+(?:the\s+)?([\w-]+)\s+(?:were|was|are|is)|(?:the\s+)?([\w-]+)\s+"
    r"(?:included|include|includes))\s+(?:[^,;:.]{0,50}\s+and\s+)?$",
    re.I,
)
# "five people were wounded, including one seriously": one of the figure before
_ONE_PART = re.compile(
    r"\s+(?:seriously|critically|severely|fatally|badly|gravely|lightly|moderately)\b", re.I
)
_PART_BEFORE = re.compile(r"(?:including|among\s+them|and)\s+$", re.I)
# the whole a part is taken from: "shot down 35 of 53 missiles" (53 were launched)
_WHOLE_OF = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:the\s+)?$", re.I)
# what befalls the part of a whole ("two of the 12 hostages were killed", "one of the four
# attackers was captured"), never the whole itself
_PART_EVENTS = frozenset(
    ["intercepted", "destroyed", "damaged", "struck", "killed", "wounded", "captured", "detained"]
)
_WEAK_SANCTION = frozenset({"targets", "targeting", "blocked", "identified"})
_SANCTION_CONTEXT = re.compile(r"\b(?:sanction|designat|OFAC|Treasury|SDN|E\.O\.)", re.I)
_DESIGNATIONS = frozenset({"mm", "kv", "cal", "calibre", "caliber", "kw", "mw"})
_PARTICIPLES = frozenset(
    [
        "taken",
        "sent",
        "shot",
        "held",
        "hit",
        "struck",
        "sunk",
        "sank",
        "fled",
        "made",
        "built",
        "sold",
        "bought",
    ]
)
_NOT_PARTICIPLE = frozenset({"wounded", "detained", "displaced", "injured", "dead"})
# Casualty words that, before a noun of people ("70 injured children", "25 wounded fighters"),
# make the figure a count of the wounded when no verb of the sentence gives another event.
_HURT_ADJECTIVES = frozenset({"wounded", "injured"})
_MEASURED = frozenset(
    {
        "days",
        "weeks",
        "months",
        "years",
        "hours",
        "km",
        "m",
        "miles",
        "feet",
        "nautical miles",
        "knots",
        "magnitude",
    }
)


@cache
def _month_names() -> tuple[str, ...]:
    """The months' full names, capitalised ("January" .. "December"): the entries of
    ``months`` of ``data/numbers.yaml`` that are neither "mid-" forms nor the start of a
    longer entry (as "sep" and "sept" are of "september")."""
    months = [str(m).lower() for m in load_data("numbers.yaml")["months"]]
    plain = [m for m in months if not m.startswith("mid-")]
    return tuple(
        m.capitalize() for m in plain if not any(o != m and o.startswith(m) for o in plain)
    )


@cache
def _month() -> str:
    """A month in a date, case as written: a full name (:func:`_month_names`) or a short
    form with its full stop (``month_short_forms`` of ``data/claims.yaml``: "Sept.")."""
    short = [str(w).capitalize() for w in load_data("claims.yaml")["month_short_forms"]]
    names = [*_month_names(), *(rf"{re.escape(w)}\." for w in short)]
    return rf"(?-i:{'|'.join(names)})"


@cache
def _when() -> re.Pattern[str]:
    """The time of a counted event as stated ("on Tuesday night", "last week", "12 March")."""
    day = "|".join(sorted(weekdays()))  # data/numbers.yaml
    month = _month()
    return re.compile(
        r"\b(?:(?:on|since|until|through|by|in|during|from|as\s+of)\s+)?"
        # a span that ends on a date is no one day ("in the week to March 10")
        r"(?:the\s+(?:week|fortnight|month|(?:\d+|two|three|four|five|six|seven)\s+days)"
        r"\s+(?:to|up\s+to|ending|ended|through)\s+(?=\d|[A-Z]))?"
        r"(?:(?:the\s+)?night\s+of\s+\w+(?:\s+\d{1,2})?(?:\s+(?:to|into)\s+\w+(?:\s+\d{1,2})?)?"
        rf"|(?:last|this|next|previous|past)\s+(?:week(?:end)?|night|month|year|(?:{day}))"
        rf"|(?:early\s+|late\s+)?(?:{day})(?:\s+(?:night|morning|evening))?"
        r"|yesterday|today|tonight|overnight|earlier\s+this\s+(?:week|month|year)"
        # a range of days is one time ("March 9-10", "9–10 March"), not its first day
        rf"|(?:mid-)?{month}(?:\s+\d{{1,2}}(?:[-–]\d{{1,2}}(?!\d))?)?(?:,?\s+(?:1[89]|20)\d\d)?"
        rf"|\d{{1,2}}(?:[-–]\d{{1,2}})?\s+{month}(?:\s+(?:1[89]|20)\d\d)?"
        r"|(?:the\s+)?(?:1[89]|20)\d0s|\d+\s+(?:years|decades|months|weeks|days)\s+ago|decades\s+ago"
        r"|(?:1[89]|20)\d\d)\b",
        re.I,
    )


_WHERE = re.compile(
    r"(?<!according )\b(?i:in|near|at|over|off|across|outside|inside|into)\s+"
    r"((?:the\s+)?(?:[A-Z][\w'’-]+)(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3})"
)
# a place fronted before the main clause sets the scene for all of it: "In Vendra, four ..."
_FRONTED_WHERE = re.compile(
    r"^\W*(?i:in|near|at|outside|inside|across|over)\s+"
    r"((?:the\s+)?(?:[A-Z][\w'’-]+)(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3}"
    r"(?:\s+(?:region|province|oblast|district|governorate|state|city|area))?),"
)


@cache
def _not_place() -> re.Pattern[str]:
    """Capitalised words after "in", "on" that open no place: a month, a weekday, a document."""
    day = "|".join(sorted(w.capitalize() for w in weekdays()))  # data/numbers.yaml
    months = "|".join(_month_names())
    return re.compile(
        rf"^(?:the\s+)?(?:{months}|{day}|E\.O|"
        r"Executive|Order|Annex|Table|The|A|An)\b"
    )


@cache
def _cause_after() -> re.Pattern[str]:
    """A noun of a toll's cause right after a word ("Pager blasts", "Drone strikes"):
    ``toll_causes`` of data/claims.yaml, singular or plural, any case."""
    words = {str(w).lower() for ws in load_data("claims.yaml")["toll_causes"].values() for w in ws}
    return re.compile(rf"\s+(?:{alternation(words)})(?:e?s)?(?![\w'’-])", re.I)


def cause_modifier(name: str, text: str, end: int) -> bool:
    """Whether the capitalised ``name`` that ends at ``end`` in ``text`` only names what a
    cause was ("in Pager blasts", "in the Drone strikes"): one word, right before a noun of
    a toll's cause (``toll_causes`` of data/claims.yaml), that is a common noun (an ordinary
    English word, or one of ``cause_device_words``: "pager", "beeper") and that no gazetteer,
    city or area index knows as a place. "in Beirut strikes" names a place, and so does an
    unknown one-word name that is no common noun ("in Vell shelling", "in Khiam strikes")."""
    bare = re.sub(r"^the\s+", "", name.strip())
    return (
        " " not in bare
        and _common_noun(bare)
        and bool(_cause_after().match(text, end))
        and not _known_place(bare)
    )


@cache
def _cause_devices() -> frozenset[str]:
    """Nouns of things that blow up or strike too rare for the ordinary words ("pager",
    "beeper", "walkie-talkie"): ``cause_device_words`` of data/claims.yaml."""
    return _claim_words("cause_device_words")


def _common_noun(word: str) -> bool:
    """Whether ``word``, in any case, is a common noun: one of ``cause_device_words`` of
    data/claims.yaml, or a word all of whose hyphened parts are ordinary English words
    (data/ordinary_words.yaml); "Vell", "Khiam" and "Aitaroun" are names."""
    from briefbook.analysis.place_names import ordinary_words

    low = word.lower()
    if low in _cause_devices():
        return True
    parts = [p for p in re.split(r"[-‐]", low) if p]
    return bool(parts) and all(p in ordinary_words() for p in parts)


def _known_place(name: str) -> bool:
    """Whether ``name`` is a place or country the gazetteer, the city index or the area
    index knows ("Beirut", "Tyre", "Enga")."""
    from briefbook.analysis.gazetteer import gazetteer
    from briefbook.analysis.places import area_index, city_index, place_key

    if name in gazetteer().surfaces:
        return True
    key = place_key(name)
    return bool(key) and (city_index().row(key) is not None or key in area_index())


@cache
def _time_tail() -> re.Pattern[str]:
    """A weekday or a month ending a capitalised phrase ("Lebanon Tuesday"): data/numbers.yaml
    weekdays and the month names."""
    day = "|".join(sorted(w.capitalize() for w in weekdays()))
    return re.compile(rf"\s+(?:{day}|{'|'.join(_month_names())})$")


@lru_cache(maxsize=1024)
def _where_matches(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """(start, end, text, start of its preposition) of each place of ``_WHERE`` in ``text``,
    less a capitalised word
    that only names what a cause was ("killed in Pager blasts", "wounded in Drone strikes"):
    one word right before a noun of a toll's cause (``toll_causes`` of data/claims.yaml) that
    no gazetteer, city or area index knows as a place; "in Beirut strikes" stays a place."""
    found = []
    for m in _WHERE.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        # a day or month told right after the place without "on" ("across Lebanon Tuesday")
        # is the time, not a word of the place's name; a place known by the whole name keeps
        # it ("in Cape May")
        while (
            (tail := _time_tail().search(name))
            and tail.start() > 0
            and not _known_place(name.removeprefix("the ").strip())
        ):
            name, e = name[: tail.start()], s + tail.start()
        if cause_modifier(name, text, e):
            continue
        joined = _AND_PLACE.match(text, e)
        if (
            joined
            and _place_like(name.removeprefix("the ").strip())
            and _place_like(joined.group(1).removeprefix("the ").strip())
        ):
            # "in the Arafura Sea and Timor Sea", "in Kharkiv and Sumy": the figure's place is
            # both, never the first alone
            name, e = f"{name} and {joined.group(1)}", joined.end(1)
        found.append((s, e, name, m.start()))
    return tuple(found)


# a second place coordinated with a figure's place ("in Kharkiv and Sumy"), not followed by a
# verb of its own ("in Velk and Ana Sol said ...")
_AND_PLACE = re.compile(
    r"\s+and\s+((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    r"(?!\s+(?:[a-z]+ed|said|says|say|was|were|is|are|has|have|had|will)\b)"
)


def _place_like(name: str) -> bool:
    """Whether ``name`` is a known place or ends in a place's head word ("Timor Sea")."""
    from briefbook.analysis.gazetteer import rules

    return _known_place(name) or name.split()[-1].lower() in rules().place_heads


_AUX_GAP = r"\s*(?:(?:were|was|are|is|have|has|had|been|being|also)\s+)*"
# what may stand between a figure and the state it is in ("Dozens remain missing", "Twelve
# are still missing"): auxiliaries, linking verbs and "still"
_STATE_GAP = re.compile(
    r"\s*(?:(?:were|was|are|is|have|has|had|been|being|also|still|remain|remains|remained|"
    r"stay|stays|stayed)\s+)*"
)


@dataclass
class Frame:
    """One quantitative claim of a sentence, before its originator is known.

    ``start``/``end``: its span in the sentence; ``low``/``high``: the interval (None = open);
    ``value``: the figure as read (a number, a vague word, "4.2e+06-5.8e+06" for a range);
    ``kind``: count, percent, money, measure, factor; ``counts``: the counted thing ("" when
    the sentence leaves it implicit); ``event``: an event class of ``data/events.yaml`` or
    ``other``; ``modality``: asserted, negated, capacity, future; ``part``: it counts a part
    of a group the sentence names ("three of its peacekeepers", "including two from X");
    ``scope``: the span and extent the figure runs over, as stated ("since Sunday",
    "nationwide; the war has killed", :mod:`briefbook.analysis.scopes`); ``qualifier``: for a
    distance or a duration, whose ``counts`` is its unit ("km", "months"), what the measure
    is of or its direction ("siege" of "an 18-month siege", "west" of "70 km west").
    """

    text: str
    low: float | None
    high: float | None
    value: float | str
    kind: str
    unit: str | None
    counts: str
    event: str
    modality: str
    hedged: bool
    hedges: list[str]
    when: str | None
    where: str | None
    start: int
    end: int
    part: bool = False
    scope: str | None = None
    qualifier: str | None = None


@cache
def _claim_words(key: str) -> frozenset[str]:
    """The lower-cased words of list ``key`` of data/claims.yaml (``vague_subject_verbs``,
    ``human_actions``, ``money_context`` ...)."""
    return frozenset(str(w).lower() for w in load_data("claims.yaml")[key])


def _casualty() -> frozenset[str]:
    """The events that befall people ("killed", "displaced"): a figure of one with nothing
    counted counts people (``casualty_events`` of data/claims.yaml)."""
    return _claim_words("casualty_events")


def _people_states() -> frozenset[str]:
    """Casualty words that, as the whole counted phrase, count people ("scores wounded"):
    ``people_states`` of data/claims.yaml."""
    return _claim_words("people_states")


# a figure of people in the thousands or more ("1.5 million face famine", "300,000 lack
# water"): a fact sheet's subject, counted like a vague number when a subject verb follows
_LARGE_SUBJECT = 1000
# what may stand before such a subject: nothing, a clause's punctuation, or a speech verb or
# conjunction that opens its clause ("the Red Crescent says 300,000 lack clean water")
_SUBJECT_OPENING = re.compile(
    r"(?:^|[:;,.(\"“]|\b(?:says|said|say|that|and|but|while|where|estimates|estimated))\s*$",
    re.I,
)


def vague_subject(text: str, q: Quantity, words: list[str]) -> list[str] | None:
    """What a figure counts when a verb follows it rather than its noun: ``["people"]`` when
    the verb is a human action (directly, or after a linking verb: "Thousands continue to
    flee", "Hundreds gathered", "remain missing"); for a vague figure ("thousands",
    "hundreds") and any other verb, ``[]`` (no claim). A figure of ``_LARGE_SUBJECT`` or more
    before one of ``vague_subject_verbs`` ("1.5 million face famine") counts people when the
    verb is a human action and is left as read otherwise; so is it before a verb a sum may
    do ("came from", ``money_like_actions``) or in a sentence of money (``money_context``).
    A vague figure before a state that befalls people ("Hundreds stranded", "Dozens feared
    dead"; ``people_participles``, ``people_states``) counts people. None when ``words`` (the counted
    phrase read after the figure) does not open with a verb (data/claims.yaml)."""
    if q.kind != "count":
        return None
    vague = isinstance(q.value, str) and not re.search(r"\d", q.stated)
    if not words:
        # "leading to thousands participating in demonstrations": a human action in -ing right
        # after a vague figure (the counted phrase stops before it) counts people
        nxt = _TOKEN.findall(text, q.number_end, q.number_end + 40)[:1]
        human_ing = (
            nxt
            and nxt[0].lower().endswith("ing")
            and nxt[0].lower() in _claim_words("human_actions")
        )
        if vague and human_ing:
            return ["people"]
        return ["people"] if vague and _people_after(text, q.number_end) else None
    large = isinstance(q.value, (int, float)) and q.low == q.high and q.value >= _LARGE_SUBJECT
    if not (vague or large):
        return None  # a range ("11,000-12,000") or a small figure: read as it stands
    tokens = [t.lower() for t in _TOKEN.findall(text, q.number_end, q.number_end + 80)][:6]
    first = words[0].lower()
    if not tokens or tokens[0] != first:
        return None  # "dozens of soldiers", "hundreds more": the noun comes later
    subject_verbs, linking, human, money_like, money_context, participles = (
        _claim_words(key)
        for key in (
            "vague_subject_verbs",
            "vague_linking_verbs",
            "human_actions",
            "money_like_actions",
            "money_context",
            "people_participles",
        )
    )
    verb = first in subject_verbs or (
        vague and first.endswith("ed") and first not in _people_states()
    )
    if not verb:
        return None
    if large and (
        first in money_like
        or money_context & {t.lower() for t in _TOKEN.findall(text)}
        or not _SUBJECT_OPENING.search(text, 0, q.start)
    ):
        # "1.5 million came from private donors": a sum; "has cost 4,000 lives": an object
        return None
    for k, tok in enumerate(tokens):
        if tok in human or tok in _people_states() or (vague and tok in participles):
            return ["people"]
        if vague and k and _PEOPLE_PLIGHT.match(" ".join(tokens[k:])):
            return ["people"]  # "hundreds of thousands remain in grave danger" (claims22)
        if tok not in linking:
            break
    return [] if vague else None


def _people_after(text: str, at: int) -> bool:
    """Whether a vague figure whose counted phrase is empty is followed by what only people
    do or suffer (round claims22): a relative clause of a human action or a state of people
    ("thousands who fled", "hundreds who had been wounded"), or a linking verb and a plight
    ("thousands remain in grave danger")."""
    tokens = [t.lower() for t in _TOKEN.findall(text, at, at + 80)][:6]
    human = _claim_words("human_actions") | _people_states()
    if tokens[:1] == ["who"]:
        rest = [t for t in tokens[1:] if t not in {"had", "have", "has", "been", "were", "was"}]
        return bool(rest) and rest[0] in human
    linking = _claim_words("vague_linking_verbs")
    k = 0
    while k < len(tokens) and tokens[k] in linking:
        k += 1
    return k > 0 and _PEOPLE_PLIGHT.match(" ".join(tokens[k:])) is not None


# a plight only people are in, after a linking verb ("remain in grave danger", "stay at
# risk", "are still in hiding"): a vague subject counts people (round claims22)
_PEOPLE_PLIGHT = re.compile(r"(?:in|at)\s+(?:[a-z]+\s+)?(?:danger|risk|need|hiding|peril|limbo)\b")


@cache
def _np_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("claims.yaml")

    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    return (
        low("np_stop") - {"killed", "wounded"},
        low("count_nouns"),
        low("of_units"),
        low("not_counted"),
    )


@cache
def _part_pronouns() -> frozenset[str]:
    """``part_pronouns`` of data/claims.yaml: "them" in "half of them children"."""
    return frozenset(str(w).lower() for w in load_data("claims.yaml")["part_pronouns"])


@cache
def _not_part_nouns() -> frozenset[str]:
    """``part_pronoun_not_nouns`` of data/claims.yaml with the participles: no noun after
    "them" ("two of them already released")."""
    data = load_data("claims.yaml")["part_pronoun_not_nouns"]
    return frozenset(str(w).lower() for w in data) | _PARTICIPLES


def _part_noun(word: str, count_nouns: frozenset[str]) -> bool:
    """Whether ``word`` after a part's pronoun reads as the noun the part counts: not an
    adverb in -ly or a participle in -ed ("badly", "aged", "escaped") unless a listed count
    noun ("family", "injured"), nor a word of ``part_pronoun_not_nouns``."""
    if word in count_nouns:
        return True
    return not word.endswith(("ly", "ed")) and word not in _not_part_nouns()


def _verb_cue(low: str) -> bool:
    """A verb form of an event cue ("killed", "taken"): it ends a counted phrase."""
    return (
        low in event_table().cue_event
        and (low.endswith("ed") or low in _PARTICIPLES)
        and low not in _NOT_PARTICIPLE
    )


def _gerund_cue(low: str, nxt: str, np_stop: frozenset[str]) -> bool:
    """An "-ing" event cue used as a verb ("thousands fleeing the fighting", "hundreds fleeing
    Goma"): its object or a stop word follows, so it ends the counted phrase (the verb is the
    event, not the thing counted); "two bombing raids" keeps its noun."""
    return (
        low.endswith("ing")
        and low in event_table().cue_event
        and (not nxt or nxt.lower() in np_stop or nxt[:1].isupper() or not nxt[:1].isalnum())
    )


@cache
def _partitive() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``partitive`` of data/claims.yaml: what follows a figure counted out of a whole ("of
    those", "of the dead"), what before it makes the figure the whole ("all 40 of them"), and
    what before it makes the figure the rest of a whole ("the other eight")."""
    data = load_data("claims.yaml")["partitive"]
    pronouns = "|".join(re.escape(str(w)) for w in data["pronouns"])
    heads = "|".join(re.escape(str(w)) for w in data["heads"])
    wholes = "|".join(re.escape(str(w)) for w in data["whole_words"])
    rests = "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in data["rest_before"])
    after = re.compile(rf"\s+of\s+(?:(?-i:{pronouns})|the\s+(?:[\d,.]+\s+)?(?:{heads}))\b", re.I)
    return (
        after,
        re.compile(rf"\b(?:{wholes})\s+\Z", re.I),
        re.compile(rf"\b(?:{rests})\s+\Z", re.I),
    )


def _counted_out_of_whole(clean: str, q: Quantity, at: int = -1) -> bool:
    """Whether the figure counts a part of a whole told before it: "32 of those were killed
    in the first shelling", "nine of the dead were pilgrims", "the other eight died" (a part,
    never a rival of the whole's toll); "all 40 of them" counts the whole, and so does a
    figure right after its own event's verb at ``at`` ("rounded up the men and killed 20 of
    them": the act's toll, out of a group that is none; review revB23)."""
    if 0 <= at < q.start and re.fullmatch(r"[A-Za-z'-]+\s+", clean[at : q.start]):
        return False
    verb = re.search(r"([A-Za-z'-]+)\s+\Z", clean[max(0, q.start - 30) : q.start])
    if verb and verb.group(1).lower() in event_table().cue_event:
        # "shot 15 of them dead": the verb of a split event ("shot ... dead") right before the
        # figure, whose cue the parse places after the part; the act's toll (round claims24)
        return False
    after, whole, rest = _partitive()
    if rest.search(clean, max(0, q.start - 20), q.start):
        return True  # "the other eight died in a fire": the rest of the whole before
    if not after.match(clean, q.number_end):
        return False
    return whole.search(clean, max(0, q.start - 12), q.start) is None


def _remainder_words() -> frozenset[str]:
    """Words opening a counted phrase that counts the rest beside someone named before it
    (data/claims.yaml ``remainder_words``: "three other people", "12 others")."""
    return _claim_words("remainder_words")


@cache
def _rate_words() -> frozenset[str]:
    """Adjectives of a rate before the counted noun ("daily", "weekly"): data/numbers.yaml."""
    return frozenset(str(w).lower() for w in load_data("numbers.yaml")["rate_adjectives"])


_AND_HEAD = re.compile(r"\s+and\s+([a-z]+)\b")


@cache
def _object_quantifiers() -> frozenset[str]:
    """Words that open the object of a verb with no number ("injured many", "wounded
    others"): ``object_quantifiers`` of data/claims.yaml."""
    return frozenset(str(w).lower() for w in load_data("claims.yaml")["object_quantifiers"])


def coordinated_head(text: str, phrase_end: int, words: list[str]) -> list[str]:
    """A second head counted with the first: "scores of soldiers and civilians" -> ["and",
    "civilians"] (one figure of both, so neither alone is what it counts); [] when the
    counted phrase ``words`` ending at ``phrase_end`` of ``text`` has none. Lexicon:
    data/claims.yaml count_nouns."""
    count_nouns = _np_lexicon()[1]
    if not words or words[-1].lower() not in count_nouns:
        return []
    m = _AND_HEAD.match(text, phrase_end)
    if m is None or m.group(1) not in count_nouns:
        return []
    if _numeral_next(text, m.end()) or re.match(r"\s+(?:an?|the|at\s+least)\s", text[m.end() :]):
        return []  # "killed two soldiers and wounded five civilians": a verb and its object
    after = re.match(r"\s+([a-z]+)", text[m.end() :])
    if (
        after is not None
        and after.group(1) in _object_quantifiers()
        and event_of(m.group(1)) is not None
    ):
        return []  # "killed 31 people and injured many": a second verb and its object

    if after is not None and after.group(1) in count_nouns:
        return []  # "soldiers and police officers": let the head stay the first phrase's
    return ["and", m.group(1)]


@cache
def _own_clause_pattern() -> re.Pattern[str]:
    """The verb of a clause of its own right after a bare figure (:func:`_own_clause`):
    ``clause_auxiliaries`` and ``clause_not_verbs`` of data/claims.yaml, ``irregular_past``
    of data/events.yaml."""
    auxiliaries = alternation(_claim_words("clause_auxiliaries"))
    not_verbs = alternation(_claim_words("clause_not_verbs"))
    states = alternation(_claim_words("clause_states"))
    past = alternation(_irregular_past())
    return re.compile(
        rf"\s+(?:(?:{auxiliaries})\s+(?:(?:been|also|still|not)\s+)?"
        rf"(?!(?:{not_verbs})\b(?!\s+(?:[a-z]+\s+)?(?:{states})\b))"  # "are in need": a state
        rf"[a-z]+|[a-z]+ed|(?:{past}))\b"
    )


@cache
def _state_clause_pattern() -> re.Pattern[str]:
    """An auxiliary, a preposition and a state right after a bare figure ("are in urgent need
    of", "remain in hiding"): ``clause_auxiliaries``, ``clause_not_verbs`` and
    ``clause_states`` of data/claims.yaml."""
    auxiliaries = alternation(_claim_words("clause_auxiliaries"))
    not_verbs = alternation(_claim_words("clause_not_verbs"))
    states = alternation(_claim_words("clause_states"))
    return re.compile(
        rf"\s+(?:{auxiliaries})\s+(?:(?:still|also|now)\s+)?(?:{not_verbs})\s+"
        rf"(?:[a-z]+\s+)?(?:{states})\b"
    )


def _state_clause(text: str, end: int) -> bool:
    """Whether a state of its own follows a bare figure ending at offset ``end`` of ``text``
    ("and 20 million are in urgent need of aid"): the figure tells that state, not the event
    of the list before it nor an event cue inside the state ("aid")."""
    return _state_clause_pattern().match(text, end) is not None


def _own_clause(text: str, end: int) -> bool:
    """Whether a verb of its own follows a bare figure ending at offset ``end`` of ``text``:
    an auxiliary (``clause_auxiliaries`` of data/claims.yaml) and a word ("9,000 have
    sought shelter"), or a past form ("9,000 abandoned", "9,000 fled"): the figure is the
    subject of a clause that tells its own event, not a member of the list before it."""
    return _own_clause_pattern().match(text, end) is not None


def _verb_phrase_cue(text: str, start: int) -> bool:
    """Whether an event cue of several words that opens with a past form starts at offset
    ``start`` of ``text`` ("embraced martyrdom", "gunned down"): a predicate, never part of
    a counted phrase, though its first word alone is no cue."""
    m = event_table().pattern.match(text, start)
    if m is None or " " not in m.group(0).strip():
        return False
    first = m.group(0).split()[0].lower()
    return first.endswith("ed") or first in _irregular_past()


@cache
def _irregular_past() -> frozenset[str]:
    """The irregular past forms of event verbs (``irregular_past`` of data/events.yaml)."""
    return frozenset(str(w).lower() for w in load_data("events.yaml")["irregular_past"])


# the second half of a place named with its country before a counted noun ("four Sonora,
# Mexico-based firms", "two Lagos, Nigeria-registered tankers")
_PLACE_COMPOUND = re.compile(
    r"[A-Z][\w'’.]*-(?:based|flagged|registered|owned|headquartered|linked|backed|run)"
)


def counted_phrase(text: str, pos: int) -> tuple[list[str], int]:
    """The noun phrase a numeral ending at ``pos`` counts: its words and end offset."""
    np_stop, count_nouns, of_units, _ = _np_lexicon()
    tokens = [(t.group(0), t.end()) for t in _TOKEN.finditer(text, pos, min(len(text), pos + 160))][
        :14
    ]
    words: list[tuple[str, int]] = []
    i = 0
    if tokens and tokens[0][0].lower() in {"of", "more"}:
        if tokens[0][0].lower() == "more" and len(tokens) > 1 and tokens[1][0].lower() == "than":
            return [], pos
        i = 1
    number = re.compile(r"\d[\d,.]*")
    if (
        i == 1
        and tokens[0][0].lower() == "of"
        and len(tokens) > 2
        and re.fullmatch(r"[A-Z][\w-]*'s?", tokens[1][0])
        and tokens[1][0].endswith(("'s", "s'"))
        and number.fullmatch(tokens[2][0])
    ):
        # "30 of Dorvia's 64 districts": the part counts what the whole after the owner counts
        return counted_phrase(text, tokens[2][1])
    if (
        i == 1
        and tokens[0][0].lower() == "of"
        and len(tokens) > 3
        and tokens[1][0].lower() in _PARTITIVE_DETERMINERS
        and not number.fullmatch(tokens[2][0])
        and spelled_number(tokens[2][0]) is not None
    ):
        # "two of the four smugglers": a part of a whole whose size is spelled, read as
        # "2 of the 4 smugglers" is (the part counts the smugglers, not "four")
        return [], pos
    named = _NAMED_BODY.match(text, pos) if i == 0 else None
    if named:
        # "two United Nations Organization Stabilization Mission in the Republic of Velmora
        # (UNMISVEL) peacekeepers": a body's name spelled out before its short form, then
        # what is counted; the phrase reads as "two UNMISVEL peacekeepers"
        rest, end = counted_phrase(text, named.end())
        if rest and rest[0][:1].islower():
            return [named.group("short"), *rest], end
    tokens, quoted = _unquoted_phrase(tokens, i)
    while i < len(tokens) and len(words) < 7:
        tok, end = tokens[i]
        low = tok.lower()
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        nxt2 = tokens[i + 2][0] if i + 2 < len(tokens) else ""
        if number.fullmatch(tok) and nxt.lower() in _DESIGNATIONS:
            i += 2  # "24,000 152 mm rounds": a calibre inside the phrase, not its head
            continue
        if low == "and" and number.fullmatch(nxt) and nxt2.lower() in _DESIGNATIONS:
            i += 1  # "152 mm and 122 mm ammunition"
            continue
        if (
            tok == ","
            and words
            and all(w[:1].isupper() for w, _ in words)
            and _PLACE_COMPOUND.fullmatch(nxt)
            and re.fullmatch(r"[a-z][a-z-]*", nxt2)
        ):
            i += 1  # "four Sonora, Mexico-based firms": a place and its country (claims28)
            continue
        if not re.match(r"[\w$€£]", tok) or number.fullmatch(tok):
            break
        if low == "and" and words and _numeral_next(text, end):
            # "nine South African and three Malawian peacekeeping soldiers": the modifiers
            # before "and" share the head of the second phrase
            rest, _ = counted_phrase(text, tokens[i + 1][1])
            shared = []
            for w in reversed(rest):
                if w[:1].isupper():
                    break
                shared.insert(0, w)
            if shared and all(w[:1].isupper() for w, _ in words):
                return [w for w, _ in words] + shared, words[-1][1]
            break
        if low == "and":
            if joins_modifiers(words[-1][0] if words else "", nxt, nxt2):
                words.append((tok, end))  # "highly motivated and well-prepared soldiers"
                i += 1
                continue
            break
        if low == "of" and words and nxt.lower() in {"them", "us", "it", "those", "these", "whom"}:
            break  # "two videos of them": the pronoun is not what is counted
        if (
            not words
            and low in _part_pronouns()
            # written in lower case: "US" is the United States, no "us" ("Thousands of US
            # and Dorvian troops"; round revB20)
            and tok == low
            and re.fullmatch(r"[a-z][a-z-]*", nxt)
            and nxt not in np_stop
            and not _verb_cue(nxt)
            and _part_noun(nxt, count_nouns)
        ):
            i += 1  # "half of them children": the pronoun is the whole; children are counted
            continue
        if low == "of" and words and words[-1][0].lower() in of_units | {"rounds", "containers"}:
            words.append((tok, end))
            i += 1
            continue
        if (
            (low.endswith("ed") or low in _PARTICIPLES)
            and words
            and all(w.lower().endswith("ly") and not find_cues(w, "hedges") for w, _ in words)
            and re.fullmatch(r"[a-z][a-z-]*", nxt)
            and nxt not in np_stop
            and not _verb_cue(nxt)
        ):
            # "17,500 internally displaced people", "40 newly displaced families": the
            # adverb is no counted thing; the phrase reads as it does without it
            words = []
        if not words and low in _HURT_ADJECTIVES and nxt.lower() in count_nouns:
            words.append((tok, end))  # "70 injured children": the adjective of its own noun
            i += 1
            continue
        if low in np_stop or _verb_cue(low) or _gerund_cue(low, nxt, np_stop):
            break
        if (
            words
            and low.endswith("ing")
            and words[-1][0][:1].isupper()
            and is_person([words[-1][0]])
            and nxt.lower() in np_stop | {"in", "at", "on", "near", "inside", "outside"}
        ):
            break  # "809,000 Rohingya sheltering in Bangladesh": the people, then their verb
        if words and _verb_phrase_cue(text, end - len(tok)):
            break  # "11 sons of Ostland embraced martyrdom": a cue of several words
        if not words and low in _rate_words() and nxt and nxt.lower() not in np_stop:
            i += 1  # "8,000 daily arrivals": the rate (read by analysis/numbers.py), not the thing
            continue
        words.append((tok, end))
        i += 1
        if quoted and end >= quoted:
            break  # two "precision strikes," ...: the closing quote ends the phrase
        plural = (low.endswith("s") and not low.endswith("ss")) or (
            low.endswith(("men", "people")) and low not in {"specimen", "regimen", "abdomen"}
        )
        if plural and nxt.lower().endswith("ed"):
            # "nine cars burned", "two gunmen opened fire": a plural noun (an irregular one
            # too) before a verb ends the phrase
            break
        if plural and re.fullmatch(r"[a-z]{3,}ing", nxt):
            # "two gunmen riding on motorcycles", "30 soldiers guarding the pass": a
            # participle after a plural noun starts what they did, not what is counted
            break
        if low in count_nouns and not (
            nxt.lower() in count_nouns or (nxt.lower() == "of" and low in of_units)
        ):
            break
    while words and words[-1][0].lower() in {"and", "of"}:
        words.pop()
    return [w for w, _ in words], (words[-1][1] if words else pos)


# a body's name spelled out, then its short form in brackets ("United Nations Organization
# Stabilization Mission in the Republic of Velmora (UNMISVEL)", "Regional Force (REFOR)"):
# capitalised words, with the lower-case joints of a name between them
_NAMED_BODY = re.compile(
    r"\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|in|for|and|the|on|de|du|des)\s+)*[A-Z][\w'’-]*){0,14}"
    r"\s*\((?P<short>[A-Z][A-Z0-9-]{1,11})\)(?=\s+[a-z])"
)

# a count whose head is left out before its origin ("and one from Karsia")
_ELIDED_FROM = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?[A-Z]")

# between two counts of one toll told by origin: the first's "from X" (or "of X"), then "and"
_FROM_AND = re.compile(r"\s+(?:from|of)\s+[^,;:.()\d]{1,60}?\s+and\s+")


def _one_head(counts: str, head: str) -> bool:
    """Whether ``head`` is the head noun of ``counts`` in its singular or plural form."""
    last = counts.split()[-1].lower() if counts.split() else ""
    a, b = last.rstrip("s"), head.lower().rstrip("s")
    return bool(a) and a == b


_OPEN_QUOTES = frozenset(['"', "\u201c"])
_CLOSE_QUOTES = frozenset(['"', "\u201d"])


def _unquoted_phrase(
    tokens: list[tuple[str, int]], i: int, reach: int = 8
) -> tuple[list[tuple[str, int]], int]:
    """The tokens after a numeral with the quotation marks around its counted phrase taken off.

    Two "precision strikes," or three 'deadly raids': a quotation that opens right after the
    numeral and closes within ``reach`` tokens holds what the numeral counts. Returns the
    tokens without the marks and the end offset of the last word inside the quotation (0 when
    no quotation opens there: the tokens come back as they were). A quotation that never
    closes, or an apostrophe of a word ("'90s"), is left alone.
    """
    if i >= len(tokens):
        return tokens, 0
    tok = tokens[i][0]
    if tok in _OPEN_QUOTES and i + 1 < len(tokens) and tokens[i + 1][0][:1].isalpha():
        last = 0
        for tok2, end2 in tokens[i + 1 : i + 1 + reach]:
            if tok2 in _CLOSE_QUOTES:
                return tokens[:i] + tokens[i + 1 :], last
            if re.match(r"\w", tok2):
                last = end2
        return tokens, 0
    if len(tok) > 1 and tok[0] == "'" and tok[1].isalpha():
        for j in range(i, min(len(tokens), i + reach)):
            tok2, end2 = tokens[j]
            if len(tok2) > 1 and tok2.endswith("'") and (j > i or len(tok2) > 2):
                out = list(tokens)
                out[i] = (tok[1:], tokens[i][1])
                tok2 = out[j][0]
                out[j] = (tok2[:-1], end2 - 1)
                return out, end2 - 1
        return tokens, 0
    return tokens, 0


# determiners between "of" and the whole's size in a part of a counted whole ("two of the
# four crew", "three of its 12 boats")
_PARTITIVE_DETERMINERS = frozenset(["the", "these", "those", "its", "their", "his", "her"])


def _numeral_next(text: str, pos: int) -> bool:
    """Whether a figure starts right after ``pos`` (after white space): "and three ..."."""
    rest = text[pos : pos + 40]
    lead = len(rest) - len(rest.lstrip())
    return any(q.start == lead for q in find_quantities(rest))


# "as" right before the figure (the last alternative of _CLAUSE_BREAK)
_AS_BEFORE = re.compile(
    r"\bas\s+(?:(?:some|about|around|nearly|almost|at\s+least|more\s+than|over)\s+)?$"
)


# a verb in the present tense with its object, in the clause "as" opens after a figure ("as
# 12 000 troops besiege the city"): a word of three letters or more, no preposition, before
# an article or a possessive ("as 12 farmers from the village" has none)
_PRESENT_TRANSITIVE = re.compile(
    r"(?<![\w-])(?!(?:of|in|at|on|from|among|with|by|near|inside|outside|into|across|along|"
    r"around|toward|towards|under|over|against|behind|beyond|after|before|during|without|"
    r"within|through|to|for|and|or|but|than|like|per|via|about|as|all|both|half)\b)"
    r"[a-z]{3,}\s+(?:the|a|an|its|their|his|her|our)\s"
)


def _clause_ok(text: str, a: int, b: int) -> bool:
    """Whether no clause break stands between offsets ``a`` and ``b`` of ``text``; an "as"
    right before ``b`` breaks only when a verb follows in its own clause ("as 200 police
    watched"), not when the figure is the complement of a naming ("listed the dead as 14
    soldiers and 2 civilians", "identified the victims as 12 farmers")."""
    brk = _CLAUSE_BREAK.search(text, a, b)
    if brk and brk.start() > a and _AS_BEFORE.match(text, brk.start(), b):
        # the clause after the figure ("2,000 protesters marched"): its digits' commas kept
        rest = re.match(r"(?:\d[\d,.]*\d|[^,;:.()\"])*", text[b:]).group(0)
        # a verb in the present too, as chronologies tell what happened ("25 000 killed as
        # 12 000 troops besiege the city"; round robust19): a word before an article
        return (
            not _has_verb(rest)
            and not _PRESENT_TRANSITIVE.search(rest)
            and not _CLAUSE_BREAK.search(text, a, brk.start())
        )
    return brk is None


def _weak_sanction(text: str, cue: str) -> bool:
    """Whether ``cue`` ("targets", "identified") is no sanction in ``text``: it is one only
    beside a word of sanctions. A "designated" that is the adjective of another noun after a
    preposition ("boats operated by Designated Smuggling Groups") is no such word: it names
    the groups, not a designation of anything the sentence counts."""
    if cue.lower() not in _WEAK_SANCTION:
        return False
    for m in _SANCTION_CONTEXT.finditer(text):
        word = re.match(r"\w+", text[m.start() :])
        end = m.start() + (len(word.group(0)) if word else 0)
        if not _participle_of_another_noun(text, m.start(), end, any_case=True):
            return False
    return True


# the figure's own verb group closed before an event word: an auxiliary and a participle
# followed by a preposition ("have been affected in 27 attacks on shipping"), or a reduced
# relative with a gerund complement ("nations committed to defending shipping"); group 1 is
# the participle
_CLOSED_VERB = re.compile(
    r"\s*(?:(?:(?:have|has|had)\s+been|were|was|are|is|be|been)\s+(?:[a-z]+ly\s+)?"
    r"([a-z]+(?:ed|en|wn))\s+(?:in|on|by|at|from|with|during|across|for|over|under|among"
    r"|to\s+(?:[a-z]+ing|the|an?)\b)"
    r"|([a-z]+(?:ed|en|wn))\s+to\s+[a-z]+ing)\b"
)


@cache
@cache
def _attribution_hedges() -> frozenset[str]:
    """Hedge cues that are attribution verbs ("claimed", "accused"): they name a figure's
    originator and never hedge the quantity (``attribution_hedges`` of data/cues.yaml)."""
    return frozenset(str(w).lower() for w in load_data("cues.yaml")["attribution_hedges"])


def _verb_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(companion verbs, pass-through verbs) of data/events.yaml."""
    data = load_data("events.yaml")
    return (
        frozenset(str(w).lower() for w in data["companion_verbs"]),
        frozenset(str(w).lower() for w in data["pass_through_verbs"]),
    )


def _verb_closed(gap: str) -> bool:
    """Whether the figure's own verb, a participle of no event and no pass-through verb,
    closes in ``gap`` (the text between the counted phrase and a later event word), so that
    the word belongs to another noun or clause ("nations have been affected in 27 attacks on
    shipping": not supplied)."""
    m = _CLOSED_VERB.match(gap)
    if not m:
        return False
    verb = (m.group(1) or m.group(2)).lower()
    return verb not in _verb_lists()[1] and verb not in event_table().cue_event


def _after_part_aside(text: str, q: Quantity, phrase_end: int, cs: int) -> str:
    """The text between the counted phrase (ending at ``phrase_end``) and a later cue at
    ``cs``; for a figure inside a dash aside naming a part or a companion of the subject ("12
    people - including 4 children - were killed"), only what follows the closing dash: the
    verb there is the figure's own."""
    gap = text[phrase_end:cs]
    dashes = list(_DASH.finditer(text, 0, q.start))
    if len(dashes) % 2 and _PART_ASIDE.match(text, dashes[-1].end(), q.start):
        closing = _DASH.search(gap)
        if closing:
            return " " + gap[closing.end() :].lstrip()
    return gap


def _governing_cue(
    text: str, q: Quantity, phrase_end: int, cues: list[tuple[int, int, str]]
) -> tuple[tuple[int, int], str, int] | None:
    """The event cue that governs the figure: (rank key, event, cue start), or None."""
    best: tuple[tuple[int, int], str, int] | None = None
    for cs, ce, ev in cues:
        if q.start <= cs and ce <= phrase_end:
            continue  # inside the counted phrase: handled as its head
        if ev == "sanctioned" and _weak_sanction(text, text[cs:ce]):
            continue
        if (
            ce <= q.start
            and text[cs:ce].lower() in _verb_lists()[0]
            and _DIRECT.fullmatch(text, ce, q.start)
        ):
            continue  # "joined 40 nations in condemning": companions, not a deployment
        if cs >= phrase_end and _verb_closed(text[phrase_end:cs]):
            continue  # "nations have been affected in attacks on shipping": not its verb
        if cs >= phrase_end:
            # an aside between the figure and its verb is skipped: "six tankers, all of which
            # had made port calls, also suffered explosions", "(and underreported)"
            gap = _GAP_ASIDE.sub(
                " ", _GAP_PAREN.sub("", _after_part_aside(text, q, phrase_end, cs))
            )
            gap = _GAP_LIST.sub("", gap)  # "thousands of civilians, troops and police have been"
            dist = len(gap)
            if _REDUCED_RELATIVE.fullmatch(gap):
                best = _better(best, ((1, dist), ev, cs))  # "nine targets that were hit"
                continue
            if dist <= 2 and _launch_origin(text, cs, ce) and _verb_right_before(text, q, cues):
                # "shot down two missiles fired from the coast": a participle saying where
                # the things came from modifies them; the verb before the figure governs it
                best = _better(best, ((1, dist), ev, cs))
                continue
            if (
                _who_relative().fullmatch(gap)
                and ev in _casualty()
                and not _OBJECT_AFTER.match(text, ce)
                and not spelled_number(_first_word(text, ce))
            ):
                best = _better(best, ((1, dist), ev, cs))  # "40 soldiers who died": their fate
                continue
            main = _RELATIVE_THEN_MAIN.fullmatch(gap)
            if dist <= 120 and main and _has_verb(main.group(1)):
                # "two hostages who had been held since 2016 were released": the main verb
                # after the relative clause, before the relative clause's own verb
                best = _better(best, ((0, dist), ev, cs))
                continue
            if dist > 70 or _CLAUSE_BREAK.search(gap):
                continue
            if re.search(r"\band\s+$", gap):
                continue  # "killed 52,000 people and wounded 118,000": another object's verb
            key = (0 if _PASSIVE.search(gap) or dist <= 2 else 2, dist)
        elif ce <= q.start:
            dist = q.start - ce
            if dist > 90 or not _clause_ok(text, ce, q.start):
                continue
            if _OWN_PARTICIPLE_BEFORE.search(text, max(0, cs - 30), cs) and _AND_ONLY.fullmatch(
                text, ce, q.start
            ):
                continue  # "with 9 killed and six policemen": the 9's own participle
            if not _verb_cue(text[cs:ce].lower()) and _IN_PP.search(text[max(0, cs - 22) : cs]):
                dist += 40  # "the death toll from that strike": a modifier, not the head
            direct = _DIRECT.fullmatch(text[ce : q.start])
            key = (0 if direct else 2, dist + 5)
            if _COORDINATED_SUBJECT.fullmatch(text[ce : q.start]):
                # "A guard died and three officers sustained injuries": the figure opens a
                # clause of its own, whose verb (after it) governs it before the last clause's
                key = (3, dist)
        else:
            continue
        if _ATTRIBUTIVE.search(text, max(0, cs - 30), cs) and re.match(r"\s+[A-Za-z]", text[ce:]):
            continue  # "a recently built tanker": a participle modifying another noun
        if _participle_of_another_noun(text, cs, ce):
            continue  # "five boats operated by designated groups": the groups are designated
        best = _better(best, (key, ev, cs))
    return best


@cache
def _participle_adjective_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(_claim_words("participle_adjective_after")))
    return re.compile(rf"\b(?:{words})\s+$", re.I)


def _participle_of_another_noun(text: str, cs: int, ce: int, any_case: bool = False) -> bool:
    """Whether the cue ``text[cs:ce]`` is a one-word participle standing as the adjective of a
    noun after a preposition ("operated by designated smuggling groups", "attacks on
    displaced families"): it describes that noun, not what a figure counts. A participle
    followed by what keeps it a verb ("designated as", "sanctioned by the ministry") is
    not one (``participle_adjective_after``, ``participle_verb_followers`` of
    data/claims.yaml). With ``any_case``, a participle and noun of a name in title case
    ("by Designated Smuggling Groups") are read so too."""
    cue = text[cs:ce].lower() if any_case else text[cs:ce]
    if not re.fullmatch(r"[a-z]+ed", cue):
        return False
    if not _participle_adjective_pattern().search(text, max(0, cs - 20), cs):
        return False
    nxt = re.match(r"\s+([A-Za-z][A-Za-z-]+)\b" if any_case else r"\s+([a-z][a-z-]+)\b", text[ce:])
    if nxt is None:
        return False
    word = nxt.group(1).lower() if any_case else nxt.group(1)
    if word.endswith("ed"):
        return False  # "the number of injured ranged between ...": the injured, then a verb
    return word not in _claim_words("participle_verb_followers") and not _verb_cue(word)


# where a thing came from or was aimed, after a participle: "fired from", "launched toward"
_ORIGIN_AFTER = re.compile(r"\s+(?:from|toward|towards|at)\b", re.I)


def _launch_origin(text: str, cs: int, ce: int) -> bool:
    """Whether the cue ``text[cs:ce]`` is a one-word participle followed by where its thing
    came from or was aimed ("missiles fired from Yemen", "drones launched toward the ship"):
    a reduced relative clause modifying the counted thing, not the verb that governs it."""
    word = text[cs:ce].lower()
    return (
        " " not in word
        and (word.endswith("ed") or word in _PARTICIPLES)
        and _ORIGIN_AFTER.match(text, ce) is not None
    )


def _verb_right_before(text: str, q: Quantity, cues: list[tuple[int, int, str]]) -> bool:
    """Whether a verb cue stands right before the figure, taking it as its object ("shot
    down two missiles"); not "of the 11,000 troops sent from X", whose participle is its
    only event."""

    def verb(cue: str) -> bool:  # "intercepted", "shot down"
        first = cue.lower().split()[0]
        return first.endswith("ed") or first in _PARTICIPLES

    return any(
        ce <= q.start and verb(text[cs:ce]) and _DIRECT.fullmatch(text[ce : q.start])
        for cs, ce, _ in cues
    )


def _has_verb(clause: str) -> bool:
    """Whether a relative clause has a verb of its own ("had been held", "the army sent")."""
    return any(w.endswith(("ed", "ing")) or w in _PARTICIPLES for w in clause.lower().split())


# what may stand between a bare figure and its own verb: "more", auxiliaries and adverbs
_OWN_VERB_GAP = re.compile(
    r"\s+(?:(?:more|others?|were|was|are|is|have|has|had|been|also|later|then|since|"
    r"reportedly|already|still|[a-z]+ly)\s+)*([a-z]+)\b"
)


def _own_clause_event(clean: str, q: Quantity, cues: list[tuple[int, int, str]]) -> str | None:
    """The event of the clause a bare figure after "and" opens with a verb of its own
    ("killed 12 soldiers and 3,000 returned home", "and 30 were wounded"): the event of a cue
    in that verb group, else "other" (a verb no event names); None when no verb follows."""
    m = _own_clause_pattern().match(clean, q.end)
    if m is None:
        return None
    own = [c for c in cues if q.end <= c[0] < m.end() + 1]
    if own:
        return own[0][2]
    return OTHER_EVENT


def _acts_itself(text: str, end: int) -> bool:
    """Whether the bare figure ending at ``end`` is the subject of a verb of movement
    (``movement_verbs`` of data/claims.yaml: "3,000 fled", "another 500 have crossed", "3,000
    were evacuated"): it counts people then, not the noun a figure before it counted
    ("killed 12 children and 3,000 fled"), unless that noun is written again or pointed to
    ("3,000 of them fled", whose phrase names what it counts and never comes here). Only
    when the verb names an event of its own, another than the earlier figure's: "An
    additional 300 arrived" (no event) after a count of displaced families counts more
    families."""
    m = _OWN_VERB_GAP.match(text, end)
    return m is not None and m.group(1) in _claim_words("movement_verbs")


def _better(
    best: tuple[tuple[int, int], str, int] | None, candidate: tuple[tuple[int, int], str, int]
) -> tuple[tuple[int, int], str, int]:
    return candidate if best is None or candidate[0] < best[0] else best


# "forcing thousands from their homes", "drove 2,000 out of their villages": displaced,
# whatever verb (killing, forcing) stands before the figure
_FROM_HOMES = re.compile(
    r"\s+(?:(?:from|out\s+of)\s+(?:their|its|his|her)\s+(?:homes?|houses?|villages?|towns?|land)"
    r"|to\s+(?:flee|leave\s+(?:their|its|his|her)\s+homes?)|into\s+exile)\b"
)  # "forcing thousands from their homes", "forced half a million to flee"
# "80% of the (entire) population": a share of people, whom no aid verb makes money
_SHARE_OF_PEOPLE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:entire\s+|whole\s+|total\s+)?"
    r"(population|people|residents|civilians|inhabitants|households|families|children)\b"
)


@cache
def _among_groups() -> dict[str, str]:
    """Group word -> event of ``among_groups`` in data/events.yaml."""
    return {
        str(w).lower(): str(event)
        for event, words in load_data("events.yaml")["among_groups"].items()
        for w in words
    }


@cache
def _among_the() -> re.Pattern[str]:
    """ "Among the dead were N ...", "among the injured are N ...": the group (group 1) names
    the figure's event."""
    groups = alternation(sorted(_among_groups(), key=len, reverse=True))
    return re.compile(
        rf"\b(?i:among)\s+(?:the\s+)?({groups})\s+(?:were|was|are|is)\s+(?:also\s+)?$"
    )


@cache
def _group_before() -> re.Pattern[str]:
    """ "The dead include ...", "the group of deceased included a captain, ... and": a group
    of ``among_groups`` (group 1) as the subject of "include", its list running on to the
    figure within the clause."""
    groups = alternation(sorted(_among_groups(), key=len, reverse=True))
    return re.compile(
        rf"\b(?i:the|those)\s+(?:(?i:group|list)\s+of\s+(?:the\s+)?)?({groups})\s+"
        r"(?i:include|includes|included)\b[^.;:()\"]{0,140}$"
    )


@cache
def _among_after() -> re.Pattern[str]:
    """ "26 villagers among the deceased": the group (group 1) right after the counted
    phrase."""
    groups = alternation(sorted(_among_groups(), key=len, reverse=True))
    return re.compile(rf"\s+(?i:among)\s+(?:the\s+)?({groups})\b")


_WHERE_BEFORE = re.compile(r"\b(?:over|across|throughout|in)\s+(?:all\s+|the\s+)?$", re.I)
# the figure names where a plural noun before it came from ("Crews from more than 20
# countries were taken hostage", "fighters from 12 nations joined"): the sentence's verbs
# befall that noun, not the figure (group 1)
_ORIGIN_OF_NOUN = re.compile(
    r"\b([A-Za-z]{3,}(?<![su]s)s|people|men|women|children)\s+from\s+(?:more\s+than\s+|"
    r"at\s+least\s+|some\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+|the\s+)?$"
)
_RANGE_AFTER = re.compile(r"\s*(?:to|and|-|\u2013)\s*\d")


@cache
def _handed_to_kin() -> tuple[re.Pattern[str], frozenset[str]]:
    """Remains handed to their kin after the figure ("... were handed over to their families"):
    ``remains_heads`` and ``kin_receivers`` of data/claims.yaml."""
    data = load_data("claims.yaml")
    kin = alternation(data["kin_receivers"])
    return (
        re.compile(
            rf"[^,;:.()\"]{{0,60}}?\b(?:handed|returned|released|given)\s+(?:back\s+|over\s+)?"
            rf"to\s+(?:their|the|his|her)\s+(?:grieving\s+|bereaved\s+)?(?:{kin})\b",
            re.I,
        ),
        frozenset(str(w).lower() for w in data["remains_heads"]),
    )


@cache
def _munition_went_off() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a blast noun and "of", or a verb of throwing, right before a figure: "the explosion of
    ", "threw "; a verb of going off right after a counted phrase: " exploded"):
    ``munition_blasts``, ``munition_thrown`` and ``munition_went_off`` of data/events.yaml."""
    data = load_data("events.yaml")
    return (
        re.compile(
            rf"\b(?:(?:{alternation(data['munition_blasts'])})\s+of|"
            rf"{alternation(data['munition_thrown'])})\s+(?:(?:the|at\s+least|some|"
            rf"about|around|nearly|more\s+than|over)\s+)?$",
            re.I,
        ),
        re.compile(
            rf"\s+(?:(?:had|have|has|had\s+been|were|was|also|then|later)\s+)?"
            rf"(?:{alternation(data['munition_went_off'])})\b",
            re.I,
        ),
    )


def _munition_went_off_at(clean: str, q: Quantity, words: list[str], phrase_end: int) -> bool:
    """Whether the figure counts munitions that went off or were thrown ("the explosion of two
    grenades", "three rockets exploded near the base", "threw two grenades"): launched (round
    claims23r)."""
    table = event_table()
    pair = " ".join(words[-2:]).lower()
    if not words or not (words[-1].lower() in table.munitions or pair in table.munitions):
        return False
    before, after = _munition_went_off()
    went = after.match(clean, phrase_end)
    if (
        went
        and went.group(0).split()[-1].lower() == "landed"
        and (words[-1].lower() in _landing() or pair in _landing())
    ):
        went = None  # "two drones landed at the airfield": a flight home (round revC19)
    return before.search(clean, max(0, q.start - 40), q.start) is not None or went is not None


@cache
def _landing() -> frozenset[str]:
    """Munitions that may land whole (``munition_landing`` of data/events.yaml)."""
    return frozenset(str(w).lower() for w in load_data("events.yaml")["munition_landing"])


@cache
def _kin_lost() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a kin loss verb opening the clause of a figure, up to 100 characters before it with no
    clause break: "she lost her mother, stepfather, "; the kin heads): ``kin_loss_verbs`` and
    ``kin_nouns`` of data/claims.yaml."""
    data = load_data("claims.yaml")
    verbs = alternation(data["kin_loss_verbs"])
    return (
        re.compile(rf"\b(?:{verbs})\s+[^.;:()\"]{{0,100}}$", re.I),
        frozenset(str(w).lower() for w in data["kin_nouns"]),
    )


@cache
def _rescue() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a rescue verb right before a figure, a freeing verb right before it, the captivity
    named after the counted phrase): ``rescue`` of data/claims.yaml."""
    data = load_data("claims.yaml")["rescue"]
    gap = r"\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?$"
    return (
        re.compile(rf"\b(?:{alternation(data['rescue_verbs'])}){gap}", re.I),
        re.compile(rf"\b(?:{alternation(data['freeing_verbs'])}){gap}", re.I),
        re.compile(rf"[\s,]*(?:[^.;:]{{0,60}}?\b)?(?:{alternation(data['captivity'])})\b", re.I),
    )


def _rescued(clean: str, q: Quantity, phrase_end: int) -> bool:
    """Whether the figure counts people rescued: after a rescue verb ("rescued 30 people"), or
    after a freeing verb with their captivity named after them ("freed 110 abductees held by
    the rebels", "freed 45 hostages from the gang"): a rescue, no swap nor capture (CLAIMS.md
    has no class for it: "other"). A release by the captors ("the gang freed 45 hostages after
    a ransom was paid") stays an exchange."""
    rescue, freeing, captivity = _rescue()
    window = clean[max(0, q.start - 40) : q.start]
    if rescue.search(window):
        return True
    found = freeing.search(window)
    if found is None or not captivity.match(clean, phrase_end):
        return False
    return not _released_by_captors(clean, max(0, q.start - 40) + found.start())


def _released_by_captors(clean: str, verb_start: int) -> bool:
    """Whether the freeing verb at ``verb_start`` tells a release by the captors: its clause's
    subject names raiders or captors ("the gunmen freed 12 hostages abducted by them",
    "kidnappers freed 12 hostages who had been kidnapped"), or the sentence names a ransom or
    a swap ("freed 45 hostages held by the gang after a ransom was paid"): an exchange, no
    rescue (round revB20)."""
    data = load_data("claims.yaml")
    marks = alternation(data["rescue"]["release_marks"])
    if re.search(rf"\b(?:{marks})\b", clean, re.I):
        return True
    captors = {str(w).lower() for w in (*data["carry_off"]["raiders"], *data["rescue"]["captors"])}
    clause = re.split(r"[,;:]", clean[:verb_start])[-1].lower()
    return bool(set(re.findall(r"[a-z][a-z-]*", clause)) & captors)


@cache
def _fallen_places() -> tuple[frozenset[str], re.Pattern[str]]:
    """(nouns of held ground, the verb "fell" after them): ``fallen_places`` of
    data/claims.yaml."""
    data = load_data("claims.yaml")["fallen_places"]
    return (
        frozenset(str(w).lower() for w in data["nouns"]),
        re.compile(
            # a place after the noun is allowed: "districts in Shabwa", "towns in the east"
            r"(?:\s+(?:in|of|near|around|along)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)*)?"
            r"\s*,?\s*(?:(?:have|has|had|also|now|reportedly|quickly|already)\s+)*"
            r"(?:fell|fallen)\b(?!\s+(?:by|from|in\s+(?:value|number|price)))",
            re.I,
        ),
    )


def _places_fell(clean: str, words: list[str], phrase_end: int) -> bool:
    """Whether counted places "fell" right after their phrase ("Three districts in Shabwa have
    fallen in limited clashes", "two towns fell to the rebels"): ground taken, captured.
    Figures that fell ("fell by 12%") and people who fell ("fell in battle") are not."""
    nouns, fell = _fallen_places()
    return bool(words) and words[-1].lower() in nouns and bool(fell.match(clean, phrase_end))


@cache
def _carry_off() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a verb of flight with "with" right before a figure, the nouns of raiders): ``carry_off``
    of data/claims.yaml."""
    data = load_data("claims.yaml")["carry_off"]
    verbs = alternation(data["verbs"])
    return (
        re.compile(
            rf"\b(?:{verbs})\s+with\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than)\s+)?$",
            re.I,
        ),
        frozenset(str(w).lower() for w in data["raiders"]),
    )


def _carried_off(clean: str, q: Quantity) -> str | None:
    """The event of things someone fled with ("fled with 130 cattle"), or None when the
    figure follows no such verb: raiders who flee with them took them ("captured", as
    CLAIMS.md reads looted livestock); anyone else carried their own ("other"). Fleeing
    displaces people, never the things they carry."""
    verb, raiders = _carry_off()
    m = verb.search(clean, max(0, q.start - 60), q.start)
    if m is None:
        return None
    clause = re.split(r"[,;:]", clean[: m.start()])[-1].lower()
    subject = set(re.findall(r"[a-z]+", clause))
    return "captured" if subject & raiders else OTHER_EVENT


# two verbs joined right before a figure, its qualifier allowed: "killed and wounded 30",
# "killed or injured at least 12", "have killed and brutally maimed scores"
_VERB_PAIR_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:and|or|and/or)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+(?:[a-z]+\s+){0,2}$", re.I
)


# the same pair after the counted phrase, in the passive: "2,500 people were killed or
# injured", "30 civilians have been killed and maimed"
_VERB_PAIR_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being)\s+"
    r"(?:[a-z]+ly\s+)?([a-z]+)\s+(?:and|or|and/or)\s+(?:[a-z]+ly\s+)?([a-z]+)\b",
    re.I,
)


def _kill_and_harm(first: str, second: str) -> bool:
    """Whether two joined verbs are a killing verb and a wounding one (or a verb of harm,
    ``harm_pair_verbs`` of data/claims.yaml: "killed or harmed")."""
    cue_event = event_table().cue_event

    def kind(word: str) -> str | None:
        word = word.lower()
        return "wounded" if word in _claim_words("harm_pair_verbs") else cue_event.get(word)

    return {kind(first), kind(second)} == {"killed", "wounded"}


def _killed_and_hurt(clean: str, q: Quantity, phrase_end: int | None = None) -> bool:
    """Whether the figure is the object of a killing verb and a wounding verb joined by "and"
    or "or" ("killed and maimed dozens of civilians", "killed or injured 30 people", "killed
    or harmed thousands of children"), or the subject of such a pair in the passive right
    after its counted phrase (ending at ``phrase_end``: "2,500 people were killed or
    injured"): one count of casualties (CLAIMS.md event "casualties"), never the dead or the
    hurt alone."""
    m = _VERB_PAIR_BEFORE.search(clean, max(0, q.start - 60), q.start)
    if m is not None:
        between = clean[m.end(2) : q.start].split()
        if _kill_and_harm(m.group(1), m.group(2)) and all(w.lower() in _PAIR_GAP for w in between):
            return True
    if phrase_end is None:
        return False
    after = _VERB_PAIR_AFTER.match(clean, phrase_end)
    return after is not None and _kill_and_harm(after.group(1), after.group(2))


_PAIR_GAP = frozenset(
    {
        "at",
        "least",
        "about",
        "some",
        "nearly",
        "almost",
        "around",
        "over",
        "more",
        "than",
        "up",
        "to",
        "as",
        "many",
        "the",
        "a",
        "an",
    }
)


@cache
def _natural_cause() -> re.Pattern[str]:
    """ "to" or "from" and a natural cause of death right after a counted phrase:
    ``natural_causes`` of data/claims.yaml."""
    causes = alternation(_claim_words("natural_causes"))
    return re.compile(
        rf"\s+(?:to|from)\s+(?:(?:an?|the|long|short|sudden|chronic|unknown)\s+)*(?:{causes})\b",
        re.I,
    )


def _natural_loss(clean: str, phrase_end: int) -> bool:
    """Whether kin were lost to a natural cause ("lost two sons to illness", "to cancer"):
    a death, no one's act of violence."""
    return bool(_natural_cause().match(clean, phrase_end))


def _kin_lost_before(clean: str, q: Quantity, words: list[str]) -> bool:
    """Whether the figure counts kin someone lost ("she lost her mother, two sisters and a
    brother in the attacks": the sisters were killed; round claims23r). Only kin: "the army
    lost 40 soldiers" stays a loss."""
    verb, kin = _kin_lost()
    head = " ".join(words[-2:]).lower() if len(words) > 1 else ""
    if not words or not (words[-1].lower() in kin or head in kin):
        return False
    lost = verb.search(clean, max(0, q.start - 120), q.start)
    if lost is None:
        return False
    # "lost touch with her two sisters", "lost 20 kilograms while his three children ...":
    # what was lost is no kin, or the kin stand in another clause (round revC19)
    gap = re.findall(r"[a-z]+", clean[lost.start() : q.start].lower())
    while gap and gap[0] in {"has", "have", "had", "lost", "lose", "loses", "losing"}:
        gap = gap[1:]
    return not (
        (gap and gap[0] in _claim_words("kin_loss_not_objects"))
        or any(w in _claim_words("kin_loss_breaks") for w in gap)
    )


@cache
def _pay() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Pay for work named right beside a sum (``pay_words`` of data/claims.yaml): after it
    ("200 dollars in wages") and before it ("a monthly salary of 150 dollars"); a pay word
    before a noun of help ("in wage support": ``pay_support_nouns``) is funding's purpose."""
    data = load_data("claims.yaml")
    pay = alternation(data["pay_words"])
    support = alternation(data["pay_support_nouns"])
    return (
        re.compile(
            rf"\s*(?:in|as|of)\s+(?:(?:monthly|annual|daily|weekly|unpaid)\s+)?(?:{pay})\b"
            rf"(?!\s+(?:{support})\b)",
            re.I,
        ),
        re.compile(
            rf"\b(?:{pay})\s+(?:of\s+|worth\s+|totalling\s+|totaling\s+)?"
            r"(?:(?:about|some|up\s+to|at\s+least|nearly|almost|over|more\s+than)\s+)?$",
            re.I,
        ),
    )


@cache
def _reward_pattern() -> tuple[frozenset[str], re.Pattern[str]]:
    """``reward_words`` of data/claims.yaml: as heads, and before a sum ("a bounty of")."""
    words = load_data("claims.yaml")["reward_words"]
    before = re.compile(
        rf"\b(?:{alternation(words)})\s+(?:of\s+)(?:(?:about|some|up\s+to|nearly|almost|over|"
        r"more\s+than)\s+)?$",
        re.I,
    )
    return frozenset(str(w).lower() for w in words), before


def _reward(clean: str, q: Quantity, words: list[str]) -> bool:
    """Whether the sum ``q`` is a reward offered: its counted noun is one ("a $50,000
    bounty") or one stands right before it ("a reward of 10,000 dollars")."""
    heads, before = _reward_pattern()
    head = " ".join(words[-2:]).lower() if len(words) > 1 else ""
    return (
        bool(words and words[-1].lower() in heads)
        or head in heads
        or before.search(clean, 0, q.start) is not None
    )


@cache
def _ransom_patterns() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``ransom_words`` of data/claims.yaml: as heads, right before a sum ("a ransom of") and
    later in the sum's own clause, within ``ransom_reach`` characters and before any of
    ``ransom_breaks`` (a clause of its own: "the school where a ransom was paid"), never
    one that only qualifies a crime after it (``ransom_qualified``: "ransom kidnappings")."""
    data = load_data("claims.yaml")
    words = alternation(data["ransom_words"])
    before = re.compile(
        rf"\b(?:{words})\s+(?:of\s+)(?:(?:about|some|up\s+to|nearly|almost|over|"
        r"more\s+than)\s+)?$",
        re.I,
    )
    breaks = alternation(data["ransom_breaks"])
    reach = int(data["ransom_reach"])
    qualified = alternation(data["ransom_qualified"])
    after = re.compile(
        rf"(?:(?!\b(?:{breaks})\b)[^,;:()\"\u201c\u201d]){{0,{reach}}}?\b(?:{words})\b"
        rf"(?![\w-]|\s+(?:{qualified})\b)",  # "ransom kidnappings": a crime (round revB28)
        re.I,
    )
    # the sum's own source right after it ("$20m from ransom kidnappings", "$339m in
    # ransoms"): a ransom, though a crime follows the word
    source = re.compile(
        rf"\s*(?:in|from|through|via|as)\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b", re.I
    )
    return frozenset(str(w).lower() for w in data["ransom_words"]), before, after, source


@cache
def _ransom_taken() -> re.Pattern[str]:
    """A sentence opened by captors (``ransom_takers``) that took a sum: one of
    ``ransom_receipts`` with no clause break between it and the end (the sum's start)."""
    data = load_data("claims.yaml")
    takers = alternation(data["ransom_takers"])
    receipts = alternation(data["ransom_receipts"])
    return re.compile(
        # the captors open the sentence, or the clause a speaker reports ("Police said the
        # kidnappers had received $300,000"; round revB28)
        r"(?:^\W*|\b(?:said|says|told\s+\w+|claimed|reported|added|alleged)\s+(?:that\s+)?)"
        rf"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{takers})\b(?!['’])[^;:]{{0,80}}?"
        rf"\b(?:{receipts})\s+(?:(?:about|some|nearly|almost|over|more\s+than|at\s+least|"
        r"up\s+to)\s+)?$",
        re.I,
    )


def _ransom(clean: str, q: Quantity, words: list[str]) -> bool:
    """Whether the sum ``q`` is a ransom: its counted noun is one ("a $5m ransom"), one
    stands right before it ("a ransom of $2 million") or later in its clause ("$339m in
    ransoms", "$400m by demanding ransom payments"; round claims28)."""
    heads, before, after, source = _ransom_patterns()
    head = " ".join(words[-2:]).lower() if len(words) > 1 else ""
    bracket = _BRACKETED_AFTER.match(clean, q.end)
    rest = bracket.end() if bracket else q.end
    return (
        bool(words and words[-1].lower() in heads)
        or head in heads
        or before.search(clean, 0, q.start) is not None
        or after.match(clean, rest) is not None
        or source.match(clean, rest) is not None
        or _ransom_taken().search(clean, 0, q.start) is not None
    )


# a sum restated in another currency in brackets right after a sum ("$1.2m (£950,000) in
# ransom": what follows the bracket still tells the first sum; a currency word may stand
# before it, "3 million euros (about $3.3m) as ransom" (round revB28)
_BRACKETED_AFTER = re.compile(r"(?:\s+[a-z]+)?\s*\([^()]{1,40}\)")


_MONEY_CONVERSION = re.compile(r"\s*\(\s*(?:about|some|around|roughly|nearly|almost)?\s*$", re.I)


@cache
def _refuge_after() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The rest of a figure's clause that says the counted live in a place of refuge (a verb
    of ``flight_hosts``, "in", at most three words, one of ``refuge_places``) or crossed
    something to escape (one of ``crossing_verbs``, then one of ``escape_purposes``), with no
    clause break between; data/claims.yaml (round claims28)."""
    data = load_data("claims.yaml")
    hosts = alternation(data["flight_hosts"])
    places = alternation(data["refuge_places"])
    crossing = alternation(data["crossing_verbs"])
    purposes = alternation(data["escape_purposes"])
    return (
        re.compile(
            rf"[^,;:.()\"]{{0,40}}?\b(?:{hosts})\s+in\s+(?:[\w'’-]+\s+){{0,3}}?(?:{places})\b",
            re.I,
        ),
        re.compile(
            rf"[^,;:.()\"]{{0,40}}?\b(?:{crossing})\b[^,;:.()\"]{{0,80}}?\b(?:{purposes})\b",
            re.I,
        ),
    )


@cache
def _dead_or_missing() -> re.Pattern[str]:
    """The verbs right after a counted phrase that tell one count of the dead and the missing
    together ("569 people perished or went missing at sea", "40 sailors were killed or remain
    missing"): ``dead_or_missing`` of data/claims.yaml; CLAIMS.md reads it as casualties."""
    data = load_data("claims.yaml")["dead_or_missing"]
    dead = alternation(data["dead"])
    missing = alternation(data["missing"])
    return re.compile(
        r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?"
        rf"(?:{dead})\s+or\s+(?:(?:went|are|were|remain|remained|still|now|are\s+still)\s+)*"
        rf"(?:{missing})\b",
        re.I,
    )


@cache
def _flight_after() -> re.Pattern[str]:
    """The rest of a figure's clause that says the counted live somewhere after they fled
    ("... live in Chad after fleeing Sudan"): a verb of staying (``flight_hosts``) then
    ``flight_after`` of data/claims.yaml, with no clause break before either."""
    data = load_data("claims.yaml")
    words = alternation(data["flight_after"])
    hosts = alternation(data["flight_hosts"])
    return re.compile(
        rf"[^,;:.()\"]{{0,40}}?\b(?:{hosts})\b[^,;:.()\"]{{0,60}}?\b(?:{words})\b", re.I
    )


@cache
def _toll_claim() -> re.Pattern[str]:
    """A cause of a toll as the subject of "claim" right before a figure ("the second attack
    claimed", "the blast has so far claimed"): ``toll_causes``, ``toll_claim_verbs`` and
    ``toll_claim_gap`` of data/claims.yaml."""
    data = load_data("claims.yaml")
    causes = alternation(w for kind in data["toll_causes"].values() for w in kind)
    gap = alternation(data["toll_claim_gap"])
    return re.compile(
        rf"\b(?:{causes})\s+(?:(?:{gap})\s+)*(?:{alternation(data['toll_claim_verbs'])})\s+$",
        re.I,
    )


# a preposition or a relative's verb before the cause: the cause is no subject ("the group
# behind the attack claimed 20 recruits", "the group that carried out the attack claimed ...")
_CAUSE_GOVERNED = re.compile(
    r"\b(?:behind|of|for|after|over|since|during|from|about|against|in|on|before|by|"
    r"out|carried|carry|carries|staged|launched|planned|led)\s+(?:(?:the|a|an|this|that|its|"
    r"their|last|latest|recent|deadly)\s+){0,2}$",
    re.I,
)


def _toll_cause_claims(text: str, start: int) -> bool:
    """Whether a cause of a toll is the subject of "claimed" right before offset ``start`` of
    ``text`` (:func:`_toll_claim`), not a word governed by a preposition or another verb
    ("the group behind the attack claimed 20 recruits")."""
    m = _toll_claim().search(text, 0, start)
    return m is not None and not _CAUSE_GOVERNED.search(text, max(0, m.start() - 40), m.start())


@cache
def _fate_nouns() -> dict[str, str]:
    """Noun -> event of ``fate_nouns`` in data/events.yaml: what befell the people counted
    right after the noun and "of"."""
    return {
        str(w).lower(): str(event)
        for event, nouns in load_data("events.yaml")["fate_nouns"].items()
        for w in nouns
    }


@cache
def _fate_before() -> re.Pattern[str]:
    """A fate noun, "of" and an optional determiner and approximator right before a figure
    ("the death of at least", "the bodies of"); group 1 is the noun."""
    nouns = alternation(sorted(_fate_nouns(), key=len, reverse=True))
    return re.compile(
        rf"\b(?i:the)\s+({nouns})\s+of\s+(?:(?i:at\s+least|some|about|around|nearly|almost|"
        rf"more\s+than|over)\s+)?$",
        re.I,
    )


@cache
def _seizure_before() -> re.Pattern[str]:
    """A noun of taking (``seizure_nouns`` of data/events.yaml), "of" and an optional
    approximator right before a figure ("the seizure of 13.6 tons", "a haul of 300 kg");
    group 1 is the noun (round claims28)."""
    nouns = alternation(load_data("events.yaml")["seizure_nouns"])
    return re.compile(
        rf"\b(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?({nouns})\s+of\s+(?:(?:at\s+least|some|"
        r"about|around|nearly|almost|more\s+than|over)\s+)?$",
        re.I,
    )


def _is_thing(head: str) -> bool:
    """Whether a counted head names a thing, no people: a structure, facility, load, munition,
    aircraft, place or attack of data/events.yaml."""
    table = event_table()
    return any(
        head in group
        for group in (
            table.structures,
            table.facilities,
            table.goods_loads,
            table.munitions,
            table.aircraft,
            table.places,
            table.attacks,
        )
    )


# a sentence's stop inside a text kept as one sentence (a quotation of several sentences): a
# full stop, question or exclamation mark after a lower-case word or a figure, then a capital
_SENTENCE_STOP = re.compile(r"(?<=[a-z\d])[.!?]\s+(?=[A-Z])")


@cache
def _attack_on() -> re.Pattern[str]:
    """A noun of an attack (``attack_target_nouns`` of data/events.yaml) and "on", "at" or
    "against" right before a figure ("shootings at", "attacks on the"), also past a short
    adjunct of time between them (``attack_time_adjuncts``: "shootings during Friday prayers
    at two mosques", "raids overnight on three villages"; round claims24)."""
    data = load_data("events.yaml")
    nouns = alternation(sorted((str(w) for w in data["attack_target_nouns"]), key=len)[::-1])
    adjunct = alternation(str(w) for w in data["attack_time_adjuncts"])
    return re.compile(
        rf"\b(?:{nouns})\s+(?:(?:{adjunct})\b(?:\s+[\w'’-]+){{0,3}}?\s+)?(?:on|at|against)\s+"
        r"(?:the\s+|at\s+least\s+|some\s+)?$",
        re.I,
    )


def _event(
    text: str, q: Quantity, words: list[str], phrase_end: int, cues: list[tuple[int, int, str]]
) -> tuple[str, int]:
    """The event class that governs the quantity, and its cue's start (-1 when none)."""
    table = event_table()
    head = words[-1].lower().strip("'") if words else ""
    if (
        len(words) > 1
        and head in {"body", "bodies"}
        and words[-2].lower() in _institution_modifiers()
    ):
        return "other", -1  # "two civil bodies established ...": institutions, not the dead
    among = _among_the().search(text, max(0, q.start - 40), q.start)
    if among:  # "Among the dead were three soldiers deployed there": the dead, not deployed
        return _among_groups()[among.group(1).lower()], among.start(1)
    group = _group_before().search(text, max(0, q.start - 160), q.start) or (
        _among_after().match(text, phrase_end) if words else None
    )
    if group and q.kind == "count" and not _is_thing(head):
        # "The dead included a captain and nine constables", "identified 26 villagers among
        # the deceased": a member of the group of the dead (round claims24)
        return _among_groups()[group.group(1).lower()], group.start(1)
    fate = _fate_before().search(text, max(0, q.start - 60), q.start)
    if (
        fate
        and q.kind == "count"
        and words
        and not _is_thing(head)
        and all(event != "exchanged" for _, _, event in cues)
        # "the flight of 40 passengers landed": an air flight and who is aboard it, no
        # people who fled (round revC19)
        and not (
            fate.group(1).lower() == "flight"
            and " ".join(words).lower() in _claim_words("flight_aboard")
        )
    ):
        # "the bodies of nine hostages were found": the dead, not the captured; never a thing
        # ("the remains of two houses" were no deaths), nor remains handed back ("the bodies
        # of 40 soldiers were returned": an exchange)
        return _fate_nouns()[fate.group(1).lower()], fate.start(1)
    seized = _seizure_before().search(text, max(0, q.start - 60), q.start)
    if seized and q.kind in {"count", "measure"} and words and not is_person(words):
        # "the seizure of 13.6 tons of drugs", "the capture of two towns": taken (claims28)
        return "captured", seized.start(1)
    target = _attack_on().search(text, max(0, q.start - 80), q.start)
    if target and q.kind == "count" and words and not is_person(words):
        # "the shootings at two mosques", "attacks on three villages killed 40": the places
        # or things attacked were struck, whatever the clause's verb (round claims23)
        return "struck", target.start()
    if _FROM_HOMES.match(text, phrase_end):
        return "displaced", phrase_end  # "forcing thousands from their homes"
    if head in table.places and _WHERE_BEFORE.search(text, max(0, q.start - 20), q.start):
        return "other", -1  # "downed drones over eight regions": where it happened, not what
    named = table.head_events.get(head) if head else None
    origin = _ORIGIN_OF_NOUN.search(text, max(0, q.start - 40), q.start)
    if (
        origin
        and origin.group(1).lower() not in table.cue_event
        and not _RANGE_AFTER.match(text, q.number_end)
    ):
        cues = []  # "Crews from 20 countries were taken hostage": the crews were, not these
    if any(
        ce <= q.start
        and text[cs:ce].lower() in _verb_lists()[0]
        and _DIRECT.fullmatch(text, ce, q.start)
        for cs, ce, _ in cues
    ):
        # "Britain joined 40 nations in condemning the attack": the object of "joined" is a
        # companion; no later event word ("attack") governs it either
        cues = []
    event: str | None = None
    at = -1
    if head in table.explosion_cues:
        # "Two explosions killed 40 people", "three blasts hit the market": the explosions
        # did the harm, a count of attacks (round claims21r); heard or suffered, as before
        best = _governing_cue(text, q, phrase_end, cues)
        if (
            best is not None
            and best[2] >= phrase_end
            and best[1] in _STRIKING_EVENTS
            # the count is the harm verb's subject: it opens its clause ("Residents heard two
            # explosions as 12 were killed": heard) and no clause opens between them ("Two
            # explosions were heard as 12 were killed"; round revB18)
            and _OPENS_CLAUSE.search(text, 0, q.start) is not None
            and _CLAUSE_OPENER.search(text, phrase_end, best[2]) is None
        ):
            return "struck", best[2]
    if head in table.cue_event and not _weak_sanction(text, head) and named is None:
        event, at = table.cue_event[head], phrase_end  # "26 deaths", "18 shipments"
    if head == "times":  # "delivered aid 11 times": how often the verb's action happened
        cues = [c for c in cues if _verb_cue(text[c[0] : c[1]].lower())]
    relative = _WHO_AFTER.match(text, phrase_end) if isinstance(q.value, str) else None
    if event is None and relative:
        # "the fate of thousands who fled the city": the relative clause's verb tells what
        # befell them, unless a verb before governs the count ("killed 12 fighters who
        # attacked"): a noun cue before ("aid workers") does not (round claims22)
        own = [c for c in cues if c[0] == relative.end()]
        verbs = [
            c
            for c in cues
            if c[1] <= q.start
            and (
                (low := text[c[0] : c[1]].lower()).endswith("ed")
                or low in _irregular_past()
                or low in _PARTICIPLES
            )
        ]
        if own and not verbs:
            event, at = own[0][2], own[0][0]
    if event is None:
        best = _governing_cue(text, q, phrase_end, cues)
        if best is not None and (named is None or (best[0][0] == 0 and best[1] != OTHER_EVENT)):
            event, at = best[1], best[2]
    if event is None and named is not None:
        return named, phrase_end  # "took 250 hostages": the counted thing names the event
    if event in {"funded", "supplied"} and named is not None:
        # "cost 3,000 lives", "the hospital received 60 wounded": what is paid or received
        # names its event
        return named, phrase_end
    if event is None and taken_by_force(text, q.start, phrase_end, words):
        return "captured", phrase_end  # "87 people were taken"
    if event is None:
        for w in (" ".join(words[-2:]).lower(), head):
            if w in table.by_head:
                return table.by_head[w], -1
        pair = " ".join(words[-2:]).lower()
        if (head in table.aircraft or pair in table.aircraft) and measure_patterns()[3].search(
            text, phrase_end
        ):
            return "destroyed", -1  # "two planes fell": aircraft lost
        return fold_event("other", words, text), -1  # "600 airstrikes": a count of attacks
    folded = fold_event(event, words, text, _outcome_cue(text, at, q.start))
    if folded != "supplied" and _conveyed_in(text, q, words):
        return OTHER_EVENT, at  # "30 gunmen in 20 SUVs": what carried them, not a target
    if q.kind == "percent" and folded in _NOT_OF_PEOPLE and _SHARE_OF_PEOPLE.match(text, q.end):
        return OTHER_EVENT, at  # "80% of the population needs aid": a share of people, no money
    if (
        folded == "struck"
        and _BY_AGENT.search(text, max(0, q.start - 60), q.start)
        and head not in table.munitions
        and head not in table.explosion_cues
        and head not in table.aircraft
    ):
        # "the attacks were carried out by two little-known groups": who did it, no count of
        # attacks or targets (round claims22); "struck by two missiles" stays the strike's
        return OTHER_EVENT, at
    if q.kind == "money" and folded in _claim_words("money_never_events"):
        return OTHER_EVENT, at  # "losses of $2bn": a sum of money is no count of casualties
    if q.kind == "percent" and folded != OTHER_EVENT and _percent_change(text, q):
        return OTHER_EVENT, at  # "visits could fall by up to 40 percent": a rate of change
    return folded, at


@cache
def _change_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Money lost before a sum, and a change word before or after a percentage
    (``money_loss_words``, ``change_words`` of data/claims.yaml)."""
    loss = alternation(sorted(_claim_words("money_loss_words")))
    change = alternation(sorted(_claim_words("change_words")))
    bound = r"(?:(?:about|around|some|nearly|almost|roughly|up\s+to|as\s+much\s+as|more\s+than|over|by)\s+)*"
    return (
        re.compile(rf"\b(?:{loss})\s+(?:of\s+)?(?:an?\s+)?{bound}\Z", re.I),
        re.compile(rf"\b(?:{change})\s+{bound}\Z", re.I),
        re.compile(rf"\s*(?:-\s*)?(?:{change})\b", re.I),
    )


def _money_lost(text: str, start: int) -> bool:
    """Whether the sum at ``start`` is told as money lost ("a loss of about $2 billion",
    "losses of $2bn", "lost $40 million")."""
    return _change_patterns()[0].search(text, max(0, start - 40), start) is not None


def _percent_change(text: str, q: Quantity) -> bool:
    """Whether the percentage ``q`` measures a change: after a change word and "by" ("could
    fall by up to 40 percent"), right after one ("plunged 30%") or before one ("a 40 percent
    fall in visits")."""
    _, before, after = _change_patterns()
    return (
        before.search(text, max(0, q.start - 40), q.start) is not None
        or after.match(text, q.end) is not None
    )


# the agent of a passive right before a count: "were carried out by", "was claimed by",
# "had been staged by" (a bound may come between: "by at least two groups")
_BY_AGENT = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\s+(?:out\s+)?by\s+"
    r"(?:(?:at\s+least|some|about|around|up\s+to|as\s+many\s+as|more\s+than)\s+)?\Z",
    re.I,
)
# a relative clause of people right after a count: "who fled", "who had been wounded"
_WHO_AFTER = re.compile(r"\s+who\s+(?:(?:had|have|has|were|was|been)\s+)*", re.I)

# the events of a clause whose subject is a count of explosions that make it a count of attacks
# ("Three blasts damaged 12 houses", "Two explosions destroyed the bridge": round revB18)
_STRIKING_EVENTS = frozenset({"killed", "wounded", "casualties", "struck", "damaged", "destroyed"})
# a count that opens its clause: only a determiner or a bound before it since the sentence's
# start or a comma, semicolon or colon
_OPENS_CLAUSE = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:(?:the|a|an|at\s+least|at\s+most|some|about|around|nearly|another|"
    r"further|more\s+than|over)\s+)*\Z",
    re.I,
)
# a word that opens another clause between a count and a verb
_CLAUSE_OPENER = re.compile(
    r"\b(?:as|when|while|whereas|before|after|and|but|because|since|then|that|which|who|"
    r"until|though|although)\b|[;:]",
    re.I,
)

# "in 20 SUVs", "on 15 motorcycles", "aboard three boats": the vehicles people rode in
_CONVEYED_BEFORE = re.compile(
    r"\b(?:in|on|aboard|on\s+board)\s+(?:at\s+least\s+|about\s+|around\s+|some\s+)?$", re.I
)


def _conveyed_in(text: str, q: Quantity, words: list[str]) -> bool:
    """Whether the figure counts the vehicles people rode in ("involving 30 people in 20
    SUVs", "militants on 15 motorcycles attacked"; data/claims.yaml ``conveyances``): such
    vehicles are no target of the sentence's attack."""
    if not words or not _CONVEYED_BEFORE.search(text, max(0, q.start - 30), q.start):
        return False
    heads = {" ".join(words[-2:]).lower(), words[-1].lower()}
    return bool(heads & _conveyances())


@cache
def _breakdown() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the gap between a whole and the first figure of its breakdown, a clause of the list's
    own): ``breakdown_marks`` and ``breakdown_stops`` of ``data/claims.yaml``."""
    lex = load_data("claims.yaml")
    marks = "|".join(re.escape(str(m)) for m in lex["breakdown_marks"])
    stops = "|".join(re.escape(str(w)) for w in lex["breakdown_stops"])
    return (
        re.compile(rf"\s*(?:{marks})\s*"),
        re.compile(rf"[;.]|\b(?:{stops})\b", re.I),
    )


@cache
def _toll_members() -> re.Pattern[str]:
    """The words that open a list of who a toll's people were (``toll_members`` of
    ``data/claims.yaml``): "Those killed included", "The people killed in the attack
    included", "Among the wounded were"."""
    lex = load_data("claims.yaml")["toll_members"]
    dets = alternation(str(w) for w in lex["determiners"])
    heads = alternation(str(w) for w in lex["heads"])
    verbs = alternation(str(w) for w in lex["verbs"])
    among = alternation(str(w) for w in lex["among_verbs"])
    return re.compile(
        rf"(?<![\w-])(?:(?:{dets})\s+(?:[\w'’-]+\s+)?(?:{heads})"
        rf"(?:\s+(?:in|on|at|by|during|aboard)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?"
        rf"\s+(?:{verbs})"
        rf"|among\s+(?:the|those)\s+(?:[\w'’-]+\s+)?(?:{heads}),?\s+(?:{among}))\s+",
        re.I,
    )


def _toll_member(clean: str, start: int) -> bool:
    """Whether the figure at ``start`` is in a list of who a toll's people were
    (:func:`_toll_members`), no clause of its own (``breakdown_stops``) between."""
    _, stops = _breakdown()
    last = None
    for m in _toll_members().finditer(clean, max(0, start - 160), start):
        last = m
    if last is None:
        return False
    gap = clean[last.end() : start]
    return len(gap) <= 80 and not stops.search(gap) and "(" not in gap


def _sourcing_or_size(text: str, q: Quantity, words: list[str]) -> bool:
    """Whether a count with no event of its own is who a report rests on ("a security source
    and five eyewitnesses": ``informant_nouns`` of data/claims.yaml): never a claim. The size
    of a place ("which is home to about 60,000 people") stays a claim of event "other", as
    ``CLAIMS.md`` counts non-event quantities."""
    return bool(words) and words[-1].lower() in load_data("claims.yaml")["informant_nouns"]


@cache
def _speaker_after() -> re.Pattern[str]:
    """A speech verb right after a counted phrase ("Two officers told"): ``speaker_verbs`` of
    ``data/claims.yaml``."""
    verbs = "|".join(re.escape(str(w)) for w in load_data("claims.yaml")["speaker_verbs"])
    return re.compile(rf"\s*(?:{verbs})\b", re.I)


@cache
def dated_event() -> re.Pattern[str]:
    """A past event named by its year ("the 1994 siege", "the 1982 massacre"): group 1 is the
    year; ``dated_event_nouns`` of ``data/claims.yaml``."""
    nouns = "|".join(re.escape(str(w)) for w in load_data("claims.yaml")["dated_event_nouns"])
    return re.compile(
        rf"\b(?:the|a|an|its|their|his|her|that|this)\s+((?:1[6-9]|20)\d\d)\s+"
        rf"(?:[a-z][\w-]*\s+)?(?:{nouns})\b"
    )


def _event_year(text: str) -> str | None:
    """The year of the one past event a sentence names by its year, or None (none, or two)."""
    years = {m.group(1) for m in dated_event().finditer(text)}
    return years.pop() if len(years) == 1 else None


@cache
def _conveyances() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("claims.yaml")["conveyances"])


_NOT_OF_PEOPLE = frozenset({"funded", "supplied", "produced", "launched", "struck", "sanctioned"})
OTHER_EVENT = "other"


def _done_by_the_counted(text: str, phrase_end: int, at: int) -> bool:
    """Whether the counted phrase ending at ``phrase_end`` is the subject of an active verb of
    harm at ``at`` with an object after it ("Two gunmen shot the guard", "three men killed 12
    villagers"): ``agent_verbs``, ``agent_objects`` and ``agent_not_objects`` of
    ``data/claims.yaml``."""
    # between them at most an adverb, after a participle phrase ("two gunmen riding on a
    # motorcycle shot", "three attackers armed with knives stabbed")
    gap = r"\s+(?:(?:[a-z]+ing|[a-z]+ed)\s[^,;.\"]{0,50}?\s)?(?:[a-z]+ly\s+)?"
    if at < phrase_end or not re.fullmatch(gap, text[phrase_end:at]):
        return False
    cue = _cue_at(text, at)
    if cue.lower() not in _claim_words("agent_verbs"):
        return False
    after = re.match(r"\s+([\w'’-]+)((?:\s+[\w'’-]+){0,3})", text[at + len(cue) :])
    if after is None:
        return False
    first, rest = after.group(1), after.group(2).lower().split()
    if first[0].isdigit():
        return True  # "killed 12 villagers"
    # "wounded the previous night", "killed three weeks ago": a time, not an object; a time
    # word that a noun follows modifies it ("shot the night watchman", "the day shift")
    times = _claim_words("agent_not_objects")
    ends = _np_lexicon()[0]
    return first in _claim_words("agent_objects") and not any(
        w in times and (i + 1 == len(rest) or rest[i + 1] in ends or rest[i + 1] in times)
        for i, w in enumerate(rest[:2])
    )


# "shot at 12 people", "stabbed at two guards": the figure is whom the harm was aimed at, not
# whom it hurt (an approximator may stand between; "at least" is the figure's bound)
_AIMED_AT = re.compile(r"\s+at\s+(?:(?:about|around|some|nearly|almost)\s+)?", re.I)


def _outcome_cue(text: str, at: int, start: int) -> str:
    """The event cue at ``at`` that tells what befell the figure starting at ``start``: a harm
    cue (``harm_cues`` of data/events.yaml) aimed at the figure ("shot at 12 people") tells no
    harm and gives "" (the cue's class alone then folds the event)."""
    cue = _cue_at(text, at)
    if (
        cue.lower() in event_table().harm_cues
        and at + len(cue) <= start
        and _AIMED_AT.fullmatch(text, at + len(cue), start)
    ):
        return ""
    return cue


def _cue_at(text: str, at: int) -> str:
    """The event cue that starts at ``at`` ("" when none)."""
    cue = event_table().pattern.match(text, at) if at >= 0 else None
    return cue.group(0) if cue else ""


@cache
def _unrealised_before_verb() -> re.Pattern[str]:
    """A modal right before the figure's event verb, with only ``unrealised_fillers`` between
    (``unrealised_modals`` of data/claims.yaml: "millions could have been killed")."""
    data = load_data("claims.yaml")
    modals = "|".join(re.escape(str(w)) for w in data["unrealised_modals"])
    fillers = "|".join(re.escape(str(w)) for w in data["unrealised_fillers"])
    # "may" in lower case only, as in _CAPACITY; a clause break between ends the figure's clause
    return re.compile(rf"\b(?-i:{modals})(?:\s+(?:{fillers}))*\s+\Z", re.I)


def _possible_past(modal: str, after: str) -> bool:
    """Whether a modal before a figure's verb (:func:`_unrealised_before_verb`) tells a past
    event as possibly so, an estimate of it, not a supposition: an ``epistemic_modals`` word
    of data/claims.yaml with "have" ("as many as 100 people may have been killed, officials
    said") and no ``counterfactual_conditions`` word in the sentence after the verb ("might
    have died had the dam burst", "without the shelters": a supposition)."""
    data = load_data("claims.yaml")
    words = modal.lower().split()
    if not words or words[0] not in data["epistemic_modals"] or "have" not in words:
        return False
    conditions = "|".join(
        r"\s+".join(map(re.escape, str(w).split())) for w in data["counterfactual_conditions"]
    )
    return re.search(rf"\b(?:{conditions})\b", after, re.I) is None


def _modality(text: str, q: Quantity, at: int) -> str:
    """asserted, negated, capacity (could / enough to; a modal before the figure's own verb:
    "millions could have been killed") or future (will / plans to)."""
    anchor = q.start if at < 0 else min(at, q.start)
    before = text[max(0, anchor - 60) : anchor]
    clause = re.split(r"[;,:]|\b(?:and|but|while)\b", before)[-1]
    if _CAPACITY.search(clause):
        return "capacity"
    gap = text[q.end : at] if at > q.end else ""
    if (
        gap
        and not re.search(r"[;,:()]|\b(?:and|but|while|who|which|that)\b", gap)
        and (modal := _unrealised_before_verb().search(gap))
        and not _possible_past(modal.group(0), text[at:])
    ):
        return "capacity"  # "Twelve people would have died": a supposition, no toll
    if _NEGATION.search(clause) and not re.search(r"\bno\s+(?:fewer|less|more)\b", clause, re.I):
        return "negated"
    if _FUTURE.search(clause):
        return "future"
    return "asserted"


def _nearest(
    pattern: re.Pattern[str],
    text: str,
    q: Quantity,
    group: int = 0,
    reject: re.Pattern[str] | None = None,
    matches: tuple[tuple[int, int, str], ...] | None = None,
) -> str | None:
    """The match of ``pattern`` nearest the figure in its own clause (of ``matches`` when
    given: (start, end, text) of each)."""
    best: tuple[int, str] | None = None
    found_all = _group_matches(pattern, text, group) if matches is None else matches
    for s, e, found in found_all:
        if (s <= q.end and e >= q.start) or (reject and reject.match(found)):
            continue
        a, b = (e, q.start) if e <= q.start else (q.end, s)
        if not _clause_ok(text, a, b):
            continue  # a time or place of another clause is not this figure's
        if best is None or b - a < best[0]:
            best = (b - a, found.strip())
    return best[1] if best and best[1] else None


def _fronted_time(text: str, q: Quantity) -> str | None:
    """A time that opens the sentence, set off by a comma, for a figure of its main clause:
    "On March 3, 2025, gunmen killed 40 people" (the comma after the time is no clause break
    for it; trialA23). None when the figure stands after a ";", in a clause of its own
    time or in what a verb of saying before it reports (``speaker_verbs``, ``saying_verbs``:
    "On Monday, officials said 40 people had been killed" dates the saying; review revB23)."""
    opening = re.match(r"[\W_]*", text).end()
    found = _when().match(text, opening)
    if found is None or found.end() >= q.start:
        return None
    comma = re.match(r"\s*,\s*", text[found.end() :])
    if comma is None or ";" in text[found.end() : q.start]:
        return None
    saying, prepositions, occasions, nouns, _ = _saying_words()
    if any(
        m.group(0).lower() not in prepositions | occasions and not _is_noun(text, m.start(), nouns)
        for m in saying.finditer(text, found.end(), q.start)
    ):
        return None  # "On Monday, officials said 40 people had been killed": the saying's day
    return found.group(0).strip()


def _toll_time(text: str, q: Quantity, event: str | None) -> str | None:
    """The time of the figure's event, nearest the figure in its clause; for a toll that
    reached its figure ("the toll rose to 19 on the second day", "the number of wounded stood
    at 40 that evening"), a time after the figure is the day the count was revised, not the
    event's: then only a time before the tally counts ("the toll from the first day's strike ...")."""
    found = _nearest(_when(), text, q)
    if found is not None and (own := _own_time_after(text, q, found)):
        found = own  # "founded in 2012 and 40 of its members were killed in 2019": 2019
    if found is None or event not in _casualty() or _period().fullmatch(found):
        return found  # "the number of civilians killed rose to 300 in 2023": the year counted
    tally = TALLY.search(text, max(0, q.start - TALLY_REACH), q.start)
    if tally is None or text.find(found, q.end) < 0:
        return found
    before = [m for m in _when().finditer(text, 0, tally.start()) if m.group(0).strip()]
    return before[-1].group(0).strip() if before else None


@lru_cache(maxsize=64)
def _group_matches(
    pattern: re.Pattern[str], text: str, group: int
) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of ``group`` in each match of ``pattern`` in ``text``: found once
    for all the figures of a sentence, not once per figure."""
    return tuple((*m.span(group), m.group(group)) for m in pattern.finditer(text))


def scene_of(text: str) -> tuple[list[str], list[str]]:
    """The places and the times a sentence names, as a figure's own ``where`` and ``when``
    are read (a locative phrase naming a capitalised place, not a month or a day: "in
    Dravno", "near the Kelvik Bridge"; "on Monday", "3 June"), in reading order: the scene
    of what the sentence reports, for a figure whose own clause names none ("Four civilians
    were killed when a shell hit a market in Dravno"; "A shell hit the market in Dravno on
    Monday. Four civilians were killed": the sentence before). A clause that tells of a
    saying or a publication (a verb of ``speaker_verbs`` or ``saying_verbs`` of
    ``data/claims.yaml`` anywhere in it: "officials in Kelvik said", "the governor said as
    he visited Kelvik on Monday", "The ministry published its report on Friday") gives
    neither: its place and time are the speaker's or the report's. Clauses are cut at
    ``, ; : ( ) —`` and before a subordinating word (:data:`_SCENE_CLAUSE_BREAK`)."""
    saying, prepositions, occasions, nouns, verbish = _saying_words()
    bounds = [0, *(m.start() for m in _SCENE_CLAUSE_BREAK.finditer(text)), len(text)]
    said = [m for m in saying.finditer(text) if not _is_noun(text, m.start(), nouns)]

    def told(at: int) -> bool:  # whether the saying of its clause governs position ``at``
        k = bisect.bisect_right(bounds, at)
        start, end = bounds[max(k - 1, 0)], bounds[min(k, len(bounds) - 1)]
        if any(
            v.start() < at and not verbish.search(text, v.end(), at)
            for v in _venue().finditer(text, start, end)
        ):
            return True  # "During a press conference at the Pentagon today": the speaking's
        for m in said:
            if not start <= m.start() < end:
                continue
            word = m.group(0).lower()
            if word in occasions and not any(
                o.start() < m.start() and o.group(0).lower() not in occasions for o in said
            ):
                continue  # "Rebels visited Dravno": no saying before it
            if m.start() >= at:  # the speaker's own noun phrase: "officials in Kelvik said"
                if word not in prepositions and not verbish.search(text, start, m.start()):
                    return True
            elif not verbish.search(text, m.end(), at):  # "told reporters in Kelvik"
                return True
        return False

    places = [
        name.strip()
        for _, _, name, start in _where_matches(text)
        if not _not_place().match(name) and not told(start)
    ]
    times = [
        m.group(0).strip()
        for m in _when().finditer(text)
        if not told(m.start()) and not revision_day(text, m.start())
    ]
    return places, times


def _own_time_after(text: str, q: Quantity, found: str) -> str | None:
    """The time after the figure in its own clause when the nearest time ``found`` ends the
    clause before, joined to the figure by "and" only ("The group was founded in 2012 and 40
    of its members were killed in 2019": the 40 were killed in 2019), else None; with no
    time after ("29 were killed in 2005 and 28 in Kesh") the time before stays."""
    before = text.rfind(found, 0, q.start)
    if before < 0 or not re.fullmatch(r"\s+and\s+", text[before + len(found) : q.start]):
        return None
    after = next((m for m in _when().finditer(text, q.end) if m.group(0).strip()), None)
    if after is None or not _clause_ok(text, q.end, after.start()):
        return None
    return after.group(0).strip()


@cache
def _period() -> re.Pattern[str]:
    """A time that names a year or a month, no day ("in 2023", "in March 2024", "during
    2022", "last year"): after a tally's figure it is the stretch the tally counts, not the
    day the count was revised."""
    return re.compile(
        rf"(?i:(?:in|during|throughout|for|since|by)\s+)?(?i:(?:early|late|mid-?)\s*)?"
        rf"(?:(?:{_month()})(?:,?\s+\d{{4}})?|\d{{4}}|(?i:(?:last|this|the\s+past)\s+"
        rf"(?:year|month)))"
    )


# the figure right before a time: "rose to 19 the next day"
_FIGURE_BEFORE = re.compile(r"(?:\d[\d,.]*|[A-Za-z]+)\s+$")


def revision_day(text: str, at: int) -> bool:
    """Whether the time at offset ``at`` of ``text`` follows the figure a tally reached ("the
    toll rose to 19 the next day", "the number of wounded stood at 40 that evening"): the day
    the count was revised, not the day of the event it counts."""
    figure = _FIGURE_BEFORE.search(text, max(0, at - 40), at)
    time = _when().match(text, at)
    return (
        figure is not None
        and not (time is not None and _period().fullmatch(time.group(0).strip()))
        and TALLY.search(text, max(0, figure.start() - TALLY_REACH), figure.start()) is not None
    )


def _is_noun(text: str, at: int, markers: re.Pattern[str]) -> bool:
    """Whether the word of saying at ``at`` is a noun: a determiner, preposition or
    modifier (``saying_noun_markers``) right before it ("amid reports", "health issues")."""
    return markers.search(text[max(0, at - 30) : at]) is not None


@cache
def _saying_words() -> tuple[
    re.Pattern[str], frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]
]:
    """(a word of saying: ``speaker_verbs``, ``saying_verbs``, ``saying_prepositions`` and
    ``saying_occasions``; the prepositions; the occasions; a noun marker right before a
    word; a word that begins a verb phrase, a past form in -ed or a figure) of
    ``data/claims.yaml``."""
    data = load_data("claims.yaml")
    prepositions = frozenset(str(w).lower() for w in data["saying_prepositions"])
    occasions = frozenset(str(w).lower() for w in data["saying_occasions"])
    words = sorted(
        {str(w) for w in [*data["speaker_verbs"], *data["saying_verbs"]]} | prepositions | occasions
    )
    nouns = "|".join(re.escape(str(w)) for w in data["saying_noun_markers"])
    verbs = "|".join(re.escape(str(w)) for w in data["scene_verb_words"])
    return (
        re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.I),
        prepositions,
        occasions,
        re.compile(rf"(?<![\w'’-])(?:{nouns})(?:'s)?\s+$", re.I),
        re.compile(rf"\b(?:{verbs}|[a-z]{{3,}}ed)\b|\d", re.I),
    )


@cache
def _venue() -> re.Pattern[str]:
    """An occasion of speaking and the preposition of its place ("press conference at",
    "a briefing in", "an interview from": ``saying_venues`` of ``data/claims.yaml``): what
    its clause names after it is where and when someone spoke, not the scene of a figure."""
    nouns = "|".join(
        re.escape(str(w)).replace(r"\ ", r"\s+") for w in load_data("claims.yaml")["saying_venues"]
    )
    return re.compile(
        rf"\b(?:{nouns})\s+(?:(?:held|given|delivered|recorded|broadcast)\s+)?"
        r"(?:at|in|from|inside|outside)\b",
        re.I,
    )


# where a clause of a sentence ends, for scene_of: a mark, or a subordinating word after
# which another verb begins its own clause ("..., the governor said as he visited Kelvik")
_SCENE_CLAUSE_BREAK = re.compile(
    r"[,;:()—–]|\s-\s|\s(?=(?:as|when|while|after|before|because|where|that|who|which)\s)",
    re.I,
)


def _fronted_where(text: str) -> str | None:
    """The place of a fronted phrase ("In Vendra, ..."), unless it names a month or a day."""
    m = _FRONTED_WHERE.match(text)
    if not m or _not_place().match(m.group(1)):
        return None
    return m.group(1).strip()


def _near(text: str, start: int, end: int, cs: int, ce: int) -> bool:
    if ce <= start:
        return start - ce <= 50 and _clause_ok(text, ce, start)
    if cs >= end:
        return cs - end <= 50 and _clause_ok(text, end, cs)
    return True


# a hedge on a participle phrase that modifies a noun ("a boat allegedly carrying narcotics",
# "a man reportedly linked to the cartel"): the phrase runs to a clause mark or the next verb
# in the past
_MODIFIER_PHRASE = re.compile(
    r"\s+(?:[a-z]+ing|[a-z]+ed\s+(?:to|by|with|for|as|from))\b(?:(?![,;:.]|\s+[a-z]+ed\b)"
    r"[^\"])*"
)


# a hedge adjective before its noun after a determiner or a possessive ("his alleged role",
# "the suspected plot", "Dorvia's purported links"): it doubts that noun phrase, not the whole
# sentence; it hedges a figure only near it (``attributive_hedges`` of data/claims.yaml)
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|this|that|these|those|[A-Z][\w'’-]*['’]s?)\s+$"
)


def _attributive(text: str, cs: int, ce: int) -> bool:
    """Whether the sentence hedge at ``text[cs:ce]`` is an adjective before its noun after a
    determiner or possessive ("for his alleged role in the conflict, where rebels captured
    two cities": the role is alleged, not the capture). "Rebels allegedly captured",
    "allegations of abuse" and an alleged event among the next three words ("the alleged
    attack, which killed 30", "the suspected drone strike": ``alleged_event_nouns``) stay
    hedges of the whole sentence."""
    if text[cs:ce].lower() not in _claim_words("attributive_hedges"):
        return False
    if not _ATTRIBUTIVE_BEFORE.search(text, max(0, cs - 30), cs):
        return False
    if re.match(r"\s+[a-z][a-z-]+\b", text[ce:]) is None:
        return False
    # "the alleged attack, which killed 30": the event is doubted, and its toll with it
    head = re.match(r"(?:\s+[\w-]+){1,3}", text[ce:])
    words = head.group(0).lower().split() if head else []
    for i, w in enumerate(words):
        if w in {"in", "of", "to", "with", "on", "for", "by", "at", "from", "and", "or"}:
            words = words[:i]  # "his alleged role in attacks that killed 11": the role's
            break
    return not set(words) & _claim_words("alleged_event_nouns")


# what may stand between an active "reported" and the figure that is its object ("have
# reported at least 773 bodies", "reported a total of 40 deaths")
_REPORTED_OBJECT = re.compile(
    r"\s+(?:(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|over|some|about|"
    r"around|nearly|almost|roughly|approximately|an\s+estimated|a\s+total\s+of|another|"
    r"a\s+further)\s+)?$",
    re.I,
)
# a passive or impersonal "reported": its verb, maybe contracted ("It's reported"), and at most
# one adverb between them ("It is also reported", "It was initially reported")
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|be|been|being|as|it)|\w['’](?:s|re))"
    r"(?:\s+(?:\w+ly|also|now|first|still|further|since|already|then|later|often|again))?\s+$"
    r"|\bwidely\s+$",
    re.I,
)


# a determiner or possessive right before "reported": the word is an adjective of the figure
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|this|that|these|those|such)\s+$", re.I
)


def _state_of_another_figure(text: str, at: int, quantities: list[Quantity], q: Quantity) -> bool:
    """Whether the event cue at ``at`` is the state word right after another figure than
    ``q`` ("The blast left 30 injured civilians and 12 dead": "dead" is the 12's, so the 30
    keep their own adjective, wounded)."""
    return any(
        o is not q and o.number_end <= at and not text[o.number_end : at].strip()
        for o in quantities
    )


def _reports_the_figure(text: str, cs: int, ce: int, start: int) -> bool:
    """Whether the cue at ``text[cs:ce]`` is the active verb "reported" whose object is the
    figure at ``start`` ("Hospital morgues have reported 773 bodies", "The ministry reported
    40 deaths"): its subject states the figure, so it is attribution, not doubt. "Twelve
    people were reported killed", "as reported by local media" and "reportedly" stay
    hedges."""
    if text[cs:ce].lower() != "reported" or start < ce:
        return False
    if not _REPORTED_OBJECT.fullmatch(text, ce, start):
        return False
    before = text[max(0, cs - 30) : cs]
    if _DETERMINER_BEFORE.search(before):
        return False  # "a reported 50 people", "the reported 40 deaths": an adjective, a hedge
    return (
        cs > 0 and not _PASSIVE_BEFORE.search(before) and re.search(r"\w\s+$", before) is not None
    )


def _hedges_a_modifier(text: str, cs: int, ce: int, start: int, end: int) -> bool:
    """Whether the hedge cue at ``text[cs:ce]`` qualifies a participle phrase that modifies a
    noun ("hit a boat allegedly carrying narcotics, killing three": the cargo is alleged,
    not the toll) and the figure at ``start``-``end`` lies outside that phrase. "Gunmen
    allegedly killed 12" and "12 were reportedly killed" keep their hedge: the word before
    the cue must be a noun, none of ``no_noun`` of data/claims.yaml, and a phrase in "-ed"
    ("reportedly linked to") must follow a verb (the noun is an object, not the subject)."""
    phrase = _MODIFIER_PHRASE.match(text, ce)
    before = re.search(r"([A-Za-z][\w'’-]*)\s+$", text[max(0, cs - 40) : cs])
    if phrase is None or before is None or before.group(1).lower() in _claim_words("no_noun"):
        return False
    if not phrase.group(0).split()[0].lower().endswith("ing") and not any(
        w.endswith("ed") or w in _irregular_past() for w in re.findall(r"[a-z]+", text[:cs].lower())
    ):
        return False  # "The insurgents reportedly claimed to have killed 40": the subject's verb
    return not (cs <= start and end <= phrase.end())


# "N times" after a verb in the perfect or the past counts how often it happened ("has
# delivered aid to the port 11 times"); "three times as many", "five times higher" are factors
_REPEATED = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b[^,;.]{0,80}$")
_TIMES_FACTOR = re.compile(
    r"\s+times\s+(?:as|more|less|fewer|higher|lower|larger|smaller|greater|bigger|the|that|what)\b"
)


# a rank, not a count: "the group's number two", "its number three" ("fighters number 200"
# is the verb, with no determiner before it)
_RANK_BEFORE = re.compile(
    r"\b(?:the|its|his|her|their|our|[A-Za-z]+['’]s?)\s+(?:deputy\s+)?number\s+$", re.I
)


# "one" opening the breakdown of a figure after a dash or colon, placed by a preposition
# ("four districts — one in Marib and three in Shabwa"); never a ratio ("one in five")
_ONE_IN_BREAKDOWN = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"[\w\s,'’-]{1,40}?\s*(?:\u2014|\u2013|--|:|\s-)\s*$",
    re.I,
)
_ONE_PLACED = re.compile(
    r"\s+(?:in|at|on|from|near|inside|outside)\s+(?!(?:\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|every|each|a|an)\b)",
    re.I,
)


def _keep(clean: str, q: Quantity, words: list[str]) -> bool:
    """Whether a figure and its phrase count something (not "3 times", "one of", a rank as in
    "the group's number two")."""
    _, count_nouns, _, not_counted = _np_lexicon()
    head = words[-1].lower().strip("'") if words else ""
    if q.kind == "count" and _RANK_BEFORE.search(clean, max(0, q.start - 40), q.start):
        return False
    if q.kind == "count" and clean[q.start - 1 : q.start] == "," and clean[q.start] == "0":
        return False  # "509,00 Rohingya": the tail of a mistyped figure, no count of its own
    if (
        q.kind == "percent"
        and re.match(r"\s*or\s+more\b", clean[q.end :])
        and re.search(r"\bown(?:ed|ership|s)?\b", clean[: q.start])
    ):
        return False  # "owned 50 percent or more": a legal threshold, not a finding
    if q.kind != "count":
        return True
    if head in _party_nouns() and _names_the_parties(clean, q.start, q.end):
        return False  # "two nuclear powers have attacked one another": the parties, no count
    if not words and _names_the_parties(clean, q.start, q.end):
        # "between two of the region's largest military forces": the parties, told as a
        # part of a larger set (round trialB27)
        of = _PARTY_OF.match(clean, q.end)
        if of and any(w.lower() in _party_nouns() for w in of.group(1).split()):
            return False
    if (
        q.value == 1
        and _ONE_PART.match(clean, q.number_end)
        and _PART_BEFORE.search(clean, max(0, q.start - 20), q.start)
    ):
        return True  # "wounded, including one seriously"
    if (
        q.value == 1
        and _ONE_IN_BREAKDOWN.search(clean, 0, q.start)
        and _ONE_PLACED.match(clean, q.number_end)
    ):
        return True  # "seized four districts — one in Marib and three in Shabwa": a part
    one = head in count_nouns or is_one_person(words)  # "one soldier", "one peacekeeper"
    if q.value == 1 and not one and not _ONE_OF_N.match(clean, q.number_end):
        return False
    if (
        q.value == 1
        and _ONE_OF_N.match(clean, q.number_end)
        and _IS_ONE_OF.search(clean, max(0, q.start - 30), q.start)
    ):
        return False  # "an attack ... -- one of three deadly attacks": which it was, no count
    if not words:
        return True
    if head == "times" and len(words) == 1 and _REPEATED.search(clean, 0, q.start):
        return not _TIMES_FACTOR.match(clean, q.number_end)  # "has delivered aid 11 times"
    if head in not_counted or words[0].lower() in not_counted:
        return words[0].lower() in {
            "days",
            "weeks",
            "months",
            "years",
            "hours",
            "minutes",
            "seconds",
            "km",
            "kilometres",
            "kilometers",
            "miles",
            "per",
        }
    # "12 lorries of food": the noun before "of" is what is counted
    heads = [words[-1]] + [words[k - 1] for k, w in enumerate(words) if w.lower() == "of" and k]
    # irregular plurals of compounds: "gunmen", "militiamen", "servicemen", "tradespeople"
    irregular = head.endswith(("men", "people")) and head not in {"specimen", "regimen", "abdomen"}
    plural = irregular or any(
        h.lower().endswith("s")
        and not h.lower().endswith(("ss", "us"))
        and (not h.lower().endswith("is") or h[:1].isupper())  # "Israelis", not "analysis"
        for h in heads
    )
    if plural or one or isinstance(q.value, str) or q.low != q.high:
        return True
    if words[-1][:1].isupper() and is_person(words[-1:]):
        return True  # "809,000 Rohingya", "25 Taliban": a people named for its members
    return bool(
        re.match(
            r"\s*(?:more|each|per|a\s+day|of\s+them|in\s+total|total)\b", clean[q.number_end :]
        )
    )


@cache
def _parties() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(party nouns, a reciprocal after the figure or a joint act right after it, "between"
    right before it): ``parties`` of data/claims.yaml."""
    data = load_data("claims.yaml")["parties"]
    reciprocals = "|".join(re.escape(str(w)) for w in data["reciprocals"])
    joint = alternation(str(w) for w in data["joint_words"])
    return (
        frozenset(str(w).lower() for w in data["nouns"]),
        re.compile(
            rf"^[^;:.]*?\b(?:{reciprocals})\b"
            rf"|^\s+(?:[\w'’-]+\s+){{0,2}}?(?:(?:{joint})\b|[a-z]+\s+(?:a|an|their)\s+(?:{joint})\b)",
            re.I,
        ),
        re.compile(r"\bbetween\s+(?:the\s+)?$", re.I),
    )


# "two of the region's largest forces": the noun of the set a partitive count is taken from
_PARTY_OF = re.compile(r"\s+of\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)", re.I)


def _party_nouns() -> frozenset[str]:
    return _parties()[0]


def _names_the_parties(clean: str, start: int, end: int) -> bool:
    """Whether a count of states or sides names the parties of the sentence's act, not a
    figure: a reciprocal follows in its clause ("two nuclear powers have attacked one
    another") or "between" stands before it ("war between two neighbours"); CLAIMS.md lists
    such party-identifying counts as no claims."""
    _, reciprocal, between = _parties()
    return bool(
        reciprocal.search(clean[end : end + 120])
        or between.search(clean, max(0, start - 20), start)
    )


# a bare figure as the subject of a passive ("Six were looted", "two had been wounded"): it
# counts what the sentence before named
_BARE_PASSIVE = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|wn|t))\b"
)


# a count that opens its sentence ("Four of them are children", "At least two of those"):
# a part of what the sentence before counted (:func:`opens_with_part`)
_PART_OPENS = re.compile(
    r"\W*(?:(?:at\s+least|at\s+most|about|around|nearly|some|only|just|all)\s+)?[\w,.-]+\Z", re.I
)
_PART_PRONOUN_OPENING = re.compile(
    r"\W*(?:(?:at\s+least|at\s+most|about|around|nearly|some|only|just|all)\s+)?"
    r"[\w,.-]+\s+of\s+(?:them|those|these)\b",
    re.I,
)


@cache
def _revision_of_before() -> re.Pattern[str]:
    """A revision of the figure told before, up to the "to" before a new figure ("He revised
    that late in the afternoon to ", "The ministry later lowered it to "):
    ``pronoun_revising_verbs`` and ``revised_referents`` of data/cues.yaml."""
    cues = load_data("cues.yaml")
    verbs = alternation(str(w) for w in cues["pronoun_revising_verbs"])
    refs = alternation(str(w) for w in cues["revised_referents"])
    return re.compile(
        rf"(?i:\b(?:{verbs})\s+(?:{refs})\b(?:\s+(?:down|up|downward|upward))?[^,;.\"]{{0,50}}?"
        rf"\bto\s+)$"
    )


_REVISION_OPENING = re.compile(
    r"^\W*(?:He|She|It|They|The\s+[a-z]+)\s+(?:(?:later|also|then|subsequently)\s+)?"
    r"(?:revised|lowered|corrected|updated|raised)\s"
)


def opens_with_revision(text: str) -> bool:
    """Whether a sentence opens with a revision of the figure told before ("He revised that
    late in the afternoon to 20"): its bare figure counts what the last count before counted,
    even across a paragraph break (round claims27)."""
    clean = text.translate(CURLY_QUOTES)
    return _REVISION_OPENING.match(clean) is not None and any(
        _revision_of_before().search(clean, 0, q.start) for q in find_quantities(clean)
    )


def moves_the_tally(text: str) -> bool:
    """Whether a sentence opens by moving the tally told before without naming it ("The
    number increased to 49 after more bodies were recovered"): it goes on with that figure,
    and with whoever gave it (round claims27)."""
    clean = text.translate(CURLY_QUOTES)
    return any(_BARE_TALLY_MOVED.search(clean, 0, q.start) for q in find_quantities(clean))


def opens_with_part(text: str) -> bool:
    """Whether a sentence opens with a count of a part pronoun ("Four of them are
    children"): what it counts is the last count of the sentence before, even across a
    paragraph break (round claims22)."""
    return _PART_PRONOUN_OPENING.match(text.translate(CURLY_QUOTES)) is not None


# "Another 5,000 followed", "A further 12 were wounded": more of what the sentence before
# counted, when the figure itself names nothing
_ADDITIVE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)
# the rest joined to someone named right before it: "a guard and three other people",
# "a nurse, two others"; a hedge between is allowed ("and at least 12 others")
_REST_JOIN = re.compile(
    r"(?:\band|,|\bas\s+well\s+as|\balong\s+with)\s+"
    r"(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|up\s+to)\s+)?$",
    re.I,
)


def _shares_verb(
    clean: str, q: Quantity, event: str | None, cues: list[tuple[int, int, str]]
) -> bool:
    """Whether a count of the rest ("three other people", "12 others") shares the verb of
    someone named right before it, so that it is a part of that verb's toll: joined to it by
    "and" or a comma with no verb between ("a guard and two other people were killed",
    "killed a guard and 12 others"), and with no verb of another event of its own ("a sailor
    was killed and four others were wounded"; "killed a guard and wounded 30 other people":
    the whole toll of the wounded)."""
    join = _REST_JOIN.search(clean, max(0, q.start - 30), q.start)
    if join is None:
        return False
    before = [c for c in cues if c[1] <= join.start()]
    named_event = before[-1][2] if before else None
    return event in (None, "other") or named_event in (None, "other") or event == named_event


# "the raiders numbered about 200", "fighters totalling 40": the subject counted
_NUMBERED = re.compile(
    r"([A-Za-z][\w-]*)[\s\"']+(?:numbered|number|numbering|totall?ed|totall?ing)\s+$"
)


@cache
def _held_occasions() -> re.Pattern[str]:
    """What follows "held" when it is no detention ("held talks", "held a rally", "held in high
    esteem"): up to three words and no preposition, then one of ``held_occasions`` of
    ``data/events.yaml`` (any space or line break between the words of one)."""
    nouns = alternation(str(w) for w in load_data("events.yaml")["held_occasions"])
    # the object right after the verb ("held an emergency meeting"), never after a preposition
    # ("were held at a rally", "held during the protest": detained there), but regard is
    # held in ("held in high esteem")
    prep = r"(?:at|in|during|after|before|for|on|near|outside|inside|until|pending|since|by)\b"
    return re.compile(
        rf"\s+(?:in\s+(?:[\w'’-]+\s+)?(?=esteem|regard|contempt)|(?:(?!{prep})[\w'’-]+\s+){{0,3}}?)"
        rf"(?:{nouns})\b",
        re.I,
    )


def _held_occasion(text: str, cue: re.Match[str]) -> bool:
    """Whether the event cue ``cue`` is "held" with an occasion or a regard as its object."""
    if cue.group(0).lower() != "held":
        return False
    found = _held_occasions().match(text, cue.end())
    return found is not None and not re.search(r"\d|[,;.]", found.group(0))


@cache
def _recorded() -> re.Pattern[str]:
    """ "on CCTV camera", "by a surveillance camera": ``recording_media`` of
    ``data/events.yaml`` after "on" or "by" (up to two words between; any space or line
    break between the words of one)."""
    media = alternation(str(w) for w in load_data("events.yaml")["recording_media"])
    return re.compile(rf",?\s+(?:on|by|in)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{media})\b", re.I)


@cache
def _verb_sense_states() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("events.yaml")["verb_sense_states"])


def _infinitive_state(text: str, cue: re.Match[str]) -> bool:
    """Whether the event cue ``cue`` is a fire state that is also a verb (``verb_sense_states``
    of data/events.yaml) right after "to": the verb ("told to alight"), not the fire."""
    return cue.group(0).lower() in _verb_sense_states() and bool(
        re.search(r"\bto\s+$", text[max(0, cue.start() - 6) : cue.start()], re.I)
    )


@cache
def _institution_modifiers() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("events.yaml")["institution_modifiers"])


_BODY_MODIFIER = re.compile(r"([A-Za-z][\w-]*)\s+$")


def _institution_body(text: str, start: int, word: str) -> bool:
    """Whether ``word`` ("body", "bodies") at ``start`` of ``text`` is an institution or a
    thing, not the dead: right after one of ``institution_modifiers`` of data/events.yaml
    ("two civil bodies", "the governing body"); "two civilian bodies" are the dead."""
    if word.lower() not in {"body", "bodies"}:
        return False
    before = _BODY_MODIFIER.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in _institution_modifiers()


def _on_record(text: str, cue: re.Match[str]) -> bool:
    """Whether the event cue ``cue`` is "captured" on a recording (filmed, not taken)."""
    return cue.group(0).lower() in {"captured", "capture", "capturing"} and bool(
        _recorded().match(text, cue.end())
    )


# the tail of a toll's clause up to the comma that opens its breakdown ("six people were injured
# in the attack, one man and five women"): no figure, no clause break, no word of saying
_APPOSITIVE_GAP = re.compile(
    r"(?:(?!\b(?:said|says|told|who|which|while|but|and|after|when|as)\b)[^,;.:\d\"])"
    r"{0,80},\s*"
)


def _appositive_breakdown(text: str, whole: Frame, q: Quantity, words: list[str]) -> bool:
    """Whether ``q`` opens a list of people set after a comma at the end of the clause that
    tells ``whole``, a count of people that befell them (killed, wounded ...), and the list
    has no verb of its own: the parts of the whole."""
    plural = load_data("claims.yaml")["irregular_plurals"]
    head = words[-1].lower() if words else ""
    person = is_person(words) or (head in plural and is_person([plural[head]]))
    return (
        whole.kind == "count"
        and whole.event in _casualty()
        and is_person(whole.counts.split())
        and person
        and bool(_APPOSITIVE_GAP.fullmatch(text, whole.end, q.start))
    )


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _inside_title_name(text: str, start: int, end: int) -> bool:
    """Whether the event cue at ``text[start:end]`` is a word of a name in title case that
    opens after a lower-case word ("operated by Designated Terrorist Organizations", "a
    Rapid Strike Unit" is not: its name opens before the cue): no event. A headline in
    title case ("Navy Strikes Boat, Killing 11") has no lower-case word before its cues."""
    if not text[start : start + 1].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and before.group(1)[:1].islower() and _NAME_WORD_AFTER.match(text, end))


@cache
def _question_pattern() -> re.Pattern[str]:
    """A whole question: an optional speaker label ("Q:", "QUESTION:", "MR. HALE:"), an
    opening of ``question_openers`` (data/claims.yaml) and a closing question mark."""
    openers = alternation(_claim_words("question_openers"))
    return re.compile(
        r"^\W*(?:(?:Q|A|QUESTION|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})\s*[:.]\s+)?"
        rf"(?:(?:and|but|so|well|okay|sir|minister),?\s+)?(?:{openers})\b[^?]*\?[\"'’”)\]\s]*$",
        re.I,
    )


def _asks(clean: str) -> bool:
    """Whether the sentence is a question (a journalist's in a press transcript: "How many
    were killed?", "Is it true that 40 drones were shot down?"): its figures are asked about,
    no one's claim. A statement ending in a question ("The army said 300 died, but how many
    were civilians?") opens with no question word and keeps its claims."""
    return bool(_question_pattern().match(clean))


# a bare tally that names nothing, moved to a figure: "The number increased to 49", "The
# figure later rose to 61" (what it counts is the count of the sentence before)
_BARE_TALLY_MOVED = re.compile(
    r"^\W*(?:The|This|That)\s+(?:number|figure|tally|count|total)\s+(?:(?:later|then|has|had|"
    r"have|since|also)\s+)*(?:rose|risen|increased|climbed|jumped|grew|grown|fell|fallen|"
    r"dropped|decreased|went\s+up|went\s+down|reached)\s+(?:to\s+)?"
    r"(?:(?:at\s+least|about|around|nearly|almost|more\s+than|over)\s+)?$",
    re.I,
)


# a bare figure that a relative clause of people follows ("about 43,600 who sought shelter
# there", "the 300 who fled"): people (round claims27)
_WHO_CLAUSE = re.compile(r"\s+who\s+(?:(?:had|have|has|were|was|are)\s+)?[a-z]{3,}\b")


@cache
def _population_of() -> re.Pattern[str]:
    """A place whose people a bare figure right after it counts ("an island of some 700,000",
    "a city of 2 million", "a district home to 30,000"): ``population_places`` of
    data/claims.yaml before "of", or "home to"."""
    places = alternation(str(w).lower() for w in load_data("claims.yaml")["population_places"])
    return re.compile(rf"(?i:\b(?:(?:{places})\s+of|home\s+to))\s+$")


def find_frames(text: str, before: tuple[str, str] | None = None) -> list[Frame]:
    """The quantitative claims of one sentence as event frames (see the module doc).

    ``before``: (counted thing, event) of the last count of the sentence before, in the same
    paragraph; an additive figure that names nothing ("Another 5,000 followed") counts more of
    it.
    """
    clean = blank_urls(text.translate(CURLY_QUOTES))
    if _asks(clean):
        return []  # "Q: Can you confirm that 300 soldiers died?": a question claims nothing
    quantities = find_quantities(clean)
    if not quantities:
        return []
    table = event_table()
    cues = [
        (m.start(), m.end(), table.cue_event[" ".join(m.group(0).lower().split())])
        for m in table.pattern.finditer(clean)
        if not _held_occasion(clean, m)
        and not _on_record(clean, m)
        and not _infinitive_state(clean, m)
        and not _inside_title_name(clean, m.start(), m.end())
        and not _institution_body(clean, m.start(), m.group(0))
    ]
    # a cue inside another figure's counted phrase ("nine aid workers") governs no other figure
    spans = [(q, counted_phrase(clean, q.number_end)[1]) for q in quantities]
    hedge_cues = find_cues(clean, "hedges")
    sentence_level = {
        c for cs, ce, c in find_cues(clean, "sentence_hedges") if not _attributive(clean, cs, ce)
    }
    subset_asides = [m.span() for m in _SUBSET_ASIDE.finditer(clean)]
    frames: list[Frame] = []
    wholes: set[int] = set()  # ids of frames that are the whole of "N of M"
    breakdown: Frame | None = None  # the whole whose breakdown the figures now list
    toll_parts = False  # whether that list opened with "(" or "including" after a toll
    for k, q in enumerate(quantities):
        if k and _converted(clean, quantities[k - 1], q):
            continue  # "15 miles (25 kilometers)": the same measurement in another unit
        ratio = _RATIO.match(clean, q.number_end)  # "a 6,000-for-6,000 exchange of bodies"
        words, phrase_end = counted_phrase(clean, ratio.end() if ratio else q.number_end)
        additive = before is not None and _ADDITIVE.search(clean, max(0, q.start - 20), q.start)
        if additive and len(words) == 1 and words[0].islower() and not _keep(clean, q, words):
            words, phrase_end = [], q.number_end  # "Another 5,000 followed": a verb, no noun
        if (verb_subject := vague_subject(clean, q, words)) is not None:
            if not verb_subject:
                continue  # "Thousands continue to ...", a verb and nothing counted
            words, phrase_end = verb_subject, q.number_end  # "Hundreds gathered": people
        if not _keep(clean, q, words):
            continue
        if q.kind == "count" and words and _speaker_after().match(clean, phrase_end):
            continue  # "Two senior officers told the agency": who spoke, not a claim
        adverb = (
            _ONE_PART.match(clean, q.number_end)
            if q.value == 1 and _PART_BEFORE.search(clean, max(0, q.start - 20), q.start)
            else None
        )
        if adverb:
            words, phrase_end = [], q.number_end  # "including one seriously": the figure before's
        elif _ONE_OF_N.match(clean, q.number_end):
            words, phrase_end = [], q.number_end  # "one of four missiles": a part
        own_cues = [
            c for c in cues if not any(o is not q and o.number_end <= c[0] < e for o, e in spans)
        ]
        event, at = _event(clean, q, words, phrase_end, own_cues)
        if event not in {OTHER_EVENT, "struck"} and _done_by_the_counted(clean, phrase_end, at):
            event = OTHER_EVENT  # "Two gunmen shot the guard": the doers, not the hurt
        if ratio and any(table.cue_event.get(w.lower()) == "exchanged" for w in words):
            event = "exchanged"  # "a 6,000-for-6,000 exchange of bodies": the swap's event
        if len(words) == 1 and words[0].lower() in _people_states():
            words = ["people"]  # "scores wounded", "60 wounded": people, the word their event
        elif (
            (
                event == OTHER_EVENT
                or (at > phrase_end and _state_of_another_figure(clean, at, quantities, q))
            )
            and q.value != 1  # "One seriously wounded man was taken away": no toll
            and len(words) > 1
            and words[0].lower() in _HURT_ADJECTIVES
            and words[-1].lower() in _np_lexicon()[1]
        ):
            event = "wounded"  # "70 injured children were referred": a count of the wounded
        if q.kind == "measure" and q.unit in _MEASURED:
            event = "other"
        if event == "deployed" and _standing(clean, q, phrase_end):
            event = OTHER_EVENT  # "already has 400 soldiers there": a strength, not an act
        is_part = any(a < q.start < b for a, b in subset_asides)
        if q.kind == "count" and _counted_out_of_whole(clean, q, at):
            is_part = True  # "32 of those were killed", "nine of the dead": a part, no toll
        if q.kind == "count" and _toll_member(clean, q.start):
            is_part = True  # "Those killed included two Kestran ...": who the toll's people were
        if words and words[0].lower() in _remainder_words() and _shares_verb(clean, q, event, cues):
            is_part = True  # "a police officer and three other people": the rest, not a toll
        if not words:
            part = re.match(
                r"\s+of\s+(?:(?:the|these|those|(its|their|our|his|her))\s+"
                r"(?:(?:[\d,.]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?|"
                r"(?:[\d,.]+|two|three|four|five|six|seven|eight|nine|ten)\s+(?=[a-z]|[A-Z][a-z]+\s+[a-z]))",
                clean[q.number_end :],
            )
            if part:  # "seven of the 12 drones": a part of what follows
                words, part_end = counted_phrase(clean, q.number_end + part.end())
                is_part = is_part or part.group(1) is not None  # "three of its peacekeepers"
                joined = bool(frames) and _PART_OF.fullmatch(clean, frames[-1].end, q.start)
                shared = next((f for f in reversed(frames) if id(f) not in wholes), None)
                if joined and shared is not None and shared.event not in (None, "other"):
                    # "shot down all 42 drones and one of four missiles", "shot down 31 of 44
                    # missiles and 50 of 52 drones": the verb shared with the part before
                    event = fold_event(shared.event, words, clean)
                elif event == "other":
                    event, at = _event(clean, q, words, part_end, cues)
                else:  # the verb's event, with what is counted now known
                    event = fold_event(event, words, clean, _outcome_cue(clean, at, q.start))
        counted_frames = [f for f in frames if f.kind == "count"]
        if not is_part and any(not f.part for f in counted_frames):
            # a figure outside a subset aside takes the whole's thing, not the part's: "13
            # people, including four children, were killed and 57 injured" counts people
            # (round trial23)
            counted_frames = [f for f in counted_frames if not f.part]
        own_subject = False  # a bare figure opening a clause of its own after "and"
        if not words and q.kind == "count":
            toll = TALLY.search(clean, max(0, q.start - TALLY_REACH), q.start)
            if (
                counted_frames
                and q.start - counted_frames[-1].end <= 80
                # "the death toll from shootings at two mosques has risen to 50": the figure
                # a toll reaches counts the dead, not a count inside its phrase (round
                # claims23)
                and not (toll and toll.group(1) is None and counted_frames[-1].start > toll.start())
            ):
                # "26 died ... and five from shelling"
                words = counted_frames[-1].counts.split()
                own_verb = (
                    (at >= q.end and re.fullmatch(r"\s*(?:more\s+)?" + _AUX_GAP, clean[q.end : at]))
                    or (
                        0 <= at < q.start
                        # "and injured another 28": an additive word between the verb and its
                        # figure (round claims25r)
                        and re.fullmatch(
                            r"\S+\s+(?:(?:another|a\s+further|an\s+additional)\s+)?",
                            clean[at : q.start],
                        )
                    )
                )
                if (
                    (at < q.start or event == OTHER_EVENT)
                    and _AND_ONLY.fullmatch(clean, counted_frames[-1].end, q.start)
                    and (own_event := _own_clause_event(clean, q, cues)) is not None
                ):
                    # "killed 12 soldiers and 3,000 returned home": the subject of a clause
                    # of its own, never a second object of the verb before (round claims25r)
                    event = own_event
                    words = ["people"] if own_event == OTHER_EVENT else words
                    own_subject = True
                elif event not in {OTHER_EVENT, counted_frames[-1].event} and _acts_itself(
                    clean, q.end
                ):
                    # "killed 12 children and 3,000 fled": the subject of a deed of its own
                    # (a flight, a crossing) is people, not the victims counted before
                    words = ["people"]
                elif _state_clause(clean, q.end):
                    # "9 million displaced, and 20 million are in urgent need of aid": a state
                    # of its own, neither the displacement before it nor the aid after it
                    event = OTHER_EVENT
                elif _own_clause(clean, q.end) and (
                    event == "other" or (at >= q.end and not own_verb)
                ):
                    # "33 died and 9,000 have sought shelter": its clause's own event, also
                    # one its clause names after it ("70,000 have been killed, while one
                    # million have become refugees and millions displaced": no share of the
                    # toll; round robust19)
                    pass
                elif (not own_verb or (event == "other" and not missing_at(clean, at))) and not (
                    # a quotation of several sentences kept as one: "... abducted over 17
                    # more. At least 100 more are nursing gunshot wounds" keeps its own event
                    # (round claims23)
                    event != OTHER_EVENT
                    and _SENTENCE_STOP.search(clean, counted_frames[-1].end - 1, q.start + 1)
                ):
                    event = counted_frames[-1].event  # unless its own verb is right beside it
                elif (
                    event in _casualty()
                    and (state := table.head_events.get(words[-1].lower())) is not None
                    and state != event
                ):
                    # "600,000 refugees, 25,000 killed": the noun before names its own state
                    # (refugees are the displaced), so the killed are people, not refugees
                    words = ["people"]
                if event in _casualty() and not is_person(words) and _is_thing(words[-1].lower()):
                    # "shootings at two mosques killed 50", "attacked two villages and killed
                    # 50": mosques and villages are never killed; the dead are people (round
                    # claims24)
                    words = ["people"]
            elif (
                before
                and additive
                and (event == "other" or (event in _casualty()) == (before[1] in _casualty()))
                and not (event not in {OTHER_EVENT, before[1]} and _acts_itself(clean, q.end))
            ):
                words = before[0].split()  # "Another 5,000 followed": more of the same
                if event == "other":
                    event = before[1]
            elif event in _casualty() and not (
                (named_tally := TALLY.search(clean, max(0, q.start - TALLY_REACH), q.start))
                and named_tally.group(1)
            ):
                words = ["people"]  # "killed 12"; "the number of civilians killed rose to
                # 19" counts the civilians (the tally's subject, below)
            elif at >= q.end and missing_at(clean, at) and _STATE_GAP.fullmatch(clean, q.end, at):
                words = ["people"]  # "Dozens remain missing", "Twelve are still missing"
            elif tally := TALLY.search(clean, max(0, q.start - TALLY_REACH), q.start):
                # "brings the number of tanker blasts up to at least seven", "the death toll
                # has jumped to 13": the tally's subject is what is counted
                words = (tally.group(1) or "people").split()
                if tally.group(1) is None:
                    event = "killed"  # a toll counts the dead
                elif (named := words[-1].lower()) in table.cue_event:
                    # "the number of tanker explosions": the counted thing names the event
                    event = fold_event(table.cue_event[named], words, clean, named)
                elif event == "other" and named in table.head_events:
                    # "the number of martyrs rose to 103", "the number of refugees reached
                    # 9,000": a counted thing that names its event
                    event = table.head_events[named]
                elif event == "other" and (
                    inner := [c for c in own_cues if tally.start() <= c[0] < q.start]
                ):
                    # "the number of trucks that entered Gaza ... reached 451"
                    cue = clean[inner[0][0] : inner[0][1]]
                    event = fold_event(inner[0][2], words, clean, cue)
            elif numbered := _NUMBERED.search(clean, max(0, q.start - 60), q.start):
                # "the fighters numbered around 100": the subject is what is counted
                words = [numbered.group(1)]
                if event not in _casualty():
                    event = "other"  # a size, not what the group then did
            elif passive := _BARE_PASSIVE.match(clean, q.end):
                # "Six were looted": a subject that counts what the sentence before named
                words = [passive.group(1)]
            elif before and _BARE_TALLY_MOVED.search(clean, 0, q.start):
                # "Kakas said 53 had died ... The number increased to 49 after more bodies were
                # recovered": the count before, moved (round claims27)
                words = before[0].split()
                event = before[1] if event == OTHER_EVENT else event
            elif before and _revision_of_before().search(clean, max(0, q.start - 90), q.start):
                # "He revised that late in the afternoon to 20": the figure before, revised
                words = before[0].split()
                event = before[1] if event == OTHER_EVENT else event
            elif _population_of().search(clean, max(0, q.start - 40), q.start):
                # "an island of some 700,000", "a district home to 30,000": its people, a
                # size, no event (round claims27)
                words, event = ["people"], OTHER_EVENT
            elif _WHO_CLAUSE.match(clean, q.end) and any(
                q.end < c[0] < q.end + (re.search(r"[,;.]|$", clean[q.end :]).start())
                and c[2] != OTHER_EVENT
                for c in own_cues
            ):
                # "about 43,600 who sought shelter there after fleeing": people an event
                # befell; "Thousands who saw the film left early" tells none
                words = ["people"]
            else:
                continue  # a bare number with nothing counted
        if not words and q.kind != "count":  # what a share, measure or factor is of
            words = [{"percent": "percent", "factor": "times"}.get(q.kind) or q.unit or q.kind]
        if (
            event == "other"
            and not own_subject
            and frames
            and frames[-1].event not in (None, "other")
            and _PART_OF.fullmatch(clean, frames[-1].end, q.start)
        ):
            event = frames[-1].event  # "a toll of 9,500, including 3,900 children and 2,509 women"
        if (
            event == "other"
            and before is not None
            and before[1] in _casualty()
            and not frames
            and words
            and words[-1].lower() in _part_pronouns()
            and _PART_OPENS.match(clean[: q.end])
            and is_person(before[0].split())
        ):
            # "At least 35 people were killed. Four of them are children": a part of the
            # toll the sentence before told, by its event (round claims22)
            event = before[1]
        if _attended_by().search(clean, max(0, q.start - 40), q.start) and not _hurt_after(
            clean, q.end
        ):
            # "a prayer service attended by about 350 worshippers": who was present, a size
            # of the occasion, not what the attack did (round claims24); "a ward packed with
            # 300 wounded people" keeps its casualties (revA24)
            event = OTHER_EVENT
        if (own_fate := _OF_WHOM_PASSIVE.match(clean, q.end)) and not table.pattern.match(
            clean, own_fate.start(1)
        ):
            # "arrested 223 protesters, at least nine of whom were tortured": the part's own
            # verb, of no event class, tells what befell it, not the whole's arrest (round
            # claims24)
            event = OTHER_EVENT
        group = _GROUP_OF.search(clean, max(0, q.start - 60), q.start)
        if group and event == "other":
            # "Among the victims were 18 children", "the dead included two medics": the
            # group's event
            noun = (group.group(1) or group.group(2)).lower()
            named_event = (
                table.head_events.get(noun) or table.by_head.get(noun) or table.cue_event.get(noun)
            )
            if named_event:
                event = named_event
        restates = _RESTATES.search(clean, max(0, q.start - 160), q.start)
        if restates:
            ante = restates.group("ante").lower()
            if frames and frames[-1].end <= restates.end("ante") + 80 and frames[-1].event:
                event = frames[-1].event  # "destroyed 2,000 tons ..., which could represent"
            elif ante in table.cue_event:
                event = fold_event(table.cue_event[ante], words, clean, ante)  # "deliveries"
        is_whole = False
        whole = _WHOLE_OF.search(clean, max(0, q.start - 30), q.start)
        if (
            whole
            and frames
            and frames[-1].end == whole.start() + len(whole.group(0).split()[0])
            and event in _PART_EVENTS
        ):
            # "shot down 35 of 53 missiles": the whole was launched, not shot down
            head = words[-1].lower() if words else ""
            event = "launched" if head in table.munitions else "other"
            is_whole = True
        if q.kind == "money" and event in {"supplied", "other"} and not _money_lost(clean, q.start):
            event = "funded"  # but money lost ("a loss of $2 billion") was given to nobody
        if (
            event == "funded"
            and q.kind == "money"
            and (_pay()[0].match(clean, phrase_end) or _pay()[1].search(clean, 0, q.start))
        ):
            event = OTHER_EVENT  # "200 dollars in wages": earnings, not funding given
        if event != OTHER_EVENT and q.kind == "money" and _ransom(clean, q, words):
            event = OTHER_EVENT  # "a $5m ransom", "$339m in ransoms" (round claims28)
        if (
            q.kind == "money"
            and frames
            and frames[-1].kind == "money"
            and _MONEY_CONVERSION.fullmatch(clean, frames[-1].end, q.start) is not None
        ):
            # "$5m (£4m)": the same sum in another currency, the event of the sum it
            # restates (round claims28)
            event = frames[-1].event
        if event != OTHER_EVENT and q.kind == "money" and _reward(clean, q, words):
            # "a $50,000 bounty for him": an offer, not funding given; "a bounty of $5 million
            # for his capture": no capture either (round revB18)
            event = OTHER_EVENT
        if event == OTHER_EVENT and is_person(words) and _toll_cause_claims(clean, q.start):
            event = "killed"  # "the second attack claimed three persons": a toll taken
        kin, remains = _handed_to_kin()
        if (
            event == "exchanged"
            and words
            and words[-1].lower() in remains
            and kin.match(clean, q.end)
        ):
            event = "killed"  # "six bodies were handed over to their families"
        if (
            event in {OTHER_EVENT, "struck", "casualties"}
            and q.kind == "count"
            and _kin_lost_before(clean, q, words)
        ):
            # "she lost her mother, two sisters and a brother in the attacks"; kin lost to an
            # illness or old age died of it, no act of war (round claims25r)
            event = OTHER_EVENT if _natural_loss(clean, phrase_end) else "killed"
        if q.kind == "count" and _rescued(clean, q, phrase_end):
            event = OTHER_EVENT  # "freed 110 abductees held by the rebels": a rescue
        if event == OTHER_EVENT and _places_fell(clean, words, phrase_end):
            event = "captured"  # "Three districts in Shabwa have fallen": taken by force
        if words and not is_person(words):
            carried = _carried_off(clean, q)
            if carried is not None:
                event = carried  # "the assailants fled with 130 cattle": loot, no flight
        if (
            event in {"killed", "wounded"}
            and q.kind == "count"
            and _killed_and_hurt(clean, q, phrase_end)
        ):
            event = "casualties"  # "killed and maimed 30 civilians": the dead and the hurt
        if (
            event in {"killed", OTHER_EVENT}
            and q.kind == "count"
            and _dead_or_missing().match(clean, phrase_end)
        ):
            event = "casualties"  # "569 people perished or went missing at sea" (claims28)
        if event == OTHER_EVENT and _munition_went_off_at(clean, q, words, phrase_end):
            event = "launched"  # "the riot began with the explosion of two grenades"
        if event == OTHER_EVENT and q.kind == "count" and _flight_after().match(clean, q.end):
            event = "displaced"  # "a million Rohingya live in the country after fleeing"
        refuge = (
            next((m for p in _refuge_after() if (m := p.match(clean, phrase_end))), None)
            if q.kind == "count"
            else None
        )
        if refuge is not None and (event == OTHER_EVENT or at >= refuge.end()):
            # "hundreds of thousands of Rohingya are now living in cramped refugee camps",
            # "4,500 Rohingya crossed the sea in boats to escape" (round claims28); a cue
            # after the escape is what they fled, not their event ("1,200 families ran
            # across the border to escape the shelling"; round revB28)
            event = "displaced"
        if adverb and (own := [c for c in own_cues if 0 <= c[0] - adverb.end() <= 1]):
            event = fold_event(own[0][2], words, clean)  # "and one critically injured"
        if is_measurement(clean, q) or (words and words[-1].lower() in DURATIONS):
            event = "other"  # "plunged 30%", "$60 per barrel", "lasted 25 minutes"
        appositive = (
            q.kind == "count"
            and at < q.start  # no verb of its own after it ("two officers were wounded")
            and event in {OTHER_EVENT, table.by_head.get(words[-1].lower() if words else "")}
            and bool(frames)
            and _appositive_breakdown(clean, frames[-1], q, words)
        )
        if appositive:
            event = frames[-1].event  # "six were hurt in the attack, one man and five women"
        if event == OTHER_EVENT and _only_a_label(clean, q.start, max(q.end, phrase_end)):
            continue  # a line that is only a figure ("5 minutes", "4 min read"): page furniture
        qualifier = None
        if q.kind == "measure" and q.unit == "strength":
            # "a two-ship flotilla sailed": the group up to its verb; named by its members
            # ("-ship") it counts them, the group (one) its qualifier
            group, phrase_end = _measure_qualifier(clean, q.number_end, phrase_end)
            suffix = re.search(r"-([A-Za-z]+)$", q.stated)
            member = _unit_members().get(suffix.group(1).lower()) if suffix else None
            if member:
                qualifier, words = group, [member]
            else:
                words = [
                    t for t in _TOKEN.findall(clean, q.number_end, phrase_end) if t[:1].isalnum()
                ]
        if q.kind == "measure" and _hyphen_size(q.stated):
            # "an 82,000-tonne tanker": the size of one thing, measured in its unit; the thing
            # is what it is of, no event befalls the measure
            qualifier, phrase_end = _measure_qualifier(clean, q.number_end, phrase_end)
            words = [_measured_units().get(q.unit or "") or q.unit or "units"]
            event = OTHER_EVENT
        elif q.kind == "measure" and (shown := _measured_units().get(q.unit or "")):
            # a distance or a duration counts its unit; what it is of stays apart ("an
            # 18-month siege" -> months, siege; "70 km west" -> km, west)
            qualifier, phrase_end = _measure_qualifier(clean, q.number_end, phrase_end)
            words = [shown]
        previous = frames[-1] if frames else None
        if q.kind == "count" and previous is not None and previous.kind == "count":
            gap = clean[previous.end : q.start]
            opens, stops = _breakdown()
            if (opens.fullmatch(gap) or appositive) and not previous.part and previous.event:
                breakdown = previous  # "240 -- 130 fighters, ...": the whole before the list
                toll_parts = False
            elif (
                previous.event in _casualty()
                and not previous.part
                and (_PAREN_OPEN.fullmatch(gap) or _INCLUDING.fullmatch(gap))
            ):
                breakdown = previous  # "9 dead (8 civilians and ...)", "31 wounded, including"
                toll_parts = True
            elif breakdown is not None and (stops.search(gap) or ")" in gap):
                breakdown = None
        else:
            breakdown = None
        if breakdown is not None and toll_parts:
            listed = previous is not None and _INCLUDING.fullmatch(clean, previous.end, q.start)
            own = event not in (OTHER_EVENT, breakdown.event) and (
                # "17 dead, including five soldiers sent to secure the church": a participle
                # right after a listed part modifies it, the toll's event stays (claims28),
                # and so does a cue inside that participle's phrase ("including three
                # firefighters trapped in the building": no building made; round revB28)
                (
                    at >= phrase_end
                    and not (listed and _PARTICIPLE_GAP.fullmatch(clean, phrase_end, at))
                )
                # "killed 28 people, including nine children, and injured 25 others": a verb
                # of its own between the list and the figure (round claims28)
                or (previous is not None and previous.end <= at < q.start)
            )
            if own:
                breakdown = None  # "..., including 4 children, and 3,000 fled": its own clause
            elif at >= phrase_end and event == breakdown.event:
                pass  # "12 people (11 villagers and one ranger) died": the verb's own subjects
            else:
                event = breakdown.event  # "28 wounded, including four soldiers": the toll's
                is_part = True
        if (
            q.kind == "count"
            and previous is not None
            and previous.kind == "count"
            and previous.event not in (None, OTHER_EVENT)
            and not [w for w in words if w.lower() not in {"from", "of"} and w[:1].islower()]
            and _FROM_AND.fullmatch(clean, previous.end, q.start)
            and not _OWN_VERB_BETWEEN.search(clean, previous.end, q.start)
            and _ELIDED_FROM.match(clean, q.number_end)
        ):
            # "two peacekeepers from Ostland and one from Karsia were killed": the second
            # count's head is the first's, one toll told by origin (round revA25)
            event = previous.event
            words = previous.counts.split()
            is_part = True
            frames[-1] = replace(previous, part=True)
        if q.kind == "count" and q.value == 1 and event == "other" and not missing_at(clean, at):
            continue  # "one member of the delegation said": a person, not a count
        if event == OTHER_EVENT and q.kind == "count" and _sourcing_or_size(clean, q, words):
            continue  # "... and five eyewitnesses", "home to 60,000 people": no event figure
        if (
            q.kind == "count"
            and previous is not None
            and previous.kind == "count"
            and _INCLUDING.fullmatch(clean, previous.end, q.start)
        ):
            is_part = True  # "killed 52 people, including 9 children": a part of the 52
        if breakdown is not None and not toll_parts:
            is_part = True  # "..., 90 soldiers and 20 civilians": parts of the whole
            if breakdown.event not in (None, OTHER_EVENT):
                event = breakdown.event
        if (
            q.kind == "count"
            and previous is not None
            and previous.kind == "count"
            and event not in (None, OTHER_EVENT)
            and previous.event == event
            and words
            and _one_head(previous.counts, words[-1])
            and _FROM_AND.fullmatch(clean, previous.end, q.start)
        ):
            # "two peacekeepers from Ostland and one peacekeeper from Karsia were killed": one
            # toll told by where its people came from, two parts, never rival figures
            is_part = True
            frames[-1] = replace(previous, part=True)
        modality = _modality(clean, q, at)
        hedges = unique(
            c
            for cs, ce, c in hedge_cues
            if (c in sentence_level or _near(clean, q.start, phrase_end, cs, ce))
            and c not in _attribution_hedges()  # "claimed to have killed 25": who, not doubt
            and not _hedges_a_modifier(clean, cs, ce, q.start, phrase_end)
            and not _reports_the_figure(clean, cs, ce, q.start)
        )
        end = max(q.end, phrase_end)
        then = _time_of_when_clause(clean, q.start)
        ante = _antecedent_scene(clean, q.start)
        scope = find_scope(clean, q.start, end) if q.kind in _SCOPED_KINDS else None
        if then is not None and scope is not None and then in scope:
            scope = None  # "since 2011, when 52 were killed": the span is the main clause's
        ended = ended_war_year(clean, q.start)  # "a 2018 deal that ended a war that cost"
        if ended:
            scope = None  # "at peace since a 2018 agreement ended a war which killed": 2018
        frames.append(
            Frame(
                text=text[q.start : end].strip(),
                low=q.low,
                high=q.high,
                value=q.value,
                kind=q.kind,
                unit=q.unit,
                counts=_rest_of(words, frames, q, before, event)
                or " ".join([*words, *coordinated_head(clean, phrase_end, words)]),
                event=event,
                modality=modality,
                hedged=bool(hedges) or modality == "capacity",
                hedges=hedges,
                when=ended
                or _toll_time(clean, q, event)
                or then
                or _fronted_time(clean, q)
                or ante[0]
                or _event_year(clean),
                where=_nearest(
                    _WHERE, clean, q, 1, _not_place(), [m[:3] for m in _where_matches(clean)]
                )
                or ante[1]
                or _fronted_where(clean),
                start=q.start,
                end=end,
                part=is_part,
                scope=scope,
                qualifier=qualifier,
            )
        )
        if is_whole:
            wholes.add(id(frames[-1]))
    return _share_bounds(clean, frames)


# a verb of its own between two figures: a clause each, so a bound stays with its own figure
# ("At least 60 people were killed and 145 wounded": 145 is exact)
_OWN_VERB_BETWEEN = re.compile(r"\b(?:were|was|are|is|have|has|had|been|being|will)\b", re.I)
_MAGNITUDES = r"(?:hundred|thousand|million)"
_SHARE_OF = re.compile(r"\S+\s*(?:percent|per\s+cent|%)?\s+of\s", re.I)


def _parallel_figures(clean: str, first: Frame, second: Frame) -> bool:
    """Whether two figures are one coordination under one bound: shares of two wholes ("70
    percent of X and 80 percent of Y") or counts of people in two states ("12 dead and 13
    injured", bare: no counted noun of the first's own), joined by "and" with no verb of their
    own between them."""
    between = clean[first.start : second.start]
    if first.kind != second.kind or _OWN_VERB_BETWEEN.search(between):
        return False
    if first.kind == "percent":
        return bool(
            re.fullmatch(r"[^,;:()]*?\bof\s+[^,;:()]{1,60}?,?\s+and\s+", between)
            and _SHARE_OF.match(clean, second.start)
        )
    states = alternation(sorted(_people_states()))
    return (
        first.kind == "count"
        and first.event != second.event
        # a bare pair of states only: "at least 9 soldiers killed and 30 wounded" names the
        # soldiers for the first figure alone (round claims21r)
        and bool(re.search(rf"\d\S*(?:\s+{_MAGNITUDES})?\s+(?:{states}),?\s+and\s+$", between))
        and bool(re.match(rf"\S+\s+(?:{states})\b", clean[second.start :]))
    )


def _share_bounds(clean: str, frames: list[Frame]) -> list[Frame]:
    """``frames`` with a bare figure that shares the bound or approximation of the parallel
    figure before it (:func:`_parallel_figures`) read under that bound: "at least 12 dead and
    13 injured" is at least 13 injured, "approximately 70 percent of X and 80 percent of Y" is
    about 80 percent (round claims24). A figure with a cue of its own keeps it."""
    out = list(frames)
    for k in range(1, len(out)):
        first, second = out[k - 1], out[k]
        if (
            second.low is None
            or second.low != second.high
            or first.low == first.high
            or not isinstance(second.value, (int, float))
            or not _parallel_figures(clean, first, second)
        ):
            continue
        carried = carried_interval(first.text, float(second.value))
        if carried is not None:
            out[k] = replace(second, low=carried[0], high=carried[1])
    return out


# kinds of figure that run over a span and an extent (a count, a share, a sum of money): a
# distance or a duration has none
_SCOPED_KINDS = frozenset({"count", "percent", "money"})
# a direction after a distance: "70 kilometres to the west", "some 30 km further north"
_DIRECTION = re.compile(
    r"\s*(?:\(|,)?\s*(?:to\s+the\s+|further\s+|farther\s+)?"
    r"((?:north|south)(?:-?(?:east|west))?|east|west)(?:ern|wards?)?\b",
    re.I,
)


@cache
def _standing_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before the figure, after its counted phrase): the words of a standing strength
    (``standing_verbs`` and ``standing_participles`` of data/events.yaml)."""
    data = load_data("events.yaml")

    def alts(key: str) -> str:
        words = sorted((str(w).lower() for w in data[key]), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)

    approx = r"(?:(?:about|some|around|roughly|nearly|almost|approximately|over|more\s+than|at\s+least|up\s+to|an\s+estimated)\s+)?"
    return (
        re.compile(rf"\b(?:{alts('standing_verbs')})\s+{approx}$", re.I),
        re.compile(
            rf"\s*,?\s*(?:(?:are|is|were|was|remain|remained|be|been|being)\s+)?"
            rf"(?:{alts('standing_participles')})\b",
            re.I,
        ),
    )


def _standing(text: str, q: Quantity, phrase_end: int) -> bool:
    """Whether the figure at ``q`` is a standing strength: a verb of having or keeping right
    before it ("maintains 2,500 troops") or a participle of being based right after its
    counted phrase ending at ``phrase_end`` ("3,000 troops are stationed")."""
    before, after = _standing_patterns()
    return bool(before.search(text, max(0, q.start - 40), q.start) or after.match(text, phrase_end))


# a measurement's conversion in brackets right after it: "15 miles (25 kilometers)", "40 km
# (about 25 miles)"
_CONVERSION_OPEN = re.compile(
    r"\s*[A-Za-z][A-Za-z./ -]{0,20}?\s*\(\s*(?:about|some|around|roughly|nearly|almost|over|more\s+than)?\s*$"
)
_CONVERSION_CLOSE = re.compile(r"\s*[A-Za-z][A-Za-z./ -]{0,20}?\s*\)")


def _converted(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether measure ``q`` only restates measure ``prev`` in another unit, in brackets right
    after it ("15 miles (25 kilometers)"); a count in brackets ("12 km (40 trucks)") is not."""
    return (
        prev.kind == "measure"
        and q.kind == "measure"
        and prev.unit != q.unit
        and _CONVERSION_OPEN.fullmatch(text, prev.number_end, q.start) is not None
        and _CONVERSION_CLOSE.match(text, q.number_end) is not None
    )


@cache
def _unit_members() -> dict[str, str]:
    """A unit-size suffix -> the members it counts ("vessel" -> "vessels"; ``unit_members`` of
    data/claims.yaml)."""
    return {str(k).lower(): str(v) for k, v in load_data("claims.yaml")["unit_members"].items()}


@cache
def _measured_units() -> dict[str, str]:
    """Units of distance and duration (``numbers.yaml`` unit -> the counted thing shown)."""
    return {str(k): str(v) for k, v in load_data("claims.yaml")["measured_units"].items()}


# a word in -s after the noun a measure is of, before a preposition, an article or the
# sentence's end: a verb in the present ("limit applies on", "cap covers the")
_PRESENT_VERB = re.compile(
    r"[a-z]{2,}(?<!ss)(?<!us)(?<!is)s(?=\s*[.;]|\s*$|\s+(?:on|in|at|to|for|from|across|along|"
    r"over|near|until|since|throughout|inside|outside|within|the|a|an|this|that|its|all|only|"
    r"now|still|here|there)\b)"
)


def _measure_qualifier(text: str, start: int, phrase_end: int) -> tuple[str | None, int]:
    """What a distance or a duration at ``text[start:phrase_end]`` (after its number) is of,
    or its direction, and where its phrase ends: the phrase's words other than unit words,
    up to a verb ("18-month siege marked by ..." -> "siege"), else a direction after it ("70
    kilometres to the west" -> "west")."""
    _, _, _, not_counted = _np_lexicon()
    units = not_counted | {k.lower() for k in load_data("numbers.yaml")["measure_units"]}
    verbs = {str(w).lower() for w in load_data("events.yaml")["irregular_past"]}
    rest: list[str] = []
    end = start
    for m in _TOKEN.finditer(text, start, phrase_end):
        low = m.group(0).lower()
        if not re.match(r"\w", low):
            continue
        if rest and (low in verbs or (len(low) > 4 and low.endswith(("ed", "ing")))):
            break  # "siege marked by shortages": the verb of another clause
        if rest and _PRESENT_VERB.match(text, m.start()):
            break  # "a 40 kph limit applies on the bridge": its verb, no part of what it is of
        end = m.end()
        if low not in units and low != "of":
            rest.append(low)
    if not rest and (d := _DIRECTION.match(text, end)):
        return d.group(1).lower(), d.end()
    return " ".join(rest) or None, end


def _quantity(frame: Frame) -> float | int | str:
    value = frame.value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# a measure that frames the report, not what a source counted: a place's distance from
# another ("eight km (five miles) from the front line", "70 km north of X") or the time since
# something ("nearly 31 months after the invasion", "almost two years into the war")
_LOCATING = re.compile(
    r"\b(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\)?\s*(?:\([^)]{1,40}\)\s*)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of|from|away\s+from|off)\b",
    re.I,
)
_AFTER_PLACE = re.compile(
    r"[A-Z][\w'’-]*[,)]?\s+(?:(?:about|some|around|roughly|nearly|almost|approximately|just|"
    r"only)\s+)?$|\b(?:kms?|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s*\(\s*$"
)  # after a place's name, or the conversion of such a distance ("eight km (five miles)")
_SINCE = re.compile(
    r"\b(?:days|weeks|months|years|hours)\s+(?:after|into|since|before|ago)\b", re.I
)


@cache
def _hyphen_units() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("numbers.yaml")["hyphen_units"])


def _hyphen_size(stated: str) -> bool:
    """Whether a figure is stated joined to its unit by a hyphen ("82,000-tonne", "two-mile":
    ``hyphen_units`` of data/numbers.yaml, read by analysis/numbers.py)."""
    number, _, unit = stated.rpartition("-")
    return bool(number) and unit.lower() in _hyphen_units()


_WHEN_CLAUSE = re.compile(r",?\s+when\s+[^;:.]*$")
_TIME_PREPOSITION = re.compile(r"^(?:on|since|until|through|by|in|during|from|as\s+of)\s+", re.I)


def _time_of_when_clause(clean: str, start: int) -> str | None:
    """The time a "when" clause holding the figure at ``start`` hangs on: "the worst attack
    since February 2019, when 47 officers were killed" -> "February 2019" (CLAIMS.md "when":
    the time of the counted event as stated); None when the figure is in no such clause."""
    for m in _when().finditer(clean, 0, start):
        if _WHEN_CLAUSE.match(clean[m.end() : start]):
            return _TIME_PREPOSITION.sub("", m.group(0)).strip() or None
    return None


@cache
def _antecedent_event() -> re.Pattern[str]:
    """An event noun phrase and the relative clause that opens with its verb, ending where
    the figure starts: "the 3 March Tarsk bombing that claimed "; the nouns are
    ``scene_anchors.event_nouns`` of data/claims.yaml."""
    nouns = "|".join(
        re.escape(str(w)) for w in load_data("claims.yaml")["scene_anchors"]["event_nouns"]
    )
    return re.compile(
        rf"\b(?:the|a|an|its|this|that|last)\s+(?P<np>[^,;:.()]{{0,60}}?)\b(?:{nouns})(?:e?s)?"
        # a time or place after the noun: "the Harnell attacks of 20 February that left"
        r"(?P<post>\s+(?:of|on|in|at)\s+[^,;:.()]{1,40}?)?\s*,?\s+"
        r"(?:that|which)\s+(?:\w+\s+){1,2}(?:(?:at\s+least|more\s+than|some|about|over)\s+)?$",
        re.I,
    )


def _antecedent_scene(clean: str, start: int) -> tuple[str | None, str | None]:
    """(time, place) named inside the event noun phrase a relative clause holding the figure
    at ``start`` hangs on, before its noun or after it: "the 3 March Tarsk bombing that
    claimed 31 lives" -> ("3 March", "Tarsk"), "the Harnell attacks of 20 February that left
    26 dead" -> ("20 February", "Harnell"); (None, None) when the figure is in no such clause
    or the phrase names none."""
    m = _antecedent_event().search(clean, max(0, start - 120), start)
    if m is None:
        return None, None
    np = m.group("np") + (m.group("post") or "")
    time = _when().search(np)
    rest = np[: time.start()] + " " + np[time.end() :] if time else np
    names = [w for w in re.findall(r"\b[A-Z][\w'’-]+", rest) if not _not_place().match(w)]
    return (
        _TIME_PREPOSITION.sub("", time.group(0)).strip() if time else None,
        " ".join(names) or None,
    )


def _only_a_label(clean: str, start: int, end: int) -> bool:
    """Whether the sentence holds nothing but the figure and its counted phrase, save the
    words of a page's labels (``label_words`` of data/claims.yaml: "5 minutes Read"): a
    reading time or a photo count printed on the page, no figure a source reports."""
    rest = re.findall(r"[A-Za-z]+", clean[:start] + " " + clean[end:])
    return all(w.lower() in _label_words() for w in rest)


@cache
def _label_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("claims.yaml")["label_words"])


def framing_measure(text: str, frame: Frame) -> bool:
    """Whether ``frame`` is a distance that locates a place ("eight km (five miles) from the
    front line", "70 km north of X") or a time elapsed since an event ("nearly 31 months
    after the invasion"), outside any quotation: the writer's framing, whoever the sentence
    quotes."""
    text = text.translate(CURLY_QUOTES)
    if frame.kind != "measure" or text[: frame.start].count('"') % 2:
        return False
    span = text[frame.start : frame.end + 60]
    inside = frame.end - frame.start
    if (m := _SINCE.search(span)) is not None and m.start() < inside:
        return True
    # a distance that places a named place ("the town of Kishishe about 70 km north of
    # Goma"), not one a source reports ("parts lay some 500 metres away")
    return (
        (m := _LOCATING.search(span)) is not None
        and m.start() < inside
        and _AFTER_PLACE.search(text, 0, frame.start) is not None
    )


def _clause_originator(text: str, f: Frame, attributed_to: str | None) -> str | None:
    """The originator of frame ``f`` of ``text`` by the clause that holds it, given the
    sentence's ``attributed_to`` (see :mod:`briefbook.analysis.clause_speakers`)."""
    if (
        source_right_after(text, f.end)
        or in_reporter_aside(text, f.start)
        or before_later_speaker(text, f.start, f.end)
        or speech_only_in_relative(text, f.start, f.end)
        or only_claims_the_attack(text, f.start)
        or only_declares_an_act(text, f.start)
        or after_fronted_reports(text, f.start)
        or in_fronted_time_clause(text, f.start)
        or before_trailing_report(text, f.start)
        or framing_measure(text, f)
    ):
        # "76, provided by Kurdish officials, to at least 100, provided by police"
        return source_right_after(text, f.end) or None
    return (
        told_by_speaker(text, f.start)
        or relative_speaker(text, f.start)
        or concessive_speaker(text, f.start)
        or (
            (
                according_in_clause(text, f.start)
                or second_speaker(text, f.start)
                or first_speaker(text, f.start)
            )
            if attributed_to
            else later_clause_speaker(text, f.start)
        )
        or attributed_to
    )


def find_claims(
    text: str,
    sentence_id: str,
    *,
    attributed_to: str | None = None,
    published: str | None = None,
    own_action: bool = False,
    before: tuple[str, str] | None = None,
) -> list[Claim]:
    """The quantitative claims of one sentence; ``attributed_to`` is their originator (None =
    the source's own voice), ``own_action`` marks a source announcing what it did itself,
    ``before`` is as for :func:`find_frames`."""
    return [
        Claim(
            text=f.text,
            quantity=_quantity(f),
            counts=f.counts,
            event=f.event,
            # "Officially, 132 people were killed, but ...": the adverb names the source
            attributed_to=fronted_source(text, f.start)
            or _clause_originator(text, f, attributed_to),
            hedged=f.hedged,
            evidence=[sentence_id],
            hedges=f.hedges,
            published=published,
            low=f.low,
            high=f.high,
            kind=f.kind,
            unit=f.unit,
            modality=f.modality,
            when=f.when,
            where=f.where,
            own_action=own_action and f.event != "other" and f.modality == "asserted",
            part=f.part,
            scope=f.scope,
            qualifier=f.qualifier,
        )
        for f in _fold_increments(text, find_frames(text, before))
    ]


@cache
def _increment_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_data("claims.yaml")
    before = alternation(str(w).lower() for w in data["increment_before"])
    after = alternation(str(w).lower() for w in data["increment_after"])
    carry = alternation(
        str(w).lower() for w in [*data["toll_rise_words"], *data["toll_carry_verbs"]]
    )
    return (
        re.compile(rf"(?<![\w-])(?:{before})\s+$", re.I),
        re.compile(rf"\S+\s+(?:{after})(?![\w-])(?!\s+than\b)", re.I),
        re.compile(rf"(?<![\w-])(?:{carry})(?![\w-])", re.I),
    )


def _fold_increments(text: str, frames: list[Frame]) -> list[Frame]:
    """The frames of ``text`` with its increments of a toll told as parts (round front26): a
    count told as added to a toll ("another 49 casualties", "Two more wounded died", "16 more
    of their servicemen", "an additional 13 deaths"; ``increment_before`` and
    ``increment_after`` of data/claims.yaml) is a claim as CLAIMS.md counts it, but a part of
    the toll, never a toll of its own: it is never compared as a whole with another report's
    toll ("..., pushing the death toll to 604": the total is the toll)."""
    before, after, _ = _increment_patterns()
    out: list[Frame] = []
    for f in frames:
        if (
            f.kind != "count"
            or f.event in (None, OTHER_EVENT)
            or not (before.search(text[: f.start]) or after.match(text, f.start))
            # after another count, "another 12" is the rest ("40 killed and another 12
            # wounded"); "30 more ... than" compares
            or any(g.kind == "count" and g.end <= f.start for g in frames)
            or re.search(r"(?<![\w-])than(?![\w-])", text[f.start :], re.I)
        ):
            out.append(f)
        else:
            out.append(replace(f, part=True))
    return out


def _rest_of(
    words: list[str],
    frames: list[Frame],
    q: Quantity,
    before: tuple[str, str] | None,
    event: str = OTHER_EVENT,
) -> str | None:
    """What a bare count of the rest counts ("54 others", "12 more"): "other" and the head of
    the count before it in the sentence (within 160 characters), else of the last count of
    the sentence before ("killed four people and wounded 54 others": other people; "two
    soldiers died and five others were hurt": other people; round claims23r). None when the
    count names its own thing ("three other soldiers") or no count came before. A part named
    inside the count before ("12 people, including four children, and wounded 30 others") is
    no antecedent; a rest that suffers what only people suffer (``rest_people_events``) after
    a count of things ("destroyed two houses and wounded 54 others") counts other people
    (round revC19)."""
    if len(words) != 1 or words[0].lower() not in _remainder_words():
        return None
    counted = [
        f
        for f in frames
        if f.kind == "count"
        and f.counts
        and not f.part
        and q.start - f.end <= 160
        and f.end <= q.start
    ]
    ante = counted[-1].counts if counted else (before[0] if before else None)
    head = ante.split()[-1] if ante else None
    if not head or head.lower() in _remainder_words():
        return ante or None  # the rest of a rest: what that one counts
    if event in _claim_words("rest_people_events") and not is_person(ante.split()):
        return "other people"  # houses are never wounded
    if is_person(ante.split()):
        # the rest of a count of people are people, whoever they were: "seven civilians were
        # killed and 30 others wounded" counts people wounded, as the claims guide's gold
        # reads it, not more civilians (round revA19)
        return "other people"
    return f"other {head}"


def last_count(claims: list[Claim]) -> tuple[str, str] | None:
    """(counted thing, event) of the last count among ``claims`` that names what it counts."""
    counted = [c for c in claims if c.kind == "count" and c.counts]
    return (counted[-1].counts, counted[-1].event) if counted else None
