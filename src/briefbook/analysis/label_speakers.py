"""A transcript's speaker label of one word in capitals names a person, not an acronym.

An interview or a briefing transcript labels its turns with the speaker's surname in
capitals ("ZELENSKY: As long as ...", "TARVO: No."). Read as a word, the label is an acronym
written twice or more, an organisation by the acronym rule. Here the label's word, written
in title case, is:

* a name the gazetteer knows ("Zelensky": Volodymyr Zelenskyy) or a word of the name of one
  person the source named before or after ("Ana Tarvo ... TARVO:"): that entity;
* else, four letters or more with a vowel and no ordinary English word, a person of that
  name ("KOVALENKO:" is "Kovalenko").

A label must open two turns or more of the source, and no town of the city index or place
found in the source is one: "BAIDOA: Troops entered the town" is a dateline.

The label itself is read by :func:`briefbook.analysis.speaker_turns.speaker_label`
(questioners' labels, headings' words, places and bodies are no speaker there). The word in
capitals then binds to the entity for the whole source (round orgs25, issue 12).
"""

from __future__ import annotations

from collections import Counter

from briefbook.analysis.gazetteer import Gazetteer
from briefbook.analysis.mentions import Discovery, entity_key
from briefbook.analysis.names import english_words
from briefbook.analysis.places import city_index, place_key
from briefbook.analysis.speaker_turns import speaker_label

__all__ = ["label_speakers"]

_LEAST = 4  # letters: a shorter label in capitals may be an acronym ("UN:")
_TURNS = 2  # a speaker's label opens two turns or more; a dateline opens one line


def _place(word: str, titled: str, state: Discovery) -> bool:
    """Whether the label ``word`` (``titled`` in title case) is a town of the city index or
    a place discovery found: a dateline ("BAIDOA:", "KISMAYO :")."""
    if city_index().get(place_key(titled)):
        return True
    return any(state.types.get(state.discovered.get(w, "")) == "place" for w in (word, titled))


def label_speakers(
    state: Discovery, texts: list[list[str]], noise: list[list[str | None]], gaz: Gazetteer
) -> None:
    """Bind each one-word speaker label of ``texts`` (each source's sentences; sentences with
    a ``noise`` kind left out) to the entity it names (module doc), scoped to its source."""
    for d, doc in enumerate(texts):
        labels: dict[str, str] = {}
        turns: Counter[str] = Counter()
        for k, text in enumerate(doc):
            if noise[d][k] or not (found := speaker_label(text)) or found[1] is None:
                continue
            word = found[0].strip()
            if " " in word or not word.isalpha() or not word.isupper():
                continue
            labels[word] = found[1]
            turns[word] += 1
        for word, titled in labels.items():
            if turns[word] < _TURNS or _place(word, titled, state):
                continue  # "BAIDOA: Troops entered the town": a dateline, no speaker
            key = _entity_of(titled, d, state, gaz)
            if key is None:
                if len(word) < _LEAST or titled.lower() in english_words():
                    continue
                key = entity_key("person", titled)
                state.add(titled, key, "person", d)
            state.scoped[word].append((d, 0, key))


def _entity_of(titled: str, d: int, state: Discovery, gaz: Gazetteer) -> str | None:
    """The key of the known name ``titled`` or of the one person of source ``d`` a word of
    whose name it is; None when neither or two people."""
    targets = [t for t in gaz.surfaces.get(titled, []) if t.alias]
    if targets:
        state.types.setdefault(targets[0].key, targets[0].type)
        return targets[0].key
    keys = {
        key
        for surface, key in state.discovered.items()
        if state.types.get(key) == "person"
        and d in state.person_docs.get(key, ())
        and titled in surface.split()
    }
    return next(iter(keys)) if len(keys) == 1 else None
