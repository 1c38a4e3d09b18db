"""Read sources (txt, md, html, pdf, docx) into :class:`~briefbook.model.Document` objects.

Every source becomes paragraphs, structural headings and sentences with stable ids
``S<n>.<k>``. Web chrome (share prompts, cookie notices, ads) is dropped by a generic
line filter. Anything unreadable raises :class:`~briefbook.errors.SourceError` with
the path and a hint saying what to do.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from briefbook.errors import SourceError
from briefbook.model import Document, Heading, Sentence
from briefbook.text import (
    is_boilerplate,
    normalise,
    split_sentences,
    strip_markdown,
    word_tokens,
)

__all__ = [
    "MAX_SOURCE_BYTES",
    "SUPPORTED_EXTENSIONS",
    "SourceSpec",
    "detect_language",
    "expand_sources",
    "load_documents",
    "read_document",
]

#: Largest source file read, in bytes (20 MiB). Larger files are refused before reading.
MAX_SOURCE_BYTES = 20 * 1024 * 1024

#: File extension -> ``Document.format``.
SUPPORTED_EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}

_SUPPORTED_LIST = ", ".join(sorted(SUPPORTED_EXTENSIONS))


@dataclass(frozen=True)
class SourceSpec:
    """One source as given in params or on the command line."""

    path: str
    label: str | None = None
    reliability: str | None = None
    credibility: int | None = None
    published: str | None = None


# ---------------------------------------------------------------------------
# expanding and loading


def expand_sources(
    specs: Sequence[SourceSpec | str | Path], base: Path | None = None
) -> list[tuple[Path, SourceSpec]]:
    """Expand folders and globs to supported files (sorted); keep the order given.

    Returns ``(path to open, spec)`` pairs; ``spec.path`` is the path as given (for a
    folder or glob: the matched file, relative when the pattern was relative).
    """
    out: list[tuple[Path, SourceSpec]] = []
    seen: set[str] = set()
    for raw in specs:
        spec = raw if isinstance(raw, SourceSpec) else SourceSpec(path=str(raw))
        given = os.fspath(spec.path)
        if not given.strip():
            raise SourceError("empty source path", path=given, hint="give a file, folder or glob")
        full = _join(base, given)
        if any(ch in given for ch in "*?["):
            matches = sorted(glob.glob(str(full), recursive=True))
            files = [Path(m) for m in matches if _is_candidate(Path(m))]
            if not files:
                raise SourceError(
                    f"no supported source file matches {given!r}",
                    path=given,
                    hint=f"supported extensions: {_SUPPORTED_LIST}",
                )
            pairs = [(f, _display(given, full, f, glob_pattern=True)) for f in files]
        elif full.is_dir():
            files = sorted(
                (p for p in full.rglob("*") if _is_candidate(p, root=full)),
                key=lambda p: p.relative_to(full).as_posix(),
            )
            if not files:
                raise SourceError(
                    f"folder {given!r} holds no supported source file",
                    path=given,
                    hint=f"supported extensions: {_SUPPORTED_LIST}",
                )
            pairs = [(f, _display(given, full, f)) for f in files]
        else:
            if not full.exists():
                raise SourceError(
                    f"source not found: {given}", path=given, hint=_missing_hint(base, given)
                )
            pairs = [(full, given)]
        for path, shown in pairs:
            key = os.path.normcase(os.path.abspath(path))
            if key in seen:
                continue
            seen.add(key)
            out.append((path, dataclasses.replace(spec, path=shown)))
    return out


def load_documents(
    specs: Sequence[SourceSpec | str | Path] | SourceSpec | str | Path,
    base: Path | None = None,
) -> list[Document]:
    """Read every source; ids ``S1``, ``S2``, ... in the order given (folders sorted)."""
    if isinstance(specs, (str, Path, SourceSpec)):
        specs = [specs]
    pairs = expand_sources(specs, base)
    return [read_document(path, f"S{i}", spec) for i, (path, spec) in enumerate(pairs, 1)]


def read_document(path: Path, doc_id: str, spec: SourceSpec | None = None) -> Document:
    """Read one source file into a Document with id ``doc_id``."""
    path = Path(path)
    shown = spec.path if spec is not None else str(path)
    if not path.exists():
        raise SourceError(f"source not found: {shown}", path=shown, hint="check the path")
    if path.is_dir():
        raise SourceError(
            f"source is a folder, not a file: {shown}",
            path=shown,
            hint="give the folder to load_documents, which expands it",
        )
    fmt = SUPPORTED_EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        what = f"unsupported source type {path.suffix!r}" if path.suffix else "no file extension"
        raise SourceError(
            f"{what}: {shown}",
            path=shown,
            hint=f"supported extensions: {_SUPPORTED_LIST}",
        )
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise SourceError(
            f"source too large: {shown} is {_mb(size)}, the limit is {_mb(MAX_SOURCE_BYTES)}",
            path=shown,
            hint="split the file or keep only the relevant part",
        )
    if size == 0:
        raise SourceError(f"source is empty: {shown}", path=shown, hint="check the file")
    data = path.read_bytes()
    reader = _READERS[fmt]
    parsed = reader(data, shown)
    doc = _build_document(parsed, doc_id, shown, fmt, hashlib.sha256(data).hexdigest(), path)
    if spec is not None:
        doc.label = spec.label
        doc.reliability = spec.reliability
        doc.credibility = spec.credibility
        if spec.published:
            doc.published = _iso_date(spec.published) or spec.published
            doc.date_origin = "params"
    return doc


def _missing_hint(base: Path | None, given: str) -> str:
    """What to check for a missing source: where a relative path was looked for."""
    if Path(given).expanduser().is_absolute():
        return "check the path"
    if base is None or Path(base) == Path.cwd() or Path(base) == Path("."):
        return "check the path; relative paths are read from the current folder"
    return "check the path; relative paths are read from the params file's folder"


def _join(base: Path | None, given: str) -> Path:
    p = Path(given).expanduser()
    if base is not None and not p.is_absolute():
        return Path(base) / p
    return p


def _is_candidate(p: Path, root: Path | None = None) -> bool:
    if not p.is_file() or p.suffix.lower() not in SUPPORTED_EXTENSIONS:
        return False
    parts = p.relative_to(root).parts if root is not None else (p.name,)
    return not any(part.startswith(".") for part in parts)


def _display(given: str, full: Path, found: Path, *, glob_pattern: bool = False) -> str:
    if glob_pattern:
        # same prefix as the pattern: relative when the pattern was relative
        if Path(given).is_absolute():
            return found.as_posix()
        prefix = str(full)[: len(str(full)) - len(given)]
        text = str(found)
        return Path(text[len(prefix) :] if prefix and text.startswith(prefix) else text).as_posix()
    return (Path(given) / found.relative_to(full)).as_posix()


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# ---------------------------------------------------------------------------
# decoding


def decode_bytes(data: bytes, shown: str) -> tuple[str, str | None]:
    """Bytes to text: BOMs, UTF-8, else Windows-1252 when it looks like text.

    Returns ``(text, warning)``; raises SourceError for binary data.
    """
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"source has a {enc.upper()} byte-order mark but is not valid {enc}: {shown}",
                    path=shown,
                    hint="re-save the file as UTF-8",
                ) from exc
            if not _looks_like_text(text):
                raise _binary_error(shown)
            return text, None
    sample = data[:4096]
    if b"\x00" in sample:
        utf16 = _guess_utf16(sample)
        if utf16:
            try:
                return data.decode(utf16), None
            except UnicodeDecodeError:
                pass
        raise _binary_error(shown)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if not _looks_like_text(text, strict=True):
            raise _binary_error(shown, not_utf8=True) from None
        return text, "not valid UTF-8; read as Windows-1252 (cp1252)"
    if not _looks_like_text(text):
        raise _binary_error(shown)
    return text, None


_BAD_CHARS = frozenset(
    [chr(i) for i in range(32) if chr(i) not in "\t\n\r\f"]
    + [chr(i) for i in range(0x7F, 0xA0)]
    + ["\ufffd"]
)


def _guess_utf16(sample: bytes) -> str | None:
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    if odd / half > 0.4 and even / half < 0.05:
        return "utf-16-le"
    if even / half > 0.4 and odd / half < 0.05:
        return "utf-16-be"
    return None


def _looks_like_text(text: str, *, strict: bool = False) -> bool:
    sample = text[:20000]
    if not sample:
        return True
    bad = sum(1 for ch in sample if ch in _BAD_CHARS or unicodedata.category(ch) in ("Cn", "Co"))
    if bad / len(sample) > (0.01 if strict else 0.05):
        return False
    if strict:
        # cp1252 mojibake of binary data: many symbols, few letters
        letters = sum(1 for ch in sample if ch.isalpha() or ch.isspace())
        return letters / len(sample) > 0.75
    return True


def _binary_error(shown: str, *, not_utf8: bool = False) -> SourceError:
    what = "is not valid UTF-8 and does not look like text" if not_utf8 else "looks binary"
    return SourceError(
        f"source {what}: {shown}",
        path=shown,
        hint="give a text, markdown, HTML, PDF or DOCX file, saved as UTF-8 for text",
    )


# ---------------------------------------------------------------------------
# parsed structure shared by all readers


@dataclass
class _Block:
    text: str
    level: int | None = None  # heading level, None for a paragraph
    plain: bool = False  # a plain-text line that may be a heading


@dataclass
class _Parsed:
    blocks: list[_Block]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    date_origin: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# text and markdown

_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^(?:[-*+\u2022\u25aa\u25cf]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
_MD_RULE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_MD_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_MD_WHOLE_BOLD = re.compile(r"^(?:\*\*|__)([^*_].*?)(?:\*\*|__)$")
_BYLINE = re.compile(r"^(?:by|written by|author:)\s+(.{2,120})$", re.IGNORECASE)
# "Anna Morris, Assistant Secretary for ... (Acting)": a person's name, a comma, a job title
_NAME_TITLE = re.compile(
    r"""^(?P<name>[A-Z][a-z'-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'-]+|van|von|de|der|da|del|al|bin))*
        \s+[A-Z][A-Za-z'-]+)
    ,\s+(?P<title>[A-Z(][^,]{2,110})$""",
    re.VERBOSE,
)
_JOB_WORD = re.compile(
    r"\b(?:secretary|director|minister|analyst|fellow|professor|correspondent|reporter|"
    r"editor|chief|president|officer|adviser|advisor|head|researcher|economist|associate|"
    r"deputy|assistant|chair|chairman|chairwoman|commissioner|ambassador|envoy|spokesperson|"
    r"spokesman|spokeswoman|lecturer|scholar|manager|coordinator|specialist|expert|"
    r"consultant|writer|founder|partner|lead|staff|counsel|undersecretary|under secretary)\b",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:date|dated|published|posted|updated|released)\s*(?:on)?\s*[:\-]?\s*(.{6,60})$",
    re.IGNORECASE,
)
_TERMINAL = tuple(".!?:;\"')]")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def _read_text(data: bytes, shown: str) -> _Parsed:
    return _parse_plain(_decoded(data, shown), markdown=False, shown=shown)


def _read_markdown(data: bytes, shown: str) -> _Parsed:
    return _parse_plain(_decoded(data, shown), markdown=True, shown=shown)


def _decoded(data: bytes, shown: str) -> tuple[str, list[str]]:
    text, warning = decode_bytes(data, shown)
    return text, [warning] if warning else []


def _parse_plain(decoded: tuple[str, list[str]], *, markdown: bool, shown: str) -> _Parsed:
    raw, warnings = decoded
    text = normalise(raw)
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        meta = _front_matter(front.group(1))
        text = text[front.end() :]
    if not text.strip():
        raise SourceError(
            f"source holds only whitespace: {shown}", path=shown, hint="check the file"
        )
    raw_blocks = [b.split("\n") for b in re.split(r"\n\s*\n", text.strip("\n"))]
    blocks: list[_Block] = []
    for lines in raw_blocks:
        blocks.extend(_parse_block([ln for ln in lines if ln.strip()], markdown))
    parsed = _Parsed(blocks=blocks, warnings=warnings)
    parsed.title = meta.get("title")
    parsed.author = meta.get("author")
    if meta.get("date"):
        parsed.published = _iso_date(meta["date"])
        parsed.date_origin = "metadata" if parsed.published else None
    # a first heading/headline (a short single line followed by a blank line) is the title
    if blocks:
        first = blocks[0]
        headline = (
            not markdown
            and first.plain
            and len(raw_blocks) > 1
            and len(raw_blocks[0]) == 1
            and _headline(first)
        )
        if first.level == 1 or headline:
            parsed.title = first.text  # the visible headline wins over front matter
            blocks.pop(0)
    _front_lines(parsed)
    return parsed


def _headline(block: _Block) -> bool:
    words = block.text.split()
    return 0 < len(words) <= 30 and len(block.text) <= 250 and not block.text.endswith(",")


def _front_matter(body: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in body.split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in {"title", "author", "date", "published"}:
            value = value.strip().strip("'\"")
            if value:
                k = "date" if key.strip().lower() == "published" else key.strip().lower()
                meta.setdefault(k, value)
    return meta


def _byline_name(line: str) -> str | None:
    """The person of a byline "Name Surname, Job Title" (author metadata), else None."""
    m = _NAME_TITLE.match(line.strip())
    if not m or len(line.split()) > 20:
        return None
    title = m.group("title").rstrip()
    if title.endswith((".", "!", "?", ":", ";")) and not title.endswith(".)"):
        return None
    if not _JOB_WORD.search(title):
        return None
    return " ".join(m.group("name").split())


def _front_lines(parsed: _Parsed) -> None:
    """Take bylines and a date line from the first few paragraphs."""
    keep: list[_Block] = []
    authors: list[str] = []
    for i, block in enumerate(parsed.blocks):
        if i < 6 and block.level is None and len(block.text) <= 160:
            m = _BYLINE.match(block.text)
            if m and parsed.author is None and not authors and len(m.group(1).split()) <= 12:
                parsed.author = m.group(1).strip(" .,")
                continue
            name = _byline_name(block.text)
            if name and parsed.author is None:
                if name not in authors:
                    authors.append(name)
                continue
            m = _DATE_LINE.match(block.text)
            candidate = m.group(1) if m else block.text if len(block.text) <= 40 else None
            if candidate and parsed.published is None:
                iso = _iso_date(candidate, strict=True)
                if iso:
                    parsed.published = iso
                    parsed.date_origin = "text"
                    continue
        keep.append(block)
    parsed.blocks = keep
    if authors:
        parsed.author = ", ".join(authors)


def _parse_block(lines: list[str], markdown: bool) -> list[_Block]:
    """One blank-line separated block to paragraphs and headings."""
    out: list[_Block] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.extend(_paragraphs_from_lines(run, markdown))
            run.clear()

    for line in _split_adjacent_links(lines):
        if line is None:
            flush()
            continue
        stripped = line.strip()
        if stripped.startswith(">"):
            stripped = re.sub(r"^(?:>\s?)+", "", stripped)
        m = _MD_HEADING.match(stripped)
        if m and (markdown or m.group(1).startswith("##") or m.group(2)):
            flush()
            heading = strip_markdown(m.group(2)).strip()
            if heading:
                out.append(_Block(heading, level=len(m.group(1))))
            continue
        if _MD_RULE.match(stripped) or _MD_TABLE_SEP.match(stripped):
            flush()
            continue
        if stripped.startswith("|") and stripped.endswith("|"):
            flush()
            cells = [strip_markdown(c.strip()) for c in stripped.strip("|").split("|")]
            row = "; ".join(c for c in cells if c)
            if row:
                out.append(_Block(row))
            continue
        if _MD_LIST.match(stripped):
            flush()
            run.append(_MD_LIST.sub("", stripped, count=1))
            continue
        bold = _MD_WHOLE_BOLD.match(stripped)
        if bold and len(lines) == 1 and len(bold.group(1).split()) <= 12:
            flush()
            out.append(_Block(strip_markdown(bold.group(1)), plain=True))
            continue
        run.append(stripped)
    flush()
    return out


_ADJACENT_LINK = re.compile(r"(?<=\]\()([^()\s]*)\)(?=\[[^\]]+\]\()")


def _split_adjacent_links(lines: list[str]) -> list[str | None]:
    """Two markdown links glued together ("...](u1)[Click here](u2)") are two paragraphs."""
    out: list[str | None] = []
    for line in lines:
        if ")[" not in line:
            out.append(line)
            continue
        parts = _ADJACENT_LINK.sub(lambda m: m.group(1) + ")\0", line).split("\0")
        for i, part in enumerate(parts):
            if i:
                out.append(None)
            out.append(part)
    return out


def _paragraphs_from_lines(lines: list[str], markdown: bool) -> list[_Block]:
    cleaned = [strip_markdown(ln) for ln in lines]
    cleaned = [c for c in cleaned if c and not _PAGE_NUMBER.match(c)]
    if not cleaned:
        return []
    if len(cleaned) == 1:
        return [_Block(cleaned[0], plain=True)]
    if markdown:
        return [_Block(_join_lines(cleaned))]
    width = max(len(c) for c in cleaned)
    wrapped = width <= 110 and sum(len(c) >= 0.6 * width for c in cleaned[:-1]) >= 0.7 * (
        len(cleaned) - 1
    )
    if not wrapped:
        # one paragraph per line, except a line that plainly continues the previous one
        out: list[_Block] = []
        for c in cleaned:
            if out and not out[-1].text.endswith(_TERMINAL) and c[:1].islower():
                out[-1] = _Block(f"{out[-1].text} {c}", plain=False)
            else:
                out.append(_Block(c, plain=True))
        return out
    # hard-wrapped prose: a paragraph ends on a short line that ends a sentence
    out = []
    current: list[str] = []
    for c in cleaned:
        current.append(c)
        if c.endswith(_TERMINAL) and len(c) < 0.75 * width:
            out.append(_Block(_join_lines(current)))
            current = []
    if current:
        out.append(_Block(_join_lines(current)))
    return out


def _join_lines(lines: list[str]) -> str:
    text = lines[0]
    for ln in lines[1:]:
        if text.endswith("-") and not text.endswith(" -") and ln[:1].islower():
            text = text[:-1] + ln  # de-hyphenate "infra-" + "structure"
        else:
            text = f"{text} {ln}"
    return text


# ---------------------------------------------------------------------------
# HTML


def _read_html(data: bytes, shown: str) -> _Parsed:
    import trafilatura

    html, warning = decode_bytes(data, shown)
    warnings = [warning] if warning else []
    if not html.strip():
        raise SourceError(
            f"source holds only whitespace: {shown}", path=shown, hint="check the file"
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
    )
    body = (result.text or "") if result is not None else ""
    if not body.strip() or _only_navigation(body, html):
        raise SourceError(
            f"HTML source has no main text (only scripts, navigation or markup): {shown}",
            path=shown,
            hint="save the article page itself, or copy its text into a .txt file",
        )
    parsed = _parse_plain((body, warnings), markdown=True, shown=shown)
    meta_title = _clean_meta(getattr(result, "title", None))
    sitename = _clean_meta(getattr(result, "sitename", None))
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
    published = _iso_date(getattr(result, "date", None) or "")
    if published:
        parsed.published = published
        parsed.date_origin = "metadata"
    parsed.url = _clean_meta(getattr(result, "url", None))
    return parsed


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
    text = _clean_meta(value)
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


def _clean_meta(value: Any) -> str | None:
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


# ---------------------------------------------------------------------------
# PDF


def _read_pdf(data: bytes, shown: str) -> _Parsed:
    import io

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise _corrupt(shown, "PDF", "it does not start with a PDF header")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - any failure means: cannot decrypt
                ok = 0
            if not ok:
                raise _encrypted(shown)
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except SourceError:
        raise
    except FileNotDecryptedError as exc:
        raise _encrypted(shown) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise _corrupt(shown, "PDF", str(exc) or type(exc).__name__) from exc
    text = "\n\n".join(p.strip("\n") for p in pages if p.strip())
    if len(re.sub(r"\W", "", text)) < 20:
        raise SourceError(
            f"PDF source has no text layer (scanned images?): {shown}",
            path=shown,
            hint="run OCR first, e.g. ocrmypdf in.pdf out.pdf",
        )
    parsed = _parse_plain((text, []), markdown=False, shown=shown)
    if meta is not None:
        title = _clean_meta(getattr(meta, "title", None))
        if title and len(title) > 3:
            parsed.title = title
        parsed.author = _clean_meta(getattr(meta, "author", None)) or parsed.author
        created = None
        try:
            created = meta.creation_date
        except Exception:  # noqa: BLE001 - malformed dates are common in PDFs
            created = None
        if isinstance(created, datetime) and parsed.published is None:
            parsed.published = created.date().isoformat()
            parsed.date_origin = "metadata"
    return parsed


def _encrypted(shown: str) -> SourceError:
    return SourceError(
        f"PDF source is encrypted (password protected): {shown}",
        path=shown,
        hint="decrypt it first, e.g. qpdf --decrypt --password=PW in.pdf out.pdf",
    )


def _corrupt(shown: str, kind: str, detail: str) -> SourceError:
    detail = detail.replace("\n", " ")[:120]
    return SourceError(
        f"{kind} source is corrupt or unreadable: {shown} ({detail})",
        path=shown,
        hint=f"open and re-save it as {kind}, or export its text to a .txt file",
    )


# ---------------------------------------------------------------------------
# DOCX


def _read_docx(data: bytes, shown: str) -> _Parsed:
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
        raise _corrupt(shown, "DOCX", str(exc) or type(exc).__name__) from exc
    except Exception as exc:  # noqa: BLE001 - lxml and docx raise many types on bad XML
        raise _corrupt(shown, "DOCX", type(exc).__name__) from exc
    blocks: list[_Block] = []
    title: str | None = None
    for style, raw in paragraphs:
        text = normalise(raw).replace("\n", " ").strip()
        if not text:
            continue
        level = _docx_heading_level(style)
        if style == "Title" and title is None:
            title = text
        elif level is not None:
            blocks.append(_Block(text, level=level))
        else:
            blocks.append(_Block(text, plain=True))
    if not blocks and title is None:
        raise SourceError(f"DOCX source holds no text: {shown}", path=shown, hint="check the file")
    parsed = _Parsed(blocks=blocks, title=title or _clean_meta(core[0]))
    parsed.author = _clean_meta(core[1])
    if isinstance(core[2], datetime):
        parsed.published = core[2].date().isoformat()
        parsed.date_origin = "metadata"
    _front_lines(parsed)
    return parsed


def _docx_heading_level(style: str) -> int | None:
    m = re.match(r"^Heading\s*(\d)$", style or "")
    return int(m.group(1)) if m else None


_READERS = {
    "txt": _read_text,
    "md": _read_markdown,
    "html": _read_html,
    "pdf": _read_pdf,
    "docx": _read_docx,
}


# ---------------------------------------------------------------------------
# assembling the document


def _build_document(
    parsed: _Parsed, doc_id: str, shown: str, fmt: str, sha256: str, path: Path
) -> Document:
    blocks = [b for b in parsed.blocks if not is_boilerplate(b.text)]
    blocks = _mark_plain_headings(blocks)
    doc = Document(
        id=doc_id,
        title="",
        path=shown,
        sha256=sha256,
        format=fmt,
        published=parsed.published,
        author=parsed.author,
        url=parsed.url,
        date_origin=parsed.date_origin if parsed.published else None,
    )
    seen: set[str] = set()
    current: str | None = None
    k = 0
    for block in blocks:
        if block.level is not None:
            current = block.text
            doc.headings.append(
                Heading(text=block.text, level=block.level, paragraph=len(doc.paragraphs))
            )
            continue
        if block.text in seen and len(block.text) > 40:
            continue  # a repeated paragraph (pull quote, duplicated teaser)
        seen.add(block.text)
        sentences = [s for s in split_sentences(block.text) if not is_boilerplate(s)]
        if not sentences:
            continue
        index = len(doc.paragraphs)
        doc.paragraphs.append(" ".join(sentences))
        for s in sentences:
            k += 1
            doc.sentences.append(
                Sentence(
                    id=f"{doc_id}.{k}", source=doc_id, text=s, paragraph=index, heading=current
                )
            )
    if not doc.sentences:
        raise SourceError(
            f"source holds no usable text: {shown}",
            path=shown,
            hint="check the file; only boilerplate or headings were found",
        )
    doc.title = (
        parsed.title or (doc.headings[0].text if doc.headings else None) or _pretty_stem(path)
    )
    doc.language, lang_warning = detect_language(doc.text)
    # plain warnings: the CLI prefixes the source id and path itself
    doc.warnings.extend(parsed.warnings)
    if lang_warning:
        doc.warnings.append(f"{lang_warning}; the engine is tuned for English")
    return doc


def _mark_plain_headings(blocks: list[_Block]) -> list[_Block]:
    """Turn short plain lines that stand before a longer paragraph into level-2 headings."""
    out: list[_Block] = []
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.plain and block.level is None and _plain_heading(block.text, nxt):
            out.append(_Block(block.text, level=2))
        else:
            out.append(block)
    return out


def _plain_heading(text: str, nxt: _Block | None) -> bool:
    if nxt is None or nxt.level is not None:
        return False
    words = text.split()
    if not 1 <= len(words) <= 12 or len(text) > 120:
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if text.endswith((".", ",", ";", ":", '"', "'", "-")):
        return False
    if _byline_name(text):
        return False  # "Anna Morris, Assistant Secretary ... (Acting)": author metadata
    if len(nxt.text) < max(60, 1.5 * len(text)):
        return False
    if text.endswith(("?", "!")):
        long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
        caps = sum(w[0].isupper() for w in long_words)
        return bool(long_words) and caps / len(long_words) >= 0.5
    return True


def _pretty_stem(path: Path) -> str:
    stem = re.sub(r"[-_]+", " ", path.stem).strip()
    return stem[:1].upper() + stem[1:] if stem else path.name


def _iso_date(value: str, *, strict: bool = False) -> str | None:
    """A date string to ``YYYY-MM-DD``, or None. ``strict``: day, month and year required."""
    value = (value or "").strip()
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    if not re.search(r"\d{4}", value) or len(value) > 60:
        return None
    if strict and len(re.findall(r"[A-Za-z]+", value)) > 4:
        return None
    import dateparser

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month", "year"] if strict else ["year"],
    }
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


# ---------------------------------------------------------------------------
# language

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "a",
            "is",
            "that",
            "for",
            "on",
            "with",
            "as",
            "by",
            "was",
            "are",
            "it",
            "at",
            "from",
            "be",
            "this",
            "has",
            "have",
            "an",
            "not",
            "or",
            "which",
            "its",
            "were",
            "their",
            "said",
            "will",
            "but",
            "been",
            "they",
            "he",
            "she",
            "also",
            "who",
            "had",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "du",
            "et",
            "est",
            "un",
            "une",
            "que",
            "qui",
            "dans",
            "pour",
            "sur",
            "pas",
            "au",
            "aux",
            "avec",
            "il",
            "elle",
            "ce",
            "sont",
            "été",
            "par",
            "plus",
            "ne",
            "se",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "ein",
            "eine",
            "zu",
            "den",
            "von",
            "mit",
            "sich",
            "des",
            "auf",
            "für",
            "im",
            "dem",
            "auch",
            "es",
            "wird",
            "sind",
            "werden",
            "nach",
            "bei",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "en",
            "que",
            "un",
            "una",
            "es",
            "por",
            "con",
            "para",
            "se",
            "no",
            "su",
            "al",
            "lo",
            "como",
            "más",
            "pero",
            "sus",
            "fue",
            "ha",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "del",
            "della",
            "e",
            "che",
            "un",
            "una",
            "è",
            "per",
            "con",
            "non",
            "si",
            "da",
            "nel",
            "alla",
            "sono",
            "anche",
            "come",
            "ha",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "de",
            "do",
            "da",
            "dos",
            "das",
            "e",
            "que",
            "um",
            "uma",
            "é",
            "para",
            "com",
            "não",
            "se",
            "em",
            "no",
            "na",
            "por",
            "mais",
            "foi",
            "como",
            "ao",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "op",
            "te",
            "in",
            "voor",
            "met",
            "zijn",
            "niet",
            "die",
            "ook",
            "er",
            "aan",
            "door",
            "wordt",
            "naar",
            "bij",
        ]
    ),
}

_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
)
_LANG_NAMES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ru": "Cyrillic script",
    "ar": "Arabic script",
    "he": "Hebrew script",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "el": "Greek",
}
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> tuple[str | None, str | None]:
    """A cheap language guess: ``(code, warning)``; warning set when clearly not English."""
    sample = text[:20000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 40:
        return None, None
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) > 0.3 * letters:
            return code, _not_english(code)
    words = [w.lower() for w in _LATIN_WORD.findall(sample)]
    if len(words) < 12:
        return None, None
    scores = {
        code: sum(1 for w in words if w in stop) / len(words) for code, stop in _STOPWORDS.items()
    }
    best = max(sorted(scores), key=lambda c: scores[c])
    if scores["en"] >= 0.12 or best == "en":
        return "en", None
    if scores[best] >= 0.1:
        return best, _not_english(best)
    return None, _not_english(None)


def _not_english(code: str | None) -> str:
    detected = f"{_LANG_NAMES.get(code, code)} ({code})" if code else "unknown"
    return f"looks like it is not English (detected: {detected})"
