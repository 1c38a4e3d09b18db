"""Which speaker of a sentence each of its figures belongs to, by the clause that holds it.

:mod:`briefbook.analysis.attribution` gives a sentence its originator; a sentence may hold
more than one voice, so :func:`briefbook.analysis.claims.find_claims` asks here, figure by
figure (offsets into the sentence's text):

* :func:`in_reporter_aside`: a dash-delimited "which/who" aside inside reported speech is the
  reporter's background;
* :func:`before_later_speaker`: a clause before ", and X said" with no speech before it is the
  writer's;
* :func:`second_speaker`: the speaker of a second speech clause after the first ("..., while
  the rebels said", "; the raiders said", "While X said ..., Y said"; a first clause ending
  "according to X" is one), or None;
* :func:`according_in_clause`: the "according to X" of the semicolon clause that holds the
  figure, when the sentence has more than one clause;
* :func:`speech_only_in_relative`: a relative clause after the figure that holds the
  sentence's only speech speaks of something else than the figure;
* :func:`only_claims_the_attack`: a group that claims responsibility for an attack is not the
  source of the attack's toll told after it;
* :func:`only_declares_an_act`: a body that declares an act ("declared national mourning")
  after an occasion is not the source of the toll the occasion clause tells.
* :func:`relative_speaker`: the speaker of a relative clause that tells the figure ("the
  ambush, which police said killed six") is its originator.
* :func:`in_fronted_time_clause`: a figure of a fronted clause of time ("After the vote on
  the 40,000 square kilometre district, the minister announced ...") is the writer's, not
  the speaker of the main clause after it;
* :func:`after_fronted_reports`: a figure of the main clause after a fronted "With X
  reporting N ..., " phrase is the writer's, not the reporters';
* :func:`before_trailing_report`: a figure of the main clause before a trailing ", with X
  saying ..." participle is the writer's, when that clause tells no speech of its own;
* :func:`concessive_speaker`: the speaker of a concessive clause that tells the figure ("the
  toll was revised to six although the police chief confirmed seven deaths") is its
  originator, whoever speaks in the main clause (the sentence's own speaker skips such a
  clause as one that only explains the main clause).
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.analysis.hedges import (
    attribution,
    claim_in_other_sense,
    plural_noun,
    subject_before,
    toll_telling,
)
from briefbook.analysis.numbers import find_quantities
from briefbook.data import load_data
from briefbook.text import CURLY_QUOTES, alternation

__all__ = [
    "according_in_clause",
    "after_fronted_reports",
    "before_later_speaker",
    "concessive_speaker",
    "concessive_speakers",
    "first_speaker",
    "in_fronted_time_clause",
    "fronted_source",
    "in_reporter_aside",
    "later_clause_speaker",
    "only_claims_the_attack",
    "only_declares_an_act",
    "relative_speaker",
    "second_speaker",
    "source_right_after",
    "speech_only_in_relative",
    "told_by_speaker",
]

# a background aside the reporter sets between dashes inside reported speech ("He said
# Dorvia - which has two million citizens abroad - would stay out"): the reporter's voice
_ASIDE = re.compile(
    r"\s[\u2014\u2013-]{1,2}\s*(?:which|who|whose)\b[^\u2014\u2013\"]{3,200}?\s[\u2014\u2013-]{1,2}\s"
)


# a speaker named only in a later coordinated clause: "Traffic included about 20 aid trucks,
# and the Kestan government said it had handed over 11": the first clause is the writer's
# ("..., but this year the Velan ministry says 4,000 crossed": so is the clause before "but")
_LATER_SPEAKER = re.compile(
    r",\s+(?:and|but)\s+(?:(?:this|last|that|in|on|so|far|year|month|week|time|now|then|"
    r"since)\s+){0,3}(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:[a-z]+\s+)?"
    r"(?:said|says|say|told|added|announced|reported|stated)\b"
)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|added|according\s+to|announced|reported|stated)\b|\"", re.I
)


def before_later_speaker(text: str, start: int, end: int) -> bool:
    """Whether a figure sits in a clause before ", and X said", with no speech before it."""
    text = text.translate(CURLY_QUOTES)
    later = _LATER_SPEAKER.search(text, end)
    return later is not None and not _SPEECH_BEFORE.search(text, 0, later.start())


def in_reporter_aside(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` lies in a dash-delimited "which/who" aside outside
    any quotation (the reporter's background, not the speaker's)."""
    text = text.translate(CURLY_QUOTES)
    return any(
        m.start() < start < m.end() and text[: m.start()].count('"') % 2 == 0
        for m in _ASIDE.finditer(text)
    )


