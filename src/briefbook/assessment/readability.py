"""Whether a sentence reads on its own: subjects that need the sentence before (pronouns,
demonstratives, first person, lead phrases pointing back, short forms defined earlier).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache, lru_cache

from briefbook.analysis.hedges import attribution
from briefbook.data import load_data
from briefbook.text import alternation

__all__ = ["find_short_forms", "needs_context", "refers_back"]

# ---------------------------------------------------------------------------
# statements that do not read on their own

# up to two lead phrases before the subject: "In his role, he ...", "Since October, it
# ...", "However, they ...", "Also, today, we ...", "Driven out of the cities in 2012, they
# ...", "Despite repeated claims that the army would withdraw to the centre, it has not."
_LEAD = r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,15},\s+){0,2}"
_AUX = (
    r"is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|"
    r"did|do|also|not|means|meant|shows|showed|marks|marked|makes|made|comes|came|includes|"
    r"included|remains|remained|reflects|reflected|suggests|suggested|signals|signalled|"
    r"signaled|underscores|highlights|indicates|represents|led|prompted|follows|followed|"
    r"who|which|that|in\s+turn"
)
# personal pronouns and possessives as subject: always need their antecedent
_PERSONAL = re.compile(
    r"^\W*" + _LEAD + r"(?:he|she|they|his|her|their|its|him|them|others|the\s+others|"
    r"the\s+latter|the\s+former)(?![\w'’-])",
    re.I,
)
# "It ..." unless the "it" of extraposition: "It is likely that ...", "It is instructive to"
_IT = re.compile(r"^\W*" + _LEAD + r"it(?![\w'’-])", re.I)
# the words between "it is" and its clause never cross into a second clause: "It will be
# difficult, but bowing to pressure would be wrong" points back ("it" = what was proposed)
_EXPLETIVE_IT = re.compile(
    r"^\W*" + _LEAD + r"it\s+(?:(?:is|was|seems|seemed|appears|appeared|remains|remained|"
    r"(?:will|would|may|might|could|should|must)\s+be|has\s+been|had\s+been)\s+"
    r"(?:(?![\w'’-]+,\s+(?:but|and|yet|so|or|while|although|though|whereas)\s)[\w,'’-]+\s+)"
    r"{0,5}?(?:that|to|whether|for|how|why|when|if|unclear|clear)"
    r"|takes?\s+(?:[\w-]+\s+){0,3}?to)(?![\w-])",
    re.I,
)
# "This is ...", "That means ...", "These are ...": a demonstrative standing as the subject
# (a determiner, "This deployment ...", is :func:`_points_back`)
_DEMONSTRATIVE = re.compile(
    r"^\W*" + _LEAD + r"(?:"
    r"(?:this|that|these|those)\s+(?:(?:" + _AUX + r")(?![\w'’-])|[a-z]+ly\s|[,.;:])"
    r"|(?:this|that)\s+[a-z]+(?:ed|s)\s+(?:to|the|a|an|in|by|on|from|its|their|his|her|that|"
    r"new|further|more|significant|serious)\s"
    r")",
    re.I,
)
# "I have directed ...", "We encourage ...", "Let me be clear", "Our allies ..."
_FIRST_PERSON_LEAD = re.compile(
    r"^\W*" + _LEAD + r"(?:i|we|my|our|us|let\s+(?:me|us))(?![\w'’-])", re.I
)
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|we|We|me|us|my|My|our|Our)(?![\w'’-])")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")


# a lead phrase that points back to a role named before: "In that capacity, ...", "In this
# role, ...", "To that end, ..."
_BACK_LEAD = re.compile(
    r"^\W*(?:(?:in|with)\s+(?:that|this|such\s+an?|these|those)\s+(?:capacit(?:y|ies)|roles?|"
    r"positions?|functions?|posts?|jobs?|offices?|responsibilit(?:y|ies))|"
    r"to\s+(?:that|this)\s+end|as\s+such)\s*,",
    re.I,
)
# a lead phrase that gives one more case of what was said before: "In one horrific example,
# ...", "In another case, ...", "In a similar incident, ..."
_EXAMPLE_LEAD = re.compile(
    r"^\W*(?:in|as)\s+(?:one|another|a\s+(?:further|second|third|similar|related|separate)|"
    r"such\s+an?|one\s+such)\s+(?:[\w-]+\s+)?(?:example|case|instance|incident|episode|"
    r"illustration)s?\s*,",
    re.I,
)
# "Kim Myong Jin (Kim)", "Choe Chol Ryong (Choe)": a longer name and, in brackets, one of
# its own words as the short form the text then uses
_SHORT_FORM = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|de|al|bin)){1,6})"
    r"\s*\(\s*([A-Z][a-z][\w'’-]*)\s*\)"
)


# "this" standing alone as an object: "The minister disclosed this to the deputies."
_OBJECT_THIS = re.compile(
    r"(?<![\w'’-])this(?=\s*[,.;:!?)]|\s+(?:to|with|at|on|for|by|from|into|during|after|"
    r"before|when|while|because|and|but)(?![\w'’-]))",
    re.I,
)


@cache
def _object_pronoun() -> re.Pattern[str]:
    """ "Government forces will try to retake it.", "Rebels captured it on Sunday.": an
    object "it" or "them" after the sentence's subject and verbs alone, so with nothing in the
    sentence it can stand for (round revB21). Only from the sentence's start (no lead
    phrase, which may name it: "After the fall of Ostra, ..."), across words none of
    ``object_pronoun_stops`` (a second noun phrase or clause: "The army lost the town and
    will retake it"), and before a stop or one of ``object_pronoun_after`` ("said it
    would ...", "made it to ..." are no such object); data/judgments.yaml."""
    data = load_data("judgments.yaml")
    stops = alternation(str(w) for w in data["object_pronoun_stops"])
    after = alternation(str(w) for w in data["object_pronoun_after"])
    return re.compile(
        r"^\W*(?:(?:the|a|an)\s+)?"
        rf"(?:(?!(?:{stops})(?![\w'’-]))[\w'’-]+\s+){{1,7}}?(?:it|them)"
        rf"(?=\s*(?:[,.;:!?]|$)|\s+(?:{after})(?![\w'’-]))",
        re.I,
    )


@cache
def _shell_subject() -> re.Pattern[str]:
    """ "This view ...", "These assumptions ...", "Such claims ...": a demonstrative and a noun
    that stands for what was said before (``shell_nouns``, data/judgments.yaml)."""
    nouns = load_data("judgments.yaml")["shell_nouns"]
    return re.compile(
        r"^\W*"
        + _LEAD
        + r"(?:this|that|these|those|such)\s+(?:[a-z-]+\s+)?(?:"
        + alternation(str(n) for n in nouns)
        + r")(?![\w'’-])",
        re.I,
    )


@cache
def _comparative_subject() -> re.Pattern[str]:
    """ "A similar visit ...", "Comparable strikes ...", "Another such raid ...", "The same
    unit ...": a subject compared with what the sentence before named (``comparatives``,
    data/judgments.yaml); group "noun" is the word after the comparative."""
    words = alternation(str(w) for w in load_data("judgments.yaml")["comparatives"])
    return re.compile(
        r"^\W*" + _LEAD + r"(?:(?:a|an|another|one\s+more|the|some|other)\s+)?"
        r"(?:" + words + r")\s+(?P<noun>[a-z][\w'’-]*)",
        re.I,
    )


@cache
def _additive_aside() -> re.Pattern[str]:
    """A subject of up to eight words, then an additive aside between commas (``additive_asides``
    of data/judgments.yaml): "The top U.S. diplomat, too, saw ..."."""
    asides = alternation(str(w) for w in load_data("judgments.yaml")["additive_asides"])
    return re.compile(r"^\W*(?:[\w.'’-]+\s+){0,7}[\w.'’-]+,\s+(?:" + asides + r"),\s", re.I)


@cache
def _response_aside() -> re.Pattern[str]:
    """A subject of up to eight words, then an answer set off between commas
    (``response_asides`` of data/judgments.yaml), an optional adverb in -ly and an answering
    act (``response_verbs``): "Ostland, in turn, retaliated against the border posts" answers
    an act only the sentence before names (round trialA26)."""
    data = load_data("judgments.yaml")
    asides = alternation(str(w) for w in data["response_asides"])
    verbs = alternation(str(w) for w in data["response_verbs"])
    return re.compile(
        r"^\W*(?:[\w.'’-]+\s+){0,7}[\w.'’-]+,\s+(?:" + asides + r"),\s+"
        r"(?:[a-z]+ly\s+)?(?:" + verbs + r")(?![\w'’-])",
        re.I,
    )


def _compares_back(text: str) -> bool:
    """Whether the subject of ``text`` is compared with something named before
    (:func:`_comparative_subject`); "The same day ...", "Such a week ..." name a time and
    read on their own, and so does a subject that names what it compares with ("A similar
    attack to the one on Vendra ...")."""
    m = _comparative_subject().match(text)
    if m is None:
        return False
    noun = m.group("noun").lower()
    if noun in _time_nouns() or noun in {"a", "an", "as"}:
        return False  # "The same day", "Such a ..." is judged by what follows
    rest = text[m.end() : m.end() + 40].lower()
    return re.match(r"\s+(?:to|as|with)\s+(?:the|that|those)\s", rest) is None


@cache
def _bare_subject() -> re.Pattern[str]:
    """ "The move comes after ...", "The threat was clear", "The move strengthens the
    council's bid": "the" and an event or utterance noun (``bare_heads`` and
    ``shell_nouns``, data/judgments.yaml) straight before an auxiliary or a verb of
    ``bare_head_verbs``,
    or before an aside set off by commas that does not say which one it is ("The meeting,
    hosted by the emir, occurred ...")."""
    data = load_data("judgments.yaml")
    nouns = [str(n) for n in (*data["bare_heads"], *data["shell_nouns"])]
    verbs = alternation(str(v) for v in data["bare_head_verbs"]).replace(r"\ ", r"\s+")
    return re.compile(
        r"^\W*" + _LEAD + r"the\s+(?:" + alternation(nouns) + r")"
        r"(?:\s*,[^,.;]{1,80}(?:,[^,.;]{1,80})?,)?\s+"
        r"(?:(?:" + _AUX + r"|" + verbs + r")(?![\w'’-]))",
        re.I,
    )


# a demonstrative as determiner opening the subject: "This offensive ...", "In May, these
# strikes ...". Group "lead": the lead phrases before it; "np": up to five words after it
_DETERMINER = re.compile(
    r"^\W*(?P<lead>" + _LEAD + r")(?:this|that|these|those)\s+"
    r"(?P<np>[\w'’-]+(?:[ ,]+[\w'’.-]+){0,4})",
    re.I,
)
_NP_PREPOSITIONS = frozenset(
    [
        "of",
        "by",
        "on",
        "against",
        "in",
        "at",
        "to",
        "from",
        "near",
        "for",
        "across",
        "along",
        "around",
        "between",
        "into",
        "with",
        "over",
        "outside",
        "inside",
    ]
)


# nouns ending in -ed (other words so ending after a demonstrative are verbs: "This provided")
_ED_NOUNS = frozenset(["speed", "need", "needs", "greed", "breed", "creed", "seed", "steed"])
_TIME_MODIFIERS = frozenset(
    ["same", "past", "coming", "next", "last", "very", "early", "late", "whole", "entire"]
)


@cache
def _time_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("judgments.yaml")["time_nouns"])


