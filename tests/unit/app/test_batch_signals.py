"""The batch's signal handling around the start of its embedded cluster: a Ctrl-C while the
forkserver is spawned is held for the child and handed to this process's handler after the
start, with another thread alive too; Dask's loggers, hidden while a stopped start is
undone, get their levels back. Each case runs in a fresh interpreter (signal masks and
handlers are per process)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def _run_fresh(script: str) -> str:
    """Run ``script`` in a fresh interpreter; it must succeed; returns its stdout."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("other_thread", [False, True])
def test_a_ctrl_c_during_the_forkserver_start_reaches_the_handler_after_it(other_thread: bool):
    # with another thread alive (a library's), the kernel may deliver the signal to it:
    # it must neither be lost nor interrupt the start half-way
    out = _run_fresh(
        f"""
        import os, signal, threading, time
        from briefbook.app.batch import _sigint_held_for_children
        if {other_thread}:
            threading.Thread(target=threading.Event().wait, daemon=True).start()
        steps = []
        try:
            with _sigint_held_for_children():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.3)
                steps.append("block done")
            steps.append("after the block")
        except KeyboardInterrupt:
            steps.append("KeyboardInterrupt")
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
        assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
        print(steps)
        """
    )
    assert out == "['block done', 'KeyboardInterrupt']"


def test_a_child_started_in_the_block_begins_with_sigint_held():
    out = _run_fresh(
        """
        import os, signal, subprocess, sys
        from briefbook.app.batch import SIGINT_HELD_ENV, _sigint_held_for_children
        child = (
            "import os, signal; print(signal.SIGINT in signal.pthread_sigmask("
            f"signal.SIG_BLOCK, []), os.environ.get('{SIGINT_HELD_ENV}'))"
        )
        with _sigint_held_for_children():
            inside = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
        after = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
        print(inside.stdout.strip(), "|", after.stdout.strip())
        """
    )
    # held in the child, which is told that the batch held it (forkwarm lets it through)
    assert out == "True 1 | False None"


def test_a_sigint_held_before_stays_held_and_its_child_keeps_it_held():
    out = _run_fresh(
        """
        import os, signal, subprocess, sys
        from briefbook.app.batch import SIGINT_HELD_ENV, _sigint_held_for_children
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        with _sigint_held_for_children():
            told = os.environ.get(SIGINT_HELD_ENV)
            os.kill(os.getpid(), signal.SIGINT)  # stays pending: it was held before
        held = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
        pending = signal.SIGINT in signal.sigpending()
        print(told, held, pending)
        """
    )
    # not told to let it through (forkwarm keeps the mask it inherited); held after
    assert out == "None True True"


def test_the_forkserver_lets_sigint_through_only_when_the_batch_held_it():
    # as the forkserver's warm-up (briefbook.app.forkwarm) does it, in a child started in
    # the block: with SIGINT held by the batch, and with SIGINT held before the batch held it
    for held_before, expected in ((False, "True False"), (True, "False True")):
        out = _run_fresh(
            f"""
            import signal, subprocess, sys
            from briefbook.app.batch import _sigint_held_for_children
            child = (
                "import signal\\n"
                "from briefbook.app.batch import release_held_sigint\\n"
                "signal.signal(signal.SIGINT, signal.SIG_IGN)\\n"
                "released = release_held_sigint()\\n"
                "print(released, signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))"
            )
            if {held_before}:
                signal.pthread_sigmask(signal.SIG_BLOCK, {{signal.SIGINT}})
            with _sigint_held_for_children():
                run = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
            print(run.stdout.strip() or run.stderr)
            """
        )
        assert out == expected


def test_a_sigint_handler_installed_from_c_is_left_in_place():
    # signal.getsignal() is None for a handler Python did not install: never passed back to
    # signal.signal (a TypeError), the block still holds SIGINT for its children
    out = _run_fresh(
        """
        import signal
        from briefbook.app import batch
        calls = []
        real = signal.signal
        signal.getsignal = lambda signum: None
        signal.signal = lambda *args: calls.append(args) or real(*args)
        with batch._sigint_held_for_children():
            held = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
        print(held, calls)
        """
    )
    assert out == "True []"


def test_dask_loggers_get_their_levels_back_after_a_stopped_start():
    out = _run_fresh(
        """
        import contextlib, logging, os, signal
        import distributed  # sets its loggers' levels as it is imported
        from briefbook.app import batch
        for level, name in zip((10, 20, 40), batch.DASK_COMPLAINT_LOGGERS):
            logging.getLogger(name).setLevel(level)
        batch._preload_forkserver = lambda: None  # no forkserver in this test

        class Cluster:
            def close(self, timeout=None):
                pass

        class Distributed:
            def LocalCluster(self, **kwargs):
                os.kill(os.getpid(), signal.SIGINT)  # a Ctrl-C while Dask starts
                return Cluster()

            def Client(self, cluster):
                raise AssertionError("no client once stopped")

        hush = contextlib.ExitStack()
        cluster, client, stop = batch._start_local_cluster(Distributed(), 1, None, hush)
        during = [logging.getLogger(n).level for n in batch.DASK_COMPLAINT_LOGGERS]
        hush.close()
        after = [logging.getLogger(n).level for n in batch.DASK_COMPLAINT_LOGGERS]
        print(type(stop).__name__, client, during == [logging.CRITICAL + 1] * 3, after)
        """
    )
    assert out == "KeyboardInterrupt None True [10, 20, 40]"
