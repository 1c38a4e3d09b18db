"""Whether an installed entity model is an original release: provenance and file hashes.

A statistical entity model is code and weights from a package; briefbook uses one only when
the installed distribution is a release listed in ``data/ner_models.yaml`` (name, version,
release URL, the wheel's published sha256). Two checks, both offline:

1. *Origin*: pip writes ``direct_url.json`` (PEP 610) into the distribution's metadata when a
   wheel is installed from a URL; with ``#sha256=`` in the URL it records the digest in
   ``archive_info.hashes``. Its URL must be the release's and its sha256 the published one.
2. *Files*: every file listed in the distribution's ``RECORD`` with a hash must exist and
   match it (``sha256=`` + urlsafe base64 without padding, as wheels write it), and no file
   inside the model's package folder may be missing from ``RECORD``.

:func:`verify_model` returns a :class:`Verification` (the problems found, empty when the model
is an original release); :func:`require_verified` raises :class:`UnverifiedModelError` (exit
code 2) unless it passes or the caller allows an unverified model. Nothing is downloaded.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefbook.data import load_data
from briefbook.errors import InputError

if TYPE_CHECKING:
    from importlib import metadata

__all__ = [
    "KnownRelease",
    "UnverifiedModelError",
    "Verification",
    "known_releases",
    "require_verified",
    "verify_model",
]


@dataclass(frozen=True)
class KnownRelease:
    """One original release of ``data/ner_models.yaml``; ``sha256`` is hex, of the wheel."""

    name: str
    version: str
    url: str
    sha256: str

    @property
    def pip_url(self) -> str:
        """What to give ``pip install``: the release URL pinned to its digest."""
        return f"{self.url}#sha256={self.sha256}"


@dataclass
class Verification:
    """The outcome for one model: ``problems`` are one-line reasons (empty = verified);
    ``release`` is the known release of that name, if any; ``files`` the files checked."""

    model: str
    version: str | None = None
    release: KnownRelease | None = None
    problems: list[str] = field(default_factory=list)
    files: int = 0

    @property
    def verified(self) -> bool:
        return not self.problems

    def manifest(self) -> dict[str, Any]:
        """What the run manifest records of the model."""
        return {
            "model": self.model,
            "version": self.version,
            "verified": self.verified,
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
            hint = (
                f'install the original release: pip install "{release.pip_url}"; or set '
                "entities.allow_unverified: true to use it anyway, recorded as a warning"
            )
        else:
            names = ", ".join(r.name for r in known_releases()) or "none"
            hint = (
                f"known original releases: {names}; or set entities.allow_unverified: true "
                "to use it anyway, recorded as a warning"
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


def _release_named(name: str, version: str | None = None) -> KnownRelease | None:
    key = _norm(name)
    rows = [r for r in known_releases() if _norm(r.name) == key]
    exact = [r for r in rows if r.version == version]
    return (exact or rows or [None])[0]


def _norm(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _record_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return "sha256=" + base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()


def _origin_problems(dist: metadata.Distribution, release: KnownRelease) -> list[str]:
    text = dist.read_text("direct_url.json")
    if text is None:
        return [
            "no direct_url.json: the distribution does not record where it was installed "
            "from (installed from an index or a local copy, not from the release URL)"
        ]
    try:
        info = json.loads(text)
    except ValueError:
        return ["direct_url.json is not valid JSON"]
    problems = []
    url = str(info.get("url", "")) if isinstance(info, dict) else ""
    if url.split("#")[0] != release.url:
        problems.append(f"installed from {url or 'an unknown URL'}, not from {release.url}")
    archive = info.get("archive_info") if isinstance(info, dict) else None
    hashes = dict((archive or {}).get("hashes") or {}) if isinstance(archive, dict) else {}
    legacy = (archive or {}).get("hash") if isinstance(archive, dict) else None
    if not hashes and isinstance(legacy, str) and "=" in legacy:
        algo, _, value = legacy.partition("=")
        hashes[algo] = value
    sha = str(hashes.get("sha256", "")).lower()
    if not sha:
        problems.append("direct_url.json records no sha256 of the wheel (install with #sha256=)")
    elif sha != release.sha256:
        problems.append(f"wheel sha256 {sha} is not the published {release.sha256}")
    return problems


def _record(dist: metadata.Distribution) -> list[tuple[str, str]] | None:
    """``(path, hash)`` rows of the distribution's RECORD, read here rather than through
    ``Distribution.files`` (the ``importlib_metadata`` backport, when some package installs
    its finder, leaves out listed files that are missing); None without a RECORD."""
    text = dist.read_text("RECORD")
    if not text:
        return None
    return [
        (row[0], row[1] if len(row) > 1 else "") for row in csv.reader(text.splitlines()) if row
    ]


def _file_problems(dist: metadata.Distribution, name: str) -> tuple[list[str], int]:
    rows = _record(dist)
    if not rows:
        return ["no RECORD: the installed files cannot be checked"], 0
    problems: list[str] = []
    checked = 0
    listed: set[Path] = set()
    for entry, digest in rows:
        path = Path(str(dist.locate_file(entry)))
        listed.add(path.resolve())
        if not digest:
            continue
        if not path.is_file():
            problems.append(f"{entry} listed in RECORD is missing")
            continue
        if not digest.startswith("sha256="):
            problems.append(f"{entry} has a {digest.partition('=')[0]} hash in RECORD, not sha256")
            continue
        checked += 1
        if _record_digest(path) != digest:
            problems.append(f"{entry} does not match its hash in RECORD")
    package = Path(str(dist.locate_file(name)))
    if package.is_dir():
        for path in sorted(package.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.resolve() not in listed:
                problems.append(f"{path.relative_to(package.parent)} is not listed in RECORD")
    return problems, checked


def verify_model(name: str) -> Verification:
    """Check the installed distribution of model package ``name`` (e.g. ``en_core_web_sm``)
    against the known original releases: its origin (``direct_url.json``) and every file of
    its ``RECORD``. Never raises for a failed check: the problems are in the result."""
    from importlib import metadata  # slow to import: only when a model is asked for

    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        release = _release_named(name)
        where = f': pip install "{release.pip_url}"' if release else ""
        return Verification(name, None, release, [f"{name} is not installed{where}"])
    version = dist.version
    release = _release_named(name, version)
    result = Verification(name, version, release)
    if release is None:
        result.problems.append(f"{name} is not a known original release (data/ner_models.yaml)")
    elif release.version != version:
        result.problems.append(f"version {version} is not the known release {release.version}")
    else:
        result.problems.extend(_origin_problems(dist, release))
    problems, result.files = _file_problems(dist, name)
    result.problems.extend(problems)
    return result


def require_verified(name: str, *, allow_unverified: bool = False) -> Verification:
    """:func:`verify_model`, raising :class:`UnverifiedModelError` when it fails, unless
    ``allow_unverified`` (then the caller records the problems as a warning). A model that is
    not installed is refused even then."""
    result = verify_model(name)
    if result.verified:
        return result
    if allow_unverified and result.version is not None:
        return result
    raise UnverifiedModelError(result)
