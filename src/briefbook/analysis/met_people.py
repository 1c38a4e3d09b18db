"""Surnames after a verb of meeting, calling or visiting: "met Kerry", "visited Tillerson".

A capitalised word right after such a verb (``meeting_verbs`` and ``visiting_verbs`` of
``data/entity_rules.yaml``) is the person of that surname in that sentence -- also when the
word names a town of the city index ("Lincoln", "Austin") -- only when the same source names
one person of that surname: never a well-known person of ``data/people.yaml`` or a person
another source names ("FC Dallas hosted Austin", "The coach congratulated Silva" name
nobody). Never either when the word is a place or country of the gazetteer ("received
Lisbon"), or is followed by "'s" ("met Austin's mayor"). A word that also names a town, a
place or an ordinary word ("Austin", "Lincoln") followed by a lower-case word other than the
``met_name_followers`` of ``data/entity_rules.yaml`` ("met Lincoln residents", "urged Sullivan
residents") names no person at all, not even one of ``data/people.yaml`` ("met Austin
officials" is no mention of Lloyd Austin; ``Discovery.no_person``), as does a surname only
the source's people bear ("met Reyvik officials"); a well-known person's name that names
nothing else keeps its person ("met Putin aides", "met Erdogan's envoy"). The surname
names the person in that sentence only (``Discovery.local``): "County Kerry" elsewhere
stays a place.
"""

from __future__ import annotations

from functools import cache

from briefbook.analysis.gazetteer import Gazetteer
from briefbook.analysis.mentions import Discovery
from briefbook.analysis.names import Tok, english_words, fold
from briefbook.analysis.places import city_index, place_key
from briefbook.data import load_data

__all__ = ["met_surnames", "name_followers"]

_LONGEST = 4  # words of the longest verb phrase ("held talks with")


@cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(meeting verbs, visiting verbs) of ``data/entity_rules.yaml``, lower case."""
    data = load_data("entity_rules.yaml")
    return (
        frozenset(str(v).lower() for v in data["meeting_verbs"]),
        frozenset(str(v).lower() for v in data["visiting_verbs"]),
    )


@cache
def name_followers() -> frozenset[str]:
    """Lower-case words after a surname that leave it a name ("met Lee on Friday"):
    ``met_name_followers`` of ``data/entity_rules.yaml``."""
    return frozenset(str(v).lower() for v in load_data("entity_rules.yaml")["met_name_followers"])


def _noun_after(sent: list[Tok], n: int) -> bool:
    """Whether ``sent[n]`` is followed by a lower-case word that is no
    ``met_name_followers`` ("Lincoln residents"); never when it ends in "'s" ("met
    Erdogan's envoy" names him)."""
    if sent[n].text.endswith(("'s", "\u2019s")) or n + 1 >= len(sent):
        return False
    nxt = sent[n + 1].text
    return nxt[:1].islower() and nxt.isalpha() and nxt.lower() not in name_followers()


def _only_person(word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` is a well-known person's name of the gazetteer ("Putin", "Erdogan")
    that names nothing else: no place or body of the gazetteer, no town of the city index
    ("Austin", "Lincoln") and no ordinary English word ("Brown")."""
    targets = gaz.surfaces.get(word, ())
    if not targets or any(t.type != "person" for t in targets):
        return False
    return not city_index().get(place_key(word)) and word.lower() not in english_words()


def _verb_before(sent: list[Tok], n: int) -> str | None:
    """ "meet" or "visit" when a verb of that kind ends right before ``sent[n]``, else None."""
    meeting, visiting = _verbs()
    for size in range(1, min(_LONGEST, n) + 1):
        phrase = " ".join(t.low for t in sent[n - size : n])
        if phrase in meeting:
            return "meet"
        if phrase in visiting:
            return "visit"
    return None


def met_surnames(
    state: Discovery,
    all_tokens: list[list[list[Tok]]],
    gaz: Gazetteer,
    per_doc: dict[tuple[int, str], set[str]],
) -> None:
    """Record in ``state.local`` each surname after a verb of meeting or visiting (module
    doc) as the person it names in that sentence.

    ``per_doc`` maps (document, folded surname) to the keys of the people of that source who
    bear it."""
    for d, doc in enumerate(all_tokens):
        for k, sent in enumerate(doc):
            for n, tok in enumerate(sent):
                word = tok.text.removesuffix("'s")
                if n == 0 or not word[:1].isupper() or not word[1:].islower():
                    continue
                if n + 1 < len(sent) and sent[n + 1].text[:1].isupper():
                    continue  # "met Kerry Olsen": a longer name, typed by the rules
                if (
                    _verb_before(sent, n) is not None
                    and _noun_after(sent, n)
                    and not _only_person(word, gaz)
                ):
                    state.no_person.add((d, k, word))  # "met Austin officials": no person
                    continue
                if gaz.surfaces.get(word):
                    continue  # "met Putin": a known short form; "received Lisbon": a place
                if _verb_before(sent, n) is None:
                    continue
                here = per_doc.get((d, fold(word)), set())
                if len(here) != 1:
                    continue  # nobody of the source bears it, or two people do
                key = next(iter(here))
                state.types.setdefault(key, "person")
                state.local[(d, k)][word] = (key, word)
