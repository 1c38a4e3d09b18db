"""Batch workers: the warm-up loads what a briefing needs, and a briefing's size orders the
queue. The warm-up runs in a fresh interpreter, so that what this test process has already
loaded cannot make it pass."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from briefbook.app.batch import source_bytes, submission_order
from briefbook.config.params import Params
from briefbook.model import SourceSpec


def _run_fresh(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a fresh interpreter; it must succeed and print ``ok``."""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    return result


def test_warm_up_loads_the_models_once_in_a_fresh_process():
    """The warm-up loads the models once, and writes its source in the folder the batch
    names (removed by the batch even when the warm-up is killed half-way)."""
    script = (
        "import os, tempfile\n"
        "from briefbook.app.warmdir import make_warmup_home\n"
        "home = str(make_warmup_home())  # as the batch names its folder\n"
        "made = []\n"
        "class Recorded(tempfile.TemporaryDirectory):\n"
        "    def __init__(self, *args, **kwargs):\n"
        "        super().__init__(*args, **kwargs)\n"
        "        made.append(self.name)\n"
        "tempfile.TemporaryDirectory = Recorded\n"
        "from briefbook.app.workers import models_loaded, warm_worker, warmup_seconds\n"
        "assert not models_loaded() and warmup_seconds() is None\n"
        "seconds = warm_worker()\n"
        "warmups = [m for m in made if os.path.basename(m).startswith('briefbook-warmup-')]\n"
        "assert warmups and all(os.path.dirname(m) == home for m in warmups), (made, home)\n"
        "assert os.listdir(home) == []\n"
        "os.rmdir(home)\n"
        "assert models_loaded() and warmup_seconds() == seconds > 0\n"
        "import sys\n"
        "assert 'papermill' in sys.modules and 'nbconvert' in sys.modules\n"
        "assert 'matplotlib.figure' in sys.modules  # the charts module, without pyplot\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "from briefbook.app.execute import kernel_name\n"
        "assert kernel_name.cache_info().currsize == 1  # the kernelspec looked up once\n"
        "from briefbook.app.workers import RUN_MODULES\n"
        "assert all(name in sys.modules for name in RUN_MODULES)  # a run's late imports\n"
        "from briefbook.render.notebook import _exporter\n"
        "assert _exporter.cache_info().currsize == 2  # both exporters made and used\n"
        "print('ok')\n"
    )
    result = _run_fresh(script)
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
        "assert 'matplotlib.figure' in sys.modules and 'papermill' in sys.modules\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
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
    result = _run_fresh(script)
    assert result.stderr == ""  # as quiet as the command


def test_a_process_that_warmed_itself_is_not_marked_inherited():
    script = (
        "from briefbook.app.workers import WORKER_STATE, warm_worker, warmup_inherited\n"
        "warm_worker(renderer=False)\n"
        "assert WORKER_STATE['warmed'] and not warmup_inherited()\n"
        "print('ok')\n"
    )
    _run_fresh(script)


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
            SourceSpec(path="a.txt"),
            SourceSpec(path="more/*.txt"),
            SourceSpec(path="missing.txt"),  # not seen from here: counts 0
        ],
        base=tmp_path,
    )
    assert source_bytes(params) == 137


def test_items_are_submitted_biggest_first_and_ties_keep_their_order():
    # each submission is scheduled as it arrives: the first ones submitted are the first
    # to run, so they must be the biggest, not the first named on the command line
    assert submission_order([10, 500, 0, 500, 30]) == [1, 3, 4, 0, 2]
    assert submission_order([]) == []


