"""Bytes to text: byte-order marks, UTF-8, UTF-16 without BOM, else Windows-1252 when it looks
like text; binary data refused with a SourceError.
"""

from __future__ import annotations

import unicodedata

from briefbook.errors import SourceError


def decode_bytes(data: bytes, shown: str) -> tuple[str, str | None]:
    """Bytes to text: BOMs, UTF-8, else Windows-1252 when it looks like text.

    Returns ``(text, warning)``; raises SourceError for binary data.
    """
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"source has a {enc.upper()} byte-order mark but is not valid {enc}: {shown}",
                    path=shown,
                    hint="re-save the file as UTF-8",
                ) from exc
            if not _looks_like_text(text):
                raise _binary_error(shown)
            return text, None
    sample = data[:4096]
    if b"\x00" in sample:
        utf16 = _guess_utf16(sample)
        if utf16:
            try:
                return data.decode(utf16), None
            except UnicodeDecodeError:
                pass
        raise _binary_error(shown)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if not _looks_like_text(text, strict=True):
            raise _binary_error(shown, not_utf8=True) from None
        return text, "not valid UTF-8; read as Windows-1252 (cp1252)"
    if not _looks_like_text(text):
        raise _binary_error(shown)
    return text, None


_BAD_CHARS = frozenset(
    [chr(i) for i in range(32) if chr(i) not in "\t\n\r\f"]
    + [chr(i) for i in range(0x7F, 0xA0)]
    + ["\ufffd"]
)


def _guess_utf16(sample: bytes) -> str | None:
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    if odd / half > 0.4 and even / half < 0.05:
        return "utf-16-le"
    if even / half > 0.4 and odd / half < 0.05:
        return "utf-16-be"
    return None


def _looks_like_text(text: str, *, strict: bool = False) -> bool:
    sample = text[:20000]
    if not sample:
        return True
    bad = sum(1 for ch in sample if ch in _BAD_CHARS or unicodedata.category(ch) in ("Cn", "Co"))
    if bad / len(sample) > (0.01 if strict else 0.05):
        return False
    if strict:
        # cp1252 mojibake of binary data: many symbols, few letters
        letters = sum(1 for ch in sample if ch.isalpha() or ch.isspace())
        return letters / len(sample) > 0.75
    return True


def _binary_error(shown: str, *, not_utf8: bool = False) -> SourceError:
    what = "is not valid UTF-8 and does not look like text" if not_utf8 else "looks binary"
    return SourceError(
        f"source {what}: {shown}",
        path=shown,
        hint="give a text, markdown, HTML, PDF or DOCX file, saved as UTF-8 for text",
    )
