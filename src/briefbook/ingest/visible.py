"""What a browser shows of an HTML page, and the page's own date metadata.

``visible_html(html)`` drops what a reader never sees, before extraction: elements with the
``hidden`` attribute, ``<template>``, ``aria-hidden``/``display:none``/``visibility:hidden``
styles, classes a ``<style>`` block of the page hides or that are conventionally hidden
(``hidden``, ``sr-only``, ``visually-hidden`` ...), zero-size text and white text on a white
(or unset) background. Nesting deeper than ``html_depth`` is unwrapped first (the parser
would cut it off silently). Returns the cleaned HTML, the count of hidden elements dropped,
the count of unwrapped elements and the dates found in reliable metadata.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from briefbook.config.limits import limit

__all__ = ["Visible", "visible_html"]

_HIDDEN_CLASSES = frozenset(
    {"hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "d-none", "invisible"}
    | {"screen-reader-text", "is-hidden", "u-hidden", "display-none", "offscreen"}
)
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|font-size\s*:\s*0(?:\.0+)?"
    r"(?:px|pt|em|rem|%)?\s*(?:;|$|!)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
_WHITE = r"(?:#fff(?:fff)?\b|white\b|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))"
_WHITE_TEXT = re.compile(rf"(?:^|;)\s*color\s*:\s*{_WHITE}", re.IGNORECASE)
_DARK_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(?!\s*" + _WHITE + ")", re.IGNORECASE)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "pubdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*?)(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
    + ["!doctype"]
)


@dataclass
class Visible:
    html: str
    hidden: int = 0
    unwrapped: int = 0
    dates: list[str] = field(default_factory=list)  # raw date strings, most reliable first


def visible_html(html: str) -> Visible:
    """See the module doc. Never raises on bad markup (returns the input unchanged)."""
    import lxml.html
    from lxml import etree

    html, unwrapped = _unwrap_deep(html, limit("html_depth"))
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, TypeError, etree.ParserError, etree.XMLSyntaxError):
        return Visible(html, 0, unwrapped)
    dates = _meta_dates(tree)
    hidden_classes = set(_HIDDEN_CLASSES) | _css_hidden_classes(tree)
    drop: list[Any] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if _is_hidden(el, hidden_classes):
            drop.append(el)
    layout = _unwrap_layout_tables(tree)
    count = 0
    for el in drop:
        if el.getparent() is None or any(a in drop for a in el.iterancestors()):
            continue
        if el.tag.lower() != "template" and not el.text_content().strip():
            el.drop_tree()
            continue
        count += 1
        el.drop_tree()
    if not count and not unwrapped and not layout:
        return Visible(html, 0, 0, dates)
    out = lxml.html.tostring(tree, encoding="unicode")
    return Visible(out, count, unwrapped, dates)


_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table"})


def _unwrap_layout_tables(tree: Any) -> int:
    """Tables used for page layout (``role=presentation``, or cells holding paragraphs,
    headings or lists) become plain blocks, so their cells read as separate paragraphs.
    Returns how many tables were unwrapped."""
    count = 0
    for table in list(tree.iter("table")):
        if table.find(".//th") is not None and (table.get("role") or "") != "presentation":
            continue
        cells = table.xpath("./tr/td | ./tbody/tr/td | ./thead/tr/td")
        layout = (table.get("role") or "").lower() == "presentation" or any(
            child.tag in _BLOCKS for cell in cells for child in cell if isinstance(child.tag, str)
        )
        if not layout:
            continue
        count += 1
        for el in [table, *table.xpath("./tbody|./thead|./tfoot|./tr|./*/tr"), *cells]:
            el.tag = "div"
            for attr in ("width", "colspan", "rowspan", "align", "valign"):
                el.attrib.pop(attr, None)
    return count


def _is_hidden(el: Any, hidden_classes: set[str]) -> bool:
    tag = el.tag.lower()
    if tag == "template":
        return True
    if tag in ("html", "body", "head"):
        return False
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return tag not in ("svg", "i", "img")  # icons are aria-hidden and carry no text
    classes = set((el.get("class") or "").lower().split())
    if classes & hidden_classes:
        return True
    style = el.get("style") or ""
    if style and _HIDDEN_STYLE.search(style):
        return True
    if style and _WHITE_TEXT.search(style) and not _DARK_BACKGROUND.search(style):
        return not _dark_ancestor(el)
    color = (el.get("color") or "").lower()
    return tag == "font" and color in ("#fff", "#ffffff", "white")


def _dark_ancestor(el: Any) -> bool:
    for parent in el.iterancestors():
        style = parent.get("style") or ""
        if _DARK_BACKGROUND.search(style) or parent.get("bgcolor"):
            return True
    return False


def _css_hidden_classes(tree: Any) -> set[str]:
    """Classes that a ``<style>`` block of the page hides with a simple ``.name`` rule."""
    out: set[str] = set()
    for style in tree.iter("style"):
        css = style.text or ""
        for selectors, body in _CSS_RULE.findall(css[:200_000]):
            if not _HIDDEN_STYLE.search(body):
                continue
            for sel in selectors.split(","):
                m = re.fullmatch(r"\s*(?:[a-z0-9]+)?\.([A-Za-z0-9_-]+)\s*", sel)
                if m:
                    out.add(m.group(1).lower())
    return out


def _meta_dates(tree: Any) -> list[str]:
    """Publication dates from ``<meta>`` tags, ``itemprop=datePublished`` and JSON-LD
    ``datePublished``, in that order; never from other scripts or the body text."""
    out: list[str] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META and meta.get("content"):
            out.append(meta.get("content"))
    for el in tree.xpath("//*[@itemprop='datePublished']"):
        value = el.get("datetime") or el.get("content") or el.text_content()
        if value:
            out.append(value.strip())
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        out.extend(_ld_dates(data, 0))
    return out


def _ld_dates(data: Any, depth: int) -> list[str]:
    if depth > 6:
        return []
    if isinstance(data, list):
        return [d for item in data[:50] for d in _ld_dates(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    out = [data["datePublished"]] if isinstance(data.get("datePublished"), str) else []
    for key in ("@graph", "mainEntity", "mainEntityOfPage"):
        if key in data:
            out.extend(_ld_dates(data[key], depth + 1))
    return out


def _unwrap_deep(html: str, cap: int) -> tuple[str, int]:
    """Drop the tags of elements nested deeper than ``cap`` (their text stays), linearly."""
    if html.count("<") <= cap:
        return html, 0
    stack: list[tuple[str, bool]] = []
    pieces: list[str] = []
    last = 0
    dropped = 0
    depth = 0
    for m in _TAG.finditer(html):
        closing, name, _attrs, selfclose = m.groups()
        name = name.lower()
        if name in _VOID or selfclose:
            continue
        if not closing:
            keep = depth < cap
            stack.append((name, keep))
            if keep:
                depth += 1
            else:
                dropped += 1
                pieces.append(html[last : m.start()])
                last = m.end()
            continue
        # a closing tag: pop to the matching open element
        for i in range(len(stack) - 1, max(-1, len(stack) - 50), -1):
            if stack[i][0] == name:
                for _n, kept in stack[i:]:
                    depth -= kept
                kept = stack[i][1]
                del stack[i:]
                if not kept:
                    pieces.append(html[last : m.start()])
                    last = m.end()
                break
    if not dropped:
        return html, 0
    pieces.append(html[last:])
    return "".join(pieces), dropped
