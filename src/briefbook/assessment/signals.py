"""What a sentence reads as: an analytic judgment, an event of consequence, a fact of record
(identity, definition, legal designation) or procedural text that directs the reader elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefbook.analysis.claims import dated_event
from briefbook.analysis.gazetteer import gazetteer
from briefbook.analysis.hedges import find_cues
from briefbook.analysis.numbers import calendar_words, relative_day_words
from briefbook.assessment.occasions import irregular_past, predicate_events
from briefbook.assessment.readability import needs_context, refers_back
from briefbook.assessment.situation import domain_of, names_vague_effect
from briefbook.data import load_data
from briefbook.text import alternation

__all__ = [
    "LONG_PAST_YEARS",
    "KeySignal",
    "dated_before_window",
    "dated_long_past",
    "is_background",
    "is_framing",
    "headline_decisive",
    "confirmed_thing",
    "first_person_voice",
    "title_speaker",
    "confirmers",
    "decision_domain",
    "decisive_domain",
    "demand_and_act",
    "is_decision",
    "is_decisive_event",
    "is_null_outcome",
    "is_sense_report",
    "is_demand",
    "is_question",
    "is_unknown",
    "names_time",
    "told_in_history",
    "key_judgment_signal",
    "key_signal",
    "outcome_persons",
    "quote_share",
    "reports_outcome",
    "statement_kind",
]

# ---------------------------------------------------------------------------
# key judgments (bottom line up front)

# evaluative / analytic language: the writer judges, weighs or explains
_ANALYTIC = re.compile(
    r"(?<![\w-])(assess\w*|judge[sd]?|likely|probabl[ey]|signal\w*|reflect\w*|suggest\w*|"
    r"indicat\w*|highlight\w*|underscor\w*|demonstrat\w*|reveal\w*|impl(?:ies|y|ication\w*)|"
    r"risk\w*|strateg\w*|escalat\w*|consequen\w*|undermin\w*|strain\w*|dependen\w*|"
    r"relian\w*|reliant|relies|rely|relied|sustain\w*|increasingly|growing|threat\w*|deter\w*|shift\w*|significan\w*|critical|crucial|"
    r"desperat\w*|leverage|isolat\w*|vulnerab\w*|impact\w*|influenc\w*|objective\w*|"
    r"intent\w*|calculus|gamble|attrition|erod\w*|weaken\w*|bolster\w*|stakes|"
    r"implicat\w*|because|therefore|thus)(?![\w-])",
    re.I,
)
# events of consequence
_CONSEQUENCE = re.compile(
    r"(?<![\w-])(deploy\w*|kill\w*|launch\w*|attack\w*|strik\w*|struck|invad\w*|"
    r"invasion|captur\w*|seiz\w*|destroy\w*|shot down|casualt\w*|wounded|dispatch\w*|"
    r"offensive|advanc\w*|retreat\w*|troops|ceasefire|war|bombed|shelled)(?![\w-])",
    re.I,
)
# "X is the head / director / representative / president of ...", "X is a PRC-based firm",
# "X, a subsidiary of Y"
_ROLES = (
    r"head|director|chief|chairman|chairwoman|chair|vice[- ]chair\w*|representative|president|"
    r"deputy|commander|general|owner|founder|ceo|officer|official|minister|ambassador|"
    r"secretary|member|manager|shareholder|spokes(?:man|woman|person)|employee|professor|"
    r"lecturer|researcher|analyst|associate|editor|correspondent|journalist|consultant|fellow|"
    r"agent|affiliate|subsidiary"
)
_IDENTITY = re.compile(
    r"(?<![\w-])(?:is|was|are|were|serves as|served as|acts as|became)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w.,'%-]+\s+){0,5}?"
    r"(?:" + _ROLES + r")\s+(?:of|for|at|to)(?![\w-])"
    r"|(?<![\w-])(?:is|was|are|were)\s+(?:(?:an?|the)\s+)?[\w.-]+[- ]based(?![\w-])"
    r"|(?<![\w-])(?:is|was)\s+(?:one\s+of|among)\s+the\s+(?:[\w.,'%-]+\s+){0,4}?"
    r"(?:" + _ROLES + r")s?(?![\w-])"
    r"|(?<![\w-])subsidiar(?:y|ies)(?![\w-])",
    re.I,
)
# a name introduced with its short form, then defined: "Golden Bank (GB) is one of ...",
# "Jane Roe (Roe) is a ..."
_DEFINITION = re.compile(
    r"^\W*[A-Z][\w.'&-]*(?:,?\s+(?:of\s+|the\s+|and\s+)?[A-Z0-9][\w.'&-]*){0,8}"
    r"\s*\([^()]{1,40}\),?\s+(?:is|are|was|were)(?![\w-])"
)


@cache
def _place_identity() -> re.Pattern[str]:
    """ "The reef ... is one of several disputed features", "Vendra is among the towns ...":
    a sentence saying what kind of place something is (``place_kinds``,
    data/judgments.yaml) describes it; it reports nothing that happened."""
    kinds = alternation(str(k) for k in load_data("judgments.yaml")["place_kinds"])
    return re.compile(
        r"(?<![\w-])(?:is|are|was|were|remains|remain)\s+(?:one\s+of|among)\s+"
        r"(?:(?:the|several|many|a\s+few|dozens\s+of|hundreds\s+of)\s+)?"
        r"(?:[\w'’-]+\s+){0,4}?(?:" + kinds + r")(?![\w-])",
        re.I,
    )


# what follows a place kind that makes the sentence a report of an event: a past participle
# ("among the towns shelled by ...", "one of three cities hit by missiles"), also in a
# relative clause ("... towns that were shelled"), or an event verb ("... towns it attacked")
_AFTER_KIND = re.compile(
    r"\s*,?\s+(?:(?:that|which)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?P<word>[a-z][\w'’-]*)"
)


def _describes_place(text: str) -> bool:
    """Whether ``text`` says what kind of place something is (:func:`_place_identity`) and
    no event follows the kind noun: "Vendra was among the towns shelled on Monday" and
    "Kherson was one of three cities hit by missiles" report what happened (a past
    participle, ``ed`` or ``irregular_past`` of data/events.yaml, or an event verb)."""
    for m in _place_identity().finditer(text):
        after = _AFTER_KIND.match(text, m.end())
        if after is None:
            return True
        word = after.group("word").lower()
        if word.endswith("ed") or word in irregular_past() or predicate_events(word):
            continue
        return True
    return False


# legal and designation boilerplate: any of these makes a sentence a fact of record
_LEGAL_RECORD = re.compile(
    r"(designated pursuant to|being designated|pursuant to|(?<![\w.])E\.O\.|"
    r"executive order|property and interests in property|must be reported|"
    r"sanctions regulations|enforcement action|blocked persons|50 percent or more|"
    r"(?:sanctions|sdn)\s+list|(?<![\w-])designat(?:ed|es|ing)\s+(?:in|on|for)"
    r"(?![\w-]))",
    re.I,
)
# legal vocabulary that only weighs against a sentence
_LEGAL = re.compile(
    r"(designated pursuant to|being designated|pursuant to|(?<![\w.])E\.O\.|"
    r"executive order|property and interests in property|must be reported|"
    r"sanctions regulations|(?<![\w-])U\.S\. persons|prohibit\w*|(?<![\w-])OFAC(?![\w-])|"
    r"enforcement action|certain transactions|transactions or activities|"
    r"additional guidance|financial institutions|guidelines|(?<![\w-])advisory(?![\w-])|"
    r"(?<!\w)designat\w*)",
    re.I,
)
# text that directs the reader elsewhere (never a statement): "please see", "for additional
# guidance", "click here", "refer to", FAQ numbers, contact lines, addresses
_PROCEDURAL = re.compile(
    r"(?<![\w-])(?:please\s+(?:see|refer|visit|contact|click|read|note|consult|review)|"
    r"for\s+(?:additional|further|more|detailed)\s+(?:guidance|information|details)|"
    r"for\s+information\s+(?:on|about|concerning|regarding)|"
    r"(?:provides?|contains?|offers?)\s+(?:more|additional|further)\s+information|"
    r"click\s+here|refer\s+to(?!\s+(?:it|them|this|that)?\s*as(?![\w-]))|"
    r"see\s+(?:the\s+)?(?:updated\s+)?(?:faqs?|frequently asked questions)|"
    r"faqs?\s*#?\s*\d|frequently\s+asked\s+questions?|"
    r"media\s+(?:inquiries|enquiries)|press\s+office|"
    r"contact\s*(?::|us|the\s+press)|subscribe\s+to|sign\s+up\s+for)(?![\w-])"
    r"|[\w.+-]+@[\w-]+\.[\w.]+|https?://|(?<![\w-])www\.|\(\d{3}\)\s*\d{3}-\d{4}"
    r"|(?<!\d)\d{3}[-.]\d{3}[-.]\d{4}(?!\d)",
    re.I,
)
# background rather than news: the report's event set against earlier ones ("The attack
# comes days after ...", "The strikes came just a day after ...", "It follows last week's
# ..."), or a campaign told in the present perfect since a past time ("The rebels have been
# targeting ships since mid-November", "have stepped up their raids since the October 7
# attack"). Such a sentence explains the news; it is not the news.
_UNITS = r"(?:hours?|days?|weeks?|months?|years?)"
_FEW = r"(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|few|\d+)"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_BACKGROUND = re.compile(
    r"(?<![\w-])(?:comes?|came|follows?|followed)\s+"
    r"(?:just\s+|only\s+|barely\s+|nearly\s+|almost\s+|about\s+|some\s+|"
    r"(?:more|less)\s+than\s+)?"
    r"(?:(?:" + _FEW + r"\s+)?" + _UNITS + r"\s+)?(?:after|amid)(?![\w-])"
    r"|(?<![\w-])(?:comes?|came|follows?|followed)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:last|earlier\s+(?:this|that)|the\s+previous)\s+" + _UNITS + r"(?![\w-])"
    r"|(?<![\w-])ha(?:s|ve)\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|ing|un|own|ht)\s+"
    r"(?:[\w,'’-]+\s+){0,14}?since\s+(?:the\s+|early\s+|late\s+|mid-?\s*)?"
    r"(?:" + _MONTHS + r"(?![\w-])|\d{4}(?!\d)|last\s+(?:year|month|spring|summer|autumn|winter))",
    re.I,
)
# a speech verb between subject and "had": the past perfect is the reported clause's
# ("Officials said the rebels had seized the airport" is the news, told in reported speech)
_SPEECH = (
    r"said|says|say|told|tells|reported|reports|added|adds|announced|claimed|claims|"
    r"confirmed|stated|noted|warned|insisted|according"
)


# the past perfect as the main verb ("Trump had boasted that ...", "The two sides had agreed
# in June to ..."): what happened before the report's news. "had to" (an obligation) is not
# one, nor a sentence that dates its own past perfect ("had seized the town by nightfall").
@cache
def _pluperfect() -> re.Pattern[str]:
    irregular = load_data("judgments.yaml")["irregular_participles"]
    return re.compile(
        r"^\W*(?:[A-Z][\w'’.-]*(?:\s+(?!(?:had|that|" + _SPEECH + r")(?![\w-]))[\w'’.-]+){0,5}?)"
        r"\s+had\s+"
        r"(?:(?:not|never|already|long|also|[a-z]+ly)\s+)?(?:been\s+)?"
        r"(?:[a-z]+(?:ed|en|wn)|" + alternation(str(w) for w in irregular) + r")(?![\w'’-])"
    )


_DATED_PAST = re.compile(
    r"(?<![\w-])by\s+(?:the\s+time|nightfall|dawn|noon|midday|midnight|evening|morning|"
    r"then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|late|early)(?![\w-])",
    re.I,
)


@cache
def _long_past() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an opener told over a long past, a phrase that explains by a past event named by its
    year): ``data/background.yaml`` with ``dated_event_nouns`` of ``data/claims.yaml``."""
    data = load_data("background.yaml")
    openers = _phrases(data["long_past_openers"])
    explained = _phrases(data["explained_by"])
    event = dated_event().pattern
    return (
        re.compile(rf"^\W*(?:{openers})(?![\w-])", re.I),
        re.compile(rf"(?<![\w-])(?i:{explained})\s+{event}"),
    )


