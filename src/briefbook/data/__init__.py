"""Lexicons and gazetteer of the analyser, as YAML package data (loaded once, cached)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_data(name: str) -> Any:
    """The parsed YAML file ``name`` (e.g. ``"cues.yaml"``) of this package."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)