def _points_back(text: str) -> bool:
    """Whether ``text`` opens with a demonstrative and a noun whose referent the sentence
    does not name: "This offensive has cost ...", "These strikes ...", "That decision ..."
    point to something named in the sentence before. The phrase reads on its own when the
    sentence names what it points to: a name or a figure opening the phrase ("These North
    Korean troops ...", "This new Tarvian offensive ...", "This 2024 offensive ..."), a complement naming it ("This deployment
    of 12,000 troops to Kursk ...", "These strikes on Vendra ..."), the same noun in a lead
    phrase before it ("After the army announced an offensive in May, this offensive ..."),
    or a noun of time ("This week ...", "That same day ..."; ``time_nouns`` in
    data/judgments.yaml)."""
    m = _DETERMINER.match(text)
    if m is None:
        return False
    words = re.findall(r"[\w'’.-]+", m.group("np"))
    times = _time_nouns()
    nouns = [w.lower().split("'")[0].split("’")[0] for w in words[:2]]
    if nouns and (
        nouns[0] in times or (nouns[0] in _TIME_MODIFIERS and nouns[1:2] and nouns[1] in times)
    ):
        return False  # "this week", "that same day", "this summer's offensive"
    if nouns and len(nouns[0]) >= 5 and nouns[0].endswith("ed") and nouns[0] not in _ED_NOUNS:
        return True  # "This provided Tarvia with ...": the demonstrative is the subject
    for k, word in enumerate(words):
        if k <= 1 and (word[:1].isupper() or word[:1].isdigit()):
            return False  # "These North Korean troops", "This new Tarvian offensive"
        if k >= 1 and word.lower() in _NP_PREPOSITIONS:
            rest = [w for w in words[k + 1 :] if w.lower() not in {"the", "a", "an"}]
            if rest and (rest[0][:1].isupper() or rest[0][:1].isdigit()):
                return False  # "These strikes on Vendra", "that decision by the Council"
            break
        if k >= 2:
            break
    # the noun introduced in the sentence itself, in a lead phrase before it
    lead = m.group("lead").lower()
    return not any(len(w) >= 4 and w[:5] in lead for w in nouns)


