"""Jinja2 filters of the briefing templates, shared by the notebook display and the exporters."""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from markupsafe import Markup

__all__ = ["png_data_uri", "register_filters", "svg_data_uri"]

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
