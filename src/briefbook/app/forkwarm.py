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
warm-up, and by the first briefing.

Not to be imported for anything else: the import itself is the warm-up.
"""

from __future__ import annotations

import contextlib

with contextlib.suppress(Exception):
    from briefbook.app.workers import warm_worker

    warm_worker(renderer=False)