_COUNT_WORDS = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|"
    r"several|some|many|just|only|barely|\d+)"
)


@cache
def _back_time() -> re.Pattern[str]:
    """ "The following week, ...", "On the next day, ...", "Two days later, ...", "Hours
    earlier, ...", "The day before, ...": an opening that dates its event only from a time
    the sentence before named (``back_time_words`` before one of ``time_nouns``, or a time
    noun, with a count or none, and one of ``back_time_adverbs`` and its comma;
    data/judgments.yaml; round trialB25). "Next week, ..." (no article: the time of
    writing), "The next round of talks ..." (no time noun) and "The day after the vote, ..."
    (its anchor named) read on their own."""
    data = load_data("judgments.yaml")
    nouns = alternation(str(w) for w in data["time_nouns"])
    words = alternation(str(w) for w in data["back_time_words"])
    adverbs = alternation(str(w) for w in data["back_time_adverbs"])
    lead = r"^\W*(?:(?:on|in|by|during|over|at|early|late)\s+)?"
    return re.compile(
        lead + r"(?:the\s+(?:very\s+)?(?:" + words + r")\s+(?:" + nouns + r")(?:['’]s)?"
        r"(?![\w'’-])(?!\s+(?:of|after|before|that|when)\b)"
        r"|(?:(?:the|" + _COUNT_WORDS + r")\s+(?:(?:more|few)\s+)?)?(?:" + nouns + r")\s+"
        r"(?:" + adverbs + r")\s*,)",
        re.I,
    )


