"""The garbage collector during one run: what the run's stages leave alive is not scanned again.

A run imports most of its modules lazily (the analysers, nbformat, matplotlib, papermill)
and builds long-lived objects (lexicons, templates, the assessment). Python's cyclic
collector scans every tracked object in each full collection, so a run of the example
spent about a tenth of its own CPU time re-scanning the same module objects. Inside
:func:`frozen_heap`, :func:`settle` (called between stages) moves every object tracked
so far into the collector's permanent generation (``gc.freeze()``), which no collection
scans; when the block ends, ``gc.unfreeze()`` hands them back to the oldest generation.

Why this is safe: freezing never frees or moves an object and changes no reference
count; it only postpones the collection of reference cycles that were already garbage
when frozen, to the first full collection after the run (or to the end of the process).
The run closes what it opens explicitly (files, the kernel's sockets, child processes)
and never relies on the collector to do it. Nested blocks (several runs on the threads of
one process) unfreeze only when the outermost ends; in a process where something else had
already frozen objects (``gc.get_freeze_count()``), nothing is frozen or unfrozen.

A batch worker's warm-up (:func:`briefbook.app.workers.warm_worker`; in the embedded
cluster, the forkserver's, the longest step of a batch's start) builds nothing but
long-lived objects: the imports, the models, the word lists, 1,400 compiled patterns.
The collector ran about 980 times during it (7 full collections), scanning objects that
were never garbage: about a sixth of the warm-up's CPU. Inside :func:`collector_paused`
it does not run; the block ends with one full collection (the little garbage the
warm-up leaves is freed, and the survivors are counted as old, as the collector's own
runs would have left them), then the collector runs again as before.

The forkserver's warm-up ends with ``gc.freeze()`` instead (``collector_paused(freeze=True)``,
round batch28): that full collection scanned every object the warm-up had made, about 0.1
CPU-s on the batch's serial path, to free almost nothing; frozen, those objects are never
scanned again, in the forkserver or in the workers forked from it (whose collections no
longer write to the pages they share with it). In those workers ``frozen_heap`` then
freezes nothing of its own (objects were already frozen): what a run makes is collected
as it goes, and the inherited heap stays frozen between runs instead of being handed back
to the collector after each.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused", "frozen_heap", "settle"]

_LOCK = threading.Lock()
_DEPTH = [0]  # open frozen_heap blocks in this process
_OURS = [False]  # whether the open blocks freeze (nothing else had frozen objects)
_PAUSED = [0]  # open collector_paused blocks in this process
_RESUME = [False]  # whether the collector was running when the outermost one began
_FREEZE = [False]  # whether the outermost one ends by freezing rather than collecting


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Within the block, :func:`settle` freezes what is alive; everything frozen is
    unfrozen when the last open block ends (normally or by an exception)."""
    with _LOCK:
        if not _DEPTH[0]:
            _OURS[0] = gc.get_freeze_count() == 0
        _DEPTH[0] += 1
    try:
        settle()
        yield
    finally:
        with _LOCK:
            _DEPTH[0] -= 1
            if not _DEPTH[0] and _OURS[0]:
                gc.unfreeze()


def settle() -> None:
    """Freeze every object the collector tracks now (inside :func:`frozen_heap` only)."""
    with _LOCK:
        if _DEPTH[0] and _OURS[0]:
            gc.freeze()


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Within the block, Python's cyclic collector does not run (``gc.disable()``). When
    the outermost open block ends (normally or by an exception) and the collector was
    running when it began: one full collection (``freeze``: ``gc.freeze()`` instead, which
    scans nothing: what is alive then, and any garbage among it, is never collected), then
    the collector runs again. A collector that was already off stays off, and nothing is
    collected or frozen. For a one-off build of long-lived objects (a worker's warm-up),
    not for work that makes garbage as it goes: its cycles wait for the block's end
    (``freeze``: for ever). The outermost block's ``freeze`` decides."""
    with _LOCK:
        if not _PAUSED[0]:
            _RESUME[0] = gc.isenabled()
            _FREEZE[0] = freeze
            gc.disable()
        _PAUSED[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _PAUSED[0] -= 1
            if not _PAUSED[0] and _RESUME[0]:
                if _FREEZE[0]:
                    gc.freeze()
                else:
                    gc.collect()
                gc.enable()
