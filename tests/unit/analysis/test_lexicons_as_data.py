"""The analysis modules share word lists through data and public helpers: no module imports
another's private names, and the weekday names are one list (``weekdays`` of
``data/numbers.yaml``), not a copy per module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import briefbook.analysis
from briefbook.analysis.numbers import weekdays
from briefbook.analysis.topics import counts_key

_ANALYSIS = Path(briefbook.analysis.__file__).parent


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefbook"):
            found += [
                f"{node.module}.{a.name}"
                for a in node.names
                if a.name.startswith("_") and not a.name.startswith("__")
            ]
    return found


@pytest.mark.parametrize("path", sorted(_ANALYSIS.glob("*.py")), ids=lambda p: p.name)
def test_no_analysis_module_imports_private_names(path: Path) -> None:
    assert _private_imports(path) == []


@pytest.mark.parametrize(
    "name", ["claims.py", "hedges.py", "names.py", "place_names.py", "numbers.py", "topics.py"]
)
def test_weekday_names_are_read_from_data_not_spelt_out(name: str) -> None:
    source = (_ANALYSIS / name).read_text(encoding="utf-8")
    assert not re.search(r"(?i)\bwednesday\b", source)


def test_the_one_weekday_list() -> None:
    assert weekdays() == {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }


@pytest.mark.parametrize(
    ("counts", "head"),
    [
        ("conscript soldiers", "troops"),
        ("armed gunmen", "fighters"),
        ("attack drones", "drones"),
        ("warplanes", "aircraft"),
        ("artillery rounds", "shells"),
    ],
)
def test_head_nouns_fold_to_their_class_from_data(counts: str, head: str) -> None:
    assert counts_key(counts).head == head
