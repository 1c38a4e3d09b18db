"""HTML to PDF with WeasyPrint, reading only ``data:`` URLs (nothing from disk or network).

:func:`write_pdf_isolated` runs WeasyPrint in a child process (``python -m
briefbook.render.pdf HTML PDF``): a signal or the stage's time budget stops the parent
between two polls and the child is killed, however long a single call inside WeasyPrint,
Pango or HarfBuzz takes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from briefbook.errors import RenderError

__all__ = ["html_to_pdf", "write_pdf_isolated"]
WORKER_FAILED = 3  # exit code of the worker when WeasyPrint failed (message on stderr)


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


def write_pdf_isolated(html: str, output: Path, *, seconds: float | None = None) -> Path:
    """Write the PDF of ``html`` to ``output`` from a child process.

    The parent waits in short polls, so SIGINT/SIGTERM/SIGHUP and the stage's alarm are
    handled at once; on any exception (including KeyboardInterrupt) the child is killed
    and nothing is left at ``output``. ``seconds`` bounds the wait when given (RenderError).
    RenderError carries the child's one error line.
    """
    import time

    output = Path(output)
    source = output.with_name(f".{output.name}.html")
    log = output.with_name(f".{output.name}.log")
    source.write_text(html, encoding="utf-8")
    deadline = time.monotonic() + seconds if seconds else None
    try:
        with open(log, "wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "briefbook.render.pdf", str(source), str(output)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
        try:
            while True:
                try:
                    code = proc.wait(timeout=0.2)
                    break
                except subprocess.TimeoutExpired:
                    if deadline is not None and time.monotonic() > deadline:
                        raise RenderError(
                            f"PDF rendering took longer than {seconds:,.0f} s and was stopped",
                            hint="raise the limit pdf_seconds",
                        ) from None
        except BaseException:
            proc.kill()
            proc.wait()
            _remove(output)
            raise
        if code != 0:
            _remove(output)
            lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            detail = lines[-1] if lines else f"the renderer exited with code {code}"
            if code < 0:
                detail = f"the renderer was stopped by signal {-code}"
            raise RenderError(f"PDF rendering failed: {detail[:300]}")
    finally:
        source.unlink(missing_ok=True)
        log.unlink(missing_ok=True)
    return output


def _remove(path: Path) -> None:
    """Remove a half-written output, if it is a file we could have written."""
    if path.is_file():
        path.unlink(missing_ok=True)


def _worker(argv: list[str]) -> int:
    """``python -m briefbook.render.pdf HTML PDF``: the child of :func:`write_pdf_isolated`."""
    source, output = Path(argv[0]), Path(argv[1])
    try:
        pdf = html_to_pdf(source.read_text(encoding="utf-8"))
        output.write_bytes(pdf)
    except RenderError as exc:
        print(exc.line(), file=sys.stderr)
        return WORKER_FAILED
    except OSError as exc:
        print(f"cannot write {output.name}: {exc.strerror or exc}", file=sys.stderr)
        return WORKER_FAILED
    return 0


if __name__ == "__main__":
    import logging

    logging.disable(logging.CRITICAL)  # WeasyPrint and fontTools speak only through us
    sys.exit(_worker(sys.argv[1:]))
