"""People a source names by a given name and the initial of the surname.

Dutch and Belgian court reports, and others that follow the same privacy convention, write
every suspect of a trial as a given name and one capital ("Delano G", "Sanne de V."), and
then speak of each by the initial alone ("G is said to have fired") or by the given name.
:func:`~briefbook.analysis.names.classify` types such a name as a person when its given
name is a common one (``data/given_names.yaml``) or a person cue supports it; once a source
uses the convention for one person, :func:`convention_people` reads every other name of
the same shape in that source as a person too ("Gerower M", whose given name no list
holds; not an English word before the letter: "Model T"), and makes the given name and
the initial of each of them aliases there, when no other person of the source shares
them.

Linear in the sentences: each source's capitalised runs are read once more for the shape.
"""

from __future__ import annotations

from collections import defaultdict

from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.mentions import Discovery, entity_key
from briefbook.analysis.names import (
    Tok,
    cap_runs,
    english_words,
    span_name,
    surname_initial_name,
)

__all__ = ["convention_people"]

_JOINS = frozenset({"and", "or"})


def _parts(run: list[Tok]) -> list[list[Tok]]:
    """``run`` cut at "and"/"or": "Erickson O and Gerower M" is two names."""
    parts: list[list[Tok]] = [[]]
    for tok in run:
        if tok.low in _JOINS:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


def _word_not_name(tok: Tok, rules_: Rules) -> bool:
    """Whether ``tok`` is an English word and no given name of ``data/given_names.yaml``."""
    return tok.low in english_words() and tok.low not in rules_.given


def convention_people(
    texts: list[str],
    tokens: list[list[Tok]],
    noise: list[str | None],
    d: int,
    rules_: Rules,
    gaz: Gazetteer,
    state: Discovery,
) -> None:
    """Add to ``state`` the people of source ``d`` (its sentence ``texts``, their
    ``tokens``; sentences with a ``noise`` reason are skipped) written as a given name and a
    surname's initial, when the source already names one person so; then scope each one's
    given name and initial to that person in the source, or to nobody when two of its
    people share the word."""
    shaped: list[str] = []  # names of the source's runs of that shape, in order
    for k, text in enumerate(texts):
        if noise[k]:
            continue
        for run in cap_runs(tokens[k], text, rules_):
            for part in _parts(run):
                if _word_not_name(part[0], rules_):
                    continue  # "Model T", "Annex C": an English word and a letter
                if surname_initial_name(part, rules_, gaz) and part[0].text not in gaz.surfaces:
                    shaped.append(span_name(part, text))
    if not any(state.types.get(state.discovered.get(name, "")) == "person" for name in shaped):
        return  # no person of the source is written so: no convention
    people: dict[str, str] = {}
    for name in shaped:
        if name not in state.discovered:
            state.add(name, entity_key("person", name), "person", d)
        key = state.discovered[name]
        if state.types.get(key) == "person":
            people[name] = key
    words: dict[str, set[str]] = defaultdict(set)
    for name, key in people.items():
        parts = name.split()
        words[parts[0]].add(key)  # "Delano"
        words[parts[-1].rstrip(".")].add(key)  # "G"
    for word, keys in sorted(words.items()):
        if word in state.discovered or word in gaz.surfaces or word.lower() in rules_.stop:
            continue
        state.scoped[word].append((d, 0, next(iter(keys)) if len(keys) == 1 else ""))
