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


def test_forkserver_preload_warms_once_and_a_forked_worker_only_starts_its_renderer():
    """Importing briefbook.app.forkwarm (what the embedded cluster's forkserver does) warms
    the process without starting a PDF renderer; a worker forked from it is warm, and its
    own warm-up then loads nothing again (renderer=False here: no process is started)."""
    script = (
        "import os, sys\n"
        "import psutil\n"
        "from briefbook.app.workers import WORKER_STATE, models_loaded, warm_worker\n"
        "assert not models_loaded()\n"
        "import briefbook.app.forkwarm\n"
        "assert models_loaded() and WORKER_STATE['warmed'] and WORKER_STATE['inherited']\n"
        "assert psutil.Process().children() == []  # no renderer in the forkserver\n"
        "assert 'matplotlib.pyplot' in sys.modules and 'papermill' in sys.modules\n"
        "from briefbook.render.notebook import _exporter\n"
        "made = _exporter.cache_info().currsize\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    import briefbook.assessment.build as build\n"
        "    calls = []\n"
        "    build.assess = lambda *a, **k: calls.append(a)  # a second warm-up would call it\n"
        "    warm_worker(renderer=False)\n"
        "    ok = models_loaded() and not calls and WORKER_STATE['inherited']\n"
        "    ok = ok and _exporter.cache_info().currsize == made == 2\n"
        "    os._exit(0 if ok else 3)\n"
        "_, status = os.waitpid(pid, 0)\n"
        "assert os.waitstatus_to_exitcode(status) == 0, status\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert result.stderr == ""  # as quiet as the command


def test_a_process_that_warmed_itself_is_not_marked_inherited():
    script = (
        "from briefbook.app.workers import WORKER_STATE, warm_worker, warmup_inherited\n"
        "warm_worker(renderer=False)\n"
        "assert WORKER_STATE['warmed'] and not warmup_inherited()\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


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