# the verbs of a speech clause: ``clause_speech_verbs`` of data/speakers.yaml ("stated" too:
# "while the observatory stated at least 19 were killed"; round claims24)
_SPEECH = (
    rf"(?:\b(?:{alternation(str(w) for w in load_data('speakers.yaml')['clause_speech_verbs'])})\b"
    rf"|{toll_telling()})"
)
# a second speech clause in one sentence: "The army said 12 died, while the rebels said 40
# soldiers were killed", "The army said 40 died; the rebels said 3": the figures after it are
# the second speaker's; a sentence that opens "While X said ..." has its second speaker after
# the first clause's comma
_SECOND_CLAUSE = re.compile(
    rf"(?:(?:,\s*|;\s*|\s+)(?:while|but|whereas|and)\s+|;\s*)(?=[^,;\"]{{1,60}}?{_SPEECH})"
)
_WHILE_FIRST = re.compile(
    r"^\W*(?:While|Whereas|Although|Though)\s[^;\"]*?,\s+(?=[^,;\"]{1,60}?" + _SPEECH + ")"
)
# the same inside a sentence: "..., and while Dorvia reports 71 dead, Kestan declares 105":
# the clause after the comma that closes the "while" clause is the second speaker's
_WHILE_INSIDE = re.compile(
    r"(?:,\s+|;\s*|\s(?:and|but)\s+)(?:while|whereas)\s[^,;\"]*?,\s+(?=[^,;\"]{1,60}?"
    + _SPEECH
    + ")"
)


# adverbs between a speaker and its verb ("security forces later revised"): ``fronted_words``
# of data/speakers.yaml
_ADVERBS_BEFORE = re.compile(
    rf"(?:\s+(?i:{alternation(str(w) for w in load_data('speakers.yaml')['fronted_words'])}))+"
    r"\s*$"
)


def _speaker_of(clause: str, rest: str = "") -> str | None:
    """The speaker of a clause that ends with its speech verb ("the rebels said", "local media
    put", "quoted the border police who announced"): the attribution's source, else the subject
    before the verb. ``rest``, the text after the clause, lets a verb that tells a toll by its
    object count as speech ("security forces later revised" before "the death toll")."""
    found = attribution(clause)[0]
    if found:
        return found
    verb = list(re.finditer(_SPEECH, clause + rest))
    verb = [v for v in verb if v.start() < len(clause)]
    if not verb:
        return None
    # "quoted the border police who announced": the body the relative pronoun stands for;
    # "security forces later revised the toll": the subject before its adverb
    before = re.sub(r"\s(?:who|which|that)\s*$", " ", clause[: verb[-1].start()])
    before = _ADVERBS_BEFORE.sub(" ", before)
    found = subject_before(before)[0]
    bare = re.search(r"(?:\b(?:the|its|their)\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s*$", before)
    if found or not bare or bare.group(1).lower() in _NO_SPEAKER_WORDS:
        # a pronoun, or a determiner before a participle ("... indicate that an estimated
        # 10,180 people ...": "an estimated" modifies the figure; round robust19)
        return found
    return bare.group(1)  # "the raiders said": the noun phrase before the verb


_NO_SPEAKER_WORDS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "who",
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "these",
        "those",
        "such",
        "some",
        "any",
        "every",
        "each",
    ]
)


# a first clause attributed by "according to X" ("2.1 million displaced, according to the
# agency; the governor says 12 schools closed"): a speech clause like "X said"
_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)


