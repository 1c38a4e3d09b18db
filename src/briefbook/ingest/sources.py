"""Sources as given (files, folders, globs) expanded to files, and each file read into a Document.

``load_documents`` is the entry point: ids ``S1``, ``S2``, ... in the order given (folders
sorted). Anything unreadable raises :class:`~briefbook.errors.SourceError` with the path and a
hint saying what to do.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefbook.config.limits import LimitError, limit
from briefbook.errors import SourceError
from briefbook.ingest.assemble import build_document
from briefbook.ingest.dates import iso_date
from briefbook.ingest.docx import read_docx
from briefbook.ingest.html import read_html
from briefbook.ingest.pdf import read_pdf
from briefbook.ingest.plain import read_markdown, read_text
from briefbook.model import Document

#: Largest source file read, in bytes (20 MiB). Larger files are refused before reading.
MAX_SOURCE_BYTES = limit("source_bytes")

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

SUPPORTED_LIST = ", ".join(sorted(SUPPORTED_EXTENSIONS))


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
    missing: list[SourceError] = []  # every missing source is reported, not only the first
    for raw in specs:
        spec = raw if isinstance(raw, SourceSpec) else SourceSpec(path=str(raw))
        given = os.fspath(spec.path)
        if not given.strip():
            raise SourceError("empty source path", path=given, hint="give a file, folder or glob")
        try:
            pairs = _expand_one(given, _join(base, given), base)
        except SourceError as exc:
            missing.append(exc)
            continue
        for path, shown in pairs:
            key = os.path.normcase(os.path.abspath(path))
            if key in seen:
                continue
            seen.add(key)
            out.append((path, dataclasses.replace(spec, path=shown)))
    if len(missing) == 1:
        raise missing[0]
    if missing:
        raise SourceError(
            f"{len(missing)} sources not found: " + "; ".join(e.message for e in missing),
            path=missing[0].path,
            hint=missing[0].hint,
        )
    return out


def _expand_one(given: str, full: Path, base: Path | None) -> list[tuple[Path, str]]:
    """The (file, shown path) pairs of one source entry; SourceError when it matches none."""
    if any(ch in given for ch in "*?["):
        matches = sorted(glob.glob(str(full), recursive=True))
        files = [Path(m) for m in matches if _is_candidate(Path(m))]
        if not files:
            raise SourceError(
                f"no supported source file matches {given!r}",
                path=given,
                hint=f"supported extensions: {SUPPORTED_LIST}",
            )
        return [(f, _display(given, full, f, glob_pattern=True)) for f in files]
    if full.is_dir():
        files = sorted(
            (p for p in full.rglob("*") if _is_candidate(p, root=full)),
            key=lambda p: p.relative_to(full).as_posix(),
        )
        if not files:
            raise SourceError(
                f"folder {given!r} holds no supported source file",
                path=given,
                hint=f"supported extensions: {SUPPORTED_LIST}",
            )
        return [(f, _display(given, full, f)) for f in files]
    if not full.exists():
        raise SourceError(f"source not found: {given}", path=given, hint=_missing_hint(base, given))
    return [(full, given)]


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
            hint=f"supported extensions: {SUPPORTED_LIST}",
        )
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise LimitError(
            f"source too large: {shown} is {_mb(size)}, more than {_mb(MAX_SOURCE_BYTES)}",
            limit="source_bytes",
            value=size,
            path=shown,
        )
    if size == 0:
        raise SourceError(f"source is empty: {shown}", path=shown, hint="check the file")
    data = path.read_bytes()
    reader = READERS[fmt]
    parsed = reader(data, shown)
    doc = build_document(parsed, doc_id, shown, fmt, hashlib.sha256(data).hexdigest(), path)
    if spec is not None:
        doc.label = spec.label
        doc.reliability = spec.reliability
        doc.credibility = spec.credibility
        if spec.published:
            doc.published = iso_date(spec.published) or spec.published
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


READERS = {
    "txt": read_text,
    "md": read_markdown,
    "html": read_html,
    "pdf": read_pdf,
    "docx": read_docx,
}
