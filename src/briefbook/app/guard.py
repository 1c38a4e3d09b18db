"""A run that always ends: stop signals honoured in every stage, and a time budget per stage.

:func:`honour_signals` turns SIGTERM and SIGHUP (what cron, systemd and a closed terminal
send) into :class:`~briefbook.errors.Interrupted` and makes sure SIGINT raises
``KeyboardInterrupt``, so every stage unwinds through the same ``except BaseException``
that removes the staging folder. :func:`time_budget` stops a stage that runs longer than
its ``<stage>_seconds`` limit with a one-line :class:`~briefbook.config.limits.LimitError`.

In the main thread both work through Python signal handlers; in another thread (a batch
item on a Dask worker), where no signal handler runs, the time budget is kept by a watchdog
timer that raises the same exception in the stage's thread (``PyThreadState_SetAsyncExc``).
Either way the exception is raised between bytecodes: a single C call
that never returns (say, one regular expression that backtracks for hours) is not stopped
by them; the PDF renderer, the one long C-heavy step of a run, runs in a child process
for that reason (:func:`briefbook.render.pdf.write_pdf_isolated`).
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator

from briefbook.config.limits import LimitError, limit
from briefbook.errors import Interrupted

__all__ = [
    "StageTimeout",
    "forget_caught_interrupt",
    "honour_signals",
    "raise_pending_stop",
    "stop_handled",
    "stops_deferred",
    "time_budget",
]

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class StageTimeout(BaseException):
    """Raised by the alarm inside a stage; a BaseException so that no ``except Exception``
    in a library swallows it. :func:`time_budget` turns it into a LimitError. ``stage``:
    the stage whose budget ran out (a budget inside another lets the outer one's pass)."""

    stage = ""


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


_RECEIVED: list[list[KeyboardInterrupt]] = []  # one record per active honour_signals block


@contextlib.contextmanager
def honour_signals() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise Interrupted and SIGINT raises
    KeyboardInterrupt (unless SIGINT was ignored, as for a job started with ``&``).

    A stop is never lost: one that a library caught and re-raised as another exception (a
    C extension calling back into Python wraps what its callback raised: matplotlib's
    transforms) leaves the block as the interruption it was; one raised where Python can
    only drop it (a weakref callback or ``__del__`` run by the garbage collector) is kept,
    raised again by the next :func:`raise_pending_stop` or when the block ends."""
    if not _in_main_thread():
        yield
        return

    received: list[KeyboardInterrupt] = []

    def stop(signum: int, frame: object) -> None:
        received.append(Interrupted(signum, signal.Signals(signum).name))
        raise received[-1]

    def interrupt(signum: int, frame: object) -> None:
        received.append(KeyboardInterrupt())
        raise received[-1]

    unraisable = sys.unraisablehook

    def hook(info: sys.UnraisableHookArgs) -> None:
        if not any(info.exc_value is r for r in received):  # ours: raised again later
            unraisable(info)

    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    previous_int = signal.getsignal(signal.SIGINT)
    if previous_int is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, interrupt)
    sys.unraisablehook = hook
    _RECEIVED.append(received)
    try:
        yield
        if received:  # dropped where it was raised
            raise received[0]
    except Exception as exc:
        if received:
            raise received[0] from exc
        raise
    finally:
        _RECEIVED.remove(received)
        sys.unraisablehook = unraisable
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if previous_int is not signal.SIG_IGN and previous_int is not None:
            signal.signal(signal.SIGINT, previous_int)


def stop_handled(stop: BaseException) -> None:
    """Tell the active :func:`honour_signals` blocks that ``stop``, a stop signal they
    raised, has been dealt with by its catcher (``briefbook batch`` recorded its items and
    said so in one line): the block does not raise it again as one dropped when it ends.
    A later signal is still raised."""
    for received in _RECEIVED:
        received[:] = [r for r in received if r is not stop]


@contextlib.contextmanager
def stops_deferred(
    on_stop: Callable[[], None] | None = None,
) -> Iterator[list[KeyboardInterrupt]]:
    """Within the block, a stop signal (SIGINT unless it is ignored, SIGTERM, SIGHUP) does
    not interrupt the code: the interruption :func:`honour_signals` would raise
    (``KeyboardInterrupt``, :class:`~briefbook.errors.Interrupted` with its exit code) is
    appended to the list the block gets, and ``on_stop`` is called once, at the first, to
    cut the work short; the caller raises it once the block is done. For a library call
    that starts threads and processes which only its own unwinding can stop (Dask starting
    a cluster): interrupted half-way, it leaves them running and prints their tracebacks.
    Outside the main thread, where no signal handler runs, the block runs as it is."""
    stops: list[KeyboardInterrupt] = []
    if not _in_main_thread():
        yield stops
        return

    def defer(signum: int, frame: object) -> None:
        if signum == signal.SIGINT:
            stops.append(KeyboardInterrupt())
        else:
            stops.append(Interrupted(signum, signal.Signals(signum).name))
        if len(stops) == 1 and on_stop is not None:
            on_stop()

    previous = {}
    for sig in (signal.SIGINT, *STOP_SIGNALS):
        handler = signal.getsignal(sig)
        if sig == signal.SIGINT and handler is signal.SIG_IGN:
            continue
        previous[sig] = signal.signal(sig, defer)
    try:
        yield stops
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


def forget_caught_interrupt() -> None:
    """Make CPython forget a ``KeyboardInterrupt`` that has been caught, so that the process
    ends with the exit code the command returns (130 when interrupted), not killed by SIGINT.

    CPython (3.8 to at least 3.13) notes a ``KeyboardInterrupt`` that leaves a builtin
    ``exec`` or ``eval`` of source text (``dataclasses``, ``collections.namedtuple`` and
    others build functions so while a module is imported) even when a caller catches it;
    ``python -m briefbook`` then ends by re-raising SIGINT (exit status -2 to a parent
    process) after ``main`` has returned its code. Each ``exec`` of source text clears that
    note first, so running an empty one clears it. Harmless when nothing was noted."""
    exec("pass")  # noqa: S102 - a constant statement, run for its side effect (above)


def raise_pending_stop() -> None:
    """Raise the stop signal received inside an active :func:`honour_signals` block that
    Python dropped where it was raised (see there); nothing when there is none. Called
    between stages and before an issue is published, so a stopped run publishes nothing."""
    for received in _RECEIVED:
        if received:
            raise received[0]


@contextlib.contextmanager
def time_budget(stage: str, *, nested: bool = False) -> Iterator[None]:
    """Run the block within the limit ``<stage>_seconds``; LimitError when it is exceeded.

    In the main thread a real-time alarm (SIGALRM) keeps the budget; in any other thread,
    and for a budget ``nested`` inside another stage's (the alarm is the outer one's), a
    watchdog timer does (:func:`_watchdog`)."""
    seconds = limit(f"{stage}_seconds")
    if nested or not _in_main_thread() or not hasattr(signal, "setitimer"):
        with _watchdog(stage, seconds):
            yield
        return

    def expire(signum: int, frame: object) -> None:
        error = StageTimeout(stage)
        error.stage = stage
        raise error

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except StageTimeout:
        raise _limit_error(stage, seconds) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _limit_error(stage: str, seconds: float) -> LimitError:
    return LimitError(
        f"the {stage} stage ran longer than {seconds:,} s and was stopped",
        limit=f"{stage}_seconds",
        value=seconds,
    )


@contextlib.contextmanager
def _watchdog(stage: str, seconds: float) -> Iterator[None]:
    """The time budget of a thread that gets no signals: a timer thread raises
    :class:`StageTimeout` in this thread once ``seconds`` have passed (LimitError here), and
    never after the block has ended (a raise still pending then is withdrawn)."""
    import ctypes

    target = ctypes.c_ulong(threading.get_ident())
    expired = type("StageTimeout", (StageTimeout,), {"stage": stage})  # raised as a class
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if state["done"]:
                return
            state["fired"] = True
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(expired))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except StageTimeout as exc:
        if exc.stage not in ("", stage):  # an outer stage's budget ran out: it reports
            raise
        raise _limit_error(stage, seconds) from None
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:  # raised already, or still pending: withdraw a pending one
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
