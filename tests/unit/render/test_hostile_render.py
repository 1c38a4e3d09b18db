"""Source text and params are data: hostile markup appears as text, never as markup."""

from __future__ import annotations

import io

import pypdf
import pytest

import builders as support  # noqa: E402
from briefbook.assessment.build import assess
from briefbook.ingest import load_documents
from briefbook.model import Assessment, Claim, Entity, Section, Sentence, Statement  # noqa: E402
from briefbook.presentation.briefing import Briefing  # noqa: E402
from briefbook.presentation.cites import marking_class  # noqa: E402
from briefbook.render.notebook import export_html, html_to_pdf

PAYLOADS = support.payloads()
TITLE = "<script>document.title='PWNED'</script> {{ 7*7 }} __import__('os').system('id')"
ANALYST = '<img src=x onerror="alert(1)"> & Co'
MARKING = 'SECRET"><script>alert(1)</script>'


def hostile_assessment() -> Assessment:
    """Every payload in every string field the briefing prints."""
    sentences, statements, entities, claims = [], [], [], []
    for k, payload in enumerate(PAYLOADS, start=1):
        sid = f"S1.{k}"
        sentences.append(Sentence(sid, "S1", f"Report {k}: {payload}", paragraph=k))
        statements.append(Statement(f"Statement {k}: {payload}", [sid], likelihood="likely"))
        entities.append(Entity(f"Entity {k} {payload}", "organisation", mentions=k, evidence=[sid]))
        claims.append(
            Claim(payload, k, f"things {payload}", "sent", f"said {payload}", False, [sid])
        )
    sources = [
        {
            "id": "S1",
            "title": PAYLOADS[0],
            "path": PAYLOADS[5],
            "url": PAYLOADS[6],
            "sha256": "0" * 64,
            "published": "2024-12-16",
            "label": PAYLOADS[1],
            "author": PAYLOADS[2],
            "reliability": "B",
            "credibility": 2,
        }
    ]
    return Assessment(
        title=TITLE,
        schema_name="conflict",
        sources=sources,
        sentences=sentences,
        sections=[
            Section("context", PAYLOADS[3], statements[:6]),
            Section("factors", "Key factors", statements[6:]),
        ],
        key_judgments=statements[:3],
        indicators=statements[3:5],
        entities=entities,
        claims=claims,
        corroboration=[
            {"claim": p, "agreeing": ["S1.1"], "disagreeing": [p], "status": p}
            for p in PAYLOADS[:3]
        ],
        excluded_sources=[{"path": PAYLOADS[7], "reason": PAYLOADS[8]}],
        changes={
            "previous_date": PAYLOADS[9],
            "new": [{"text": PAYLOADS[10], "evidence": ["S1.2"]}],
        },
        meta={"engine": PAYLOADS[11]},
    )


@pytest.fixture(scope="module")
def hostile_notebook():
    b = Briefing(
        assessment=hostile_assessment(),
        title=TITLE,
        series=PAYLOADS[12],
        classification=MARKING,
        analyst=ANALYST,
        date="2024-12-20",
    )
    return support.notebook_of(b)


@pytest.fixture(scope="module")
def hostile_html(hostile_notebook) -> str:
    return export_html(hostile_notebook)


def test_no_payload_becomes_markup(hostile_html):
    page = support.Page(hostile_html)
    assert support.problems_of(page) == []
    assert page.comments == []
    assert page.tags("title") and len(page.tags("title")) == 1


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_appears_as_text(hostile_html, payload):
    text = support.Page(hostile_html).text
    assert " ".join(payload.split()) in text


@pytest.mark.parametrize("value", [TITLE, ANALYST, MARKING])
def test_params_appear_as_text(hostile_html, value):
    page = support.Page(hostile_html)
    assert value in page.text
    assert "49" not in page.text.replace("2024", "")  # {{ 7*7 }} was never evaluated


def test_marking_class_is_chosen_from_a_fixed_list():
    assert marking_class(MARKING) == "s"
    assert marking_class('x" onload="alert(1)') == "other"


def test_hostile_pdf_shows_payloads_as_text(hostile_notebook):
    html = export_html(hostile_notebook, for_pdf=True)
    assert support.problems_of(support.Page(html)) == []
    reader = pypdf.PdfReader(io.BytesIO(html_to_pdf(html)))
    text = support.squash(" ".join(p.extract_text() or "" for p in reader.pages))
    for payload in PAYLOADS:
        assert support.squash(payload) in text, payload
    for page in reader.pages:
        assert "/JavaScript" not in str(page.get("/AA", "")) and "/JS" not in str(page)


@pytest.mark.parametrize("name", ["source.txt", "source.md", "source.html"])
def test_ingested_hostile_sources_render_as_text(name, tmp_path):
    docs = load_documents([support.HOSTILE / name])
    sentences = [s for d in docs for s in d.sentences]
    assert sentences
    statements = [Statement(s.text, [s.id]) for s in sentences]
    a = Assessment(
        title=docs[0].title,
        schema_name="conflict",
        sources=[d.source_record() for d in docs],
        sentences=sentences,
        sections=[Section("context", "Situation", statements)],
        key_judgments=statements[:2],
        indicators=[],
        entities=[],
        claims=[],
    )
    b = Briefing(assessment=a, title=docs[0].title, date="2024-12-20")
    page = support.Page(export_html(support.notebook_of(b)))
    assert support.problems_of(page) == []
    assert page.comments == []
    for s in sentences:
        assert " ".join(s.text.split()) in page.text


def test_hostile_sources_through_the_engine(tmp_path):
    a = assess(
        [support.HOSTILE / n for n in ("source.txt", "source.md", "source.html")], title=TITLE
    )
    b = Briefing(
        assessment=a, title=TITLE, classification=MARKING, analyst=ANALYST, date="2024-12-20"
    )
    html = export_html(support.notebook_of(b))
    page = support.Page(html)
    assert support.problems_of(page) == []
    assert page.comments == []
    assert TITLE in page.text
