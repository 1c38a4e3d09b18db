"""WeasyPrint's font subsetting without a C parse per font and document.

WeasyPrint (``weasyprint.pdf.fonts``) hands HarfBuzz the glyphs of each embedded font as
``ffi.new(f"hb_codepoint_t[{n}]", glyphs)``: a C type spelled with its length, which cffi
parses (pycparser, pure Python) the first time it meets each spelling. Every font of every
new document has lengths of its own, so each PDF paid about 36 such parses (0.2-0.3 CPU-s
on the 2-core machine, on the critical path of a run), while a layout of the same document
again paid none. :func:`open_font_arrays` gives that module an FFI whose ``new`` makes the
same array as an open one (``hb_codepoint_t[]`` sized by its glyph list, a type parsed
once): the same memory, the same subset, the same PDF.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["OpenArrays", "open_font_arrays"]

# a C array type spelled with its length: "hb_codepoint_t[42]"
_SIZED = re.compile(r"([A-Za-z_][\w ]*?)\s*\[(\d+)\]")


class OpenArrays:
    """A cffi FFI whose ``new(cdecl, init)`` makes ``T[N]`` as ``T[]`` when ``init`` holds
    exactly ``N`` items (the same array); every other call and attribute is the wrapped
    FFI's own."""

    def __init__(self, ffi: Any) -> None:
        self._ffi = ffi

    def new(self, cdecl: Any, init: Any = None) -> Any:
        if isinstance(cdecl, str) and init is not None and hasattr(init, "__len__"):
            sized = _SIZED.fullmatch(cdecl)
            if sized and int(sized.group(2)) == len(init):
                cdecl = f"{sized.group(1)}[]"
        return self._ffi.new(cdecl, init)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ffi, name)


@cache
def open_font_arrays() -> bool:
    """Give ``weasyprint.pdf.fonts`` an :class:`OpenArrays` FFI, once per process; False
    when that module or its ``ffi`` is not there (another WeasyPrint: left as it is)."""
    try:
        from weasyprint.pdf import fonts
    except ImportError:
        return False
    ffi = getattr(fonts, "ffi", None)
    if ffi is None or not callable(getattr(ffi, "new", None)):
        return False
    if not isinstance(ffi, OpenArrays):
        fonts.ffi = OpenArrays(ffi)
    return True
