"""Report folders: staged in a temporary folder, renamed into place when complete.

``reports/<series>/<YYYY-MM-DD>-<slug>[-N]/`` is created by one atomic rename of a
staging folder next to it, under a per-series lock, so a failed or interrupted run never
leaves a half-written briefing and never replaces an earlier one, and two runs of the
same series at once get distinct folders. ``latest`` is a relative symlink to the newest
complete issue.

A run holds an exclusive ``flock`` on ``.owner`` inside its staging folder while it runs; a
staging folder whose owner lock can be taken belongs to a run that was killed (``kill -9``,
power loss) and is removed by the next run of the series (:func:`remove_stale_staging`).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from briefbook.errors import InputError, OutputError

LATEST = "latest"
STAGING_PREFIX = ".staging-"
OWNER = ".owner"
UNOWNED_GRACE = 600  # seconds: a staging folder without an owner file this old is stale
_OWNED: dict[Path, Any] = {}  # staging folder -> the open, locked owner file
VERSIONED_PACKAGES = (
    "briefbook",
    "papermill",
    "nbconvert",
    "nbclient",
    "ipykernel",
    "jinja2",
    "pandas",
    "matplotlib",
    "weasyprint",
    "trafilatura",
    "wordllama",
    "numpy",
)


def series_folder(root: Path, series: str) -> Path:
    """``root/series``, created, and checked to stay inside ``root``."""
    root = Path(root).resolve()
    folder = (root / series).resolve()
    if folder.parent != root:
        raise OutputError(
            f"series {series!r} would leave the reports folder {root}",
            hint="use a plain name such as dprk-russia",
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError as exc:
        raise OutputError(
            f"cannot write reports to {folder}: {exc.strerror or exc}",
            hint="choose a writable folder with --output-dir",
        ) from exc
    return folder


def staging_folder(series_dir: Path, name: str) -> Path:
    """A fresh hidden folder next to the final one, on the same file system, owned (locked)
    by this process until :func:`publish` or :func:`discard`."""
    try:
        path = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{name}-", dir=series_dir))
        handle = open(path / OWNER, "w")  # noqa: SIM115 - held open for the whole run
    except OSError as exc:
        raise OutputError(
            f"cannot create a staging folder in {series_dir}: {exc.strerror or exc}",
            hint="free disk space or choose another folder with --output-dir",
        ) from exc
    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    _OWNED[path] = handle
    return path


def _release(staging: Path) -> None:
    """Drop this run's owner file and lock of ``staging`` (before it is published)."""
    handle = _OWNED.pop(staging, None)
    with contextlib.suppress(OSError):
        (staging / OWNER).unlink()
    if handle is not None:
        handle.close()


def _is_stale(folder: Path, now: float) -> bool:
    """Whether the run that made staging folder ``folder`` is gone."""
    owner = folder / OWNER
    try:
        handle = open(owner)  # noqa: SIM115 - closed below
    except FileNotFoundError:  # killed before it took its lock, or made by an old version
        try:
            return now - folder.stat().st_mtime > UNOWNED_GRACE
        except OSError:
            return False
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held: its run is still going
        return False
    finally:
        handle.close()  # closing releases the lock we may have taken
    return True


def remove_stale_staging(series_dir: Path) -> list[str]:
    """Remove the staging folders of killed runs of a series; return their names (for the
    one warning line). A running run's staging folder is left alone."""
    removed = []
    now = time.time()
    try:
        children = sorted(series_dir.iterdir())
    except OSError:
        return []
    for child in children:
        if not child.name.startswith(STAGING_PREFIX) or child.is_symlink() or not child.is_dir():
            continue
        if child in _OWNED or not _is_stale(child, now):
            continue
        shutil.rmtree(child, ignore_errors=True)
        if not child.exists():
            removed.append(child.name)
    return removed


@contextlib.contextmanager
def series_lock(series_dir: Path) -> Iterator[None]:
    """Serialise the publish step of concurrent runs of one series."""
    with open(series_dir / ".lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def publish(
    staging: Path,
    series_dir: Path,
    name: str,
    *,
    latest: bool = True,
    replace: bool = False,
    then: Callable[[], object] | None = None,
) -> Path:
    """Rename ``staging`` to the first free ``name``, ``name-2``, ... and point ``latest`` at it;
    then, still inside the series lock, call ``then`` (the series index is rebuilt there, so
    two runs finishing together cannot interleave their indexes).

    ``replace``: take the place of the newest existing issue among ``name``, ``name-2``, ...
    (the same folder name; ``name`` itself when none exists). Under the series lock the old
    folder is renamed aside, the new one renamed into place, then the old one deleted, so a
    reader sees the old issue or the new one, and the index never lists both.
    """
    _release(staging)
    with series_lock(series_dir):
        existing = _issue_folders(series_dir, name)
        if replace and existing:
            candidate = existing[-1]
            aside = series_dir / f"{STAGING_PREFIX}replaced-{candidate.name}-{os.getpid()}"
            os.rename(candidate, aside)
            try:
                os.rename(staging, candidate)
            except OSError:
                os.rename(aside, candidate)  # put the old issue back
                raise
            shutil.rmtree(aside, ignore_errors=True)
        else:
            n = 1
            while True:
                candidate = series_dir / (name if n == 1 else f"{name}-{n}")
                if not candidate.exists() and not candidate.is_symlink():
                    break
                n += 1
            os.rename(staging, candidate)
        os.chmod(candidate, 0o755)
        if latest and _is_newest(series_dir, candidate.name):
            link = series_dir / LATEST
            tmp_link = series_dir / f".{LATEST}-{os.getpid()}"
            with contextlib.suppress(FileNotFoundError):
                tmp_link.unlink()
            tmp_link.symlink_to(candidate.name)
            os.replace(tmp_link, link)
        if then is not None:
            then()
    return candidate


