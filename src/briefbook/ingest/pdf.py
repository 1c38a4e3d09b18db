"""PDF sources: the text layer through pypdf, laid out as headings and paragraphs from the
lines' positions and sizes (:mod:`briefbook.ingest.pdf_layout`); title, author and creation
date from the metadata, else the first heading and a byline's date."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from briefbook.config.limits import LimitError, limit
from briefbook.errors import NoTextError, SourceError
from briefbook.ingest.blocks import Parsed, corrupt_error
from briefbook.ingest.html import clean_meta
from briefbook.ingest.pdf_layout import laid_out, page_lines
from briefbook.ingest.plain import join_lines, parse_plain
from briefbook.text.hyphens import dehyphenate


def read_pdf(data: bytes, shown: str) -> Parsed:
    import io

    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise corrupt_error(shown, "PDF", "it does not start with a PDF header")
    stream_cap = limit("pdf_stream_bytes")
    caps = {
        "zlib_maximum_output_length": stream_cap,
        "lzw_maximum_output_length": stream_cap,
        "run_length_maximum_output_length": stream_cap,
        "brotli_maximum_output_length": stream_cap,
        "maximum_declared_stream_length": stream_cap,
        "array_based_stream_maximum_output_length": stream_cap,
        "stream_decoding_work_maximum_length": 4 * stream_cap,
    }
    try:
        with apply_configuration(**caps):
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    ok = reader.decrypt("")
                except Exception:  # noqa: BLE001 - any failure means: cannot decrypt
                    ok = 0
                if not ok:
                    raise encrypted_error(shown)
            count = len(reader.pages)
            if count > limit("pdf_pages"):
                raise LimitError(
                    f"PDF source has {count:,} pages: {shown}",
                    limit="pdf_pages",
                    value=count,
                    path=shown,
                )
            pages = [_page_text(page) for page in reader.pages]
            meta = reader.metadata
    except SourceError:
        raise
    except LimitReachedError as exc:
        raise LimitError(
            f"PDF source decompresses past a limit ({str(exc)[:80]}): {shown}",
            limit="pdf_stream_bytes",
            path=shown,
        ) from exc
    except FileNotDecryptedError as exc:
        raise encrypted_error(shown) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise corrupt_error(shown, "PDF", str(exc) or type(exc).__name__) from exc
    except (RecursionError, MemoryError, ZeroDivisionError, IndexError) as exc:
        raise corrupt_error(shown, "PDF", type(exc).__name__) from exc
    pages = [_heading_apart(p.strip("\n")) for p in pages if p.strip()]
    text = dehyphenate(join_pages(pages))  # a word may break across pages too
    if len(re.sub(r"\W", "", text)) < 20:
        raise NoTextError(
            f"PDF source has no text layer (scanned images?): {shown}",
            reason="no text layer (scanned images?)",
            path=shown,
            hint="run OCR first, e.g. ocrmypdf in.pdf out.pdf",
        )
    parsed = parse_plain((text, []), markdown=False, shown=shown)
    if meta is not None:
        title = clean_meta(getattr(meta, "title", None))
        if title and len(title) > 3:
            parsed.title = title
        parsed.author = clean_meta(getattr(meta, "author", None)) or parsed.author
        created = None
        try:
            created = meta.creation_date
        except Exception:  # noqa: BLE001 - malformed dates are common in PDFs
            created = None
        if isinstance(created, datetime):
            parsed.offer("metadata", created.date().isoformat())
    return parsed


_TERMINAL = tuple(".!?:;,\"')")
_PAGE_END = tuple(".!?:;\"')”’]")


_PAGE_NUMBER = re.compile(r"^\W*(?:page\s*)?\d+(?:\s*(?:of|/)\s*\d+)?\W*$", re.IGNORECASE)
_EDGE_NUMBER = re.compile(r"(?:^\d+\s*[|\u2013\u2014-]?\s*|\s*[|\u2013\u2014-]?\s*\d+$)")


def _running_key(block: str) -> str | None:
    """A short block as a running header or footer would repeat it, or None for a block too
    long to be one. Only page numbers are folded ("Page 3 of 7" and "Page 4 of 7" are one;
    "Example News | 3" and "Example News | 4" are one); other figures stay, so "Killed: 12"
    and "Killed: 40" are two blocks."""
    if len(block.split()) > 12:
        return None
    text = " ".join(block.split()).lower()
    if _PAGE_NUMBER.match(text):
        return "#page#"
    return re.sub(r"page\s*\d+(?:\s*of\s*\d+)?", "page #", _EDGE_NUMBER.sub(" #", text))


def _edges(page: list[str]) -> list[str]:
    """The blocks where a running header or footer stands: the first two and the last two."""
    return page[:2] + page[-2:] if len(page) > 4 else page


def join_pages(pages: list[str]) -> str:
    """The pages' text as one: page numbers left out, and so is a short block repeated at the
    top or bottom of most pages of a document of three pages or more (a running header or
    footer: at least two pages and half of them); a paragraph that runs on to the next page (no closing punctuation, the next page
    going on in lower case) is joined."""
    blocks = [[b for b in re.split(r"\n\s*\n", page) if b.strip()] for page in pages]
    counts: dict[str, int] = {}
    for page in blocks:
        for key in {k for k in map(_running_key, _edges(page)) if k}:
            counts[key] = counts.get(key, 0) + 1
    running = {"#page#"}
    if len(blocks) >= 3:
        running |= {k for k, n in counts.items() if n >= 2 and n * 2 >= len(blocks)}
    out: list[str] = []
    for page in blocks:
        edges = {id(b) for b in _edges(page)}
        kept = [b for b in page if id(b) not in edges or _running_key(b) not in running]
        if not kept:
            continue
        first = kept[0].strip()
        if out and not out[-1].rstrip().endswith(_PAGE_END) and first[:1].islower():
            out[-1] = join_lines([out[-1].rstrip(), first])  # "... the harbour" + "master said"
            kept = kept[1:]
        out.extend(kept)
    return "\n\n".join(out)


def _heading_apart(page: str) -> str:
    """A short first line without closing punctuation (the page's heading) stands apart from
    the text under it, so it is not glued onto the first sentence."""
    first, sep, rest = page.partition("\n")
    line = first.strip()
    if (
        sep
        and rest.strip()
        and 0 < len(line.split()) <= 14
        and not line.endswith(_TERMINAL)
        and (line[:1].isupper() or line[:1].isdigit())
        and not rest.startswith("\n")
    ):
        return f"{first}\n\n{rest}"
    return page


def _page_text(page: Any) -> str:
    """The text of one page; its content streams are decoded first, so a stream that
    inflates past the limit raises LimitReachedError (text extraction would swallow it)."""
    contents = page.get_contents()
    if contents is not None:
        contents.get_data()
    plain, lines = page_lines(page)
    if lines is None:
        return plain
    return laid_out(lines) or plain


def encrypted_error(shown: str) -> SourceError:
    return SourceError(
        f"PDF source is encrypted (password protected): {shown}",
        path=shown,
        hint="decrypt it first, e.g. qpdf --decrypt --password=PW in.pdf out.pdf",
    )
