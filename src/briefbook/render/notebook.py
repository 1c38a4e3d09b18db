"""Render an executed briefing notebook to HTML and PDF (the pipeline's last stage)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefbook.errors import RenderError
from briefbook.render.pdf import html_to_pdf, write_pdf_isolated

if TYPE_CHECKING:  # nbformat is slow to import; the notebook kernel only needs the filters
    import nbformat

    from briefbook.render.pdf import PdfRenderer


def _read(notebook: Path | nbformat.NotebookNode) -> nbformat.NotebookNode:
    import nbformat

    if isinstance(notebook, nbformat.NotebookNode):
        return notebook
    try:
        return nbformat.read(str(notebook), as_version=4)
    except (OSError, ValueError) as exc:
        raise RenderError(
            f"cannot read the executed notebook {Path(notebook).name}: {exc}"
        ) from exc


_EXPORTING = threading.Lock()  # one exporter per kind and process, one render at a time


@functools.cache
def _exporter(page_size: str, for_pdf: bool) -> Any:
    """The exporter of one kind, made once per process: its jinja environment and compiled
    templates are reused by every later render."""
    from briefbook.render.exporters import BriefingHTMLExporter

    return BriefingHTMLExporter(page_size=page_size, for_pdf=for_pdf)


def export_html(
    notebook: Path | nbformat.NotebookNode, *, page_size: str = "A4", for_pdf: bool = False
) -> str:
    """The briefing HTML of an executed notebook."""
    exporter = _exporter(page_size, for_pdf)
    try:
        with _EXPORTING:
            html, _ = exporter.from_notebook_node(_read(notebook))
    except RenderError:
        raise
    except Exception as exc:
        raise RenderError(f"HTML rendering failed: {type(exc).__name__}: {exc}") from exc
    return html


def render_html(notebook: Path | nbformat.NotebookNode, output: Path) -> Path:
    """Write the self-contained HTML briefing of ``notebook`` to ``output``."""
    output = Path(output)
    output.write_text(export_html(notebook), encoding="utf-8")
    return output


def render_pdf(
    notebook: Path | nbformat.NotebookNode,
    output: Path,
    *,
    page_size: str = "A4",
    isolated: bool = False,
    seconds: float | None = None,
    warn: Callable[[str], None] | None = None,
    renderer: PdfRenderer | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Path:
    """Write the PDF briefing of ``notebook`` (A4 or Letter) to ``output``.

        ``isolated``: lay out in a child process that a signal stops at once (``briefbook
        run`` does), within ``seconds`` when given; ``renderer``: that child, started earlier
    (:class:`~briefbook.render.pdf.PdfRenderer`), instead of a new one. ``warn`` receives one line naming the
        characters no installed font can draw (they print as empty boxes), if there are any.
        ``meanwhile``: other work, called while the child lays out (``isolated``; otherwise
        before the layout); an exception from it stops the layout and is raised."""
    from briefbook.config.params import PAGE_SIZES

    if page_size not in PAGE_SIZES:
        from briefbook.errors import ParamsError

        raise ParamsError(
            f"page size {page_size!r} is not supported", key="page_size", hint="use A4 or Letter"
        )
    html = export_html(notebook, page_size=page_size, for_pdf=True)

    def check_glyphs() -> None:
        if warn is not None:
            from briefbook.render.fonts import glyph_warning

            message = glyph_warning(html)
            if message:
                warn(message)
        if meanwhile is not None:
            meanwhile()

    output = Path(output)
    if isolated:  # the fonts are checked (and ``meanwhile`` done) while the child lays out
        return write_pdf_isolated(
            html, output, seconds=seconds, renderer=renderer, meanwhile=check_glyphs
        )
    check_glyphs()
    output.write_bytes(html_to_pdf(html))
    return output
