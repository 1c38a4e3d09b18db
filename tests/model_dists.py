"""Fake entity models: release wheels as spaCy's model wheels are laid out, and installed
distributions as pip lays out an installed wheel. The model is an invented package, so no
installed one can interfere."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path

from briefbook.analysis.ner_verify import KnownRelease

NAME = "tarvic_ner_sm"
VERSION = "3.8.0"
URL = f"https://example.org/releases/{NAME}-{VERSION}-py3-none-any.whl"
WHEEL_SHA = hashlib.sha256(b"the wheel as released").hexdigest()
PIPELINE = f"{NAME}/{NAME}-{VERSION}"
DIST_INFO = f"{NAME}-{VERSION}.dist-info"
# a pipeline folder of the shape spaCy writes (not loadable: the loading tests build one)
PIPELINE_FILES = {
    "config.cfg": b"[nlp]\nlang = en\npipeline = []\n",
    "meta.json": b'{"name": "ner_sm", "lang": "en"}\n',
    "ner/model": b"\x00\x01" * 64,
}


def record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def release(sha256: str) -> KnownRelease:
    """NAME's release with the published digest ``sha256``."""
    return KnownRelease(NAME, VERSION, URL, sha256)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fake_wheel(
    folder: Path,
    pipeline: dict[str, bytes] | None = None,
    *,
    unlisted: dict[str, bytes] | None = None,
    record: dict[str, str] | None = None,
    name: str = f"{NAME}-{VERSION}-py3-none-any.whl",
) -> Path:
    """A wheel of NAME in ``folder``: the package's ``__init__.py``, the pipeline's files
    under PIPELINE, METADATA and a RECORD of every file's hash. ``unlisted`` files are put
    in the wheel but left out of RECORD; ``record`` overrides RECORD rows (path -> hash)."""
    files = {f"{NAME}/__init__.py": b"# a model package\n"}
    files |= {f"{PIPELINE}/{rel}": data for rel, data in (pipeline or PIPELINE_FILES).items()}
    files[f"{DIST_INFO}/METADATA"] = (
        f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n".encode()
    )
    rows = {path: record_hash(data) for path, data in files.items()} | (record or {})
    lines = [f"{path},{digest},{len(files.get(path, b''))}" for path, digest in rows.items()]
    lines.append(f"{DIST_INFO}/RECORD,,")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with zipfile.ZipFile(path, "w") as wheel:
        for member, data in (files | (unlisted or {})).items():
            wheel.writestr(member, data)
        wheel.writestr(f"{DIST_INFO}/RECORD", "\n".join(lines) + "\n")
    return path


def spacy_pipeline(tmp: Path) -> dict[str, bytes]:
    """The files of a real spaCy pipeline (an entity ruler finding "Ilmar Kask"; nothing
    downloaded), relative to its folder."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Ilmar Kask"}])
    saved = tmp / "saved-pipeline"
    nlp.to_disk(saved)
    return {
        p.relative_to(saved).as_posix(): p.read_bytes()
        for p in sorted(saved.rglob("*"))
        if p.is_file()
    }


def fake_distribution(
    site: Path,
    files: dict[str, bytes] | None = None,
    *,
    url: str = URL,
    sha256: str | None = WHEEL_SHA,
) -> Path:
    """A distribution NAME as pip installs a wheel: the package's files, METADATA, a RECORD
    of their hashes, and a PEP 610 direct_url.json naming ``url`` and ``sha256`` (what a
    re-upload can write of itself as well)."""
    files = files or {"__init__.py": b"# a model package\n", "model/weights.bin": b"\x00\x01" * 64}
    info = site / DIST_INFO
    info.mkdir(parents=True)
    rows = []
    for rel, data in files.items():
        path = site / NAME / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        rows.append(f"{NAME}/{rel},{record_hash(data)},{len(data)}")
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n", encoding="utf-8"
    )
    archive = {"hashes": {"sha256": sha256}} if sha256 else {}
    (info / "direct_url.json").write_text(
        json.dumps({"url": url, "archive_info": archive}), encoding="utf-8"
    )
    meta_rows = [
        f"{info.name}/METADATA,,",
        f"{info.name}/RECORD,,",
        f"{info.name}/direct_url.json,,",
    ]
    (info / "RECORD").write_text("\n".join(rows + meta_rows) + "\n", encoding="utf-8")
    return site
