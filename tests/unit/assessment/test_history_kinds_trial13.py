"""Kinds misread in a new-analyst trial on a crisis between two states (invented sentences
of the same shapes; no third-party text): history dated by its year long before the report
is background, never a key judgment's lead, an indicator or the situation's news; a
sentence that opens a list on a colon does not read on its own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.readability import needs_context
from briefbook.assessment.signals import dated_long_past
from briefbook.config.outline import load_schema
from briefbook.model import Document, Sentence


@pytest.mark.parametrize(
    "text",
    [
        "Ostland and Tarvia, in 1961, signed an accord to decide how the lake will be shared.",
        "Ostland briefly closed the canal to Tarvian barges in 1949.",
        "After six years of talks, the two kings finally signed the accord in March 1961.",
        "During 2019 the militia seized two border posts.",
    ],
)
def test_history_dated_long_before_the_report_is_long_past(text: str) -> None:
    assert dated_long_past(text, 2025)


@pytest.mark.parametrize(
    "text",
    [
        "The accord, signed in 1961, was suspended on 23 April.",
        "It was the deadliest raid on the capital since 2019.",
        "The 1961 accord will be held in abeyance, the minister said.",
        "In 2024 the rebels seized the port, and in 2025 they lost it.",
        "Ostland closed the canal in 1949 and again on Monday.",
        "In 2024 the rebels seized the port.",
    ],
)
def test_news_told_against_history_is_not_long_past(text: str) -> None:
    assert not dated_long_past(text, 2025)


@pytest.mark.parametrize(
    "text",
    [
        "The accord splits the four rivers of the basin between the two states:",
        "Ostland's army struck nine sites, including camps in:",
        "Later, Tarvia complained to the regional court that the sluices stayed shut.",
        "Subsequently, the two envoys met at the border post.",
    ],
)
def test_a_sentence_opening_a_list_or_a_later_step_needs_context(text: str) -> None:
    assert needs_context(text)


def test_a_later_time_of_its_own_reads_alone() -> None:
    assert not needs_context("Later this week, the council votes on the lake accord.")


def _paragraphs(doc_id: str, paragraphs: list[list[str]], published: str) -> Document:
    doc = Document(id=doc_id, title=doc_id, path=f"{doc_id}.txt", sha256=doc_id, format="txt")
    doc.paragraphs = [" ".join(p) for p in paragraphs]
    doc.sentences = []
    for n, para in enumerate(paragraphs):
        for text in para:
            doc.sentences.append(
                Sentence(f"{doc_id}.{len(doc.sentences) + 1}", doc_id, text, paragraph=n)
            )
    doc.published = published
    return doc


def _doc(doc_id: str, texts: list[str], published: str) -> Document:
    return _paragraphs(doc_id, [[t] for t in texts], published)


HISTORY = "Ostland and Tarvia, in 1961, signed an accord to decide how the lake will be shared."
NEWS = [
    "Ostland suspended the lake accord on Wednesday and closed its border crossings.",
    "Tarvia recalled its ambassador from Ostland after the suspension.",
    "Tarvian officials warned that they will cut power exports if the accord stays suspended.",
]


def test_history_dated_long_past_is_no_indicator_and_no_lead() -> None:
    schema = load_schema("conflict")
    doc = _doc("S1", [HISTORY, *NEWS], "2025-04-24")
    sections = {s.id: "context" for s in doc.sentences}
    forward = SimpleNamespace(hedges=[], attributed_to=None, probabilistic=False, forward=True)
    facts = {"S1.1": forward, "S1.4": forward}
    result = draw_judgments([doc], sections, schema, facts=facts, issue_date="2025-04-25")
    assert HISTORY not in [st.text for st in result.indicators]
    assert NEWS[2] in [st.text for st in result.indicators]
    assert result.key_judgments and result.key_judgments[0].text != HISTORY
    # the situation reports the news; history only when nothing else reports its domain
    assert HISTORY not in [st.text for st in result.sections["context"]][:1]


EXPLAINER = [
    "Ostland briefly closed the canal to Tarvian barges in 1949.",
    "Tarvia complained to the regional council that too little water reached its farms.",
    "The council proposed that the river bank of the north mediate between them.",
]
REPORT = [
    "Ostland suspended the canal accord on Wednesday and closed two border crossings.",
    "Tarvian farmers protested outside the Ostland embassy in Port Vell.",
    "Ostland's navy seized a Tarvian grain barge near the canal mouth.",
    "Tarvia's defence minister ordered reservists to report to their units.",
]


def test_a_paragraph_of_history_is_background_and_the_situation_reports_the_news() -> None:
    schema = load_schema("conflict")
    doc = _paragraphs("S1", [REPORT[:2], EXPLAINER, REPORT[2:]], "2025-04-24")
    sections = {s.id: "context" for s in doc.sentences}
    result = draw_judgments([doc], sections, schema, issue_date="2025-04-25")
    shown = {st.text for st in result.sections["context"]}
    assert shown and not shown & set(EXPLAINER)
    assert not {st.text for st in result.key_judgments} & set(EXPLAINER)


def test_a_paragraph_with_the_news_in_it_is_not_history() -> None:
    schema = load_schema("conflict")
    mixed = [EXPLAINER[0], "On Wednesday, Ostland closed the canal again.", EXPLAINER[1]]
    doc = _paragraphs("S1", [mixed], "2025-04-24")
    sections = {s.id: "context" for s in doc.sentences}
    result = draw_judgments([doc], sections, schema, issue_date="2025-04-25")
    shown = {st.text for st in result.sections["context"]}
    assert EXPLAINER[1] in shown  # no time of its own, in a paragraph of the news
    assert EXPLAINER[0] not in shown or len(shown) < 2
