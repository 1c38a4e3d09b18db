"""DOCX sources: the text a reader sees, in reading order, read from the package's XML.

- the body in order: paragraphs, tables row by row (cells joined into one sentence per
  row, with the header row's names as context), text boxes and shapes (after the paragraph
  that anchors them), content controls;
- tracked changes accepted: insertions kept, deletions and moved-away text dropped, with a
  warning naming the count;
- footnotes and endnotes after the body; headers, footers and comments left out;
- Word heading styles as headings, the ``Title`` style as the title; title, author and
  creation date from the core properties, except values a library's template leaves
  (python-docx's 2013-12-23 and author "python-docx").

Bounded: a part that declares a DTD or entities is refused, and the parts read are inflated
as a stream up to ``docx_inflated_bytes`` in all (a zip bomb is refused, not inflated).
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from briefbook.config.limits import LimitError, limit
from briefbook.errors import NoTextError, SourceError
from briefbook.ingest.blocks import Block, Parsed, corrupt_error
from briefbook.ingest.html import clean_meta
from briefbook.ingest.plain import front_lines
from briefbook.ingest.tables import header_row, row_sentence
from briefbook.text import normalise

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CORE_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}
#: Authors a library writes into its template's core properties; their dates are not ours.
TEMPLATE_AUTHORS = frozenset({"python-docx", "openpyxl", "apache poi", "docx4j", "phpword"})
TEMPLATE_DATES = frozenset({"2013-12-23"})


class _Budget:
    """Decompressed bytes left for the parts of one package."""

    def __init__(self, shown: str) -> None:
        self.left = limit("docx_inflated_bytes")
        self.shown = shown


def read_docx(data: bytes, shown: str) -> Parsed:
    """DOCX bytes -> Parsed (see the module doc). Raises SourceError for a corrupt package,
    LimitError for one that inflates past ``docx_inflated_bytes``."""
    budget = _Budget(shown)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise corrupt_error(shown, "DOCX", "no word/document.xml")
        styles = _style_names(_part(archive, "word/styles.xml", names, budget))
        document = _part(archive, "word/document.xml", names, budget)
        notes = [
            _part(archive, name, names, budget)
            for name in ("word/footnotes.xml", "word/endnotes.xml")
        ]
        core = _core(_part(archive, "docProps/core.xml", names, budget))
    except (SourceError, LimitError):
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError) as exc:
        raise corrupt_error(shown, "DOCX", str(exc) or type(exc).__name__) from exc
    except Exception as exc:  # noqa: BLE001 - zlib and lxml raise many types on bad data
        raise corrupt_error(shown, "DOCX", type(exc).__name__) from exc
    reader = _BodyReader(styles)
    body = document.find(f"{W}body") if document is not None else None
    if body is None:
        raise corrupt_error(shown, "DOCX", "no document body")
    reader.container(body)
    for part in notes:
        if part is not None:
            for note in part:
                if note.get(f"{W}type") in (None, "normal"):
                    reader.container(note, note=True)
    blocks = reader.blocks
    title = reader.title
    if not blocks and title is None:
        raise NoTextError(
            f"DOCX source holds no text: {shown}",
            reason="no text",
            path=shown,
            hint="fill it, or leave it out of the sources",
        )
    parsed = Parsed(blocks=blocks, title=title or clean_meta(core.get("title")))
    author = clean_meta(core.get("creator"))
    created = (core.get("created") or "")[:10]
    if (author or "").lower() not in TEMPLATE_AUTHORS:
        parsed.author = author
    if created not in TEMPLATE_DATES and re.match(r"^\d{4}-\d{2}-\d{2}$", created):
        parsed.offer("metadata", created)
    if reader.changes:
        parsed.warnings.append(
            f"{reader.changes} tracked change{'s' if reader.changes != 1 else ''} accepted "
            "(insertions kept, deletions dropped)"
        )
    front_lines(parsed)
    return parsed


def _part(archive: zipfile.ZipFile, name: str, names: set[str], budget: _Budget) -> Any:
    """One XML part parsed safely (no DTD, no entities, no network), or None when absent."""
    if name not in names:
        return None
    from lxml import etree

    info = archive.getinfo(name)
    if info.file_size > budget.left:
        raise _too_big(budget, info.file_size)
    chunks: list[bytes] = []
    with archive.open(info) as handle:
        while True:
            chunk = handle.read(1 << 20)
            if not chunk:
                break
            budget.left -= len(chunk)
            if budget.left < 0:  # the declared size lied: stop inflating
                raise _too_big(budget, info.file_size)
            chunks.append(chunk)
    raw = b"".join(chunks)
    if re.search(rb"<!(?:DOCTYPE|ENTITY)", raw[:4096]) or b"<!ENTITY" in raw:
        raise SourceError(
            f"DOCX source declares a DTD or entities, which briefbook refuses: {budget.shown}",
            path=budget.shown,
            hint="open and re-save it in a word processor, or export its text to a .txt file",
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    return etree.fromstring(raw, parser=parser)


def _too_big(budget: _Budget, declared: int) -> LimitError:
    return LimitError(
        f"DOCX source inflates to more than {limit('docx_inflated_bytes'):,} bytes: {budget.shown}",
        limit="docx_inflated_bytes",
        value=declared,
        path=budget.shown,
    )


def _style_names(root: Any) -> dict[str, str]:
    """Style id -> style name (``Heading1`` -> ``heading 1``)."""
    out: dict[str, str] = {}
    if root is None:
        return out
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId")
        name = style.find(f"{W}name")
        if sid and name is not None and name.get(f"{W}val"):
            out[sid] = name.get(f"{W}val")
    return out


def _core(root: Any) -> dict[str, str]:
    if root is None:
        return {}
    out: dict[str, str] = {}
    for key, path in (
        ("title", "dc:title"),
        ("creator", "dc:creator"),
        ("created", "dcterms:created"),
    ):
        node = root.find(path, _CORE_NS)
        if node is not None and node.text:
            out[key] = node.text.strip()
    return out


class _BodyReader:
    """Walks body, table cells, text boxes and notes in reading order, collecting blocks."""

    def __init__(self, styles: dict[str, str]) -> None:
        self.styles = styles
        self.blocks: list[Block] = []
        self.title: str | None = None
        self.changes = 0

    def container(self, node: Any, *, note: bool = False) -> None:
        """Paragraphs, tables and content controls of a body, cell, text box or note."""
        for child in node:
            tag = child.tag
            if tag == f"{W}p":
                self.paragraph(child, note=note)
            elif tag == f"{W}tbl":
                self.table(child)
            elif tag in (f"{W}sdt", f"{W}customXml", f"{W}ins", f"{W}moveTo"):
                if tag != f"{W}sdt":
                    self.changes += 1
                inner = child.find(f"{W}sdtContent") if tag == f"{W}sdt" else child
                if inner is not None:
                    self.container(inner, note=note)
            elif tag in (f"{W}del", f"{W}moveFrom"):
                self.changes += 1

    def paragraph(self, p: Any, *, note: bool = False) -> None:
        parts: list[str] = []
        boxes: list[Any] = []
        self._runs(p, parts, boxes)
        text = normalise("".join(parts)).replace("\n", " ")
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            style = self._style(p)
            level = _heading_level(style)
            if note:
                self.blocks.append(Block(text))
            elif style.lower() == "title" and self.title is None:
                self.title = text
            elif level is not None:
                self.blocks.append(Block(text, level=level))
            else:
                self.blocks.append(Block(text, plain=True))
        for box in boxes:
            self.container(box, note=note)

    def _runs(self, node: Any, parts: list[str], boxes: list[Any]) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str):
                continue  # comments and processing instructions
            if tag == f"{W}t":
                parts.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                parts.append(" ")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag in (f"{W}del", f"{W}moveFrom"):
                self.changes += 1  # deleted or moved-away text: not in the accepted document
            elif tag in (f"{W}ins", f"{W}moveTo"):
                self.changes += 1
                self._runs(child, parts, boxes)
            elif tag == f"{W}txbxContent":
                boxes.append(child)
            elif tag == f"{MC}Fallback":
                continue  # the same content as mc:Choice, for older readers
            elif tag in (
                f"{W}pPr",
                f"{W}rPr",
                f"{W}instrText",
                f"{W}delText",
                f"{W}footnoteReference",
                f"{W}endnoteReference",
                f"{W}commentReference",
            ):
                continue
            else:
                self._runs(child, parts, boxes)

    def table(self, tbl: Any) -> None:
        rows: list[list[str]] = []
        for tr in tbl.iter(f"{W}tr"):
            if _ancestor_table(tr) is not tbl:
                continue  # a row of a nested table: read with its own cell
            cells: list[str] = []
            for tc in tr.findall(f"{W}tc"):
                cell = _BodyReader(self.styles)
                cell.container(tc)
                self.changes += cell.changes
                cells.append(" ".join(b.text for b in cell.blocks).strip())
            if any(cells):
                rows.append(cells)
        if not rows:
            return
        if len(rows) == 1 or len(rows[0]) == 1:
            for row in rows:  # a layout table: its cells are paragraphs
                for cell in row:
                    if cell:
                        self.blocks.append(Block(cell, plain=True))
            return
        header = rows[0] if header_row(rows) else None  # context of each row, not a row
        for row in rows[1:] if header is not None else rows:
            sentence = row_sentence(row, header)
            if sentence:
                self.blocks.append(Block(sentence))

    def _style(self, p: Any) -> str:
        node = p.find(f"{W}pPr/{W}pStyle")
        sid = node.get(f"{W}val") if node is not None else ""
        return self.styles.get(sid or "", sid or "")


def _ancestor_table(node: Any) -> Any:
    parent = node.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent


def _heading_level(style: str) -> int | None:
    m = re.match(r"^heading\s*(\d)$", (style or "").strip(), re.IGNORECASE)
    return int(m.group(1)) if m else None
