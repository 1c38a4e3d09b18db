"""Shared fixtures: the checkout, ../shared beside it, and a runnable copy of the example."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builders import EXAMPLES, ROOT, SHARED, run_cli  # noqa: F401 - run_cli for the tests


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return SHARED


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A folder with params/example.yaml and its sources, as in the repository."""
    shutil.copytree(ROOT / "params", tmp_path / "params")
    shutil.copytree(EXAMPLES, tmp_path / "sources" / "examples")
    return tmp_path


@pytest.fixture
def private_tempdir(monkeypatch: pytest.MonkeyPatch):
    """A temporary folder of this test's own, where this process and every process it starts
    (``TMPDIR``) make their temporary files: a test that compares what is left there is not
    upset by other processes of a shared machine creating files in the system's one. Short
    (beside the system's, not under ``tmp_path``), as the kernels' IPC socket paths in it
    must stay under about 100 bytes."""
    import tempfile

    folder = tempfile.mkdtemp(prefix="bbtest-")
    monkeypatch.setenv("TMPDIR", folder)
    monkeypatch.setattr(tempfile, "tempdir", folder)
    yield Path(folder)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _declared_limits():
    """Every test starts and ends with the declared limits (a params file may raise them)."""
    from briefbook.config.limits import reset_limits

    reset_limits()
    yield
    reset_limits()
