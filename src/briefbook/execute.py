"""Execute the briefing notebook with papermill.

Parameters reach the notebook only as papermill parameters (data injected as Python
literals by papermill's translator), never as code we build. The kernel talks over IPC
sockets, not TCP ports, so many runs can start kernels at the same time without port
collisions. A failure becomes an :class:`~briefbook.errors.ExecutionError` naming the
cell and the exception; the executed notebook stays where papermill saved it.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager

from briefbook.errors import ExecutionError, InputError
from briefbook.resources import briefing_notebook

KERNEL_NAME = "briefbook"


class IPCKernelManager(AsyncKernelManager):
    """A kernel manager on IPC transport: no TCP ports to collide on."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("transport", "ipc")
        super().__init__(**kwargs)


def kernel_name() -> str:
    """The ``briefbook`` kernel when registered (``make setup`` does), else ``python3``."""
    from jupyter_client.kernelspec import KernelSpecManager

    try:
        KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except Exception:
        return "python3"
    return KERNEL_NAME


class BootingKernel:
    """A kernel started ahead of time, so it boots while the engine analyses the sources.

    Use as a context manager around the work and :func:`execute_briefing`; it is shut
    down on exit whatever happened (papermill does not own a kernel it was handed).
    """

    def __init__(self, cwd: Path | None = None) -> None:
        from jupyter_core.utils import run_sync

        self.manager = IPCKernelManager(kernel_name=kernel_name())
        self.closed = False
        run_sync(self.manager.start_kernel)(cwd=str(cwd) if cwd else None)

    def __enter__(self) -> BootingKernel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        from jupyter_core.utils import run_sync

        if self.closed:
            return
        self.closed = True
        if self.manager.has_kernel:  # shutting down also removes its connection files
            run_sync(self.manager.shutdown_kernel)(now=True)
        else:
            run_sync(self.manager.cleanup_resources)()


def execute_briefing(
    output: Path,
    parameters: dict[str, Any],
    *,
    notebook: Path | None = None,
    timeout: int = 600,
    cwd: Path | None = None,
    kernel: BootingKernel | None = None,
) -> None:
    """Run the briefing notebook into ``output``; raise ExecutionError on failure.

    ``kernel``: a kernel started earlier (see :class:`BootingKernel`); else papermill
    starts one.
    """
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    source = Path(notebook) if notebook else briefing_notebook()
    if not source.is_file():
        raise InputError(f"notebook {source} not found", hint="give the path to an .ipynb file")
    try:
        with _interruptible():
            papermill.execute_notebook(
                str(source),
                str(output),
                parameters=parameters,
                kernel_name=kernel_name(),
                progress_bar=False,
                log_output=False,
                execution_timeout=timeout,
                start_timeout=120,
                cwd=str(cwd) if cwd else None,
                **(
                    {"km": kernel.manager} if kernel else {"kernel_manager_class": IPCKernelManager}
                ),
            )
    except PapermillExecutionError as exc:
        raise ExecutionError(
            f"the briefing notebook failed in cell {exc.exec_count or exc.cell_index}: "
            f"{exc.ename}: {_first_line(exc.evalue)}",
            cell=exc.cell_index,
            ename=exc.ename,
            evalue=str(exc.evalue),
            notebook=str(output),
            hint="see the executed notebook kept in the failed report folder",
        ) from exc
    except CellTimeoutError as exc:
        cell = _running_cell(output)
        raise ExecutionError(
            f"the briefing notebook timed out in cell {cell} after {timeout} s",
            cell=cell,
            ename="CellTimeoutError",
            evalue=str(exc),
            notebook=str(output),
            hint="raise the params key 'timeout' or check the sources' size",
        ) from exc
    except DeadKernelError as exc:
        cell = _running_cell(output)
        raise ExecutionError(
            f"the notebook kernel died in cell {cell}: {_first_line(str(exc))}",
            cell=cell,
            ename="DeadKernelError",
            evalue=str(exc),
            notebook=str(output),
            hint="the kernel may have run out of memory; see the executed notebook",
        ) from exc


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C stops the run: asyncio's runner would otherwise turn SIGINT into a task
    cancellation that the notebook client absorbs, and the run would carry on."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _running_cell(path: Path) -> int | None:
    """Index of the cell papermill marked as running when execution stopped."""
    import nbformat

    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception:
        return None
    for index, cell in enumerate(nb.cells):
        status = cell.get("metadata", {}).get("papermill", {}).get("status")
        if status == "running":
            return index
    return None


def _first_line(text: object) -> str:
    lines = str(text).strip().splitlines()
    return lines[0][:300] if lines else ""
