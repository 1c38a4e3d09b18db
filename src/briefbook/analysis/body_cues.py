"""Organisations told by how a name is used in its sentence, not by its words.

A lower-case noun of a class of bodies right before a name ("according to the NGO
Tarvola", "pro-government broadcaster A Kelvo", "the TV channel Kelvari") or right after it
("the Droma party") makes the name an organisation; so does a police force's level and
"police" after a place's name ("Wakayama prefectural police": the body is the whole
phrase). A verb of saying or posting and "on" or "via" right before a name ("said on
Kelvogram", "stated via Chatterly") names the platform the words went out on, a body too.
Names listed after a plural class noun ("the networks Kelvision and Morvano") are each a
body (``class_noun_before_word`` gives the noun). The nouns and verbs are data:
``body_class_nouns_before``, ``body_class_nouns_after``, ``platform_lead_verbs``,
``police_levels`` and ``police_nouns`` of ``data/entity_rules.yaml``.

Outlets and bodies cited as sources (round orgs25, issue 12): a broadcaster's first word
opening a name ("Radio Kelvo", ``outlet_first_words``); a cue of a source's job around a
single name ("told Kelvonews", "according to Tarvopress", "Kelvonews reported":
``source_cues_before``, ``source_cues_after``); an apposition whose head is a body's noun
("Kelvo, the group's propaganda agency, said": ``apposed_org_heads``). The callers decide
which names may take them (not a person, a city or an ordinary word).

All offsets are character offsets into the sentence text; nothing here raises.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.data import load_data

__all__ = [
    "apposed_body_head",
    "class_noun_after",
    "class_noun_before",
    "class_noun_before_word",
    "outlet_first",
    "platform_before",
    "police_after",
    "source_cue_after",
    "source_cue_before",
]


@cache
def _lists() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rules = load_data("entity_rules.yaml")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(str(w))))

    before = re.compile(rf"(?<![\w-])(?:{alt(rules['body_class_nouns_before'])})\s+$")
    after = re.compile(
        rf"\s+({alt(rules['body_class_nouns_after'] + rules['platform_post_nouns'])})(?![\w-])"
    )
    police = re.compile(
        rf"\s+(?:{alt(rules['police_levels'])})\s+(?:{alt(rules['police_nouns'])})(?![\w-])"
    )
    platform = re.compile(rf"(?<![\w-])(?:{alt(rules['platform_lead_verbs'])})\s+(?:on|via)\s+$")
    return before, after, police, platform


def class_noun_before(text: str, start: int) -> bool:
    """Whether a lower-case noun of a class of bodies stands right before the name that
    starts at ``start`` of ``text``: "the NGO Tarvola" (the short form in capitals too),
    "broadcaster A Kelvo". "in Kelvo" or "party leader Ana Ruiz" (a role between them) do
    not count: the noun must be the word right before the name."""
    return class_noun_before_word(text, start) is not None


def platform_before(text: str, start: int) -> bool:
    """Whether a verb of saying or posting and "on" or "via" stand right before the name
    that starts at ``start`` of ``text`` ("said on Kelvogram", "stated via Chatterly": the
    platform the words went out on). "said in Kelvo" does not count; a name with a place's
    or a day's head ("said on Kelvo Street") is for the caller to keep out."""
    return _lists()[3].search(text[max(0, start - 40) : start]) is not None


def class_noun_before_word(text: str, start: int) -> str | None:
    """The lower-case noun of a class of bodies right before the name that starts at
    ``start`` of ``text`` ("the networks Kelvision" -> "networks"), or None."""
    window = text[max(0, start - 40) : start]
    m = _lists()[0].search(window)
    if m is None:
        return None
    noun = m.group(0).strip()
    return noun if noun.islower() or noun == "NGO" else None


# a preposition and a determiner before a platform's name, an adjective or two allowed: "in a
# (triumphant) Kelvogram post", "on its Chatterly page"
_POST_LEAD = re.compile(
    r"(?<![\w-])(?:in|on|via|from|across|through)\s+(?:a|an|the|its|his|her|their|our|my|your)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


@cache
def _post_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["platform_post_nouns"])