def _noisy_exit(serving: bool) -> subprocess.CompletedProcess:
    script = (
        "import multiprocessing.forkserver as forkserver\n"
        "import briefbook.app.forkwarm\n"
        "class Noisy:\n"
        "    def __del__(self):\n"
        "        print('torn down', flush=True)\n"
        "kept = Noisy()\n"
        # what multiprocessing's forkserver main() sets once it serves
        + ("forkserver._forkserver._forkserver_address = 'its-socket'\n" if serving else "")
        + "print('served', flush=True)\n"
        + f"raise SystemExit({0 if serving else 5})  # as the forkserver's loop ends\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )


def test_the_forkserver_exits_without_tearing_down_what_it_loaded():
    """The forkserver (which imports briefbook.app.forkwarm) ends at once when the batch
    closes its end: no teardown of the pipeline's objects (it kept the batch waiting). Any
    other process that imports the module exits as usual, with its own exit code."""
    served = _noisy_exit(serving=True)
    assert served.returncode == 0, served.stderr
    assert served.stdout.split() == ["served"]
    other = _noisy_exit(serving=False)
    assert other.returncode == 5, other.stderr
    assert other.stdout.split() == ["served", "torn", "down"]


def test_an_items_cpu_counts_the_warm_renderer_copy_its_worker_claimed(tmp_path: Path):
    """A worker's claimed renderer copy is not its child (the batch started the copies);
    the CPU it spends on a briefing still counts in that briefing's record
    (:func:`tree_cpu_seconds`). The copies are started here, claimed in another process."""
    import time

    from briefbook.render.pdf import RendererCopies

    copies = RendererCopies(1)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "import psutil\n"
        "from briefbook.app.batch import tree_cpu_seconds\n"
        "from briefbook.render.pdf import close_shared_renderer, shared_renderer\n"
        "renderer = shared_renderer(Path(sys.argv[1]))\n"
        "assert renderer.claimed\n"
        "copy = psutil.Process(renderer.pid)\n"
        "assert copy.pid not in {c.pid for c in psutil.Process().children(recursive=True)}\n"
        "page = '<p>Patrols reported shelling near the depot on Tuesday.</p>' * 1500\n"
        "before, own = tree_cpu_seconds(), sum(copy.cpu_times()[:4])\n"
        "renderer.render(f'<html><body>{page}</body></html>', Path(sys.argv[2]))\n"
        "import time\n"
        "while copy.children():  # the layout it forked, until reaped\n"
        "    time.sleep(0.01)\n"
        "spent = sum(copy.cpu_times()[:4]) - own  # with the layouts it forked and reaped\n"
        "counted = tree_cpu_seconds() - before\n"
        "close_shared_renderer()\n"
        "assert spent > 0.2, spent  # the layout ran in the copy, not here\n"
        "assert counted >= spent, (counted, spent)\n"
        "print('ok')\n"
    )
    try:
        deadline = time.monotonic() + 60
        while not list(copies.folder.glob("renderer-*.sock")) and time.monotonic() < deadline:
            time.sleep(0.05)
        result = subprocess.run(
            [sys.executable, "-c", script, str(copies.folder), str(tmp_path / "long.pdf")],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "ok"
        assert (tmp_path / "long.pdf").read_bytes().startswith(b"%PDF")
    finally:
        copies.close(wait=30)
    assert not copies.folder.exists()


def test_the_embedded_cluster_serves_no_dashboard_and_takes_no_fixed_port():
    """Without --dashboard the embedded cluster asks Dask for no dashboard and an ephemeral
    HTTP port: another process holding Dask's usual port 8787 (a notebook's cluster, another
    user's) makes no "already in use" warning on the batch's stderr."""
    script = (
        "import socket, sys, warnings\n"
        "held = socket.socket()\n"
        "try:\n"
        "    held.bind(('127.0.0.1', 8787)); held.listen()\n"
        "except OSError:\n"
        "    pass  # already held by another process: the case itself\n"
        "import distributed\n"
        "from briefbook.app.batch import _local_cluster\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    cluster = _local_cluster(distributed, 1, None)\n"
        "    port = cluster.scheduler.http_server.port\n"
        "    cluster.close()\n"
        "assert port != 8787, port\n"
        "assert not [w for w in caught if 'in use' in str(w.message)], caught\n"
        "print('ok')\n"
    )
    result = _run_fresh(script)
    assert "in use" not in result.stderr


def test_no_kernel_is_started_early_for_an_analysts_notebook_or_fresh_kernels(monkeypatch):
    """The batch starts its workers' kept kernels early only where the workers keep them:
    not for an analyst's own notebook, not with BRIEFBOOK_FRESH_KERNELS=1, not for no
    worker; and asking does not import Dask (the kernels start before it is imported)."""
    import types

    from briefbook.app import batch
    from briefbook.app.kernels import FRESH_ENV

    runnable = [(Path("a.yaml"), types.SimpleNamespace(schema="conflict"))]
    started = []
    monkeypatch.setattr(
        "briefbook.app.kernels.KernelCopies", lambda *a, **k: started.append(a) or "copies"
    )
    monkeypatch.setenv(FRESH_ENV, "1")
    assert batch._kernel_copies(2, runnable, None) is None
    monkeypatch.delenv(FRESH_ENV)
    assert batch._kernel_copies(2, runnable, Path("own.ipynb")) is None
    assert batch._kernel_copies(0, runnable, None) is None
    assert started == []
    assert batch._kernel_copies(2, runnable, None) == "copies"
    assert started[0][0] == 2 and started[0][2][0][2] == ("conflict",)
    script = (
        "import sys, types\n"
        "from pathlib import Path\n"
        "from briefbook.app import batch, kernels\n"
        "kernels.KernelCopies = lambda *a, **k: 'copies'\n"
        "params = types.SimpleNamespace(schema='conflict')\n"
        "assert batch._kernel_copies(1, [(Path('a.yaml'), params)], None) == 'copies'\n"
        "print('distributed' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]
