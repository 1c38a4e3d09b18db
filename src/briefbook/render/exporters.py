"""nbconvert exporters of the briefing: ``--to briefbook_html`` and ``--to briefbook_pdf``.

Both use the template folder ``templates/briefing/`` (``conf.json`` + ``index.html.j2``),
hide code, prompts and the parameter cells, and render with jinja2 autoescape on, so
text from sources and params is always data. The PDF is that HTML laid out by
WeasyPrint with the paged-media rules of the template's stylesheet; WeasyPrint may
read only ``data:`` URLs, nothing from disk or network.
"""

from __future__ import annotations

import re
from typing import Any

from nbconvert.exporters import HTMLExporter, TemplateExporter
from traitlets import Bool, Unicode, default, validate

from briefbook.config.params import PAGE_SIZES
from briefbook.errors import RenderError
from briefbook.presentation.show import PART_MIME
from briefbook.resources import templates_dir


def has_parts(nb: Any) -> bool:
    """Whether an executed notebook shows at least one briefing part."""
    return any(
        PART_MIME in (output.get("data") or {})
        for cell in nb.get("cells", [])
        if cell.get("cell_type") == "code"
        for output in cell.get("outputs", [])
    )


def check_executed(nb: Any, metadata: Any) -> None:
    """Refuse a notebook with no briefing part. Under ``jupyter nbconvert`` the refusal is
    one logged line and exit status 1; called from Python it is a :class:`RenderError`."""
    if has_parts(nb):
        return
    name = (metadata or {}).get("name")
    message = (
        f"notebook {name + ' ' if name else ''}shows no briefing: it was never executed, or "
        "it is not a briefing notebook; run it first (briefbook run, or Run All in "
        "JupyterLab) and convert the executed copy"
    )
    from nbconvert.nbconvertapp import NbConvertApp

    if NbConvertApp.initialized():  # the jupyter nbconvert command line
        app = NbConvertApp.instance()
        app.log.error(message)
        app.exit(1)
    raise RenderError(message)


# an <img> tag without an alt attribute (what nbconvert's BeautifulSoup pass would change)
_IMG_WITHOUT_ALT = re.compile(r"<img\b(?![^>]*\salt\s*=)", re.IGNORECASE)


# text of nothing but ASCII spaces between two tags (or a tag and either end)
_BLANK = re.compile(r"(?:(?<=>)|^)[ \t\n\f\r]+(?=<|$)")
# elements whose spaces BeautifulSoup keeps as they are
_KEEPS_SPACES = re.compile(r"<(?:pre|textarea)\b", re.IGNORECASE)


def _one_space(match: re.Match[str]) -> str:
    return "\n" if "\n" in match.group() else " "


def as_soup_parses(html: str) -> str | None:
    """``html`` changed as nbconvert's BeautifulSoup pass changes what an HTML parser makes
    of it: a text of nothing but ASCII spaces between two tags becomes one newline (if it
    held one) or one space; attribute order, quoting and character references, which the
    pass rewrites too, do not change the parsed tree. None when the pass would change more:
    an image without ``alt``, a JupyterLab cell, or ``pre``/``textarea`` (whose spaces it
    keeps)."""
    if _IMG_WITHOUT_ALT.search(html) or _KEEPS_SPACES.search(html) or "jp-Notebook" in html:
        return None
    return _BLANK.sub(_one_space, html)


