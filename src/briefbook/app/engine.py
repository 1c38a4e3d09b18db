"""The papermill engine of ``briefbook run``: a kernel started early, stopped late.

:class:`RunKernel` starts the notebook kernel when a run begins, before the sources are
read: the kernel process boots, and imports the display modules the briefing notebook
uses, on the other core while this process ingests and analyses. :class:`BriefbookEngine`
(papermill engine ``briefbook``, registered on the ``papermill.engine`` entry point) then
executes the notebook on that kernel through papermill's own notebook client, so cell
metadata, autosaves and error cells are papermill's. The engine closes the kernel client
itself on every exit path (no client is left to the garbage collector: that left unclosed
sockets and a heartbeat thread running). After a normal end it only *asks* the kernel to
shut down: the kernel exits while the HTML and PDF render, and :meth:`RunKernel.close`
(at the end of the run) finds it gone and removes its connection and IPC files. Any
exception, Ctrl-C or stop signal kills the kernel at once.

Without a ``kernel`` (``papermill --engine briefbook``, or a notebook run by hand) the
engine starts its own kernel and closes it before it returns.

Everything here runs on jupyter_core's event loop of the calling thread, the loop
papermill's client uses, so the kernel manager's sockets and futures stay on one loop.

This module imports papermill only inside the engine's methods: importing
``papermill.engines`` loads every ``papermill.engine`` entry point, this one included, so
a module-level import would be circular whenever this module is imported first.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import ensure_event_loop, run_sync

from briefbook.render.pdf import ForeignProcess

__all__ = [
    "ENGINE_NAME",
    "RESET_CODE",
    "WARM_MODULES",
    "BriefbookEngine",
    "IPCKernelManager",
    "RunKernel",
    "kernel_manager_for",
]

ENGINE_NAME = "briefbook"
# what the briefing notebook imports: loaded by the kernel while the engine analyses
WARM_MODULES = (
    "briefbook.presentation.show",
    "briefbook.presentation.document",
    "briefbook.presentation.tables",
    "briefbook.contract",
)
SHUTDOWN_WAIT = 5.0  # seconds a kernel asked to shut down has before it is killed
REUSE_WAIT = 30.0  # seconds a kept kernel has to answer that it was reset
# what a kept kernel runs when its notebook is done: every name the notebook made is
# gone (IPython's own reset: the namespace, the output history, the execution count back
# to 1, as in a fresh kernel), the cycles they formed are collected, and what is left (the
# modules and their caches) is frozen, never scanned by the collector again
RESET_CODE = (
    "get_ipython().reset(new_session=True)\n"
    "import gc as _bb_gc\n"
    "_bb_gc.collect()\n"
    "_bb_gc.freeze()\n"
    "del _bb_gc\n"
)
# the names a kept kernel's namespace holds beyond IPython's own (a fresh kernel: none)
LEFT_NAMES = (
    "sorted(k for k in get_ipython().user_ns "
    "if k not in get_ipython().user_ns_hidden and not k.startswith('__'))"
)
HEARTBEAT_START_WAIT = 2.0  # seconds the heartbeat thread has to make its socket


class IPCKernelManager(AsyncKernelManager):
    """A kernel manager on IPC transport: no TCP ports to collide on.

    ``log_path`` (set on a subclass, see :func:`kernel_manager_for`) receives the kernel
    process's own stdout and stderr: its start-up and shutdown chatter and the traceback
    of a dying kernel go to a file, not to the user's terminal.
    """

    log_path: str | None = None

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("transport", "ipc")
        super().__init__(**kwargs)

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        if not self.log_path:
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        with open(self.log_path, "ab") as log:  # the child keeps its own copy of the fd
            kw.setdefault("stdout", log)
            kw.setdefault("stderr", log)
            return await super()._async_launch_kernel(kernel_cmd, **kw)


def kernel_manager_for(log_path: Path | None) -> type[IPCKernelManager]:
    """The kernel manager class of one run: IPC transport, kernel output to ``log_path``."""
    if log_path is None:
        return IPCKernelManager
    return type("RunKernelManager", (IPCKernelManager,), {"log_path": str(log_path)})


class RunKernel:
    """One kernel process, started now and owned until :meth:`close`.

    ``kernel_name``: a registered kernelspec; ``cwd``: the kernel's working folder;
    ``log_path``: where the kernel process's stdout and stderr go (default: inherited);
    ``warm``: modules the kernel imports at once (silently: no output, no execution count,
    nothing left in the notebook's namespace); ``prime``: then calls it makes, each
    ``(module, function, args)`` with literal arguments (str, int, float, bool, None): what
    the notebook's first cells would otherwise wait for (templates compiled, the schema
    read). A failing import or call is skipped silently: the notebook meets the problem
    and reports it. Also a context manager: leaving the block
    normally closes it (waiting for a requested shutdown), by an exception kills it.
    """

    def __init__(
        self,
        kernel_name: str,
        *,
        cwd: Path,
        log_path: Path | None = None,
        manager_class: type[AsyncKernelManager] | None = None,
        warm: tuple[str, ...] = WARM_MODULES,
        prime: tuple[tuple[str, str, tuple[Any, ...]], ...] = (),
    ) -> None:
        manager = manager_class or kernel_manager_for(log_path)
        # IPC sockets at a short absolute path (a socket path has ~100 bytes at most): the
        # kernel runs in ``cwd``, this process wherever it is, and both must find them
        self.km: AsyncKernelManager | None = manager(kernel_name=kernel_name)
        self._ipc_dir = ""
        if self.km.transport == "ipc":
            self._ipc_dir = tempfile.mkdtemp(prefix="briefbook-kernel-")
            self.km.ip = os.path.join(self._ipc_dir, "ipc")
        self.kc: Any = None
        self.shutdown_requested = False
        # a kept kernel (:mod:`briefbook.app.kernels`): :meth:`release` resets it for the
        # next briefing instead of shutting it down; ``verified`` says that it answered a
        # moment ago (:meth:`reuse`), so :meth:`ready_client` need not ask again
        self.keep = False
        self.verified = False
        self.reset_sent = False
        # as nbclient starts its kernels: IPython history in memory, not in ~/.ipython
        extra = ["--HistoryManager.hist_file=:memory:"] if self.km.ipykernel else []
        try:
            self._call(self._start, cwd=str(cwd), extra_arguments=extra, warm=warm, prime=prime)
        except BaseException:
            self.close(kill=True)
            raise

    @classmethod
    def adopt(
        cls,
        kernel_name: str,
        *,
        connection_file: Path,
        pid: int,
        ipc_dir: str,
    ) -> RunKernel:
        """A kernel another process started (:class:`briefbook.app.kernels.KernelCopies`:
        its process ``pid``, not this process's child, listening on the IPC sockets of
        ``connection_file`` under ``ipc_dir``), owned from now on as if started here: a
        client of this thread's loop connects (nothing is asked of the kernel yet:
        :meth:`reuse` moves it to a folder and checks that it answers). Closing or
        killing it kills process ``pid`` (its process group) and removes the connection
        file and ``ipc_dir``; the process that started it reaps it.

        Raises ``OSError`` when process ``pid`` is gone, ``ValueError`` (and the errors of
        ``jupyter_client``) when the connection file cannot be read."""
        self = cls.__new__(cls)
        manager = kernel_manager_for(None)
        self.km = manager(kernel_name=kernel_name)
        self._ipc_dir = ipc_dir
        self.kc = None
        self.shutdown_requested = False
        self.keep = False
        self.verified = False
        self.reset_sent = False
        try:
            self.km.load_connection_file(str(connection_file))
            self.km.connection_file = str(connection_file)
            if not _Adopted(pid).running():
                raise OSError(f"kernel process {pid} is gone")
            self._call(self._attach, pid=pid)
        except BaseException:
            self.close(kill=True)
            raise
        return self

    async def _attach(self, *, pid: int) -> None:
        """Own the running kernel process ``pid`` through a local provisioner (so the
        manager's liveness checks, shutdown and kill reach it) and connect a client in the
        running loop."""
        from jupyter_client.provisioning import LocalProvisioner

        assert self.km is not None
        km = self.km
        provisioner = LocalProvisioner(
            kernel_id=km.kernel_id or os.path.basename(km.connection_file),
            kernel_spec=km.kernel_spec,
            parent=km,
        )
        provisioner.process = _Adopted(pid)
        provisioner.pid = pid
        try:
            provisioner.pgid = os.getpgid(pid)  # its own session, as jupyter_client starts it
        except OSError:
            provisioner.pgid = None
        provisioner.connection_info = km.get_connection_info()
        km.provisioner = provisioner
        km._connection_file_written = True  # removed here when the kernel is stopped
        km._connect_control_socket()
        self.kc = km.client()
        self.kc.start_channels()

    async def _start(
        self,
        *,
        warm: tuple[str, ...],
        prime: tuple[tuple[str, str, tuple[Any, ...]], ...] = (),
        **kw: Any,
    ) -> None:
        """Launch the kernel, then connect a client (its sockets made inside the running
        loop, the one every later call runs on) and queue the ``warm`` imports and the
        ``prime`` calls."""
        assert self.km is not None
        await self.km.start_kernel(**kw)
        self.kc = self.km.client()
        self.kc.start_channels()
        code = warm_code(warm, prime)
        if code:
            # run by the kernel as soon as it is up; shell requests are answered in order,
            # so the notebook's first cell waits for these imports and calls
            self.kc.execute(code, silent=True, store_history=False, allow_stdin=False)

    def __enter__(self) -> RunKernel:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close(kill=exc_type is not None)

    def ready_client(self, timeout: float) -> Any:
        """The kernel client, once the kernel answers (RuntimeError if it does not within
        ``timeout`` seconds, or dies first); stdin is off, as nbclient has it. A signal
        stops the wait at once."""
        if self.kc is None:
            raise RuntimeError("the kernel was closed")
        if not self.verified:
            self._call(self.kc.wait_for_ready, timeout=timeout, defer=False)
        self.verified = False
        self.kc.allow_stdin = False
        return self.kc

    def release(self) -> None:
        """Close the client and ask the kernel to shut down; it exits on its own while the
        run goes on (:meth:`close` waits for it). A kept kernel (``keep``) is instead
        asked to reset itself (:data:`RESET_CODE`: its namespace emptied, its cycles
        collected), which it does while the run goes on; the next briefing's
        :meth:`reuse` checks that it did."""
        if self.keep and self.kc is not None and self.km is not None:
            self.kc.execute(RESET_CODE, silent=True, store_history=False, allow_stdin=False)
            self.reset_sent = True
            return
        self._stop_client()
        if self.km is not None and self.km.has_kernel and not self.shutdown_requested:
            self.shutdown_requested = True
            self._call(self.km.request_shutdown)

    def reuse(
        self,
        cwd: Path,
        prime: tuple[tuple[str, str, tuple[Any, ...]], ...] = (),
        *,
        timeout: float | None = None,
    ) -> str:
        """Make a kept kernel ready for another notebook: it moves to ``cwd``, makes the
        ``prime`` calls, and reports what its namespace holds beyond a fresh kernel's.
        Returns "" when it answered within ``timeout`` seconds (default
        :data:`REUSE_WAIT`) with an empty namespace,
        else why it cannot be reused (dead, no answer, names left, an error): the caller
        then kills it and starts another. Signals stop the wait at once."""
        if self.km is None or self.kc is None:
            return "closed"
        timeout = REUSE_WAIT if timeout is None else timeout
        try:
            alive = self._call(self.km.is_alive, defer=False)
        except RuntimeError:
            alive = False
        if not alive:
            return "the kernel died"
        code = warm_code((), (("os", "chdir", (str(cwd),)), *prime))
        try:
            reply = self._call(self._ask, code, timeout, defer=False)
        except TimeoutError:
            return f"no answer within {timeout:g} s"
        if reply is None:
            return "the kernel died"
        content = reply.get("content", {})
        if content.get("status") != "ok":
            return f"the reset failed: {content.get('ename', 'error')}"
        found = content.get("user_expressions", {}).get("left", {})
        if found.get("status") != "ok":
            return "its namespace could not be read"
        left = found.get("data", {}).get("text/plain", "")
        if left not in ("[]", ""):
            return f"names left from the last notebook: {left[:200]}"
        self.verified = True
        self.reset_sent = False
        return ""

    async def _ask(self, code: str, timeout: float) -> dict[str, Any] | None:
        """Execute ``code`` silently with :data:`LEFT_NAMES` as a user expression and
        return its reply (other replies on the shell channel, from earlier silent
        requests, are skipped); None as soon as the kernel is found dead.
        TimeoutError after ``timeout`` seconds."""
        import queue

        msg_id = self.kc.execute(
            code,
            silent=True,
            store_history=False,
            allow_stdin=False,
            user_expressions={"left": LEFT_NAMES},
        )
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            try:
                msg = await self.kc.get_shell_msg(timeout=min(left, 0.5))
            except queue.Empty:
                if not await self.km.is_alive():
                    return None
                continue
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return msg

    def close(self, *, kill: bool = False, wait: float = SHUTDOWN_WAIT) -> None:
        """Stop the kernel and remove its files; safe to call again. Signals that arrive
        meanwhile are held, then raised once the kernel is stopped.

        ``kill``: at once (an error or a signal); otherwise a kernel asked to shut down has
        ``wait`` seconds to exit before it is killed, and one never asked is asked first."""
        with signals_held():
            _settle()  # what an interrupted call left on the loop, cancelled first
            self._stop_client()
            km, self.km = self.km, None
            if km is None:
                return
            try:
                if km.has_kernel:
                    if kill:
                        self._call(km.shutdown_kernel, now=True, defer=False)
                        return
                    if not self.shutdown_requested:
                        self._call(km.request_shutdown, defer=False)
                    self._call(km.finish_shutdown, waittime=wait, defer=False)
                self._call(km.cleanup_resources, defer=False)
            except RuntimeError as exc:  # already gone: nothing left to stop
                if "No kernel is running" not in str(exc):
                    raise
            finally:
                if self._ipc_dir:
                    shutil.rmtree(self._ipc_dir, ignore_errors=True)

    def _stop_client(self) -> None:
        kc, self.kc = self.kc, None
        if kc is not None:
            # the heartbeat thread makes its socket once it runs: stopping the channels
            # before that leaves it to fail on a closed context and print a traceback
            hb = getattr(kc, "_hb_channel", None)
            deadline = time.monotonic() + HEARTBEAT_START_WAIT
            while (
                hb is not None
                and hb.is_alive()
                and getattr(hb, "socket", None) is None
                and time.monotonic() < deadline
            ):
                time.sleep(0.01)
            kc.stop_channels()

    @staticmethod
    def _call(fn: Callable[..., Any], *args: Any, defer: bool = True, **kw: Any) -> Any:
        """Run coroutine function ``fn`` to its end on this thread's jupyter loop. With
        ``defer``, stop signals wait until it is done (it is short); without, a signal
        interrupts it and what it left pending on the loop is cancelled, so nothing of it
        runs later inside another call."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:  # called from inside a running loop (a notebook): jupyter_core's runner
            return run_sync(fn)(*args, **kw)
        loop = ensure_event_loop()
        with signals_held() if defer else contextlib.nullcontext():
            try:
                return loop.run_until_complete(fn(*args, **kw))
            except BaseException:
                with signals_held():
                    _settle()
                raise


class _Adopted(ForeignProcess):
    """A kernel process this process did not start (:meth:`RunKernel.adopt`), as a kernel
    provisioner uses a child: no pipes, ``terminate`` as well (see
    :class:`~briefbook.render.pdf.ForeignProcess`)."""

    stdin = stdout = stderr = None

    def running(self) -> bool:
        return self.poll() is None

    def terminate(self) -> None:
        with contextlib.suppress(OSError):
            self.send_signal(signal.SIGTERM)


def warm_code(
    modules: tuple[str, ...], calls: tuple[tuple[str, str, tuple[Any, ...]], ...] = ()
) -> str:
    """The code a new kernel runs before the notebook: import ``modules``, then make
    ``calls`` (``(module, function, args)``), each failure skipped, leaving no name behind.
    Arguments are written as Python literals (``repr``), so only plain values are taken."""
    plain = (str, int, float, bool, type(None))
    for module, function, args in calls:
        if not all(isinstance(a, plain) for a in args):
            raise TypeError(f"a warm-up call to {module}.{function} takes plain values only")
    if not modules and not calls:
        return ""
    return (
        "import importlib as _bb_il\n"
        f"for _bb_m in {list(modules)!r}:\n"
        "    try:\n"
        "        _bb_il.import_module(_bb_m)\n"
        "    except Exception:\n"
        "        pass\n"
        f"for _bb_m, _bb_f, _bb_a in {[(m, f, tuple(a)) for m, f, a in calls]!r}:\n"
        "    try:\n"
        "        getattr(_bb_il.import_module(_bb_m), _bb_f)(*_bb_a)\n"
        "    except Exception:\n"
        "        pass\n"
        "del _bb_il\n"
        "_bb_m = _bb_f = _bb_a = None\n"
        "del _bb_m, _bb_f, _bb_a\n"
    )


def _settle() -> None:
    """Cancel the tasks left pending on this thread's jupyter loop and let them unwind."""
    try:
        asyncio.get_running_loop()
        return  # not ours to settle
    except RuntimeError:
        pass
    loop = ensure_event_loop()
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Within the block, SIGINT, SIGTERM and SIGHUP are noted, not acted on; each noted
    signal is raised again after it (so its own handler runs then). In the main thread
    only (elsewhere no signal handler runs anyway)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def note(signum: int, frame: object) -> None:
        held.append(signum)

    previous = {}
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is None or signal.getsignal(sig) in (signal.SIG_IGN, None):
            continue
        previous[sig] = signal.signal(sig, note)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sig in dict.fromkeys(held):
            signal.raise_signal(sig)


@functools.cache
def _sparse_saves_manager() -> type:
    """papermill's ``NotebookExecutionManager``, its cell start and end not saving, its
    notebook end saving only when asked."""
    from papermill.engines import NotebookExecutionManager

    class SparseSaves(NotebookExecutionManager):  # type: ignore[misc]
        def _unsaved(self, hook: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            path, self.output_path = self.output_path, None
            last = self.last_save_time
            try:
                return hook(*args, **kwargs)
            finally:
                self.output_path = path
                self.last_save_time = last  # the autosave's clock runs on

        def notebook_end(self, *, save: bool) -> None:
            """``notebook_complete`` (the notebook's end time and cell states), saving
            only when ``save``."""
            if save:
                self.notebook_complete()
            else:
                self._unsaved(self.notebook_complete)

        def cell_start(self, cell: Any, cell_index: Any = None, **kwargs: Any) -> Any:
            return self._unsaved(super().cell_start, cell, cell_index, **kwargs)

        def cell_complete(self, cell: Any, cell_index: Any = None, **kwargs: Any) -> Any:
            return self._unsaved(super().cell_complete, cell, cell_index, **kwargs)

    return SparseSaves


class BriefbookEngine:
    """Papermill engine ``briefbook``: papermill's notebook client on a :class:`RunKernel`.

    The interface of ``papermill.engines.Engine`` (whose ``execute_notebook`` wraps the
    notebook in papermill's execution manager and calls :meth:`execute_managed_notebook`);
    :meth:`execute_managed_notebook` is ``NBClientEngine``'s, on a kernel it is given.
    Engine keyword arguments beyond papermill's own: ``kernel`` (a started
    :class:`RunKernel`; the engine asks it to shut down when the notebook is done and kills
    it on an error) and ``kernel_manager_class`` (for a kernel the engine starts itself).
    """

    @classmethod
    def execute_notebook(
        cls,
        nb: Any,
        kernel_name: str,
        output_path: str | None = None,
        progress_bar: bool = True,
        log_output: bool = False,
        autosave_cell_every: int = 30,
        **kwargs: Any,
    ) -> Any:
        """``papermill.engines.Engine.execute_notebook`` with fewer saves: the notebook is
        written when it starts, at most every ``autosave_cell_every`` seconds while it runs
        (as the kernel's messages arrive: papermill's autosave) and once when it ends: by
        the engine when the execution ends by an exception (a timeout, a dead kernel, a
        signal), otherwise by papermill's ``execute_notebook`` itself, which writes the
        notebook the engine returns (a failing cell's error is marked in it then). Not
        before and after every cell, as papermill's own engines do, nor twice at the end:
        each save rewrites the whole notebook, its charts included."""
        nb_man = _sparse_saves_manager()(
            nb,
            output_path=output_path,
            progress_bar=progress_bar,
            log_output=log_output,
            autosave_cell_every=autosave_cell_every,
        )
        nb_man.notebook_start()
        try:
            cls.execute_managed_notebook(nb_man, kernel_name, log_output=log_output, **kwargs)
        except BaseException:
            nb_man.cleanup_pbar()
            nb_man.notebook_end(save=True)  # the failed run keeps its notebook
            raise
        nb_man.cleanup_pbar()
        nb_man.notebook_end(save=False)  # papermill writes it next
        return nb_man.nb

    @classmethod
    def nb_kernel_name(cls, nb: Any, name: str | None = None) -> str:
        from papermill.utils import nb_kernel_name

        return nb_kernel_name(nb, name)

    @classmethod
    def nb_language(cls, nb: Any, language: str | None = None) -> str:
        from papermill.utils import nb_language

        return nb_language(nb, language)

    @classmethod
    def execute_managed_notebook(
        cls,
        nb_man: Any,
        kernel_name: str,
        log_output: bool = False,
        stdout_file: Any = None,
        stderr_file: Any = None,
        start_timeout: int = 60,
        execution_timeout: int | None = None,
        kernel: RunKernel | None = None,
        kernel_manager_class: type[AsyncKernelManager] | None = None,
        **kwargs: Any,
    ) -> Any:
        from papermill.clientwrap import PapermillNotebookClient
        from papermill.log import logger
        from papermill.utils import merge_kwargs, remove_args

        # the argument handling of papermill's NBClientEngine, unchanged
        kwargs = remove_args(["input_path"], **kwargs)
        safe_kwargs = remove_args(["timeout", "startup_timeout"], **kwargs)
        final_kwargs = merge_kwargs(
            safe_kwargs,
            timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
            startup_timeout=start_timeout,
            kernel_name=kernel_name,
            log=logger,
            log_output=log_output,
            stdout_file=stdout_file,
            stderr_file=stderr_file,
        )
        owned = kernel is None
        if kernel is None:
            kernel = RunKernel(
                kernel_name, cwd=Path(os.getcwd()), manager_class=kernel_manager_class, warm=()
            )
        try:
            client = PapermillNotebookClient(nb_man, km=kernel.km, **final_kwargs)
            client.kc = kernel.ready_client(start_timeout)
            try:
                nb = client.execute()
            finally:
                client.kc = None  # the kernel's client: closed below, never by the collector
        except BaseException:
            kernel.close(kill=True)
            raise
        kernel.release()
        if owned:
            kernel.close()
        return nb
