"""The package's public face: lazy exports, the deprecated flat modules, params declared once."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import briefbook
from briefbook.app.run import notebook_parameters
from briefbook.config.params import PARAMS, load_params
from builders import ROOT


def test_lazy_exports_resolve() -> None:
    for name in briefbook.__all__:
        if name != "__version__":
            assert getattr(briefbook, name) is not None


@pytest.mark.parametrize("name", ["display", "charts", "tables"])
def test_flat_modules_still_import_with_a_deprecation_warning(name: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        module = getattr(briefbook, name)
    assert any(issubclass(w.category, DeprecationWarning) for w in caught)
    # what analysts' notebooks called on the old modules
    assert callable(module.prepare_briefing)
    assert callable(module.show_cover) and callable(module.show_charts)
    assert callable(module.show_entities) and callable(module.show_claims)


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        briefbook.no_such_thing  # noqa: B018


def test_notebook_takes_exactly_the_params_declared_for_it(tmp_path: Path) -> None:
    import papermill

    declared = {p.key for p in PARAMS if p.notebook} | {
        "assessment_path",
        "previous_path",
        "charts",
    }
    in_notebook = set(papermill.inspect_notebook(str(ROOT / "notebooks" / "briefing.ipynb")))
    assert in_notebook == declared
    params = load_params(ROOT / "params" / "example.yaml")
    given = notebook_parameters(params, tmp_path / "assessment.json", None)
    assert set(given) == declared


def test_manifest_view_lists_every_params_key() -> None:
    params = load_params(ROOT / "params" / "example.yaml")
    assert list(params.to_dict()) == [p.key for p in PARAMS]


def test_notebook_defaults_are_the_example_params() -> None:
    """Run by hand with its defaults, the notebook makes the briefing ``make demo`` makes:
    same title, series, marking, analyst, and the same sources with their grades and dates."""
    import ast

    import papermill

    found = papermill.inspect_notebook(str(ROOT / "notebooks" / "briefing.ipynb"))
    defaults = {k: ast.literal_eval(v["default"]) for k, v in found.items()}
    example = load_params(ROOT / "params" / "example.yaml").to_dict()
    for spec in PARAMS:
        if not spec.notebook or spec.key in ("sources", "date"):
            continue
        assert defaults[spec.key] == example[spec.key], spec.key
    assert defaults["date"] == "" and example["date"]  # both: the day it runs
    # the same files (the notebook's paths are relative to notebooks/, the params' to params/)
    ours = [
        s | {"path": str((ROOT / "notebooks" / s["path"]).resolve())} for s in defaults["sources"]
    ]
    theirs = [
        s | {"path": str((ROOT / "params" / s["path"]).resolve())} for s in example["sources"]
    ]
    assert ours == theirs
    assert defaults["assessment_path"] == defaults["previous_path"] == ""
    assert defaults["charts"] == []  # drawn in the notebook when run by hand
