"""What the tests build on: the checkout's paths, the CLI as a user runs it, bad source files,
the fixture briefing and its notebook, and an HTML inspector. One module, imported by the tests
as ``builders`` (``tests/`` is on ``sys.path`` through ``conftest.py``)."""

from __future__ import annotations

import copy
import html.parser
import io
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefbook.model import Assessment, Claim, Document, Entity, Section

if TYPE_CHECKING:
    import nbformat

    from briefbook.presentation.briefing import Briefing

ROOT = Path(__file__).resolve().parents[1]  # the checkout
SHARED = ROOT.parent / "shared"  # ../shared beside it (the corpus), absent on some machines
FIXTURES = ROOT / "tests" / "fixtures"
RENDER = FIXTURES / "render"
EXAMPLES = ROOT / "sources" / "examples"
BRIEFBOOK = [sys.executable, "-m", "briefbook"]


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: int = 600):
    """Run the briefbook CLI in a subprocess, as a user would."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [*BRIEFBOOK, *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def bounded_cli(
    *args: str, cwd: Path, memory_mb: int = 600, timeout: int = 120, **kw: Any
) -> subprocess.CompletedProcess[str]:
    """The CLI under an address-space cap (``prlimit --as``) and a timeout: a limit that
    stops working fails the test (MemoryError, exit code, TimeoutExpired) instead of hanging
    it or the machine."""
    import shutil

    cap = []
    if shutil.which("prlimit"):
        cap = ["prlimit", f"--as={memory_mb * 1024 * 1024}", "--"]
    return subprocess.run(
        [*cap, *BRIEFBOOK, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        errors="replace",
        **kw,
    )


# ---------------------------------------------------------------------------
# bad and awkward source files


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


# ---------------------------------------------------------------------------
# the fixture briefing, its notebook, HTML inspection
FIXTURE = RENDER / "assessment.json"
HOSTILE = RENDER / "hostile"


def fixture_assessment() -> Assessment:
    return Assessment.from_json(FIXTURE.read_text(encoding="utf-8"))


def fixture_briefing(**kw: Any) -> Briefing:
    from briefbook.presentation.briefing import Briefing

    values = {
        "title": "North Korean troops in Russia's war",
        "series": "dprk-russia",
        "classification": "UNCLASSIFIED",
        "analyst": "J. Analyst",
        "date": "2024-12-20",
    }
    assessment = kw.pop("assessment", None) or fixture_assessment()
    values.update(kw)
    return Briefing(assessment=copy.deepcopy(assessment), **values)


def notebook_of(b: Briefing) -> nbformat.NotebookNode:
    """An executed-like notebook holding the briefing's parts (no kernel needed)."""
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    from briefbook.presentation.document import briefing_parts
    from briefbook.presentation.show import bundle

    cells = [new_code_cell("title = 'x'", metadata={"tags": ["parameters"]})]
    for part, extra in briefing_parts(b):
        data = bundle(part, extra)
        cells.append(
            new_code_cell(
                "presentation.show(part)", outputs=[new_output("display_data", data=data)]
            )
        )
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {
        "name": "briefbook",
        "display_name": "briefbook",
        "language": "python",
    }
    return nb


