"""Folders and globs walked safely: each real folder entered once (a symlink to a folder is
followed only when its target was not seen yet, so a link loop ends), hidden entries skipped,
unreadable folders reported, at most ``folder_files`` files per folder or glob.

``walk_files(root)`` yields ``(path, relative parts)`` of the files under ``root``;
``glob_files(pattern)`` the files whose path matches a glob (``*``, ``?``, ``[..]`` inside one
name, ``**`` for any number of folders).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable
from pathlib import Path

from briefbook.config.limits import LimitError, limit

__all__ = ["display_path", "glob_files", "walk_files"]

_MAGIC = frozenset("*?[")


def display_path(value: str) -> str:
    """A path as text that can always be printed and written as UTF-8: bytes of a file name
    that are not valid UTF-8 (decoded by Python as surrogates) are shown as ``\\xNN``, and
    control characters as escapes."""
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        value = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in value):
        value = "".join(
            ch if ord(ch) >= 32 and not 0x7F <= ord(ch) < 0xA0 else f"\\x{ord(ch):02x}"
            for ch in value
        )
    return value


def walk_files(
    root: Path,
    *,
    warn: Callable[[str], None],
    shown: str,
    max_depth: int | None = None,
) -> list[tuple[Path, tuple[str, ...]]]:
    """Every non-hidden file under ``root`` with its path parts relative to ``root``, sorted.

    A folder (real or reached through a symlink) is entered once; unreadable folders are
    skipped with a ``warn`` call; more than ``folder_files`` files raise LimitError before
    any is read. ``max_depth``: how many folder levels to descend (None: all).
    """
    cap = limit("folder_files")
    found: list[tuple[Path, tuple[str, ...]]] = []
    try:
        st = os.stat(root)
        visited = {(st.st_dev, st.st_ino)}
    except OSError:
        visited = set()
    stack: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    while stack:
        folder, rel = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            where = "/".join((shown, *rel)) if rel else shown
            warn(
                f"folder skipped, cannot be read ({exc.strerror or type(exc).__name__}): "
                f"{display_path(where)}"
            )
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            parts = (*rel, entry.name)
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
                is_file = not is_dir and entry.is_file(follow_symlinks=True)
            except OSError:
                continue  # a broken link or a vanished entry
            if is_dir:
                if max_depth is not None and len(parts) > max_depth:
                    continue
                try:
                    target = entry.stat(follow_symlinks=True)
                except OSError:
                    continue
                key = (target.st_dev, target.st_ino)
                if key in visited:
                    continue  # a link back to a folder already walked: no loops
                visited.add(key)
                stack.append((Path(entry.path), parts))
            elif is_file:
                found.append((Path(entry.path), parts))
                if len(found) > cap:
                    raise LimitError(
                        f"too many files under {display_path(shown)}: more than {cap:,}",
                        limit="folder_files",
                        value=len(found),
                        path=display_path(shown),
                    )
    found.sort(key=lambda item: "/".join(item[1]))
    return found


def glob_files(
    pattern: Path, *, warn: Callable[[str], None], shown: str
) -> list[tuple[Path, tuple[str, ...]]]:
    """Files matching the glob ``pattern``, sorted, walked as :func:`walk_files` does.

    Returns ``(path, parts relative to the pattern's fixed leading folder)``.
    """
    parts = pattern.parts
    fixed = 0
    while fixed < len(parts) and not (_MAGIC & set(parts[fixed])):
        fixed += 1
    root = Path(*parts[:fixed]) if fixed else Path(".")
    pats = parts[fixed:]
    if not pats:
        return [(pattern, (pattern.name,))] if pattern.is_file() else []
    depth = None if "**" in pats else len(pats) - 1
    if not root.is_dir():
        return []
    files = walk_files(root, warn=warn, shown=shown, max_depth=depth)
    return [(path, rel) for path, rel in files if _match(rel, pats)]


def _match(parts: tuple[str, ...], pats: tuple[str, ...]) -> bool:
    if not pats:
        return not parts
    if pats[0] == "**":
        return any(_match(parts[i:], pats[1:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], pats[0]) and _match(parts[1:], pats[1:])
