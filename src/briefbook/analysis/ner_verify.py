"""Whether an entity model is an original release: the release wheel's digest, then its files.

A statistical entity model is code and weights from a package; briefbook verifies only the
*original wheel file* of a release listed in ``data/ner_models.yaml`` (name, version, release
URL, the wheel's published sha256), given by its path (params ``entities.wheel``). Offline,
in this order:

1. *The wheel*: the sha256 of the whole file must be the published digest. Nothing inside the
   file is read before that; where the file came from (a URL, a copy) does not matter.
2. *Its files*: the wheel's own ``RECORD`` is now trusted (it is part of the verified file).
   Every member of the wheel must be listed there with a sha256 hash (only ``RECORD`` itself
   may have none) and match it; a blank hash, an unlisted member, a listed member missing, a
   path leaving the folder are refused.
3. *The pipeline*: the data folder of the pipeline (``<name>/<name>-<version>/``, with its
   ``config.cfg``) is unpacked into a private cache folder named by the digest, each file
   checked against ``RECORD`` as it is written and again whenever the folder is reused
   (processes sharing a cache replace a folder only under a lock, and only one that fails
   that check).
   spaCy then loads that folder by its path: none of the package's Python code is imported
   and ``sys.path`` is never consulted, so no other package of the same name can stand in.

An *installed* package (by name) cannot be verified: what it records of itself (pip's
``direct_url.json``, its ``RECORD``) is written by whoever built it. :func:`installed_model`
says so in its problems; the caller uses it only with ``allow_unverified`` (then as a warning).

:func:`verify_wheel` returns a :class:`Verification` (the problems found, empty when the
wheel is the original release; ``model_dir`` the unpacked pipeline when asked to unpack);
:func:`require_wheel` and :func:`require_installed` raise :class:`UnverifiedModelError`
(exit code 2). Nothing is downloaded.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import dataclasses
import fcntl
import hashlib
import os
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from briefbook.data import load_data
from briefbook.errors import InputError

__all__ = [
    "KnownRelease",
    "UnverifiedModelError",
    "Verification",
    "file_sha256",
    "installed_model",
    "known_releases",
    "require_installed",
    "require_wheel",
    "verify_wheel",
]

_BLOCK = 1 << 20


@dataclass(frozen=True)
class KnownRelease:
    """One original release of ``data/ner_models.yaml``; ``sha256`` is hex, of the wheel."""

    name: str
    version: str
    url: str
    sha256: str

    @property
    def pipeline(self) -> str:
        """The pipeline's data folder inside the wheel: ``<name>/<name>-<version>``."""
        return f"{self.name}/{self.name}-{self.version}"

    @property
    def dist_info(self) -> str:
        return f"{self.name}-{self.version}.dist-info"


@dataclass
class Verification:
    """The outcome for one model: ``problems`` are one-line reasons (empty = verified);
    ``release`` is the known release of that name, if any; ``files`` the files checked;
    ``source`` is ``wheel`` or ``installed``; ``wheel`` the wheel's path and ``sha256`` its
    digest (hex) when a wheel was given; ``model_dir`` the unpacked pipeline, once unpacked."""

    model: str
    version: str | None = None
    release: KnownRelease | None = None
    problems: list[str] = field(default_factory=list)
    files: int = 0
    source: str = "wheel"
    wheel: str | None = None
    sha256: str | None = None
    model_dir: Path | None = None

    @property
    def verified(self) -> bool:
        return not self.problems

    def manifest(self) -> dict[str, Any]:
        """What the run manifest records of the model."""
        return {
            "model": self.model,
            "version": self.version,
            "verified": self.verified,
            "source": self.source,
            "wheel_sha256": self.sha256,
            "release_url": self.release.url if self.release else None,
            "files_checked": self.files,
            "problems": list(self.problems),
        }


class UnverifiedModelError(InputError):
    """An entity model that is not a verified original release. ``model``, ``version`` and
    ``problems`` (one line each) are kept as attributes and in ``data``. Exit code 2."""

    def __init__(self, verification: Verification) -> None:
        v = verification
        more = f" (and {len(v.problems) - 1} more)" if len(v.problems) > 1 else ""
        release = v.release or _release_named(v.model)
        if release is not None:
            said = any(release.sha256 in p for p in v.problems[:1])  # the digest once per line
            digest = "" if said else f" (sha256 {release.sha256})"
            get = f"download {release.url} once{digest} and give its path"
        else:
            names = ", ".join(r.name for r in known_releases()) or "none"
            get = f"known original releases: {names}; give the release wheel"
        if v.source == "wheel":
            hint = f"{get} with entities.wheel"
        else:
            hint = (
                f"{get} with entities.wheel, or set entities.allow_unverified: true to use "
                "the installed package, recorded as a warning"
            )
        super().__init__(
            f"entity model {v.model} {v.version or ''}".rstrip()
            + f" refused: {v.problems[0] if v.problems else 'not verified'}{more}",
            hint=hint,
            model=v.model,
            version=v.version,
            problems=list(v.problems),
        )
        self.model = v.model
        self.version = v.version
        self.problems = list(v.problems)


