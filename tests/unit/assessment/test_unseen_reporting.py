"""Kinds of defect found by reading a briefing built from reporting the engine had never seen
(a rebel offensive, a repost of one wire text, an analysis written a week later, a stale
official statement). Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.key_judgments import news_bonus
from briefbook.assessment.params import JudgmentParams
from briefbook.assessment.readability import needs_context
from briefbook.assessment.reposts import group_texts
from briefbook.assessment.signals import is_background, key_signal
from briefbook.assessment.situation import is_indicator
from briefbook.config.outline import load_schema
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Document, Sentence, Statement
from briefbook.presentation.parts import as_of_dates


def _doc(doc_id: str, texts: list[str], title: str, published: str | None = None) -> Document:
    doc = Document(id=doc_id, title=title, path=f"{doc_id}.txt", sha256=doc_id, format="txt")
    doc.paragraphs = list(texts)
    doc.published = published
    doc.sentences = [
        Sentence(f"{doc_id}.{k}", doc_id, t, paragraph=k - 1) for k, t in enumerate(texts, 1)
    ]
    return doc


# ---------------------------------------------------------------------------- indicators


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a forward cue inside ", which ..." qualifies a noun of a statement about the present
        (
            "The envoy voiced deep concern about the siege of Dornow, which could endanger "
            "tens of thousands of residents.",
            False,
        ),
        (
            "The loss of the ridge is a defeat for the garrison, which is a blow to the "
            "government that will likely weaken its hold on the lake shore.",
            False,
        ),
        # the main clause looks ahead: an indicator
        ("The Kessa militia could use the ridge to push south toward the lake.", True),
        # the clause names a sign to watch or a time
        ("The militia massed boats on the shore, which could signal a crossing.", True),
        ("The truce, which lapses next week, may not be renewed.", True),
    ],
)
def test_a_modal_in_a_relative_clause_makes_no_indicator(text: str, indicator: bool) -> None:
    assert is_indicator(text) is indicator


# ---------------------------------------------------------------------------- reading alone


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("In this case, the militia said its withdrawal depends on a neutral monitor.", False),
        ("In that regard, the council repeated its call.", False),
        ("Second, the militia has broken three truces this year.", False),
        ("A relief official confirmed the 12,000 figure.", False),
        ("Officials disputed that 400 toll on Friday.", False),
        ("Second Army units crossed the river on Friday.", True),
        ("The 2024 figures show a rise in arrivals at the border.", True),
        ("About 12,000 people crossed the border in one week, a relief official said.", True),
    ],
)
def test_what_reads_alone(text: str, alone: bool) -> None:
    assert needs_context(text) is not alone


def test_a_sentence_leading_into_a_list_points_past_itself() -> None:
    from briefbook.assessment.readability import refers_back
    from briefbook.presentation.cites import statement_data

    lead_in = "The accord builds on the security plan drafted during the lakeside talks:"
    assert refers_back(lead_in)
    assert not refers_back("The accord builds on the security plan drafted in the talks.")
    shown = statement_data(Statement(text=lead_in, evidence=["S1.1"]))
    assert shown["text"].endswith("talks:") and shown["stop"] == ""  # never "talks:."


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("The president had boasted that the war was one of six he had ended.", True),
        ("The two sides had agreed in June to exchange prisoners.", True),
        ("The offensive comes nearly a year after the militia seized the capital.", True),
        ("The raid came more than two weeks after the talks collapsed.", True),
        # reported speech backshifts the news: not background
        ("Officials said the militia had seized the airport.", False),
        ("Residents told reporters the fighters had looted the market.", False),
        ("The garrison had to abandon the ridge.", False),
        ("The militia had seized the port by nightfall, residents said.", False),
        ("Fighters of the Kessa militia entered the port on Tuesday.", False),
    ],
)
def test_a_past_perfect_main_verb_is_background(text: str, background: bool) -> None:
    assert is_background(text) is background


# ---------------------------------------------------------------------------- the situation

AID = [
    "Fighters of the Kessa militia entered the lake port of Dornow on Tuesday, security "
    "sources said.",
    "A border official said he had recorded more than 3,000 arrivals of refugees a day and "
    "12,000 refugees fleeing in one week.",
    '"Not one refugee family at the crossing has food left for a week," the border official said.',
    "A relief official confirmed the 12,000 figure.",
    "Peace Talks.",
    "Boats carried displaced families across the lake to the southern shore on Wednesday.",
]


def test_the_situation_reports_facts_before_quotations() -> None:
    # one humanitarian fact and one quotation: the fact reports the domain, the quotation
    # (colour) does not take the domain's second place
    docs = [_doc("S1", AID[:3], "Thousands flee Dornow", "2026-03-04")]
    sections = {s.id: "context" for s in docs[0].sentences}
    result = draw_judgments(docs, sections, load_schema("conflict"), issue_date="2026-03-06")
    humanitarian = [s.text for s in result.sections["context"] if s.domain == "humanitarian"]
    assert humanitarian == [AID[1]], humanitarian
    # a quotation alone still reports its domain
    alone = '"No family in the camps has food left for a week," the border official said.'
    docs = [_doc("S1", [AID[0], alone], "Thousands flee Dornow", "2026-03-04")]
    sections = {s.id: "context" for s in docs[0].sentences}
    result = draw_judgments(docs, sections, load_schema("conflict"), issue_date="2026-03-06")
    assert alone in [s.text for s in result.sections["context"]]


def test_facts_to_weigh_read_alone_and_are_no_quotes_or_labels() -> None:
    docs = [_doc("S1", AID, "Thousands flee Dornow", "2026-03-04")]
    sections = {s.id: "context" for s in docs[0].sentences}
    result = draw_judgments(docs, sections, load_schema("conflict"), issue_date="2026-03-06")
    listed = [s for sts in result.evidence_to_weigh.values() for s in sts]
    assert listed
    for statement in listed:
        text = statement.text
        assert not text.startswith('"'), text
        assert not needs_context(text), text
        assert len(text.split()) >= 5, text


def test_facts_to_weigh_list_one_of_two_copies() -> None:
    wire = AID[:2] + AID[5:]
    docs = [
        _doc("S1", wire, "Thousands flee Dornow", "2026-03-04"),
        _doc("S2", wire, "Dornow exodus", "2026-03-05"),
    ]
    sections = {s.id: "context" for d in docs for s in d.sentences}
    result = draw_judgments(docs, sections, load_schema("conflict"), issue_date="2026-03-06")
    ids_of: dict[str, set[str]] = {}
    for statements in result.evidence_to_weigh.values():
        texts = [s.text for s in statements]
        assert len(texts) == len(set(texts)), texts  # never both copies in one list
        for s in statements:
            ids_of.setdefault(s.text, set()).add(s.evidence[0])
    # a fact listed again is the same sentence, never its copy in the other source; the
    # original (published first) states it
    assert ids_of and all(len(ids) == 1 for ids in ids_of.values()), ids_of
    assert all(sid.startswith("S1.") for ids in ids_of.values() for sid in ids), ids_of


# ---------------------------------------------------------------------------- reposts


def test_the_earliest_published_copy_is_the_original() -> None:
    text = " ".join(AID) + " The militia shelled the hills above the port overnight."
    items = [("S1", text, None), ("S2", text + " Residents hid in cellars.", None)]
    assert group_texts(items) == {"S1": "S1", "S2": "S1"}  # no dates: the order given
    dated = group_texts(items, ["2026-03-05", "2026-03-04"])
    assert dated == {"S1": "S2", "S2": "S2"}  # S2 was published first


def test_a_copy_has_no_lede_of_its_own() -> None:
    docs = [
        _doc("S1", AID[:2], "Thousands flee Dornow"),
        _doc("S2", AID[1:2], "Dornow exodus"),
    ]
    sentences = [s for d in docs for s in d.sentences]
    signals = [key_signal(s.text, False, False) for s in sentences]
    params = JudgmentParams()
    alone = news_bonus(sentences, signals, {}, params)
    copied = news_bonus(sentences, signals, {}, params, {"S1": "S1", "S2": "S1"})
    assert alone.get(2, 0.0) > 0.0  # S2.1 opens S2: its lede while S2 is no copy
    assert copied.get(2, 0.0) == 0.0  # a copy's first sentence is no lede
    assert copied.get(0, 0.0) == alone.get(0, 0.0)


# ---------------------------------------------------------------------------- the latest report

WIRE = """Kessa militia enters Dornow