def payloads() -> list[str]:
    """Hostile strings, one per line of hostile/payloads.txt (blank lines skipped)."""
    lines = (HOSTILE / "payloads.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


class Page(html.parser.HTMLParser):
    """Elements, attributes, comments and visible text of an HTML page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.comments: list[str] = []
        self.text_parts: list[str] = []
        self.headings: list[tuple[str, str]] = []
        self._heading: str | None = None
        self._heading_text: list[str] = []
        self._skip = 0
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag in {"style", "script", "title"}:
            self._skip += 1
        if tag in {"h1", "h2", "h3"}:
            self._heading, self._heading_text = tag, []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "script", "title"}:
            self._skip -= 1
        if tag == self._heading:
            self.headings.append((tag, " ".join("".join(self._heading_text).split())))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._heading:
            self._heading_text.append(data)
        if not self._skip:
            self.text_parts.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.text_parts).split())

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if a.get("id")}

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.elements if t == name]


EXTERNAL = re.compile(r"^\s*(https?:|//|ftp:|file:|javascript:)", re.I)
ALLOWED_SRC = re.compile(r"^data:image/(svg\+xml|png);base64,[A-Za-z0-9+/=]+$")


def problems_of(page: Page) -> list[str]:
    """Everything in the page that is markup it should not have, or a network reference."""
    found = []
    for tag, attrs in page.elements:
        if tag in {
            "script",
            "iframe",
            "object",
            "embed",
            "link",
            "base",
            "form",
            "svg",
            "frame",
            "frameset",
            "applet",
            "audio",
            "video",
            "source",
            "input",
            "button",
        }:
            found.append(f"<{tag}> element")
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"{name} attribute on <{tag}>")
            if name in {
                "href",
                "src",
                "action",
                "formaction",
                "srcset",
                "poster",
                "background",
                "xlink:href",
                "data",
            }:
                v = value or ""
                if name == "href" and v.startswith("#"):
                    continue
                if name == "src" and tag == "img" and ALLOWED_SRC.match(v):
                    continue
                found.append(f"{name}={v[:60]!r} on <{tag}>")
            if name == "style":
                found.append(f"style attribute on <{tag}>")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            found.append("meta refresh")
    if len(page.tags("style")) > 3:
        found.append("more <style> elements than the template has")
    return found


def squash(text: str) -> str:
    """Text without any whitespace (PDF extraction breaks lines anywhere)."""
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------------------


# a stub OpenAI-compatible chat server on 127.0.0.1, for the drafting tests
OFFERED_LINE = re.compile(r"^\[(S\d+\.\d+)\] \([^)]*\) (.+)$", re.M)


def offered_of(prompt: str) -> list[tuple[str, str]]:
    """The (id, text) pairs a drafting prompt offers."""
    return OFFERED_LINE.findall(prompt)


class StubChatServer:
    """A small HTTP server implementing ``POST /v1/chat/completions``.

    ``reply(system, prompt) -> str | bytes | None``: text becomes the message content, bytes
    are sent as the raw body, None gives ``content: null``. Every request body is kept in
    ``requests``. Use as a context manager; ``endpoint`` is ``http://127.0.0.1:<port>/v1``.
    """

    def __init__(self, reply: Callable[[str, str], str | bytes | None]) -> None:
        import json
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        server = self
        self.reply = reply
        self.requests: list[dict[str, Any]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                body["authorization"] = self.headers.get("Authorization")
                server.requests.append(body)
                if self.path != "/v1/chat/completions":
                    self.send_error(404)
                    return
                messages = body["messages"]
                answer = server.reply(messages[0]["content"], messages[1]["content"])
                if isinstance(answer, bytes):
                    raw = answer
                else:
                    raw = json.dumps(
                        {
                            "id": "stub",
                            "object": "chat.completion",
                            "choices": [
                                {
                                    "index": 0,
                                    "message": {"role": "assistant", "content": answer},
                                    "finish_reason": "stop",
                                }
                            ],
                        }
                    ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> StubChatServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def crafted_reply(system: str, prompt: str) -> str | bytes | None:
    """Replies of every kind for the drafting tests: per part, two supported lines and one
    line of each unsupported kind; the indicators part answers with something not text."""
    offered = offered_of(prompt)
    if prompt.startswith("Indicators"):
        return None  # content null: a reply that is not text
    (a, ta), (b, tb) = offered[0], offered[1]
    judgment = prompt.startswith("Key judgments")
    frame = "We assess with moderate confidence that " if judgment else ""

    def lower(text: str) -> str:
        return text[0].lower() + text[1:] if judgment and not text[:2].isupper() else text

    def body(text: str) -> str:
        return text.rstrip(" .")

    return "\n".join(
        [
            f"{frame}{lower(body(ta))}, which marks a wider commitment [{a}]",
            f"{frame}{lower(body(tb))} [{b}]",
            f"{frame}{lower(body(ta))}, involving 987654 more personnel [{a}]",  # invented number
            f"{frame}{lower(body(ta))}, with help from Venezuela [{a}]",  # invented name
            f"{frame}{lower(body(ta))} [S99.1]",  # citation outside the evidence
            f"{frame}{lower(body(tb))}, a step that will shape the next months",  # no citation
            f"We assess with high confidence that it is likely that {lower(body(tb))} [{b}]",
        ]
    )


# an invented series for the analyst's hand (no third-party text)

KESSEL_A = """\
Norland forces gather near the Kessel valley

Date: 2025-03-01

Officials in Vardia said 11,500 Norland troops crossed into the Kessel valley on 27 February. The Vardian defence ministry said the troops brought artillery and drones.

Norland's foreign ministry did not comment on the reports. Analysts in Ostria said the deployment is likely to grow in the coming weeks.

Vardia asked the Union Council for an emergency meeting. The council will meet on 5 March, a spokesman said.
"""
KESSEL_B = """\
Kessel valley fighting reported

Date: 2025-03-08

Fighting broke out in the Kessel valley on 6 March, according to Vardian officials. Vardia said 300 Norland soldiers were killed in two days of fighting.

The Union Council condemned the deployment after its meeting on 5 March. Norland's leader, Marshal Tavo Renn, said the troops would stay until the border was secure.
"""


def kessel_sources(folder: Path) -> tuple[Path, Path]:
    """Write the two invented Kessel reports into ``folder``; return (a, b)."""
    folder.mkdir(parents=True, exist_ok=True)
    a, b = folder / "report-a.txt", folder / "report-b.txt"
    a.write_text(KESSEL_A, encoding="utf-8")
    b.write_text(KESSEL_B, encoding="utf-8")
    return a, b


# sources of the kinds analysts collect (issue 13) and resource bombs (issue 14)

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types '
    'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _p(*runs: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def docx_package(path: Path, body: str, parts: dict[str, str] | None = None) -> Path:
    """A minimal DOCX whose body XML is ``body``; ``parts``: more XML parts by name."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body}</w:body>'
            "</w:document>",
        )
        for name, xml in (parts or {}).items():
            archive.writestr(name, xml)
    return path