def according_in_clause(text: str, start: int) -> str | None:
    """The originator named by "according to X" in the semicolon-delimited clause of ``text``
    that holds offset ``start`` (outside quotations), when the sentence has another clause:
    "4,000 houses flooded, according to the agency; Unicef says ..." gives the 4,000 to the
    agency, whoever the sentence's originator is. None when the clause names none."""
    text = text.translate(CURLY_QUOTES)
    bounds = [m.start() for m in re.finditer(";", text) if text[: m.start()].count('"') % 2 == 0]
    if not bounds:
        return None
    begin = max((b + 1 for b in bounds if b < start), default=0)
    end = min((b for b in bounds if b >= start), default=len(text))
    clause = text[begin:end]
    if not _ACCORDING.search(clause):
        return None
    return attribution(clause)[0]


@cache
def _participle_pair() -> re.Pattern[str]:
    """Two reports told as participles after "with": "with the agency reporting 3,000
    refugees and local sources citing nine dead" (group 1: the second reporter;
    ``participle_report_verbs`` of data/cues.yaml)."""
    verbs = alternation(str(w) for w in load_data("cues.yaml")["participle_report_verbs"])
    return re.compile(
        rf"\bwith\s+(?:[\w'’.-]+\s+){{1,5}}?(?:{verbs})\s[^;\"]*?\s+and\s+"
        rf"((?:[\w'’.-]+\s+){{0,3}}[\w'’.-]+)\s+(?:{verbs})\s",
        re.I,
    )


def second_speaker(text: str, start: int) -> str | None:
    """The speaker of a second speech clause that governs offset ``start`` of ``text`` (after a
    first speech verb), or None. Two reports told as participles after "with" (``"..., with
    the agency reporting 3,000 refugees and local sources citing nine dead"``): the figures
    after the second participle are its reporter's."""
    text = text.translate(CURLY_QUOTES)
    pair = _participle_pair().search(text)
    if pair and pair.end() <= start and not re.search(r"[,;:]", text[pair.end() : start]):
        # the second participle's own object ("and local sources citing nine dead"); after a
        # comma the figure is the main clause's ("..., 40 people were arrested, police said")
        return re.sub(r"^(?:the|its|their)\s+", "", pair.group(1), flags=re.I)
    found = None
    # (end of the first clause, start of the second)
    bounds = [(m.start(), m.end()) for m in _SECOND_CLAUSE.finditer(text, 0, start)]
    if (first := _WHILE_FIRST.match(text)) and first.end() <= start:
        bounds.insert(0, (first.end(), first.end()))
    bounds += [(m.end(), m.end()) for m in _WHILE_INSIDE.finditer(text, 0, start)]
    bounds.sort()
    for before, after in bounds:
        verb = re.search(_SPEECH, text[after:start])
        first_speech = re.search(_SPEECH, text[:before]) or _ACCORDING.search(text[:before])
        if verb and first_speech and text[:before].count('"') % 2 == 0:
            found = (
                _speaker_of(text[after : after + verb.end()], text[after + verb.end() :]) or found
            )
    return found


def fronted_source(text: str, start: int) -> str | None:
    """The source a sentence-opening adverb names for the figure at offset ``start`` of
    ``text`` ("Officially, 132 people were killed, but ..." -> "official figures";
    ``fronted_source_adverbs`` of data/speakers.yaml), when the figure stands before any
    later clause (", but", "; ", ", while") and no speech verb comes between; else None."""
    text = text.translate(CURLY_QUOTES)
    sources = {
        str(k).lower(): str(v)
        for k, v in load_data("speakers.yaml")["fronted_source_adverbs"].items()
    }
    m = re.match(r"^\W*([A-Za-z]+)\s*,\s", text)
    if m is None or m.group(1).lower() not in sources or start < m.end():
        return None
    later = _SECOND_CLAUSE.search(text, m.end())
    if (later and later.start() < start) or re.search(_SPEECH, text[m.end() : start]):
        return None
    if re.search(_SPEECH, text[m.end() : later.start() if later else len(text)]):
        return None  # "Officially, 40 died, the ministry said": the ministry speaks
    return sources[m.group(1).lower()]


