"""The package's YAML data reads the same with the fast loader as with PyYAML's pure-Python
safe one, and with YAML 1.2 booleans: a lexicon's words never turn into True or False."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from briefbook.data import _LOADER, load_data


class _PurePython12(yaml.SafeLoader):
    """PyYAML's pure-Python safe loader with the lexicon loader's resolvers (YAML 1.2
    booleans: true/false only)."""


_PurePython12.yaml_implicit_resolvers = _LOADER.yaml_implicit_resolvers


def _files() -> list[Any]:
    return [f for f in resources.files("briefbook.data").iterdir() if f.name.endswith(".yaml")]


def test_every_data_file_loads_as_the_pure_python_safe_loader_reads_it() -> None:
    files = _files()
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert load_data(f.name) == yaml.load(text, Loader=_PurePython12), f.name  # noqa: S506


def _bools_in_lists(node: Any, path: str = "") -> list[str]:
    if isinstance(node, dict):
        return [hit for k, v in node.items() for hit in _bools_in_lists(v, f"{path}/{k}")]
    if isinstance(node, list):
        if any(isinstance(x, str) for x in node) and any(isinstance(x, bool) for x in node):
            return [path]
        return [hit for i, x in enumerate(node) for hit in _bools_in_lists(x, f"{path}[{i}]")]
    return []


def test_yaml_11_boolean_words_stay_words_in_lexicons() -> None:
    # YAML 1.1 reads on/off/yes/no/y/n as booleans: a stop-word list would hold True and
    # False in place of "on" and "no", and the Korean surname "No" would be lost
    assert yaml.safe_load("[in, on, no]") == ["in", True, False]
    entity_rules = load_data("entity_rules.yaml")
    assert {"on", "no"} <= set(entity_rules["stop_words"])
    assert "no" in entity_rules["korean_surnames"]
    for f in _files():
        assert _bools_in_lists(load_data(f.name)) == [], f.name
