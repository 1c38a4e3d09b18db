"""Armed groups named by the words around them: "Fano militiamen", "the Viv Ansanm
coalition", "an armed group known as Kel Tamasheq", "the militia of Dosso Brava".

A capitalised run of one to six words (particles such as al-/wal- inside) is an armed group,
type ``organisation``, when a group noun follows it (``group_nouns`` of
``data/entity_rules.yaml``: fighters, militants, militia, coalition, ...), when "group /
coalition / militia / movement known as" (or "called", "named") comes right before it, or
"group / coalition / militia of" when the name ends its phrase; and
when no word of it is a known country, demonym, place or person of the gazetteer, a city, a
people or faith (``peoples``: "Fulani gunmen", "Islamist fighters"), an adjective of origin
("Tigrayan fighters"), a head word of a body, a title or role, a common word the sources
also write in lower case ("Rebel fighters"), or a given name. Acronyms are left to the
acronym rule of :mod:`briefbook.analysis.entities`. All of it works on one sentence.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.names import Found, Tok, of_origin, span_name
from briefbook.analysis.places import city_index, place_key
from briefbook.data import load_data

__all__ = ["armed_group"]

# a closing quote may stand between: "the 'Tet Vert' gang coalition" (round forces25); so
# may a lower-case qualifier of the group noun: "the Kelvo drug cartel" (group_qualifiers of
# data/entity_rules.yaml; round armed26)
_NOUN_AFTER = re.compile(r"['\u2019\"\u201d]?\s+([a-z][a-z-]*)\b")
_GROUP_WORD = r"\b(?:group|groups|coalition|militia|movement|alliance|faction)"
_KNOWN_AS = re.compile(
    _GROUP_WORD + r"\s*,?\s+"
    r"(?:known\s+as|called|named|calling\s+itself)\s+(?:the\s+)?$"
)
# "the militia of Dosso Brava," / "the coalition of Vey Kanpo said": the name ends its
# phrase (a punctuation mark, a speech verb or a past form after it), never "a group of
# Harvard students"
_GROUP_OF = re.compile(_GROUP_WORD + r"\s+of\s+(?:the\s+)?$")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+[a-z]+ed\b")
# an Arabic article before a name: "al-Shabaab", "ash-Sham" (the name capitalised: "ad-hoc",
# "as-is" are common words)
_PARTICLED = re.compile(r"(?i:al|el|ad|an|as|ash|at|az|wal|wa|ul|ud)-[A-Z]\w*")
_NOT_A_NAME = frozenset({"country", "place", "person"})


@cache
def _group_qualifiers() -> frozenset[str]:
    """``group_qualifiers`` of ``data/entity_rules.yaml``: lower-case nouns that may stand
    between a group's name and its group noun ("drug" of "the Kelvo drug cartel")."""
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["group_qualifiers"])


@cache
def _apposed_label() -> re.Pattern[str]:
    """ ", a jihadist group", ", an armed group that": an armed label (``labels`` of
    ``armed_actor_cues`` in ``data/entity_rules.yaml``) set off by a comma after a name."""
    cues = load_data("entity_rules.yaml")["armed_actor_cues"]
    labels = sorted(cues["labels"], key=len)
    alt = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in reversed(labels))
    # "X, a militia leader": the leader, a person (``person_after_label`` of
    # data/apposition_cues.yaml)
    posts = "|".join(
        re.escape(str(w)) for w in load_data("apposition_cues.yaml")["person_after_label"]
    )
    return re.compile(
        rf"\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{alt})(?![\w-])"
        rf"(?!(?:['’]s)?\s+(?:{posts})(?![\w-]))"
    )


def armed_group(
    toks: list[Tok], text: str, rules: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> Found | None:
    """The armed group that the capitalised run ``toks`` of ``text`` names, or None.

    ``lower_vocab`` is the set of words the document set writes in lower case; a word of it
    is a common word, never a group's name. Returns a :class:`Found` of type
    ``organisation`` spanning the run without a leading "the"."""
    while toks and (toks[0].low in rules.stop or toks[0].low in rules.connectors):
        toks = toks[1:]
    while toks and toks[-1].low in rules.connectors:
        toks = toks[:-1]
    if not toks or len(toks) > 6 or toks[-1].text.endswith("'s"):
        return None
    m = _NOUN_AFTER.match(text, toks[-1].end)
    if m and m.group(1) in _group_qualifiers():
        m = _NOUN_AFTER.match(text, m.end())
    after = bool(m) and m.group(1) in rules.group_nouns
    # an armed label in an apposition: "the Dosso Brotherhood, a jihadist group linked to"
    after = after or _apposed_label().match(text, toks[-1].end) is not None
    before = _KNOWN_AS.search(text, max(0, toks[0].start - 60), toks[0].start) is not None
    if not before and _GROUP_OF.search(text, max(0, toks[0].start - 60), toks[0].start):
        end = _PHRASE_END.match(text, toks[-1].end)
        said = re.match(r"\s+([a-z]+)", text[toks[-1].end :])
        before = bool(end) or bool(said and said.group(1) in rules.speech)
    if not (after or before):
        return None
    name = span_name(toks, text)
    if name in gaz.surfaces or city_index().get(place_key(name)):
        return None
    if len(toks) > 1 and toks[0].low in rules.given:
        return None  # "Mohammed Ali": a person
    named = [t for t in toks if t.low not in rules.particles]
    if not named or all(t.text.isupper() for t in named):
        return None  # acronyms: the acronym rule
    heads = rules.org_heads | rules.force_heads | rules.place_heads | rules.doc_heads
    for t in named:
        word = t.text.removesuffix("'s")
        if any(x.type in _NOT_A_NAME for x in gaz.surfaces.get(word, [])):
            return None
        low = word.lower()
        if of_origin(word, rules) or low in rules.stop or low in rules.titles:
            return None
        if low in rules.roles or low in heads or low in rules.system_heads:
            return None
        if low in lower_vocab and not _PARTICLED.fullmatch(word):
            return None
        if not word[:1].isupper() and not _PARTICLED.fullmatch(word):
            return None
    return Found(toks[0].start, toks[-1].end, "organisation", name)
