"""A batch worker's kept kernel: one kernel process per worker, reset between briefings.

A kernel costs about 1.1 CPU-s to start (Python, ipykernel, the display modules the
briefing notebook imports, its part templates). A single run starts its kernel while it
analyses, on the other core, so that costs it no time; on a batch worker, where every
core already runs a briefing, it is paid from the briefings' own time. So a worker keeps
one kernel (:func:`kept_kernel`) and runs one briefing after another on it, each on a
fresh namespace:

- when a notebook is done, the kernel is asked to reset itself
  (:data:`~briefbook.app.engine.RESET_CODE`: IPython's own reset, every name the notebook
  made and its output history gone, the execution count back to 1, cycles collected),
  which it does while the HTML and PDF render;
- before the next notebook, it must answer within
  :data:`~briefbook.app.engine.REUSE_WAIT` seconds that it is alive, that it has moved to
  the new issue's folder and that its namespace holds no name beyond a fresh kernel's
  (:meth:`~briefbook.app.engine.RunKernel.reuse`); a kernel that died, hangs, or kept a
  name is killed and a new one started for this briefing;
- a briefing that ends by an exception (a failing cell, a timeout, a signal, any error
  after the notebook) kills the kernel: the next one starts a new kernel.

What a reset keeps are the modules the notebook imported and their caches (the point:
they are what a kernel's start pays for). Only the bundled briefing notebook runs on a
kept kernel, whose cells set no module state; an analyst's own notebook (``--notebook``)
gets a new kernel per briefing, as ``briefbook run`` does. ``BRIEFBOOK_FRESH_KERNELS=1``
in the environment gives every briefing a new kernel (to measure the difference).

The kernel belongs to the thread that started it (its client's sockets live on that
thread's event loop): a briefing on another thread gets a kernel of its own for that
briefing and leaves the kept one to its owner; a Dask worker of several threads
(``dask worker --nthreads N`` behind ``--scheduler``) keeps no kernel at all
(:func:`kernels_reused`). The kernel's own output
(start-up chatter, the traceback of a dying kernel) goes to a log in its IPC folder; a
briefing that fails keeps the part written during it, as a run keeps its kernel's log.
The kept kernel is stopped by :func:`close_kept_kernel` (the worker's teardown, and
``atexit``); a batch that is stopped kills it with its worker.

The embedded cluster's workers do not start their first kernel themselves: the batch
starts one per worker (:class:`KernelCopies`) while the forkserver its workers are forked
from warms up, on the core that warm-up leaves idle (a kernel's start, about 0.3 CPU-s,
was paid inside each worker's first briefing, on cores both first briefings wanted). A
worker claims one as it joins (:func:`claim_kernel`, an atomic rename), and its first
briefing adopts it (:meth:`RunKernel.adopt`) after the check a kept kernel passes before
every briefing (:meth:`RunKernel.reuse`); one that fails it is killed, and the worker
starts its own. An adopted kernel is not the worker's child: it is killed by its process
group, and reaped by the batch, which kills whatever is left of its kernels when it ends.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefbook.app.engine import RunKernel

__all__ = [
    "FRESH_ENV",
    "KEPT_STATE",
    "KernelCopies",
    "claim_kernel",
    "claimed_kernel_pid",
    "close_kept_kernel",
    "fresh_kernels_asked",
    "kept_kernel",
    "kernels_reused",
]

FRESH_ENV = "BRIEFBOOK_FRESH_KERNELS"

# this process's kept kernel: the RunKernel, the thread that owns it, its log file; and
# counts of kernels started and briefings that reused one (read by tests and the record)
KEPT_STATE: dict[str, Any] = {
    "kernel": None,
    "thread": None,
    "log": None,
    "home": None,
    "started": 0,
    "reused": 0,
    "replaced": [],
    # a kernel another process started for this one (:class:`KernelCopies`), claimed and
    # not yet adopted (its claim, a dict), and how many were adopted
    "claimed": None,
    "adopted": 0,
    "atexit": False,
}
_LOCK = threading.Lock()


def kernels_reused() -> bool:
    """Whether briefings on this process keep their kernel: not with
    ``BRIEFBOOK_FRESH_KERNELS=1``, and not on a Dask worker of several threads (a kept
    kernel belongs to one thread, and such a worker hands consecutive briefings to
    different threads: each would replace the other's kernel)."""
    return not fresh_kernels_asked() and _worker_threads() <= 1


def fresh_kernels_asked() -> bool:
    """Whether ``BRIEFBOOK_FRESH_KERNELS`` asks for a new kernel per briefing."""
    return os.environ.get(FRESH_ENV, "") not in ("", "0")


def _worker_threads() -> int:
    """The threads of the Dask worker this code runs on; 1 outside a worker."""
    try:
        from distributed import get_worker

        return int(get_worker().state.nthreads)
    except (ImportError, ValueError, AttributeError):
        return 1


@contextlib.contextmanager
def kept_kernel(
    kernel_name: str,
    cwd: Path,
    *,
    prime: tuple[tuple[str, str, tuple[Any, ...]], ...] = (),
    kernel_log: Path | None = None,
) -> Iterator[RunKernel]:
    """This thread's kept kernel, moved to ``cwd`` and primed with ``prime`` (as
    :class:`RunKernel` takes it), for one notebook; a new one when there is none yet or the
    kept one cannot be reused (its reason is added to ``KEPT_STATE["replaced"]``).

    Leaving the block normally keeps the kernel for the next briefing (reset when its
    notebook ended, see :meth:`RunKernel.release`); by an exception kills it, and copies
    what the kernel wrote to its log during the block into ``kernel_log`` (when given)."""
    me = threading.get_ident()
    with _LOCK:
        kernel = KEPT_STATE["kernel"]
        theirs = kernel is not None and KEPT_STATE["thread"] != me
    if theirs:
        # the kept kernel's client lives on its owner's event loop: only the owner may close
        # it, so this briefing gets a kernel of its own, closed when it ends
        with _LOCK:
            KEPT_STATE["replaced"].append("another thread's kernel kept")
        with RunKernel(
            kernel_name, cwd=cwd, log_path=kernel_log, prime=(*prime, ("gc", "freeze", ()))
        ) as own:
            yield own
        return
    if kernel is not None:
        why = kernel.reuse(cwd, prime)
        if why:
            _drop(why)
            kernel = None
        else:
            KEPT_STATE["reused"] += 1
    if kernel is None:
        kernel = _adopt(kernel_name, cwd, prime)
    if kernel is None:
        kernel = _start(kernel_name, cwd, prime)
    log = KEPT_STATE["log"]
    mark = _size(log)
    try:
        yield kernel
    except BaseException:
        if kernel_log is not None and log is not None:
            _copy_tail(log, mark, kernel_log)
        _drop(None)
        raise
    if kernel.km is None or kernel.kc is None:  # closed inside the block
        _drop(None)
    elif not kernel.reset_sent:  # no notebook ran on it: reset all the same
        kernel.release()


def _start(
    kernel_name: str, cwd: Path, prime: tuple[tuple[str, str, tuple[Any, ...]], ...]
) -> RunKernel:
    """A new kept kernel: started in a folder of its own (then moved to ``cwd`` by its first
    warm-up call, as a reused kernel is), its output to a log there, and frozen after
    its warm-up (``gc.freeze()``: its modules are never scanned again)."""
    from briefbook.app.engine import WARM_MODULES

    home = tempfile.mkdtemp(prefix="briefbook-kept-kernel-")
    log = Path(home) / "kernel.log"
    kernel = RunKernel(
        kernel_name,
        cwd=Path(home),
        log_path=log,
        warm=WARM_MODULES,
        prime=(("os", "chdir", (str(cwd),)), *prime, ("gc", "freeze", ())),
    )
    kernel.keep = True
    with _LOCK:
        KEPT_STATE.update(kernel=kernel, thread=threading.get_ident(), log=log, home=home)
        _register_close()
        KEPT_STATE["started"] += 1
    return kernel


def _register_close() -> None:
    """``close_kept_kernel`` at exit, registered once (called with ``_LOCK`` held)."""
    if not KEPT_STATE["atexit"]:
        atexit.register(close_kept_kernel)
        KEPT_STATE["atexit"] = True


def _adopt(
    kernel_name: str, cwd: Path, prime: tuple[tuple[str, str, tuple[Any, ...]], ...]
) -> RunKernel | None:
    """The kernel this process claimed (:func:`claim_kernel`), adopted as this thread's
    kept kernel, moved to ``cwd`` and primed; None when none was claimed, or when it
    cannot be adopted (gone, or started for another kernelspec: the caller starts one).
    Used once: a kernel dropped later is replaced by one started here."""
    with _LOCK:
        claim, KEPT_STATE["claimed"] = KEPT_STATE["claimed"], None
    if not claim:
        return None
    home = claim["home"]
    if claim.get("kernel_name") != kernel_name:
        _kill_claimed(claim)
        return None
    try:
        kernel = RunKernel.adopt(
            kernel_name,
            connection_file=Path(claim["connection_file"]),
            pid=int(claim["pid"]),
            ipc_dir=claim["ipc_dir"],
        )
    except Exception:  # gone or unreadable: a kernel of our own instead
        _kill_claimed(claim)
        return None
    # checked as a kept kernel is before each briefing: alive, answering, in ``cwd``,
    # primed, its namespace a fresh kernel's (it has run no notebook yet)
    why = kernel.reuse(cwd, (*prime, ("gc", "freeze", ())))
    if why:
        with contextlib.suppress(Exception):
            kernel.close(kill=True)
        _kill_claimed(claim)
        with _LOCK:
            KEPT_STATE["replaced"].append(f"the kernel started for this worker: {why}")
        return None
    kernel.keep = True
    with _LOCK:
        KEPT_STATE.update(
            kernel=kernel, thread=threading.get_ident(), log=Path(home) / "kernel.log", home=home
        )
        _register_close()
        KEPT_STATE["adopted"] += 1
    return kernel


def _kill_claimed(claim: dict[str, Any]) -> None:
    """A claimed kernel that will not be used: killed, its files removed."""
    import signal

    with contextlib.suppress(OSError, ValueError, KeyError):
        os.kill(int(claim["pid"]), signal.SIGKILL)
    for key in ("home", "ipc_dir"):
        if claim.get(key):
            shutil.rmtree(claim[key], ignore_errors=True)
    with contextlib.suppress(OSError, KeyError):
        os.unlink(claim["connection_file"])


def claimed_kernel_pid() -> int | None:
    """The process of this process's kept kernel when another process started it (a
    kernel of :class:`KernelCopies`, claimed; not this process's child, so its CPU time is
    counted apart, see :func:`briefbook.app.batch.tree_cpu_seconds`); None otherwise."""
    with _LOCK:
        claim = KEPT_STATE["claimed"]
        kernel = KEPT_STATE["kernel"]
    if claim:
        return int(claim["pid"])
    process = getattr(getattr(getattr(kernel, "km", None), "provisioner", None), "process", None)
    if process is not None and type(process).__name__ == "_Adopted":
        return int(process.pid)
    return None


COPY_PREFIX = "kernel-"
COPY_SUFFIX = ".json"


def claim_kernel(folder: Path) -> bool:
    """Claim one of the kernels waiting in ``folder`` (:class:`KernelCopies`) for this
    process: the first briefing's :func:`kept_kernel` adopts it instead of starting one.
    Returns whether one was claimed (none left, or one is claimed already: False). A
    claim is atomic (a rename): no two processes get the same kernel."""
    import json

    with _LOCK:
        if KEPT_STATE["claimed"] or KEPT_STATE["kernel"] is not None:
            return False
    for path in sorted(Path(folder).glob(f"{COPY_PREFIX}*{COPY_SUFFIX}")):
        mine = path.with_name(f"{path.name}.{os.getpid()}")
        try:
            os.rename(path, mine)
        except OSError:
            continue
        try:
            claim = json.loads(mine.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        with _LOCK:
            KEPT_STATE["claimed"] = claim
        return True
    return False


class KernelCopies:
    """``count`` kept kernels started now, in this process, for processes that will claim
    them (:func:`claim_kernel`; ``briefbook batch``'s embedded workers, which do not exist
    yet): each boots, imports what the briefing notebook shows and makes the ``prime``
    calls (``(module, function, args)``, as :class:`RunKernel` takes them), given on its
    command line (IPython's ``code_to_run``: no client of this process connects), while
    the workers are being made, so no worker's first briefing waits for its kernel to
    start. Each kernel has a folder of its own (its log, ``kernel.log``), as a kept kernel
    started by a worker has; its claim file in :attr:`folder` names its connection file,
    process, IPC folder, folder and kernelspec.

    The kernels are this process's children: :meth:`close` (the batch's end, after its
    workers have stopped the kernels they adopted) kills what is left, reaps them all and
    removes every file; :meth:`kill` is the same. Raises what ``jupyter_client`` raises
    when a kernel cannot be started (then none is left running)."""

    def __init__(
        self,
        count: int,
        kernel_name: str,
        prime: tuple[tuple[str, str, tuple[Any, ...]], ...] = (),
    ) -> None:
        import json

        from briefbook.app.engine import WARM_MODULES, kernel_manager_for, warm_code

        self.folder = Path(tempfile.mkdtemp(prefix="briefbook-kernels-"))
        self.kernels: list[tuple[Any, str, str]] = []  # (manager, its folder, its IPC folder)
        code = warm_code(WARM_MODULES, (*prime, ("gc", "freeze", ())))
        try:
            for _ in range(max(0, count)):
                home = tempfile.mkdtemp(prefix="briefbook-kept-kernel-")
                ipc = tempfile.mkdtemp(prefix="briefbook-kernel-")
                km = kernel_manager_for(Path(home) / "kernel.log")(kernel_name=kernel_name)
                km.ip = os.path.join(ipc, "ipc")
                self.kernels.append((km, home, ipc))
                extra = ["--HistoryManager.hist_file=:memory:", f"--IPKernelApp.code_to_run={code}"]
                RunKernel._call(km.start_kernel, cwd=home, extra_arguments=extra)
                claim = {
                    "connection_file": km.connection_file,
                    "pid": km.provisioner.pid,
                    "ipc_dir": ipc,
                    "home": home,
                    "kernel_name": kernel_name,
                }
                path = self.folder / f"{COPY_PREFIX}{claim['pid']}{COPY_SUFFIX}"
                tmp = path.with_name(f".{path.name}")
                tmp.write_text(json.dumps(claim), encoding="utf-8")
                os.rename(tmp, path)  # claimable only once complete
        except BaseException:
            self.kill()
            raise

    def pids(self) -> list[int]:
        """The kernels' processes (claimed or not), while this object has them."""
        return [km.provisioner.pid for km, _, _ in self.kernels if km.provisioner is not None]

    def close(self) -> None:
        """Kill the kernels still running (none claimed them, or their worker left them),
        reap every one, remove their files and :attr:`folder`. Safe to call again."""
        self.kill()

    def kill(self) -> None:
        """Kill every kernel at once, reap them, remove their files. Safe to call again."""
        import signal

        kernels, self.kernels = self.kernels, []
        for km, home, ipc in kernels:
            process = getattr(km.provisioner, "process", None)
            if process is not None:
                with contextlib.suppress(OSError):
                    os.killpg(process.pid, signal.SIGKILL)  # its own session
                with contextlib.suppress(OSError):
                    process.kill()
                with contextlib.suppress(Exception):
                    process.wait(timeout=5)
            with contextlib.suppress(Exception):
                km.cleanup_connection_file()
            with contextlib.suppress(Exception):
                km._close_control_socket()
            shutil.rmtree(home, ignore_errors=True)
            shutil.rmtree(ipc, ignore_errors=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def _drop(why: str | None) -> None:
    """Kill the kept kernel (if any) and forget it; ``why`` is noted when given."""
    with _LOCK:
        kernel, KEPT_STATE["kernel"] = KEPT_STATE["kernel"], None
        thread, KEPT_STATE["thread"] = KEPT_STATE["thread"], None
        home, KEPT_STATE["home"] = KEPT_STATE["home"], None
        KEPT_STATE["log"] = None
        if why:
            KEPT_STATE["replaced"].append(why)
    if kernel is not None:
        if thread == threading.get_ident():
            with contextlib.suppress(Exception):
                kernel.close(kill=True)
        _kill_process(kernel)
    if home:
        shutil.rmtree(home, ignore_errors=True)


def _kill_process(kernel: RunKernel) -> None:
    """Kill a kernel's process and remove its files without its event loop (from another
    thread, or after its loop is gone): its process by the provisioner's handle."""
    km = kernel.km
    if km is None:
        return
    process = getattr(getattr(km, "provisioner", None), "process", None)
    if process is not None:
        with contextlib.suppress(Exception):
            process.kill()
            process.wait(timeout=5)
    with contextlib.suppress(Exception):
        km.cleanup_connection_file()
    kernel.km = None
    if kernel._ipc_dir:
        shutil.rmtree(kernel._ipc_dir, ignore_errors=True)


def close_kept_kernel() -> None:
    """Stop this process's kept kernel, if it has one (killed: it holds nothing to save)."""
    _drop(None)


def _size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0


def _copy_tail(log: Path, start: int, target: Path) -> None:
    """What ``log`` holds from byte ``start`` on, written to ``target`` (when anything)."""
    with contextlib.suppress(OSError):
        with open(log, "rb") as f:
            f.seek(start)
            data = f.read()
        if data:
            target.write_bytes(data)
