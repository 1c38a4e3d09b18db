"""trafilatura's structured output (its XML element tree) to blocks, without a detour
through markdown: ``<head rend="hN">`` headings, ``<p>`` paragraphs, ``<list>`` items each a
paragraph, ``<table>`` rows as sentences (:mod:`briefbook.ingest.tables`), ``<quote>`` and
``<code>`` as paragraphs; ``<lb/>`` is a space, ``<hi>`` formatting is text.
"""

from __future__ import annotations

import re
from typing import Any

from briefbook.ingest.blocks import Block
from briefbook.ingest.tables import header_row, row_sentence
from briefbook.text import is_boilerplate, normalise

__all__ = ["tree_blocks"]

_CONTAINERS = frozenset({"div", "body", "main", "section", "article", "doc", "quote", "text"})


def tree_blocks(root: Any) -> list[Block]:
    """Blocks of a trafilatura body element, in document order."""
    out: list[Block] = []
    _walk(root, out, depth=0)
    return out


def _walk(node: Any, out: list[Block], depth: int) -> None:
    if depth > 300:
        return
    for el in node:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head":
            text = _text(el)
            if text:
                m = re.match(r"h(\d)", el.get("rend") or "")
                out.append(Block(text, level=int(m.group(1)) if m else 2))
        elif tag == "list":
            for item in el:
                if isinstance(item.tag, str) and item.tag == "item":
                    text = _text(item, skip=("list",))
                    if text:
                        out.append(Block(text, plain=True))
                    for nested in item.iter("list"):
                        if nested.getparent() is item:
                            _walk_list(nested, out)
        elif tag == "table":
            _table(el, out)
        elif tag in _CONTAINERS and any(isinstance(c.tag, str) for c in el):
            lead = _norm(el.text or "")
            if lead:
                out.append(Block(lead, plain=True))
            _walk(el, out, depth + 1)
        elif tag:
            # lines broken by <lb/>: a line of chrome (an e-mail, "(END)") is dropped alone
            lines = [ln for ln in _text(el, lines=True).split("\n") if ln.strip()]
            kept = [ln for ln in lines if len(lines) == 1 or not is_boilerplate(ln)]
            text = _norm(" ".join(kept))
            if text:
                out.append(Block(text, plain=True))
        if tag and el.tail and el.tail.strip() and node.tag in _CONTAINERS:
            out.append(Block(_norm(el.tail), plain=True))


def _walk_list(lst: Any, out: list[Block]) -> None:
    for item in lst:
        if isinstance(item.tag, str) and item.tag == "item":
            text = _text(item, skip=("list",))
            if text:
                out.append(Block(text, plain=True))


def _table(table: Any, out: list[Block]) -> None:
    rows: list[list[str]] = []
    heads: list[bool] = []
    for row in table.iter("row"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag == "cell"]
        texts = [_text(c) for c in cells]
        if any(texts):
            rows.append(texts)
            heads.append(bool(cells) and all((c.get("role") or "") == "head" for c in cells))
    if not rows:
        return
    if len(rows) == 1 or max(len(r) for r in rows) == 1:
        for row in rows:
            out.extend(Block(cell, plain=True) for cell in row if cell)
        return
    header = rows[0] if heads[0] or header_row(rows) else None
    for row in rows[1:] if header is not None else rows:
        sentence = row_sentence(row, header)
        if sentence:
            out.append(Block(sentence))


def _text(el: Any, skip: tuple[str, ...] = (), *, lines: bool = False) -> str:
    """The text of ``el``; ``<lb/>`` a space, or a newline with ``lines`` (then not
    whitespace-normalised)."""
    parts: list[str] = []

    def collect(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                if child.tag in skip:
                    pass
                elif child.tag == "lb":
                    parts.append("\n" if lines else " ")
                else:
                    collect(child)
            if child.tail:
                if (
                    child.tag == "hi"
                    and child.tail[:1].isalnum()
                    and parts
                    and parts[-1][-1:].isalnum()
                ):
                    parts.append(" ")  # "<hi>North Korea</hi>09:31": two labels, not one word
                parts.append(child.tail)

    collect(el)
    if lines:
        return "\n".join(_norm(ln) for ln in "".join(parts).split("\n"))
    return _norm("".join(parts))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", normalise(text)).strip()
