"""``briefing.docx``: the briefing in Word, from the same parts as the HTML and PDF.

The executed notebook's part outputs (``application/vnd.briefbook.part+json``) are laid out
with python-docx: the marking in every page's header and footer, one Heading 1 per part,
key judgments and statements with their citations as bracketed ids (``[S1.4]``), analyst
text marked ``[Analyst]``, the tables as Word tables, the charts as PNG images (the part's
``image/png``), the appendix with each cited sentence, its id and its stable anchor, and the
method note. Source text is inserted as text runs, never interpreted.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefbook.errors import RenderError

if TYPE_CHECKING:
    import nbformat

PART_MIME = "application/vnd.briefbook.part+json"

__all__ = ["notebook_parts", "render_docx", "statement_text"]


def notebook_parts(nb: Any) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(part, output data) of every briefbook part the notebook displayed, in order."""
    found = []
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        for output in cell.get("outputs", []):
            data = output.get("data") or {}
            if (
                output.get("output_type") in ("display_data", "execute_result")
                and PART_MIME in data
            ):
                found.append((dict(data[PART_MIME]), dict(data)))
    return found


def _cites(cites: list[dict[str, Any]] | None) -> str:
    return "".join(f" [{c.get('id')}]" for c in cites or [])


def statement_text(s: dict[str, Any]) -> str:
    """A statement part entry as one line of text, as the HTML shows it."""
    mark = "[Analyst] " if s.get("analyst") else "[Drafted] " if s.get("drafted") else ""
    text = mark + str(s.get("text", ""))
    if s.get("likelihood"):
        text += f" ({s['likelihood']})"
    text += str(s.get("stop", "")) + _cites(s.get("cites"))
    if s.get("confidence"):
        text += f" Confidence: {s['confidence']}."
    # a stale statement says so in words (the HTML's hover title is no mark on paper); a
    # statement whose relative times count from its source's day only gives that day
    if s.get("dated"):
        text += f" Dated: reported {s['dated']}."
    elif s.get("as_of"):
        text += f" Reported {s['as_of']}."
    if s.get("marked"):
        text += f" {s['marked']}"
    if s.get("unsupported"):
        text += " [Unsupported by its citations: " + ", ".join(s["unsupported"]) + ".]"
    return text


def render_docx(notebook: Path | nbformat.NotebookNode, output: Path) -> Path:
    """Write the Word briefing of an executed notebook to ``output``."""
    from briefbook.render.notebook import _read

    try:
        document = _build(notebook_parts(_read(notebook)))
        document.save(str(output))
    except RenderError:
        raise
    except Exception as exc:
        raise RenderError(f"Word rendering failed: {type(exc).__name__}: {exc}") from exc
    return Path(output)


def _build(parts: list[tuple[dict[str, Any], dict[str, Any]]]) -> Any:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    core = document.core_properties
    core.author = "briefbook"
    core.comments = ""
    covers = [p for p, _ in parts if p.get("part") == "cover"]
    meta = covers[0].get("meta", {}) if covers else {}
    marking = str(meta.get("classification") or "UNMARKED")
    core.title = str(meta.get("title") or "Briefing")
    section = document.sections[0]
    for where in (section.header, section.footer):
        para = where.paragraphs[0]
        para.text = ""
        run = para.add_run(marking)
        run.bold = True
        run.font.size = Pt(10)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part, data in parts:
        kind = part.get("part")
        handler = _HANDLERS.get(str(kind))
        if handler is not None:
            handler(document, part, data)
    return document


def _para(document: Any, text: str, style: str | None = None) -> Any:
    return document.add_paragraph(text, style=style)


def _cover(document: Any, part: dict[str, Any], _data: dict[str, Any]) -> None:
    meta = part.get("meta", {})
    document.add_heading(str(meta.get("title") or "Briefing"), level=0)
    facts = [
        ("Series", meta.get("series")),
        ("Date", meta.get("date")),
        ("Analyst", meta.get("analyst")),
        (
            "Sources",
            f"{meta.get('n_sources')}; {meta['n_dated']} older than the freshness limit, "
            "marked dated (see Sources)"
            if meta.get("n_dated")
            else meta.get("n_sources"),
        ),
        ("Marking", meta.get("classification")),
    ]
    for label, value in facts:
        if value not in (None, ""):
            _para(document, f"{label}: {value}")


