"""Render an executed briefing notebook to HTML and PDF (the pipeline's last stage)."""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from briefbook.errors import RenderError

if TYPE_CHECKING:  # nbformat is slow to import; the notebook kernel only needs the filters
    import nbformat

_BASE64 = re.compile(r"^[A-Za-z0-9+/=\s]*$")


def svg_data_uri(svg: Any) -> str:
    """``data:image/svg+xml;base64,...`` of SVG text (for ``<img src>``: never inline SVG)."""
    if isinstance(svg, list):
        svg = "".join(svg)
    data = base64.b64encode(str(svg).encode("utf-8")).decode("ascii")
    return Markup(f"data:image/svg+xml;base64,{data}")


def png_data_uri(data: Any) -> str:
    """``data:image/png;base64,...`` of a notebook PNG output; empty if it is not base64."""
    text = "".join(data) if isinstance(data, list) else str(data)
    if not _BASE64.match(text):
        return ""
    try:
        base64.b64decode(text, validate=False)
    except (binascii.Error, ValueError):
        return ""
    return Markup("data:image/png;base64," + "".join(text.split()))


def register_filters(environment: Any) -> None:
    """The filters the briefing templates use (nbconvert's environment and display.py's)."""
    environment.filters["svg_data_uri"] = svg_data_uri
    environment.filters["png_data_uri"] = png_data_uri


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


def export_html(
    notebook: Path | nbformat.NotebookNode, *, page_size: str = "A4", for_pdf: bool = False
) -> str:
    """The briefing HTML of an executed notebook."""
    from briefbook.exporters import BriefingHTMLExporter

    exporter = BriefingHTMLExporter(page_size=page_size, for_pdf=for_pdf)
    try:
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


def _url_fetcher() -> Any:
    """A WeasyPrint URL fetcher that opens ``data:`` URLs only: no file, no network."""
    try:
        from weasyprint.urls import URLFetcher
    except ImportError:  # WeasyPrint < 67 takes a function
        from weasyprint.urls import default_url_fetcher

        def fetch(url: str, *args: Any, **kwargs: Any) -> Any:
            if not url.startswith("data:"):
                raise ValueError(f"briefbook renders offline and does not fetch {url[:80]!r}")
            return default_url_fetcher(url, *args, **kwargs)

        return fetch
    return URLFetcher(allowed_protocols={"data"}, timeout=1, allow_redirects=False)


def html_to_pdf(html: str) -> bytes:
    """Lay out briefing HTML as PDF with WeasyPrint (fonts embedded, text selectable)."""
    try:
        import weasyprint
    except ImportError as exc:  # pragma: no cover - weasyprint is a dependency
        from briefbook.errors import MissingDependencyError

        raise MissingDependencyError("weasyprint", "PDF output") from exc
    try:
        document = weasyprint.HTML(string=html, base_url=None, url_fetcher=_url_fetcher())
        return document.write_pdf(uncompressed_pdf=False)
    except Exception as exc:
        raise RenderError(f"PDF rendering failed: {type(exc).__name__}: {exc}") from exc


def render_pdf(
    notebook: Path | nbformat.NotebookNode, output: Path, *, page_size: str = "A4"
) -> Path:
    """Write the PDF briefing of ``notebook`` (A4 or Letter) to ``output``."""
    from briefbook.exporters import PAGE_SIZES

    if page_size not in PAGE_SIZES:
        from briefbook.errors import ParamsError

        raise ParamsError(
            f"page size {page_size!r} is not supported", key="page_size", hint="use A4 or Letter"
        )
    html = export_html(notebook, page_size=page_size, for_pdf=True)
    output = Path(output)
    output.write_bytes(html_to_pdf(html))
    return output