def known_releases() -> list[KnownRelease]:
    """The original releases listed in ``data/ner_models.yaml``."""
    rows = load_data("ner_models.yaml").get("models") or []
    return [
        KnownRelease(str(r["name"]), str(r["version"]), str(r["url"]), str(r["sha256"]).lower())
        for r in rows
    ]


def _releases_named(name: str) -> list[KnownRelease]:
    key = _norm(name)
    return [r for r in known_releases() if _norm(r.name) == key]


def _release_named(name: str, version: str | None = None) -> KnownRelease | None:
    rows = _releases_named(name)
    exact = [r for r in rows if r.version == version]
    return (exact or rows or [None])[0]


def _norm(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def file_sha256(path: Path) -> str:
    """Hex sha256 of the file at ``path``. Raises OSError."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _record_form(digest: bytes) -> str:
    """A raw sha256 digest as wheels' RECORD writes it: ``sha256=`` + urlsafe base64."""
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


def _read_record(wheel: zipfile.ZipFile, release: KnownRelease) -> dict[str, str] | str:
    """``{member: hash}`` of the wheel's RECORD, or the one-line problem."""
    name = f"{release.dist_info}/RECORD"
    try:
        text = wheel.read(name).decode("utf-8")
    except KeyError:
        return f"the wheel has no {name}"
    except UnicodeDecodeError:
        return f"{name} is not UTF-8 text"
    rows: dict[str, str] = {}
    for row in csv.reader(text.splitlines()):
        if row:
            rows[row[0]] = row[1] if len(row) > 1 else ""
    return rows


def _check_members(
    wheel: zipfile.ZipFile, record: dict[str, str], release: KnownRelease, out: Path | None
) -> tuple[list[str], int]:
    """Every member of ``wheel`` against ``record``; the pipeline's files written under
    ``out`` (when given) as they are checked. Returns the problems and the files checked."""
    problems: list[str] = []
    checked = 0
    own = f"{release.dist_info}/RECORD"
    prefix = release.pipeline + "/"
    members = [m for m in wheel.infolist() if not m.is_dir()]
    present = {m.filename for m in members}
    for entry in record:
        if entry != own and entry not in present:
            problems.append(f"{entry} listed in RECORD is not in the wheel")
    for member in members:
        name = member.filename
        if not _safe_member(name):
            problems.append(f"{name!r} is not a plain path inside the wheel")
            continue
        if name == own:
            continue
        expected = record.get(name)
        if expected is None:
            problems.append(f"{name} is not listed in RECORD")
            continue
        if not expected:
            problems.append(f"{name} has no hash in RECORD")
            continue
        if not expected.startswith("sha256="):
            problems.append(f"{name} has a {expected.partition('=')[0]} hash in RECORD, not sha256")
            continue
        target = out / name[len(prefix) :] if out is not None and name.startswith(prefix) else None
        digest = hashlib.sha256()
        with wheel.open(member) as src:
            if target is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("wb") as dst:
                    for block in iter(lambda: src.read(_BLOCK), b""):
                        digest.update(block)
                        dst.write(block)
            else:
                for block in iter(lambda: src.read(_BLOCK), b""):
                    digest.update(block)
        checked += 1
        if _record_form(digest.digest()) != expected:
            problems.append(f"{name} does not match its hash in RECORD")
    if not any(n.startswith(prefix) for n in present):
        problems.append(f"the wheel has no pipeline folder {release.pipeline}/")
    elif f"{prefix}config.cfg" not in present:
        problems.append(f"the wheel's pipeline folder has no config.cfg ({prefix}config.cfg)")
    return problems, checked


def _cached_ok(folder: Path, record: dict[str, str], release: KnownRelease) -> bool:
    """Whether an unpacked pipeline folder holds exactly the pipeline's files of ``record``,
    each matching its hash (a folder changed after unpacking is unpacked again)."""
    prefix = release.pipeline + "/"
    wanted = {k[len(prefix) :]: v for k, v in record.items() if k.startswith(prefix)}
    found: set[str] = set()
    for path in folder.rglob("*"):
        if path.is_symlink():
            return False
        if path.is_dir():
            continue
        rel = path.relative_to(folder).as_posix()
        expected = wanted.get(rel)
        if not expected or _record_form(bytes.fromhex(file_sha256(path))) != expected:
            return False
        found.add(rel)
    return found == set(wanted)


def _usable(folder: Path, record: dict[str, str], release: KnownRelease) -> bool:
    """Whether ``folder`` is a real folder passing :func:`_cached_ok` (False when it is
    absent, a link, or changes while it is read)."""
    try:
        return folder.is_dir() and not folder.is_symlink() and _cached_ok(folder, record, release)
    except OSError:
        return False


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive ``flock`` on the lock file ``path`` (made when absent, kept after: a
    lock file removed while another process waits on it would lock nothing)."""
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _set_aside(folder: Path, cache: Path) -> None:
    """Remove whatever is at ``folder`` (a folder that failed :func:`_cached_ok`): renamed
    to a fresh name in ``cache`` first, so nothing is ever half-removed at ``folder``."""
    if folder.is_symlink() or folder.is_file():
        folder.unlink()
    elif folder.exists():
        aside = Path(tempfile.mkdtemp(prefix=f".{folder.name[:12]}-old-", dir=cache))
        os.replace(folder, aside / "old")
        shutil.rmtree(aside, ignore_errors=True)


def _unpack(
    wheel: zipfile.ZipFile, record: dict[str, str], release: KnownRelease, sha: str, cache: Path
) -> tuple[list[str], int, Path | None]:
    """Check the wheel's members and unpack its pipeline into ``cache/<sha256>``, reusing a
    folder unpacked before when it still matches ``record``.

    Safe for processes unpacking into one cache at once: a folder that passes the check is
    never removed; one that fails it is replaced only while holding the lock file
    ``cache/.<sha256>.lock``, after checking it again under the lock (another process may
    have unpacked it meanwhile). Raises OSError when the cache cannot be written."""
    folder = cache / sha
    if _usable(folder, record, release):
        problems, checked = _check_members(wheel, record, release, None)
        return problems, checked, folder if not problems else None
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    with _locked(cache / f".{sha}.lock"):
        if _usable(folder, record, release):  # unpacked by another process while we waited
            problems, checked = _check_members(wheel, record, release, None)
            return problems, checked, folder if not problems else None
        work = Path(tempfile.mkdtemp(prefix=f".{sha[:12]}-", dir=cache))
        try:
            problems, checked = _check_members(wheel, record, release, work)
            if problems:
                return problems, checked, None
            _set_aside(folder, cache)
            os.replace(work, folder)
            return [], checked, folder
        finally:
            if work.exists():
                shutil.rmtree(work, ignore_errors=True)


# (device, inode, size, mtime_ns, ctime_ns) of a file: what changes when it is rewritten,
# replaced, touched or renamed over (ctime also when only its times are set back)
_Stamp = tuple[int, int, int, int, int]
# a wheel verified in this process: (name, path, cache, the releases of that name) ->
# (the wheel's stamp, the result, the stamps of the unpacked pipeline's files)
_VERIFIED: dict[tuple[Any, ...], tuple[_Stamp, Verification, dict[str, _Stamp]]] = {}
_VERIFIED_LOCK = threading.Lock()


def _stamp(path: Path) -> _Stamp | None:
    """The :data:`_Stamp` of the file ``path`` (links followed); None when it cannot be read."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _folder_stamps(folder: Path | None) -> dict[str, _Stamp] | None:
    """Relative path -> :data:`_Stamp` of every entry below ``folder`` ({} without a
    folder); None when it cannot be read or is no real folder."""
    if folder is None:
        return {}
    if folder.is_symlink() or not folder.is_dir():
        return None
    out: dict[str, _Stamp] = {}
    try:
        for path in sorted(folder.rglob("*")):
            stamp = _stamp(path) if not path.is_symlink() else None
            if stamp is None:
                return None
            out[path.relative_to(folder).as_posix()] = stamp
    except OSError:
        return None
    return out


def verify_wheel(name: str, wheel: Path, cache: Path | None = None) -> Verification:
    """Check the wheel file ``wheel`` as the original release of model ``name``: its sha256
    against ``data/ner_models.yaml`` first, then every member against its RECORD. With
    ``cache`` (a folder), the pipeline is unpacked into ``cache/<sha256>`` and its path is
    the result's ``model_dir``. Never raises for a failed check: the problems are in the
    result (an unreadable file, a wheel that is not a zip file included); raises
    :class:`~briefbook.errors.InputError` when ``cache`` cannot be written.

    Once per process: a wheel verified here is not hashed and checked again while its path,
    device, inode, size, mtime_ns and ctime_ns, the releases of ``name`` and (with
    ``cache``) every file of the unpacked pipeline stay as they were when it was verified
    (a batch worker's later briefings); when any changes, it is verified again in full (a
    changed wheel is refused, a changed pipeline folder replaced). A refused wheel is never
    remembered: it is checked (and refused) again each time."""
    releases = _releases_named(name)
    key = (name, os.path.abspath(os.fspath(wheel)), cache and os.path.abspath(cache), *releases)
    before = _stamp(wheel)
    with _VERIFIED_LOCK:
        kept = _VERIFIED.get(key)
    if kept is not None and before is not None and kept[0] == before:
        _, result, files = kept
        if _folder_stamps(result.model_dir) == files:
            return dataclasses.replace(result, problems=[])
    result = _verify_wheel(name, wheel, cache, releases)
    files = _folder_stamps(result.model_dir)
    with _VERIFIED_LOCK:
        if result.verified and before is not None and _stamp(wheel) == before and files is not None:
            _VERIFIED[key] = (before, dataclasses.replace(result, problems=[]), files)
        else:
            _VERIFIED.pop(key, None)
    return result


def _verify_wheel(
    name: str, wheel: Path, cache: Path | None, releases: list[KnownRelease]
) -> Verification:
    """:func:`verify_wheel` in full, every time."""
    result = Verification(name, source="wheel", wheel=str(wheel))
    result.release = releases[0] if releases else None
    if not releases:
        result.problems.append(f"{name} is not a known original release (data/ner_models.yaml)")
        return result
    with tempfile.TemporaryFile() as copy:  # the bytes hashed are the bytes then read
        try:
            sha = _copy_hashed(wheel, copy)
        except (OSError, ValueError) as exc:  # ValueError: a path the OS refuses (a NUL byte)
            reason = getattr(exc, "strerror", None) or exc
            result.problems.append(f"the wheel {_shown(wheel)} cannot be read: {reason}")
            return result
        result.sha256 = sha
        return _verify_copy(result, releases, copy, cache)


def _shown(path: Path) -> str:
    """``path`` for a one-line message: as it is, or quoted with escapes when it holds a
    character that cannot be printed (a NUL byte, a line break)."""
    text = str(path)
    return text if text.isprintable() else repr(text)


def _copy_hashed(wheel: Path, copy: Any) -> str:
    digest = hashlib.sha256()
    with wheel.open("rb") as fh:
        for block in iter(lambda: fh.read(_BLOCK), b""):
            digest.update(block)
            copy.write(block)
    copy.flush()
    copy.seek(0)
    return digest.hexdigest()


def _verify_copy(
    result: Verification, releases: list[KnownRelease], copy: Any, cache: Path | None
) -> Verification:
    sha = result.sha256 or ""
    wheel = result.wheel
    matching = [r for r in releases if r.sha256 == sha]
    if not matching:
        published = ", ".join(f"{r.sha256} ({r.version})" for r in releases)
        result.problems.append(f"wheel sha256 {sha} is not the published {published}")
        return result
    release = result.release = matching[0]
    result.version = release.version
    try:
        with zipfile.ZipFile(copy) as archive:
            record = _read_record(archive, release)
            if isinstance(record, str):
                result.problems.append(record)
                return result
            if cache is None:
                problems, result.files = _check_members(archive, record, release, None)
            else:
                try:
                    problems, result.files, result.model_dir = _unpack(
                        archive, record, release, sha, cache
                    )
                except (OSError, ValueError) as exc:  # the cache, not the wheel
                    raise InputError(
                        f"the entity model cannot be unpacked into {_shown(cache)}: {exc}",
                        hint="give a writable folder with entities.cache",
                    ) from exc
    except (zipfile.BadZipFile, OSError) as exc:
        result.problems.append(f"the wheel {wheel} cannot be read: {exc}")
        result.model_dir = None
        return result
    result.problems.extend(problems)
    return result


def require_wheel(name: str, wheel: Path, cache: Path | None = None) -> Verification:
    """:func:`verify_wheel`, raising :class:`UnverifiedModelError` when it fails (always: a
    wheel that is not the release is never used)."""
    result = verify_wheel(name, wheel, cache)
    if not result.verified:
        raise UnverifiedModelError(result)
    return result


def installed_model(name: str) -> Verification:
    """The installed package ``name`` as a model source: never verified (the problem says
    why); ``version`` is its distribution's, None when it is not installed."""
    from importlib import metadata  # slow to import: only when a model is asked for

    result = Verification(name, source="installed", release=_release_named(name))
    try:
        result.version = metadata.distribution(name).version
    except metadata.PackageNotFoundError:
        result.problems.append(f"{name} is not installed and no entities.wheel is given")
        return result
    result.problems.append(
        f"the installed package {name} cannot be verified (an installed package's records "
        "are written by whoever built it)"
    )
    return result


def require_installed(name: str, *, allow_unverified: bool = False) -> Verification:
    """:func:`installed_model`, raising :class:`UnverifiedModelError` unless
    ``allow_unverified`` and the package is installed (then the caller records the problem
    as a warning)."""
    result = installed_model(name)
    if allow_unverified and result.version is not None:
        return result
    raise UnverifiedModelError(result)