def _bluf(document: Any, part: dict[str, Any], _data: dict[str, Any]) -> None:
    document.add_heading(str(part.get("title")), level=1)
    judgments = part.get("judgments") or []
    if not judgments:
        _para(document, "The sources support no key judgment.")
    for s in judgments:
        _para(document, statement_text(s), "List Number")


def _statements(document: Any, part: dict[str, Any], _data: dict[str, Any]) -> None:
    document.add_heading(str(part.get("title")), level=1)
    statements = part.get("statements") or []
    if not statements:
        _para(document, str(part.get("empty_text") or ""))
        # an empty analytic section lists the reported facts to reason from, as the HTML does
        for s in part.get("to_weigh") or []:
            _para(document, statement_text(s), "List Bullet")
        return
    style = "List Bullet" if part.get("part") == "indicators" else None
    groups = part.get("groups") or []
    if groups:  # a situation section under its domain headings, as in the HTML and PDF
        for group in groups:
            document.add_heading(str(group.get("title")), level=2)
            for s in group.get("statements") or []:
                _para(document, statement_text(s), style)
        return
    for s in statements:
        _para(document, statement_text(s), style)


def _changes(document: Any, part: dict[str, Any], _data: dict[str, Any]) -> None:
    document.add_heading(str(part.get("title")), level=1)
    if part.get("first_issue"):
        _para(document, str(part.get("note") or ""))
        return
    if part.get("summary"):
        _para(document, str(part["summary"]))
    for group in part.get("groups") or []:
        document.add_heading(str(group.get("label")), level=2)
        for e in group.get("entries") or []:
            if group.get("kind") == "entities":
                line = str(e.get("name")) + (f" ({e['type']})" if e.get("type") else "")
            elif group.get("kind") in ("judgments", "moved", "dropped"):
                line = statement_text(e)
            elif group.get("kind") == "numbers":
                before = " / ".join(e.get("before_quantities") or []) or "none"
                after = (e.get("after") or {}).get("quantity") or "none"
                line = f"{e.get('what')}: {before} \u2192 {after}"
            elif group.get("kind") == "sources":
                line = f"[{e.get('id')}] {e.get('title')}, {e.get('published') or 'undated'}"
            else:
                line = " ".join(str(x) for x in (e.get("text"), e.get("event")) if x)
                if e.get("source"):
                    line += f" ({e['source']})"  # as the HTML shows it
                line += _cites(e.get("cites"))
            _para(document, line, "List Bullet")
        if group.get("more"):
            _para(document, f"And {group['more']} more.")


def _cell_text(cell: dict[str, Any]) -> str:
    return (str(cell.get("text", "")) + _cites(cell.get("cites"))).strip()


def _table(document: Any, part: dict[str, Any], _data: dict[str, Any]) -> None:
    document.add_heading(str(part.get("title")), level=1)
    if part.get("caption"):
        _para(document, str(part["caption"]), "Caption")
    rows = part.get("rows") or []
    if not rows:
        _para(document, str(part.get("empty_text") or ""))
        return
    columns = [str(c.get("label", "")) for c in part.get("columns") or []]
    _word_table(document, columns, [[_cell_text(c) for c in row] for row in rows])
    if part.get("note"):
        _para(document, str(part["note"]))


def _word_table(document: Any, header: list[str], rows: list[list[str]]) -> Any:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, header, strict=False):
        cell.text = label
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = text
    return table


def _side(side: dict[str, Any] | None) -> str:
    side = side or {}
    text = str(side.get("text") or "") + _cites(side.get("cites"))
    if side.get("figures"):
        text += f": {side['figures']}"
    return text.strip() or "\u2013"


def _corroboration(document: Any, part: dict[str, Any], _data: dict[str, Any]) -> None:
    document.add_heading(str(part.get("title")), level=1)
    if part.get("caption"):
        _para(document, str(part["caption"]), "Caption")
    rows = []
    for r in part.get("rows") or []:
        joiner = f" {r.get('joiner') or 'and'} "
        figures = joiner.join(
            (str(f.get("text", "")) + _cites(f.get("cites"))).strip()
            for f in r.get("figures") or []
        )
        rows.append(
            [
                str(r.get("what", "")),
                figures,
                _side(r.get("agreeing")),
                _side(r.get("disagreeing")),
                str(r.get("status", "")),
            ]
        )
    header = ["Claim", "Figures reported", "Side A: sources", "Side B: sources against A", "Status"]
    _word_table(document, header, rows)
    if part.get("more"):
        _para(document, f"And {part['more']} more single-source claims (see the claims table).")
    if part.get("note"):
        _para(document, str(part["note"]))