Tarvian forces entered the lake port of Dornow on Tuesday, and thousands of residents fled across the border, security sources said.

Tarvian forces shelled the hills above Dornow overnight, residents said.

A relief agency said it had received 4,000 people in two days.
"""

ANALYSIS = """Dornow after the withdrawal

Tarvian forces captured the lake port of Dornow on 17 November, only to withdraw from Dornow on 25 November under pressure from their foreign backers.

The withdrawal offers a narrow window for talks, but the chances of a durable truce remain slim.

Tarvian leverage over the coming talks has grown significantly, and the government's position has weakened.

The government will likely struggle to restore its authority over the lake shore.

The collapse of the garrison reflects deep weaknesses in the army's command.
"""


def test_the_latest_report_leads_and_stands_in_the_situation(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "analysis.txt").write_text(ANALYSIS, encoding="utf-8")
    docs = load_documents(
        [
            SourceSpec(path="wire.txt", published="2024-11-19"),
            SourceSpec(path="analysis.txt", published="2024-11-27"),
        ],
        base=tmp_path,
    )
    a = assess_documents(docs, issue_date="2024-11-30")
    texts = [k.text for k in a.key_judgments]
    captured = next((n for n, t in enumerate(texts) if "only to withdraw" in t), None)
    assert captured is not None, texts  # the later report stands for the earlier news
    assert not any(t.startswith("Tarvian forces entered") for t in texts), texts
    situation = [s.text for sec in a.sections if sec.role == "situation" for s in sec.statements]
    if any("Dornow" in t for t in situation):
        assert not any(t.startswith("Tarvian forces entered") for t in situation), situation


# ---------------------------------------------------------------------------- dates shown


def test_a_weekday_with_its_date_is_no_relative_time() -> None:
    b = SimpleNamespace(
        date="2026-03-10",
        assessment=SimpleNamespace(sources=[{"id": "S1", "published": "2026-03-03"}]),
    )
    as_of = as_of_dates(b)  # type: ignore[arg-type]
    dated = Statement(text="Soldiers fled on Monday, March 2, officials said.", evidence=["S1.1"])
    bare = Statement(text="Soldiers fled on Monday, officials said.", evidence=["S1.1"])
    day_first = Statement(
        text="Soldiers fled on Monday 2 March, officials said.", evidence=["S1.1"]
    )
    assert as_of(dated) is None
    assert as_of(day_first) is None
    assert as_of(bare) == "2026-03-03"


# ---------------------------------------------------------------------------- claims of a repost

REPORT = """Rebels shell the lake port