def revised_docx(path: Path) -> Path:
    """Tracked changes, a table of losses, a text box, a footnote, a comment and a header."""
    ins = '<w:ins w:id="1" w:author="Editor" w:date="2024-12-16T10:00:00Z">{}</w:ins>'
    dele = (
        '<w:del w:id="2" w:author="Editor" w:date="2024-12-16T10:00:00Z"><w:r>'
        '<w:delText xml:space="preserve">{}</w:delText></w:r></w:del>'
    )
    rows = [("Loss", "Number"), ("Soldiers killed", "14"), ("Bridges destroyed", "6")]
    rows.append(("Drones shot down", "31"))
    table = "<w:tbl>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{_p(_r(c))}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    table += "</w:tbl>"
    box = (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-'
        'compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        + _p(_r("A text box said the convoy carried fuel and ammunition."))
        + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        + _p(_r("A text box said the convoy carried fuel and ammunition."))
        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    body = (
        _p(_r("Morning summary of the eastern front"), style="Title")
        + _p(
            _r("The ministry said "),
            dele.format("40 "),
            ins.format(_r("52 ")),
            _r("soldiers were killed near the river."),
        )
        + ins.format(_p(_r("A second convoy of trucks crossed the bridge at dawn.")))
        + _p(_r("Casualty summary for the day follows in the table below."), box)
        + table
        + _p(
            _r("Officials expect more attacks this week."),
            '<w:r><w:footnoteReference w:id="1"/></w:r>',
            '<w:r><w:commentReference w:id="0"/></w:r>',
        )
    )
    notes = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {_W}>'
        '<w:footnote w:type="separator" w:id="-1">' + _p(_r("----")) + "</w:footnote>"
        '<w:footnote w:id="1">' + _p(_r("The figures come from the regional governor.")) + ""
        "</w:footnote></w:footnotes>"
    )
    comments = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments {_W}><w:comment w:id="0">'
        + _p(_r("Reviewer comment that readers never see in the text."))
        + "</w:comment></w:comments>"
    )
    header = f"<w:hdr {_W}>" + _p(_r("Running header of every page")) + "</w:hdr>"
    return docx_package(
        path,
        body,
        {"word/footnotes.xml": notes, "word/comments.xml": comments, "word/header1.xml": header},
    )


