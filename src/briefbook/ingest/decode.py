"""Bytes to text: byte-order marks, UTF-8, UTF-16 without BOM, else the legacy code page
charset-normalizer finds among a whitelist (:data:`CODE_PAGES`: cp1252, cp1251, KOI8-R,
cp1250, latin-1 ...), else Windows-1252 when it looks like text; the code page used is named
in a warning. Binary data is refused with a SourceError.
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
        found = _legacy_code_page(data)
        if found is not None:
            enc, text = found
            return text, f"not valid UTF-8; read as {enc} ({CODE_PAGES[enc]})"
        text = data.decode("cp1252", errors="replace")
        if not _looks_like_text(text, strict=True):
            raise _binary_error(shown, not_utf8=True) from None
        return text, "not valid UTF-8; read as Windows-1252 (cp1252)"
    if not _looks_like_text(text):
        raise _binary_error(shown)
    return text, None


#: Legacy code pages a text that is not UTF-8 may be read as (charset-normalizer chooses),
#: with the name the warning and the manifest give.
CODE_PAGES = {
    "cp1252": "Windows-1252, Western European",
    "cp1251": "Windows-1251, Cyrillic",
    "koi8_r": "KOI8-R, Russian",
    "koi8_u": "KOI8-U, Ukrainian",
    "cp1250": "Windows-1250, Central European",
    "iso8859_2": "ISO 8859-2, Central European",
    "iso8859_5": "ISO 8859-5, Cyrillic",
    "cp1253": "Windows-1253, Greek",
    "cp1254": "Windows-1254, Turkish",
    "cp1257": "Windows-1257, Baltic",
    "latin_1": "ISO 8859-1, Western European",
    "iso8859_15": "ISO 8859-15, Western European",
    "mac_cyrillic": "Mac Cyrillic",
}


def _legacy_code_page(data: bytes) -> tuple[str, str] | None:
    """``(code page, text)`` charset-normalizer finds among :data:`CODE_PAGES`, or None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    sample = data[:200_000]
    matches = from_bytes(sample, cp_isolation=list(CODE_PAGES))
    best = matches.best()
    if best is None or best.encoding not in CODE_PAGES:
        return None
    if best.encoding in _LATIN and _strict_cp1252(data):
        # short Western text fits several Latin pages; Windows-1252 is by far the likeliest
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if not _looks_like_text(text, strict=True):
        return None
    return best.encoding, text


_LATIN = frozenset({"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1254", "cp1257"})


def _strict_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


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
