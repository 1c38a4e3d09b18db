"""The PDF renderer child: warm from one document to the next, the same pages as a renderer
started for one document, stopped (and replaced) when a deadline or a signal stops it,
never left running."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import psutil
import pytest

from briefbook.errors import RenderError
from briefbook.render.pdf import (
    PdfRenderer,
    close_shared_renderer,
    shared_renderer,
    write_pdf_isolated,
)

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) is not installed"
)

PAGE = (
    "<html><head><style>body { font-family: 'DejaVu Sans', sans-serif; }</style></head>"
    "<body><h1>Convoy report {n}</h1>"
    + "<p>Observers counted <b>{n}</b> vehicles near the <i>river crossing</i> on Monday.</p>" * 40
    + "</body></html>"
)


def _page(n: int) -> str:
    return PAGE.replace("{n}", str(n))


def _pages(pdf: Path, folder: Path) -> list[bytes]:
    folder.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", str(pdf), str(folder / "page")], check=True, timeout=120
    )
    return [p.read_bytes() for p in sorted(folder.glob("page*.png"))]


@needs_poppler
def test_a_warm_renderer_lays_out_pages_identical_to_a_fresh_one(tmp_path):
    with PdfRenderer() as renderer:
        pid = renderer.pid
        first = renderer.render(_page(1), tmp_path / "warm-1.pdf")
        second = renderer.render(_page(2), tmp_path / "warm-2.pdf")
        assert renderer.alive and renderer.pid == pid  # one child for both
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    fresh = write_pdf_isolated(_page(2), tmp_path / "fresh-2.pdf")
    assert first.read_bytes().startswith(b"%PDF")
    assert _pages(second, tmp_path / "a") == _pages(fresh, tmp_path / "b")
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "fresh-2.pdf",
        "warm-1.pdf",
        "warm-2.pdf",
    ]
    assert not list(tmp_path.glob(".*"))  # no hidden HTML left beside the PDFs


def test_a_failed_document_leaves_the_renderer_usable(tmp_path):
    with PdfRenderer(warm=False) as renderer:
        (tmp_path / "taken.pdf").mkdir()
        with pytest.raises(RenderError, match="cannot write taken.pdf"):
            renderer.render("<p>x</p>", tmp_path / "taken.pdf")
        assert renderer.alive
        assert renderer.render("<p>y</p>", tmp_path / "ok.pdf").read_bytes().startswith(b"%PDF")


def test_a_deadline_kills_the_renderer_and_the_shared_one_is_replaced(tmp_path):
    renderer = shared_renderer()
    try:
        assert shared_renderer() is renderer
        pid = renderer.pid
        long = "<html><body>" + "<p>The front line moved again.</p>" * 20000 + "</body></html>"
        with pytest.raises(RenderError, match="longer than 1 s"):
            renderer.render(long, tmp_path / "long.pdf", seconds=1)
        assert not renderer.alive
        assert not psutil.pid_exists(pid)  # killed and reaped
        assert not list(tmp_path.iterdir())  # nothing half-written
        again = shared_renderer()
        assert again is not renderer and again.alive
        assert again.render("<p>z</p>", tmp_path / "z.pdf").is_file()
    finally:
        close_shared_renderer()
    assert not renderer.alive


def test_work_done_meanwhile_runs_while_the_child_lays_out_and_can_stop_it(tmp_path):
    calls = []
    with PdfRenderer(warm=False) as renderer:
        renderer.render(_page(3), tmp_path / "a.pdf", meanwhile=lambda: calls.append("x"))
        assert calls == ["x"] and (tmp_path / "a.pdf").is_file()

        def stop() -> None:
            raise KeyboardInterrupt

        pid = renderer.pid
        with pytest.raises(KeyboardInterrupt):
            renderer.render(_page(4), tmp_path / "b.pdf", meanwhile=stop)
        assert not renderer.alive and not psutil.pid_exists(pid)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def test_a_renderer_for_one_document_exits_as_soon_as_it_has_replied(tmp_path):
    with PdfRenderer(warm=False, documents=1) as renderer:
        proc = renderer.proc
        assert proc is not None
        renderer.render(_page(5), tmp_path / "one.pdf")
        # its input ended with the request: the child exits by itself, without being closed
        assert proc.wait(timeout=30) == 0
        with pytest.raises(RenderError, match="no more documents"):
            renderer.render(_page(6), tmp_path / "two.pdf")
    assert (tmp_path / "one.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "two.pdf").exists()


def test_a_kept_renderer_collects_between_documents_and_stays_usable(tmp_path):
    # the garbage of each layout is collected after its reply; many documents in a row
    # (no pause for the collection) still come out whole
    with PdfRenderer(warm=False) as renderer:
        pid = renderer.pid
        outs = [renderer.render(_page(n), tmp_path / f"{n}.pdf") for n in range(4)]
        assert renderer.alive and renderer.pid == pid
    assert all(p.read_bytes().startswith(b"%PDF") for p in outs)