def later_clause_speaker(text: str, start: int) -> str | None:
    """The speaker of a speech clause after "but", "while" or "whereas" that tells the figure at
    offset ``start`` of ``text`` when nothing before it speaks ("Officially, 132 people were
    killed, but security sources on the scene say that at least 160 died": the 160 are the
    sources'; round claims27), or None. The figure follows the clause's verb with no comma,
    semicolon or quotation mark between."""
    text = text.translate(CURLY_QUOTES)
    found = None
    for m in _SECOND_CLAUSE.finditer(text, 0, start):
        verb = re.search(_SPEECH, text[m.end() : start])
        if (
            verb
            and m.group(0).strip(" ,;").lower() in {"but", "while", "whereas"}
            and not re.search(r"[,;\"]", text[m.end() + verb.end() : start])
            and '"' not in text[: m.start()]
        ):
            found = _speaker_of(text[m.end() : m.end() + verb.end()], text[m.end() + verb.end() :])
    return found


def first_speaker(text: str, start: int) -> str | None:
    """The speaker of the first of two speech clauses when it governs offset ``start`` of
    ``text``: its speech verb stands before the figure, and a second speech clause follows
    ("..., with Ostland claiming 14 soldiers were killed, while the rebels asserted that 60
    died": the 14 are Ostland's, whoever the sentence's one originator is), or None."""
    text = text.translate(CURLY_QUOTES)
    for m in _SECOND_CLAUSE.finditer(text, start):
        before = text[: m.start()]
        verbs = [v for v in re.finditer(_SPEECH, before[:start])]
        if not verbs or before.count('"') % 2:
            return None
        return _speaker_of(before[: verbs[-1].end()])
    return None


# a relative clause after the figure that holds the sentence's only speech verb ("Nine were
# killed in the raid, which an official said was carried out by bandits"): the official
# speaks of the raid, not of the toll; a quotation inside the clause ('... by "armed men"')
# is part of it
# ("an explosion that killed four and that officials say was planned", "35 bodies, a figure
# officers believe is far below the real toll": the same, a second relative clause or an
# appositive noun for the figure that another predicate's speaker qualifies; "a toll the
# ministry says is likely to rise" is the ministry's own figure: it says so, no belief)
_RELATIVE_SPEECH = re.compile(
    r"(?:,\s+(?:which|who|whom)|\s+and\s+(?:that|which|who)|,\s+(?:a|the)\s+(?:number|figure|"
    r"toll|total|tally|count)(?=\s[^,;\"]{0,40}?\b(?:believe|believes|believed|estimate|"
    r"estimates|consider|considers)\s+(?:is|was|are|were)\b))\s+[^,;\"]{0,60}?"
    r"\b(?:said|says|say|claimed|claims|told|believes?|believed|alleged|alleges)\b"
    r"(?:[^,;\"]|\"[^\"]*\")*"
)


def speech_only_in_relative(text: str, start: int, end: int) -> bool:
    """Whether the figure from ``start`` to ``end`` of ``text`` stands before a relative clause
    that holds the sentence's only speech (and no speech or quotation comes before it)."""
    text = text.translate(CURLY_QUOTES)
    rel = _RELATIVE_SPEECH.search(text, end)
    if rel is None or _SPEECH_BEFORE.search(text, 0, start):
        return False
    rest = text[: rel.start()] + text[rel.end() :]
    return not _SPEECH_BEFORE.search(rest) and not re.search(r"\baccording\s+to\b", rest, re.I)


# "X claimed responsibility for an attack ... that left nine dead": the group owns the attack,
# the toll told of it is the writer's; "claimed responsibility for killing 12" (no article)
# is the group's own figure and stays its
_RESPONSIBILITY = re.compile(
    r"\bclaim(?:s|ed|ing)?\s+(?:the\s+)?responsibility\s+for\s+(?:a|an|the|its|their)\s",
    re.IGNORECASE,
)


@cache
def _claimed_attack() -> re.Pattern[str]:
    """ "claimed the attack", "claimed Sunday's bombing", "claimed a deadly ambush": a claim
    whose object is an attack (``claimed_attacks`` of data/speakers.yaml with ``attacks`` and
    ``explosion_cues`` of data/events.yaml), a determiner and up to three words before it."""
    events = load_data("events.yaml")
    nouns = [
        *load_data("speakers.yaml")["claimed_attacks"],
        *events["attacks"],
        *events["explosion_cues"],
    ]
    return re.compile(
        r"\bclaim(?:s|ed|ing)?\s+(?:the|a|an|its|their|this|that|last|[A-Z][\w'’-]*['’]s?)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(str(w) for w in nouns)})\b",
        re.IGNORECASE,
    )


