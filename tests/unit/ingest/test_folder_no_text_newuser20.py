"""A file with nothing to read, met in a source folder or glob, is left out with its reason
(like a file of an unsupported type) instead of stopping the whole issue; named by an
entry of its own it is still an error (exit 2)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefbook.app.check import check_params
from briefbook.errors import NoTextError, SourceError
from briefbook.ingest import IngestNotes, load_documents

REPORT = (
    "Title: Militia withdraws from Harvo\n"
    "Published: 2025-06-03\n\n"
    "The Tarvian militia withdrew from the town of Harvo on Monday after a week of "
    "shelling. About 4,000 residents fled toward Osk, the regional council said.\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "a-report.txt").write_text(REPORT)
    (folder / "b-copying.txt").write_bytes(b"")  # a file still being copied: 0 bytes
    (folder / "c-blank.md").write_text("  \n\n\t\n")
    return folder


def test_folder_files_without_text_are_left_out_with_the_reason(tmp_path):
    _folder(tmp_path)
    notes = IngestNotes()
    docs = load_documents(["incoming/"], base=tmp_path, notes=notes)
    assert [d.id for d in docs] == ["S1"]
    assert docs[0].path == "incoming/a-report.txt"
    reasons = {e["path"]: e["reason"] for e in notes.excluded}
    assert reasons == {
        "incoming/b-copying.txt": "empty file",
        "incoming/c-blank.md": "only whitespace",
    }
    (line,) = [w for w in notes.warnings if "nothing to read" in w]
    assert "2 files" in line and "incoming/b-copying.txt (empty file)" in line


def test_a_glob_counts_as_a_folder(tmp_path):
    _folder(tmp_path)
    notes = IngestNotes()
    docs = load_documents(["incoming/*.txt"], base=tmp_path, notes=notes)
    assert len(docs) == 1
    assert [e["reason"] for e in notes.excluded] == ["empty file"]


def test_ids_stay_consecutive_after_a_left_out_file(tmp_path):
    folder = _folder(tmp_path)
    (folder / "d-report.txt").write_text(REPORT.replace("Harvo", "Kellin"))
    docs = load_documents(["incoming/"], base=tmp_path, notes=IngestNotes())
    assert [d.id for d in docs] == ["S1", "S2"]


def test_near_miss_an_empty_file_named_by_its_own_entry_still_stops_the_run(tmp_path):
    _folder(tmp_path)
    with pytest.raises(NoTextError) as err:
        load_documents(["incoming/b-copying.txt"], base=tmp_path, notes=IngestNotes())
    assert isinstance(err.value, SourceError) and err.value.reason == "empty file"
    assert "leave it out" in (err.value.hint or "")


def test_near_miss_named_in_the_folder_and_by_its_own_entry_is_an_error(tmp_path):
    # the entry that names the file wins over the folder that found it first
    _folder(tmp_path)
    with pytest.raises(NoTextError):
        load_documents(["incoming/", "incoming/c-blank.md"], base=tmp_path)


def test_check_lists_every_file_a_folder_left_out(tmp_path):
    folder = _folder(tmp_path)
    (folder / "note.rtf").write_text("{\\rtf1 x}")
    (tmp_path / "p.yaml").write_text("title: Harvo\nsources: [incoming/]\n")
    out, err = io.StringIO(), io.StringIO()
    code = check_params(tmp_path / "p.yaml", out=out, err=err)
    assert code == 0, err.getvalue()
    left = {line.split()[-1]: line for line in out.getvalue().splitlines() if "left out:" in line}
    assert set(left) == {"incoming/b-copying.txt", "incoming/c-blank.md", "incoming/note.rtf"}
    assert "empty file" in left["incoming/b-copying.txt"]
    assert "unsupported file type" in left["incoming/note.rtf"]
    assert err.getvalue().count("briefbook: warning:") == 2
