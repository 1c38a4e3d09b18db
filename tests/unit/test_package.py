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

    declared = {p.key for p in PARAMS if p.notebook} | {"assessment_path", "previous_path"}
    in_notebook = set(papermill.inspect_notebook(str(ROOT / "notebooks" / "briefing.ipynb")))
    assert in_notebook == declared
    params = load_params(ROOT / "params" / "example.yaml")
    given = notebook_parameters(params, tmp_path / "assessment.json", None)
    assert set(given) == declared


def test_manifest_view_lists_every_params_key() -> None:
    params = load_params(ROOT / "params" / "example.yaml")
    assert list(params.to_dict()) == [p.key for p in PARAMS]