_CLAUSE_MARK = re.compile(r"[,;:()\"]|\b(?:which|that|who|whom|where|when|in|after|as)\b")
_AUXILIARIES = frozenset(
    ["has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might"]
)


def _attack_is_a_subject(between: str) -> bool:
    """Whether the attack claimed is the subject of a clause that the claim reports, as the
    text ``between`` the attack's noun and the figure shows: a verb in the past or an
    auxiliary comes before any clause mark ("claimed the attack killed 40", "claimed the raid
    on the base had killed 12"), whereas "claimed the attack, which killed 12" and "claimed
    Sunday's bombing that left nine dead" claim the act alone."""
    mark = _CLAUSE_MARK.search(between)
    words = re.findall(r"[a-z]+", between[: mark.start() if mark else len(between)].lower())
    return any(w.endswith("ed") or w in _past_forms() or w in _AUXILIARIES for w in words)


# the claimant tells the toll itself, in any form: "saying its fighters killed 30", "and
# boasted of killing 40", "in which it claimed to have killed 40", "and said it had killed
# 12", "which it said killed 9"
_SAYING = re.compile(
    r"\b(?:saying|claiming|adding|boasting|boast(?:s|ed)?\s+(?:of|that)|"
    r"(?:and|it|they|which|who)\s+(?:also\s+)?(?:said|says|claimed|claims|boasted|added)|"
    r"claim(?:s|ed)?\s+to\s+have)\b",
    re.IGNORECASE,
)


def only_claims_the_attack(text: str, start: int) -> bool:
    """Whether the figure at offset ``start`` of ``text`` follows a claim of responsibility
    for an attack ("claimed responsibility for the ambush, which killed six") or of the attack
    itself ("The rebels claimed the attack, which killed 12 soldiers") and the sentence holds
    no other speech."""
    text = text.translate(CURLY_QUOTES)
    claim = _RESPONSIBILITY.search(text, 0, start)
    if claim is None:
        claim = _claimed_attack().search(text, 0, start)
        if claim is not None and _attack_is_a_subject(text[claim.end() : start]):
            return False  # "The ministry claimed the attack killed 40": its report of the toll
    if claim is None:
        return False
    rest = text[: claim.start()] + text[claim.end() :]
    # "..., saying its fighters killed 30": the group's own figure after all
    return not _SPEECH_BEFORE.search(rest) and not _SAYING.search(rest)


@cache
def _act_before_occasion() -> re.Pattern[str]:
    """An act declared, then the occasion clause it answers: ``act_verbs``, an object of up to
    eight words with no "that" or quotation, then ``occasion_links`` (``data/speakers.yaml``)."""
    data = load_data("speakers.yaml")

    def alt(key: str) -> str:
        return alternation(str(w) for w in data[key])

    return re.compile(
        rf"\b(?:{alt('act_verbs')})\s+(?:(?!that\b|which\b)[\w'’-]+[,]?\s+){{1,8}}?"
        rf"(?:{alt('occasion_links')})\s",
        re.IGNORECASE,
    )


@cache
def _act_measure() -> re.Pattern[str]:
    """An act verb (``act_verbs`` of data/speakers.yaml) and up to four words before a figure,
    no word that opens another clause among them ("declared", "imposed a curfew of"; not
    "announced a ceasefire and said")."""
    verbs = alternation(str(w) for w in load_data("speakers.yaml")["act_verbs"])
    stop = r"(?:that|which|who|and|or|but|said|says|say|told|added|adding|saying)\b"
    return re.compile(rf"\b(?:{verbs})\s+(?:(?!{stop})[\w'’-]+\s+){{0,4}}$", re.IGNORECASE)


@cache
def _act_nouns() -> re.Pattern[str]:
    nouns = alternation(str(w) for w in load_data("speakers.yaml")["declared_act_nouns"])
    return re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)