def _heading(document: Any, part: dict[str, Any], _data: dict[str, Any]) -> None:
    document.add_heading(str(part.get("title")), level=1)
    if part.get("intro"):
        _para(document, str(part["intro"]))


def _chart(document: Any, part: dict[str, Any], data: dict[str, Any]) -> None:
    from docx.shared import Cm

    document.add_heading(str(part.get("title")), level=2)
    png = data.get("image/png")
    if png and part.get("alt"):
        raw = base64.b64decode(png if isinstance(png, str) else "".join(png))
        document.add_picture(io.BytesIO(raw), width=Cm(16))
        _para(document, f"{part.get('title')}. {part.get('caption') or ''}".strip(), "Caption")
    else:
        _para(document, str(part.get("empty_text") or ""))


def _sources(document: Any, part: dict[str, Any], _data: dict[str, Any]) -> None:
    document.add_heading(str(part.get("title")), level=1)
    _para(
        document,
        "Every citation in this briefing is quoted below as extracted from the source, with "
        "its id and its stable anchor (cite the anchor in the analyst file).",
    )
    if part.get("note"):
        _para(document, str(part["note"]))
    for s in part.get("sources") or []:
        document.add_heading(f"{s.get('id')} {s.get('title')}", level=2)
        facts = [
            ("Label", s.get("label")),
            ("Date", s.get("published") or "undated"),
            ("Author", s.get("author")),
            ("URL", s.get("url")),
            ("File", s.get("path")),
            ("SHA-256", s.get("sha256")),
            (
                "Grade",
                f"{s['grade']} ({s.get('grade_text')})" if s.get("grade") else "not graded",
            ),
        ]
        _para(document, "; ".join(f"{k}: {v}" for k, v in facts if v not in (None, "")))
        sentences = s.get("sentences") or []
        if not sentences:
            _para(document, "No sentence of this source is cited.")
        for t in sentences:
            stable = f" ({t['stable']})" if t.get("stable") else ""
            text = "(sentence not in the assessment)" if t.get("missing") else str(t.get("text"))
            _para(document, f"{t.get('id')}{stable} {text}", "List Bullet")
    if part.get("excluded"):
        document.add_heading("Sources left out", level=2)
        for e in part["excluded"]:
            reason = f": {e['reason']}" if e.get("reason") else ""
            _para(document, f"{e.get('path')}{reason}", "List Bullet")


def _method(document: Any, part: dict[str, Any], _data: dict[str, Any]) -> None:
    document.add_heading(str(part.get("title")), level=1)
    version = f" {part['version']}" if part.get("version") else ""
    _para(
        document,
        f"This briefing was produced offline by {part.get('engine')}{version} from the sources "
        f"listed above, using the {str(part.get('schema_title', '')).lower()} schema. The engine "
        "selects, grades and cites sentences of the sources; it generates no facts. Every "
        "statement ends with the sentences it rests on. Read the sources before acting on a "
        "judgment.",
    )
    for rule in part.get("rules") or []:
        _para(document, str(rule))
    drafting = part.get("drafting")
    if isinstance(drafting, dict) and drafting.get("text"):
        _para(document, str(drafting["text"]))
    if part.get("analyst"):
        document.add_heading("The analyst's part", level=2)
        for line in part["analyst"]:
            _para(document, str(line))
    tables = (
        (
            "ICD 203 expressions of likelihood",
            ["Term", "Probability"],
            "likelihood",
            ("term", "band"),
        ),
        ("Confidence in the evidence", ["Level", "Meaning"], "confidence", ("level", "meaning")),
        (
            "Admiralty code: source reliability",
            ["Code", "Reliability"],
            "reliability",
            ("code", "meaning"),
        ),
        (
            "Admiralty code: information credibility",
            ["Code", "Credibility"],
            "credibility",
            ("code", "meaning"),
        ),
    )
    for caption, header, key, fields in tables:
        _para(document, caption, "Caption")
        _word_table(
            document, header, [[str(row.get(f, "")) for f in fields] for row in part.get(key) or []]
        )


_HANDLERS = {
    "cover": _cover,
    "bluf": _bluf,
    "changes": _changes,
    "section": _statements,
    "indicators": _statements,
    "table": _table,
    "corroboration": _corroboration,
    "heading": _heading,
    "chart": _chart,
    "sources": _sources,
    "method": _method,
}