@cache
def _back_subject() -> re.Pattern[str]:
    """ "In the ensuing fighting, ...", "The resulting blast ...", "Subsequent raids ...": an
    opening (up to its first comma or verb) whose event is named only as following the one
    before (``back_adjectives``, data/judgments.yaml)."""
    words = load_data("judgments.yaml")["back_adjectives"]
    return re.compile(
        r"^\W*(?:(?:in|during|amid|after|following|since)\s+)?(?:the\s+)?"
        r"(?:" + alternation(str(w) for w in words) + r")\s+[a-z]",
        re.I,
    )


@cache
def _figure_reference() -> re.Pattern[str]:
    """ "the 30,000 figure", "that 1,200 toll", "the same 40 estimate": a figure named by its
    number alone (``figure_nouns``, data/judgments.yaml); a year ("the 2024 figures") names
    its own time and is not one."""
    nouns = load_data("judgments.yaml")["figure_nouns"]
    return re.compile(
        r"(?<![\w'’-])(?:the|that|this|these|those)\s+(?:same\s+|earlier\s+|reported\s+)?"
        r"(?!(?:19|20)\d\d(?![\d,]))\d[\d,.]*\s+(?:" + alternation(str(n) for n in nouns) + r")"
        r"(?![\w'’-])",
        re.I,
    )