def only_declares_an_act(text: str, start: int) -> bool:
    """Whether the figure at offset ``start`` of ``text`` is told in an occasion clause after
    a declared act ("Dorvia declared national mourning after 40 people were killed") and the
    sentence holds no other speech: the figure is the writer's, not the declarer's."""
    text = text.translate(CURLY_QUOTES)
    if (measure := _act_measure().search(text, max(0, start - 60), start)) and '"' not in text:
        # "Egypt's presidency declared three days of national mourning": the figure measures
        # the act declared (``declared_act_nouns``; round claims23)
        clause = re.match(r"[^,;:.()]*", text[start:])
        if _act_nouns().search(measure.group(0) + (clause.group(0) if clause else "")):
            rest = text[: measure.start()] + text[start:]
            return not _SPEECH_BEFORE.search(rest) and not _SAYING.search(rest)
    act = next((m for m in _act_before_occasion().finditer(text, 0, start)), None)
    if act is None or '"' in text or re.search(r"\bthat\b", text[act.end() : start]):
        return False
    reports = {str(w) for w in load_data("speakers.yaml")["report_objects"]}
    if reports & set(re.findall(r"[a-z]+", act.group(0).lower())):
        return False  # "announced a new toll after ...": the object is itself a report
    rest = text[: act.start()] + text[act.end() :]
    return not _SPEECH_BEFORE.search(rest) and not _SAYING.search(rest)


# a relative clause whose own speaker tells the figure: "claimed responsibility for the
# ambush, which police said killed six soldiers", "the raid, in which officials say 12 died":
# the figure follows the clause's speech verb with no comma, quotation or clause between, and
# the clause's speaker stands right before its verb ("an insurgency that erupted in 2012 and
# has claimed thousands of lives" is no speaker's clause)
_RELATIVE_TELLS = re.compile(
    r"(?:,\s+|\s)(?:which|that|in\s+which|where)\s+(?P<clause>(?:(?!\band\s|\bbut\s)[^,;\"])"
    r"{1,60}?\b(?P<verb>said|says|say|claimed|claims|reported|reports|told\s+(?!by\b)\w+|estimated|"
    r"estimates|believe|believes|believed))\s+(?:that\s+)?[^,;\"]{0,60}$",
    re.IGNORECASE,
)


def relative_speaker(text: str, start: int) -> str | None:
    """The speaker of a relative clause that tells the figure at offset ``start`` of ``text``
    ("the ambush, which police said killed six soldiers" gives the six to the police, whoever
    speaks in the main clause), or None: no such clause, or its speaker is a pronoun ("which
    it said killed six": the main clause's speaker)."""
    text = text.translate(CURLY_QUOTES)
    m = _RELATIVE_TELLS.search(text, 0, start)
    if m is None or text[: m.start()].count('"') % 2:
        return None
    if claim_in_other_sense(text, m.end("verb"), m.group("verb")):
        return None  # "an insurgency that has claimed thousands of lives": a toll, no speaker
    if plural_noun(m.group("verb"), text[: m.start("verb")], text[m.end("verb") :].lstrip()):
        return None  # "confirming that preliminary reports indicate 17 killed": a noun, no
        # speaker of a relative clause (round trialA26)
    if _complement_closes(text[m.end("verb") : start]):
        return None  # "the raid that the army said targeted militants killed 12": the main clause's
    return _speaker_of(m.group("clause"))


# a report passed on by its teller: "Media reported that it was told by two pirates that a $5m
# ransom was paid", "the agency said it had been told by police that 30 died": the agent of
# the passive "told by" tells what follows its "that" (round claims28)
_TOLD_BY = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+(?:also\s+)?told\s+by\s+"
    r"(?P<agent>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s*,?\s+that\s+[^;\"]*$",
    re.IGNORECASE,
)


def told_by_speaker(text: str, start: int) -> str | None:
    """The agent of a passive "told by" whose "that" clause holds the figure at offset
    ``start`` of ``text`` ("Media reported that it was told by two pirates that a $5m ransom
    was paid": the pirates'), or None; outside a quotation only."""
    text = text.translate(CURLY_QUOTES)
    m = _TOLD_BY.search(text, 0, start)
    if m is None or text[: m.start()].count('"') % 2:
        return None
    return re.sub(r"^(?:the|its|their)\s+", "", m.group("agent"), flags=re.I)


