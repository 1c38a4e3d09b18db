"""Long-lived batch workers: the pipeline imported and its models loaded once per process.

A Dask worker that joins a ``briefbook batch`` cluster (embedded, or an existing one given
by ``--scheduler``) gets the :class:`WarmWorker` plugin: it imports every stage of a run
and loads the embedding model, the section weights, the gazetteer and the word lists, by
assessing :data:`WARMUP_TEXT` (a few sentences of our own), before its first briefing. Each
of these is cached for the life of the process, so no briefing pays for the load;
:func:`models_loaded` tells whether it has been paid. The kernel runs in a process of its
own, kept from one briefing to the next and reset between them (a fresh namespace each
time, :mod:`briefbook.app.kernels`; a new kernel after a failure); the PDF renderer, a
process of its own too, is started here and kept warm from one briefing to the next
(:func:`briefbook.render.pdf.shared_renderer`): it is killed, and started again for the
next briefing, only when a briefing's PDF is stopped (a signal, its deadline).

The embedded cluster's workers pay that warm-up only once between them: they are forked
from multiprocessing's forkserver, which warmed itself first (:mod:`briefbook.app.forkwarm`),
so each worker starts warm; when the batch asks for PDFs, its renderer is warm too: a copy
the batch started and forked for its workers while they were being made
(:class:`~briefbook.render.pdf.RendererCopies`), which the worker claims as it joins, and
so is its first kept kernel (:class:`~briefbook.app.kernels.KernelCopies`). They also preload this module
(:func:`dask_setup`): they ignore SIGINT, and the batch that started them stops them, with
their kernels and PDF renderers.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from briefbook.app.warmdir import warmup_home

__all__ = [
    "WARMUP_TEXT",
    "WORKER_STATE",
    "WarmWorker",
    "dask_setup",
    "kernel_claimed",
    "models_loaded",
    "renderer_claimed",
    "warm_worker",
    "warmup_inherited",
    "warmup_seconds",
    "worker_start",
]

# what this worker process has done: briefings run, its warm-up's seconds (None: none),
# whether it is warm (``warmed``), and whether that warmth came from the process it was
# forked from (``inherited``: the embedded cluster's forkserver, :mod:`briefbook.app.forkwarm`)
WORKER_STATE: dict[str, Any] = {
    "briefings": 0,
    "warmup_seconds": None,
    "warmed": False,
    "inherited": False,
    "renderer_claimed": False,
    "kernel_claimed": False,
}


# the warm-up's source: a few sentences of our own, so that every analyser loads its data
WARMUP_TEXT = (
    "Warm-up note\n\n"
    "Officials in the capital said on Monday that about 1,200 soldiers had moved to the "
    "northern border region. The defence ministry announced sanctions on three shipping "
    "companies, according to a statement. Analysts assess that the deployment will likely "
    "grow over the coming weeks, although the government denied any plan to expand it.\n"
)


def models_loaded() -> bool:
    """Whether this process has loaded the embedding model, the section weights and the
    gazetteer (each is loaded once per process and cached)."""
    from briefbook.analysis.embeddings import load_model
    from briefbook.analysis.gazetteer import gazetteer
    from briefbook.assessment.section_model import load_section_model

    return all(f.cache_info().currsize for f in (load_model, load_section_model, gazetteer))


def warm_worker(
    debug: bool = False,
    *,
    renderer: bool = True,
    renderer_copies: str | None = None,
    kernel_copies: str | None = None,
) -> float:
    """Import the whole pipeline and load every model and word list in this process, by
    assessing :data:`WARMUP_TEXT`; return the seconds it took. Never raises: a problem
    here is met, and reported, by the first briefing (which then pays the load). ``debug``
    lets the libraries log. With ``renderer``, the process's PDF renderer is started first:
    it warms up on its own meanwhile; ``renderer_copies``: the folder of the warm renderer
    copies the embedded cluster started for its workers
    (:class:`~briefbook.render.pdf.RendererCopies`): one is claimed instead, already warm
    (``WORKER_STATE["renderer_claimed"]`` says so), and a renderer is started only when
    none is left. ``kernel_copies``: the folder of the kernels the embedded cluster started
    for its workers (:class:`~briefbook.app.kernels.KernelCopies`): one is claimed, and
    the first briefing adopts it as its kept kernel instead of starting one
    (``WORKER_STATE["kernel_claimed"]`` says so).

    Done once per process, and once for the processes forked from it: a process already
    warmed (a worker forked from the warmed forkserver, see :mod:`briefbook.app.forkwarm`)
    only starts or claims its renderer; ``WORKER_STATE["inherited"]`` then says so.

    The warm-up's source is written in a temporary folder, inside the folder
    :data:`briefbook.app.warmdir.WARMUP_DIR_ENV` names when it is set (the embedded
    cluster's, removed by the batch even when this process was killed half-way).

    The imports and loads run with Python's cyclic collector paused
    (:func:`briefbook.app.heap.collector_paused`): they make long-lived objects only."""
    start = time.perf_counter()
    from briefbook.app.quiet import quiet_libraries

    quiet_libraries(debug)
    if kernel_copies:
        try:
            from briefbook.app.kernels import claim_kernel

            WORKER_STATE["kernel_claimed"] = claim_kernel(Path(kernel_copies))
        except Exception:  # the first briefing starts a kernel of its own
            pass
    if renderer:
        try:
            from briefbook.render.pdf import shared_renderer

            copies = Path(renderer_copies) if renderer_copies else None
            WORKER_STATE["renderer_claimed"] = shared_renderer(copies).claimed
        except Exception:  # the first briefing meets the same problem and reports it
            pass
    if WORKER_STATE["warmed"]:
        seconds = round(time.perf_counter() - start, 2)
        WORKER_STATE["warmup_seconds"] = seconds
        return seconds
    from briefbook.app.heap import collector_paused

    # long-lived objects only: the collector would scan them again and again for nothing
    with collector_paused():
        _warm_once()
    seconds = round(time.perf_counter() - start, 2)
    WORKER_STATE["warmup_seconds"] = seconds
    return seconds


def _warm_once() -> None:
    """:func:`warm_worker`'s imports and loads, in a process not yet warm; sets
    ``WORKER_STATE["warmed"]``. Never raises."""
    import tempfile

    try:
        import jupyter_client  # noqa: F401  - the run's later stages, imported here once
        import nbconvert  # noqa: F401
        import nbformat  # noqa: F401
        import papermill  # noqa: F401

        import briefbook.app.run  # noqa: F401
        import briefbook.render.notebook  # noqa: F401
        from briefbook.app.execute import kernel_name

        _import_run_modules()
        kernel_name()  # the kernelspec looked up once (it imports IPython's core)
        from briefbook.assessment.build import assess
        from briefbook.render.exporters import BriefingHTMLExporter

        BriefingHTMLExporter()  # nbconvert's exporter machinery and its template loaders
        from briefbook.render.fonts import glyph_warning

        glyph_warning("<p>warm-up</p>")  # the installed fonts' coverage, read once

        with tempfile.TemporaryDirectory(prefix="briefbook-warmup-", dir=warmup_home()) as tmp:
            source = Path(tmp) / "warmup.txt"
            source.write_text(WARMUP_TEXT, encoding="utf-8")
            assessment = assess([str(source)], base=Path(tmp), title="warm-up")
        _warm_presentation(assessment)
        WORKER_STATE["warmed"] = True
    except Exception:  # the first briefing meets the same problem and reports it
        pass


# what a run imports only as it goes (series, drafting, the analyst file, the CSV tables,
# the kept kernel): imported by the warm-up, not by each worker's first briefing
RUN_MODULES = (
    "briefbook.app.kernels",
    "briefbook.assessment.analyst",
    "briefbook.config.analyst",
    "briefbook.contract",
    "briefbook.drafting",
    "briefbook.render.tables_csv",
    "briefbook.series",
    "slugify",
)


def _import_run_modules() -> None:
    """Import :data:`RUN_MODULES` (one that fails is left to the briefing that needs it)."""
    import importlib

    for name in RUN_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the briefing that needs it meets the problem and reports it
            continue


def _warm_presentation(assessment: Any) -> None:
    """What a worker's first briefing would otherwise pay for, beyond the analysis, at the
    least cost: matplotlib imported through the charts module (the warm-up text names no
    entity, so its entity chart is empty and nothing is drawn: drawing a chart here, or
    every chart of a warm-up text that names entities, cost the forkserver about 0.1
    CPU-s more and saved a worker's first charts about 0.015 s) and the
    HTML of a notebook of three parts, for the page and for the PDF (the two exporters a
    run keeps, their templates compiled or read from the bytecode cache), from the
    warm-up's assessment. Not the whole warm-up briefing: that would lay out every part
    and draw every chart once more for nothing."""
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    from briefbook.presentation.briefing import Briefing
    from briefbook.presentation.charts import chart_part, entity_mentions_figure
    from briefbook.presentation.document import briefing_parts
    from briefbook.presentation.show import bundle
    from briefbook.render.notebook import export_html

    briefing = Briefing(assessment=assessment, title="warm-up")
    chart = chart_part("chart-entities", "warm-up", entity_mentions_figure(briefing), "", png=False)
    briefing.charts = [chart]
    parts = briefing_parts(briefing)
    chosen = [parts[0], *(p for p in parts if p[0].get("part") == "chart")][:2] + [parts[-1]]
    cells = [new_code_cell("title = 'warm-up'", metadata={"tags": ["parameters"]})]
    for part, extra in chosen:
        output = new_output("display_data", data=bundle(part, extra))
        cells.append(new_code_cell("presentation.show(part)", outputs=[output]))
    notebook = new_notebook(cells=cells)
    export_html(notebook)
    export_html(notebook, page_size="A4", for_pdf=True)


def dask_setup(worker: Any) -> None:
    """Run by Dask in a worker process that preloads this module (``briefbook batch``'s
    embedded cluster does): the worker ignores SIGINT, so a terminal's Ctrl-C, which
    reaches the whole process group, leaves the stopping to the batch, its parent."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def warmup_seconds() -> float | None:
    """The seconds this worker's warm-up took (None: it has not run here)."""
    return WORKER_STATE["warmup_seconds"]


def renderer_claimed() -> bool:
    """Whether this worker's PDF renderer is a warm copy it claimed
    (:class:`~briefbook.render.pdf.RendererCopies`) rather than one it started."""
    return bool(WORKER_STATE["renderer_claimed"])


def kernel_claimed() -> bool:
    """Whether this worker claimed a kernel the batch started for it
    (:class:`~briefbook.app.kernels.KernelCopies`) rather than starting its own."""
    return bool(WORKER_STATE["kernel_claimed"])


def warmup_inherited() -> bool:
    """Whether this worker was forked warm (its imports and models loaded once, in the
    embedded cluster's forkserver) rather than warmed in its own process."""
    return bool(WORKER_STATE["inherited"])


def worker_start() -> dict[str, Any]:
    """How this worker started, for the batch record: ``warmup_seconds``
    (:func:`warmup_seconds`), ``warmup_inherited``, ``renderer_claimed`` and
    ``kernel_claimed`` (the functions of those names), and ``cpus``: how many CPUs this
    process may run on (None where that cannot be known)."""
    import os

    try:
        cpus: int | None = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = None
    return {
        "warmup_seconds": warmup_seconds(),
        "warmup_inherited": warmup_inherited(),
        "renderer_claimed": renderer_claimed(),
        "kernel_claimed": kernel_claimed(),
        "cpus": cpus,
    }


class WarmWorker(WorkerPlugin):
    """A Dask worker plugin: :func:`warm_worker` on every worker as it joins (and on those
    already there when it is registered), off the worker's event loop. ``renderer_copies``
    and ``renderer`` are :func:`warm_worker`'s (no renderer: a batch without PDF output on
    workers of its own; a briefing that asks for one starts it); ``kernel_copies`` is
    its too."""

    name = "briefbook-warm-worker"
    idempotent = True

    def __init__(
        self,
        debug: bool = False,
        renderer_copies: str | None = None,
        renderer: bool = True,
        kernel_copies: str | None = None,
    ) -> None:
        self.debug = debug
        self.renderer_copies = renderer_copies
        self.renderer = renderer
        self.kernel_copies = kernel_copies

    async def setup(self, worker: Any) -> None:
        import asyncio
        import functools

        warm = functools.partial(
            warm_worker,
            self.debug,
            renderer=self.renderer,
            renderer_copies=self.renderer_copies,
            kernel_copies=self.kernel_copies,
        )
        await asyncio.get_running_loop().run_in_executor(None, warm)

    def teardown(self, worker: Any) -> None:
        """The worker's PDF renderer and its kept kernel (:mod:`briefbook.app.kernels`) are
        stopped, and waited for, as the worker closes: a worker forked from the forkserver
        ends with ``os._exit``, which runs no ``atexit`` hook (the one that closes them in
        any other process), and a process left to end on its own would be reaped by no
        one of the batch."""
        from briefbook.app.kernels import close_kept_kernel
        from briefbook.render.pdf import close_shared_renderer

        close_kept_kernel()
        close_shared_renderer()
