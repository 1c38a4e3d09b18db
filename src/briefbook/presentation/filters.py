"""Jinja2 filters of the briefing templates, shared by the notebook display and the exporters."""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from markupsafe import Markup, escape

__all__ = ["breakable", "png_data_uri", "register_filters", "svg_data_uri"]

_BASE64 = re.compile(r"^[A-Za-z0-9+/=\s]*$")
LONG_TOKEN = 24  # characters: a run without spaces longer than this may break anywhere
_LONG = re.compile(rf"\S{{{LONG_TOKEN + 1},}}")


def breakable(text: Any) -> Markup:
    """``text`` escaped, each run of more than ``LONG_TOKEN`` non-space characters (file
    names, underscore_joined labels, hashes, URLs) in ``<span class="long">``, which the
    stylesheets let break anywhere. Ordinary words keep whole: a table column is never
    squeezed to split "organisation" because another cell holds a 120-character name."""
    if text is None:
        return Markup("")
    out = []
    last = 0
    value = str(text)
    for m in _LONG.finditer(value):
        out.append(escape(value[last : m.start()]))
        out.append(Markup('<span class="long">') + escape(m.group()) + Markup("</span>"))
        last = m.end()
    out.append(escape(value[last:]))
    return Markup("").join(out)


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
    environment.filters["breakable"] = breakable