@cache
def _past_forms() -> frozenset[str]:
    """Irregular past forms of verbs (``irregular_past`` of data/events.yaml)."""
    return frozenset(str(w).lower() for w in load_data("events.yaml")["irregular_past"])


def _complement_closes(between: str) -> bool:
    """Whether the speech's complement ends before the figure: two verbs in the past, the
    second not joined by "and", stand between the speech verb and the figure ("said targeted
    militants killed": the clause's "targeted", then the main clause's "killed"; "said killed"
    and "said was carried out and killed" stay the clause's)."""
    words = re.findall(r"[a-z]+", between.lower())
    verbs = [
        i
        for i, w in enumerate(words)
        if (w.endswith("ed") or w in _past_forms()) and (i == 0 or words[i - 1] != "and")
    ]
    return len(verbs) >= 2


# a concessive clause whose speech verb tells the figure: "although the chief confirmed seven"
_CONCESSIVE = re.compile(r"\b(?:although|though|whereas)\s+", re.I)


def concessive_speaker(text: str, start: int) -> str | None:
    """The named speaker of a concessive clause ("although", "though", "whereas") whose speech
    verb stands before the figure at offset ``start`` of ``text`` in the same clause (no comma,
    semicolon, colon, bracket or quotation mark between), or None: no such clause, or its
    speaker is a pronoun ("although it confirmed 12": the main clause's speaker)."""
    text = text.translate(CURLY_QUOTES)
    openers = [m for m in _CONCESSIVE.finditer(text, max(0, start - 100), start)]
    if not openers or text[: openers[-1].start()].count('"') % 2:
        return None
    clause = text[openers[-1].end() : start]
    if re.search(r"[,;:\"()]", clause):
        return None
    name, is_pronoun = attribution(clause)
    return None if is_pronoun else name


def concessive_speakers(text: str) -> list[str]:
    """The named speakers of the concessive clauses of ``text`` whose speech verb tells a
    figure ("although SP Rana confirmed seven deaths" -> ["SP Rana"]), in order: people a
    later "he said" may point to though the sentence's own speaker is not theirs."""
    text = text.translate(CURLY_QUOTES)
    found = []
    for m in _CONCESSIVE.finditer(text):
        clause = re.match(r"[^,;:\"()]*", text[m.end() :]).group(0)
        figures = find_quantities(clause)
        if figures and not text[: m.start()].count('"') % 2:
            name = concessive_speaker(text, m.end() + figures[0].start)
            if name:
                found.append(name)
    return found


@cache
def _fronted_reports() -> re.Pattern[str]:
    """A sentence opening with reports told as participles after "With", up to the comma that
    closes them ("With the UN reporting 4,000 displaced and ..., "):
    ``participle_report_verbs`` of data/cues.yaml and "saying"."""
    verbs = alternation(
        [*(str(w) for w in load_data("cues.yaml")["participle_report_verbs"]), "saying"]
    )
    return re.compile(rf"^\W*With\s+(?:[\w'’.-]+\s+){{1,5}}?(?:{verbs})\s[^;:\"]*?,\s")


