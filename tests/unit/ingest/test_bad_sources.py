"""Every unreadable source raises SourceError(path=..., hint=...) with a one-line message."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from briefbook import ingest
from briefbook.config.limits import LimitError
from briefbook.errors import SourceError
from briefbook.ingest import MAX_SOURCE_BYTES, load_documents

PROSE = (
    "The ministry said on Tuesday that the convoy reached the border crossing. "
    "Officials expect further deliveries next week, according to a statement.\n"
)


def _error(path: Path | str, base: Path | None = None) -> SourceError:
    with pytest.raises(SourceError) as info:
        load_documents([path], base=base)
    err = info.value
    assert err.path, "SourceError must name the path"
    assert err.hint, "SourceError must say what to do"
    assert "\n" not in err.line()
    # the CLI prints "message (hint)": the hint holds no brackets of its own
    assert "(" not in err.hint and ")" not in err.hint, err.hint
    assert err.line().count("(") == err.line().count(")")
    return err


def _pdf(path: Path, *, text: str | None, password: str | None = None) -> Path:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    if text is not None:
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
        )
        stream = DecodedStreamObject()
        lines = " ".join(
            f"({line}) Tj 0 -14 Td" for line in text.replace("(", "").replace(")", "").split("\n")
        )
        stream.set_data(f"BT /F1 11 Tf 72 720 Td {lines} ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if password is not None:
        writer.encrypt(user_password=password, owner_password=password + "-owner")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_missing_file(tmp_path: Path) -> None:
    err = _error(tmp_path / "nope.txt")
    assert "not found" in err.message


def test_missing_relative_file_names_it_as_given(tmp_path: Path) -> None:
    err = _error("reports/nope.md", base=tmp_path)
    assert err.path == "reports/nope.md"
    assert err.hint == "check the path; relative paths are read from the params file's folder"


def test_missing_file_without_a_base_is_read_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for base in (None, tmp_path):
        err = _error("missing.txt", base=base)
        assert err.hint == "check the path; relative paths are read from the current folder"
        assert err.line() == (
            "source not found: missing.txt "
            "(check the path; relative paths are read from the current folder)"
        )


def test_file_without_extension_is_named_plainly(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text(PROSE, encoding="utf-8")
    err = _error(path)
    assert err.message == f"no file extension: {path}"


def test_folder_without_supported_files(tmp_path: Path) -> None:
    (tmp_path / "notes.xyz").write_text("hello", encoding="utf-8")
    err = _error(tmp_path)
    assert "no supported source" in err.message
    assert ".pdf" in err.hint


def test_glob_without_matches(tmp_path: Path) -> None:
    err = _error(str(tmp_path / "*.txt"))
    assert "matches" in err.message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in _error(path).message


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text(" \n\t\n\n   \n", encoding="utf-8")
    assert "whitespace" in _error(path).message


def test_binary_file_with_text_extension(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert "binary" in _error(path).message


def test_invalid_utf8_that_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(
        bytes((i * 37 + 128) % 256 or 1 for i in range(4000)).replace(b"\x00", b"\x01")
    )
    err = _error(path)
    assert "UTF-8" in err.message or "binary" in err.message


def test_too_large_file_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_SOURCE_BYTES + 1)  # sparse: no 20 MB written or read
    monkeypatch.setattr(Path, "read_bytes", _refuse_read)
    with pytest.raises(LimitError) as info:
        load_documents([path])
    err = info.value
    assert err.path and err.hint and err.exit_code == 2
    assert "too large" in err.message and "20.0 MB" in err.message
    assert "source_bytes" in err.line() and "\n" not in err.line()


def _refuse_read(self: Path) -> bytes:
    raise AssertionError(f"{self} was read")


def test_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    path.write_text(
        "<html><head><title>App</title><script>var a = 1; function f() { return a; }</script>"
        "<style>body { color: red; }</style></head><body><nav><a href='/'>Home</a> "
        "<a href='/news'>News</a></nav><script>document.write('hello');</script></body></html>",
        encoding="utf-8",
    )
    assert "no main text" in _error(path).message


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage\n")
    err = _error(path)
    assert "corrupt" in err.message or "no text layer" in err.message


def test_not_a_pdf_at_all(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("this is not a PDF file, just text with a pdf extension", encoding="utf-8")
    assert "corrupt" in _error(path).message


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "secret.pdf", text=PROSE, password="s3cret")
    err = _error(path)
    assert "encrypted" in err.message
    assert "qpdf --decrypt" in err.hint


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "scan.pdf", text=None)
    err = _error(path)
    assert "no text layer" in err.message
    assert "ocrmypdf" in err.hint


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    assert "corrupt" in _error(path).message


def test_docx_zip_without_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    path = tmp_path / "odd.docx"
    path.write_bytes(buffer.getvalue())
    assert "corrupt" in _error(path).message


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"PK\x03\x04")
    err = _error(path)
    assert "unsupported" in err.message
    for ext in (".txt", ".md", ".html", ".pdf", ".docx"):
        assert ext in err.hint


def test_only_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("Share this article\n\nFollow us on X\n\nAdvertisement\n", encoding="utf-8")
    assert "no usable text" in _error(path).message


def test_readable_pdf_is_read(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "report.pdf", text=PROSE)
    (doc,) = load_documents([path])
    assert doc.format == "pdf"
    assert any("convoy reached the border" in s.text for s in doc.sentences)


def test_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "open.pdf", text=PROSE, password="")
    (doc,) = load_documents([path])
    assert doc.sentences


def test_error_line_is_one_line(tmp_path: Path) -> None:
    err = _error(tmp_path / "missing.pdf")
    assert err.line().startswith("source not found")
    assert ingest.SUPPORTED_EXTENSIONS[".pdf"] == "pdf"
