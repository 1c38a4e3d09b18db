"""A body every report names is no anchor when the same-occasion check cannot tell (invented
sentences of the kind a new-analyst trial misread: a UN official's toll was "supported" by a
UN chief's tribute to peacekeepers, the two sharing only the country's long name and "United
Nations")."""

from __future__ import annotations

import numpy as np
import pytest

from briefbook.assessment.paraphrase import ANCHORED, Paraphrases
from briefbook.model import Sentence

PLACES = ["Democratic Republic of Velmora", "Tarsk", "Oberin"]
BODIES = ["United Nations", "Armed Forces of the Democratic Republic of Velmora", "Tarsk Relief"]

TOLL = (
    "A senior United Nations official in the Democratic Republic of Velmora said nearly 900 "
    "people had died in the fighting around Tarsk."
)
TRIBUTE = (
    "He paid tribute to the United Nations peacekeepers serving beside the Armed Forces of the "
    "Democratic Republic of Velmora."
)
WIDE = [
    "The United Nations said the Democratic Republic of Velmora had closed its border.",
    "United Nations envoys arrived in the Democratic Republic of Velmora on Monday.",
]
NARROW = ["Rain fell on the lake.", "The market in Oberin was calm."]


def _para(texts: list[str], bodies: list[str] = BODIES) -> Paraphrases:
    sentences = [Sentence(id=f"S{k}.1", source=f"S{k}", text=t) for k, t in enumerate(texts, 1)]
    vectors = np.eye(len(texts))
    vectors[1] = [0.75, float(np.sqrt(1 - 0.75**2)), *([0.0] * (len(texts) - 2))]
    return Paraphrases(sentences, vectors, PLACES, people=[], bodies=bodies)


def test_a_body_every_report_names_makes_no_paraphrase() -> None:
    para = _para([TOLL, TRIBUTE, *WIDE])
    assert {"untd", "ntns"} <= para.actors
    assert para.similarity(0, 1) == pytest.approx(0.75)


def test_a_body_several_words_long_counts_as_an_actor_too() -> None:
    texts = [
        "Tarsk Relief said 40 families had fled the Democratic Republic of Velmora for Oberin.",
        "Tarsk Relief staff praised the Democratic Republic of Velmora for its calm.",
        "Tarsk Relief opened an office in the Democratic Republic of Velmora.",
        "Tarsk Relief asked the Democratic Republic of Velmora for access.",
    ]
    para = _para(texts)
    assert "rlf" in para.actors
    assert para.similarity(0, 1) == pytest.approx(0.75)


def test_a_body_few_reports_name_still_anchors() -> None:
    # two sources only: the United Nations is the story's, not every report's
    para = _para([TOLL, TRIBUTE, *NARROW])
    assert "ntns" not in para.actors
    assert para.similarity(0, 1) == ANCHORED


def test_without_bodies_the_names_stay_anchors() -> None:
    para = _para([TOLL, TRIBUTE, *WIDE], bodies=[])
    assert para.similarity(0, 1) == ANCHORED


def test_a_specific_shared_name_still_anchors_beside_the_body() -> None:
    # a retelling of the toll naming the same official: her name is specific
    toll = "Ana Lirel, a senior United Nations official, said nearly 900 people died near Tarsk."
    retold = "The United Nations official Ana Lirel put the dead near Tarsk at nearly 900."
    para = _para([toll, retold, *WIDE])
    assert para.similarity(0, 1) == ANCHORED