def docx_bomb(path: Path, megabytes: int = 100) -> Path:
    """A DOCX whose document.xml inflates to ``megabytes`` MB (a few hundred KB on disk)."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body><w:p><w:r><w:t>'
    chunk = b"a" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as handle:
            handle.write(head.encode())
            for _ in range(megabytes):
                handle.write(chunk)
            handle.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return path


def docx_entities(path: Path) -> Path:
    """A DOCX whose document.xml declares nested entities (the "billion laughs" shape)."""
    dtd = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    xml = (
        f'<?xml version="1.0"?>{dtd}]><w:document {_W}><w:body><w:p><w:r><w:t>&i;</w:t></w:r>'
        "</w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("word/document.xml", xml)
    return path


def pdf_bomb(path: Path, megabytes: int = 200) -> Path:
    """A one-page PDF whose content stream inflates to ``megabytes`` MB."""
    import zlib

    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    compressor = zlib.compressobj(9)
    line = b"BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n" * 29127  # about 1 MB
    data = b"".join(compressor.compress(line) for _ in range(megabytes)) + compressor.flush()
    stream = StreamObject()
    stream.set_data(b"")
    stream._data = data  # already compressed
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def columns_pdf(path: Path) -> Path:
    """A two-column justified PDF with automatic hyphenation and a heading (WeasyPrint)."""
    import weasyprint

    words = (
        "Reinforcements reached the eastern approaches overnight, and the so-called "
        "northern group reported that eleven howitzers were destroyed by counterbattery fire. "
        "Commanders described the well-known crossing as contested, while engineers repaired "
        "pontoons under intermittent bombardment throughout the afternoon. "
    )
    html = (
        '<html lang="en"><head><style>@page { size: A5; margin: 1cm } '
        "body { font-size: 11pt } .cols { column-count: 2; text-align: justify; "
        "hyphens: auto }</style></head><body><h1>Daily note 14</h1><div class='cols'>"
        + "".join(f"<p>Day {n}. {words}</p>" for n in range(1, 7))
        + "</div></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


RUSSIAN = (
    "Министерство обороны сообщило, что ночью над южными районами были сбиты двенадцать "
    "беспилотников. По словам губернатора, два человека получили ранения.\n\n"
    "Ремонтные бригады восстановили подачу электричества в большинстве домов к полудню.\n"
)


def deep_html(path: Path, depth: int = 300) -> Path:
    """An article whose last paragraph sits ``depth`` elements deep."""
    opening = "<div>" * depth
    closing = "</div>" * depth
    path.write_text(
        "<html><body><article><h1>Nested page of the field office</h1>"
        "<p>The field office reported that the northern road was open again on Monday morning.</p>"
        "<p>Trucks with food and medicine passed the checkpoint without delays, officials said.</p>"
        f"{opening}<p>The deepest paragraph says 17 generators were delivered to the hospital."
        f"</p>{closing}</article></body></html>",
        encoding="utf-8",
    )
    return path


def run_cli_bounded(
    *args: str, cwd: Path, memory: int = 1_500_000_000, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    """The CLI under a memory cap (``prlimit --as``, bytes) and a timeout (seconds), so a
    limit that stops working fails the test instead of hanging or swapping the machine."""
    import shutil

    prefix = ["prlimit", f"--as={memory}", "--"] if shutil.which("prlimit") else []
    return subprocess.run(
        [*prefix, *BRIEFBOOK, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# layout: many sources, long tokens, and what poppler sees on a PDF page


def many_sources_assessment(n: int) -> Assessment:
    """The fixture assessment with invented sources S3..Sn added (n in all), each with a few
    invented sentences spread over the schema's sections, so charts and tables must scale."""
    from briefbook.model import Sentence

    a = copy.deepcopy(fixture_assessment())
    keys = [s.key for s in a.sections] + [None]
    template = dict(a.sources[1])
    for k in range(len(a.sources) + 1, n + 1):
        sid = f"S{k}"
        a.sources.append(
            template
            | {
                "id": sid,
                "title": f"Invented field report number {k} on supply routes",
                "label": f"Field report {k}",
                "path": f"reports/field-{k:03d}.txt",
                "published": f"2024-11-{(k % 28) + 1:02d}",
                "url": None,
                "sha256": f"{k:064x}",
            }
        )
        for j in range(1, 3 + k % 4):
            a.sentences.append(
                Sentence(
                    id=f"{sid}.{j}",
                    source=sid,
                    text=f"Report {k} notes convoy movement number {j} near the border crossing.",
                    paragraph=j,
                    heading=None,
                    section=keys[(k + j) % len(keys)],
                )
            )
    return a


