"""Limits, declared once: every bound briefbook puts on its inputs, with the way to raise it.

Each limit is enforced before the work that would exceed it and reported as one line that
names the limit and how to raise it (:class:`LimitError`, exit code 2). The README and
``briefbook run --help`` print this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefbook.errors import InputError

__all__ = ["LIMITS", "Limit", "LimitError", "limit"]


@dataclass(frozen=True)
class Limit:
    """One bound: ``key`` (its name), ``value`` (the default), ``unit``, what it bounds, and
    how a user raises it (a params key or a flag)."""

    key: str
    value: int
    unit: str
    what: str
    raise_with: str


LIMITS: dict[str, Limit] = {
    lim.key: lim
    for lim in (
        Limit(
            "source_bytes",
            20 * 1024 * 1024,
            "bytes",
            "size of one source file",
            "split the file or keep only the relevant part",
        ),
        # ingest limits (sources as files and folders)
        Limit(
            "run_bytes",
            200 * 1024 * 1024,
            "bytes",
            "total size of all source files of one run",
            "split the sources over several runs",
        ),
        Limit(
            "folder_files",
            5000,
            "files",
            "source files found in one folder or glob",
            "split the folder, or name narrower globs",
        ),
        Limit(
            "docx_inflated_bytes",
            64 * 1024 * 1024,
            "bytes",
            "decompressed size of the parts of one DOCX file",
            "export the document's text to a .txt file",
        ),
        Limit(
            "pdf_pages",
            2000,
            "pages",
            "pages of one PDF file",
            "split the PDF, e.g. qpdf in.pdf --pages . 1-500 -- out.pdf",
        ),
        Limit(
            "pdf_stream_bytes",
            32 * 1024 * 1024,
            "bytes",
            "decompressed size of one PDF content stream",
            "export the document's text to a .txt file",
        ),
        Limit(
            "html_depth",
            250,
            "levels",
            "element nesting of an HTML source (deeper elements are unwrapped, with a warning)",
            "save the article text itself as a .txt file",
        ),
        Limit(
            "sentence_chars",
            2000,
            "characters",
            "length of one sentence (longer runs are split, with a warning)",
            "add sentence punctuation to the source",
        ),
        Limit(
            "word_chars",
            200,
            "characters",
            "length of one word: a longer run without a space is not text and is left out, "
            "with a warning",
            "add spaces to the source",
        ),
        Limit(
            "source_sentences",
            5000,
            "sentences",
            "sentences read from one source (the rest is dropped, with a warning)",
            "split the source into several files",
        ),
    )
}


def limit(key: str) -> int:
    """The value of limit ``key`` (KeyError for an unknown key: a bug, not bad input)."""
    return LIMITS[key].value


class LimitError(InputError):
    """Input beyond a declared limit; ``limit`` names it, ``value`` is what was found, ``path``
    the source or file it was found in (if any)."""

    def __init__(
        self, message: str, *, limit: str, value: object = None, path: str | None = None
    ) -> None:
        spec = LIMITS[limit]
        super().__init__(
            f"{message}; limit {spec.key} is {spec.value:,} {spec.unit}",
            hint=spec.raise_with,
        )
        self.data.update(limit=limit, value=value, path=path)
        self.limit = limit
        self.value = value
        self.path = path
