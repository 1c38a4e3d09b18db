"""The PDF holds its shape: long markings inside their banners, long tokens inside the page,
many sources on charts that stay above the footer. Read back with poppler (word boxes from
``pdftotext -bbox``, page images from ``pdftoppm``)."""

from __future__ import annotations

import re
import shutil

import pytest

import builders as support
from briefbook.config.limits import LimitError, limit
from briefbook.config.params import validate_params
from briefbook.render.notebook import render_pdf

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)

MM = 72 / 25.4  # points per millimetre
# the page box of paged.css: margins top, right, bottom, left
MARGINS = (21 * MM, 17 * MM, 19 * MM, 17 * MM)
BANNER_COLOURS = {"u": (0x00, 0x7A, 0x33), "s": (0xC8, 0x10, 0x2E), "other": (0x3A, 0x3D, 0x42)}
REAL_MARKINGS = [
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "u"),
    ("SECRET//REL TO USA, AUS, CAN, GBR, NZL", "s"),
    ("OFFICIAL-SENSITIVE", "other"),
    # 64 characters, the longest marking params accept: two lines
    ("SECRET//SI-GAMMA/TALENT KEYHOLE//ORCON/NOFORN//REL TO USA, FVEY", "s"),
]


def _pdf(tmp_path, name, **kw):
    b = support.fixture_briefing(**kw)
    return render_pdf(support.notebook_of(b), tmp_path / f"{name}.pdf")


def _colour_box(image, colour, x0, x1, y0, y1, tol=12):
    """Bounding box (pixels) of the pixels within ``tol`` of ``colour`` in the given band."""
    px = image.load()
    xs, ys = [], []
    for y in range(int(y0), int(y1)):
        for x in range(int(x0), int(x1)):
            r, g, b = px[x, y]
            if (
                abs(r - colour[0]) <= tol
                and abs(g - colour[1]) <= tol
                and abs(b - colour[2]) <= tol
            ):
                xs.append(x)
                ys.append(y)
    assert xs, f"no banner background of colour {colour} found"
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize(("marking", "css"), REAL_MARKINGS)
def test_every_word_of_a_real_marking_lies_inside_its_banner(tmp_path, marking, css):
    pdf = _pdf(tmp_path, "m", classification=marking)
    pages = support.pdf_words(pdf)
    dpi = 100
    scale = dpi / 72
    for number in (1, 2):  # the cover and a page with the running title beside the banner
        width, height, words = pages[number - 1]
        # the marking's margin boxes: the middle 38% of the width between the side margins
        inner = width - MARGINS[1] - MARGINS[3]
        left, right = MARGINS[3] + 0.31 * inner, MARGINS[3] + 0.69 * inner
        image = support.page_image(pdf, number, dpi)
        for band in ((0, MARGINS[0]), (height - MARGINS[2], height)):
            found = [
                w for w in words if left <= w[1] and w[3] <= right and band[0] <= w[2] < band[1]
            ]
            # all of it, in order (a line may end inside a word at "/")
            assert support.squash("".join(w[0] for w in found)) == support.squash(marking), found
            box = _colour_box(
                image,
                BANNER_COLOURS[css],
                left * scale,
                right * scale,
                band[0] * scale,
                band[1] * scale,
            )
            lines = {round(w[2]) for w in found}
            assert len(lines) <= 2, f"{marking!r} takes {len(lines)} lines"
            for text, x0, y0, x1, y1 in found:
                # the word's box, pulled in by half a pixel for anti-aliasing, is on the background
                assert box[0] <= x0 * scale + 0.5 and x1 * scale - 0.5 <= box[2], (text, box)
                assert box[1] <= y0 * scale + 0.5 and y1 * scale - 0.5 <= box[3], (text, box)


def test_a_marking_longer_than_two_banner_lines_is_refused_naming_the_limit(tmp_path):
    marking = "SECRET//" + "/".join(["COMPARTMENT"] * 6) + "//NOFORN"
    assert len(marking) > limit("marking_chars")
    data = {"title": "T", "sources": ["a.txt"], "classification": marking}
    with pytest.raises(LimitError) as caught:
        validate_params(data, base=tmp_path)
    assert "marking_chars" in str(caught.value) and "classification" in str(caught.value)
    data["classification"] = REAL_MARKINGS[-1][0]
    assert validate_params(data, base=tmp_path).classification == REAL_MARKINGS[-1][0]


def _outside(pages):
    """Words drawn (partly) outside the page box: (page, word, box)."""
    bad = []
    for number, (width, height, words) in enumerate(pages, 1):
        for text, x0, y0, x1, y1 in words:
            if x0 < MARGINS[3] - 1 or x1 > width - MARGINS[1] + 1 or y0 < 0 or y1 > height:
                bad.append((number, text, (x0, y0, x1, y1)))
    return bad


def test_long_file_names_labels_and_names_stay_inside_the_page(tmp_path):
    b = support.fixture_briefing(
        assessment=support.long_token_assessment(),
        title="Assessment_of_" + support.LONG_LABEL,
        analyst="Desk_" + support.LONG_LABEL,
    )
    pdf = render_pdf(support.notebook_of(b), tmp_path / "long.pdf")
    pages = support.pdf_words(pdf)
    assert not _outside(pages), _outside(pages)[:5]
    assert not support.tables_split(pages, b)
    text = "".join(w[0] for _, _, words in pages for w in words)
    # every character of the long tokens is on the page (broken, never cut)
    for token in (support.LONG_FILE, support.LONG_LABEL):
        assert token in text
    # the date and the hash of the source stay beside their labels, not one letter per line
    for _, _, words in pages:
        singles = [w for w in words if len(w[0]) == 1 and w[0].isalnum()]
        assert len(singles) < 40


@pytest.mark.parametrize("n", [30, 150])
def test_many_sources_every_source_on_a_chart_or_table_above_the_footer(tmp_path, n):
    b = support.fixture_briefing(assessment=support.many_sources_assessment(n))
    pdf = render_pdf(support.notebook_of(b), tmp_path / f"many{n}.pdf")
    pages = support.pdf_words(pdf)
    assert not _outside(pages), _outside(pages)[:5]
    assert not support.tables_split(pages, b)
    # nothing of the body crosses into the footer band (the running footer and banner only)
    for number, (_, height, words) in enumerate(pages, 1):
        footer_top = height - MARGINS[2]
        body = [w for w in words if w[2] < footer_top - 1 and w[4] > footer_top + 1]
        assert not body, (number, body[:3])
    text = " ".join(w[0] for _, _, words in pages for w in words)
    # a chart labels its bars "S12 · Field report 12"; the table starts its rows "[S12] 4 ...";
    # the appendix, which lists every source anyway, has neither
    for k in range(1, n + 1):
        assert re.search(rf"(^| )\[?S{k}\]? (\u00b7|\d)", text), f"S{k} on no chart or table row"
    # every chart keeps its legend (its "unassigned" entry, unquoted; the caption quotes it)
    legends = len(re.findall(r"(?<![\u201c\w])unassigned(?![\u201d\w])", text, re.I))
    assert legends >= (1 if n > 45 else -(-n // 15))
