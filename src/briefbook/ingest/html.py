"""HTML sources: the main text through trafilatura, title, author, date and URL from the page."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from briefbook.config.limits import limit
from briefbook.errors import NoTextError
from briefbook.ingest.blocks import Parsed
from briefbook.ingest.dates import iso_date
from briefbook.ingest.decode import decode_bytes
from briefbook.ingest.plain import front_lines
from briefbook.ingest.tree import tree_blocks
from briefbook.ingest.visible import visible_html
from briefbook.text import normalise, word_tokens


def read_html(data: bytes, shown: str) -> Parsed:
    import trafilatura

    html, warning = decode_bytes(data, shown)
    warnings = [warning] if warning else []
    if not html.strip():
        raise NoTextError(
            f"source holds only whitespace: {shown}",
            reason="only whitespace",
            path=shown,
            hint="fill it, or leave it out of the sources",
        )
    seen = visible_html(html)
    html = seen.html
    if seen.hidden:
        warnings.append(
            f"{seen.hidden} hidden element{'s' if seen.hidden != 1 else ''} left out "
            "(text a browser does not show is not evidence)"
        )
    if seen.unwrapped:
        warnings.append(
            f"{seen.unwrapped} elements nested deeper than {limit('html_depth')} levels "
            "unwrapped (their text kept)"
        )
    result = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_formatting=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # the page's date is read from reliable metadata only (``seen.dates`` below), never
        # trafilatura's guess: its extensive search runs dateparser over every locale on any
        # date-like text of the page, some 3 s of CPU a page for a date that is thrown away
        # (round robust19)
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    tree = getattr(result, "body", None) if result is not None else None
    blocks = [b for b in tree_blocks(tree) if b.text] if tree is not None else []
    body = "\n".join(b.text for b in blocks)
    if not body.strip() or _only_navigation(body, html):
        raise NoTextError(
            f"HTML source has no main text (only scripts, navigation or markup): {shown}",
            reason="no main text (only scripts, navigation or markup)",
            path=shown,
            hint="save the article page itself, or copy its text into a .txt file",
        )
    parsed = Parsed(blocks=blocks, warnings=warnings)
    _drop_reader_comments(parsed)
    front_lines(parsed)
    meta_title = clean_meta(getattr(result, "title", None))
    sitename = clean_meta(getattr(result, "sitename", None))
    if parsed.title is None:
        # a top-level heading near the start is the visible headline; what stands before
        # it (a section kicker such as "World") is page chrome
        for i, block in enumerate(parsed.blocks[:4]):
            if block.level == 1:
                if all(len(b.text.split()) <= 4 for b in parsed.blocks[:i]):
                    parsed.title = block.text
                    del parsed.blocks[: i + 1]
                break
    if parsed.title is None and meta_title:
        parsed.title = _strip_site_name(meta_title, sitename)
    for title in (parsed.title, meta_title):
        # a first paragraph or heading that repeats the title is not body text
        while title and parsed.blocks and _same_text(parsed.blocks[0].text, title):
            parsed.blocks.pop(0)
    author = _clean_author(getattr(result, "author", None))
    if author:
        parsed.author = author
    for raw in seen.dates:  # reliable metadata only: never scripts or the body's narrative
        iso = iso_date(raw)
        if iso:
            parsed.offer("metadata", iso)
            break
    parsed.url = parsed.url or clean_meta(getattr(result, "url", None))
    return parsed


_COMMENTS_HEADING = re.compile(
    r"^(?:leave a (?:reply|comment)|(?:\d+\s+)?(?:reader\s+)?(?:comments?|responses?|replies)"
    r"(?:\s+\(\d+\))?|join the (?:discussion|conversation)|what do you think\??|"
    r"post a comment|add a comment|discussion)\s*:?$",
    re.IGNORECASE,
)


def _drop_reader_comments(parsed: Parsed) -> None:
    """Everything from a "Leave a reply" / "Comments" heading or line on is reader comments."""
    for i, block in enumerate(parsed.blocks):
        if i > 0 and len(block.text) <= 40 and _COMMENTS_HEADING.match(block.text.strip()):
            del parsed.blocks[i:]
            return


def _only_navigation(body: str, html: str) -> bool:
    """True when the extracted text is a few words or little more than link labels."""
    words = word_tokens(body)
    if len(words) < 8 or not any(len(p.split()) >= 6 for p in body.split("\n")):
        return True
    if len(words) > 400:
        return False
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return False
    anchors = Counter(word_tokens(" ".join(a.text_content() for a in tree.iter("a"))))
    covered = sum((Counter(words) & anchors).values())
    return covered >= 0.8 * len(words)


_NOT_AUTHORS = frozenset({"username", "admin", "administrator", "staff", "editor", "unknown"})


def _clean_author(value: Any) -> str | None:
    """Author names from page metadata: deduplicated, placeholders dropped."""
    text = clean_meta(value)
    if not text:
        return None
    names: list[str] = []
    for name in re.split(r"\s*;\s*", text):
        name = re.sub(r"^by\s+", "", name, flags=re.IGNORECASE).strip(" ,.")
        if not name or name.lower() in _NOT_AUTHORS:
            continue
        if all(name.lower() != n.lower() for n in names):
            names.append(name)
    return "; ".join(names) or None


def clean_meta(value: Any) -> str | None:
    if not value or not isinstance(value, str):
        return None
    value = normalise(value).strip()
    return value or None


def _strip_site_name(title: str, sitename: str | None) -> str:
    """Drop a " | Site" or " - Site" suffix from a page title."""
    parts = re.split(r"\s+[|\u2013\u2014-]\s+", title)
    if len(parts) > 1:
        last = parts[-1]
        if (sitename and _same_text(last, sitename)) or len(last.split()) <= 3:
            return " - ".join(parts[:-1]).strip() or title
    return title


def _same_text(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    return key(a) == key(b)
