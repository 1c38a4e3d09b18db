"""PDF layout: a wrapped headline is one title, a byline gives the date, paragraphs kept."""

from __future__ import annotations

from pathlib import Path

from briefbook.ingest import read_document
from briefbook.ingest.pdf import read_pdf
from briefbook.ingest.pdf_layout import Line, laid_out

HEADLINE = "Ferry service to the northern islands halted again after storm damage at the port"
PARAGRAPHS = [
    "Dorvian port authorities halted the ferry service on Tuesday after a storm damaged two "
    "loading ramps, leaving about 3,000 passengers stranded on the northern islands.",
    "The harbour master said repairs would take at least ten days and that a temporary "
    "landing stage was being built by engineers of the coastal guard.",
    "Island councils asked for fuel and medicine to be flown in while the ramps are rebuilt.",
]


def _article_pdf(path: Path, byline: str) -> Path:
    import weasyprint

    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    weasyprint.HTML(
        string=(
            "<html><body style='width:13cm;font-size:11pt'>"
            f"<h1 style='font-size:24pt'>{HEADLINE}</h1>"
            f"<div style='font-size:9pt'>{byline}</div>{body}</body></html>"
        )
    ).write_pdf(path)
    return path


def test_wrapped_headline_byline_and_paragraphs(tmp_path: Path) -> None:
    pdf = _article_pdf(tmp_path / "ferry.pdf", "Harbour Gazette, 4 March 2025")
    parsed = read_pdf(pdf.read_bytes(), "ferry.pdf")
    assert parsed.title == HEADLINE  # all its lines, not the first only
    assert parsed.dates.get("dateline") == "2025-03-04"
    assert parsed.publisher == "Harbour Gazette"
    texts = [b.text for b in parsed.blocks]
    assert texts == PARAGRAPHS  # nothing glued onto the first sentence, each paragraph apart
    doc = read_document(pdf, "S1")
    assert doc.published == "2025-03-04"
    assert len({s.paragraph for s in doc.sentences}) == 3


def test_by_byline_names_the_author(tmp_path: Path) -> None:
    pdf = _article_pdf(tmp_path / "ferry.pdf", "By Ana Sol | Mar. 4, 2025")
    parsed = read_pdf(pdf.read_bytes(), "ferry.pdf")
    assert parsed.author == "Ana Sol"
    assert parsed.dates.get("dateline") == "2025-03-04"


def test_laid_out_from_lines() -> None:
    """Heading lines (larger) joined; a smaller byline apart; a wide gap ends a paragraph;
    a word broken at a line end joined; a line higher up the page (a new column) apart."""
    lines = [
        Line("Storm closes", 800, 24),
        Line("the northern port", 772, 24),
        Line("Harbour Gazette", 740, 9),
        Line("The ferry service was halted on Tues-", 720, 11),
        Line("day after the storm.", 706, 11),
        Line("Repairs will take ten days, the harbour", 680, 11),
        Line("master said.", 666, 11),
        Line("Councils asked for fuel.", 790, 11),
    ]
    assert laid_out(lines).split("\n\n") == [
        "Storm closes the northern port",
        "Harbour Gazette",
        "The ferry service was halted on Tuesday after the storm.",
        "Repairs will take ten days, the harbour master said.",
        "Councils asked for fuel.",
    ]
    assert laid_out([]) == ""


def test_running_headers_dropped_and_a_paragraph_across_pages_joined() -> None:
    from briefbook.ingest.pdf import join_pages

    pages = [
        "Harbour Gazette\n\nThe ferry stopped on Monday.\n\nRepairs, the harbour\n\nPage 1 of 3",
        "Harbour Gazette\n\nmaster said, take ten days.\n\nIsland councils asked for fuel.\n\n"
        "Page 2 of 3",
        "Harbour Gazette\n\nWhat comes next\n\nThe council meets on Friday.\n\nPage 3 of 3",
    ]
    assert join_pages(pages).split("\n\n") == [
        "The ferry stopped on Monday.",
        "Repairs, the harbour master said, take ten days.",
        "Island councils asked for fuel.",
        "What comes next",
        "The council meets on Friday.",
    ]
    # one page: nothing repeats, nothing dropped
    assert join_pages(["Harbour Gazette\n\nThe ferry stopped."]) == (
        "Harbour Gazette\n\nThe ferry stopped."
    )


def test_a_short_pdf_keeps_its_repeated_blocks_and_figures() -> None:
    """Two pages are too few to tell a running header from a repeated heading, and a figure is
    no page number: "Killed: 12" and "Killed: 40" both stay; a lone page number goes."""
    from briefbook.ingest.pdf import join_pages

    pages = [
        "Convoy moves north\n\nThe convoy left on Monday.\n\nKilled: 12\n\n1",
        "Convoy moves north\n\nIt reached the river.\n\nKilled: 40\n\n2",
    ]
    assert join_pages(pages).split("\n\n") == [
        "Convoy moves north",
        "The convoy left on Monday.",
        "Killed: 12",
        "Convoy moves north",
        "It reached the river.",
        "Killed: 40",
    ]
