"""Library logging and warnings, quiet unless ``--debug``: our own lines are the output.

Used by the CLI process and by ``briefbook batch`` workers (other processes, maybe other
machines), which must be as quiet as the command that started them.
"""

from __future__ import annotations

import logging
import warnings

NOISY_LOGGERS = (
    "papermill",
    "nbclient",
    "jupyter_client",
    "traitlets",
    "nbconvert",
    "weasyprint",
    "fontTools",
    "trafilatura",
    "htmldate",
    "courlan",
    "pypdf",
)


def quiet_libraries(debug: bool = False) -> None:
    """Our progress and error lines are the output; libraries speak only with --debug."""
    logging.basicConfig(format="briefbook: %(name)s: %(message)s")
    if not debug:
        warnings.filterwarnings(
            "ignore",
            module=r"(papermill|nbformat|nbconvert|nbclient|jupyter_client|traitlets|weasyprint)",
        )
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.CRITICAL)
