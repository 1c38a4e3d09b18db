"""Surnames after a verb of meeting, calling or visiting: "met Kerry", "visited Tillerson".

A capitalised word right after such a verb (``meeting_verbs`` and ``visiting_verbs`` of
``data/entity_rules.yaml``) is the person of that surname in that sentence -- also when the
word names a place ("Kerry", "Lincoln", "Austin") -- when the source names one person of
that surname. After a meeting verb, not a visiting one ("visited Austin" is mostly the
town), it is also the one person of that surname the document set names, else the one
well-known person of ``data/people.yaml`` who bears it when the set names nobody of it. The surname names the
person in that sentence only (``Discovery.local``): "County Kerry" elsewhere stays a place.
"""

from __future__ import annotations

from functools import cache

from briefbook.analysis.gazetteer import Gazetteer
from briefbook.analysis.mentions import Discovery
from briefbook.analysis.names import Tok, fold
from briefbook.data import load_data

__all__ = ["met_surnames"]

_LONGEST = 4  # words of the longest verb phrase ("held talks with")


@cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(meeting verbs, visiting verbs) of ``data/entity_rules.yaml``, lower case."""
    data = load_data("entity_rules.yaml")
    return (
        frozenset(str(v).lower() for v in data["meeting_verbs"]),
        frozenset(str(v).lower() for v in data["visiting_verbs"]),
    )


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
    by_surname: dict[str, set[str]],
    famous: dict[str, str],
) -> None:
    """Record in ``state.local`` each surname after a verb of meeting or visiting (module
    doc) as the person it names in that sentence.

    ``per_doc`` maps (document, folded surname) to the keys of the people of that source who
    bear it, ``by_surname`` a folded surname to the keys of the people of the set who bear
    it, and ``famous`` a surname as written to the key of the one well-known person bearing
    it."""
    for d, doc in enumerate(all_tokens):
        for k, sent in enumerate(doc):
            for n, tok in enumerate(sent):
                word = tok.text.removesuffix("'s")
                if n == 0 or not word[:1].isupper() or not word[1:].islower():
                    continue
                if n + 1 < len(sent) and sent[n + 1].text[:1].isupper():
                    continue  # "met Kerry Olsen": a longer name, typed by the rules
                if any(t.type == "person" for t in gaz.surfaces.get(word, ())):
                    continue  # "met Putin": a known short form already
                kind = _verb_before(sent, n)
                if kind is None:
                    continue
                folded = fold(word)
                here = per_doc.get((d, folded), set())
                if len(here) == 1:
                    key = next(iter(here))
                elif here:
                    continue  # two people of the source bear it
                elif kind == "visit":
                    continue  # "visited Kerry": a person only when the source names one
                elif len(by_surname.get(folded, ())) == 1:
                    key = next(iter(by_surname[folded]))
                elif folded not in by_surname and word in famous:
                    key = famous[word]
                else:
                    continue
                state.types.setdefault(key, "person")
                state.local[(d, k)][word] = (key, word)
