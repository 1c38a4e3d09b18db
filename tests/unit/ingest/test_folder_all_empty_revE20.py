"""A source folder whose every file holds nothing to read gives no issue: exit 2 with one
line naming the files, as for a folder holding no supported file, not an assessment of no
source (round revE20 of newuser20's left-out files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.errors import SourceError
from briefbook.ingest import IngestNotes, load_documents

REPORT = (
    "Published: 2025-06-03\n\n"
    "The Tarvian militia withdrew from the town of Harvo on Monday after a week of "
    "shelling, the regional council said.\n"
)


def _incoming(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "a-copying.txt").write_bytes(b"")
    (folder / "b-blank.md").write_text(" \n\n")
    return folder


def test_a_folder_of_files_with_nothing_to_read_is_an_error(tmp_path):
    _incoming(tmp_path)
    with pytest.raises(SourceError, match="no source has anything to read") as caught:
        load_documents(["incoming/"], base=tmp_path, notes=IngestNotes())
    assert "incoming/a-copying.txt (empty file)" in caught.value.message


def test_near_miss_one_readable_source_beside_them_is_read(tmp_path):
    _incoming(tmp_path)
    (tmp_path / "report.txt").write_text(REPORT)
    notes = IngestNotes()
    docs = load_documents(["incoming/", "report.txt"], base=tmp_path, notes=notes)
    assert [d.path for d in docs] == ["report.txt"]
    assert len(notes.excluded) == 2
