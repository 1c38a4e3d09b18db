"""The briefing HTML and PDF rendered from the fixture assessment (no kernel needed)."""

from __future__ import annotations

import io
import re

import pypdf  # noqa: E402
import pytest

import builders as support  # noqa: E402
from briefbook.model import Claim  # noqa: E402
from briefbook.presentation.briefing import Briefing  # noqa: E402
from briefbook.presentation.document import briefing_parts  # noqa: E402
from briefbook.presentation.show import render_part_html  # noqa: E402
from briefbook.render.notebook import export_html, html_to_pdf, render_html, render_pdf
from briefbook.tradecraft import CONFIDENCE_LEVELS, LIKELIHOOD_TERMS  # noqa: E402


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return support.fixture_briefing()


@pytest.fixture(scope="module")
def notebook(briefing):
    return support.notebook_of(briefing)


@pytest.fixture(scope="module")
def html(notebook) -> str:
    return export_html(notebook)


@pytest.fixture(scope="module")
def page(html) -> support.Page:
    return support.Page(html)


@pytest.fixture(scope="module")
def pdf_pages(notebook, tmp_path_factory) -> list[str]:
    out = render_pdf(notebook, tmp_path_factory.mktemp("pdf") / "briefing.pdf")
    reader = pypdf.PdfReader(str(out))
    return [p.extract_text() or "" for p in reader.pages]


# ---------------------------------------------------------------------------- HTML


def test_html_has_the_sections_in_order(page, briefing):
    h2 = [text for tag, text in page.headings if tag == "h2"]
    expected = [
        "Bottom line up front",
        *[s.title for s in briefing.assessment.sections],
        "Indicators to watch",
        "Key entities",
        "Quantitative claims",
        "Charts",
        "Sources",
        "Method note",
    ]
    positions = [h2.index(title) for title in expected]
    assert positions == sorted(positions)
    assert [t for tag, t in page.headings if tag == "h1"] == [briefing.title]


def test_every_citation_link_resolves_to_an_appendix_sentence(page, html, briefing):
    ids = page.ids()
    links = [a["href"] for a in page.tags("a") if (a.get("href") or "").startswith("#")]
    assert links, "no internal links"
    for href in links:
        assert href[1:] in ids, f"{href} has no target"
    cites = [a for a in page.tags("a") if "cite" in (a.get("class") or "")]
    assert len(cites) >= sum(len(s.evidence) for s in briefing.assessment.key_judgments)
    appendix = html[html.index('id="sources"') :]
    for a in cites:
        assert re.fullmatch(r"#src-S\d+-\d+", a["href"]), a["href"]
        assert f'id="{a["href"][1:]}"' in appendix


def test_cited_sentence_text_is_quoted_in_the_appendix(page, briefing):
    a = briefing.assessment
    for statement in a.key_judgments:
        for sid in statement.evidence:
            text = " ".join(a.sentence(sid).text.split())
            assert text in page.text


