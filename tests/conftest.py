"""Shared fixtures: the checkout, ../shared beside it, and a runnable copy of the example."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "sources" / "examples"
BRIEFBOOK = [sys.executable, "-m", "briefbook.cli"]


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


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: int = 600):
    """Run the briefbook CLI in a subprocess, as a user would."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [*BRIEFBOOK, *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
