"""``drafts.jsonl``: every prompt, raw response and verdict of a run, one part a line.

A record: ``{part, kind, backend, model, host, seed, temperature, system, prompt,
prompt_sha256, offered, response, error, lines: [verdict records]}``. It holds no time
and no key, so the same drafts give the same bytes; ``--reuse-drafts`` answers each part
from the record whose part and prompt hash match.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from briefbook.errors import InputError

DRAFTS_FILE = "drafts.jsonl"


def prompt_hash(system: str, prompt: str) -> str:
    return hashlib.sha256(f"{system}\n\x00\n{prompt}".encode()).hexdigest()


def write_drafts(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write ``records`` as JSON lines (sorted keys, UTF-8)."""
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    path.write_text(text, encoding="utf-8")
    return path


def read_drafts(path: Path) -> list[dict[str, Any]]:
    """The records of a ``drafts.jsonl`` (or of the one in the report folder ``path``)."""
    path = Path(path)
    if path.is_dir():
        path = path / DRAFTS_FILE
    if not path.is_file():
        raise InputError(
            f"no saved drafts at {path}",
            hint="give a drafts.jsonl or the report folder of a run that drafted",
        )
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path} line {n} is not JSON") from None
        if not isinstance(record, dict) or "part" not in record or "prompt_sha256" not in record:
            raise InputError(f"{path} line {n} is not a drafts record")
        records.append(record)
    return records


__all__ = ["DRAFTS_FILE", "prompt_hash", "read_drafts", "write_drafts"]
