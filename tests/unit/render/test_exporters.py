"""The nbconvert exporters: entry points, options, command line, determinism."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pypdf  # noqa: E402
import pytest

import builders as support  # noqa: E402
from briefbook.render.exporters import BriefingHTMLExporter, BriefingPDFExporter


@pytest.fixture(scope="module")
def notebook_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("nb") / "briefing.ipynb"
    nbformat.write(support.notebook_of(support.fixture_briefing()), str(path))
    return path


def _jupyter() -> str:
    exe = Path(sys.executable).with_name("jupyter")
    if exe.exists():
        return str(exe)
    found = shutil.which("jupyter")
    if not found:
        pytest.skip("the jupyter command is not installed next to this Python")
    return found


def test_entry_points_find_the_exporters():
    from nbconvert.exporters import get_exporter

    assert get_exporter("briefbook_html") is BriefingHTMLExporter
    assert get_exporter("briefbook_pdf") is BriefingPDFExporter


def test_exporter_defaults_hide_code_and_prompts():
    exporter = BriefingHTMLExporter()
    assert exporter.template_name == "briefing"
    assert exporter.exclude_input and exporter.exclude_input_prompt
    assert exporter.exclude_output_prompt
    assert BriefingPDFExporter().file_extension == ".pdf"


def test_exporter_rejects_unknown_page_size():
    with pytest.raises(Exception, match="page_size"):
        BriefingPDFExporter(page_size="Tabloid")
    assert BriefingPDFExporter(page_size="letter").page_size == "Letter"


def test_parameter_cells_are_removed(notebook_file):
    nb = nbformat.read(str(notebook_file), as_version=4)
    nb.cells[0].outputs = [nbformat.v4.new_output("stream", name="stdout", text="SECRET-PARAM")]
    nb.cells.append(nbformat.v4.new_code_cell("x", metadata={"tags": ["injected-parameters"]}))
    html, _ = BriefingHTMLExporter().from_notebook_node(nb)
    assert "SECRET-PARAM" not in html


@pytest.mark.parametrize(
    ("target", "suffix"), [("briefbook_pdf", ".pdf"), ("briefbook_html", ".html")]
)
def test_nbconvert_command_line(notebook_file, tmp_path, target, suffix):
    out = tmp_path / "out"
    result = subprocess.run(
        [_jupyter(), "nbconvert", "--to", target, str(notebook_file), "--output-dir", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    produced = out / f"briefing{suffix}"
    assert produced.is_file()
    if suffix == ".pdf":
        reader = pypdf.PdfReader(str(produced))
        assert "UNCLASSIFIED" in reader.pages[-1].extract_text()
    else:
        page = support.Page(produced.read_text(encoding="utf-8"))
        assert support.problems_of(page) == []


def test_nbconvert_letter_option(notebook_file, tmp_path):
    result = subprocess.run(
        [
            _jupyter(),
            "nbconvert",
            "--to",
            "briefbook_pdf",
            str(notebook_file),
            "--output-dir",
            str(tmp_path),
            "--BriefingPDFExporter.page_size=Letter",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    box = pypdf.PdfReader(str(tmp_path / "briefing.pdf")).pages[0].mediabox
    assert round(float(box.width)) == 612


def test_pdf_is_deterministic(notebook_file):
    nb = nbformat.read(str(notebook_file), as_version=4)
    first, _ = BriefingPDFExporter().from_notebook_node(nb)
    second, _ = BriefingPDFExporter().from_notebook_node(nb)
    assert first == second


def test_nbconvert_refuses_a_never_executed_notebook_with_one_line(tmp_path):
    import shutil
    import subprocess
    import sys

    from builders import ROOT

    nb = tmp_path / "never-run.ipynb"
    shutil.copy(ROOT / "notebooks" / "briefing.ipynb", nb)
    for fmt in ("briefbook_pdf", "briefbook_html"):
        result = subprocess.run(
            [sys.executable, "-m", "nbconvert", "--to", fmt, str(nb)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 1, result.stderr[-2000:]
        errors = [line for line in result.stderr.splitlines() if "ERROR" in line]
        assert len(errors) == 1 and "never executed" in errors[0], result.stderr[-2000:]
        assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("never-run.*[lf]"))  # no .pdf, no .html written


def test_exporting_a_never_executed_notebook_raises_a_render_error():
    import nbformat
    import pytest

    from briefbook.errors import RenderError
    from briefbook.render.notebook import export_html
    from builders import ROOT

    nb = nbformat.read(str(ROOT / "notebooks" / "briefing.ipynb"), as_version=4)
    with pytest.raises(RenderError, match="never executed"):
        export_html(nb)


def _tree(html: str) -> bytes:
    """The tree an HTML5 parser (WeasyPrint's) makes of ``html``, attributes sorted."""
    import xml.etree.ElementTree as ET

    import tinyhtml5

    root = tinyhtml5.parse(html)
    for element in root.iter():
        attributes = sorted(element.attrib.items())
        element.attrib.clear()
        element.attrib.update(attributes)
    return ET.tostring(root)


def _full_export(nb, *, for_pdf: bool) -> str:
    """nbconvert's whole HTML export (its BeautifulSoup pass included) with our template."""
    from nbconvert.exporters import HTMLExporter

    exporter = BriefingHTMLExporter(for_pdf=for_pdf)
    return HTMLExporter.from_notebook_node(exporter, nb)[0]


def test_pdf_html_parses_to_the_tree_of_the_full_export(notebook_file):
    nb = nbformat.read(str(notebook_file), as_version=4)
    fast = BriefingHTMLExporter(for_pdf=True).from_notebook_node(nb)[0]
    full = _full_export(nb, for_pdf=True)
    assert fast != full  # the pass was skipped ...
    assert _tree(fast) == _tree(full)  # ... and WeasyPrint reads the same document
    # the page HTML (a file the run keeps) is still nbconvert's, byte for byte
    assert BriefingHTMLExporter().from_notebook_node(nb)[0] == _full_export(nb, for_pdf=False)


def _soup_pass(html: str) -> str:
    from bs4 import BeautifulSoup

    return str(BeautifulSoup(html, features="html.parser"))


@pytest.mark.parametrize(
    "html",
    [
        "<!DOCTYPE html>\n\n<html><head>\n  <meta name='a' content=\"b\">\n</head>\n"
        "<body class=x id=y>\n\n  <p>Text <b>bold</b>   <i>it</i> \n\t <i>again</i></p>\n"
        "  <!-- note -->  <ul>\n    <li>one &amp; two &#39;</li>\n  </ul>\f\r<br>"
        '<img alt="" src="data:,">\n</body></html>\n\n',
        "  <p>a</p>\t\t<p>b&nbsp;</p>  ",
    ],
)
def test_as_soup_parses_gives_the_tree_of_the_soup_pass(html):
    from briefbook.render.exporters import as_soup_parses

    same = as_soup_parses(html)
    assert same is not None and same != html
    assert _tree(same) == _tree(_soup_pass(html))
    assert _tree(html) != _tree(_soup_pass(html))  # the pass does change the tree


@pytest.mark.parametrize(
    "html",
    [
        '<p>x</p>\n  <img src="data:,">',
        "<IMG SRC=x data-alt=y>",
        "<pre>  kept   as  is\n\n  </pre>",
        "<textarea>\n </textarea>",
        '<div class="jp-Notebook"></div>',
    ],
)
def test_as_soup_parses_refuses_what_the_pass_changes_more(html):
    from briefbook.render.exporters import as_soup_parses

    assert as_soup_parses(html) is None


def test_exporters_validate_the_notebook_once():
    assert BriefingHTMLExporter().optimistic_validation
    assert BriefingPDFExporter().optimistic_validation
