"""Sources as given (files, folders, globs) expanded to files, and each file read into a Document.

``load_documents`` is the entry point: ids ``S1``, ``S2``, ... in the order given (folders
sorted). Anything unreadable raises :class:`~briefbook.errors.SourceError` with the path and a
hint saying what to do.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from briefbook.config.limits import LimitError, limit
from briefbook.errors import NoTextError, SourceError
from briefbook.ingest.assemble import build_document
from briefbook.ingest.dates import date_rules, settle_date
from briefbook.ingest.docx import read_docx
from briefbook.ingest.html import read_html
from briefbook.ingest.pdf import read_pdf
from briefbook.ingest.plain import read_markdown, read_text
from briefbook.ingest.walk import display_path, glob_files, walk_files
from briefbook.model import Document, SourceSpec

#: Largest source file read, in bytes (20 MiB). Larger files are refused before reading.
#: The default bound on one source file (limit ``source_bytes``; raised per run by ``limits:``).
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


@dataclass
class IngestNotes:
    """What expanding and reading the sources found besides documents: ``warnings`` (one line
    each, for stderr and the manifest) and ``excluded`` files (``{path, title, published,
    date_origin, reason}``, as in the briefing's excluded list)."""

    warnings: list[str] = field(default_factory=list)
    excluded: list[dict[str, Any]] = field(default_factory=list)

    def exclude(self, shown: str, reason: str) -> None:
        self.excluded.append(
            {"path": shown, "title": None, "published": None, "date_origin": None, "reason": reason}
        )


# ---------------------------------------------------------------------------
# expanding and loading


def expand_sources(
    specs: Sequence[SourceSpec | str | Path],
    base: Path | None = None,
    notes: IngestNotes | None = None,
    *,
    found_in_folders: set[Path] | None = None,
) -> list[tuple[Path, SourceSpec]]:
    """Expand folders and globs to supported files (sorted); keep the order given.

    Returns ``(path to open, spec)`` pairs; ``spec.path`` is the path as given (for a
    folder or glob: the matched file, relative when the pattern was relative), printable
    (see :func:`~briefbook.ingest.walk.display_path`). Files of an unsupported type or
    without read permission found in a folder or glob are left out and recorded in
    ``notes`` (excluded with the reason, and one warning line); unreadable folders warned.
    A file met twice is read once, in its first place; an entry naming the file itself wins
    over a folder or glob that matched it before (its label, grade and date are kept), and
    a file named twice with different settings keeps the first entry's (warned).
    ``found_in_folders``, when given, receives the paths (as returned) of the files met only
    through a folder or glob, never named by an entry of their own.
    """
    notes = notes if notes is not None else IngestNotes()
    out: list[tuple[Path, SourceSpec]] = []
    seen: dict[str, tuple[int, bool]] = {}  # file -> (its place in out, named directly)
    missing: list[SourceError] = []  # every missing source is reported, not only the first
    for raw in specs:
        spec = raw if isinstance(raw, SourceSpec) else SourceSpec(path=str(raw))
        given = os.fspath(spec.path)
        if not given.strip():
            raise SourceError("empty source path", path=given, hint="give a file, folder or glob")
        full = _join(base, given)
        try:
            pairs = _expand_one(given, full, base, notes)
        except SourceError as exc:
            missing.append(exc)
            continue
        direct = not any(ch in given for ch in "*?[") and not full.is_dir()
        for path, shown in pairs:
            try:
                key = os.path.normcase(os.path.realpath(path))
            except (OSError, ValueError):
                key = os.path.normcase(os.path.abspath(path))
            if key in seen:
                place, was_direct = seen[key]
                if direct and not was_direct:
                    # "- incoming/" then "- path: incoming/x.pdf, grade: A2": the entry that
                    # names the file carries its settings, in the folder's place
                    out[place] = (out[place][0], dataclasses.replace(spec, path=shown))
                    seen[key] = (place, True)
                elif direct and _settings(spec) != _settings(out[place][1]):
                    notes.warnings.append(
                        f"{display_path(given)} is listed twice with different settings; "
                        "the first entry's are used"
                    )
                continue
            seen[key] = (len(out), direct)
            out.append((path, dataclasses.replace(spec, path=shown)))
    if found_in_folders is not None:
        found_in_folders.update(out[place][0] for place, direct in seen.values() if not direct)
    if len(missing) == 1:
        raise missing[0]
    if missing:
        raise SourceError(
            f"{len(missing)} sources not found: " + "; ".join(e.message for e in missing),
            path=missing[0].path,
            hint=missing[0].hint,
        )
    return out


def _settings(spec: SourceSpec) -> tuple[Any, ...]:
    """What a source entry says about its file besides the path (label, grade, date ...)."""
    return tuple(getattr(spec, f.name) for f in dataclasses.fields(spec) if f.name != "path")


def _expand_one(
    given: str, full: Path, base: Path | None, notes: IngestNotes
) -> list[tuple[Path, str]]:
    """The (file, shown path) pairs of one source entry; SourceError when it matches none."""
    if any(ch in given for ch in "*?["):
        found = glob_files(full, warn=notes.warnings.append, shown=given)
        pairs = _usable(found, given, full, notes, glob_pattern=True)
        if not pairs:
            raise SourceError(
                f"no supported source file matches {display_path(given)!r}",
                path=display_path(given),
                hint=f"supported extensions: {SUPPORTED_LIST}",
            )
    elif full.is_dir():
        found = walk_files(full, warn=notes.warnings.append, shown=given)
        pairs = _usable(found, given, full, notes)
        if not pairs:
            raise SourceError(
                f"folder {display_path(given)!r} holds no supported source file",
                path=display_path(given),
                hint=f"supported extensions: {SUPPORTED_LIST}",
            )
    else:
        if not full.exists():
            raise SourceError(
                f"source not found: {display_path(given)}",
                path=display_path(given),
                hint=_missing_hint(base, given),
            )
        pairs = [(full, display_path(given))]
    return pairs


def _usable(
    found: list[tuple[Path, tuple[str, ...]]],
    given: str,
    full: Path,
    notes: IngestNotes,
    *,
    glob_pattern: bool = False,
) -> list[tuple[Path, str]]:
    """The files of a folder or glob that can be read; the others excluded in ``notes``."""
    pairs: list[tuple[Path, str]] = []
    skipped: list[str] = []
    for path, _rel in found:
        shown = display_path(_display(given, full, path, glob_pattern=glob_pattern))
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_EXTENSIONS:
            kind = f"'{display_path(suffix)}'" if suffix else "no extension"
            notes.exclude(shown, f"unsupported file type ({kind}); supported: {SUPPORTED_LIST}")
            skipped.append(shown)
            continue
        if not os.access(path, os.R_OK):
            notes.exclude(shown, "cannot be read (permission denied)")
            skipped.append(shown)
            continue
        pairs.append((path, shown))
    if skipped:
        more = f" and {len(skipped) - 3} more" if len(skipped) > 3 else ""
        notes.warnings.append(
            f"{len(skipped)} file{'s' if len(skipped) != 1 else ''} in {display_path(given)} "
            f"left out (unsupported type or unreadable): {', '.join(skipped[:3])}{more}"
        )
    return pairs


def load_documents(
    specs: Sequence[SourceSpec | str | Path] | SourceSpec | str | Path,
    base: Path | None = None,
    notes: IngestNotes | None = None,
    *,
    date_order: str | None = None,
    issue_date: date | None = None,
) -> list[Document]:
    """Read every source; ids ``S1``, ``S2``, ... in the order given (folders sorted).

    ``notes`` collects warnings and excluded files (see :class:`IngestNotes`); the total
    size of the files is checked against ``run_bytes`` before any is read.
    ``date_order``/``issue_date``: see :func:`read_document`.
    A file met through a folder or glob that holds nothing to read (empty, only whitespace,
    no text layer: :class:`~briefbook.errors.NoTextError`) is left out, excluded in
    ``notes`` with the reason and warned in one line, like a file of an unsupported type;
    a file an entry names itself raises it (SourceError, exit 2), and so does a run whose
    every file was left out so (no source to assess).
    """
    if isinstance(specs, (str, Path, SourceSpec)):
        specs = [specs]
    notes = notes if notes is not None else IngestNotes()
    in_folders: set[Path] = set()
    pairs = expand_sources(specs, base, notes, found_in_folders=in_folders)
    total = 0
    for path, _spec in pairs:
        try:
            total += path.stat().st_size
        except OSError:
            continue
    cap = limit("run_bytes")
    if total > cap:
        raise LimitError(
            f"sources too large: {len(pairs)} files of {_mb(total)} in all, more than {_mb(cap)}",
            limit="run_bytes",
            value=total,
        )
    documents: list[Document] = []
    empty: list[str] = []
    for path, spec in pairs:
        doc_id = f"S{len(documents) + 1}"
        try:
            doc = read_document(path, doc_id, spec, date_order=date_order, issue_date=issue_date)
        except NoTextError as exc:
            if path not in in_folders:
                raise
            shown = display_path(spec.path)
            notes.exclude(shown, exc.reason)
            empty.append(f"{shown} ({exc.reason})")
            continue
        documents.append(doc)
    if empty and not documents:
        # every file the folders held was left out: no issue to write, as for a folder that
        # holds no supported file (exit 2), not an assessment of nothing
        raise SourceError(
            f"no source has anything to read: {', '.join(empty[:3])}"
            + (f" and {len(empty) - 3} more" if len(empty) > 3 else ""),
            path=display_path(pairs[0][1].path),
            hint="fill the files, or wait until they are copied",
        )
    if empty:
        more = f" and {len(empty) - 3} more" if len(empty) > 3 else ""
        notes.warnings.append(
            f"{len(empty)} file{'s' if len(empty) != 1 else ''} found in a source folder "
            f"left out, nothing to read: {', '.join(empty[:3])}{more}"
        )
    return documents


def read_document(
    path: Path,
    doc_id: str,
    spec: SourceSpec | None = None,
    *,
    date_order: str | None = None,
    issue_date: date | None = None,
) -> Document:
    """Read one source file into a Document with id ``doc_id``.

    The document is dated by :func:`~briefbook.ingest.dates.settle_date` (params, header
    lines, metadata, file time); ``date_order`` reads ambiguous numeric dates (``dmy`` or
    ``mdy``); a date after ``issue_date`` is warned.
    """
    path = Path(path)
    shown = display_path(spec.path if spec is not None else str(path))
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
        what = (
            f"unsupported source type {display_path(path.suffix)!r}"
            if path.suffix
            else "no file extension"
        )
        raise SourceError(
            f"{what}: {shown}",
            path=shown,
            hint=f"supported extensions: {SUPPORTED_LIST}",
        )
    try:
        stat = path.stat()
    except OSError as exc:
        raise _os_error(shown, exc) from exc
    size = stat.st_size
    max_bytes = limit("source_bytes")  # read now: ``limits:`` / ``--limit`` may raise it
    if size > max_bytes:
        raise LimitError(
            f"source too large: {shown} is {_mb(size)}, more than {_mb(max_bytes)}",
            limit="source_bytes",
            value=size,
            path=shown,
        )
    if size == 0:
        raise NoTextError(
            f"source is empty: {shown}",
            reason="empty file",
            path=shown,
            hint="fill it, or leave it out of the sources",
        )
    try:
        data = _read_capped(path, max_bytes)
    except OSError as exc:
        raise _os_error(shown, exc) from exc
    if len(data) > max_bytes:
        raise LimitError(
            f"source too large: {shown} grew past {_mb(max_bytes)} while read",
            limit="source_bytes",
            value=len(data),
            path=shown,
        )
    reader = READERS[fmt]
    with date_rules(date_order):
        parsed = reader(data, shown)
    doc = build_document(parsed, doc_id, shown, fmt, hashlib.sha256(data).hexdigest(), path)
    if spec is not None:
        doc.label = spec.label
        doc.reliability = spec.reliability
        doc.credibility = spec.credibility
    settle_date(
        doc,
        parsed,
        params_published=spec.published if spec is not None else None,
        mtime=stat.st_mtime,
        issue_date=issue_date,
        date_order=date_order,
    )
    return doc


def _read_capped(path: Path, cap: int) -> bytes:
    """At most ``cap + 1`` bytes of ``path`` (a file that grows is not read without end)."""
    with open(path, "rb") as handle:
        return handle.read(cap + 1)


def _os_error(shown: str, exc: OSError) -> SourceError:
    if isinstance(exc, PermissionError):
        return SourceError(
            f"source cannot be read (permission denied): {shown}",
            path=shown,
            hint="give the user running briefbook read permission, or leave the file out",
        )
    return SourceError(
        f"source cannot be read ({exc.strerror or type(exc).__name__}): {shown}",
        path=shown,
        hint="check the file",
    )


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