@cache
def _connective() -> re.Pattern[str]:
    words = load_data("judgments.yaml")["connectives"]
    return re.compile(r"^\W*(?:" + alternation(str(w) for w in words) + r")(?![\w'’-])", re.I)


def find_short_forms(text: str) -> tuple[str, ...]:
    """Single-word short forms ``text`` defines for a longer name, in order of first use:
    "Kim Myong Jin (Kim) is ..." -> ("Kim",). Only a word of the name itself counts, not
    an acronym ("Golden Triangle Bank (GTB)"): a surname alone reads ambiguously out of
    context ("Kim" for another Kim), an acronym does not."""
    found: list[str] = []
    for m in _SHORT_FORM.finditer(text):
        short = m.group(2)
        if short in m.group(1).split() and short not in found:
            found.append(short)
    return tuple(found)


def _short_subject(text: str, short_forms: Collection[str]) -> bool:
    """Whether the subject of ``text`` (after lead phrases) is one of ``short_forms`` alone."""
    if not short_forms:
        return False
    return _short_subject_re(frozenset(short_forms)).search(text) is not None


@lru_cache(maxsize=1024)
def _short_subject_re(short_forms: frozenset[str]) -> re.Pattern[str]:
    """The pattern of :func:`_short_subject` for one document's ``short_forms``, built once."""
    names = "|".join(re.escape(f) for f in sorted(short_forms, key=lambda f: (-len(f), f)))
    pattern = r"^\W*" + _LEAD + r"(?:" + names + r")(?:['’]s)?(?![\w'’-])(?!\s*\(|\s+[A-Z][a-z])"
    return re.compile(pattern)


# a sentence that ends on a colon opens a list or a quotation that follows it
_LEAD_IN = re.compile(r":[\s\"'”’)\]]*$")


def needs_context(text: str, short_forms: Collection[str] = ()) -> bool:
    """Whether ``text`` does not read on its own: its subject is an unresolved pronoun, a
    speaker that is not named, or a short form its document defined for a longer name.

    Checks the sentence-initial subject (after up to two short lead phrases such as "In his
    role," or "Since October,"): a personal pronoun or possessive ("He is one of ...", "In
    his role, he takes part ...", "They ..."), "It" other than the "it" of extraposition
    ("It is likely that ..." reads on its own), a demonstrative standing as subject ("This
    is ..."), a demonstrative and a noun the sentence does not name (:func:`_points_back`:
    "This offensive ...", "These strikes ...", not "This week ..." or "These strikes on
    Vendra ..."), or a first-person subject ("I have directed ...",
    "We ...", "Let me be clear") with no speaker named in the sentence
    (:func:`briefbook.hedges.attribution`); also a quotation in the first person whose
    speaker is not named. A lead phrase pointing back to a role ("In that capacity,", "In
    this role,", "To that end,") needs context too, and so does one giving one more case of
    what was said before ("In one horrific example,", "In another case,"), a bare event or
    utterance noun as subject ("The move comes after ...", "The threat was clear"; not "The
    decision to withdraw ..."), and a subject that is one of
    ``short_forms`` standing alone (:func:`find_short_forms` of the sentence's document:
    "Since 2019, Kim has ..." after "Kim Myong Jin (Kim) is ..."). A figure named by its
    number alone outside quotation marks ("A UN source confirmed the 30,000 figure", "that
    1,200 toll"; ``figure_nouns`` in data/judgments.yaml) needs the sentence that says what
    it counts. An opening naming its event only as following the one before ("In the
    ensuing fighting, ...", "The resulting blast ..."; ``back_adjectives``) needs it too.
    A sentence whose speaker is a pronoun ('"...," it said', "he added", "according to
    him") needs context: who said it is named in an earlier sentence.
    A sentence that opens with a connective answering the one before ("However, ...", "In
    addition, ...", "As a result, ..."; ``data/judgments.yaml``) needs context too, and so
    do a subject that stands for what was said before ("This view assumes ...", "These
    assumptions ...": a demonstrative and one of ``shell_nouns``) and "this" standing alone
    as an object outside quotation marks ("The minister disclosed this to the deputies."),
    and so does an object "it" or "them" after the subject and verbs alone ("Government
    forces will try to retake it.": :func:`_object_pronoun`).
    A subject compared with what the sentence before named needs it as well ("A similar
    visit was made in March", "Another such raid ...", "The same unit ..."; not "The same
    day ..."; ``comparatives``). A sentence that ends on a colon introduces what follows
    it ("The accord splits the six rivers between the two states:", "Troops struck nine
    sites, including:"): the list or quotation it opens is in the sentences after.

    Each (sentence, short forms) is judged once per process: several signals ask of the
    same sentence.
    """
    return _needs_context(text, frozenset(short_forms))