LONG_FILE = "x" * 60 + "_intercept_summary_" + "y" * 37 + ".txt"  # 120 characters
LONG_LABEL = "open_source_collection_" * 4 + "tranche_seventeen_final_revised"


def long_token_assessment() -> Assessment:
    """The fixture assessment whose first source has a 120-character file name, a long
    underscore-joined label and title, and whose first entity is one long token."""
    a = copy.deepcopy(fixture_assessment())
    a.sources[0]["path"] = "sources/" + LONG_FILE
    a.sources[0]["label"] = LONG_LABEL
    a.sources[0]["title"] = "Bulletin_" + LONG_LABEL
    a.sources[0]["url"] = "https://example.org/" + "a_very_long_path_segment_" * 5
    a.entities[0].name = "Directorate_" + LONG_LABEL
    return a


def pdf_words(pdf: Path) -> list[tuple[float, float, list[tuple[str, float, float, float, float]]]]:
    """Per page of ``pdf``: (width, height, words as (text, xMin, yMin, xMax, yMax)) in points,
    as ``pdftotext -bbox`` reads them."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [
            (html.unescape(w[4]), float(w[0]), float(w[1]), float(w[2]), float(w[3]))
            for w in re.findall(
                r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>',
                m.group(3),
            )
        ]
        pages.append((float(m.group(1)), float(m.group(2)), words))
    return pages


def page_image(pdf: Path, page: int, dpi: int = 100):
    """Page ``page`` (1-based) of ``pdf`` as an RGB PIL image, rasterised by pdftoppm."""
    from PIL import Image

    data = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    return Image.open(io.BytesIO(data)).convert("RGB")


def tables_split(pages, b) -> list[tuple[str, str]]:
    """Problems: a table whose heading, caption and column heads are not on one page
    (``b``: the briefing, or its parts as (part, extra) pairs; ``pages`` from :func:`pdf_words`)."""
    from briefbook.presentation.document import briefing_parts

    parts = b if isinstance(b, list) else briefing_parts(b)
    texts = [squash(" ".join(w[0] for w in words)) for _, _, words in pages]
    problems = []
    for part, _ in parts:
        if part["part"] not in ("table", "corroboration") or not part.get("rows", True):
            continue
        words = part["caption"].split()
        start, end = squash(" ".join(words[:6])), squash(" ".join(words[-6:]))
        first = part["columns"][0]["label"] if part["part"] == "table" else "Claim"
        where = [i for i, t in enumerate(texts) if start in t]
        if not where:
            problems.append((part["id"], "caption not found"))
            continue
        page = texts[where[0]]
        after = page[page.index(start) :]
        if end not in after or first.upper() not in after[after.index(end) :].upper():
            problems.append((part["id"], f"caption and table split after page {where[0] + 1}"))
        if squash(part["title"]) not in page[: page.index(start)]:
            problems.append((part["id"], f"heading not on page {where[0] + 1}"))
    return problems


def originators_of(*paragraphs: tuple[str, ...] | str) -> list[str | None]:
    """The originator the analyser gives each sentence, for sentences given paragraph by
    paragraph (a str is a paragraph of one sentence); ids S1.1, S1.2, ... in order."""
    from briefbook.analysis.attribution import originators

    sentences = []
    for p, para in enumerate(paragraphs):
        for text in (para,) if isinstance(para, str) else para:
            sentences.append((f"S1.{len(sentences) + 1}", text, p))
    found = originators(sentences)
    return [found[sid] for sid, _, _ in sentences]


def names_word(name: str | None, word: str) -> bool:
    """Whether an originator ``name`` contains ``word`` (case-insensitive; None never does)."""
    return name is not None and word.lower() in name.lower()


def note_entities(folder: Path, text: str) -> list[Any]:
    """The entities (``briefbook.model.Entity``) found in a note titled "Note" whose one
    paragraph is ``text``, written to ``folder/note.txt`` and read as a user's source is."""
    from briefbook.analysis.entities import find_entities
    from briefbook.ingest import load_documents

    path = folder / "note.txt"
    path.write_text(f"Note\n\n{text}\n", encoding="utf-8")
    return find_entities(load_documents([path]))


