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
PAPERMILL_ERROR_TAG = "papermill-error-cell-tag"


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


def kernel_name() -> str:
    """The ``briefbook`` kernel when registered (``make setup`` does), else ``python3``."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel:
        return "python3"
    return KERNEL_NAME


def execute_briefing(
    output: Path,
    parameters: dict[str, Any],
    *,
    notebook: Path | None = None,
    timeout: int = 600,
    cwd: Path | None = None,
    kernel_log: Path | None = None,
) -> None:
    """Run the briefing notebook into ``output``; raise ExecutionError on failure.

    ``kernel_log``: where the kernel process's own output goes (default: inherited).
    """
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    source = Path(notebook) if notebook else briefing_notebook()
    if not source.is_file():
        raise InputError(f"notebook {source} not found", hint="give the path to an .ipynb file")
    nb = check_notebook(source)
    name = kernel_name()
    spec = kernel_metadata(name)
    run_from = source
    if nb.metadata.get("kernelspec") != spec:
        # a notebook without kernelspec, or saved with another kernel: run a copy that names
        # the kernel it runs on, so the kept notebook reopens on that kernel in JupyterLab
        import nbformat

        nb.metadata["kernelspec"] = spec
        nb.metadata.setdefault("language_info", {"name": spec["language"]})
        run_from = output.with_name(f".{output.stem}.input.ipynb")
        nbformat.write(nb, str(run_from))
    try:
        with _interruptible():
            papermill.execute_notebook(
                str(run_from),
                str(output),
                parameters=parameters,
                kernel_name=kernel_name(),
                progress_bar=False,
                log_output=False,
                execution_timeout=timeout,
                start_timeout=120,
                cwd=str(cwd) if cwd else None,
                kernel_manager_class=kernel_manager_for(kernel_log),
            )
    except PapermillExecutionError as exc:
        cell = exc.cell_index + 1
        raise ExecutionError(
            f"the briefing notebook failed in {_cell_label(output, cell)}: "
            f"{exc.ename}: {_first_line(exc.evalue)}",
            cell=cell,
            ename=exc.ename,
            evalue=str(exc.evalue),
            notebook=str(output),
        ) from exc
    except (CellTimeoutError, DeadKernelError) as exc:
        cell = _running_cell(output)
        if isinstance(exc, CellTimeoutError):
            what = (
                f"the briefing notebook timed out in {_cell_label(output, cell)} after {timeout} s"
            )
            hint = "raise the params key 'timeout' or check the sources' size"
        else:
            what = f"the notebook kernel died in {_cell_label(output, cell)}"
            hint = "the kernel may have run out of memory; see the executed notebook"
        raise ExecutionError(
            what,
            cell=cell,
            ename=type(exc).__name__,
            evalue=str(exc),
            notebook=str(output),
            hint=hint,
        ) from exc
    finally:
        if run_from != source:
            run_from.unlink(missing_ok=True)
            _record_input(output, source)


def kernel_metadata(name: str) -> dict[str, str]:
    """The ``kernelspec`` notebook metadata of kernel ``name`` (as JupyterLab writes it)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        return {"display_name": name, "language": "python", "name": name}
    return {"display_name": spec.display_name, "language": spec.language, "name": name}


def _record_input(output: Path, source: Path) -> None:
    """The kept notebook names the notebook it was made from, not the temporary copy run."""
    import nbformat

    try:
        nb = nbformat.read(str(output), as_version=4)
    except (OSError, ValueError):
        return
    nb.metadata.setdefault("papermill", {})["input_path"] = str(source)
    nbformat.write(nb, str(output))


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
    """1-based number of the last cell papermill started: the one running when it stopped."""
    import nbformat

    try:
        nb = nbformat.read(str(path), as_version=4)
    except (OSError, ValueError):  # not saved yet, or cut short: no cell to name
        return None
    started = [
        number
        for number, cell in enumerate(_own_cells(nb), 1)
        if cell.get("metadata", {}).get("papermill", {}).get("start_time")
    ]
    return started[-1] if started else None


def _cell_label(path: Path, number: int | None) -> str:
    """``cell 5 of 10 (briefbook-cover)``: its 1-based position and its tags."""
    import nbformat

    if number is None:
        return "the notebook (before its first cell)"
    try:
        cells = _own_cells(nbformat.read(str(path), as_version=4))
        tags = cells[number - 1].get("metadata", {}).get("tags", [])
        total = f" of {len(cells)}"
    except (OSError, ValueError, IndexError):
        tags, total = [], ""
    return f"cell {number}{total}" + (f" ({', '.join(tags)})" if tags else "")


def check_notebook(path: Path) -> Any:
    """The notebook at ``path``. One that is not a regular, non-empty ``.ipynb`` file of at
    most ``notebook_bytes``, or that nbformat cannot read, is bad input, said before a kernel
    starts (a FIFO or a device is refused without being opened: it could block forever)."""
    import stat

    import nbformat
    from nbformat.reader import NotJSONError
    from nbformat.validator import ValidationError

    from briefbook.config.limits import LimitError, limit

    path = Path(path)
    hint = "give an .ipynb file that opens in JupyterLab"
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(f"notebook {path} not found ({exc.strerror or exc})", hint=hint) from exc
    reason = ""
    if not stat.S_ISREG(info.st_mode):
        reason = "it is a folder" if stat.S_ISDIR(info.st_mode) else "it is not a regular file"
    elif path.suffix.lower() != ".ipynb":
        reason = "it is not an .ipynb file"
    elif info.st_size == 0:
        reason = "it is empty"
    if reason:
        raise InputError(f"notebook {path} is not a valid Jupyter notebook ({reason})", hint=hint)
    if info.st_size > limit("notebook_bytes"):
        raise LimitError(
            f"notebook {path} is {info.st_size:,} bytes",
            limit="notebook_bytes",
            value=info.st_size,
            path=str(path),
        )
    try:
        nb = nbformat.read(str(path), as_version=4)
        nbformat.validate(nb)
    except OSError as exc:
        raise InputError(f"cannot read notebook {path}: {exc.strerror or exc}", hint=hint) from exc
    except (
        NotJSONError,
        ValidationError,
        ValueError,
        KeyError,
        AttributeError,
        TypeError,
        RecursionError,
    ) as exc:
        raise InputError(
            f"notebook {path} is not a valid Jupyter notebook ({_first_line(exc)[:120]})",
            hint="give an .ipynb file that opens in JupyterLab",
        ) from exc
    return nb


def _own_cells(nb: Any) -> list[Any]:
    """The notebook's cells without the error banners papermill inserts after a failure."""
    return [c for c in nb.cells if PAPERMILL_ERROR_TAG not in c.get("metadata", {}).get("tags", [])]


def _first_line(text: object) -> str:
    lines = str(text).strip().splitlines()
    return lines[0][:300] if lines else ""