@lru_cache(maxsize=8192)
def _needs_context(text: str, short_forms: frozenset[str]) -> bool:
    """:func:`needs_context` of ``text`` given its document's ``short_forms``."""
    if _LEAD_IN.search(text):
        return True
    if _PERSONAL.search(text) or _DEMONSTRATIVE.search(text) or _BACK_LEAD.search(text):
        return True
    if _EXAMPLE_LEAD.search(text) or _bare_subject().search(text):
        return True
    if _shell_subject().search(text) or _OBJECT_THIS.search(_QUOTED.sub(" ", text)):
        return True
    if _object_pronoun().search(text):
        return True  # "Government forces will try to retake it.": what it is was said before
    if _points_back(text) or _compares_back(text):
        return True
    if _additive_aside().search(text):
        return True  # "The top U.S. diplomat, too, saw ...": as who was named before
    if _response_aside().search(text):
        return True  # "Ostland, in turn, retaliated ...": against what the sentence before told
    if _connective().search(text):
        return True
    if _back_subject().search(text):
        return True  # "In the ensuing fighting, ...": which fighting is in the sentence before
    if _back_time().search(text):
        return True  # "The following week, ...": the week after a time the sentence before named
    if _figure_reference().search(_QUOTED.sub(" ", text)):
        return True  # "A UN source confirmed the 30,000 figure": which figure of what
    if _short_subject(text, short_forms):
        return True
    if _IT.search(text) and not _EXPLETIVE_IT.search(text):
        return True
    speaker, pronoun_speaker = attribution(text)
    if speaker is None and pronoun_speaker:
        return True  # '"...," it said', "according to him": who said it is in the sentence before
    first_lead = _FIRST_PERSON_LEAD.search(text) is not None
    quoted_first = text.lstrip()[:1] in {'"', "“"} and any(
        _FIRST_PERSON.search(q.group(0)) for q in _QUOTED.finditer(text)
    )
    if not (first_lead or quoted_first):
        return False
    return speaker is None


# a demonstrative determiner inside the sentence: "... fuel these launches", "... after those
# talks"; the word after it is the head noun to judge (a name, a figure, a time noun or a
# relative pronoun after it reads on its own: "these North Korean units", "those who fled")
_INNER_DETERMINER = re.compile(
    r"(?<=\s)(?P<det>this|these|those)\s+(?P<np>[a-z][\w'’-]*(?:[ ,]+[\w'’.-]+){0,4})"
)
_NOT_A_NOUN = frozenset(
    [
        "who", "whom", "whose", "which", "that", "is", "was", "are", "were", "has", "have",
        "had", "will", "would", "can", "could", "may", "might", "must", "should", "do", "did",
        "does", "in", "of", "at", "on", "for", "to", "from", "by", "and", "or", "but", "with",
        "as", "if", "when", "where", "also", "not", "being", "included", "including",
        "same", "way", "kind", "sort", "type", "one", "ones", "two", "three", "several",
        "many", "few", "all", "both",
    ]
)  # fmt: skip


