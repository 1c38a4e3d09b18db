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
    blocks: list[Block]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    date_origin: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


def corrupt_error(shown: str, kind: str, detail: str) -> SourceError:
    detail = detail.replace("\n", " ")[:120]
    return SourceError(
        f"{kind} source is corrupt or unreadable: {shown} ({detail})",
        path=shown,
        hint=f"open and re-save it as {kind}, or export its text to a .txt file",
    )
