"""Makers of bad and awkward source files, shared by the bad-input tests."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

ENGLISH = (
    "North Korea sent more than 11,000 troops to Russia, according to officials. "
    "Ukraine's intelligence service said 200 soldiers were killed in the fighting.\n\n"
    "Analysts expect the deployment to grow. The allies may respond with new sanctions.\n"
)
GERMAN = (
    "Nordkorea hat nach Angaben der Regierung mehr als elftausend Soldaten nach Russland "
    "geschickt. Die Ukraine meldet, dass in den Kämpfen viele Soldaten getötet wurden und "
    "dass die Verbündeten mit neuen Sanktionen auf die Entsendung reagieren wollen.\n"
)


def text_pdf(path: Path, text: str = ENGLISH) -> Path:
    import weasyprint

    weasyprint.HTML(string=f"<p>{text}</p>").write_pdf(path)
    return path


def encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = text_pdf(path.with_suffix(".plain.pdf"))
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(path, "wb") as handle:
        writer.write(handle)
    plain.unlink()
    return path


def blank_pdf(path: Path) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def corrupt_docx(path: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed")
    path.write_bytes(buffer.getvalue()[:-40])
    return path


def big_text(path: Path, megabytes: int = 50) -> Path:
    line = "The front line moved again as both sides reported heavy losses near the river. " * 12
    block = (line + "\n\n").encode()
    with open(path, "wb") as handle:
        for _ in range(megabytes * (1 << 20) // len(block) + 1):
            handle.write(block)
    return path


# name -> (file name, maker). Each source is refused with exit code 2 and a message naming it.
REFUSED: dict[str, tuple[str, Callable[[Path], object]]] = {
    "empty": ("empty.txt", lambda p: p.write_bytes(b"")),
    "whitespace": ("blank.txt", lambda p: p.write_text(" \n\t\n   \n")),
    "binary": ("image.txt", lambda p: p.write_bytes(bytes(range(256)) * 64)),
    "invalid-utf8": ("garbled.txt", lambda p: p.write_bytes(b"\xff\xfe\x00\x81\x00\x00\x9d" * 500)),
    "huge": ("huge.txt", big_text),
    "scripts-only-html": (
        "nav.html",
        lambda p: p.write_text(
            "<html><head><script>var a = 1;</script></head><body><nav><a href='/'>Home</a>"
            "<a href='/world'>World</a></nav><script>track()</script></body></html>"
        ),
    ),
    "corrupt-pdf": ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj <<garbage")),
    "encrypted-pdf": ("locked.pdf", encrypted_pdf),
    "scanned-pdf": ("scan.pdf", blank_pdf),
    "corrupt-docx": ("broken.docx", corrupt_docx),
    "unsupported": ("notes.xyz", lambda p: p.write_text(ENGLISH)),
}

# name -> (file name, maker). Each source is read (exit 0).
READ: dict[str, tuple[str, Callable[[Path], object]]] = {
    "latin-1": (
        "latin1.txt",
        lambda p: p.write_bytes((ENGLISH + "Café in Pyongyang, déjà vu.\n").encode("latin-1")),
    ),
    "cp1252": (
        "cp1252.txt",
        lambda p: p.write_bytes((ENGLISH + "“Quoted” — dash.\n").encode("cp1252")),
    ),
    "utf-16-bom": ("utf16.txt", lambda p: p.write_bytes((ENGLISH).encode("utf-16"))),
    "utf-8-bom": ("utf8bom.txt", lambda p: p.write_bytes(ENGLISH.encode("utf-8-sig"))),
}
