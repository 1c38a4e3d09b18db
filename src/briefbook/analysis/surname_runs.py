"""The full names of a source's one-word people: "Ryuji Kimura" of a source where "Kimura,
24," is a person, "Amara Ndu" of a source where "Ndu said".

Discovery types a one-word name by the cues around it ("Kimura, 24, was arrested": an age
apposition); the full name of that person, written once before it, may carry no cue of its
own and a given name no list knows ("the home of Ryuji Kimura in Kawanishi", "the house of
Amara Ndu"), and is then left untyped or read as a place. One capitalised word alone before
a verb of speech ("Ndu said", "Ndu added") is no person by itself ("Reuters said"), but it
is the surname of a full name the same source writes. A run of two capitalised words whose
second word is a one-word person of the same source, or a word the source writes alone
before a verb of speech (``speech`` of ``data/entity_rules.yaml``), is that person's full
name when its first word
is a name word and nothing else: not a word the sources write in lower case, not an
ordinary English word ("Yesterday Kimura"), not a title or role ("Minister Kimura"), not a
head word of a body or place, not a name of the gazetteer ("Tokyo Kimura") and not a word
discovery typed as anything but a person. The run then becomes a person (a place read of it
is dropped) and the one-word name joins it by the joins of
:func:`briefbook.analysis.entities._join_inner_words`. A run typed as a body or a force
("Kimura Holdings" ends in its own head) is left alone, as is a run whose second word is
also a place of the gazetteer.
"""

from __future__ import annotations

import re

from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.mentions import Discovery, entity_key
from briefbook.analysis.names import Tok, cap_runs, english_words, is_cap, name_like, place_guards
from briefbook.analysis.place_names import known_place
from briefbook.analysis.places import city_index, place_key

__all__ = ["full_names_of_surnames"]


def full_names_of_surnames(
    state: Discovery,
    texts: list[list[str]],
    all_tokens: list[list[list[Tok]]],
    noise: list[list[str | None]],
    rules: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
) -> None:
    """Type as a person, in ``state``, every two-word run of a source whose last word is a
    one-word person found in that source and whose first word can only be a given name
    (module docstring). ``texts``, ``all_tokens`` and ``noise`` are per source and per
    sentence; noise sentences (credits, biographies, headlines) are not read."""
    for d, doc in enumerate(texts):
        lone = _lone_people(state, d) | _lone_speakers(
            all_tokens[d], doc, noise[d], state, rules, lower_vocab
        )
        if not lone:
            continue
        for k, text in enumerate(doc):
            if noise[d][k]:
                continue
            for run in cap_runs(all_tokens[d][k], text, rules):
                name = _full_name(run, text, lone, state, rules, gaz, lower_vocab)
                if name is None:
                    continue
                key = state.discovered.get(name)
                if key is not None and state.types.get(key) == "person":
                    continue
                if key is not None and state.types.get(key) != "place":
                    continue  # a body or a force of that name: its own head decided
                if key is not None:
                    del state.discovered[name]  # "the home of Ryuji Kimura in X": no place
                state.add(name, entity_key("person", name), "person", d)


def _lone_people(state: Discovery, d: int) -> set[str]:
    """One-word names discovery typed as people of source ``d``."""
    return {
        name
        for name, key in state.discovered.items()
        if " " not in name
        and state.types.get(key) == "person"
        and d in state.person_docs.get(key, set())
    }


# "it" or "its" right after the verb of speech: a body speaks ("X said it would", "X said its")
_IT_AFTER = re.compile(r"\s+its?\b")


def _lone_speakers(
    sents: list[list[Tok]],
    doc: list[str],
    noise: list[str | None],
    state: Discovery,
    rules: Rules,
    lower_vocab: frozenset[str],
) -> set[str]:
    """Capitalised words source ``doc`` writes alone before a verb of speech ("Ndu said"),
    not after another capitalised word, not typed as anything but a person and no ordinary
    word ("Pioneer said" of a newspaper)."""
    out = set()
    for k, (toks, text) in enumerate(zip(sents, doc, strict=True)):
        if noise[k]:
            continue
        for i in range(len(toks) - 1):
            tok = toks[i]
            if toks[i + 1].low not in rules.speech or text[tok.end : toks[i + 1].start] != " ":
                continue
            if not is_cap(tok) or (i > 0 and is_cap(toks[i - 1])):
                continue
            if tok.low in lower_vocab or tok.low in english_words():
                continue
            if _IT_AFTER.match(text, toks[i + 1].end):
                continue  # "Sachs said it expected a rebound": a firm's own pronoun
            key = state.discovered.get(tok.text)
            if key is None or state.types.get(key) == "person":
                out.add(tok.text)
    return out


def _full_name(
    run: list[Tok],
    text: str,
    lone: set[str],
    state: Discovery,
    rules: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
) -> str | None:
    """The name of ``run`` when it is "<given name> <one-word person>", else None."""
    if len(run) != 2 or text[run[0].end : run[1].start] != " ":
        return None
    first, last = run
    surname = last.text.removesuffix("'s")
    if surname not in lone or any(t.type != "person" for t in gaz.surfaces.get(surname, ())):
        return None
    low = first.low
    if (
        not is_cap(first)
        or not first.text[1:].islower()
        or low in lower_vocab
        or low in english_words()
        or low in rules.roles
        or low in rules.kin
        or low in rules.place_first_words
        or low in rules.toponym_prefixes
        or low in place_guards()["place_first_heads"]
        or not name_like(first, rules, gaz)
    ):
        return None  # "Santa Cruz", "Kota Bharu": a place's first word, no given name
    name = f"{first.text} {surname}"
    if known_place(name, gaz) or city_index().get(place_key(name)):
        return None  # a place the gazetteer or the city index knows whole
    other = state.discovered.get(first.text)
    if other is not None and state.types.get(other) != "person":
        return None
    return name
