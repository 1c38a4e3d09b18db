"""Lexicons and gazetteer of the analyser, as YAML package data (loaded once, cached)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it (the same documents, about ten times
# faster: the entity lexicons load in a fraction of a second); else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_data(name: str) -> Any:
    """The parsed YAML file ``name`` (e.g. ``"cues.yaml"``) of this package."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
