"""Batch workers: the warm-up loads what a briefing needs, and a briefing's size orders the
queue. The warm-up runs in a fresh interpreter, so that what this test process has already
loaded cannot make it pass."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from briefbook.app.batch import source_bytes
from briefbook.config.params import Params, SourceParam


def test_warm_up_loads_the_models_once_in_a_fresh_process():
    script = (
        "from briefbook.app.workers import models_loaded, warm_worker, warmup_seconds\n"
        "assert not models_loaded() and warmup_seconds() is None\n"
        "seconds = warm_worker()\n"
        "assert models_loaded() and warmup_seconds() == seconds > 0\n"
        "import sys\n"
        "assert 'papermill' in sys.modules and 'nbconvert' in sys.modules\n"
        "assert 'matplotlib.pyplot' in sys.modules  # a chart was drawn\n"
        "from briefbook.render.notebook import _exporter\n"
        "assert _exporter.cache_info().currsize == 2  # both exporters made and used\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert result.stderr == ""  # as quiet as the command


def _sigint_default() -> None:
    """As from a terminal, even when the tests run in the background with SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_worker_setup_ignores_sigint_in_the_worker_process():
    script = (
        "import signal\n"
        "from briefbook.app.workers import dask_setup\n"
        "assert signal.getsignal(signal.SIGINT) is signal.default_int_handler\n"
        "dask_setup(None)\n"
        "assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_sigint_default,
    )
    assert result.returncode == 0, result.stderr


def testsource_bytes_counts_files_and_glob_matches(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x" * 100, encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.txt").write_text("y" * 30, encoding="utf-8")
    (tmp_path / "more" / "c.txt").write_text("z" * 7, encoding="utf-8")
    params = Params(
        title="t",
        series="s",
        sources=[
            SourceParam(path="a.txt"),
            SourceParam(path="more/*.txt"),
            SourceParam(path="missing.txt"),  # not seen from here: counts 0
        ],
        base=tmp_path,
    )
    assert source_bytes(params) == 137
