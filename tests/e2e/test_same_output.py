"""The fast path changes no output: charts drawn by ``briefbook run`` before the notebook
runs make the same briefing, byte for byte in HTML and pixel for pixel in the PDF at
100 dpi, as charts drawn inside the notebook (the path of a notebook run by hand)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefbook.app.run import Progress, run_briefing
from briefbook.config.params import load_params

pytestmark = pytest.mark.e2e

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) is not installed"
)


def pages(pdf: Path, folder: Path) -> list[bytes]:
    """Each page of ``pdf`` as PNG bytes at 100 dpi."""
    folder.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", str(pdf), str(folder / "page")],
        check=True,
        timeout=300,
    )
    return [p.read_bytes() for p in sorted(folder.glob("page*.png"))]


@needs_poppler
def test_charts_drawn_before_the_notebook_make_the_same_html_and_pdf(workspace, tmp_path):
    import nbformat
    import papermill

    from briefbook.app.execute import kernel_name
    from briefbook.render.notebook import render_html, render_pdf

    params = load_params(workspace / "params" / "example.yaml", ["date=2024-12-20"])
    result = run_briefing(params, output_dir=workspace / "reports", progress=Progress(quiet=True))
    folder = result.folder
    kept = nbformat.read(str(folder / "briefing.ipynb"), as_version=4)
    given = dict(kept.metadata.papermill.parameters)
    # every chart drawn is an SVG (a chart with nothing to draw, such as the timeline of
    # the example, whose second source is undated, carries only its explanation)
    drawn = [c for c in given["charts"] if c["extra"]]
    assert drawn and all("image/svg+xml" in c["extra"] for c in drawn)
    assert not any("image/png" in c["extra"] for c in given["charts"])  # no Word output asked

    # the same issue, its charts drawn inside the notebook (as when run by hand)
    again = folder / "drawn-here.ipynb"
    papermill.execute_notebook(
        str(folder / "briefing.ipynb"),
        str(again),
        parameters=given | {"charts": []},
        kernel_name=kernel_name(),
        progress_bar=False,
        cwd=str(folder),
    )
    render_html(again, tmp_path / "drawn-here.html")
    render_pdf(again, tmp_path / "drawn-here.pdf", page_size=params.page_size)
    html = (folder / "briefing.html").read_bytes()
    assert html == (tmp_path / "drawn-here.html").read_bytes()
    assert html.count(b"data:image/svg+xml") >= 2

    ours = pages(folder / "briefing.pdf", tmp_path / "ours")
    theirs = pages(tmp_path / "drawn-here.pdf", tmp_path / "theirs")
    assert len(ours) == len(theirs) >= 2
    assert ours == theirs

    # and a second run of the same issue (a fresh reports folder: no earlier issue to
    # compare with) is the same again
    second = run_briefing(
        params, output_dir=tmp_path / "second-reports", progress=Progress(quiet=True)
    )
    assert (second.folder / "briefing.html").read_bytes() == html
    assert pages(second.folder / "briefing.pdf", tmp_path / "second") == ours
