"""A principal actor every report names is no anchor when the same-occasion check cannot tell
(invented sentences of the kind a new-analyst trial on a border war misread: a leader's
reaction on the day of a clash "supported" the truce talks he attended days later)."""

from __future__ import annotations

import numpy as np
import pytest

from briefbook.assessment.paraphrase import ANCHORED, Paraphrases
from briefbook.model import Sentence

TEXTS = [
    "The truce follows talks in Brenn attended by Premier Odo Malvek and Chancellor Ivar "
    "Tessel of Karsia, amid a war that has entered its sixth day.",
    "Chancellor Ivar Tessel voiced dismay at Ostland's use of force against Karsia, "
    "including strikes on clinics.",
    "Chancellor Ivar Tessel of Karsia said Ostland had shelled three villages.",
    "Premier Odo Malvek said Karsia had started the war, officials in Ostland said.",
]


def _para(texts: list[str]) -> Paraphrases:
    sentences = [Sentence(id=f"S{k}.1", source=f"S{k}", text=t) for k, t in enumerate(texts, 1)]
    vectors = np.eye(len(texts))
    vectors[1] = [0.75, float(np.sqrt(1 - 0.75**2)), 0.0, 0.0]
    return Paraphrases(
        sentences, vectors, ["Karsia", "Ostland", "Brenn"], people=["Ivar Tessel", "Odo Malvek"]
    )


def test_a_leader_every_report_names_makes_no_paraphrase() -> None:
    para = _para(TEXTS)
    assert {"tsl", "ivr"} <= para.actors
    assert para.similarity(0, 1) == pytest.approx(0.75)


def test_a_name_few_reports_share_still_anchors() -> None:
    # two sources only: the chancellor's name is the story's, not the setting's
    para = _para([*TEXTS[:2], "Rain fell.", "The market was calm."])
    assert "tsl" not in para.actors
    assert para.similarity(0, 1) == ANCHORED


def test_a_leaders_title_is_no_anchor_either() -> None:
    texts = [
        'Acting Premier Ivar Tessel said "the border needs calm heads and the law".',
        "Acting Premier Ivar Tessel voiced dismay on Friday over strikes on clinics.",
        "Acting Premier Ivar Tessel welcomed the truce signed in Brenn.",
        "Acting Premier Ivar Tessel met the envoys.",
    ]
    para = _para(texts)
    assert {"prmr", "tsl"} <= para.actors
    assert para.similarity(0, 1) == pytest.approx(0.75)