Rebel artillery killed 14 soldiers at the lake port of Dornow on Monday, the regional governor said.

Residents said the shelling went on for six hours and set two fuel depots on fire.

The port had been closed to shipping since the spring, and grain barges waited offshore.
"""

OTHER = """Fourteen soldiers die at Dornow

The regional governor said rebel artillery killed 14 soldiers at Dornow on Monday.
"""


def test_a_figure_cites_the_original_not_its_later_copy(tmp_path: Path) -> None:
    # the copy is listed first but published a day after the original
    (tmp_path / "a-copy.txt").write_text(REPORT + "\nMore to follow.\n", encoding="utf-8")
    (tmp_path / "b-original.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "c-other.txt").write_text(OTHER, encoding="utf-8")
    docs = load_documents(
        [
            SourceSpec(path="a-copy.txt", published="2026-03-03"),
            SourceSpec(path="b-original.txt", published="2026-03-02"),
            SourceSpec(path="c-other.txt", published="2026-03-02"),
        ],
        base=tmp_path,
    )
    a = assess_documents(docs, issue_date="2026-03-04")
    rows = [r for r in a.corroboration if any(f["figure"] == "14" for f in r["figures"])]
    assert rows, a.corroboration
    figure = next(f for f in rows[0]["figures"] if f["figure"] == "14")
    assert all(e.startswith("S2.") or e.startswith("S3.") for e in figure["evidence"]), figure
    assert {"source": "S1", "copy_of": "S2"} in figure["copies"], figure
