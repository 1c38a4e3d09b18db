"""WeasyPrint's font subsets made with open C arrays: the same arrays, no C type parsed per
font, and the same PDF bytes."""

from __future__ import annotations

import pytest

from briefbook.render.font_arrays import OpenArrays, open_font_arrays
from briefbook.render.pdf import html_to_pdf

weasyprint = pytest.importorskip("weasyprint")

PAGE = (
    '<html lang="en"><head><style>body { font-family: "DejaVu Sans", sans-serif; }'
    ' h1 { font-family: "DejaVu Serif", serif; } code { font-family: "DejaVu Sans Mono"; }'
    "</style></head><body><h1>Patrol report {n}</h1>"
    "<p>Observers counted <b>{n}</b> trucks at the <i>bridge</i>; <code>grid 4471</code>.</p>"
    "</body></html>"
)


def test_a_sized_array_is_made_open_with_the_same_items():
    from weasyprint.text.ffi import ffi

    arrays = OpenArrays(ffi)
    made = arrays.new("hb_codepoint_t[4]", [7, 3, 9, 1])
    assert ffi.typeof(made) == ffi.typeof("hb_codepoint_t[]")
    assert list(made) == [7, 3, 9, 1]
    # a length other than the items' is left to cffi: the array is padded with zeros
    padded = arrays.new("hb_codepoint_t[5]", [2, 4])
    assert ffi.typeof(padded) == ffi.typeof("hb_codepoint_t[5]")
    assert list(padded) == [2, 4, 0, 0, 0]
    assert arrays.NULL == ffi.NULL  # everything else is the wrapped FFI's


def test_weasyprint_subsets_fonts_without_parsing_a_type_per_font():
    from weasyprint.pdf import fonts
    from weasyprint.text.ffi import ffi

    assert open_font_arrays()
    assert isinstance(fonts.ffi, OpenArrays)
    before = set(ffi._parsed_types)
    html_to_pdf(PAGE.replace("{n}", "12"))
    parsed = {str(k) for k in set(ffi._parsed_types) - before}
    assert not {k for k in parsed if "hb_codepoint_t[" in k and not k.endswith("[]")}, parsed


@pytest.mark.parametrize("n", ["7", "1,240", "38 and 940"])
def test_the_pdf_is_the_same_byte_for_byte(monkeypatch, n):
    from weasyprint.pdf import fonts

    page = PAGE.replace("{n}", n)
    assert open_font_arrays()
    ours = html_to_pdf(page)
    monkeypatch.setattr(fonts, "ffi", fonts.ffi._ffi)  # WeasyPrint's own FFI again
    theirs = weasyprint.HTML(string=page).write_pdf(uncompressed_pdf=False)
    assert ours == theirs
