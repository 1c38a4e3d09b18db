"""Lexicons and gazetteer of the analyser, as YAML package data (loaded once, cached)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it (the same documents, about ten times
# faster: the entity lexicons load in a fraction of a second); else the pure-Python one.
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LexiconLoader(_BASE):  # type: ignore[misc,valid-type]
    """The safe loader with YAML 1.2 booleans: only true and false are booleans, so the
    words of a lexicon ("on", "off", "no", "yes", the Korean surname "No") stay words."""


_LexiconLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BASE.yaml_implicit_resolvers.items()
}
_LexiconLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_LOADER = _LexiconLoader


@cache
def load_data(name: str) -> Any:
    """The parsed YAML file ``name`` (e.g. ``"cues.yaml"``) of this package."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
