"""What a new kernel runs before the notebook: imports and calls, each failure skipped,
no name left in the notebook's namespace."""

from __future__ import annotations

import sys
import types

import pytest

from briefbook.app.engine import warm_code


def test_warm_code_imports_and_calls_and_leaves_no_name(monkeypatch):
    calls: list[tuple[object, ...]] = []
    probe = types.ModuleType("briefbook_warm_probe")
    probe.record = lambda *args: calls.append(args)

    def fail() -> None:
        raise ValueError("skipped")

    probe.fail = fail
    monkeypatch.setitem(sys.modules, "briefbook_warm_probe", probe)
    code = warm_code(
        ("json", "no_such_module_here"),
        (
            ("briefbook_warm_probe", "record", ("a", 1, None)),
            ("briefbook_warm_probe", "fail", ()),
            ("no_such_module_here", "f", ()),
            ("briefbook_warm_probe", "record", ("b'\"\n",)),
        ),
    )
    namespace: dict[str, object] = {"__name__": "__main__"}
    exec(code, namespace)  # noqa: S102 - the code under test, built from literals
    assert calls == [("a", 1, None), ("b'\"\n",)]
    assert set(namespace) == {"__name__", "__builtins__"}


def test_warm_code_takes_plain_values_only():
    with pytest.raises(TypeError, match="plain values"):
        warm_code((), (("os", "getcwd", (object(),)),))
    assert warm_code((), ()) == ""