def class_noun_after(text: str, end: int, start: int | None = None) -> str | None:
    """The lower-case noun of a class of bodies right after the name that ends at ``end``
    ("the Droma party" -> "party"), or None ("the Droma Party" is read by its head). A noun
    of a platform's posts (``platform_post_nouns``) counts only with a preposition and a
    determiner before the name that starts at ``start`` ("in a Kelvogram post"; "troops
    overran a Kelvo post" is a military post: None; revA24), or after a cue of a source's
    job and "the" ("told the Tarvomax channel", "according to the Kelvo channel": an outlet;
    "smugglers used the Kelvo channel" is a waterway: None; round armed26)."""
    m = _lists()[1].match(text, end)
    if m is None:
        return None
    if m.group(1) in _post_nouns() and (
        start is None
        or not (
            _POST_LEAD.search(text[max(0, start - 60) : start])
            or _source_lists()[2].search(text[max(0, start - 40) : start])
        )
    ):
        return None
    return m.group(1)


def police_after(text: str, end: int) -> int | None:
    """The end offset of a police force's level and noun in lower case right after the
    name ending at ``end`` ("Wakayama| prefectural police|"), or None."""
    m = _lists()[2].match(text, end)
    return m.end() if m else None


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: -len(str(w)))
    )


@cache
def _source_lists() -> tuple[
    frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    rules = load_data("entity_rules.yaml")
    first = frozenset(str(w).lower() for w in rules["outlet_first_words"])
    titles = re.compile(
        rf"(?<![\w-])(?:{_alternation(rules['outlet_title_nouns_before'])})\s+(?:[\"“‘']\s*)?$",
        re.I,
    )
    before = re.compile(
        rf"(?<![\w-])(?:{_alternation(rules['source_cues_before'])})\s+(?:the\s+)?$", re.I
    )
    after = re.compile(rf"\s+(?:{_alternation(rules['source_cues_after'])})(?![\w-])")
    heads = _alternation(rules["apposed_org_heads"])
    apposed = re.compile(
        r",\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+['’]s\s+)?"
        r"((?:[a-z][\w-]*\s+){0,4}?)"
        rf"({heads})(?:\s*[,.;:)]|\s+(of|in|on|at|near|from|based|owned|run|that|which|who|"
        r"and|or|operating|linked|allied|backed|close|affiliated|loyal|active|founded|formed|"
        r"known|said|says|with|for)\b|$)"
    )
    return first, titles, before, after, apposed


def outlet_first(words: list[str], text: str, start: int) -> bool:
    """Whether the capitalised run of ``words`` (as written) that starts at ``start`` of
    ``text`` is a broadcaster named by its first word ("Radio Kelvo", "Radio Television
    Tarvia", "TV Kelvo"): two words or more, the first one of ``outlet_first_words``; not a
    song, film or show named so ("the song Radio Kelvo", ``outlet_title_nouns_before``);
    ``place_heads`` and ordinary English words are for the caller to check."""
    first, titles, _, _, _ = _source_lists()
    if len(words) < 2 or words[0].lower() not in first:
        return False
    return titles.search(text[max(0, start - 30) : start]) is None


def source_cue_before(text: str, start: int) -> bool:
    """Whether a cue of a source's job (``source_cues_before``: "told", "according to", "a
    report by", "documents seen by") and an optional "the" stand right before ``start``."""
    return _source_lists()[2].search(text[max(0, start - 40) : start]) is not None


def source_cue_after(text: str, end: int) -> bool:
    """Whether a verb of reporting (``source_cues_after``: "reported", "first reported")
    stands right after ``end``."""
    m = _source_lists()[3].match(text, end)
    if m is None:
        return False
    nxt = re.match(r"\s+([a-z]+)\b", text[m.end() :])
    return nxt is None or nxt.group(1) not in _not_after_cue()  # not "reported for duty"


def apposed_body_head(text: str, end: int) -> str | None:
    """The head of an apposition right after ``end`` that says the name before it is a body
    (``apposed_org_heads``): "Kelvo, the group's propaganda agency, said" -> "agency", "Los
    Tarvos, a criminal group operating in ..." -> "group"; None for "Kelvo, a group of
    islands" (``apposed_heads_not_before_of``), "Ana Ruiz, the agency's director"."""
    m = _source_lists()[4].match(text, end)
    if m is None:
        return None
    if set(m.group(1).split()) & _phrase_breakers():
        return None  # "Dravo, a member of the militia,": the noun heads a phrase of its own
    if m.group(3) == "of" and m.group(2) in _not_before_of():
        return None
    return m.group(2)


@cache
def _not_before_of() -> frozenset[str]:
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["apposed_heads_not_before_of"])


@cache
def _phrase_breakers() -> frozenset[str]:
    """``apposed_phrase_breakers`` of ``data/entity_rules.yaml``."""
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["apposed_phrase_breakers"])


@cache
def _not_after_cue() -> frozenset[str]:
    """``source_cue_after_not_before`` of ``data/entity_rules.yaml``."""
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["source_cue_after_not_before"])
