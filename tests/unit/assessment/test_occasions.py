"""Support only from the same occasion: dates within the window, the same event verbs."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.occasions import predicate_events, same_occasion, sentence_time
from briefbook.config.outline import load_schema
from briefbook.model import Document, Sentence

PUBLISHED = dt.date(2026, 2, 9)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("On 3 March 2025, 40 people were killed in Ostra.", ("2025-03-03", "2025-03-03")),
        ("In 2024, the army shot down 12 drones.", ("2024-01-01", "2024-12-31")),
        ("The raids of last October were a catastrophe.", ("2025-10-01", "2025-10-31")),
        ("The siege of Ostra began in April 2023 and goes on.", ("2026-02-09", "2026-02-09")),
        ("The militia has held Ostra since May 2024.", ("2026-02-09", "2026-02-09")),
        ("Troops may withdraw, officials said on Monday.", ("2026-02-09", "2026-02-09")),
    ],
)
def test_sentence_time(text, span):
    got = sentence_time(text, PUBLISHED)
    assert got is not None and (got[0].isoformat(), got[1].isoformat()) == span


def test_no_time_without_a_date():
    assert sentence_time("Troops entered the town.", None) is None


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("The militia has captured the town of Ostra.", {"captured"}),
        ("Rebels seized the airport on Sunday.", {"captured"}),
        ("The militia has besieged and attacked the town.", {"struck"}),
        ("Air defences shot down 40 drones.", {"intercepted"}),
        ("The capture of the town was announced.", set()),  # a noun, not the predicate
        ("The militia may attack the town.", set()),
    ],
)
def test_predicate_events(text, events):
    assert predicate_events(text) == events


def test_same_occasion_needs_the_window_and_the_same_event():
    captured = "The militia has captured the town of Ostra, officials said."
    seized = "The militia seized Ostra, the army said."
    attacked = "The militia has besieged and attacked the town of Ostra."
    oct25, jun24 = dt.date(2025, 10, 28), dt.date(2024, 6, 24)
    assert same_occasion(captured, oct25, seized, dt.date(2025, 10, 27), 90)
    assert not same_occasion(captured, oct25, seized, jun24, 90)  # 16 months apart
    assert not same_occasion(captured, oct25, attacked, oct25, 90)  # another predicate
    assert same_occasion(captured, oct25, seized, None, 90)  # an unknown date: kept
    # the sentence's own date wins over its source's
    assert not same_occasion(captured, oct25, "In June 2024 the militia seized Ostra.", oct25, 90)


def _doc(doc_id: str, texts: list[str], published: str, origin: str = "header") -> Document:
    doc = Document(id=doc_id, title=doc_id, path=f"{doc_id}.txt", sha256=doc_id, format="txt")
    doc.published, doc.date_origin = published, origin
    doc.paragraphs = list(texts)
    doc.sentences = [
        Sentence(f"{doc_id}.{k}", doc_id, t, paragraph=k - 1) for k, t in enumerate(texts, 1)
    ]
    return doc


CAPTURE = "The Karsian militia has captured the town of Ostra, the capital of the north."
OTHER = ["Aid convoys remain stuck at the border crossing.", "Prices of bread doubled."]


def _evidence(published_b: str, origin_b: str = "header") -> list[str]:
    schema = load_schema("conflict")
    a = _doc("S1", [CAPTURE, *OTHER], "2025-10-28")
    b = _doc("S2", [CAPTURE], published_b, origin_b)
    sections = {s.id: "context" for d in (a, b) for s in d.sentences}
    result = draw_judgments([a, b], sections, schema, groups={"S1": "S1", "S2": "S2"})
    statements = [st for sts in result.sections.values() for st in sts] + result.key_judgments
    return sorted(next(st.evidence for st in statements if st.text == CAPTURE))


def test_support_from_a_report_far_older_is_no_support():
    assert _evidence("2025-10-27") == ["S1.1", "S2.1"]
    assert len(_evidence("2024-06-24")) == 1  # 16 months apart: each stands alone
    # a file's modification time is no publication date: kept
    assert _evidence("2024-06-24", "mtime") == ["S1.1", "S2.1"]


def test_a_sentence_left_out_of_every_section_is_no_support():
    """A photo caption that repeats the report is boilerplate: no source behind the
    statement, however close its words."""
    schema = load_schema("conflict")
    caption = "Karsian militia fighters captured the town of Ostra, the capital of the north."
    a = _doc("S1", [CAPTURE, *OTHER], "2025-10-28")
    b = _doc("S2", [caption, "Fuel queues grew in the south."], "2025-10-28")
    evidence = {}
    for caption_section in ("context", None):
        sections = {s.id: "context" for d in (a, b) for s in d.sentences}
        sections["S2.1"] = caption_section
        result = draw_judgments([a, b], sections, schema, groups={"S1": "S1", "S2": "S2"})
        statements = [st for sts in result.sections.values() for st in sts]
        evidence[caption_section] = sorted(
            next(st.evidence for st in statements if "captured the town of Ostra" in st.text)
        )
    assert evidence["context"] == ["S1.1", "S2.1"]
    assert evidence[None] == ["S1.1"]