_PLURALS = frozenset(["people", "men", "women", "children", "police", "personnel", "media"])
# a subject and "also" ("Survivors also spoke of ...", "The council also said ..."): it adds
# to what the sentence before said
_ALSO_AFTER_SUBJECT = re.compile(
    r"^\W*(?P<subject>(?:[\w'’.-]+\s+){1,14}?)also\s+(?!known\b|called\b)[a-z]", re.I
)
# a word that shows the words before "also" hold a verb already ("Dorvia shelled the port and
# also struck the bridge"): "also" then joins two predicates of the sentence itself
_FINITE = re.compile(
    r"^(?:\w+ed|is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|"
    r"do|does|did|says|said|says)$",
    re.I,
)


# a non-restrictive relative clause between commas inside a subject ("The blast, which
# destroyed the depot, also left ..."): no part of the subject's own words
# (a figure's thousands comma inside it is none of its commas: "which has 40,000 troops")
_SUBJECT_RELATIVE = re.compile(
    r",\s*(?:which|who|whose|whom)\s+(?:[^,;:]|(?<=\d),(?=\d{3}))*,", re.I
)


def _also_after_subject(text: str) -> bool:
    """Whether ``text`` opens with a subject and "also" ("Survivors also spoke of ...", "Six
    officers and two guards of the depot also died"): up to five words before "also", or a
    longer subject with no verb and no comma in it; a relative clause between commas in the
    subject is left out first ("The explosion, which destroyed the depot, also left 290
    wounded"; round trial21)."""
    m = _ALSO_AFTER_SUBJECT.match(_SUBJECT_RELATIVE.sub("", text, count=1))
    if not m:
        return False
    words = m.group("subject").split()
    if len(words) <= 5:
        return True
    return not any(w.endswith(",") or _FINITE.match(w.strip(".,;:'’")) for w in words)


def refers_back(text: str) -> bool:
    """Whether ``text`` points back, after its opening, to something only an earlier sentence
    names: a demonstrative and a noun the sentence does not name ("Revenues from the network
    fuel these launches", "Aid stopped after those talks"). Quoted speech is left out; a
    time noun ("later this week"), a name or figure in the phrase ("these Tarvian units",
    "those 40 drones"), a complement naming it ("these strikes on Vendra") or a relative
    pronoun ("those who fled") reads on its own. A sentence ending with a colon leads into
    what follows it (a list of commitments) and so points past itself. Such a sentence can stand in a section's
    body, after what it points to, but neither opens a section nor stands as a key
    judgment. The sentence-initial case is :func:`needs_context`."""
    plain = _QUOTED.sub(" ", text)
    if _also_after_subject(plain) or plain.rstrip().endswith(":"):
        return True  # "... building on the plan developed during the talks:" leads into a list
    times = _time_nouns()
    for m in _INNER_DETERMINER.finditer(plain):
        words = re.findall(r"[\w'’.-]+", m.group("np"))
        if len(words) > 2 and words[0].lower().endswith("ly"):
            words = words[2:]  # "these increasingly bold raids": the noun after the modifier
        head = words[0].lower().split("'")[0].split("’")[0]
        if head in _NOT_A_NOUN or head in times or head in _TIME_MODIFIERS:
            continue
        if m.group("det") != "this" and not any(
            w in _PLURALS or (w.endswith("s") and not w.endswith(("ss", "us")))
            for w in (x.lower() for x in words[:2] if x[:1].islower())
        ):
            continue  # "those responsible", "those killed": a group named by what follows
            # (the plural may be the second word of a compound: "these atrocity crimes")
        if len(words) > 1 and (words[1][:1].isupper() or words[1][:1].isdigit()):
            continue  # "this year's Tarvian ...", "these 12 drones"
        named = False
        for k, word in enumerate(words[1:4], start=1):
            if word.lower() in _NP_PREPOSITIONS:
                rest = [w for w in words[k + 1 :] if w.lower() not in {"the", "a", "an"}]
                named = (
                    bool(rest)
                    and (rest[0][:1].isupper() or rest[0][:1].isdigit())
                    and rest[0].lower().strip(".") not in times  # "those reports on Monday"
                )
                break
        if named:
            continue
        # the noun named earlier in the same sentence ("... a drone plant, and these plants")
        stem = head[:5]
        if len(head) >= 4 and stem in plain[: m.start()].lower():
            continue
        return True
    return False
