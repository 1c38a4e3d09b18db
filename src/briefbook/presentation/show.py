"""The briefing as data parts: what the notebook displays and the templates render.

Every part of the briefing (cover, bottom line, one per schema section, indicators,
tables, charts, sources, method) is a plain JSON dict built here from an
:class:`~briefbook.model.Assessment`. :func:`show` displays a part as a rich mime bundle:
``application/vnd.briefbook.part+json`` carries the data (the nbconvert template
``templates/briefing/`` renders the briefing from it, with jinja2 autoescape) and
``text/html`` is the same part rendered by the same jinja macros, for JupyterLab.

Source text is data: no string built here is ever markup; escaping is the templates' job
and they escape everything.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from briefbook.presentation.briefing import Briefing
from briefbook.presentation.changes import changes_part
from briefbook.presentation.corroboration import corroboration_part
from briefbook.presentation.parts import (
    bluf_part,
    cover_part,
    heading_part,
    indicators_part,
    method_part,
    section_parts,
    sources_part,
)
from briefbook.presentation.tables import claims_part, entities_part

PART_MIME = "application/vnd.briefbook.part+json"

# ---------------------------------------------------------------------------- display


@cache
def _environment() -> Any:
    import jinja2

    from briefbook.resources import template_bytecode_cache, templates_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "briefing")),
        autoescape=True,
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.bytecode_cache = template_bytecode_cache(env)
    from briefbook.presentation.filters import register_filters

    register_filters(env)
    return env


@cache
def _part_template() -> Any:
    return _environment().from_string(
        '{% import "macros.html.j2" as m %}<div class="briefbook-part">'
        "{{ m.part(p, image, false) }}</div>"
    )


def warm_templates() -> None:
    """Compile (or load from the bytecode cache) the templates :func:`render_part_html`
    uses, now: the notebook's kernel does it while ``briefbook run`` analyses the sources,
    so the notebook's first part does not wait for it."""
    _part_template()


def warm_up(schema: str = "") -> None:
    """What the briefing notebook's first parts would otherwise wait for, done now (the
    notebook's kernel runs it while ``briefbook run`` analyses the sources): the part
    templates (:func:`warm_templates`) and, for ``schema`` (the notebook's ``schema``
    parameter), the schema's title the cover prints, and the lexicons the parts read (the
    relative-time words, the domain titles, the event cues and the number words). Errors
    are left to the notebook."""
    from briefbook.data import load_data
    from briefbook.presentation import parts, tables

    warm_templates()
    parts._relative_time()
    parts._domain_titles()
    tables._number_words()
    load_data("events.yaml")
    if schema:
        from briefbook.presentation.cites import _schema_title

        _schema_title(schema)


def render_part_html(part: dict[str, Any], image: str | None = None) -> str:
    """The part as HTML, through the macros the nbconvert template uses (autoescaped)."""
    return _part_template().render(p=part, image=image)


def bundle(part: dict[str, Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The mime bundle of a part: data for the template, HTML for JupyterLab."""
    extra = dict(extra or {})
    svg = extra.get("image/svg+xml")
    html = render_part_html(part, svg)
    return {PART_MIME: part, "text/html": html, "text/plain": _plain_summary(part), **extra}


def _plain_summary(part: dict[str, Any]) -> str:
    title = part.get("title") or part.get("meta", {}).get("title") or part["part"]
    return f"[briefbook {part['part']}] {title}"


def show(part: dict[str, Any] | None, extra: dict[str, Any] | None = None) -> None:
    """Display one part (nothing for None) as a rich output of the current cell."""
    if part is None:
        return
    from IPython.display import display as ipy_display

    ipy_display(bundle(part, extra), raw=True)


def show_cover(b: Briefing) -> None:
    show(cover_part(b))


def show_summary(b: Briefing) -> None:
    """Bottom line up front, then changes since the last issue when there are any."""
    show(bluf_part(b))
    show(changes_part(b))


def show_sections(b: Briefing) -> None:
    for part in section_parts(b):
        show(part)
    show(indicators_part(b))


def show_entities(b: Briefing) -> None:
    show(entities_part(b))


def show_claims(b: Briefing) -> None:
    show(claims_part(b))


def show_corroboration(b: Briefing) -> None:
    show(corroboration_part(b))


def show_appendix(b: Briefing) -> None:
    show(sources_part(b))
    show(method_part(b))


def show_charts(b: Briefing) -> None:
    """The charts heading, then each chart: those ``b.charts`` holds (drawn by ``briefbook
    run`` before the notebook ran), else drawn now with matplotlib."""
    show(heading_part("charts", "Charts"))
    if b.charts is None:
        from briefbook.presentation.charts import chart_parts

        drawn = chart_parts(b)
    else:
        drawn = b.charts
    for part, extra in drawn:
        show(part, extra)