class BriefingHTMLExporter(HTMLExporter):
    """One self-contained HTML briefing: inline CSS, inline images, no script, no network."""

    export_from_notebook = "Briefing (HTML)"

    page_size = Unicode("A4", help="Paper size of the print stylesheet: A4 or Letter").tag(
        config=True
    )
    for_pdf = Bool(False, help="Lay out for WeasyPrint (running headers, page numbers)").tag(
        config=True
    )

    @validate("page_size")
    def _check_page_size(self, proposal: Any) -> str:
        value = str(proposal["value"])
        for size in PAGE_SIZES:
            if value.lower() == size.lower():
                return size
        raise ValueError(f"page_size must be one of {', '.join(PAGE_SIZES)}, not {value!r}")

    @default("template_name")
    def _template_name_default(self) -> str:
        return "briefing"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self) -> list[str]:
        return [str(templates_dir())]

    @default("optimistic_validation")
    def _optimistic_validation_default(self) -> bool:
        # the notebook is validated once, after the preprocessors, not after each of them
        # (about a dozen, most of them disabled): the same check, a tenth of the work
        return True

    @default("exclude_input")
    def _exclude_input_default(self) -> bool:
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self) -> bool:
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self) -> bool:
        return True

    def _create_environment(self) -> Any:
        from briefbook.presentation.filters import register_filters
        from briefbook.resources import template_bytecode_cache

        environment = super()._create_environment()
        environment.autoescape = True
        register_filters(environment)
        # compiled templates shared with later processes (see template_bytecode_cache)
        environment.bytecode_cache = template_bytecode_cache(environment)
        return environment

    def from_notebook_node(self, nb: Any, resources: Any = None, **kw: Any) -> tuple[str, Any]:
        """The briefing HTML; a notebook without briefing parts (never executed, or not a
        briefing) is refused with one line: no blank "UNMARKED" page with exit status 0."""
        check_executed(nb, (resources or {}).get("metadata"))
        if self.for_pdf:
            return self._pdf_html(nb, resources, **kw)
        return super().from_notebook_node(nb, resources, **kw)

    def _pdf_html(self, nb: Any, resources: Any = None, **kw: Any) -> tuple[str, Any]:
        """The HTML WeasyPrint lays out: nbconvert's HTML export without its last step,
        which parses the whole page with BeautifulSoup to give ``alt`` text to images that
        have none and ``tabindex`` to JupyterLab cells, then writes it out again (about half
        the export's time). The page it writes out parses to the same tree as the one it
        read, so WeasyPrint lays out the same page; when the HTML holds an image without
        ``alt`` or a JupyterLab cell (a notebook of one's own), the full export runs."""
        from nbconvert.filters.highlight import Highlight2HTML
        from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

        # as HTMLExporter.from_notebook_node, up to its BeautifulSoup pass
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        highlight_code = self.filters.get(
            "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)
        )
        given = resources
        resources = self._init_resources(resources)
        filter_data_type = WidgetsDataTypeFilter(
            notebook_metadata=self._nb_metadata, parent=self, resources=resources
        )
        self.register_filter("highlight_code", highlight_code)
        self.register_filter("filter_data_type", filter_data_type)
        html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        same = as_soup_parses(html)
        if same is None:
            return super().from_notebook_node(nb, given, **kw)
        return same, resources

    def _init_resources(self, resources: Any) -> Any:
        resources = super()._init_resources(resources)
        resources["briefbook"] = {"page_size": self.page_size, "for_pdf": self.for_pdf}
        return resources


class BriefingPDFExporter(BriefingHTMLExporter):
    """The briefing as PDF: the HTML above through WeasyPrint's paged media."""

    export_from_notebook = "Briefing (PDF)"
    output_mimetype = "application/pdf"

    @default("file_extension")
    def _file_extension_default(self) -> str:
        return ".pdf"

    @default("for_pdf")
    def _for_pdf_default(self) -> bool:
        return True

    @default("template_extension")
    def _template_extension_default(self) -> str:
        return ".html.j2"

    def from_notebook_node(self, nb: Any, resources: Any = None, **kw: Any) -> tuple[bytes, Any]:
        from briefbook.render.fonts import glyph_warning
        from briefbook.render.pdf import html_to_pdf

        html, resources = super().from_notebook_node(nb, resources, **kw)
        message = glyph_warning(html)
        if message:
            self.log.warning(message)
        resources["output_extension"] = ".pdf"
        return html_to_pdf(html), resources