def issue_to_replace(series_dir: Path, name: str) -> str | None:
    """The folder name :func:`publish` with ``replace`` would take the place of: the newest
    of ``name``, ``name-2``, ... that exists; None when there is none."""
    existing = _issue_folders(Path(series_dir), name)
    return existing[-1].name if existing else None


def _issue_folders(series_dir: Path, name: str) -> list[Path]:
    """The folders ``name``, ``name-2``, ... that exist, in that order."""
    found = []
    if (series_dir / name).is_dir():
        found.append(series_dir / name)
    numbered = []
    for p in series_dir.glob(f"{name}-*"):
        tail = p.name[len(name) + 1 :]
        if tail.isdigit() and p.is_dir() and not p.is_symlink():
            numbered.append((int(tail), p))
    return found + [p for _, p in sorted(numbered)]


def _is_newest(series_dir: Path, name: str) -> bool:
    """Whether ``name`` (``YYYY-MM-DD-...``) is at least as recent as what ``latest`` shows:
    a backfilled issue for an earlier date does not take ``latest`` from a newer one."""
    link = series_dir / LATEST
    try:
        current = os.readlink(link)
    except OSError:
        return True
    return name[:10] >= current[:10]


def discard(staging: Path) -> None:
    _release(staging)
    shutil.rmtree(staging, ignore_errors=True)


def _entry(path: Path) -> Path:
    """``path`` with its folders resolved but not its last part: the directory entry a
    rename over ``path`` replaces (a symlink named ``path`` itself, not its target)."""
    path = Path(os.path.expanduser(os.fspath(path))).absolute()
    return path.parent.resolve() / path.name


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file ``path`` names, following links; None when absent."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def refuse_overwrite(
    inputs: Iterable[tuple[str, Path]],
    *,
    files: Iterable[Path] = (),
    folders: Iterable[Path] = (),
    option: str = "the output",
) -> None:
    """Raise :class:`~briefbook.errors.InputError` (exit 2) when an output would write over
    one of the run's input files; call it before anything is read or written.

    ``inputs``: ``(kind, path)`` pairs (``("source", incoming/a.txt)``, ``("params file",
    ...)``) of the files the command reads, folders and globs already expanded. ``files``:
    paths the command writes (replaced by a rename or written in place); one is an input
    when it is the same directory entry, resolves to the same file or is a hard link of
    it. ``folders``: folders the command replaces or deletes whole; an input inside one
    (after resolving links) is refused. ``option`` names the output in the message
    (``--json``, ``--output-dir``).
    """
    outs = [(Path(f), _entry(Path(f)), Path(f).resolve(), _identity(Path(f))) for f in files]
    trees = [Path(d).resolve() for d in folders]
    for kind, raw in inputs:
        given = Path(os.path.expanduser(os.fspath(raw)))
        entry, real, ident = _entry(given), given.resolve(), _identity(given)
        for out, out_entry, out_real, out_ident in outs:
            if (
                entry == out_entry
                or real in (out_entry, out_real)
                or (ident is not None and ident == out_ident)
            ):
                raise InputError(
                    f"{option} {out} would overwrite the {kind} {raw}",
                    hint="write the output somewhere else",
                )
        for tree in trees:
            if real.is_relative_to(tree) or entry.is_relative_to(tree):
                raise InputError(
                    f"{option} would replace {tree}, which holds the {kind} {raw}",
                    hint="move the input out of the reports folder or write elsewhere",
                )


def recorded_inputs(series_dir: Path) -> list[tuple[str, Path]]:
    """The input files the issues of ``series_dir`` were made from, as their manifests
    record them: ``(kind, path)`` pairs of each params file, source and analyst file
    (relative paths against the params file's folder). A manifest that cannot be read
    adds nothing (the index says what it can of that issue)."""
    inputs: list[tuple[str, Path]] = []
    try:
        manifests = sorted(series_dir.glob("*/manifest.json"))
    except OSError:
        return inputs
    for path in manifests:
        if path.parent.name.startswith(STAGING_PREFIX):
            continue
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(manifest, dict) or not isinstance(manifest.get("params_file"), str):
            continue
        params_file = Path(manifest["params_file"])
        base = params_file.parent
        inputs.append(("params file", params_file))
        for source in manifest.get("sources") or []:
            if isinstance(source, dict) and isinstance(source.get("path"), str):
                inputs.append(("source", base / os.path.expanduser(source["path"])))
        params = manifest.get("params")
        analyst = params.get("analyst_file") if isinstance(params, dict) else None
        if isinstance(analyst, str) and analyst:
            inputs.append(("analyst file", base / os.path.expanduser(analyst)))
    return inputs


def write_json(path: Path, data: Any) -> Path:
    """Write JSON as :func:`write_text` does (atomic for regular files)."""
    return write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path``: atomically (a temporary file renamed over it) for
    a regular file or a new path; in place for a device, pipe or socket (``/dev/null``,
    ``/dev/stdout``, a FIFO), which a rename would replace with a regular file."""
    if _special_file(path):
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def _special_file(path: Path) -> bool:
    """True when ``path`` exists and is not a regular file (a device, FIFO or socket)."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package_versions() -> dict[str, str]:
    import platform
    from importlib import metadata  # slow to import: not before the inputs are checked

    versions = {"python": platform.python_version()}
    for name in VERSIONED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions
