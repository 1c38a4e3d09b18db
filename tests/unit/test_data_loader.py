"""The package's YAML data reads the same with the fast loader as with PyYAML's safe one."""

from __future__ import annotations

from importlib import resources

import yaml

from briefbook.data import load_data


def test_every_data_file_loads_as_the_safe_loader_reads_it() -> None:
    files = [f for f in resources.files("briefbook.data").iterdir() if f.name.endswith(".yaml")]
    assert files
    for f in files:
        assert load_data(f.name) == yaml.safe_load(f.read_text(encoding="utf-8")), f.name
