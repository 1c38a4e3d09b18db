"""Who speaks each sentence of a transcript: its speaker labels and their turns.

A press conference, briefing or interview transcript (the Pentagon's, the State
Department's, the White House's) names its speaker once, in a label in capitals opening the
paragraph ("SECRETARY OF DEFENSE ANA SOL: Thank you for coming.", "GEN. TARVO:", "MR. LIND:"),
and then lets the speaker talk: every sentence to the next label is that speaker's, "we
struck the depot" and "the operation was flawless" included. Read sentence by sentence, those
words have no speaker and would be told as the source's own voice.

:func:`turn_speakers` gives each sentence the speaker of its turn: the label's person without
its title ("SECRETARY OF DEFENSE ANA SOL" is "Ana Sol", "GEN. TARVO" is "Tarvo"), or the
office a label names without a person ("THE PRESIDENT:" is "President"). A
questioner's label ("Q:", "QUESTION:", ``questioner_labels`` of ``data/speakers.yaml``) opens a
turn of no speaker; a label that is a heading's word ("BREAKING:", "UPDATE:",
``not_speaker_labels``), a place (a dateline: "KYIV:") or an ordinary English word or its
plural ("CASUALTIES:") opens none and ends none. Sentences before the first label have no turn.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from briefbook.analysis.gazetteer import gazetteer
from briefbook.analysis.hedges import TITLE_WORDS, person_after_title
from briefbook.analysis.places import city_index, place_key
from briefbook.data import load_data
from briefbook.text.normalise import singular

__all__ = ["speaker_label", "turn_speakers"]

# words in capitals (a title's abbreviations with their full stop: "GEN.", "MR.", "U.S."),
# one to eight of them, opening the sentence, then a colon and the speaker's words
_LABEL = re.compile(r"^\s*((?:[A-Z][A-Z.'’-]*\s+){0,7}[A-Z][A-Z.'’-]*)\s*:\s+(?=[\"“‘'(A-Za-z0-9])")


@cache
def _labels() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Questioner labels, labels that are no speaker (``data/speakers.yaml``) and ordinary
    English words (``data/ordinary_words.yaml``), lower case."""
    data = load_data("speakers.yaml")
    ordinary = frozenset(str(w).lower() for w in load_data("ordinary_words.yaml")["words"])
    return (
        frozenset(str(w) for w in data["questioner_labels"]),
        frozenset(str(w) for w in data["not_speaker_labels"]),
        ordinary,
    )


def speaker_label(text: str) -> tuple[str, str | None] | None:
    """The speaker label opening ``text`` and the person it names: ("SECRETARY OF DEFENSE
    ANA SOL", "Ana Sol"); (label, None) for a questioner's label; None when ``text`` opens
    with no speaker label (or with a word in capitals that is none: a heading's, a place's,
    an ordinary word)."""
    m = _LABEL.match(text)
    if not m:
        return None
    label = m.group(1)
    low = " ".join(label.lower().split())
    questioners, not_speakers, ordinary = _labels()
    if low.rstrip(".") in questioners:
        return label, None
    if low in not_speakers or not any(c.isalpha() for c in label):
        return None
    words = [w.capitalize() for w in label.split()]
    titled = " ".join(words)
    gaz = gazetteer()
    if any(t.type != "person" for t in gaz.surfaces.get(titled, []) + gaz.surfaces.get(label, [])):
        return None  # a dateline ("KYIV:", "NEW YORK:") or a body ("NATO:")
    name = person_after_title(titled)
    role = [w for w in words if w.lower() != "the"]
    if name is None and role and role[0].lower() in TITLE_WORDS:
        # an office without a name ("THE PRESIDENT:", "SECRETARY OF STATE:"): that office
        small = {"of", "the", "for", "and"}
        return label, " ".join(w.lower() if w.lower() in small else w for w in role)
    if name is None:
        if len(words) > 3 or any(
            w.lower().strip(".") in ordinary or singular(w.lower().strip(".")) in ordinary
            for w in words
        ):
            # "WARNING SIGNS:", "WHAT WE KNOW:", a plural ordinary word ("CASUALTIES:",
            # "RECOMMENDATIONS:"): a heading, no person
            return None
        name = titled
    return label, name


_LEDE = 2  # a dateline opens the source's first sentence, or the one after an untitled headline


def _dateline_label(label: str, name: str | None, k: int, count: int) -> bool:
    """Whether the label ``label`` (read as the person ``name``), opening sentence ``k`` and
    ``count`` sentences of its source, is a wire story's dateline: a town of the city index in
    capitals ("LAHORE: Air defences shot down ...") opening the lede and no later sentence.
    A transcript's speaker opens turns all through it."""
    if (
        k >= _LEDE
        or count > 1
        or name is None
        or name != " ".join(w.capitalize() for w in label.split())
    ):
        return False
    return bool(city_index().get(place_key(name)))


def turn_speakers(texts: Sequence[str]) -> list[str | None]:
    """For each sentence of one source (in reading order), the speaker of the transcript turn
    it belongs to (module doc); None before the first label and in a questioner's turn. A
    town's name in capitals opening the lede once ("LAHORE: ...") is the story's dateline,
    no speaker: the sentences after it are the source's own (round trialA28)."""
    found = [speaker_label(text) for text in texts]
    counts = Counter(f[0] for f in found if f is not None)
    out: list[str | None] = []
    current: str | None = None
    for k, label in enumerate(found):
        if label is not None and not _dateline_label(label[0], label[1], k, counts[label[0]]):
            current = label[1]
        out.append(current)
    return out
