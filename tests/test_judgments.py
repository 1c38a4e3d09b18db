"""Statements, key judgments, indicators and their grading rules."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from briefbook.judgments import (
    JudgmentParams,
    confidence_for_evidence,
    draw_judgments,
    likelihood_for_evidence,
    likelihood_from_hedges,
)
from briefbook.model import Document, Sentence
from briefbook.schema import load_schema
from briefbook.tradecraft import CONFIDENCE_LEVELS, LIKELIHOOD_TERMS


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Russia will almost certainly expand the campaign.", "almost certain"),
        ("The strikes are very likely to continue.", "very likely"),
        ("Moscow likely sees an opportunity.", "likely"),
        ("The troops may bring fresh manpower.", "roughly even chance"),
        ("A ceasefire is unlikely before winter.", "unlikely"),
        ("Troops arrived on Monday.", None),
    ],
)
def test_likelihood_from_hedges(text, term):
    assert likelihood_from_hedges(text) == term


def test_likelihood_only_for_probabilistic_evidence():
    assert likelihood_for_evidence(["Troops may arrive."], probabilistic=False) is None
    assert likelihood_for_evidence(["Troops may arrive."], probabilistic=True) == (
        "roughly even chance"
    )


def test_doubt_lowers_and_corroboration_raises_likelihood():
    base = likelihood_for_evidence(["Troops are likely deployed."], probabilistic=True)
    doubted = likelihood_for_evidence(
        ["Troops, if confirmed, are likely deployed."], probabilistic=True
    )
    backed = likelihood_for_evidence(
        ["Troops are likely deployed."], probabilistic=True, corroborating_sources=2
    )
    order = LIKELIHOOD_TERMS.index
    assert order(doubted) == order(base) - 1
    assert order(backed) == order(base) + 1
    assert (
        likelihood_for_evidence(
            ["It is unlikely to end."], probabilistic=True, corroborating_sources=1
        )
        == "very unlikely"
    )


@pytest.mark.parametrize(
    ("grades", "hedged", "attributed", "level"),
    [
        ([(None, None)], False, False, "low"),
        ([("A", 1)], False, False, "moderate"),
        ([("A", 1)], True, False, "low"),
        ([(None, None), (None, None)], False, False, "moderate"),
        ([("A", 1), ("B", 2), (None, None)], False, False, "high"),
        ([("A", 1), ("B", 2), ("C", 3)], False, True, "moderate"),
        ([("E", 5), ("E", 5), ("F", 6)], False, False, "moderate"),
    ],
)
def test_confidence_rules(grades, hedged, attributed, level):
    assert confidence_for_evidence(grades, hedged=hedged, attributed=attributed) == level


def _doc(doc_id: str, texts: list[str], **grades) -> Document:
    doc = Document(id=doc_id, title=doc_id, path=f"{doc_id}.txt", sha256=doc_id, format="txt")
    doc.paragraphs = list(texts)
    doc.sentences = [
        Sentence(f"{doc_id}.{k}", doc_id, t, paragraph=k - 1) for k, t in enumerate(texts, 1)
    ]
    for key, value in grades.items():
        setattr(doc, key, value)
    return doc


TEXTS_A = [
    "North Korea has sent thousands of troops to fight for Russia in the Kursk region.",
    "Russia needs manpower because its recruitment cannot replace heavy losses.",
    "North Korean units have suffered heavy casualties from Ukrainian drone strikes.",
    "The deployment deepens the alliance between Moscow and Pyongyang and invites new sanctions.",
    "Officials warn that the deployment could expand to other parts of the front line.",
    "Overall, the gamble shows the strain on Russia's army.",
]
TEXTS_B = [
    "North Korea has sent thousands of troops to fight for Russia in the Kursk region.",
    "South Korea and the United States condemned the deployment.",
]


def test_draw_judgments_cites_and_grades():
    schema = load_schema("conflict")
    a = _doc("S1", TEXTS_A, reliability="B", credibility=2)
    b = _doc("S2", TEXTS_B)
    sections = dict(zip([s.id for s in a.sentences], schema.keys, strict=True))
    sections.update({"S2.1": "context", "S2.2": "geopolitical"})
    facts = {
        "S1.5": SimpleNamespace(
            hedges=["could"],
            attributed_to="Officials",
            probabilistic=True,
            forward=True,
            quantities=0,
        )
    }
    result = draw_judgments([a, b], sections, schema, facts=facts)
    ids = {s.id for d in (a, b) for s in d.sentences}
    statements = [st for sts in result.sections.values() for st in sts]
    assert statements
    for st in statements + result.key_judgments + result.indicators:
        assert set(st.evidence) <= ids
        assert st.text in TEXTS_A + TEXTS_B
        assert st.confidence in CONFIDENCE_LEVELS
        assert st.likelihood is None or st.likelihood in LIKELIHOOD_TERMS
    first = next(st for st in statements if st.evidence[0] in {"S1.1", "S2.1"})
    assert {"S1.1", "S2.1"} <= set(first.evidence)  # corroborated by the other source
    assert 3 <= len(result.key_judgments) <= 5
    assert [st.evidence[0] for st in result.indicators] == ["S1.5"]
    warning = result.indicators[0]
    assert warning.likelihood == "roughly even chance" and warning.attributed_to == "Officials"


def test_redundant_sentences_are_not_picked_twice():
    schema = load_schema("conflict")
    texts = ["Russia fired many missiles at Kyiv overnight."] * 3 + [
        "Air defences shot down most of the drones over the capital."
    ]
    doc = _doc("S1", texts)
    sections = {s.id: "battlefield" for s in doc.sentences}
    result = draw_judgments([doc], sections, schema, params=JudgmentParams(per_section=4))
    picked = [st.text for st in result.sections["battlefield"]]
    assert len(picked) == len(set(picked)) == 2


def test_no_sentences_no_statements():
    schema = load_schema("conflict")
    result = draw_judgments([], {}, schema)
    assert result.key_judgments == [] and all(v == [] for v in result.sections.values())