@cache
def _news_of_now() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a date of the news itself: "on Monday", "yesterday", "this week"; a record set
    against the past: "the deadliest attack ... since"): ``data/background.yaml`` with the
    weekdays of ``data/numbers.yaml`` and the days and spans of ``data/relative_days.yaml``
    (:func:`relative_day_words`)."""
    data = load_data("background.yaml")
    numbers = load_data("numbers.yaml")
    day = alternation(relative_day_words())
    weekday = alternation(str(w) for w in numbers["weekdays"])
    record = alternation(str(w) for w in data["record_words"])
    return (
        re.compile(
            rf"(?<![\w-])(?:(?:{day})|(?:on|last|since|by|until)\s+(?:{weekday})|"
            rf"(?:{weekday})(?:'s|’s)?\s+(?:night|morning|afternoon|evening))(?![\w-])",
            re.I,
        ),
        re.compile(
            rf"(?<![\w-])(?:{record}|[a-z]+iest|(?:most|least)\s+[a-z]+)(?![\w-])"
            r"[^.;:!?]{0,80}?(?<![\w-])since(?![\w-])",
            re.I,
        ),
    )


def _long_past_background(text: str) -> bool:
    """Whether ``text`` is told over a long past ("For years, ...") or explains by a past
    event named by its year ("because of the 1982 massacre"), and is neither dated to the
    news itself ("..., but on Monday it admitted it") nor a record set against that past
    ("the deadliest attack since the 2022 invasion")."""
    opener, explained = _long_past()
    if opener.search(text) is None and explained.search(text) is None:
        return False
    present, record = _news_of_now()
    return present.search(text) is None and record.search(text) is None


# a sentence dated by a year of its own: "in 1960", "during March 1948", "in early 2019"
_YEAR_DATED = re.compile(
    r"(?<![\w-])(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:" + _MONTHS + r"\s+)?(?:\d{1,2},?\s+)?((?:1[6-9]|20)\d{2})(?![\w-])",
    re.I,
)
_ANY_YEAR = re.compile(r"(?<![\w-])((?:1[6-9]|20)\d{2})(?![\w-])")
# a day of a month without a year ("on 23 April", "April 23"): the report's own period
_DAY_OF_MONTH = re.compile(
    r"(?<![\w-])(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"(?![\w-])(?!,?\s+\d{4})"
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?![\w-])(?!,?\s+\d{4}))",
    re.I,
)
LONG_PAST_YEARS = 2  # a year at least this many before the report's is history


def dated_long_past(text: str, year: int) -> bool:
    """Whether ``text`` dates what it reports to a year at least ``LONG_PAST_YEARS`` before
    ``year`` (the report's own: its source's publication year, else the issue's) and to no
    time of the report's period: "India briefly stopped the river's flow in 1948", "The
    two states, in 1960, signed the treaty" are history that explains the news, never the
    news. A sentence that also names a later year, a day of a month without a year ("was
    suspended on 23 April"), a day of the news ("on Monday", "yesterday") or a record set
    against that past ("the deadliest attack since 2019") is news told against history."""
    years = [int(m.group(1)) for m in _YEAR_DATED.finditer(text)]
    if not years or max(years) > year - LONG_PAST_YEARS:
        return False
    if any(int(y) > year - LONG_PAST_YEARS for y in _ANY_YEAR.findall(text)):
        return False
    present, record = _news_of_now()
    return (
        _DAY_OF_MONTH.search(text) is None
        and present.search(text) is None
        and record.search(text) is None
    )


def dated_before_window(text: str, start: dt.date) -> bool:
    """Whether ``text`` dates what it reports to a year that ended before ``start`` (the
    first day of the issue's window) and to no time of the issue's period, as
    :func:`dated_long_past` reads it: "Ostland and Karsia agreed to a ceasefire in 2023" in
    an issue whose window opens in August 2024 recalls a deal, it is not the news; "agreed
    to a ceasefire in May 2024" or "... in 2023, and on Monday renewed it" are."""
    return dated_long_past(text, start.year - 1 + LONG_PAST_YEARS)


# a modal or future that looks ahead: such a sentence is never told in a history's past
_AHEAD = re.compile(
    r"(?<![\w-])(?:will|would|could|may|might|shall|can|must|should|expected|plans?|going to)"
    r"(?![\w-])",
    re.I,
)


def names_time(text: str) -> bool:
    """Whether ``text`` names a time of its own: a year, a day of a month, a weekday or a
    day of the news ("yesterday", "this week")."""
    present, _ = _news_of_now()
    return (
        _ANY_YEAR.search(text) is not None
        or _DAY_OF_MONTH.search(text) is not None
        or present.search(text) is not None
    )


def told_in_history(text: str) -> bool:
    """Whether ``text``, standing in a paragraph of history (its dated sentences all
    :func:`dated_long_past`, none of the news's time), belongs to that history: it names no
    time of its own and does not look ahead ("Later, the smaller state complained to the
    council. The council proposed mediation." after "... closed the canal in 1949.")."""
    return not names_time(text) and _AHEAD.search(text) is None


def _past_perfect(text: str) -> bool:
    """Whether the main verb of ``text`` is a past perfect that sets it before the news."""
    return _pluperfect().search(text) is not None and _DATED_PAST.search(text) is None


# what the sources do not know: "it was not immediately clear if ...", "it is unclear
# whether ...", "he did not know yet where ...", "X did not return a message for comment",
# "declined to comment". A gap in the reporting, never a judgment or an indicator.
_UNKNOWN = re.compile(
    r"(?<![\w-])(?:it|this|that)\s+(?:is|was|remains|remained|is\s+still|was\s+still)\s+"
    r"(?:(?:not\s+(?:immediately\s+|yet\s+|entirely\s+)?(?:clear|known))|unclear|unknown)"
    r"|(?<![\w-])(?:did|does|do)\s+not\s+(?:yet\s+|immediately\s+)?know(?![\w-])"
    r"|(?<![\w-])(?:did|does|do)\s+not\s+(?:yet\s+)?(?:say|specify|disclose|explain)\s+"
    r"(?:what|whether|how|when|where|why|who|if)(?![\w-])"
    r"|(?<![\w-])(?:did|does|could)\s+not\s+(?:immediately\s+)?(?:return|respond\s+to|"
    r"reply\s+to|answer)\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:message|request|call|e-?mail|"
    r"question)s?"
    r"|(?<![\w-])(?:could|can|was|were|is|are)\s+not\s+(?:be\s+)?(?:immediately\s+)?"
    r"(?:independently\s+)?(?:determine|verif|confirm|establish)\w*"
    r"|(?<![\w-])(?:declined|refused)\s+to\s+comment(?![\w-])"
    r"|(?<![\w-])could\s+not\s+be\s+reached(?![\w-])"
    r"|(?<![\w-])(?:is|was|are|were)\s+not\s+immediately\s+(?:known|clear|available)",
    re.I,
)
# quoted speech: text between straight or curly double quotes
_QUOTED = re.compile(r'"[^"]+"|“[^”]+”')
_ACRONYM = re.compile(r"\(\s*[A-Z][\w.&'’-]{0,11}\s*\)")
_EVALUATIVE = 0.2  # signal per distinct evaluative word, up to three
RECORD_SIGNAL = -0.5  # below this a statement reads as a fact of record, not a judgment


@dataclass(frozen=True)
class KeySignal:
    value: float
    analytic: bool  # evaluative language and no identity or legal pattern
    event: bool = False  # an event of consequence
    record: bool = False  # identity, definition or legal designation: a fact of record
    procedural: bool = False  # directs the reader elsewhere, or a question: never a statement
    context: bool = False  # does not read on its own (unresolved pronoun, unnamed speaker)
    background: bool = False  # sets the news against earlier events: explains it, is not it
    unknown: bool = False  # says what the sources do not know: a gap, never a judgment
    # mostly a quotation, no analytic language outside it, or a noise bystanders heard
    # (:func:`is_sense_report`) with no event of consequence: colour, not a finding
    quote: bool = False
    # points back after its opening ("... fuel these launches"): a section's body, never its
    # opening statement nor a key judgment
    leans_back: bool = False
    # a party's words the sentence does not attribute (a statement reported sentence by
    # sentence: "No threat will break the Republic."): as a key judgment it would read as the
    # source's own finding, so it never leads
    unnamed_speaker: bool = False
    # a state's major decision told as the sentence's news (:func:`is_decision`), or by the
    # headline its lede tells ("India suspends river treaty"): it and the event it answers
    # are two events
    decision: bool = False
    # an act reported as having done nothing ("fired two missiles without effect"): little
    # consequence to lead on
    null_outcome: bool = False
    # says who or what something is (a role, a definition, a kind of place): it describes,
    # it reports nothing that happened, so it neither supports a report nor is supported by one
    identity: bool = False
    # names a diffuse effect rather than an act ("could influence the tactical landscape",
    # "raises critical concerns"): without a figure of consequence beside it, little to lead on
    vague: bool = False
    # the part of ``value`` that counts evaluative words beyond the first: in the bottom line
    # a sentence's news, consequence and source grade weigh more than its vocabulary
    wordiness: float = 0.0
    # a decisive event told in the present perfect as the sentence's own news ("the regime
    # has fallen", "rebels have forced the president to resign"): consequence, whatever its
    # length or its want of evaluative words
    decisive: bool = False


def key_signal(
    text: str, analytic_section: bool, probabilistic: bool, short_forms: Collection[str] = ()
) -> KeySignal:
    """The signal of ``text``; ``analytic_section``: it sits in a section whose outline role
    is not ``situation`` (analysis, outlook, verdict), which lifts it a little."""
    words = len(text.split())
    analytic_hits = len({m.group(1).lower() for m in _ANALYTIC.finditer(text)})
    event_hits = len({m.group(1).lower() for m in _CONSEQUENCE.finditer(text)})
    identity = (
        _IDENTITY.search(text) is not None
        or _DEFINITION.search(text) is not None
        or _describes_place(text)
    )
    # a bracketed acronym ("(OFAC)") names the body the sentence is about: no legal language
    legal = len({m.group(1).lower() for m in _LEGAL.finditer(_ACRONYM.sub(" ", text))})
    # a question ("Why does it matter?") asks, it states nothing: never a statement
    procedural = _PROCEDURAL.search(text) is not None or is_question(text)
    # lists of figures or names in brackets read as record, not judgment; a bracketed
    # acronym or short form ("(OFAC)", "(DPRK)") is no aside
    asides = text.count("(") - len(_ACRONYM.findall(text))
    value = _EVALUATIVE * min(analytic_hits, 3) + 0.1 * min(event_hits, 2)
    value += 0.3 if probabilistic else 0.0
    value += 0.1 if analytic_section else 0.0
    value -= 1.5 if identity else 0.0
    value -= 0.4 * min(legal, 3)
    value -= 0.15 * min(asides, 4)
    value -= 1.5 if procedural else 0.0
    if words > 60:
        value -= 0.9
    elif words > 45:
        value -= 0.5
    analytic = (analytic_hits > 0 or probabilistic) and not identity and not legal
    context = needs_context(text, short_forms)
    record = identity or _LEGAL_RECORD.search(text) is not None or value < RECORD_SIGNAL
    return KeySignal(
        round(value, 6),
        analytic and not procedural,
        event=event_hits > 0 and not record and not procedural,
        record=record or procedural,
        procedural=procedural,
        context=context,
        background=_BACKGROUND.search(text) is not None
        or _past_perfect(text)
        or _long_past_background(text),
        unknown=_UNKNOWN.search(text) is not None,
        # mostly quoted, the analytic words (if any) only inside a quotation that speaks for
        # the speaker's side: a party's rhetoric ('said the redeployment "represents a critical
        # step in reinforcing our resolve"'), no finding
        # a noise bystanders heard, with no event of consequence: colour too
        quote=(is_sense_report(text) and not event_hits)
        or quote_share(text) >= 0.5
        and not (
            # (analytic by its evaluative words or a hedge of the writer's own, not by the
            # speaker's hedge or a modal of perception alone)
            analytic
            and (analytic_hits > 0 or writer_hedges(text))
            and (
                # the writer's own estimate: a hedge outside the quotation, not the speaker's
                # ("may be unbearable" inside it) nor a perception ("could be heard")
                (probabilistic and writer_hedges(text))
                or _ANALYTIC.search(_QUOTED.sub(" ", text)) is not None
                or not _speaks_for_a_side(text)
            )
        ),
        leans_back=refers_back(text),
        identity=identity,
        vague=names_vague_effect(text),
        null_outcome=is_null_outcome(text),
        decision=is_decision(text),
        wordiness=round(_EVALUATIVE * max(0, min(analytic_hits, 3) - 1), 6),
        decisive=not context and is_decisive_event(text),
    )


def key_judgment_signal(
    text: str, *, analytic_section: bool = False, probabilistic: bool = False
) -> float:
    """How much ``text`` reads as a bottom-line judgment rather than a fact of record.

    Rewards evaluative language (assess, likely, signals, risks, escalation, ...), events
    of consequence (deployed, killed, launched, ...), probabilistic language and the
    analytic sections (``analytic_section``: an outline role other than situation); penalises identity or definitional sentences ("X is the head of",
    "Name (N) is a ..."), legal designation language ("pursuant to", "E.O."), text that
    directs the reader elsewhere ("please see", "click here") and very long sentences.
    """
    return key_signal(text, analytic_section, probabilistic).value


def is_background(text: str) -> bool:
    """Whether ``text`` sets a report's news against earlier events ("The attack comes days
    after ...", "The strikes came a day after ...", "The rebels have been targeting ships
    since mid-November", "Trump had boasted that ...": a past perfect as the main verb)
    rather than reporting the news itself."""
    return (
        _BACKGROUND.search(text) is not None or _past_perfect(text) or _long_past_background(text)
    )


@cache
def _decisive() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a present perfect of a decisive event, a conjunction that makes a clause subordinate):
    ``decisive_events`` of ``data/judgments.yaml``."""
    data = load_data("judgments.yaml")["decisive_events"]
    adverbs = alternation(str(w) for w in data["adverbs"])
    participles = alternation(str(w) for w in data["participles"])
    outcomes = alternation(str(w) for w in data["forced_to"])
    subordinators = alternation(str(w) for w in data["subordinators"])
    perfect = re.compile(
        rf"(?<![\w-])(?:has|have)\s+(?:(?:{adverbs})\s+)?(?:been\s+)?"
        rf"(?:(?:{participles})|forced\s+(?:[\w'’.-]+\s+){{0,6}}?to\s+(?:{outcomes}))(?![\w'’-])",
        re.I,
    )
    return perfect, re.compile(rf"(?<![\w-])(?:{subordinators})(?![\w'’-])", re.I)


@cache
def _not_decisive() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a measure after an outcome, a measure as its subject, a negated subject, hearsay or a
    denial before it): ``decisive_events`` of ``data/judgments.yaml``."""
    data = load_data("judgments.yaml")["decisive_events"]
    lead = alternation(str(w) for w in data["measure_lead"])
    words = alternation(str(w) for w in data["measure_words"])
    subjects = alternation(str(w) for w in data["measure_subjects"])
    negated = alternation(str(w) for w in data["negated_subjects"])
    hearsay = alternation(str(w) for w in data["hearsay"])
    return (
        re.compile(rf"\s*(?:(?:{lead})\s+)*(?:\d|(?:{words})(?![\w'’-]))", re.I),
        re.compile(
            rf"(?<![\w-])(?:{subjects})(?:\s*$|\s+(?:of|to|in|from|for|on|at)(?![\w'’-]))", re.I
        ),
        re.compile(rf"^\W*(?:{negated})(?![\w'’-])", re.I),
        re.compile(rf"(?<![\w-])(?:{hearsay})(?![\w'’-])", re.I),
    )


@cache
def _outcome() -> re.Pattern[str]:
    """A decisive outcome told in any tense: the participles and past forms of
    ``decisive_events`` (data/judgments.yaml), or "forced ... to" and an outcome. Not the
    past of an outcome used of something else ("fell ill": ``not_outcome_after``)."""
    data = load_data("judgments.yaml")["decisive_events"]
    verbs = alternation(str(w) for w in [*data["participles"], *data["past"]])
    outcomes = alternation(str(w) for w in data["forced_to"])
    other = alternation(str(w) for w in data["not_outcome_after"])
    return re.compile(
        rf"(?<![\w-])(?:{verbs}|forced\s+(?:[\w'’.-]+\s+){{0,6}}?to\s+(?:{outcomes}))"
        rf"(?![\w'’-])(?!\s+(?:{other})(?![\w'’-]))",
        re.I,
    )


def reports_outcome(text: str) -> bool:
    """Whether ``text`` reports a decisive outcome by its verb, in any tense: "rebels have
    forced the president to resign", "rebels announced they had ousted the president", "the
    president fled". A noun does not ("the fall of the president is a blow to ...": what
    the outcome means, not the outcome)."""
    return _outcome().search(text) is not None


@cache
def _outcome_roles() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(the outcomes done to a person, the auxiliaries and adverbs between a subject and its
    outcome, the words before an object's name): ``decisive_events`` of data/judgments.yaml."""
    data = load_data("judgments.yaml")["decisive_events"]
    between = alternation(str(w) for w in [*data["auxiliaries"], *data["adverbs"]])
    lead = alternation(str(w) for w in data["object_lead"])
    return (
        frozenset(str(w).lower() for w in data["transitive"]),
        re.compile(rf"(?:\s+(?:{between}))*\s*$", re.I),
        re.compile(rf"\s+(?:(?:{lead}|[A-Z][\w.'’-]*)\s+){{0,4}}?", re.I),
    )


def _name_forms(name: str) -> list[str]:
    """A person's full name and, when it has two words or more, its last word, also without
    a lower-case particle joined by a hyphen ("Bashar al-Assad": "al-Assad", "Assad")."""
    words = name.split()
    if len(words) < 2:
        return [name]
    forms = [name, words[-1]]
    particle = re.match(r"[a-z]+[-‐](\w.*)$", words[-1])
    return [*forms, particle.group(1)] if particle else forms


def outcome_persons(text: str, names: Collection[str]) -> set[str]:
    """The ``names`` (persons' names, full: "Tomas Orlov") whose own decisive outcome ``text``
    reports (:func:`reports_outcome`): the person is the outcome's subject ("President Tomas
    Orlov has resigned", "Orlov fled", "Orlov has been ousted") or, for an outcome done to a
    person, its object ("rebels ousted President Tomas Orlov", "forced Orlov to resign"). A
    name is matched whole or by its last word. A person only named beside an outcome is not
    ("Markets fell after President Orlov announced tariffs": the markets fell)."""
    transitive, between, lead = _outcome_roles()
    found: set[str] = set()
    for m in _outcome().finditer(text):
        verb = m.group(0).split()[0].lower()
        before = between.sub("", text[: m.start()])
        after = text[m.start() + len(verb) :]
        for name in names:
            for form in _name_forms(name):
                pattern = re.escape(form)
                if re.search(rf"(?<![\w'’-]){pattern}$", before) or (
                    verb in transitive
                    and re.match(rf"{lead.pattern}{pattern}(?![\w'’-])", after, re.I)
                ):
                    found.add(name)
    return found


def _phrases(words: Collection[object]) -> str:
    """An alternation of ``words`` (phrases of a word list in data/) whose spaces match any
    run of whitespace."""
    return alternation(str(w) for w in words).replace(r"\ ", r"\s+")


@cache
def _decisive_act() -> re.Pattern[str]:
    """A decisive military or diplomatic act in the past or the present perfect: strikes
    carried out, a ship sunk, a place taken, a ceasefire agreed, the parties agreed to halt the
    fighting (``decisive_events`` of ``data/judgments.yaml``: ``act_verbs``, ``act_nouns``,
    ``halt_openers``, ``halt_verbs``, ``halt_objects``, ``sunk``, ``taken``,
    ``taken_objects``, ``fell_to``, ``withdraw_verbs``, ``withdraw_nouns``)."""
    data = load_data("judgments.yaml")["decisive_events"]
    verbs = _phrases(data["act_verbs"])
    nouns = _phrases(data["act_nouns"])
    fillers = alternation(str(w) for w in data["act_fillers"])
    sunk = alternation(str(w) for w in data["sunk"])
    taken = alternation(str(w) for w in data["taken"])
    objects = _phrases(data["taken_objects"])
    fell = _phrases(data["fell_to"])
    withdraw = _phrases(data["withdraw_verbs"])
    forces = alternation(str(w) for w in data["withdraw_nouns"])
    # not a deal recalled by its year ("the truce agreed in 2014 has largely held"); what
    # the deal is about may stand between the noun and its participle ("a deal to end the war
    # was signed": ``agreed_links``, no word of ``agreed_link_stops``; round kj21)
    link_word = rf"(?!(?:{alternation(str(w) for w in data['agreed_link_stops'])})(?![\w'’-]))"
    agreed = (
        rf"(?i:{_phrases(data['agreed_nouns'])})"
        rf"(?:\s+(?:{_phrases(data['agreed_links'])})(?:\s+{link_word}[\w'’.-]+){{1,6}}?)?\s+"
        rf"(?:(?:{_phrases(data['agreed_auxiliaries'])})\s+)?"
        rf"(?:{_phrases(data['agreed_participles'])})"
        rf"(?!\s+{_YEAR_AFTER})"
    )
    gave_up = alternation(str(w) for w in data["gave_up"])
    # an agreement to stop the fighting ("have agreed to immediately halt cross-border
    # military exchanges"): a truce told by its verb
    halted = (
        rf"(?:{_phrases(data['halt_openers'])})\s+"
        rf"(?:(?:{_phrases(data['halt_adverbs'])})\s+)?(?:{_phrases(data['halt_verbs'])})\s+"
        rf"(?:(?!(?:{fillers})(?![\w'’-]))[\w'’.,-]+\s+){{0,3}}?"
        rf"(?:{_phrases(data['halt_objects'])})"
    )
    return re.compile(
        rf"(?<![\w-])(?:(?:{verbs})\s+(?:(?!(?:{fillers})(?![\w'’-]))[\w'’.,-]+\s+){{0,3}}?"
        rf"(?:{nouns})"
        rf"|{agreed}"
        rf"|{halted}"
        rf"|{_war_over_source(data)}"
        rf"|{_talks_failed_source(data)}"
        rf"|{_leader_killed_source(data)}"
        rf"|{_leader_detained_source(data)}"
        rf"|{_disarm_source(data)}"
        rf"|(?i:{_phrases(data['disarm_agreed'])})"
        rf"|{_disarm_event_source(data)}"
        rf"|(?:{gave_up})"
        rf"|{_decision_source(data)}"
        rf"|(?:{withdraw})\s+(?:(?!(?:{fillers})(?![\w'’-]))[\w'’.,-]+\s+){{0,3}}?(?:{forces})"
        rf"|(?:{sunk})"
        rf"|(?:{taken})\s+(?:(?:{objects})|(?:the\s+)?[A-Z][\w'’-]+)"
        rf"|(?:{taken})\s+{_place_of_kind(data)}"
        rf"|(?:{fell})"
        rf"|{_air_strike_source(data)})(?![\w'’-])"
    )


# a year after an event's verb: "in 2014", "since March 2019" (the event recalled, no news)
_YEAR_AFTER = r"(?:in|since)\s+(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d(?!\d)"
# a clause's start: the sentence's, or after a comma, a semicolon or a colon
_CLAUSE_START = r"(?:^|(?<=[,;:]))\s*"


def _subject_lead(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of what may open a clause before its subject's head noun:
    "the" (or "a", "their", "its") and up to two words, none a subordinator ("When the war
    ended, ...": no subject of a main clause) nor one of ``subject_lead_stops`` ("talks on
    disarmament began": the talks are the subject); ``decisive_events`` of
    data/judgments.yaml (round kj21)."""
    stops = alternation(str(w) for w in [*data["subordinators"], *data["subject_lead_stops"]])
    return (
        rf"(?i:(?:the|a|an|their|its)\s+)?"
        rf"(?:(?!(?i:{stops})(?![\w'’-]))[\w'’-]+\s+){{0,2}}?"
    )


def _place_of_kind(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of a place named by its kind: "the", "a" or "an", up to
    three words (none of ``referent_modifier_stops`` of data/judgments.yaml), then one of
    ``taken_kinds`` of ``decisive_events`` ("a key eastern city", "the strategic hilltop
    town"; round kj21)."""
    stops = alternation(str(w) for w in load_data("judgments.yaml")["referent_modifier_stops"])
    return (
        rf"(?:the|a|an)\s+(?:(?!(?i:{stops})(?![\w'’-]))[\w'’-]+\s+){{0,3}}?"
        rf"(?:{_phrases(data['taken_kinds'])})"
    )


def _war_over_source(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of a war told as over, as the subject of its clause: one of
    ``war_nouns`` (after :func:`_subject_lead`), perhaps one of ``war_noun_links`` and up to
    six words, then one of ``war_end_verbs`` at the end of its clause or before one of
    ``war_end_after`` ("The eight-year war between Dorvia and Kestan ended on Sunday", "the
    war is over"), not dated to a year ("ended in 1995"); ``decisive_events`` of
    data/judgments.yaml (round kj21)."""
    return (
        rf"{_CLAUSE_START}{_subject_lead(data)}(?i:{_phrases(data['war_nouns'])})"
        rf"(?:\s+(?:{_phrases(data['war_noun_links'])})(?:\s+[\w'’.-]+){{1,6}}?)?\s+"
        rf"(?:{_phrases(data['war_end_verbs'])})"
        rf"(?=\s*(?:[,.;:!?]|$)|\s+(?i:{_phrases(data['war_end_after'])})(?![\w'’-]))"
        rf"(?!\s+{_YEAR_AFTER})"
    )


def _talks_failed_source(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of talks told as failed: one of ``talks_nouns`` as the
    subject of its clause (after the clause's start or "that", and :func:`_subject_lead`),
    perhaps one of ``talks_noun_links`` and up to eight words, then one of
    ``talks_fail_verbs``, perhaps in quotation marks, and not "failed to" ("The talks in
    Vellmar collapsed on Friday", "said that the talks are \"over\""); or one of
    ``talks_fail_reports``, "the", one of ``talks_fail_nouns``, "of", up to five words and one
    of ``talks_nouns`` ("confirmed the collapse of four days of talks"); ``decisive_events``
    of data/judgments.yaml (round trialA26)."""
    talks = _phrases(data["talks_nouns"])
    return (
        rf"(?:{_CLAUSE_START}|(?<![\w-])that\s+"
        # a reported clause with no "that" (round revB26): "Mediators said the talks had failed"
        rf"|(?<![\w-])(?:{_phrases(data['talks_said_verbs'])})\s+)"
        # talks named by a year ("The 2014 talks collapsed ...") are history (round revB26)
        rf"(?![Tt]he\s+[12]\d{{3}}\s){_subject_lead(data)}(?<![12]\d{{3}}\s)(?i:{talks})"
        rf"(?:\s+(?:{_phrases(data['talks_noun_links'])})(?:\s+[\w'’.–-]+){{1,8}}?)?\s+"
        rf"(?:(?:{_phrases(data['talks_fail_verbs'])})[\"”’']?"
        rf"|(?:are|is|were|was)\s+[\"“‘']over[\"”’'])(?!\s+to\s)(?!\s+{_YEAR_AFTER})"
        rf"|(?:{_phrases(data['talks_fail_reports'])})\s+the\s+"
        rf"(?:{_phrases(data['talks_fail_nouns'])})\s+of\s+(?:[\w'’.–-]+\s+){{0,5}}?(?:{talks})"
    )


def _disarm_event_source(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of a disarmament told by its noun as the subject of its
    clause: one of ``disarm_events`` (after :func:`_subject_lead`), perhaps one of
    ``disarm_event_links`` and up to six words, then one of ``disarm_event_verbs`` ("The
    handover of weapons by the militia began on Monday"); ``decisive_events`` of
    data/judgments.yaml (round kj21)."""
    return (
        rf"{_CLAUSE_START}{_subject_lead(data)}(?i:{_phrases(data['disarm_events'])})"
        rf"(?:\s+(?:{_phrases(data['disarm_event_links'])})(?:\s+[\w'’.-]+){{1,6}}?)?\s+"
        rf"(?:{_phrases(data['disarm_event_verbs'])})"
        # not began to do something else ("The handover of weapons began to slow"; revB21)
        r"(?!\s+to\s)"
    )


@cache
def _talks_failed() -> re.Pattern[str]:
    """Talks told as failed (:func:`_talks_failed_source`), as a pattern."""
    return re.compile(_talks_failed_source(load_data("judgments.yaml")["decisive_events"]))


@cache
def _other_talks() -> re.Pattern[str]:
    """Talks of another kind than the fighting's: one of ``deal_other_kinds`` right before
    one of ``talks_nouns`` ("the trade talks", "wage negotiations"); ``decisive_events`` of
    data/judgments.yaml (round trialA26)."""
    data = load_data("judgments.yaml")["decisive_events"]
    return re.compile(
        rf"(?<![\w-])(?:{_phrases(data['deal_other_kinds'])})\s+(?:{_phrases(data['talks_nouns'])})"
        rf"(?![\w'’-])",
        re.I,
    )


@cache
def _war_over() -> re.Pattern[str]:
    """A war told as over (:func:`_war_over_source`), as a pattern."""
    return re.compile(_war_over_source(load_data("judgments.yaml")["decisive_events"]))


@cache
def _war_object() -> re.Pattern[str]:
    """One of ``war_nouns`` ending an act ("agreed to end the war"): ``decisive_events`` of
    data/judgments.yaml (round kj21)."""
    words = _phrases(load_data("judgments.yaml")["decisive_events"]["war_nouns"])
    return re.compile(rf"(?<![\w-])(?:{words}|wars)$", re.I)


@cache
def _other_war() -> re.Pattern[str]:
    """A "war" of another kind: one of ``war_other_kinds`` before it ("the price war") or one
    of ``war_idioms`` after it ("the war of words"); ``decisive_events`` of
    data/judgments.yaml (round kj21)."""
    data = load_data("judgments.yaml")["decisive_events"]
    return re.compile(
        rf"(?<![\w-])(?:{_phrases(data['war_other_kinds'])})\s+wars?(?![\w'’-])"
        rf"|(?<![\w-])(?:wars?|conflicts?)\s+(?:{_phrases(data['war_idioms'])})(?![\w'’-])"
        # a war named as a proper noun (round revB21): "the Korean War", "the Cold War"
        rf"|(?<![\w-])(?-i:(?!The\s|A\s|An\s)[A-Z][\w'’-]*\s+Wars?)(?![\w'’-])",
        re.I,
    )


@cache
def _proposal_act() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(one of ``proposal_nouns`` in an act, one of ``proposal_taken`` opening it):
    ``decisive_events`` of data/judgments.yaml (round revB21)."""
    data = load_data("judgments.yaml")["decisive_events"]
    return (
        re.compile(rf"(?<![\w-])(?:{_phrases(data['proposal_nouns'])})(?![\w'’-])", re.I),
        re.compile(rf"(?:{_phrases(data['proposal_taken'])})(?![\w'’-])", re.I),
    )


# an aircraft's designation: "F-16s", "Su-25", "MiG-29", "B-52s"
_AIRCRAFT = r"[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?s?"


def _air_strike_source(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of a state's air or missile strike told by its weapon: one
    of ``air_power`` or an aircraft's designation ("F-16s"), perhaps with more such words
    ("F-16 fighter jets"), then an auxiliary or adverb or none, then one of ``strike_verbs``
    ("Ostland Air Force F-16s struck Karsian positions"); or air power used to strike ("used
    F-16 fighter jets to bomb targets": ``strike_infinitives``). ``decisive_events`` of
    data/judgments.yaml. Not the weapon as the object of a participle ("Ostland jets
    attacked by Karsian missiles returned": a "by" within four words after the verb), a verb
    of no strike (``strike_not_objects`` right after it: "the Air Force hit its target for the
    year", "hit back at critics"), nor an accident (``air_accidents`` after the verb: "a cargo
    aircraft hit the runway lights while landing", "struck a power line and crashed"; round
    revC19)."""
    air = rf"(?:(?i:{_phrases(data['air_power'])})|{_AIRCRAFT})"
    weapon = rf"{air}(?:\s+{air})*"
    verbs = _phrases(data["strike_verbs"])
    infinitives = alternation(str(w) for w in data["strike_infinitives"])
    not_objects = _phrases(data["strike_not_objects"])
    accidents = _phrases(data["air_accidents"])
    struck = (
        rf"(?:{verbs})(?![\w'’-])"
        rf"(?!\s+(?:[\w'’.-]+\s+){{0,3}}?by(?![\w'’-]))"
        rf"(?!\s+(?i:{not_objects})(?![\w'’-]))"
        rf"(?![^.;]*?(?<![\w-])(?i:{accidents})(?![\w'’-]))"
    )
    return (
        rf"(?:{weapon}\s+(?:(?:also|reportedly|then|again|later)\s+)?{struck}"
        rf"|used\s+(?:[\w'’.-]+\s+){{0,4}}?{weapon}\s+to\s+(?:{infinitives}))"
    )


@cache
def _coercion() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a state's threat of a measure, a condition that names the fighting):
    ``threat_openers``, ``coercion_measures``, ``coercion_objects`` with ``decision_nouns``,
    ``coercion_conditions`` and ``coercion_aims`` of ``decisive_events`` in
    data/judgments.yaml."""
    data = load_data("judgments.yaml")["decisive_events"]
    openers = _phrases(data["threat_openers"])
    measures = _phrases(data["coercion_measures"])
    objects = _phrases([*data["coercion_objects"], *data["decision_nouns"]])
    fillers = alternation(str(w) for w in data["act_fillers"])
    conditions = _phrases(data["coercion_conditions"])
    aims = _phrases(data["coercion_aims"])
    threat = re.compile(
        rf"(?<![\w-])(?:{openers})\s+(?:(?:also|immediately|jointly)\s+)?(?:{measures})\s+"
        rf"(?:(?!(?:{fillers})(?![\w'’-]))[\w'’.-]+\s+){{0,3}}?(?:{objects})(?![\w'’-])",
        re.I,
    )
    condition = re.compile(
        rf"(?<![\w-])(?:{conditions})\s+(?:[\w'’.-]+\s+){{0,8}}?(?:{aims})(?![\w'’-])", re.I
    )
    return threat, condition


def coercive_threat(text: str) -> bool:
    """Whether ``text`` tells a state's coercive diplomacy to end a war as its news: a threat
    of a measure (trade talks suspended, tariffs imposed, aid cut) on a condition that names
    the fighting ("Westmark told both governments it would suspend trade negotiations with
    them unless they stopped the fighting"). Not negated, hearsay or a demand, and reading on
    its own; a threat with no condition on the fighting ("will impose tariffs on steel") is
    not."""
    if needs_context(text) or is_demand(text):
        return False
    threat, condition = _coercion()
    _, _, _, hearsay = _not_decisive()
    for m in threat.finditer(text):
        before = text[: m.start()]
        if hearsay.search(before) or re.search(r"(?<![\w-])(?:not|never|no)\s+$", before, re.I):
            continue
        if condition.search(text, m.end()):
            return True
    return False


@cache
def _leader_killed() -> re.Pattern[str]:
    """A leader killed or taken (:func:`_leader_killed_source`,
    :func:`_leader_detained_source`), as a pattern."""
    data = load_data("judgments.yaml")["decisive_events"]
    return re.compile(rf"{_leader_killed_source(data)}|{_leader_detained_source(data)}")


def _leader_detained_source(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of a leader taken by an armed body: one of
    ``leader_captors``, up to three words, one of ``leader_detained``, up to four names,
    possessives or ``leader_modifiers``, then one of ``leader_nouns`` or
    ``detained_leader_nouns`` ("border guards detained the former state minister";
    ``decisive_events`` of data/judgments.yaml)."""
    leaders = _phrases([*data["leader_nouns"], *data["detained_leader_nouns"]])
    name = r"[A-Z][\w'’.-]*"
    modifier = rf"(?:{name}|[\w-]+['’]s?|{_phrases(data['leader_modifiers'])})"
    return (
        rf"(?i:{_phrases(data['leader_captors'])})(?:\s+[\w'’.-]+){{0,3}}?\s+"
        rf"(?:{_phrases(data['leader_detained'])})\s+(?:{modifier}\s+){{0,4}}?(?i:{leaders})"
    )


def _disarm_source(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of a force's arms given up: one of ``disarm_subjects``, up
    to six words, one of ``disarm_past`` or one of ``disarm_starts`` and one of
    ``disarm_acts``, up to three words, then one of ``disarm_nouns`` ("the armed forces of
    the enclave have begun to hand over weapons"; ``decisive_events`` of
    data/judgments.yaml)."""
    fillers = alternation(str(w) for w in data["act_fillers"])
    act = (
        rf"(?:(?:{_phrases(data['disarm_past'])})"
        rf"|(?:{_phrases(data['disarm_starts'])})\s+(?:{_phrases(data['disarm_acts'])}))"
    )
    return (
        rf"(?i:{_phrases(data['disarm_subjects'])})(?:\s+[\w'’.-]+){{0,6}}?\s+{act}\s+"
        rf"(?:(?!(?:{fillers})(?![\w'’-]))[\w'’.,-]+\s+){{0,3}}?(?i:{_phrases(data['disarm_nouns'])})"
        # not the head of a compound ("gave up its artillery positions": a place given up;
        # ``disarm_noun_compounds``, round revB21)
        rf"(?![\w'’-])(?!\s+(?i:{_phrases(data['disarm_noun_compounds'])})(?![\w'’-]))"
    )


def _leader_killed_source(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of a leader killed: one of ``leader_nouns``, up to four
    capitalised words (the name), then one of ``leader_killed`` ("Hezbollah chief Hassan
    Nasrallah was killed"); or one of ``killed_leader``, up to four names, possessives or
    ``leader_modifiers``, then a leader noun ("the strike killed the group's top commander")
    (``decisive_events`` of data/judgments.yaml)."""
    leaders = _phrases(data["leader_nouns"])
    name = r"[A-Z][\w'’.-]*"
    modifier = rf"(?:{name}|[\w-]+['’]s?|{_phrases(data['leader_modifiers'])})"
    # (round kj21) the leader's post ("commander of the 5th Brigade") and an apposition
    # (", General Ivo Pran,", ", who led the eastern front,") before the killing, no word of
    # ``leader_complement_stops`` in them
    stops = alternation(str(w) for w in data["leader_complement_stops"])
    word = rf"(?!(?i:{stops})(?![\w'’-]))[\w'’.-]+"
    post = rf"(?:\s+of\s+(?:{word}\s+){{0,3}}?{word})?"
    apposition = (
        rf"(?:,\s+(?:who\s+(?:[\w'’.-]+\s+){{0,6}}?[\w'’.-]+|(?:{word}\s+){{0,5}}?{word}),)?"
    )
    killed = _phrases([*data["leader_killed"], *data["leader_died"]])
    return (
        rf"(?:(?i:{leaders}){post}(?:\s+{name}){{0,4}}{apposition},?\s+(?:{killed})"
        rf"|(?:{_phrases(data['killed_leader'])})\s+(?:{modifier}\s+){{0,4}}(?i:{leaders}))"
    )


def _decision_source(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of a state's major decision: one of ``decision_verbs``,
    up to three words (not ``act_fillers``), then one of ``decision_nouns``
    (``decisive_events`` of data/judgments.yaml); or an embassy's staff ordered out: one of
    ``order_verbs``, one of ``departure_nouns``, then one of ``departing_staff``; or a decree
    to end a state or its bodies: ``decree_verbs``, ``decree_nouns``, ``decree_aims``."""
    verbs = _phrases(data["decision_verbs"])
    nouns = _phrases(data["decision_nouns"])
    fillers = alternation(str(w) for w in data["act_fillers"])
    act = (
        rf"(?:{verbs})\s+(?:(?!(?:{fillers})(?![\w'’-]))[\w'’.,-]+\s+){{0,3}}?"
        rf"(?i:{nouns})(?:s|es)?"
    )
    if data.get("sanction_verbs"):
        act = rf"(?:{act}|{_sanction_source(data)})"
    if data.get("decree_verbs"):
        # a decree to end a state or its bodies ("signed a decree to dissolve all state
        # institutions")
        act = (
            rf"(?:{act}|(?:{_phrases(data['decree_verbs'])})\s+(?:[\w'’.,-]+\s+){{0,3}}?"
            rf"(?i:{_phrases(data['decree_nouns'])})\s+(?:to|on|for)\s+(?:the\s+)?"
            rf"(?i:{_phrases(data['decree_aims'])})"
            # ... of a state or one of its bodies ("all state institutions", "the army"), not
            # of anything else ("to abolish parking fees", "to disband the school choir"); a
            # look ahead, so the act still ends at its aim ("... by 1 January" after the body
            # is no part of it)
            rf"(?=\s+(?:[\w'’,-]+\s+){{0,4}}?(?i:{_phrases(data['decree_targets'])})"
            r"(?![\w'’-])))"
        )
    if not data.get("order_verbs"):
        return act
    # an embassy's staff ordered out: the order, its noun, then the embassy's people
    orders = _phrases(data["order_verbs"])
    departures = _phrases(data["departure_nouns"])
    staff = _phrases(data["departing_staff"])
    return (
        rf"(?:{act}|(?:{orders})\s+(?:[\w'’.,-]+\s+){{0,3}}?(?:{departures})"
        rf"(?:\s+[\w'’.,-]+){{0,6}}?\s+(?:{staff}))"
    )


def _sanction_source(data: Mapping[str, Any]) -> str:
    """The pattern (source text) of sanctions imposed (round kj21): one of
    ``sanction_verbs``, up to four words (none of ``sanction_stops``: "announced it was
    considering sanctions" is no decision), then one of ``sanction_nouns``; one of
    ``sanction_nouns`` (perhaps one of ``sanction_links`` and up to six words) told in the
    passive with one of ``sanction_participles`` ("new sanctions were imposed by the US and
    the EU"), or as the subject of its clause with its participle and "by", "on" or
    "against" ("Sanctions imposed by the US and the EU on Monday target ..."); "sanctioned"
    (not an adjective: "the sanctioned entities") or "is sanctioning" and up to four words
    before one of ``sanction_targets`` ("sanctioned nine individuals and seven entities"), or
    such targets "were sanctioned". None dated to a year ("imposed on Karsia in 2014");
    ``decisive_events`` of data/judgments.yaml."""
    verbs = _phrases(data["sanction_verbs"])
    nouns = _phrases(data["sanction_nouns"])
    participles = _phrases(data["sanction_participles"])
    links = _phrases(data["sanction_links"])
    targets = _phrases(data["sanction_targets"])
    stop = rf"(?!(?i:{alternation(str(w) for w in data['sanction_stops'])})(?![\w'’-]))"
    undated = rf"(?![^.;]*?(?<![\w-]){_YEAR_AFTER})"
    passive = r"(?:was|were|has\s+been|have\s+been)"
    # (round revB21) not the head of a compound ("announced sanctions exemptions for aid
    # groups"), and a day of the news before the clause's own verb ("Sanctions imposed on
    # Karsia were lifted on Monday" dates the lifting)
    # ... nor the subject of a clause after the verb ("announced sanctions would be lifted")
    compound = (
        rf"(?!\s+(?i:{_phrases(data['sanction_compounds'])})(?![\w'’-]))"
        rf"(?!\s+(?:{_phrases(data['sanction_clause_verbs'])})(?![\w'’-]))"
    )
    unverbed = r"(?:(?!(?<![\w-])(?:is|are|was|were|has|have|had)(?![\w'’-]))[^.;])"
    return (
        rf"(?:(?:{verbs})\s+(?:{stop}[\w'’.,-]+\s+){{0,4}}?(?i:{nouns})(?![\w'’-]){compound}"
        rf"{undated}"
        rf"|(?i:{nouns})(?:\s+(?:{links})(?:\s+{stop}[\w'’.-]+){{1,6}}?)?\s+{passive}\s+"
        rf"(?:{participles})(?![\w'’-]){undated}"
        rf"|{_CLAUSE_START}(?i:(?:the|new|fresh|further|additional|sweeping|tough|tougher)\s+)"
        rf"{{0,3}}(?i:{nouns})\s+(?:{participles})\s+(?:by|on|against)(?![\w'’-]){undated}"
        # ... as the subject, only with a day of the news ("Sanctions imposed by the US on
        # Monday target ..."): "Sanctions imposed by the West have failed to stop the war"
        # weighs old sanctions
        rf"(?={unverbed}*?(?i:{_news_of_now()[0].pattern}))"
        rf"|(?<!the\s)(?<!The\s)(?<!any\s)(?<!all\s)(?:sanctioned|(?:is|are)\s+sanctioning)\s+"
        rf"(?:{stop}[\w'’.,-]+\s+){{0,4}}?(?i:{targets})(?![\w'’-]){undated}"
        rf"|(?i:{targets})\s+{passive}\s+sanctioned(?![\w'’-]){undated})"
    )


@cache
def _decision() -> re.Pattern[str]:
    """A state's major decision (:func:`_decision_source`), any case."""
    data = load_data("judgments.yaml")["decisive_events"]
    return re.compile(rf"(?<![\w-])(?:{_decision_source(data)})(?![\w'’-])", re.I)


def is_decision(text: str) -> bool:
    """Whether ``text`` tells a state's major decision as its own news ("Ostland has
    suspended the river accord with Karsia", "the cabinet expelled the Karsian advisers and
    closed the border crossing", "imposed sanctions on three banks"): in its main clause,
    not negated, hearsay or a demand ("called on Ostland to close its embassy"), and reading
    on its own."""
    if needs_context(text) or is_demand(text):
        return False
    return any(_main_clause_event(text, m.start(), m.end()) for m in _decision().finditer(text))


def decision_domain(text: str) -> str | None:
    """The domain (:func:`~briefbook.assessment.situation.domain_of`) of the state's major
    decision ``text`` tells as its own news (:func:`is_decision`), read from the decision
    alone ("suspended the river accord": political and diplomatic; "imposed sanctions":
    economic and sanctions), not from the event it answers ("after the attack killed 31");
    None when ``text`` tells no decision or the decision names no domain."""
    if needs_context(text) or is_demand(text):
        return None
    for m in _decision().finditer(text):
        if _main_clause_event(text, m.start(), m.end()):
            domain = domain_of(m.group(0))
            if domain is not None:
                return domain
    return None


def decisive_domain(text: str) -> str | None:
    """The domain (:func:`~briefbook.assessment.situation.domain_of`) of the decisive act
    ``text`` tells as its own news (:func:`is_decisive_event`), read from the act alone ("the
    deal reached today": political and diplomatic, whatever fighting it ends; "was killed in
    a strike": military); None when ``text`` tells no decisive act or the act names no
    domain."""
    if needs_context(text) or labour_dispute(text):
        return None
    perfect, _ = _decisive()
    for pattern in (perfect, _decisive_act()):
        for m in pattern.finditer(text):
            if _main_clause_event(text, m.start(), m.end()) and not _no_act_of_war(text, m):
                # a deal about the fighting (the only bare deal that is decisive) is diplomacy,
                # and so is a war's end, agreed or told (round kj21: "agreed to end the war",
                # "the war between Dorvia and Kestan ended on Sunday")
                bare = _no_war_patterns()[0]
                act = m.group(0)
                if _war_over().search(act) or _war_object().search(act):
                    return "political"
                domain = domain_of(act) or ("political" if bare.search(act) else None)
                if domain is not None:
                    return domain
    return None


def _main_clause_event(text: str, start: int, end: int) -> bool:
    """Whether the event found at ``text[start:end]`` is the sentence's own news: not in a
    subordinate clause, not negated, hearsay or a denial, not a measure."""
    _, subordinate = _decisive()
    measure_after, measure_subject, negated, hearsay = _not_decisive()
    clause_start = max(text.rfind(c, 0, start) for c in ",;:") + 1
    clause = text[clause_start:start]
    subject = re.sub(r"\s+(?:has|have|had|was|were)\s*$", "", clause, flags=re.I)
    unrealised, claimed, past = _unreal_or_past()
    return (
        subordinate.search(clause) is None
        and not _relative_aside(clause)
        and hearsay.search(text, 0, start) is None
        and negated.search(clause) is None
        and re.search(r"(?<![\w-])(?:not|never|no)\s+(?:\w+\s+)?$", clause, re.I) is None
        and measure_subject.search(subject) is None
        and measure_after.match(text, end) is None
        # (round revB21) an unconfirmed or unrealised act is no news ("The two sides
        # reportedly agreed to end the war", "nearly agreed", "would have imposed
        # sanctions", "... was killed, the rebels claimed"), nor one told of a time long past
        # without its year ("imposed sanctions on Karsia last year", "has imposed sanctions
        # for years"; an act dated by its year is history read against the issue's window:
        # :func:`dated_before_window`)
        and not _unconfirmed(text)
        and unrealised.search(clause) is None
        and claimed.match(text, end) is None
        and past.match(text, end) is None
    )


def _unconfirmed(text: str) -> bool:
    """Whether ``text`` holds a hedge that qualifies all it reports (``sentence_hedges`` of
    data/cues.yaml: "reportedly", "allegedly", "unconfirmed"), not an attribution verb
    (``attribution_hedges``: "the army accused the rebels" names a speaker; round revB21)."""
    speakers = _attribution_hedges()
    return any(cue not in speakers for _, _, cue in find_cues(text, "sentence_hedges"))


@cache
def _attribution_hedges() -> frozenset[str]:
    """The hedges that are attribution verbs: ``attribution_hedges`` of data/cues.yaml."""
    return frozenset(str(w) for w in load_data("cues.yaml")["attribution_hedges"])


@cache
def _unreal_or_past() -> tuple[re.Pattern[str], ...]:
    """(an unrealised act's adverb or modal perfect ending the clause before the act, a
    claim's verb after a comma later in its sentence, a time long past after the act in its
    clause): ``act_unrealised``, ``act_claimed`` and ``act_past_times`` of
    ``decisive_events`` in data/judgments.yaml (round revB21)."""
    data = load_data("judgments.yaml")["decisive_events"]
    unrealised = alternation(str(w) for w in data["act_unrealised"])
    claimed = alternation(str(w) for w in data["act_claimed"])
    past = alternation(str(w) for w in data["act_past_times"])
    relatives = alternation(str(w) for w in data["relatives"])
    return (
        re.compile(rf"(?<![\w-])(?:{unrealised})\s+(?:[\w'’-]+\s+){{0,2}}$", re.I),
        # the claim's verb ends its clause: ", the rebels claimed." (not ", which the army
        # had claimed was impregnable")
        re.compile(
            rf"[^.;!?]*?,\s+(?!(?:{relatives}|that)\s)(?:[\w'’.-]+\s+){{0,4}}?"
            rf"(?:{claimed})(?:\s+(?:it|this|that|so|them))?(?=\s*(?:[,.;:!?]|$))",
            re.I,
        ),
        re.compile(rf"[^,.;:!?]*?(?<![\w-])(?:{past})(?![\w'’-])", re.I),
    )


@cache
def _relative() -> re.Pattern[str]:
    words = alternation(str(w) for w in load_data("judgments.yaml")["decisive_events"]["relatives"])
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w'’-])", re.I)


_FINITE = re.compile(
    r"(?<![\w-])(?:[a-z]+ed|is|are|was|were|has|have|had|holds?|keeps?|runs?|leads?)(?![\w'’-])",
    re.I,
)


def _relative_aside(clause: str) -> bool:
    """Whether a relative pronoun (``relatives`` of ``decisive_events`` in
    data/judgments.yaml) in ``clause`` (the text from the last comma to the event) makes the
    event an aside: the relative opens the clause (set off by a comma: "the militia, which
    said the tanker sank") or no verb of its own stands between it and the event ("the rebels
    who captured the town": the event is the relative clause's). "The minister who signed the
    truce has resigned" and "Rebels who fought in the 2008 war captured the town": the event
    is the main verb."""
    found = list(_relative().finditer(clause))
    if not found:
        return False
    m = found[-1]
    if not clause[: m.start()].strip():
        return True
    between = [w.strip(".,;:'’\"") for w in clause[m.end() :].lower().split()]
    # the event's own auxiliary ("who was ousted") is no verb of the relative clause's own
    if between and between[-1] in {"is", "are", "was", "were", "has", "have", "had", "been"}:
        between = between[:-1]
    return not any(_FINITE.fullmatch(w) or w in irregular_past() for w in between)


def is_decisive_event(text: str) -> bool:
    """Whether ``text`` tells a decisive event as its own news: an outcome in the present
    perfect ("At long last the regime has fallen", "rebel forces have forced the president
    to resign and flee", "the governor has been ousted") or a decisive military or
    diplomatic act in the past ("U.S. forces conducted strikes against targets in Yemen",
    "the frigate sank", "rebels captured the city of Ostra", "the port fell to the rebels",
    "the two sides signed a ceasefire", "Ostland has begun withdrawing its troops", "the
    rebels laid down their arms", "troops captured the rebel commander"), a
    state's strike told by its weapon ("Ostland Air Force F-16s struck Karsian positions")
    or a third party's coercive threat to stop the fighting (:func:`coercive_threat`). Not
    in a subordinate clause ("Now that the regime
    has fallen, ...", "After the regime has fallen, ...": the news is the main clause; a
    conjunction counts only in the event's own clause, so "Once a rebel stronghold, the
    town has fallen" is news), nor negated ("has not fallen", "None of the ministers has
    resigned"), nor a measure ("Oil prices have fallen 5%", "temperatures have fallen below
    zero"), nor hearsay or a denial ("denied reports that the president has fled"), nor in
    another tense ("could fall", "threatened to sink"). Nor a sentence that does not read on
    its own (:func:`~briefbook.assessment.readability.needs_context`: "However, she has now
    resigned.", "It sank."): whose outcome it tells is in the sentence before."""
    if needs_context(text) or labour_dispute(text):
        return False
    perfect, _ = _decisive()
    for pattern in (perfect, _decisive_act()):
        for m in pattern.finditer(text):
            if _main_clause_event(text, m.start(), m.end()) and not _no_act_of_war(text, m):
                return True
    return coercive_threat(text)


@cache
def _no_war_patterns() -> tuple[re.Pattern[str], ...]:
    """(a bare deal noun, a truce word, a cue of the fighting, another kind of deal, a
    state's decision about a deal, a leader's death of no war): ``bare_deal_nouns``,
    ``truce_words``, ``deal_conflict_cues``, ``deal_other_kinds``, ``leader_other_deaths``
    of ``decisive_events`` in data/judgments.yaml."""
    data = load_data("judgments.yaml")["decisive_events"]
    deal = rf"(?:{_phrases(data['bare_deal_nouns'])})(?![\w'’-])"
    return (
        # a bare deal, agreement or accord (no truce, ceasefire or peace in the act)
        re.compile(rf"(?<![\w-]){deal}", re.I),
        re.compile(rf"(?<![\w-])(?:{_phrases(data['truce_words'])})(?![\w'’-])", re.I),
        re.compile(rf"(?<![\w-])(?:{_phrases(data['deal_conflict_cues'])})(?![\w'’-])", re.I),
        re.compile(rf"(?<![\w-])(?:{_phrases(data['deal_other_kinds'])})\s+{deal}", re.I),
        # a state's major decision about a deal ("suspended the river accord") is its own
        re.compile(rf"(?:{_decision_source(data)})$"),
        re.compile(
            rf"^\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_phrases(data['leader_death_links'])})\s+"
            rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_phrases(data['leader_other_deaths'])})(?![\w'’-])",
            re.I,
        ),
        # a leader noun of a civilian body: "fire chief", "the village chief", "police chief"
        re.compile(
            rf"(?<![\w-])(?:{_phrases(data['civilian_leader_bodies'])})\s+"
            rf"(?:{_phrases(data['leader_nouns'])})(?![\w'’-])"
            # ... or ending the leader's post: "the leader of the local farmers' union"
            rf"|(?<![\w-])(?:{_phrases(data['leader_nouns'])})\s+of\s+(?:[\w'’.-]+\s+){{0,3}}?"
            rf"(?:{_phrases(data['civilian_leader_bodies'])})(?![\w'’-])",
            re.I,
        ),
    )


@cache
def _status_quo() -> re.Pattern[str]:
    """One of ``act_verbs``, perhaps "to", then one of ``status_quo_verbs``
    (``decisive_events`` of data/judgments.yaml): a deal that keeps the state of things."""
    data = load_data("judgments.yaml")["decisive_events"]
    return re.compile(
        rf"^(?:{_phrases(data['act_verbs'])})\s+(?:to\s+)?"
        rf"(?:{_phrases(data['status_quo_verbs'])})(?![\w'’-])"
        # ... a truce that stands already ("keep the existing truce"), not a new one
        # ("agreed to observe a ceasefire from midnight")
        rf"(?!\s+(?:a|an|new|the\s+new|a\s+new)(?![\w'’-]))",
        re.I,
    )


def _no_act_of_war(text: str, m: re.Match[str]) -> bool:
    """Whether the decisive act found as ``m`` in ``text`` is no turn of the fighting (round
    revF19): a bare deal, agreement or accord whose sentence names neither the fighting nor
    its parties, or that is another kind of deal ("signed a trade agreement", "the club
    reached a deal with the striker"); a leader killed in an accident or a robbery ("was
    killed in a car crash")."""
    bare, peace, conflict, other_kind, decision, other_death, civilian = _no_war_patterns()
    act = m.group(0)
    if _talks_failed().fullmatch(act):
        # talks that failed (round trialA26): "ended without an agreement" is no deal made;
        # talks of another kind ("the trade talks collapsed") are no turn of the fighting
        return _other_talks().search(act) is not None
    if _status_quo().search(act):
        return True  # "agreed to keep the existing truce": the state of things kept
    if re.search(r"(?<![\w-])(?:wars?|conflicts?)(?![\w'’-])", act, re.I) and _other_war().search(
        text[m.start() : m.end() + 16]
    ):
        return True  # "agreed to end the price war", "... the war of words": no war
    proposal, taken = _proposal_act()
    if proposal.search(act) and not taken.match(act):
        return True  # "announced a proposal to end the war": proposed, not agreed
    if (
        bare.search(act)
        and not peace.search(act)
        and not decision.match(act)
        and (other_kind.search(text) or not conflict.search(text))
    ):
        return True
    war_means, crime, ally = _act_context()
    if _leader_killed().fullmatch(act):
        # a civilian body's chief ("the village chief", "Fire chief Ana Sol": the body word
        # may stand just before the act) or a death of no war ("killed in a plane crash"),
        # unless a weapon of war is told in its manner ("killed when a missile crashed into
        # his home"); a leader arrested for a crime ("arrested the former minister on bribery
        # charges") is no leader taken in war
        head = text[max(0, m.start() - 40) : m.start()] + act
        tail = text[m.end() :]
        return bool(
            (other_death.search(tail) and not war_means.search(tail))
            # "died" is a killing only by a weapon of war ("died in a missile strike"; round
            # kj21): "General Orlov died on Monday aged 90" is none
            # ... in its own clause (round revB21: "died on Monday aged 90, hours after
            # shelling hit the capital" is none)
            or (
                _died().search(act)
                and not war_means.search(re.split(r"[,;:]", tail, maxsplit=1)[0])
            )
            or any(c.end() > len(head) - len(act) for c in civilian.finditer(head))
            or _civil_post(act)
            or (_leader_taken().fullmatch(act) and crime.search(tail))
        )
    if _arms_given_up().fullmatch(act):
        # arms handed to an ally ("handed over ammunition to the allied militia") are no
        # surrender
        return bool(ally.match(text[m.end() :]))
    return False


@cache
def _act_context() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a weapon of war told after a leader's death: ``leader_war_means``; a crime a leader
    is held for: ``leader_crime_cues``; arms handed to an ally: ``disarm_ally_words`` after
    "to" and up to three words), of ``decisive_events`` in data/judgments.yaml."""
    data = load_data("judgments.yaml")["decisive_events"]
    return (
        re.compile(rf"(?<![\w-])(?:{_phrases(data['leader_war_means'])})(?![\w'’-])", re.I),
        re.compile(rf"(?<![\w-])(?:{_phrases(data['leader_crime_cues'])})(?![\w'’-])", re.I),
        re.compile(
            rf"^\s+(?:[\w'’.,-]+\s+){{0,3}}?to\s+(?:[\w'’.-]+\s+){{0,3}}?"
            rf"(?:{_phrases(data['disarm_ally_words'])})(?![\w'’-])",
            re.I,
        ),
    )


@cache
def _generic_post() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a generic leader noun and the post after its "of": ``leader_generic_nouns``, the
    words that make the post an armed or state body's: ``disarm_subjects`` and
    ``leader_post_bodies``) of ``decisive_events`` in
    data/judgments.yaml (round revB21)."""
    data = load_data("judgments.yaml")["decisive_events"]
    bodies = [*data["disarm_subjects"], *data["leader_post_bodies"]]
    return (
        re.compile(
            rf"(?<![\w-])(?:{_phrases(data['leader_generic_nouns'])})\s+of\s+"
            r"(?P<post>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+?)"
            r"(?=,|\s+(?-i:[A-Z])|\s+(?:was|were|has|have|had|died)(?![\w'’-]))",
            re.I,
        ),
        frozenset(w for b in bodies for w in str(b).lower().split()),
    )


def _civil_post(act: str) -> bool:
    """Whether ``act`` kills the leader of no armed or state body, named by a post after a
    generic leader noun with no name nor word of such a body in it ("The leader of the
    protesters was killed", "the president of the football club"; round revB21): not "the
    leader of Hamas", "the chief of the rebel group"."""
    pattern, bodies = _generic_post()
    m = pattern.search(act)
    if m is None:
        return False
    words = re.findall(r"[\w'’.-]+", m.group("post"))
    return not any(
        w[:1].isupper() or w.lower().rstrip("'’s") in bodies or w.lower() in bodies for w in words
    )


@cache
def _died() -> re.Pattern[str]:
    """One of ``leader_died`` (``decisive_events`` of data/judgments.yaml) ending an act."""
    words = _phrases(load_data("judgments.yaml")["decisive_events"]["leader_died"])
    return re.compile(rf"(?<![\w-])(?:{words})$")


@cache
def _leader_taken() -> re.Pattern[str]:
    """A leader taken by an armed body (:func:`_leader_detained_source`), as a pattern."""
    return re.compile(_leader_detained_source(load_data("judgments.yaml")["decisive_events"]))


@cache
def _arms_given_up() -> re.Pattern[str]:
    """A force's arms given up (:func:`_disarm_source`), as a pattern."""
    return re.compile(_disarm_source(load_data("judgments.yaml")["decisive_events"]))


@cache
def _labour() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = alternation(str(w) for w in load_data("judgments.yaml")["labour_cues"])
    return (
        re.compile(rf"(?<![\w-])(?:{cues})(?![\w'’-])", re.I),
        re.compile(r"(?<![\w-])(?:strikes?|striking|walk(?:ed)?\s*outs?)(?![\w'’-])", re.I),
        re.compile(
            r"(?<![\w-])(?:kill\w*|wound\w*|injur\w*|dead|died|casualt\w*)(?![\w'’-])", re.I
        ),
    )


def labour_dispute(text: str) -> bool:
    """Whether ``text`` tells a labour strike ("Workers at the refinery launched strikes over
    pay", "Dockers carried out strikes at Port Vell"): a strike word beside one of
    ``labour_cues`` (data/judgments.yaml) and no toll ("a drone strike killed three workers"
    is an attack). Such a strike is no military strike or incident."""
    cues, strike, toll = _labour()
    return (
        strike.search(text) is not None
        and cues.search(text) is not None
        and toll.search(text) is None
    )


@cache
def _headline_event() -> re.Pattern[str]:
    """A decisive act in a headline's present tense (``headline_events`` of
    data/judgments.yaml)."""
    words = load_data("judgments.yaml")["headline_events"]
    verbs = _phrases(words)
    # not an infinitive ("Leader orders army to capture the port": an order, not the act)
    return re.compile(rf"(?<![\w-])(?<!\bto\s)(?:{verbs})(?![\w'’-])", re.I)


_CONTENT_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def headline_decisive(title: str | None, lede: str) -> bool:
    """Whether a source's ``title`` reports a decisive act (``headline_events``: "Rebels sink
    cargo ship with missile"; not an infinitive: "orders army to capture the port") that its ``lede`` (first sentence) tells in its own words: the
    lede reads on its own and shares a content word (four letters or more) with the title.
    A lede that is no sentence of the news ("By Ana Sol") shares none."""
    if not title or _headline_event().search(title) is None or needs_context(lede):
        return False
    words = {w.lower() for w in _CONTENT_WORD.findall(title)}
    return bool(words & {w.lower() for w in _CONTENT_WORD.findall(lede)})


@cache
def _demand() -> re.Pattern[str]:
    """A demand: one of ``demand_verbs`` (data/judgments.yaml), up to six words, then one of
    ``demand_links``; "called for" and "calls for" stand alone."""
    data = load_data("judgments.yaml")
    verbs = _phrases(data["demand_verbs"])
    links = alternation(str(w) for w in data["demand_links"])
    return re.compile(
        rf"(?<![\w-])(?:{verbs})(?:\s+[\w'’.,-]+){{0,6}}?\s+(?:{links})(?![\w'’-])"
        rf"|(?<![\w-])call(?:s|ed|ing)?\s+for(?![\w'’-])",
        re.I,
    )


def is_demand(text: str) -> bool:
    """Whether ``text`` tells of a demand ("The US called on Ostland to withdraw its troops
    from the border", "urged both sides to hold fire") rather than of an act."""
    return _demand().search(text) is not None


def demand_and_act(text: str, other: str) -> bool:
    """Whether one of two sentences tells of a demand and the other does not (it reports an
    act): "The US called on Ostland to withdraw its troops" and "Ostland has begun
    withdrawing its troops" are two events, a demand and its compliance, however close in
    meaning; neither repeats nor supports the other."""
    return is_demand(text) != is_demand(other)


def is_question(text: str) -> bool:
    """Whether ``text`` is a question of its writer ("Why does it matter?", "What should be
    done?"): it ends with a question mark outside quotation marks. A quoted question
    ('"Who will pay?" the mayor asked.') is reported speech, no question of the writer."""
    return _QUOTED.sub(" ", text).rstrip().rstrip(")]”’\"'").endswith("?")


@cache
def _framing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a framing opener, a superlative frame): ``framing_*`` of data/judgments.yaml."""
    data = load_data("judgments.yaml")
    openers = alternation(str(w) for w in data["framing_openers"])
    ranks = alternation(str(w) for w in data["framing_ranks"])
    nouns = alternation(str(w) for w in data["framing_nouns"])
    verbs = alternation(str(w) for w in data["framing_verbs"])
    return (
        re.compile(rf"^\W*(?:{openers})(?![\w'’-])", re.I),
        re.compile(
            rf"^\W*the\s+(?:{ranks})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})(?![\w'’-])"
            rf"[^.;:]*?(?<![\w-])(?:{verbs})(?![\w'’-])",
            re.I,
        ),
    )


def is_framing(text: str) -> bool:
    """Whether ``text`` is a writer's framing of a piece, no development: a framing opener
    ("It is noteworthy that ...", "Interestingly, ..."; ``framing_openers`` of
    data/judgments.yaml) or a superlative frame ("The gravest danger in the region lies ...";
    ``framing_ranks``, ``framing_nouns``, ``framing_verbs``). Never the bottom line's lead."""
    opener, frame = _framing()
    return opener.search(text) is not None or frame.search(text) is not None


@cache
def _rhetoric_pronouns() -> re.Pattern[str]:
    words = alternation(str(w) for w in load_data("judgments.yaml")["rhetoric_pronouns"])
    return re.compile(rf"(?<![\w'’-])(?:{words})(?![\w'’-])", re.I)


@cache
def _perception_modals() -> re.Pattern[str]:
    """A modal of perception ("could be heard", "can be seen"; ``perception_modals`` of
    data/judgments.yaml): what a witness perceived, no estimate. Before "as" it interprets
    ("The vote could be seen as a test of the truce": the writer's estimate, revB24)."""
    words = load_data("judgments.yaml")["perception_modals"]
    return re.compile(
        r"(?<![\w-])(?:" + alternation(str(w) for w in words) + r")(?![\w-])(?!\s+as\s+(?!far\b))",
        re.I,
    )


def writer_hedges(text: str) -> bool:
    """Whether ``text`` hedges in the writer's own words: modal or likelihood language
    (``probabilistic`` cues of data/cues.yaml) outside its quotations and outside a modal of
    perception ("Protesters could be heard shouting, ..." perceives, "The truce could
    collapse" estimates)."""
    bare = _perception_modals().sub(" ", _QUOTED_SPAN.sub(" ", text))
    return bool(find_cues(bare, "probabilistic"))


def _speaks_for_a_side(text: str) -> bool:
    """Whether a quotation in ``text`` speaks for the speaker's side ("our resolve", "we
    will"; ``rhetoric_pronouns`` of data/judgments.yaml): a party's rhetoric."""
    return any(_rhetoric_pronouns().search(m.group(0)) for m in _QUOTED.finditer(text))


def quote_share(text: str) -> float:
    """The share (0-1) of ``text``'s characters that stand inside double quotes."""
    if not text:
        return 0.0
    return sum(len(m.group(0)) for m in _QUOTED.finditer(text)) / len(text)


def is_unknown(text: str) -> bool:
    """Whether ``text`` reports a gap in what the sources know ("It was not immediately
    clear if ...", "It is unclear whether ...", "He did not know yet where ...", "X did not
    return a message for comment") rather than a finding."""
    return _UNKNOWN.search(text) is not None


def statement_kind(
    text: str, *, analytic_section: bool = False, probabilistic: bool = False
) -> str:
    """What ``text`` reads as: "procedural" (directs the reader elsewhere: never a statement),
    "record" (identity, definition, legal designation: used only to fill a thin section),
    "analytic" (evaluative or probabilistic), "event" (an event of consequence) or "fact"."""
    signal = key_signal(text, analytic_section, probabilistic)
    if signal.procedural:
        return "procedural"
    if signal.record:
        return "record"
    if signal.analytic:
        return "analytic"
    return "event" if signal.event else "fact"


@cache
def _confirm() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an active confirmation: a subject, then one of ``confirm_verbs``; a passive one:
    "was/were confirmed by" and what follows; the joiners between two confirmers), from
    data/judgments.yaml."""
    data = load_data("judgments.yaml")
    verbs = _phrases(data["confirm_verbs"])
    joiners = _phrases(data["confirm_joiners"])
    active = re.compile(rf"^(?P<who>.+?)\s+(?:\w+ly\s+)?(?:{verbs})(?![\w'’-])\s+(?!by\b)")
    passive = re.compile(rf"(?:was|were|has\s+been|have\s+been)\s+(?:{verbs})\s+by\s+(?P<who>.+)")
    split = re.compile(rf"\s*,?\s+(?:{joiners})\s+|^(?:{joiners})\s+", re.I)
    return active, passive, split


_APPOSITION = re.compile(r",[^,]*(?:,|$)")


@cache
def _vague_groups() -> frozenset[str]:
    """Heads of a vague plural group (``vague_groups`` of data/judgments.yaml)."""
    return frozenset(str(w).lower() for w in load_data("judgments.yaml")["vague_groups"])


def _vague_group(part: str) -> bool:
    """Whether a confirmer's phrase is a vague plural group ("Indian and Pakistani officials",
    "Western sources on Sunday", "two US officials"): one of ``vague_groups`` with no
    capitalised word after it ("officials of the Kestan army" names the army; a day or a
    month names nobody) and no named institution before it ("Pentagon officials", "State
    Department officials": :func:`_names_institution`)."""
    words = [w for w in re.findall(r"[\w'’-]+", part) if w.lower() not in calendar_words()]
    groups = _vague_groups()
    return any(
        w.lower() in groups
        and not any(x[:1].isupper() for x in words[k + 1 :])
        and not _names_institution(words[:k])
        for k, w in enumerate(words)
    )


def _names_institution(words: list[str]) -> bool:
    """Whether the modifiers of a group's head name an institution: a capitalised word that
    is no country's or place's name or people ("US", "Gaza", "Moscow", "Dorvian": the
    gazetteer's countries and places, ``demonym_endings`` of data/judgments.yaml), no vague
    modifier (``vague_group_modifiers``:
    "Western", "Senior", "Two") and no function word ("The") -- "Pentagon", "State
    Department" do, "Two US" does not."""
    data = load_data("judgments.yaml")
    endings = tuple(str(e) for e in data["demonym_endings"])
    vague = {str(w).lower() for w in data["vague_group_modifiers"]} | {
        str(w).lower() for w in load_data("text.yaml")["function_words"]
    }
    gaz = gazetteer()

    def place(w: str) -> bool:
        targets = gaz.surfaces.get(w, [])
        return w in gaz.countries_of or (
            bool(targets) and all(t.type in {"country", "place"} for t in targets)
        )

    return any(
        w[:1].isupper()
        and not place(w)
        and w.lower() not in vague
        and not w.lower().endswith(endings)
        for w in words
    )


def _group_head(part: str) -> str:
    """``part`` without a trailing group head ("State Department officials" -> "State
    Department"): the institution the officials speak for."""
    words = part.split()
    if len(words) > 1 and words[-1].lower() in _vague_groups():
        return " ".join(words[:-1])
    return part


def confirmers(text: str) -> list[str]:
    """The named originators a sentence says confirmed something ("The sinking was confirmed
    by both Yemen's government and a regional official" -> ["Yemen's government"]; "The
    maritime agency, responsible for the waterways, separately confirmed the sinking" ->
    ["The maritime agency"]): each a capitalised name (an indefinite "a regional official"
    names nobody), in order; [] when the sentence tells no confirmation (``confirm_verbs``
    of data/judgments.yaml), denies or needs the sentence before it."""
    if needs_context(text) or re.search(
        r"(?<![\w-])(?:not|never|no)\s+(?:\w+\s+)?confirm", text, re.I
    ):
        return []
    active, passive, split = _confirm()
    m = passive.search(text)
    if m is not None:
        who = _APPOSITION.sub(" ", m.group("who")).rstrip(" .;")
        parts = [p.strip() for p in split.split(who) if p and p.strip()]
        opening = False
    else:
        m = active.match(text)
        if m is None:
            return []
        who = _APPOSITION.sub(" ", m.group("who")).strip()
        parts = [p.strip() for p in split.split(who) if p and p.strip()]
        if not any(_vague_groups() & {w.lower() for w in p.split()} for p in parts):
            parts = [who]  # joined names with no group's head confirm as one subject
        opening = True  # the subject opens the sentence: its first capital proves nothing
    out = []
    for k, part in enumerate(parts):
        part = re.split(r",\s*(?:who|which|that)\b", part)[0].strip(" ,.")
        if not part or re.match(r"(?:a|an|one|some|several)\s", part, re.I):
            continue
        first = opening and k == 0
        nxt = parts[k + 1] if k + 1 < len(parts) else ""
        if _vague_group(part):
            continue
        if len(part.split()) == 1 and _vague_groups() & {w.lower() for w in nxt.split()}:
            # "Dorvian and Kestan officials", "Pentagon and State Department officials": a
            # bare modifier shares the group's head; it names an institution or nobody
            if _names_institution([part]):
                out.append(part)
            continue
        words = part.split()[1:] if first else part.split()
        institution = _group_head(part)  # "Pentagon officials": not vague, so it names one
        if institution == part and not any(w[:1].isupper() for w in words if w.lower() != "the"):
            continue
        out.append(institution)
    return out


_THING_WORDS = 5


def confirmed_thing(text: str) -> str:
    """What a confirmation (:func:`confirmers`) says was confirmed: the passive subject ("The
    sinking was confirmed by ..." -> "The sinking") or the first five words after the verb
    ("separately confirmed the Rubymar's sinking on Saturday" -> "the Rubymar's sinking on
    Saturday"); "" when the sentence names no confirmer."""
    if not confirmers(text):
        return ""
    active, passive, _ = _confirm()
    m = passive.search(text)
    if m is not None:
        head = text[: m.start()]
        return head[max(head.rfind(c) for c in ",;:") + 1 :].strip()
    m = active.match(text)
    words = text[m.end() :].split()[:_THING_WORDS] if m is not None else []
    return " ".join(words).rstrip(" .;,")


_FIRST_PERSON_WORD = re.compile(r"(?<![\w'’-])(?:I|me|my|My|we|We|us|our|Our)(?![\w'’-])")
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]?")


def first_person_voice(text: str) -> bool:
    """Whether ``text`` speaks in the first person outside quotation marks ("Today, at my
    direction, our forces struck ...", "We will not hesitate ..."): a principal's own
    words, not a report of them."""
    return _FIRST_PERSON_WORD.search(_QUOTED_SPAN.sub(" ", text)) is not None


@cache
def _title_speaker() -> re.Pattern[str]:
    """``statement_titles``, the speaker, then one of ``statement_title_ends`` or the end
    (data/judgments.yaml)."""
    data = load_data("judgments.yaml")
    opens = _phrases(data["statement_titles"])
    ends = _phrases(data["statement_title_ends"])
    return re.compile(
        rf"^\W*(?:{opens})\s+(?P<who>.+?)(?:\s+(?:{ends})\s|\s*[:;|,–—-]\s|\s*$)", re.I
    )


def title_speaker(title: str | None) -> str | None:
    """The speaker a principal's statement names in its title ("Statement from President Ana
    Sol on strikes in Karsia" -> "President Ana Sol"; ``statement_titles`` of
    data/judgments.yaml); None when the title names none or is no statement's."""
    if not title:
        return None
    m = _title_speaker().match(title)
    if m is None:
        return None
    who = m.group("who").strip(" .,:;")
    return who if any(w[:1].isupper() for w in who.split()) else None


@cache
def _null_outcome() -> re.Pattern[str]:
    """One of ``null_outcomes`` (data/judgments.yaml), any case."""
    words = load_data("judgments.yaml")["null_outcomes"]
    return re.compile(rf"(?<![\w-])(?:{_phrases(words)})(?![\w'’-])", re.I)


@cache
def _sense_report() -> re.Pattern[str]:
    """A noise heard or told (``sense_reports`` of data/judgments.yaml), any case; not an
    account of one heard (``heard_accounts``: "heard evidence of shelling")."""
    data = load_data("judgments.yaml")["sense_reports"]
    hear = alternation(str(w) for w in data["hear_verbs"])
    tell = alternation(str(w) for w in data["sound_tellers"])
    noises = alternation(str(w) for w in data["noises"])
    accounts = alternation(str(w) for w in data["heard_accounts"])
    return re.compile(
        rf"(?<![\w-])(?:(?:{hear})\s+(?:the\s+)?(?:sounds?\s+of\s+)?"
        rf"|(?:{tell})\s+(?:hearing\s+)?(?:the\s+)?sounds?\s+of\s+)"
        # up to two words before the noise, none an account of it ("heard evidence of")
        rf"(?:(?!(?:{accounts})(?![\w'’-]))[\w'’-]+\s+){{0,2}}?(?:{noises})(?![\w'’-])",
        re.I,
    )


def is_sense_report(text: str) -> bool:
    """Whether ``text`` tells a noise someone heard ("Residents near the border described the
    sounds of shelling", "journalists reported hearing artillery"; ``sense_reports`` of
    data/judgments.yaml), outside quotation marks: with no event of consequence beside it,
    colour (:class:`KeySignal` ``quote``), not a finding."""
    return _sense_report().search(_QUOTED_SPAN.sub(" ", text)) is not None


def is_null_outcome(text: str) -> bool:
    """Whether ``text`` reports an act that did nothing ("fired two missiles without effect",
    "none reported damage", "the rockets fell harmlessly"; ``null_outcomes`` of
    data/judgments.yaml), outside quotation marks."""
    return _null_outcome().search(_QUOTED_SPAN.sub(" ", text)) is not None
