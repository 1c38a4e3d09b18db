"""DOCX sources: paragraphs, Word heading styles and core properties through python-docx."""

from __future__ import annotations

import re
from datetime import datetime

from briefbook.errors import SourceError
from briefbook.ingest.blocks import Block, Parsed, corrupt_error
from briefbook.ingest.html import clean_meta
from briefbook.ingest.plain import front_lines
from briefbook.text import normalise


def read_docx(data: bytes, shown: str) -> Parsed:
    import io
    import zipfile

    try:
        import docx
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise SourceError(
            f"reading DOCX needs python-docx: {shown}", path=shown, hint="pip install python-docx"
        ) from exc
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [
            (p.style.name if p.style is not None else "", p.text) for p in document.paragraphs
        ]
        props = document.core_properties
        core = (props.title, props.author, props.created)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, AttributeError) as exc:
        raise corrupt_error(shown, "DOCX", str(exc) or type(exc).__name__) from exc
    except Exception as exc:  # noqa: BLE001 - lxml and docx raise many types on bad XML
        raise corrupt_error(shown, "DOCX", type(exc).__name__) from exc
    blocks: list[Block] = []
    title: str | None = None
    for style, raw in paragraphs:
        text = normalise(raw).replace("\n", " ").strip()
        if not text:
            continue
        level = _docx_heading_level(style)
        if style == "Title" and title is None:
            title = text
        elif level is not None:
            blocks.append(Block(text, level=level))
        else:
            blocks.append(Block(text, plain=True))
    if not blocks and title is None:
        raise SourceError(f"DOCX source holds no text: {shown}", path=shown, hint="check the file")
    parsed = Parsed(blocks=blocks, title=title or clean_meta(core[0]))
    parsed.author = clean_meta(core[1])
    if isinstance(core[2], datetime):
        parsed.published = core[2].date().isoformat()
        parsed.date_origin = "metadata"
    front_lines(parsed)
    return parsed


def _docx_heading_level(style: str) -> int | None:
    m = re.match(r"^Heading\s*(\d)$", style or "")
    return int(m.group(1)) if m else None