def after_fronted_reports(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` lies in the main clause after a fronted "With X
    reporting N ..., " phrase: that clause is the writer's ("..., aid is short") unless it
    has a speech verb of its own ("..., 40 flights were cancelled, the airline said")."""
    text = text.translate(CURLY_QUOTES)
    m = _fronted_reports().match(text)
    if m is None or start < m.end():
        return False
    rest = text[m.end() :]
    if _ACCORDING.search(text, m.end()):
        return False
    # a speech verb whose speaker is not read ("..., 40 flights were cancelled, the airline
    # said") leaves the figure to no reporter rather than to the fronted one
    return not re.search(_SPEECH, rest) or attribution(rest)[0] is None


@cache
def _fronted_time_clause() -> re.Pattern[str]:
    """A sentence opening with a clause of time, up to the first comma and space that closes
    it ("After the vote that approved the 40,000 square kilometre district, "; a thousands
    comma has no space after it): ``fronted_time_conjunctions`` of data/cues.yaml."""
    words = alternation([str(w) for w in load_data("cues.yaml")["fronted_time_conjunctions"]])
    return re.compile(rf"^\W*(?i:{words})\s[^;:\"]*?,\s", re.ASCII)


def in_fronted_time_clause(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` lies in a fronted clause of time that tells no
    speech of its own, before a main clause with a speaker ("When 40 soldiers crossed the
    river, the governor said the town was calm"): the clause says when the speaker spoke,
    and its figures are the writer's. A fronted clause with speech ("After police said 12
    died, ...") or a main clause without a speaker is left to the other rules."""
    text = text.translate(CURLY_QUOTES)
    m = _fronted_time_clause().match(text)
    if m is None or start >= m.end():
        return False
    head = text[: m.end()]
    if re.search(_SPEECH, head) or _ACCORDING.search(head) or '"' in head:
        return False
    return attribution(text[m.end() :])[0] is not None


@cache
def _trailing_reports() -> re.Pattern[str]:
    """A report told as a participle after ", with" that closes a main clause ("..., with
    the prosecutor saying the assault involved ..."): ``participle_report_verbs`` of
    data/cues.yaml and "saying", "adding", "noting"."""
    verbs = alternation(
        [
            *(str(w) for w in load_data("cues.yaml")["participle_report_verbs"]),
            "saying",
            "adding",
            "noting",
        ]
    )
    return re.compile(rf",\s+with\s+(?:[\w'’.-]+\s+){{1,6}}?(?:{verbs})\b")


def before_trailing_report(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` lies in a main clause that a trailing ", with X
    saying ..." participle follows, and that clause tells no speech of its own (no speech
    verb, no "according to", no quotation before it): the main clause is the writer's,
    only what follows the participle is X's ("Two shells hit the depot on Monday, with the
    governor saying four were hurt": the shells are the writer's, the four the governor's;
    round claims21). A main clause with its own speaker ("..., the army said, with the
    governor saying ...") keeps it."""
    text = text.translate(CURLY_QUOTES)
    m = _trailing_reports().search(text)
    if m is None or start >= m.start():
        return False
    head = text[: m.start()]
    return not (re.search(_SPEECH, head) or _ACCORDING.search(head) or '"' in head)


# a source named in an aside right after a figure: "from 76, provided by Kurdish officials, to
# at least 100, provided by police"
_NOT_SOURCE_WORD = r"(?!(?:as|and|or|in|on|at|for|with|to|of)\b)"


@cache
def _source_aside() -> re.Pattern[str]:
    """An aside right after a figure naming who gave it: ``source_asides`` of
    data/speakers.yaml, the verb as group ``verb``, the source as group ``source``."""
    data = load_data("speakers.yaml")["source_asides"]
    verbs = alternation([*data["report_verbs"], *data["transfer_verbs"]])
    return re.compile(
        rf"\s*,\s*(?:as\s+)?(?P<verb>{verbs})\s+by\s+"
        rf"(?:the\s+)?(?P<source>(?:{_NOT_SOURCE_WORD}[A-Za-z][\w'’-]*\s+){{0,4}}?"
        rf"{_NOT_SOURCE_WORD}[A-Za-z][\w'’-]*)\s*(?=[,;)]|\.?\s*$)"
    )


def source_right_after(text: str, end: int) -> str | None:
    """The source an aside right after a figure names ("76, provided by Kurdish officials,",
    "at least 100, given by police."), or None: each figure of a spread told with its own
    source is that source's, whoever the sentence's originator is (round claims25r). A verb
    that also tells a handover ("provided", "supplied", "released") names a source only in
    a spread, where another figure has such an aside too: "40 tanks, provided by the United
    States," names the tanks' supplier, no source of the figure (round revB20)."""
    clean = text.translate(CURLY_QUOTES)
    m = _source_aside().match(clean, end)
    if m is None:
        return None
    reports = {str(w).lower() for w in load_data("speakers.yaml")["source_asides"]["report_verbs"]}
    if m.group("verb").lower() not in reports and not _spread_asides(clean, end):
        return None
    return m.group("source")


def _spread_asides(clean: str, end: int) -> bool:
    """Whether another figure of the sentence than the one ending at ``end`` has a source
    aside right after it."""
    return any(q.end != end and _source_aside().match(clean, q.end) for q in find_quantities(clean))
