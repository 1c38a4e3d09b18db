"""Imported by the forkserver of ``briefbook batch``'s embedded cluster, once per batch.

Importing this module warms the importing process as a batch worker would warm itself
(:func:`briefbook.app.workers.warm_worker`: the pipeline imported, the embedding model,
the section weights, the gazetteer and the word lists loaded, one chart drawn, the HTML
exporters made), without starting a PDF renderer, with Python's cyclic collector paused
from the import of Dask to the warm-up's end (:func:`briefbook.app.heap.collector_paused`:
about a sixth of the warm-up's CPU went to scanning objects that were never garbage), and
what the warm-up made frozen at its end (``gc.freeze()``, no collection: about 0.1 CPU-s
less on the batch's serial path; the workers forked from here inherit it frozen, and
their collections never scan it). The embedded cluster starts its workers
with multiprocessing's ``forkserver`` method and names this module in the forkserver's
preload list (:func:`briefbook.app.batch._local_cluster`), so the forkserver pays that
warm-up once and every worker is forked from it already warm (its memory pages shared
with the forkserver until written), instead of each worker starting a fresh interpreter
and paying the same warm-up again. Each worker then only starts its own PDF renderer.

When the batch gave the warm-up a core of its own (``BRIEFBOOK_BATCH_CPUS`` in the
environment: the CPUs the batch had), every one of those CPUs is taken back once the
warm-up is done, so the workers forked afterwards may run on any of them.

Never raises (the forkserver would die): a problem here is met by the workers' own
warm-up, and by the first briefing. Ignores SIGINT from the start (see below).

Not to be imported for anything else: the import itself is the warm-up.

The forkserver exits without Python's teardown (:func:`_exit_now`): once the batch closes
its end, nothing in it is left to save or flush, and tearing down the whole pipeline's
objects kept the batch waiting about 0.3 s at its end (0.8 s on a loaded machine). The
workers forked from it never run this hook: they end with ``os._exit`` themselves.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import sys

# a terminal's Ctrl-C reaches the forkserver too: it ignores SIGINT once it serves, and
# during this warm-up as well (the workers forked from it keep ignoring it, as
# briefbook.app.workers.dask_setup has them do); it ends with the batch that started it
signal.signal(signal.SIGINT, signal.SIG_IGN)
# the batch started this process with SIGINT held (briefbook.app.batch._start_forkserver),
# so that none could end it before this line: let it through again, ignored, so that the
# workers, and the kernels and renderers they start, do not inherit it held -- only when
# the batch says it held it (briefbook.app.batch.SIGINT_HELD_ENV); held before, it stays
# held
with contextlib.suppress(Exception):
    from briefbook.app.batch import release_held_sigint

    release_held_sigint()

with contextlib.suppress(Exception):
    from briefbook.app.heap import collector_paused

    # the collector paused from Dask's import on (the workers' module imports it) to the
    # end of the warm-up: long-lived objects only, frozen at its end rather than scanned
    # by a full collection (briefbook.app.heap)
    with collector_paused(freeze=True):
        from briefbook.app.workers import WORKER_STATE, warm_worker

        warm_worker(renderer=False)
        # read by the workers forked from this process: their warm-up was paid here
        WORKER_STATE["inherited"] = WORKER_STATE["warmed"]

# the batch gave this warm-up a core of its own (briefbook.app.batch._core_for_forkserver):
# every CPU it had is taken back now, before the first worker is forked from here
with contextlib.suppress(AttributeError, OSError, ValueError):
    _cpus = os.environ.get("BRIEFBOOK_BATCH_CPUS", "")
    if _cpus:
        os.sched_setaffinity(0, {int(c) for c in _cpus.split(",")})


def _exit_now() -> None:
    """Registered last, run first at exit: in the forkserver (it knows its own listening
    address and has no forkserver of its own), flush and end the process at once; in any
    other process that imported this module, nothing (its exit goes on as usual)."""
    import multiprocessing.forkserver as forkserver

    server = getattr(forkserver, "_forkserver", None)
    serving = getattr(server, "_forkserver_address", None) is not None
    if not serving or getattr(server, "_forkserver_pid", None) is not None:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


atexit.register(_exit_now)
