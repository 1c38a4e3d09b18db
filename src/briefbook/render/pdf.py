"""HTML to PDF with WeasyPrint, reading only ``data:`` URLs (nothing from disk or network)."""

from __future__ import annotations

from typing import Any

from briefbook.errors import RenderError

__all__ = ["html_to_pdf"]


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