def note_names(folder: Path, text: str, etype: str) -> set[str]:
    """The names and aliases of the entities of type ``etype`` that :func:`note_entities`
    finds in ``text``."""
    return {
        name
        for e in note_entities(folder, text)
        if e.type == etype
        for name in (e.name, *e.aliases)
    }


def entities_of(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """The (type, name) of the entities the rules find in one plain-text source of a heading
    ("Brief") and ``text``, written under ``tmp_path``."""
    from briefbook.analysis.entities import find_entities
    from briefbook.ingest import load_documents

    (tmp_path / "brief.txt").write_text("Brief\n\n" + text + "\n", encoding="utf-8")
    return [(e.type, e.name) for e in find_entities(load_documents([tmp_path / "brief.txt"]))]


def people_of(tmp_path: Path, text: str) -> set[str]:
    """The names of the persons the rules find in ``text`` (see :func:`entities_of`)."""
    return {name for etype, name in entities_of(tmp_path, text) if etype == "person"}


def paragraph_document(
    doc_id: str,
    texts: list[str],
    title: str,
    *,
    published: str | None = None,
    reliability: str | None = None,
    credibility: int | None = None,
):
    """A plain-text ``Document`` of one sentence a paragraph, ``texts`` in order (sentence ids
    ``<doc_id>.1`` ...), with its date and Admiralty grade when given."""
    from briefbook.model import Document, Sentence

    doc = Document(
        id=doc_id,
        title=title,
        path=f"{doc_id}.txt",
        sha256=doc_id,
        format="txt",
        published=published,
        reliability=reliability,
        credibility=credibility,
    )
    doc.paragraphs = list(texts)
    doc.sentences = [
        Sentence(f"{doc_id}.{k}", doc_id, t, paragraph=k - 1) for k, t in enumerate(texts, 1)
    ]
    return doc


def originator_in(text: str, span: str) -> str | None:
    """The originator the pipeline gives the first claim of ``text`` (one sentence, one
    paragraph) whose span starts with ``span``; fails when no claim does."""
    from briefbook.analysis.pipeline import analyse

    claims = analyse([paragraph_document("S1", [text], "Report")]).claims
    found = [c.attributed_to for c in claims if c.text.startswith(span)]
    assert found, [(c.text, c.attributed_to) for c in claims]
    return found[0]


def source_entities(tmp_path: Path, *texts: str) -> list[tuple[str, str, list[str], list[str]]]:
    """The (type, name, aliases, evidence ids) of the entities the rules find in one plain-text
    source per text (each under a heading "Brief"), written under ``tmp_path`` as s1.txt ..."""
    from briefbook.analysis.entities import find_entities
    from briefbook.ingest import load_documents

    paths = []
    for i, text in enumerate(texts, 1):
        path = tmp_path / f"s{i}.txt"
        path.write_text("Brief\n\n" + text + "\n", encoding="utf-8")
        paths.append(path)
    return [
        (e.type, e.name, list(e.aliases), list(e.evidence))
        for e in find_entities(load_documents(paths))
    ]


def written_sources(tmp_path: Path, *texts: str, head: str = "Note {i}") -> list[Path]:
    """One plain-text source per text, ``note0.txt`` ..., each opening with ``head`` (a
    format string of ``i``, the text's index, and ``day``, i + 2) and a blank line."""
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"note{i}.txt"
        path.write_text(f"{head.format(i=i, day=i + 2)}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return paths


def found_entities(tmp_path: Path, *texts: str) -> list[Entity]:
    """The entities the rules find in one source per text (:func:`written_sources`)."""
    from briefbook.analysis.entities import find_entities
    from briefbook.ingest import load_documents

    return find_entities(load_documents(written_sources(tmp_path, *texts)))


def entities_by_name(found) -> dict[str, tuple[str, list[str], list[str]]]:
    """``source_entities`` keyed by name: name -> (type, aliases, evidence ids)."""
    return {name: (etype, aliases, evidence) for etype, name, aliases, evidence in found}


def dated_reports(folder: Path, reports: list[tuple[str, str]]) -> list[Document]:
    """Documents of invented reports, one per ``(published, text)`` pair: each written to
    ``folder`` as ``report<i>.txt`` with its title and ``Published:`` header, then ingested."""
    from briefbook.ingest import load_documents

    paths = []
    for i, (published, text) in enumerate(reports):
        path = folder / f"report{i}.txt"
        path.write_text(f"Title: Report {i}\nPublished: {published}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return load_documents(paths)


def claims_assessment(docs: list[Document], claims: list[Claim]) -> Assessment:
    """An assessment of ``docs`` (their sources and sentences) holding only ``claims`` and one
    empty section: what corroboration reads."""
    return Assessment(
        title="Test",
        schema_name="conflict",
        sources=[d.source_record() for d in docs],
        sentences=[s for d in docs for s in d.sentences],
        sections=[Section(key="context", title="Situation", statements=[])],
        key_judgments=[],
        indicators=[],
        entities=[],
        claims=claims,
    )


def snippet_claim(
    doc: Document,
    snippet: str,
    n: int,
    counts: str,
    event: str,
    by: str | None,
    **kw: Any,
) -> Claim:
    """A claim of ``n`` ``counts`` (``event``, originator ``by``) whose evidence is the sentence
    of ``doc`` holding ``snippet``; ``kw``: other fields of :class:`Claim` (``scope`` ...)."""
    sid = next(s.id for s in doc.sentences if snippet in s.text)
    return Claim(
        text=snippet,
        quantity=n,
        counts=counts,
        event=event,
        attributed_to=by,
        hedged=False,
        evidence=[sid],
        published=doc.published,
        low=n,
        high=n,
        **kw,
    )


def paragraph_origins(*paragraphs: list[str]) -> list[str | None]:
    """The originator :func:`briefbook.analysis.attribution.originators` gives each sentence
    of one invented source, one list of sentence texts per paragraph (ids S1.<p><k>)."""
    from briefbook.analysis.attribution import originators

    sentences = [
        (f"S1.{p}{k}", text, p)
        for p, texts in enumerate(paragraphs)
        for k, text in enumerate(texts)
    ]
    found = originators(sentences)
    return [found[sid] for sid, _, _ in sentences]


def report_rows(folder: Path, reports: list[tuple[str, str]]) -> list[dict]:
    """The corroboration rows of the figures the claim reader finds in invented dated reports
    (:func:`dated_reports`: one ``(published, text)`` pair each)."""
    from briefbook.analysis.claims import find_claims
    from briefbook.assessment.corroboration import corroborate

    docs = dated_reports(folder, reports)
    claims = [
        c
        for d in docs
        for s in d.sentences
        for c in find_claims(s.text, s.id, published=d.published)
    ]
    return corroborate(claims_assessment(docs, claims))


def claim_table_rows(text: str) -> list[dict]:
    """The claims table's rows (:func:`briefbook.presentation.tables.claim_rows`) of the
    claims of one sentence ``text`` (id S1.1) of a source published 2026-03-10."""
    from briefbook.analysis.claims import find_claims
    from briefbook.model import Assessment, Section, Sentence
    from briefbook.presentation import tables
    from briefbook.presentation.briefing import Briefing

    claims = find_claims(text, "S1.1", published="2026-03-10")
    assessment = Assessment(
        title="Test",
        schema_name="conflict",
        sources=[{"id": "S1", "title": "Report", "label": None, "published": "2026-03-10"}],
        sentences=[Sentence(id="S1.1", source="S1", text=text, section=None)],
        sections=[Section("context", "Situation")],
        key_judgments=[],
        indicators=[],
        entities=[],
        claims=claims,
        meta={"date": "2026-03-12"},
    )
    return tables.claim_rows(Briefing(assessment=assessment, title="Test"))


SECTION_LABELS = (
    "battlefield",
    "conclusion",
    "context",
    "factors",
    "geopolitical",
    "none",
    "outlook",
)


def top_after_rules(text: str, **p: float) -> str:
    """The section ``text`` ends in when the classifier gives it the probabilities ``p``
    (label -> probability; 0 for a label not given) and the override rules of
    ``data/section_rules.yaml`` apply (:func:`briefbook.assessment.section_rules.apply_rules`)."""
    import numpy as np

    from briefbook.assessment.section_rules import apply_rules

    row = np.array([[p.get(lab, 0.0) for lab in SECTION_LABELS]])
    return SECTION_LABELS[int(np.argmax(apply_rules(row, SECTION_LABELS, [text])[0]))]


def check_cited(text: str, cited: str, sid: str = "S2.7", **kw: Any):
    """The citation checker's result (:class:`briefbook.assessment.checker.check_statement`)
    for the reader-visible ``text`` citing one source sentence ``cited``, whose id is
    ``sid`` ("S2.7": source S2); ``kw`` passes on (``published=`` ...)."""
    from briefbook.assessment.checker import check_statement
    from briefbook.model import Sentence

    source = sid.split(".", 1)[0]
    return check_statement(f"{text} [{sid}]", [Sentence(id=sid, source=source, text=cited)], **kw)


def names_other_actor(result: Any) -> bool:
    """Whether a checker result failed for naming another actor than its evidence."""
    return any("another actor" in r for r in result.reasons)


_WRITTEN_WEEKDAY = re.compile(
    r"(?:the (?P<part>night|morning|afternoon|evening) of )?"
    r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}"
)


def weekdays_as_said(text: str) -> str:
    """A statement's ``text`` with the date written after each weekday taken out ("on Sunday
    8 March 2026" -> "on Sunday", "on the night of Tuesday 3 June 2025" -> "on Tuesday
    night"): the source's own words, for tests that ask which sentence a key judgment copies
    (since round facts25 a statement writes the day a weekday names)."""

    def said(m: re.Match[str]) -> str:
        return f"{m.group('day')} {m.group('part')}" if m.group("part") else m.group("day")

    return _WRITTEN_WEEKDAY.sub(said, text)
