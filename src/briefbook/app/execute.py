"""Execute the briefing notebook with papermill.

Parameters reach the notebook only as papermill parameters (data injected as Python
literals by papermill's translator), never as code we build. The kernel talks over IPC
sockets, not TCP ports, so many runs can start kernels at the same time without port
collisions. A failure becomes an :class:`~briefbook.errors.ExecutionError` naming the
cell and the exception; the executed notebook stays where papermill saved it.
"""

from __future__ import annotations

import contextlib
import functools
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefbook.errors import ExecutionError, InputError
from briefbook.resources import briefing_notebook

if TYPE_CHECKING:
    from briefbook.app.engine import RunKernel

KERNEL_NAME = "briefbook"
PAPERMILL_ERROR_TAG = "papermill-error-cell-tag"


def __getattr__(name: str) -> Any:
    """``IPCKernelManager`` and ``kernel_manager_for`` live in :mod:`briefbook.app.engine`
    (imported on first use: jupyter_client and papermill are slow to import)."""
    if name in ("IPCKernelManager", "kernel_manager_for"):
        from briefbook.app import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def start_kernel(
    cwd: Path, *, kernel_log: Path | None = None, schema: str = "", keep: bool = False
) -> contextlib.AbstractContextManager[RunKernel]:
    """Start the kernel of one run now, in ``cwd`` (see :class:`~briefbook.app.engine.RunKernel`),
    for :func:`execute_briefing` to run the notebook on later; a context manager that
    gives it. While the run analyses its sources, the kernel imports what the briefing
    notebook shows and prepares its templates and the assessment ``schema``'s title
    (:func:`briefbook.presentation.show.warm_up`), then freezes what it holds
    (``gc.freeze()``: the notebook's cells never have the collector scan those modules
    again; the kernel exits after this one notebook).

    ``keep``: this thread's kept kernel instead, reset between notebooks and reused
    (:func:`briefbook.app.kernels.kept_kernel`: a batch worker's), unless
    ``BRIEFBOOK_FRESH_KERNELS=1`` is set."""
    prime = kernel_prime(schema)
    if keep:
        from briefbook.app.kernels import kept_kernel, kernels_reused

        if kernels_reused():
            return kept_kernel(kernel_name(), cwd, prime=prime, kernel_log=kernel_log)
    from briefbook.app.engine import RunKernel

    return RunKernel(
        kernel_name(), cwd=cwd, log_path=kernel_log, prime=(*prime, ("gc", "freeze", ()))
    )


def kernel_prime(schema: str = "") -> tuple[tuple[str, str, tuple[Any, ...]], ...]:
    """The calls a briefing's kernel makes before its notebook, for the assessment
    ``schema`` (:func:`briefbook.presentation.show.warm_up`), as
    :class:`~briefbook.app.engine.RunKernel` takes them."""
    return (("briefbook.presentation.show", "warm_up", (schema,)),)


@functools.cache
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
    kernel: RunKernel | None = None,
) -> None:
    """Run the briefing notebook into ``output``; raise ExecutionError on failure.

    ``kernel``: a kernel started earlier by :func:`start_kernel` (it runs in its own
    folder; ``cwd`` and ``kernel_log`` are then unused); without one, a kernel is started
    in ``cwd`` with its output to ``kernel_log`` (default: inherited) and stopped at the end.
    Either way the kernel is asked to shut down when the notebook is done, and killed on
    an error or a signal.
    """
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.engines import papermill_engines
    from papermill.exceptions import PapermillExecutionError

    from briefbook.app.engine import ENGINE_NAME, BriefbookEngine, kernel_manager_for

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
    # the entry point registers the engine where the package is installed; a source
    # checkout that was not reinstalled since has it registered here
    papermill_engines.register(ENGINE_NAME, BriefbookEngine)
    engine_kwargs: dict[str, Any] = (
        {"kernel": kernel}
        if kernel is not None
        else {"kernel_manager_class": kernel_manager_for(kernel_log), "cwd": cwd}
    )
    try:
        with _interruptible():
            papermill.execute_notebook(
                str(run_from),
                str(output),
                parameters=parameters,
                engine_name=ENGINE_NAME,
                kernel_name=name,
                progress_bar=False,
                log_output=False,
                execution_timeout=timeout,
                start_timeout=120,
                **engine_kwargs,
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
