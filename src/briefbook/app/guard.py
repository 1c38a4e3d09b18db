"""A run that always ends: stop signals honoured in every stage, and a time budget per stage.

:func:`honour_signals` turns SIGTERM and SIGHUP (what cron, systemd and a closed terminal
send) into :class:`~briefbook.errors.Interrupted` and makes sure SIGINT raises
``KeyboardInterrupt``, so every stage unwinds through the same ``except BaseException``
that removes the staging folder. :func:`time_budget` stops a stage that runs longer than
its ``<stage>_seconds`` limit with a one-line :class:`~briefbook.config.limits.LimitError`.

Both work through Python signal handlers, which run between bytecodes: a single C call
that never returns (say, one regular expression that backtracks for hours) is not stopped
by them; the PDF renderer, the one long C-heavy step of a run, runs in a child process
for that reason (:func:`briefbook.render.pdf.write_pdf_isolated`).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

from briefbook.config.limits import LimitError, limit
from briefbook.errors import Interrupted

__all__ = ["StageTimeout", "honour_signals", "time_budget"]

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class StageTimeout(BaseException):
    """Raised by the alarm inside a stage; a BaseException so that no ``except Exception``
    in a library swallows it. :func:`time_budget` turns it into a LimitError."""


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def honour_signals() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise Interrupted and SIGINT raises
    KeyboardInterrupt (unless SIGINT was ignored, as for a job started with ``&``)."""
    if not _in_main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Interrupted(signum, signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    previous_int = signal.getsignal(signal.SIGINT)
    if previous_int is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if previous_int is not signal.SIG_IGN and previous_int is not None:
            signal.signal(signal.SIGINT, previous_int)


@contextlib.contextmanager
def time_budget(stage: str) -> Iterator[None]:
    """Run the block within the limit ``<stage>_seconds``; LimitError when it is exceeded.

    Without a real-time alarm (not the main thread, or no SIGALRM) the block runs
    unbounded."""
    seconds = limit(f"{stage}_seconds")
    if not _in_main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise StageTimeout(stage)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except StageTimeout:
        raise LimitError(
            f"the {stage} stage ran longer than {seconds:,} s and was stopped",
            limit=f"{stage}_seconds",
            value=seconds,
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
