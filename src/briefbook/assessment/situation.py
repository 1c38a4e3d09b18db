"""The situation by domain and date: what a reported event is about (military, political and
diplomatic, economic and sanctions, humanitarian; ``data/judgments.yaml``), which sources are
too old to lead, which sentences can stand as indicators to watch."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from briefbook.analysis.hedges import deadline_ahead, has_speech_verb
from briefbook.assessment.occasions import predicate_events
from briefbook.data import load_data
from briefbook.model import Document, known_published
from briefbook.text import CURLY_QUOTES, alternation
from briefbook.text.normalise import singular

__all__ = [
    "dated_sources",
    "domain_of",
    "domain_order",
    "is_geography",
    "is_indicator",
    "is_fixed_schedule",
    "is_schedule",
    "names_vague_effect",
    "parse_iso",
    "statement_hedges",
]

_WORD = r"[\w'’-]+"  # a word between two cues: "until (next) Friday"


def _any_of(words: Sequence[Any]) -> str:
    """A regex of any of ``words``, lower case, as a whole word (not inside a longer word
    or a hyphened compound)."""
    return r"(?<![\w-])(?:" + alternation(str(w).lower() for w in words) + r")(?![\w-])"


def _then(first: str, last: str, most: int, word: str = _WORD, lead: str = "") -> str:
    """The one shape of the indicator cues: a whole word of the regex ``first``, the regex
    ``lead`` right after it ("that ", "of the "), then at most ``most`` words (``word``) on,
    a whole word of the regex ``last`` ("scheduled for the summit", "raises critical
    concerns", "deadline has passed", "warned that the militia could"); the nearest
    ``last`` wins."""
    return rf"(?<![\w-])(?:{first})\s+{lead}(?:{word}\s+){{0,{most}}}?(?:{last})(?![\w-])"


def _diffuse_effect(data: dict[str, Any]) -> re.Pattern[str]:
    """A forward modal of a diffuse effect: ``effect_modals``, up to two ``effect_adverbs``,
    then one of ``effect_verbs`` or "have" and (three words on at most) one of
    ``effect_nouns`` ("could influence", "may have wider ramifications", "may have the most
    far-reaching effects")."""
    modal, adverb, verb, noun = (
        alternation(str(w).lower() for w in data[f"effect_{kind}"])
        for kind in ("modals", "adverbs", "verbs", "nouns")
    )
    return re.compile(
        rf"(?<![\w-])(?:{modal})\s+(?:(?:{adverb})\s+){{0,2}}"
        rf"(?:{verb}|have\s+(?:[\w'’-]+\s+){{0,3}}?(?:{noun}))(?![\w-])"
    )


def _stance(data: dict[str, Any]) -> re.Pattern[str]:
    """A stance or a standing posture (``stance_*`` of data/judgments.yaml), lower case: an
    optional modal, up to two adverbs, then a verb of standing and (up to two adverbs on) a
    word of attitude ("will remain vigilant", "will stay firmly committed", "are ready to
    respond"), or a posture act ("will continue to monitor the situation", "will stand with
    Kyiv")."""
    modal, adverb, verb, word, act = (
        alternation(str(w).lower() for w in data[f"stance_{kind}"])
        for kind in ("modals", "adverbs", "verbs", "words", "acts")
    )
    return re.compile(
        rf"(?<![\w-])(?:(?:{modal})\s+)?(?:(?:{adverb})\s+){{0,2}}"
        rf"(?:(?:{verb})\s+(?:(?:{adverb})\s+){{0,2}}(?:{word})|(?:{act}))(?![\w'’-])"
    )


def _joined_action(data: dict[str, Any]) -> re.Pattern[str]:
    """What follows a stance in its clause when the stance's modal governs an action too:
    "and", "but" or "then" before a bare word that is no stance word or adverb, no function
    word (``function_words`` of data/text.yaml) and does not open a new subject
    (``stance_new_subjects``): "will remain vigilant and deploy two brigades"; not "vigilant
    and united", "and the navy", "and we ...")."""
    words = alternation(
        str(w).lower()
        for w in (
            *data["stance_words"],
            *data["stance_adverbs"],
            *data["stance_new_subjects"],
            *load_data("text.yaml")["function_words"],
        )
    )
    return re.compile(rf"[^,;:.]*?(?<![\w-])(?:and|but|then)\s+(?!(?:{words})(?![\w-]))[a-z]")


def _stance_time(data: dict[str, Any]) -> re.Pattern[str]:
    """A time that makes a stance something to watch (lower case, matched right after the
    stance, within its clause: no comma, semicolon or colon before it): one of
    ``stance_time_links`` and, up to three words on, a day or a month (``weekdays``,
    ``months`` of data/numbers.yaml), a figure or a word of what is next ("until Friday",
    "until March 1", "on Sunday", "for the next two weeks"); one of those links and, up to
    three words on, a unit of time ("for two weeks"); or one of ``scheduled_links`` and, up to
    six words on, one of ``scheduled_events`` ("at the UN Security Council vote")."""
    numbers = load_data("numbers.yaml")
    link = alternation(str(w).lower() for w in data["stance_time_links"])
    when = alternation(
        str(w).lower()
        for w in (*numbers["weekdays"], *numbers["months"], *data["stance_time_words"])
    )
    unit = alternation(str(w).lower() for w in numbers["time_units"])
    sched = alternation(str(w).lower() for w in data["scheduled_links"])
    event = alternation(str(w).lower() for w in data["scheduled_events"])
    return re.compile(
        rf"[^,;:]*?(?:(?<![\w-])(?:{link})\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?:{when})(?![\w-])"
        rf"|\d|(?:[\w'’-]+\s+)?(?:{unit})(?![\w-]))"
        rf"|{_then(sched, event, 6)})"
    )


def _stance_deed(data: dict[str, Any]) -> re.Pattern[str]:
    """The concrete means that follow a stance and make it a deed to watch (lower case,
    matched right after the stance, within its sentence): "with" and, up to three words on,
    a figure, a number word
    (``number_words`` of data/numbers.yaml) or one of ``stance_means`` ("support Kyiv with air
    defence systems", ", with two brigades moving to the pass")."""
    numbers = load_data("numbers.yaml")
    means = alternation(str(w).lower() for w in (*numbers["number_words"], *data["stance_means"]))
    return re.compile(
        rf",?[^,.;:]*?(?<![\w-])with\s+(?:[\w'’-]+\s+){{0,3}}?(?:\d|(?:{means})(?![\w-]))"
    )


def _stance_purpose(data: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A stance of readiness with its purpose (lower case): (one of ``stance_purpose_words``
    at the stance's end; "to" and a word that is no function word right after it): "on
    standby to evacuate", not "committed to peace" (no posture of readiness)."""
    posture = alternation(str(w).lower() for w in data["stance_purpose_words"])
    function = alternation(str(w).lower() for w in load_data("text.yaml")["function_words"])
    return (
        re.compile(rf"(?<![\w-])(?:{posture})$"),
        re.compile(rf"\s+to\s+(?!(?:{function})(?![\w-]))[a-z]"),
    )


def _present_effect(data: dict[str, Any]) -> re.Pattern[str]:
    """A diffuse effect told in the present: one of ``effect_present_verbs`` and, two words
    on at most, one of ``effect_nouns`` or ``concern_nouns`` ("raises critical concerns",
    "has far-reaching implications")."""
    verb = alternation(str(w).lower() for w in data["effect_present_verbs"])
    noun = alternation(str(w).lower() for w in (*data["effect_nouns"], *data["concern_nouns"]))
    return re.compile(_then(verb, noun, 2))


def names_vague_effect(text: str) -> bool:
    """Whether ``text`` names a diffuse effect rather than an act: a forward modal of one
    ("could influence the tactical landscape", "may have wider ramifications") or the same
    told in the present ("raises critical concerns"); ``effect_*`` and ``concern_nouns`` of
    data/judgments.yaml (the vocabulary that keeps such a sentence out of the indicators)."""
    low = text.lower()
    vocab = _vocabulary()
    in_force, dated, verbs = vocab["effect_in_force"], vocab["effect_dated"], vocab["effect_verbs"]
    for kind in ("diffuse_effect", "present_effect"):
        for m in vocab[kind].finditer(low):
            if in_force.search(m.group(0)):
                continue  # a measure in force: "the sanctions have taken effect"
            if m.group(0).split()[-1] in verbs and dated.match(low, m.end()):
                continue  # an effect on a named object on a date: "affect flights on Friday"
            return True
    return False


def _effect_exceptions(data: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an effect that is a measure in force: ``effect_in_force`` right before "effect",
    matched against the end of an effect phrase; an object and a date right after an effect
    verb: up to four words, one of ``effect_date_prepositions``, then one of
    ``effect_date_words``, a weekday or month of data/numbers.yaml or a figure)."""
    numbers = load_data("numbers.yaml")
    force = alternation(str(w).lower() for w in data["effect_in_force"])
    prep = alternation(str(w).lower() for w in data["effect_date_prepositions"])
    when = alternation(
        str(w).lower()
        for w in (*data["effect_date_words"], *numbers["weekdays"], *numbers["months"])
    )
    return (
        re.compile(rf"(?<![\w-])(?:{force})\s+effects?$"),
        re.compile(
            rf"\s+(?:[\w'’-]+\s+){{1,4}}?(?:{prep})\s+(?:the\s+)?(?:(?:{when})(?![\w-])|\d)"
        ),
    )


def _information_promise(data: dict[str, Any]) -> re.Pattern[str]:
    """A promise of information about the news ("would release more information", "more
    details will follow", "no further comment would be made"; ``information_verbs``,
    ``information_nouns`` and ``information_participles`` of data/judgments.yaml), lower
    case: no development to observe."""
    verbs = alternation(str(w).lower() for w in data["information_verbs"])
    nouns = alternation(str(w).lower() for w in data["information_nouns"])
    participles = r"\s+".join(
        [alternation(str(w).lower() for w in data["information_participles"])]
    )
    modal = r"(?:will|would|could|may|might|shall|'ll|’ll)"
    some = (
        r"(?:(?:more|further|additional|any|new|fuller|full|the|an?|its|their|an\s+official)\s+)?"
    )
    return re.compile(
        rf"(?<![\w-]){modal}\s+(?:(?:soon|later|also|then|not)\s+)?(?:be\s+able\s+to\s+)?"
        rf"(?:{verbs})\s+{some}(?:[a-z]+\s+)?(?:{nouns})(?![\w-])"
        rf"|(?<![\w-])(?:more|further|additional)\s+(?:{nouns})\s+{modal}\s+"
        rf"(?:follow|come|be\s+(?:{participles}))"
        r"(?![\w-])"
    )


@cache
def _vocabulary() -> dict[str, Any]:
    """The compiled word lists of ``data/judgments.yaml``."""
    data = load_data("judgments.yaml")
    in_force, dated = _effect_exceptions(data)

    def pattern(words: Sequence[str]) -> re.Pattern[str]:
        return re.compile(_any_of(words))

    # a title before a name labels the speaker, not the topic: "Prime Minister Yulia
    # Svyrydenko said facilities were damaged" is not a political event
    titles = alternation(t.lower() for t in data["speaker_titles"])
    heads = alternation(h.lower() for h in data["landmark_heads"])
    return {
        "landmark": re.compile(
            _then(heads, titles, 2, word=r"[\w.'’-]+", lead=r"of\s+(?:the\s+)?")
            + rf"|(?<![\w-])(?:{titles})['’]s\s+(?:{heads})(?![\w-])",
            re.I,
        ),
        "speaker": re.compile(
            rf"(?<![\w-])(?:(?i:{titles})\s+)+(?=[A-Z])|(?<![\w-])(?i:said|says)\s+in\s+a\s+"
            r"(?i:statement|post|briefing)\b"
        ),
        "domains": [(d["key"], pattern(d["cues"])) for d in data["domains"]],
        "legal": pattern(data["legal_cues"]),
        "fronted_time": re.compile(
            r"^\W*(?:"
            + alternation(str(w) for w in load_data("cues.yaml")["fronted_time_conjunctions"])
            + r")\s[^;:\"]*?,\s"
        ),
        "not_cues": pattern(data["not_domain_cues"]),
        # a reporting clause closing the sentence: ", the Armenian government said." or
        # ", according to the government." (the speaker, not the topic; round trial21); after
        # the verb only when and where it was said (", the UN said on Monday."), never an
        # object: "In Aden, hospitals reported cholera outbreaks." is the main clause (revE19)
        "speaker_clause": re.compile(
            r"(?:,|[.!?,]?[\"”’'])\s+(?:(?:[\w'’.-]+\s+){1,5}?(?:"
            + alternation(str(w).lower() for w in data["speaker_clause_verbs"])
            + r")(?:\s+(?:on|in|at|late|earlier|later|today|yesterday|tonight|this|last|via|"
            + r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + r"(?:\s+[\w'’.-]+){0,2})?|according\s+to(?:\s+[\w'’.-]+){1,5})\s*[.!?]?\s*$",
            re.I,
        ),
        "recommendation": pattern(data["recommendation"]),
        # the main clause: an optional opening phrase ("In its final section,"), a subject of
        # up to four words that opens no subordinate clause ("after a UN report found ...",
        # "whose report argued ..."), a piece and its verb
        "piece_summary": re.compile(
            r"^\W*(?:[^,;:]*,\s*)?(?!(?:"
            + alternation(str(w).lower() for w in data["piece_clause_openers"])
            + r")(?![\w-]))(?:[\w'’-]+\s+){0,4}?(?:"
            + alternation(w.lower() for w in data["piece_nouns"])
            + r")\s+(?:[a-z]+ly\s+)?(?:"
            + alternation(w.lower() for w in data["piece_verbs"])
            + r")(?![\w-])"
        ),
        "statement": _reported_statement(data),
        # in a reported clause: the speaker itself as its subject ("said it will ..."), or
        # another's course foreseen ("said the militia is expected to ...")
        "speaker_subject": re.compile(
            r"\s*(?:that\s+)?(?:"
            + alternation(str(w).lower() for w in data["statement_speaker_pronouns"])
            + r")(?![\w'’-])"
        ),
        "foreseen": pattern(data["statement_foreseen_cues"]),
        "indicator": pattern(data["indicator_cues"]),
        "clause_watch": pattern(data["clause_watch_cues"]),
        "not_forward": pattern(data["not_forward"]),
        "information": _information_promise(data),
        # a condition, a future time or a scheduled event: what is to come, to watch
        "information_forward": re.compile(
            _any_of(data["forward_conditions"])
            + "|"
            + _then(
                alternation(w.lower() for w in data["scheduled_links"]),
                alternation(w.lower() for w in data["scheduled_events"]),
                3,
            )
        ),
        "estimate_forward": pattern((*data["forward_conditions"], *data["forward_times"])),
        # "Responding to a question on whether X is behind the attack, ...": a question put
        # to a speaker, up to its clause's end, is no development to watch
        "question": re.compile(
            r"(?<![\w-])(?:"
            + alternation(w.lower() for w in data["question_framings"])
            + r")(?![\w-])[^,;.]*"
        ),
        # "Even a limited exchange could ...": what would follow a supposed event
        "hypothetical": re.compile(
            r"^\W*(?:"
            + alternation(w.lower() for w in data["hypothetical_openers"])
            + r")\s+(?:[\w'’-]+\s+){0,5}?(?:would|could|might|may|will)(?![\w-])"
        ),
        # "the toll could be more than 20": an estimate of a count already there
        "present_estimate": re.compile(
            _then(
                alternation(w.lower() for w in (*data["figure_nouns"], *data["estimate_subjects"])),
                "could|may|might|would",
                3,
            )
            + r"\s+(?:well\s+|still\s+)?(?:be\s+"
            + r"(?:"
            + alternation(w.lower() for w in data["estimate_comparatives"])
            + r")|(?:"
            + alternation(w.lower() for w in data["estimate_verbs"])
            + r"))(?![\w-])[^,;]*"
        ),
        "past_purpose": re.compile(
            r"(?<![\w-])(?:"
            + alternation(w.lower() for w in data["purpose_openers"])
            + r")\s+[^,;]*?(?<![\w-])(?:"
            + alternation(w.lower() for w in data["past_purpose_modals"])
            + r")(?![\w-])[^,;]*"
        ),
        "present_aux": re.compile(
            r"(?:(?<![\w-])|(?=['’]))(?:"
            + alternation(str(w).lower() for w in data["present_auxiliaries"])
            + r")(?![\w-])"
        ),
        "past_verb": re.compile(
            r"(?<![\w-])(?:[a-z]+ed|"
            + alternation(w.lower() for w in data["irregular_participles"])
            + r")(?![\w-])"
        ),
        "stance": _stance(data),
        "joined_action": _joined_action(data),
        "stance_time": _stance_time(data),
        "stance_deed": _stance_deed(data),
        "stance_purpose": _stance_purpose(data),
        "diffuse_effect": _diffuse_effect(data),
        "present_effect": _present_effect(data),
        "effect_in_force": in_force,
        "effect_dated": dated,
        "effect_verbs": frozenset(str(w).lower() for w in data["effect_verbs"]),
        "past_modal": re.compile(
            r"(?<![\w-])(?:may|might|could|would|must|should)\s+(?:not\s+|well\s+)?"
            r"(?:have\s+(?:[a-z]+(?:ed|en|wn)|"
            + alternation(w.lower() for w in data["irregular_participles"])
            + r")|be\s+(?:"
            + alternation(w.lower() for w in data["past_explanation_participles"])
            + r"))(?![\w-])"
        ),
        "label": re.compile(
            _then(
                alternation(w.lower() for w in data["label_hedges"]),
                alternation(w.lower() for w in data["labelled_actors"]),
                2,
                word=r"[a-z][\w'’-]*",
            ),
            re.I,
        ),
        "label_words": frozenset(w.lower() for w in data["label_hedges"]),
        "general": pattern(data["general_practice"]),
        "general_aside": re.compile(
            r",\s*(?:"
            + alternation(str(w).lower() for w in data["general_aside_links"])
            + r")(?![\w'’-])[^,;]*"
        ),
        "forward_time": pattern(data["forward_times"]),
        "past_intent": re.compile(
            r"(?:(?<![\w-])(?:"
            + alternation(str(w).lower() for w in data["past_intent_openers"])
            + r")(?![\w-])|['’]d(?![\w-]))\s*(?:(?:"
            + alternation(str(w).lower() for w in data["past_intent_adverbs"])
            + r")\s+)?(?:"
            + alternation(str(w).lower() for w in data["past_intent_verbs"])
            + r")\s+to(?![\w-])|(?<![\w-])(?:"
            + alternation(str(w).lower() for w in data["past_intent_changed"])
            + r")\s+(?:initially|originally|previously)\s+(?:"
            + alternation(str(w).lower() for w in data["past_intent_changed_verbs"])
            + r")\s+to(?![\w-])"
        ),
        "past_foresight": re.compile(
            _then(
                alternation(str(w).lower() for w in data["past_foresight_verbs"]),
                alternation(str(w).lower() for w in data["past_foresight_modals"]),
                6,
                lead=r"(?:that\s+)?",
            )
        ),
        # the opener and its clause, to the next comma or semicolon
        "open_clause": re.compile(
            r"(?<![\w-])(?:"
            + alternation(str(w).lower() for w in data["open_clause_openers"])
            + r")(?P<rest>\s+[^,;]*)"
        ),
        "past_opener": re.compile(
            r"^\W*(?:" + "|".join(str(w) for w in data["past_openers"]) + r")(?![\w-])[^,;]*,"
        ),
        "past_modals": pattern(data["past_foresight_modals"]),
        "open_past": pattern(data["open_clause_past"]),
        "open_determiners": frozenset(str(w).lower() for w in data["open_clause_determiners"]),
        "open_ahead": pattern(data["open_clause_modals"]),
        "watch_described": re.compile(
            r"(?<![\w'’-])(?P<lead>[a-z'’]+)\s+(?:[a-z]+ly\s+)?(?:"
            + alternation(str(w).lower() for w in data["watch_verbs"])
            + r")(?![\w-])"
        ),
        "watch_leads": frozenset(str(w).lower() for w in data["watch_leads"]),
        # not after its noun, closing a phrase ("among the activities planned, a kit said")
        "planned_described": re.compile(
            r"(?<![\w'’-])(?P<lead>[\w'’-]+)\s+planned(?![\w-])(?!\s*(?:[,.;:)]|$))"
        ),
        "planned_leads": tuple(str(w).lower() for w in data["planned_leads"]),
        "deadline_past": re.compile(
            _then("deadlines?", alternation(str(w).lower() for w in data["deadline_past_after"]), 3)
            + r"|(?<![\w-])(?:"
            + alternation(str(w).lower() for w in data["deadline_past_before"])
            + r")\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?deadlines?(?![\w-])"
        ),
        "sign_described": re.compile(
            _then(
                alternation(str(w).lower() for w in data["sign_copulas"]),
                alternation(str(w).lower() for w in data["sign_nouns"]),
                2,
                word=r"[a-z'’-]+",
                lead=r"(?:a|an|the|one)\s+",
            )
            + r"\s+of(?![\w-])"
        ),
        "attributive_past": pattern(data["attributive_past_verbs"]),
        "writer_view": re.compile(
            r"^\W*(?:(?:"
            + alternation(str(w).lower() for w in data["writer_view_connectives"])
            + r")\W+)?(?:"
            + "|".join(str(w) for w in data["writer_view_openers"])
            + r")(?![\w-])"
        ),
        "until_reporting": re.compile(
            r"(?<![\w-])(?:"
            + alternation(str(w).lower() for w in data["until_reporting_verbs"])
            + r")(?![\w-])"
        ),
        "until_past": re.compile(
            r"(?<![\w-])until\s+(?:(?!(?:"
            + alternation(str(w).lower() for w in data["until_present"])
            # "-ed" but not a present's "-eed" ("until the talks succeed"); a past form, not
            # one a present shares ("until the rains come", "until troops quit": round revA25)
            + r")(?![\w-]))[\w'’.-]+\s+){0,5}?(?:[a-z]+[^\We]ed|"
            + alternation(
                str(w).lower()
                for w in [*data["attributive_past_verbs"], *data["until_past_verbs"]]
                if str(w).lower() not in {str(v).lower() for v in data["until_ambiguous"]}
            )
            + r")(?![\w'’-])"
        ),
        "attributive": re.compile(
            r"(?<![\w-])(?:the|a|an|its|their|his|her|this|that|these|those|from|of|for|to|on"
            r"|in|into|at)\s+(?:"
            + alternation(str(w).lower() for w in data["forward_attributives"])
            + r")(?=\s+[a-z])"
        ),
    }


def statement_hedges(text: str, hedges: Sequence[str]) -> list[str]:
    """The ``hedges`` (cue words found in ``text``) that hedge the statement: a label on
    who the actors are ("At least 28 suspected gang members were killed", "the alleged
    smugglers were detained"; ``label_hedges`` before ``labelled_actors`` in
    ``data/judgments.yaml``) doubts their identity, not the event, and is dropped when every
    use of the word in ``text`` is such a label. A label on an event ("the alleged strike")
    and every other hedge are kept."""
    vocab = _vocabulary()
    kept: list[str] = []
    for hedge in hedges:
        word = str(hedge).lower()
        if word in vocab["label_words"]:
            uses = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I))
            labels = sum(
                1 for m in vocab["label"].finditer(text) if m.group(0).lower().startswith(word)
            )
            if uses and labels >= uses:
                continue
        if word in _source_verbs() and _named_reporter_only(text, word):
            continue  # "the Interior Ministry reported at 8.30am": who says it, no doubt
        kept.append(hedge)
    return kept


@cache
def _source_verbs() -> frozenset[str]:
    """Hedge words that are also the speech verb of a named source (``source_verb_hedges``
    of data/judgments.yaml: "reported")."""
    return frozenset(str(w).lower() for w in load_data("judgments.yaml")["source_verb_hedges"])


@cache
def _ordinary() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("ordinary_words.yaml")["words"])


def _ordinary_word(word: str) -> bool:
    low = word.lower().strip(".,'’")
    return low in _ordinary() or singular(low) in _ordinary()


def _named_reporter_only(text: str, word: str) -> bool:
    """Whether every use of ``word`` ("reported") in ``text`` is the verb of a named source
    right before it: a run of capitalised words ("the Interior Ministry reported", "Kelvo
    News reported", "Reuters has reported"), not one ordinary word opening the sentence
    ("Residents reported hearing blasts": a vague group), nor a passive or an attribute
    ("clashes were reported", "the reported strike"), which still hedge (round trialB25)."""
    uses = list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I))
    if not uses:
        return False
    for m in uses:
        before = re.search(r"((?:[A-Z][\w'’.&-]*\s+)+)(?:(?:has|have|had)\s+)?$", text[: m.start()])
        if not before:
            return False
        lead = re.search(r"([A-Za-z]+)\W*$", text[: before.start(1)])
        if lead and lead.group(1).islower() and lead.group(1) != "the":
            return False  # "Witnesses in Ostra reported ...": the name is no subject
        words = before.group(1).split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words:
            return False  # "The ministry reported ...": no name
        if len(words) == 1 and _ordinary_word(words[0]):
            return False  # "Residents reported ...", "Officials reported ...": no one named
    return True


@cache
def _geography() -> re.Pattern[str]:
    """A sentence describing where a named place is (``geography_*`` of data/judgments.yaml):
    a named place and a verb of lying ("lies", "borders"), or a copula and a kind of place at
    the head of its predicate, a verb of lying or linking or a direction in its clause."""
    data = load_data("judgments.yaml")
    copulas = alternation(str(w).lower() for w in data["geography_copulas"])
    lying = alternation(str(w).lower() for w in data["geography_lying"])
    nouns = alternation(str(w).lower() for w in data["geography_nouns"])
    verbs = alternation(str(w).lower() for w in data["geography_verbs"])
    name = r"[A-Z][\w'’.-]*"
    return re.compile(
        rf"^\W*(?:The\s+)?{name}(?:[\s-]+(?:(?:of|the|el|al)[\s-]+)?{name}){{0,4}}"
        rf"(?:\s+(?i:{nouns}))?(?:,\s+(?:an?|the)\s+[^,;:]{{2,60}},)?"  # ", a mountain pass,"
        rf",?\s+(?:(?:also|still|now)\s+)?(?:(?:{lying})(?![\w-])|(?:{copulas})\s+"
        r"(?![a-z]+ing\b)"  # "is sending aid to the border town": an act, not a place
        # what the place is, at the head of the predicate ("is the narrow body of water",
        # "is a port city"), or where it lies or what it links, anywhere in the clause
        rf"(?:(?:an?|the|its)\s+(?:[a-z][a-z'’-]*\s+){{0,3}}?(?:{nouns})(?![\w'’-])"
        rf"|[^;:.]*?(?<![\w-])(?i:{verbs}|"
        r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
        r"\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:from|of|off))(?![\w-])))"
    )


def is_geography(text: str) -> bool:
    """Whether ``text`` describes where a named place is ("The Kora Strait is the narrow body
    of water separating Ostland from the coast", "Port Vell lies 40 km north of the
    capital"): background in no domain. Not a sentence that tells an event or a condition
    there (``geography_not`` of data/judgments.yaml or an event verb of data/events.yaml:
    "Tarn is a port city where 12 civilians were killed", "Port Vell lies in ruins after
    three days of shelling", "Dorn is the provincial capital the rebels captured")."""
    if _geography().match(text.translate(CURLY_QUOTES)) is None:
        return False
    return _geography_not().search(text) is None and not predicate_events(text)


@cache
def _geography_not() -> re.Pattern[str]:
    words = alternation(str(w).lower() for w in load_data("judgments.yaml")["geography_not"])
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w'’-])", re.I)


def domain_of(text: str) -> str | None:
    """The domain a reported event is about (``data/judgments.yaml``): most cue hits wins,
    ties go to the earlier domain; None when no cue is found, or when the sentence describes
    where a place is (:func:`is_geography`: "the narrow body of water separating ..." is
    no humanitarian water). Titles before a name ("Prime Minister X") and "said in a
    statement" label the speaker, and so does a reporting clause closing the sentence (", the
    Armenian government said."; ``speaker_clause_verbs``); a title naming a landmark ("the
    residence of the ambassador", "the prime minister's office") names a place: none is
    counted, and
    neither is a name that holds a cue word without being about its domain ("the exclusive
    economic zone": ``not_domain_cues``). A court ("ICJ", "tribunal", "jurisdiction":
    ``legal_cues``) counts for the domain of its case: humanitarian beside a humanitarian
    cue, else political and diplomatic. A fronted clause of time ("Following the
    referendum, ...") counts only when the main clause names no domain."""
    if is_geography(text):
        return None
    vocab = _vocabulary()
    low = vocab["speaker"].sub(" ", vocab["landmark"].sub(" ", text))
    low = vocab["speaker_clause"].sub(" ", low).lower()
    low = vocab["not_cues"].sub(" ", low)
    # a fronted clause of time ("Following the referendum, the president ordered oil firms
    # out") says when the act came: the act of the main clause names the domain, the
    # clause only when the main clause names none (``fronted_time_conjunctions``)
    main = vocab["fronted_time"].sub(" ", low, count=1)
    if main != low and any(pattern.search(main) for _, pattern in vocab["domains"]):
        low = main
    counts = {key: len(pattern.findall(low)) for key, pattern in vocab["domains"]}
    # a court's cues go to the domain of its case: humanitarian beside a humanitarian cue,
    # else political and diplomatic (``legal_cues``)
    legal = len(vocab["legal"].findall(low))
    if legal:
        counts["humanitarian" if counts.get("humanitarian") else "political"] += legal
    best: tuple[int, str] | None = None
    for key, _ in vocab["domains"]:
        hits = counts[key]
        if hits and (best is None or hits > best[0]):
            best = (hits, key)
    return best[1] if best else None


_QUOTE = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')


# a text cut from its sentence opens in lower case ("warn of renewed fighting next week.");
# a heading or caption opens with a gerund and ends with no stop ("Warning of renewed
# fighting in the coming weeks"); a bullet ("Watch for troop movements by March") is neither
# (round revB18) the first word all in lower case: "eBay will suspend", "iOS users will" are
# names; a heading's gerund has a stem of three letters or more ("Bring forward the vote" is
# an imperative) and no finite verb after it: "Beijing will host talks next week", "Sterling
# is expected to fall" are sentences whose subject ends in -ing
_CLIPPED_OPENING = re.compile(r"^[\"'“‘(]?[a-z][a-z'’-]*(?![\w'’-])")
_HEADING = re.compile(
    r"^[\"'“‘(]?[A-Z][a-z]{2,}ing\b"
    r"(?!.*\b(?:will|would|could|can|may|might|must|shall|should|is|are|was|were|has|have|"
    r"had)\b)(?!.*[.!?][\"'”’)]*$)",
    re.DOTALL,
)

# a non-restrictive relative clause: ", which ..." up to the next comma, semicolon or the end
_WHICH_CLAUSE = re.compile(r",\s*which\s+[^,;]*")
# a relative clause opened by a preposition ("the mechanism through which it will be
# monitored", "a plan under which troops would withdraw"): it qualifies a noun of its main clause;
# "in which case", "in which event", "by which time" qualify none: they link a clause of their
# own ("..., in which case the army will attack") and are left to the main clause
_PREPOSITION_WHICH = re.compile(
    r"(?<![\w-])(?:through|by|under|in|with|for|from|on|to|via)\s+which\s+"
    r"(?!(?:case|event|time)(?![\w-]))[^,;]*",
    re.I,
)


@cache
def _schedule() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_data("judgments.yaml")
    cues = alternation(str(w).lower() for w in data["schedule_cues"])
    links = alternation(str(w).lower() for w in data["schedule_second_clauses"])
    # what before a cue makes it a second or relative clause: a ";", a comma and a link word
    # anywhere before it, or a link word right before it
    second = re.compile(rf";|,\s+(?:{links})(?![\w'’-])|(?<![\w'’-])(?:{links})\s+$", re.I)
    return re.compile(rf"(?<![\w'’-])(?:{cues})\s+(?!not\b)[a-z]", re.I), second


def is_schedule(text: str) -> bool:
    """Whether ``text`` tells a schedule as its news ("Talks are scheduled to begin shortly",
    "The envoys will meet on Friday"; ``schedule_cues`` of data/judgments.yaml, then a verb),
    outside quotation marks and ", which" clauses; "will not" is none. A cue in a second
    predicate, a clause after a ";" or a relative clause (``schedule_second_clauses``:
    "seized the airport on 4 May and will press on", "resigned today; parliament will
    choose", "the ministers, who will meet on Friday, signed ...") is none either: the act
    before it is the news."""
    cue, second = _schedule()
    plain = _WHICH_CLAUSE.sub(" ", _QUOTE.sub(" ", text))
    return any(second.search(plain, 0, m.start()) is None for m in cue.finditer(plain))


@cache
def _fixed_schedule() -> re.Pattern[str]:
    cues = alternation(str(w).lower() for w in load_data("judgments.yaml")["fixed_schedule_cues"])
    return re.compile(rf"(?<![\w'’-])(?:{cues})\s+[a-z]", re.I)


def is_fixed_schedule(text: str) -> bool:
    """Whether ``text`` tells an appointment as its news (:func:`is_schedule` with one of
    ``fixed_schedule_cues``: "is scheduled to meet", "are due to sign"), outside quotation
    marks: an appointment that names no day looks to the days right after its report."""
    return is_schedule(text) and _fixed_schedule().search(_QUOTE.sub(" ", text)) is not None


# a passive of an appeal's verb: "the army will be called upon to secure the polls" tells
# what someone will be asked to do, no appeal of the speaker's (round revB25)
_PASSIVE_CALL = re.compile(
    r"\b(?:be|been|being|is|are|was|were|get|gets|got)\s+(?:\w+ly\s+)?called\s+(?:up)?on\b"
)


def is_indicator(text: str) -> bool:
    """Whether ``text`` can stand as an indicator to watch: a forward-looking or conditional
    cue outside any quotation (a quote about the present is not one), and no recommendation
    ("should", "must", "urged ..."): what someone ought to do is not something to observe.
    A modal reporting the past ("wreckage could be seen", "could not be verified", "may have
    motivated", "could be attributed to") is not a forward cue; "may have to" still is.
    A cue inside a non-restrictive relative clause ("The council expressed concern about the
    threat to the city, which could endanger thousands", "The fall of the town is a defeat,
    which is a setback that will likely erode ...") qualifies a noun of a statement about the
    present: it counts only when the clause names a time or a sign to watch
    (``clause_watch_cues`` in data/judgments.yaml: "..., which could signal an offensive",
    "..., which is due to expire next week"); so does a relative clause opened by a
    preposition ("Ana Sol outlined the mechanism through which the truce will be monitored"),
    which also counts when it names a time (``forward_times``: "a plan under which troops
    will withdraw by June"). A purpose clause with a past modal ("...
    searched the convoy so that officers could make sure it carried no cement";
    ``purpose_openers``, ``past_purpose_modals``) after a past verb tells why a past act was
    done and is no forward cue either; after a present or future one ("is massing troops so
    that it would be able to launch an offensive"; ``present_auxiliaries``) it still is.
    A modal of a diffuse effect ("may have wider ramifications", "could influence the
    tactical landscape"; ``effect_*`` in data/judgments.yaml) names no action to observe and
    is no forward cue; a condition or a sign to watch beside it still is. An estimate of a
    count already there ("The death toll could be more than 20", "the real number may be
    far higher", "its figures might understate the true toll"; ``estimate_*`` and
    ``figure_nouns``) says what is, not what is to come; "the
    toll could rise" still looks ahead. Neither a promise of information nor an estimate is
    removed when a condition, a future time or a scheduled event says it is to come
    (``forward_conditions``, ``forward_times``, ``scheduled_links``, ``scheduled_events``:
    "will issue a statement after its vote on Friday", "could be more than 20 by next
    week"). A modal whose subject is only a supposed event
    ("Even a limited exchange could darken the sky"; ``hypothetical_openers``) says what
    would follow it, not a development to watch. A sentence whose main clause reports what a
    cited piece concludes, argues or warns ("The article concludes that ...", "In its last
    part, the study argues that ...", "The UN report warns that ..."; ``piece_nouns``,
    ``piece_verbs``) summarises an argument, no actor's action to observe: it is no
    indicator. A piece named in a subordinate clause ("..., after a UN report found abuses";
    ``piece_clause_openers``) leaves the main clause's cue standing. A general rule or
    procedure ("a warning shot is generally the next step", "standard practice requires
    ..."; ``general_practice``, outside an aside after a comma: ``general_aside_links``, "...,
    as it usually does after protests") is no indicator unless a future time (``forward_times``) says
    when; an intention in the past perfect or since changed ("had initially planned to
    return", "was originally scheduled to open"; ``past_intent_*``) is no forward cue, nor
    is a forward word before a noun ("the upcoming series"; ``forward_attributives``) after
    a past verb of its clause ("withdrew from the upcoming series"). A fragment is no
    indicator: a clause cut from its sentence, opening in lower case ("warn of renewed
    fighting next week."), or a heading or caption, a gerund first and no full stop, "!" or
    "?" last ("Warning of renewed fighting in the coming weeks"), names no actor and action
    a reader can watch for; a bullet ("Watch for troop movements by March") still can. A past
    event or a description of the present that only holds a forward word ("agreed that
    troops would withdraw", "UN observers monitor the crossing", "whether the strike hit the
    depot", "The rebels planned the raid"; :func:`_past_described`) is none either. A
    deadline ahead for an act still to come ("has pledged to cut its imports by 2027", "is to
    be finished before the end of the year"; :func:`briefbook.analysis.hedges.deadline_ahead`)
    is a cue; a past act dated by such a time ("By 2021 the rebels had captured the port")
    is not, nor is a question put to a speaker ("Responding to a question on whether X is
    behind the attack"; ``question_framings``) or a promise of no further comment. The
    writer's own view ("In our view, the militia will ...", "We believe Ostland will ...";
    ``writer_view_openers``, round front25) is a judgment of the piece, no indicator."""
    if _CLIPPED_OPENING.match(text.strip()) or _HEADING.match(text.strip()):
        return False
    vocab = _vocabulary()
    low = text.lower()
    if vocab["recommendation"].search(_PASSIVE_CALL.sub(" ", low)):
        return False  # "calls upon X to ...": an appeal; "will be called upon to": an act
    if vocab["writer_view"].match(low):
        return False  # "In our view, the militia will ...": the piece's judgment, nothing to watch
    if vocab["piece_summary"].search(_QUOTE.sub(" ", low)):
        return False  # "The article concludes that ...": a summary of a cited piece
    said = vocab["statement"].match(low)
    if said and not (
        # a course of another the speaker foresees ("Officials said the militia is expected
        # to attack the airport"): an assessment to watch, not the speaker's own words
        (
            not vocab["speaker_subject"].match(low, said.end())
            and vocab["foreseen"].search(low, said.end())
        )
        or _time_ahead_of_words(low, said.end(), vocab)  # "... on Friday", "for two weeks"
        or vocab["estimate_forward"].search(low, said.end())  # "next month", "unless ..."
        or vocab["information_forward"].search(low, said.end())  # "after its vote"
    ):
        return False  # "X announced it will ...": a report of words, nothing to watch
    unquoted = _QUOTE.sub(" ", low)
    # "a warning shot is generally the next step": a rule, no development; a habit in an
    # aside ("..., as it usually does after protests") leaves the main clause to decide
    ruled = vocab["general"].search(vocab["general_aside"].sub(" ", unquoted))
    if ruled and not vocab["forward_time"].search(unquoted):
        return False
    plain = vocab["past_modal"].sub(" ", vocab["not_forward"].sub(" ", unquoted))
    # "Responding to a question on whether X is behind it and if ...": the question, with
    # its "if", is no condition of what follows
    plain = vocab["question"].sub(" ", plain)
    plain = vocab["past_intent"].sub(" ", plain)  # "had planned to leave": a past intention
    plain = _past_described(plain, vocab)  # "agreed that troops would", "The rebels planned"
    # "withdrew from the upcoming series": a past act about a coming event
    plain = vocab["attributive"].sub(lambda m: _past_attributive(plain, m, vocab), plain)
    # a promise of information or an estimate, unless a condition, a future time or a
    # scheduled event says it is to come ("after its vote on Friday", "if the offensive
    # begins", "by next week")
    if not vocab["information_forward"].search(plain):
        plain = vocab["information"].sub(" ", plain)  # "would release more information"
    if not (vocab["estimate_forward"].search(plain) or vocab["information_forward"].search(plain)):
        plain = vocab["present_estimate"].sub(" ", plain)  # "the toll could be more than 20"
    plain = vocab["hypothetical"].sub(" ", plain)  # "Even a limited exchange could ..."
    plain = vocab["past_purpose"].sub(lambda m: _past_purpose(plain, m, vocab), plain)
    plain = vocab["diffuse_effect"].sub(" ", plain)  # no action to observe
    if not (vocab["estimate_forward"].search(plain) or vocab["information_forward"].search(plain)):
        # a stance ("will remain vigilant") is no action to observe, unless its clause says
        # when ("until Friday", "for the next two weeks"; not the date of the attribution:
        # ", the ministry said on Monday"), or an action joined to it under its modal ("...
        # and deploy two brigades"), its purpose ("on standby to evacuate ...") or its
        # concrete means ("with air defence systems") is
        plain = vocab["stance"].sub(lambda m: _stance_kept(plain, m, vocab), plain)
    clauses = [m.group(0) for m in _WHICH_CLAUSE.finditer(plain)]
    main = _WHICH_CLAUSE.sub(" ", plain)
    # a clause opened by a preposition and "which" likewise, and a time it names (a month:
    # "under which troops will withdraw by June") says when to look
    preposed = [m.group(0) for m in _PREPOSITION_WHICH.finditer(main)]
    main = _PREPOSITION_WHICH.sub(" ", main)
    if vocab["indicator"].search(main) is not None:
        return True
    if deadline_ahead(main):  # "has pledged to cut its imports by 2027": a deadline ahead
        return True
    if any(vocab["forward_time"].search(c) is not None for c in preposed):
        return True
    return any(vocab["clause_watch"].search(c) is not None for c in [*clauses, *preposed])


@cache
def _commitment() -> re.Pattern[str]:
    """A commitment to act as a sentence's main clause: ``commitment_*`` of
    data/judgments.yaml (:func:`is_commitment`)."""
    data = load_data("judgments.yaml")
    modals = alternation(str(w) for w in data["commitment_modals"])
    adverbs = alternation(str(w) for w in data["commitment_adverbs"])
    stances = alternation(str(w) for w in data["commitment_not"])
    pronouns = alternation(str(w) for w in data["commitment_pronouns"])
    says = alternation(str(w).lower() for w in data["statement_verbs"])
    word = r"[\w'’.-]+"
    return re.compile(
        rf"^\W*(?P<subject>(?!(?i:{pronouns})(?![\w'’-]))[A-Z]{word}"
        rf"(?:\s+(?!(?i:{says}|{modals})(?![\w'’-])){word}){{0,5}}?)"
        rf"(?:,\s+{word}(?:\s+{word}){{0,5}}?,)?"  # an aside: "Malaysia, as ASEAN chair,"
        rf"\s+(?:{modals})\s+(?:(?:{adverbs})\s+)?(?!(?:{stances})(?![\w'’-]))[a-z]+(?![\w'’-])"
    )


def is_commitment(text: str) -> bool:
    """Whether ``text`` is, in its main clause, a named actor's commitment to a concrete act
    ("Malaysia will coordinate an ASEAN observer team", "The foreign ministers are to meet in
    Kuala Lumpur"): its subject opens the sentence (a capitalised word, no pronoun, up to six
    words, perhaps an aside between commas; a name, not a determiner and a common noun:
    ``commitment_determiners``), then a modal of ``commitment_modals`` and a
    verb of an act right after it, not a state, a stance or a hedge (``commitment_not``:
    "will remain", "will likely seek"). A reported statement ("Officials said Ostland will
    ...") is none: its subject is the speaker."""
    m = _commitment().match(text)
    if m is None:
        return False
    # a named actor: a name ("Malaysia", "the UN Security Council"), not a thing or a
    # process ("The conflict will escalate": a forecast)
    first, *rest = m.group("subject").split()
    return first.lower() not in _determiners() or any(w[:1].isupper() for w in rest)


@cache
def _determiners() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("judgments.yaml")["commitment_determiners"])


def _time_ahead_of_words(low: str, at: int, vocab: dict[str, Any]) -> bool:
    """Whether the reported clause of a statement (``low`` from ``at``, right after its
    verb) names a time of what it reports (:func:`_stance_time`: "said it would hold talks
    on Friday", "will stay for two weeks"). A time right after the verb dates the speaking,
    not what it reports ("announced on May 12, 2025, that it would disband", "said on
    Monday that ..."): the clause's time is searched after it (round audit10)."""
    first = vocab["stance_time"].match(low, at)
    if first is None:
        return False
    if _SPEAKING_DATE.match(low, at) is None:
        return True
    return vocab["stance_time"].match(low, first.end()) is not None


# a time right after a statement's verb: "announced on May 12", "said last week", "said
# Thursday" (the link words of a date; the time itself is :func:`_stance_time`'s)
_SPEAKING_DATE = re.compile(r"\s*(?:on|last|this|early|late|earlier)\s")


def _reported_statement(data: dict[str, Any]) -> re.Pattern[str]:
    """The opening of a main clause that reports someone's words (``statement_verbs``,
    ``statement_expressions`` + ``statement_sentiments`` of data/judgments.yaml): a subject of
    up to six words with no modal, perhaps an aside of up to six words between commas after it
    ("Ana Sol, sheltering in a cellar, said ..."), then the verb, up to the reported clause;
    perhaps after a fronted adverbial (``statement_fronted_openers``, up to twelve words with no
    modal, a comma: "In the aftermath of the attack, the government announced ...")."""
    verbs = alternation(str(w).lower() for w in data["statement_verbs"])
    says = alternation(str(w).lower() for w in data["statement_expressions"])
    feels = alternation(str(w).lower() for w in data["statement_sentiments"])
    modal = r"(?!(?:will|would|could|may|might|should|must|can|shall)\s)"
    fronted = alternation(str(w).lower() for w in data["statement_fronted_openers"]).replace(
        r"\ ", r"\s+"
    )
    return re.compile(
        # a fronted adverbial ("In the aftermath of the attack, the government announced")
        rf"^\W*(?:(?i:{fronted})\s+(?:{modal}[\w'’.-]+\s+){{0,11}}?{modal}[\w'’.-]+,\s+)?"
        rf"(?:{modal}[\w'’.-]+\s+){{0,5}}?{modal}[\w'’.-]+"
        # an aside between commas after the subject ("Ana Sol, sheltering in a cellar, said")
        r"(?:,\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+,)?\s+"
        rf"(?:(?:{verbs})|(?:{says})\s+(?:(?:its|their|his|her|cautious|some|strong)\s+)*"
        rf"(?:{feels})\s+(?:that|about|over|in))(?![\w-])"
    )


def _stance_kept(text: str, m: re.Match[str], vocab: dict[str, Any]) -> str:
    """The stance ``m`` of ``text`` kept when a time in its clause, an action joined to it,
    its purpose or its concrete means follows it (:func:`_stance_time`,
    :func:`_joined_action`, :func:`_stance_purpose`, :func:`_stance_deed`), else removed
    (" ")."""
    posture, purpose = vocab["stance_purpose"]
    kept = (
        vocab["stance_time"].match(text, m.end())
        or vocab["joined_action"].match(text, m.end())
        or vocab["stance_deed"].match(text, m.end())
        or (posture.search(m.group(0)) and purpose.match(text, m.end()))
    )
    return m.group(0) if kept else " "


# where the clause an "until" opens ends: a comma, a semicolon, a colon or a joined clause
_CLAUSE_END = re.compile(r"[,;:]|\s(?=(?:but|while|whereas|although|though|yet)\s)")


def _until_past(text: str, vocab: dict[str, Any]) -> re.Match[str] | None:
    """The "until" clause telling a past event after a would, could or might of ``text``
    (lower case), or None. A modal reported from a speaker ("The rebels vowed they would fight
    until Karsia withdrew", "warned that the blockade would last until the hostages were
    released": the reported verb's tense is the report's, not the event's) looks ahead all
    the same (round revA25)."""
    m = vocab["until_past"].search(text)
    if m is None:
        return None
    modal = vocab["past_modals"].search(text, 0, m.start())
    before = text[: modal.start()] if modal is not None else ""
    if modal is None or has_speech_verb(before) or vocab["until_reporting"].search(before):
        return None
    return m


def _past_described(text: str, vocab: dict[str, Any]) -> str:
    """``text`` (lower case) with the forward words that tell a past event or describe the
    present blanked (" "): a modal foreseen in the past ("agreed that troops would withdraw",
    ``past_foresight_*``; kept when a future time or a condition says what is to come); an
    open question or a condition about the past ("whether the strike hit the depot", "if a
    patrol approached", ``open_clause_*``); "watch" or "monitor" after a subject ("UN
    observers monitor the crossing", ``watch_*``); "planned" as a past verb ("The rebels
    planned the raid", ``planned_leads``); a deadline gone by (``deadline_past_*``); a sign
    named by a copula ("are a key indicator of", ``sign_*``); a would, could or might of a
    sentence opened by a time long past ("In the 1990s, patrols would cross", ``past_openers``)
    or told before a past event ("No mediator could halt it until Westmark stepped in",
    ``until_past_verbs``, round front25)."""
    if not vocab["estimate_forward"].search(text):
        text = vocab["past_foresight"].sub(" ", text)
        # "In the 1990s, patrols would cross ...", "could not ... until Westmark stepped in"
        until = _until_past(text, vocab)
        if until is not None:
            # the past "until" clause is the past event's, its time too ("until the airlift
            # began in May"): no forward time of the sentence (round revA25)
            rest = _CLAUSE_END.split(text[until.start() :], 1)
            text = text[: until.start()] + " " + (rest[1] if len(rest) > 1 else "")
        if vocab["past_opener"].match(text) or until is not None:
            text = vocab["past_modals"].sub(" ", text)

    def open_clause(m: re.Match[str]) -> str:
        clause = m.group(0)
        if vocab["open_ahead"].search(clause) or vocab["forward_time"].search(clause):
            return clause
        if vocab["present_aux"].search(clause):
            return clause
        # its verb among the five words after the opener, not after a determiner ("its
        # combined drills" is no verb)
        words = m.group("rest").split()[:5]
        past = any(
            (vocab["past_verb"].fullmatch(w) or vocab["open_past"].fullmatch(w))
            and (k == 0 or words[k - 1] not in vocab["open_determiners"])
            for k, w in enumerate(words)
        )
        return " " if past else clause

    text = vocab["open_clause"].sub(open_clause, text)
    text = vocab["watch_described"].sub(
        lambda m: m.group(0) if m.group("lead") in vocab["watch_leads"] else " ", text
    )

    def planned(m: re.Match[str]) -> str:
        lead = m.group("lead")
        kept = lead in vocab["planned_leads"] or lead.endswith(("'s", "’s", "s'"))
        return m.group(0) if kept else " "

    text = vocab["planned_described"].sub(planned, text)
    text = vocab["deadline_past"].sub(" ", text)
    return vocab["sign_described"].sub(" ", text)


def _past_purpose(text: str, m: re.Match[str], vocab: dict[str, Any]) -> str:
    """The purpose clause ``m`` removed (" ") when the verb before it, in its clause of
    ``text``, is past ("searched the convoy so that ..."), kept when that clause is in the
    present or future ("is massing troops so that it would be able to ...")."""
    start = max(text.rfind(";", 0, m.start()), text.rfind(",", 0, m.start()), -1) + 1
    before = text[start : m.start()]
    if vocab["present_aux"].search(before) or not vocab["past_verb"].search(before):
        return m.group(0)
    return " "


def _past_attributive(text: str, m: re.Match[str], vocab: dict[str, Any]) -> str:
    """The forward word before a noun ``m`` of ``text`` ("the upcoming series") removed
    (" ") when the verb before it, in its clause, is past ("withdrew from the upcoming
    series"; ``past_verb`` or ``attributive_past_verbs``), kept after a present or future
    one ("will attend the upcoming summit")."""
    start = max(text.rfind(";", 0, m.start()), text.rfind(",", 0, m.start()), -1) + 1
    before = text[start : m.start()]
    if vocab["present_aux"].search(before):
        return m.group(0)
    if vocab["past_verb"].search(before) or vocab["attributive_past"].search(before):
        return " "
    return m.group(0)


def parse_iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def freshness_limit(issue_date: str | None, fresh_since: str | None, days: int) -> dt.date | None:
    """The issue's freshness limit: the first day of its window (``fresh_since``), else
    ``days`` before ``issue_date``; None when neither is known."""
    issue = parse_iso(issue_date)
    return parse_iso(fresh_since) or (issue - dt.timedelta(days=days) if issue else None)


def dated_sources(
    documents: Sequence[Document], issue_date: str | None, fresh_since: str | None, days: int
) -> dict[str, str]:
    """Source id -> publication date, for sources older than the issue's freshness limit.
    An undated source (:func:`~briefbook.model.known_published`: a file's modification time
    is no date) is never listed: its age is unknown."""
    limit = freshness_limit(issue_date, fresh_since, days)
    if limit is None:
        return {}
    out: dict[str, str] = {}
    for d in documents:
        published = parse_iso(known_published(d))
        if published is not None and published < limit:
            out[d.id] = published.isoformat()
    return out


def domain_order() -> list[str]:
    """Domain keys in reading order."""
    return [key for key, _ in _vocabulary()["domains"]]
