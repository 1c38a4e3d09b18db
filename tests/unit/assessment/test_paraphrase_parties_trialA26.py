"""A party to the conflict written in several spellings is no anchor (round trialA26;
invented sentences of the kind a new-analyst trial misread: a think tank's "deteriorating
relations ... reluctance to act against the Tehreek-e-Taliban Pakistan (TTP)" was
"supported" by a military toll naming the "Tehreek-i-Taliban Pakistan (TTP)", the two sharing
only the armed group's name, its short form and the country). The body counts as a party when
its entity (every spelling one) is named by as many sources as the setting needs, whatever
share of them writes each spelling; a short form in brackets after a name is that name again.
A specific shared name still anchors beside the party."""

from __future__ import annotations

import numpy as np
import pytest

from briefbook.assessment.paraphrase import ANCHORED, Paraphrases, anchors
from briefbook.model import Sentence

PLACES = ["Ostland", "Kestan", "Vellmar"]

RELATIONS = (
    "The paper points to worsening relations between Ostland and Kestan, largely due to the"
    " Kestan council's reluctance to act against the Harrak-e-Tamir Ostland (HTO)."
)
TOLL = (
    "Ostland's army confirmed the deaths of 23 soldiers in an assault by Kestan forces and"
    " their Harrak-i-Tamir Ostland (HTO) allies."
)
OTHERS = [
    "Harrak-e-Tamir Ostland (HTO) fighters crossed into Ostland near Vellmar.",
    "Kestan denies sheltering the Harraq Tamir Ostland (HTO) in its border districts.",
    "Talks in Vellmar did not touch the Harrak-i-Tamir group.",
]


def _para(texts: list[str], parties: list[str]) -> Paraphrases:
    sentences = [Sentence(id=f"S{k}.1", source=f"S{k}", text=t) for k, t in enumerate(texts, 1)]
    vectors = np.eye(len(texts))
    vectors[1] = [0.74, float(np.sqrt(1 - 0.74**2)), *([0.0] * (len(texts) - 2))]
    return Paraphrases(sentences, vectors, PLACES, people=[], bodies=[], parties=parties)


def test_a_short_form_in_brackets_is_the_name_again() -> None:
    assert anchors("They met the Harrak-e-Tamir Ostland (HTO) on Monday.") == anchors(
        "They met the Harrak-e-Tamir Ostland on Monday."
    )
    # a bracketed name in title case is a name of its own
    assert "kstn" in anchors("They met in Vellmar (Kestan) on Monday.")


def test_a_party_named_in_several_spellings_makes_no_paraphrase() -> None:
    para = _para([RELATIONS, TOLL, *OTHERS], parties=["Harrak-e-Tamir Ostland", "HTO"])
    assert para.similarity(0, 1) == pytest.approx(0.74)


def test_without_the_party_the_shared_names_still_anchor() -> None:
    para = _para([RELATIONS, TOLL, *OTHERS], parties=[])
    assert para.similarity(0, 1) == ANCHORED


def test_a_specific_shared_name_still_anchors_beside_the_party() -> None:
    toll = "Ostland's army said Jorin Vallek of the Harrak-e-Tamir Ostland was killed near Vellmar."
    retold = (
        "Jorin Vallek, a Harrak-i-Tamir Ostland commander, died near Vellmar, Ostland's army said."
    )
    para = _para([toll, retold, *OTHERS], parties=["Harrak-e-Tamir Ostland", "HTO"])
    assert para.similarity(0, 1) == ANCHORED
