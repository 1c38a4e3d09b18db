"""Imported by the forkserver of ``briefbook batch``'s embedded cluster, once per batch.

Importing this module warms the importing process as a batch worker would warm itself
(:func:`briefbook.app.workers.warm_worker`: the pipeline imported, the embedding model,
the section weights, the gazetteer and the word lists loaded, one chart drawn, the HTML
exporters made), without starting a PDF renderer. The embedded cluster starts its workers
with multiprocessing's ``forkserver`` method and names this module in the forkserver's
preload list (:func:`briefbook.app.batch._local_cluster`), so the forkserver pays that
warm-up once and every worker is forked from it already warm (its memory pages shared
with the forkserver until written), instead of each worker starting a fresh interpreter
and paying the same warm-up again. Each worker then only starts its own PDF renderer.

Never raises (the forkserver would die): a problem here is met by the workers' own
warm-up, and by the first briefing. Ignores SIGINT from the start (see below).

Not to be imported for anything else: the import itself is the warm-up.
"""

from __future__ import annotations

import contextlib
import signal

# a terminal's Ctrl-C reaches the forkserver too: it ignores SIGINT once it serves, and
# during this warm-up as well (the workers forked from it keep ignoring it, as
# briefbook.app.workers.dask_setup has them do); it ends with the batch that started it
signal.signal(signal.SIGINT, signal.SIG_IGN)

with contextlib.suppress(Exception):
    from briefbook.app.workers import WORKER_STATE, warm_worker

    warm_worker(renderer=False)
    # read by the workers forked from this process: their warm-up was paid here
    WORKER_STATE["inherited"] = WORKER_STATE["warmed"]
