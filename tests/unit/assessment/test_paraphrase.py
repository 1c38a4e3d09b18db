"""Anchored paraphrases: two outlets retelling one statement in their own words (invented)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from briefbook.assessment.paraphrase import ANCHORED, Paraphrases, anchors
from briefbook.model import Sentence


def _para(texts: list[str], cos: float) -> Paraphrases:
    sentences = [Sentence(id=f"S{k}.1", source=f"S{k}", text=t) for k, t in enumerate(texts, 1)]
    # two unit vectors at the given cosine
    vectors = np.array([[1.0, 0.0], [cos, float(np.sqrt(1 - cos * cos))]])
    return Paraphrases(sentences, vectors)


RETOLD = [
    "Interior Minister Dana Kovalenko said depots in Marhan, Velt and Ostra were hit overnight.",
    "Minister Dana Kowalenko told reporters that fuel depots in Ostra, Marhan and Velt were hit.",
]


def test_transliterations_fold_to_one_anchor() -> None:
    assert anchors("He met Svyrydenko.") == anchors("He met Sviredenko.")
    assert anchors("Zelensky spoke.") == anchors("Zelenskyy spoke.")
    assert "#450" in anchors("Russia launched 450 drones.")
    assert not anchors("On Monday in March.") & {"mndy", "mrch"}


def test_a_retold_statement_is_a_paraphrase_above_the_floor() -> None:
    para = _para(RETOLD, 0.75)
    assert para.similarity(0, 1) == ANCHORED
    assert para.row(0)[1] == ANCHORED


@pytest.mark.parametrize(
    ("texts", "cos"),
    [
        (RETOLD, 0.5),  # same names, unrelated wording: below the floor
        (
            [
                "Interior Minister Dana Kovalenko said depots in Marhan were hit overnight.",
                "Crews in Velt restored power to 3,000 homes, the grid operator Lumen said.",
            ],
            0.75,
        ),
    ],
)
def test_no_paraphrase_without_shared_names_or_similar_wording(
    texts: list[str], cos: float
) -> None:
    para = _para(texts, cos)
    assert para.similarity(0, 1) == pytest.approx(cos)


def test_the_names_of_the_briefings_setting_are_no_anchors() -> None:
    # every source names the reef and both countries: sharing them makes no paraphrase
    texts = [
        "Karsian coast guard boats boarded two Ostlander dinghies at Vendra Reef on Monday.",
        "An Ostlander convoy reached Vendra Reef unhindered by Karsian ships at the weekend.",
        "Ostlander officials said Karsian crews at Vendra Reef seized rifles.",
        "Karsian diplomats said the Ostlander boats entered waters off Vendra Reef illegally.",
    ]
    sentences = [Sentence(id=f"S{k}.1", source=f"S{k}", text=t) for k, t in enumerate(texts, 1)]
    vectors = np.array([[1.0, 0.0], [0.75, float(np.sqrt(1 - 0.75**2))], [0, 1.0], [0, 1.0]])
    para = Paraphrases(sentences, vectors)
    assert {"vndr", "rf"} <= para.setting
    assert para.similarity(0, 1) == pytest.approx(0.75)
    # with two sources the shared names are no setting: the retold statement stays one
    assert not _para(RETOLD, 0.75).setting
    assert _para(RETOLD, 0.75).similarity(0, 1) == ANCHORED


def _three(texts: list[str], **kwargs: object) -> Paraphrases:
    sentences = [Sentence(id=f"S{k}.1", source=f"S{k}", text=t) for k, t in enumerate(texts, 1)]
    vectors = np.array([[1.0, 0.0], [0.75, float(np.sqrt(1 - 0.75**2))], [0.0, 1.0]])
    return Paraphrases(sentences, vectors, **kwargs)  # type: ignore[arg-type]


ONE_EVENT = [
    "Tarvian patrol boats chased the Dorvish trawler Merel off Askel Bank on Sunday.",
    "Dorvish officials said Tarvian boats chased their trawler Merel at Askel Bank.",
    "The Tarvian navy said the trawler Merel had fished illegally near Askel Bank.",
]


def test_a_vessel_or_a_person_named_by_every_source_is_no_setting() -> None:
    # every source reports one event: the vessel's name is the event's, not the setting's,
    # and sharing it with the bank keeps the two reports one
    para = _three(ONE_EVENT, places=["Askel Bank"])
    assert {"askl", "bnk"} <= para.setting and "mrl" not in para.setting
    assert para.similarity(0, 1) == ANCHORED
    # without a shared specific name the place alone makes no paraphrase
    other = [
        ONE_EVENT[0],
        "Dorvish officials said Tarvian boats were seen at Askel Bank.",
        ONE_EVENT[2],
    ]
    assert _three(other, places=["Askel Bank"]).similarity(0, 1) == pytest.approx(0.75)


def test_the_setting_stays_when_the_same_occasion_check_decides() -> None:
    # both name the same day of one week: one occasion, so the bank they share counts
    texts = [
        "Tarvian patrol boats fired flares over Askel Bank and Orm Island on Sunday.",
        "Dorvish fishermen at Askel Bank and Orm Island said flares lit the sky on Sunday.",
        "The Tarvian navy has patrolled Askel Bank for years, officials said.",
    ]
    day = dt.date(2024, 5, 6)
    dated = {"S1": day, "S2": day, "S3": day}
    bank = ["Askel Bank"]
    assert _three(texts, places=bank, published=dated).similarity(0, 1) == ANCHORED
    # undated, the check cannot tell: the bank is the setting and no anchor
    assert _three(texts, places=bank).similarity(0, 1) == pytest.approx(0.75)


def test_the_conflicts_actors_named_in_two_claims_make_no_paraphrase() -> None:
    """A view about the future of a group and a statement about who backed a leader share
    only the actors any report of the crisis names (a leader and a body the gazetteer knows,
    a country): no paraphrase, so one never supports the other (trial11 kind)."""
    texts = [
        "Analyst Lena Varga said without the Assad government, support for Hezbollah, "
        "Iran's main ally, would drop significantly.",
        "For years, the main backers of Assad have been Iran, Hezbollah and Russia.",
        "Assad fled the capital on Sunday, officers said.",
        "Crowds cheered the fall of the government in the capital.",
    ]
    sentences = [Sentence(id=f"S{k}.1", source=f"S{k}", text=t) for k, t in enumerate(texts, 1)]
    vectors = np.eye(4)
    vectors[1] = [0.75, float(np.sqrt(1 - 0.75**2)), 0.0, 0.0]
    para = Paraphrases(sentences, vectors)
    assert para.similarity(0, 1) == pytest.approx(0.75)
