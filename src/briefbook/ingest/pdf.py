"""PDF sources: the text layer through pypdf, title, author and creation date from the metadata."""

from __future__ import annotations

import re
from datetime import datetime

from briefbook.errors import SourceError
from briefbook.ingest.blocks import Parsed, corrupt_error
from briefbook.ingest.html import clean_meta
from briefbook.ingest.plain import parse_plain


def read_pdf(data: bytes, shown: str) -> Parsed:
    import io

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise corrupt_error(shown, "PDF", "it does not start with a PDF header")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - any failure means: cannot decrypt
                ok = 0
            if not ok:
                raise encrypted_error(shown)
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except SourceError:
        raise
    except FileNotDecryptedError as exc:
        raise encrypted_error(shown) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise corrupt_error(shown, "PDF", str(exc) or type(exc).__name__) from exc
    text = "\n\n".join(p.strip("\n") for p in pages if p.strip())
    if len(re.sub(r"\W", "", text)) < 20:
        raise SourceError(
            f"PDF source has no text layer (scanned images?): {shown}",
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
        if isinstance(created, datetime) and parsed.published is None:
            parsed.published = created.date().isoformat()
            parsed.date_origin = "metadata"
    return parsed


def encrypted_error(shown: str) -> SourceError:
    return SourceError(
        f"PDF source is encrypted (password protected): {shown}",
        path=shown,
        hint="decrypt it first, e.g. qpdf --decrypt --password=PW in.pdf out.pdf",
    )
