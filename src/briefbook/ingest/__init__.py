"""Read sources (txt, md, html, pdf, docx) into :class:`~briefbook.model.Document` objects.

Every source becomes paragraphs, structural headings and sentences with stable ids
``S<n>.<k>``. Web chrome (share prompts, cookie notices, ads) is dropped by a generic line
filter. Anything unreadable raises :class:`~briefbook.errors.SourceError` with the path and a
hint saying what to do.

Modules: ``sources`` (expand and load), ``decode`` (bytes to text), one reader per format
(``plain``, ``html``, ``pdf``, ``docx``) returning :class:`~briefbook.ingest.blocks.Parsed`,
``assemble`` (blocks to a Document), ``dates``, ``language``.
"""

from __future__ import annotations

from briefbook.ingest.decode import decode_bytes
from briefbook.ingest.language import detect_language
from briefbook.ingest.sources import (
    MAX_SOURCE_BYTES,
    SUPPORTED_EXTENSIONS,
    IngestNotes,
    SourceSpec,
    expand_sources,
    load_documents,
    read_document,
)

__all__ = [
    "MAX_SOURCE_BYTES",
    "IngestNotes",
    "SUPPORTED_EXTENSIONS",
    "SourceSpec",
    "decode_bytes",
    "detect_language",
    "expand_sources",
    "load_documents",
    "read_document",
]
