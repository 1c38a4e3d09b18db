"""What every reader returns: blocks (paragraphs and headings) and the metadata found."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefbook.errors import SourceError


@dataclass
class Block:
    text: str
    level: int | None = None  # heading level, None for a paragraph
    plain: bool = False  # a plain-text line that may be a heading


@dataclass
class Parsed:
    """A reader's result: ``blocks`` in reading order, metadata, and ``dates`` found by
    origin (``header``, ``metadata``, ``dateline``: see :mod:`briefbook.ingest.dates`)."""

    blocks: list[Block]
    title: str | None = None
    author: str | None = None
    url: str | None = None
    publisher: str | None = None
    warnings: list[str] = field(default_factory=list)
    dates: dict[str, str] = field(default_factory=dict)

    def offer(self, origin: str, iso: str | None) -> None:
        """Record a date found (ISO) under ``origin``; the first of each origin stays."""
        if iso:
            self.dates.setdefault(origin, iso)

    @property
    def published(self) -> str | None:
        """The best date found in the file itself (header > metadata > dateline)."""
        for origin in ("header", "metadata", "dateline"):
            if origin in self.dates:
                return self.dates[origin]
        return None


def corrupt_error(shown: str, kind: str, detail: str) -> SourceError:
    detail = detail.replace("\n", " ")[:120]
    return SourceError(
        f"{kind} source is corrupt or unreadable: {shown} ({detail})",
        path=shown,
        hint=f"open and re-save it as {kind}, or export its text to a .txt file",
    )
