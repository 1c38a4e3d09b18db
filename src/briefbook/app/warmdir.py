"""The folder of the embedded cluster's warm-ups (``briefbook batch``).

The batch makes a private folder before it starts its forkserver and names it in the
environment (:data:`WARMUP_DIR_ENV`), which the forkserver and the workers inherit; each
warm-up (:func:`briefbook.app.workers.warm_worker`) writes its source in a folder of its
own inside it, and the batch removes the whole folder at its end, so that a warm-up killed
half-way (a batch stopped while its forkserver warms up) leaves nothing behind. Kept apart
from :mod:`briefbook.app.batch` and :mod:`briefbook.app.workers`, which both read it (the
workers' module is imported by the batch only when it runs)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["WARMUP_DIR_ENV", "make_warmup_home", "remove_warmup_home", "warmup_home"]

# the environment variable that names the folder to the forkserver and the workers
WARMUP_DIR_ENV = "BRIEFBOOK_WARMUP_DIR"


def make_warmup_home() -> Path | None:
    """A new private folder (``briefbook-batch-warmup-*`` in the system's temporary
    folder), named in this process's environment by :data:`WARMUP_DIR_ENV`; None when it
    cannot be made (the warm-ups then use the system's temporary folder)."""
    try:
        home = Path(tempfile.mkdtemp(prefix="briefbook-batch-warmup-"))
    except OSError:
        return None
    os.environ[WARMUP_DIR_ENV] = str(home)
    return home


def warmup_home() -> str | None:
    """The folder :data:`WARMUP_DIR_ENV` names when it is set and is a folder, else None."""
    home = os.environ.get(WARMUP_DIR_ENV) or None
    return home if home and os.path.isdir(home) else None


def remove_warmup_home(home: Path) -> None:
    """Unname ``home`` (:data:`WARMUP_DIR_ENV`) and remove it with what is in it; never
    raises."""
    os.environ.pop(WARMUP_DIR_ENV, None)
    shutil.rmtree(home, ignore_errors=True)