def test_html_is_self_contained(page, html):
    assert support.problems_of(page) == []
    assert not re.search(r"url\(\s*['\"]?(https?:|//)", html)
    assert "@import" not in html
    csp = [m for m in page.tags("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]
    assert len(page.tags("img")) >= 2 and all(i.get("alt") for i in page.tags("img"))


def test_html_has_no_code_prompts_or_parameters(page, html):
    for word in (
        "presentation.show",
        "import briefbook",
        "prepare_briefing",
        "title = 'x'",
        "In&nbsp;[",
        "In [",
        "jp-InputArea",
        "jp-InputPrompt",
        'class="highlight',
    ):
        assert word not in html, word
    assert "assessment_path" not in page.text


def test_empty_section_says_what_is_missing(page, briefing):
    empty = [s for s in briefing.assessment.sections if not s.statements]
    assert empty, "the fixture keeps one section empty on purpose"
    for section in empty:
        if section.role == "situation":
            assert "No reporting in the sources." in page.text
        else:  # an analytic section says what no source assesses
            assert "No source sentence assesses this" in page.text


def test_likelihood_and_confidence_never_share_a_sentence(notebook, briefing):
    parts = [p for p, _ in briefing_parts(briefing) if p["part"] == "bluf"]
    html = render_part_html(parts[0])
    text = support.Page(html).text
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
        has_likelihood = any(f"({t})" in sentence for t in LIKELIHOOD_TERMS)
        has_confidence = any(f"Confidence: {c}" in sentence for c in CONFIDENCE_LEVELS)
        assert not (has_likelihood and has_confidence), sentence


def test_marking_banners_top_and_bottom(page):
    banners = [a for t, a in page.elements if "banner" in (a.get("class") or "")]
    classes = " ".join(a["class"] for a in banners)
    assert "banner--top" in classes and "banner--bottom" in classes
    assert page.text.startswith("Skip to the briefing UNCLASSIFIED")
    assert page.text.endswith("UNCLASSIFIED")


def test_changes_and_corroboration_render_when_present(briefing):
    b = support.fixture_briefing()
    b.assessment.changes = {
        "previous_date": "2024-12-01",
        "new": [{"text": "A new statement.", "evidence": ["S1.2"]}],
        "dropped": ["An old statement."],
    }
    b.assessment.corroboration = [
        {
            "claim": "more than 11,000 troops",
            "agreeing": ["S1.9", "S2.1"],
            "disagreeing": [],
            "status": "corroborated",
        }
    ]
    page = support.Page(export_html(support.notebook_of(b)))
    h2 = [t for tag, t in page.headings if tag == "h2"]
    assert "Changes since 2024-12-01" in h2 and "Corroboration" in h2
    assert "A new statement." in page.text and "corroborated" in page.text
    ids = page.ids()
    for a in page.tags("a"):
        assert a["href"][1:] in ids


def test_first_issue_says_so():
    b = support.fixture_briefing()
    b.assessment.changes = {"first_issue": True}
    text = support.Page(export_html(support.notebook_of(b))).text
    assert "First issue of the series dprk-russia" in text


def test_timeline_chart_appears_with_two_dates():
    b = support.fixture_briefing()
    b.assessment.claims.append(
        Claim("12 drones", 12, "drones", "launched", None, False, ["S2.3"], published="2025-01-05")
    )
    parts = [p for p, _ in briefing_parts(b) if p.get("id") == "chart-timeline"]
    assert parts[0]["alt"].startswith("Bar chart of quantitative claims per publication date")
    page = support.Page(export_html(support.notebook_of(b)))
    assert len(page.tags("img")) == 3


def test_render_html_is_deterministic(notebook, tmp_path):
    a = render_html(notebook, tmp_path / "a.html").read_bytes()
    b = render_html(notebook, tmp_path / "b.html").read_bytes()
    assert a == b


def test_tables_put_important_rows_first(briefing):
    from briefbook.presentation import tables

    frame = tables.entities_frame(briefing)
    assert list(frame["mentions"]) == sorted(frame["mentions"], reverse=True)
    claims = tables.claims_frame(briefing)
    # corroboration status, then events of consequence, then larger numbers
    status = [tables._STATUS_RANK.get(s, 3) for s in claims["corroboration"]]
    assert status == sorted(status)
    keys = [
        (s, e not in tables.CONSEQUENTIAL_EVENTS, -v)
        for s, e, v in zip(status, claims["event"], claims["value"], strict=True)
    ]
    assert keys == sorted(keys)


# ---------------------------------------------------------------------------- PDF


def test_pdf_marks_every_page_and_numbers_them(pdf_pages):
    n = len(pdf_pages)
    assert n >= 3
    for i, text in enumerate(pdf_pages, start=1):
        assert text.count("UNCLASSIFIED") >= 2, f"page {i} lacks the marking top and bottom"
        assert f"Page {i} of {n}" in text


def test_pdf_has_running_header_after_the_cover(pdf_pages, briefing):
    for text in pdf_pages[1:]:
        assert briefing.title in text and briefing.date in text


def test_pdf_headings_and_contents_page_numbers(pdf_pages, briefing):
    whole = "\n".join(pdf_pages)
    for title in [
        "Bottom line up front",
        *[s.title for s in briefing.assessment.sections],
        "Indicators to watch",
        "Key entities",
        "Sources",
        "Method note",
    ]:
        assert title in whole
    first = pdf_pages[0]
    assert "CONTENTS" in first.upper() and briefing.title in first
    match = re.search(r"Method note[ .]*?(\d+)", first)
    assert match, "the contents list no page number for the method note"
    page_no = int(match.group(1))
    assert "Method note" in pdf_pages[page_no - 1]
    assert "ICD 203 expressions of likelihood" in "\n".join(pdf_pages[page_no - 1 :])


def test_pdf_fonts_are_embedded_and_text_extractable(notebook, tmp_path, briefing):
    out = render_pdf(notebook, tmp_path / "b.pdf")
    reader = pypdf.PdfReader(str(out))
    fonts = set()
    for p in reader.pages:
        for _, ref in (p["/Resources"].get("/Font") or {}).items():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            desc = desc.get_object()
            assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
            fonts.add(str(font["/BaseFont"]))
    assert fonts
    assert briefing.assessment.key_judgments[0].text[:30] in " ".join(
        (reader.pages[0].extract_text() or "").split()
    )


@pytest.mark.parametrize(("size", "width", "height"), [("A4", 595, 842), ("Letter", 612, 792)])
def test_pdf_page_size(notebook, tmp_path, size, width, height):
    out = render_pdf(notebook, tmp_path / f"{size}.pdf", page_size=size)
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (width, height)


def test_pdf_refuses_unknown_page_size(notebook, tmp_path):
    from briefbook.errors import ParamsError

    with pytest.raises(ParamsError):
        render_pdf(notebook, tmp_path / "x.pdf", page_size="A3")


def test_pdf_does_not_fetch_anything(tmp_path):
    html = (
        '<html><body><img src="file:///etc/hostname" alt="x">'
        '<img src="https://example.invalid/x.png" alt="y"><p>text</p></body></html>'
    )
    data = html_to_pdf(html)
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "text" in text


def test_pdf_labels_are_searchable_words(notebook, tmp_path):
    """No letter-spacing in print: small-caps labels extract as words, not "S O U R C E S"
    (poppler's pdftotext splits spaced glyphs; pypdf does not, so the test needs pdftotext)."""
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = render_pdf(notebook, tmp_path / "b.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "INTELLIGENCE BRIEFING" in text
    assert "ANALYST" in text and "SOURCES" in text
    assert not re.search(r"\b(?:[A-Z] ){3,}[A-Z]\b", text), "letter-spaced label in the PDF"


def test_pdf_appendix_and_method_follow_on_without_forced_breaks(pdf_pages):
    """The sources appendix and the method note start where the page before ends, so no page
    holds a few lines and then blank space; their headings are never alone at a page end."""
    starts = {}
    for i, text in enumerate(pdf_pages):
        for title in ("Sources", "Method note"):
            if re.search(rf"^{title}$", text, re.M) and title not in starts:
                starts[title] = i
    assert set(starts) == {"Sources", "Method note"}
    for title, i in starts.items():
        lines = [ln for ln in pdf_pages[i].splitlines() if ln.strip()]
        at = lines.index(title)
        assert at < len(lines) - 3, f"{title} heading sits at the bottom of page {i + 1}"
    # the method note shares its first page with the end of the appendix
    method_page = pdf_pages[starts["Method note"]]
    assert re.search(r"S\d+\.\d+", method_page.split("Method note")[0])
