"""The run's heap is frozen between stages and handed back to the collector afterwards; a
worker's warm-up runs with the collector paused."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref

import pytest

from briefbook.app.heap import collector_paused, frozen_heap, settle


@pytest.fixture(autouse=True)
def _nothing_frozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_settle_freezes_only_inside_a_block_and_the_block_unfreezes():
    settle()
    assert gc.get_freeze_count() == 0  # outside a run: nothing happens
    with frozen_heap():
        assert gc.get_freeze_count() > 0  # what was alive when the run began
        kept = [[] for _ in range(1000)]
        before = gc.get_freeze_count()
        settle()
        assert gc.get_freeze_count() >= before + len(kept)
    assert gc.get_freeze_count() == 0


def test_an_exception_unfreezes_and_cycles_made_meanwhile_are_collected_after():
    class Node:
        pass

    with pytest.raises(RuntimeError), frozen_heap():
        a, b = Node(), Node()
        a.other, b.other = b, a  # a reference cycle
        ref = weakref.ref(a)
        settle()
        del a, b
        gc.collect()
        assert ref() is not None  # frozen: not collected
        raise RuntimeError("stop")
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert ref() is None


def test_nested_blocks_unfreeze_when_the_outermost_ends():
    with frozen_heap():
        with frozen_heap():
            settle()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_a_heap_frozen_by_someone_else_is_left_alone():
    gc.freeze()
    frozen = gc.get_freeze_count()
    with frozen_heap():
        kept = [[] for _ in range(1000)]
        settle()
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == frozen  # not unfrozen either
    assert kept


class _Collections:
    """Records each collection the collector starts while the ``with`` block runs, and
    whether it was an automatic one (the collector running) or asked for."""

    def __init__(self) -> None:
        self.automatic = 0
        self.asked = 0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            if gc.isenabled():
                self.automatic += 1
            else:
                self.asked += 1

    def __enter__(self) -> _Collections:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


class _Node:
    pass


def _cycle() -> weakref.ref:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_no_collection_runs_in_a_paused_block_and_one_full_one_at_its_end(_collector_on):
    with _Collections() as seen:
        with collector_paused():
            ref = _cycle()
            kept = [[] for _ in range(20_000)]  # many times the youngest generation's limit
            assert not gc.isenabled()
            assert seen.automatic == 0 and seen.asked == 0
            assert ref() is not None  # garbage, not yet collected
        assert seen.asked == 1  # the one at the end
    assert gc.isenabled()
    assert ref() is None  # collected then
    assert kept


def test_an_exception_in_a_paused_block_still_resumes_the_collector(_collector_on):
    with pytest.raises(RuntimeError), collector_paused():
        ref = _cycle()
        raise RuntimeError("stop")
    assert gc.isenabled() and ref() is None


def test_nested_paused_blocks_resume_the_collector_when_the_outermost_ends(_collector_on):
    with collector_paused():
        with collector_paused():
            ref = _cycle()
        assert not gc.isenabled() and ref() is not None
    assert gc.isenabled() and ref() is None


def test_a_freezing_block_ends_with_a_freeze_not_a_collection(_collector_on):
    with _Collections() as seen:
        with collector_paused(freeze=True):
            ref = _cycle()
            kept = [[] for _ in range(20_000)]
            assert not gc.isenabled() and gc.get_freeze_count() == 0
        assert seen.automatic == 0 and seen.asked == 0  # nothing scanned at the end
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(kept)  # frozen instead
        gc.collect()
        assert ref() is not None  # garbage frozen with the rest: never collected
    assert kept


def test_the_outermost_block_decides_whether_to_freeze(_collector_on):
    with collector_paused(), collector_paused(freeze=True):
        ref = _cycle()
    assert gc.isenabled() and gc.get_freeze_count() == 0 and ref() is None
    with collector_paused(freeze=True), collector_paused():
        ref = _cycle()
    assert gc.isenabled() and gc.get_freeze_count() > 0 and ref() is not None


def test_a_collector_that_was_off_is_not_frozen_either(_collector_on):
    gc.disable()
    with collector_paused(freeze=True):
        ref = _cycle()
    assert not gc.isenabled() and gc.get_freeze_count() == 0 and ref() is not None
    gc.collect()
    assert ref() is None


def test_a_collector_that_was_off_stays_off_and_nothing_is_collected(_collector_on):
    gc.disable()
    with _Collections() as seen, collector_paused():
        ref = _cycle()
    assert not gc.isenabled()
    assert seen.automatic == 0 and seen.asked == 0
    assert ref() is not None
    gc.collect()
    assert ref() is None


def test_the_forkservers_warm_up_runs_no_collection_and_leaves_the_collector_on():
    """In a fresh interpreter, as the embedded cluster's forkserver: from the import of the
    workers' module (and Dask) to the warm-up's end, no automatic collection (there were
    about 980, 7 full, scanning the warm-up's long-lived objects) and none at the end
    either (round batch28: what the warm-up made is frozen instead, the models among it);
    the collector on again for the workers forked afterwards."""
    script = (
        "import gc, sys\n"
        "during = []\n"
        "def seen(phase, info):\n"
        "    if phase == 'start' and 'briefbook.app.workers' in sys.modules:\n"
        "        during.append(gc.isenabled())\n"
        "gc.callbacks.append(seen)\n"
        "import briefbook.app.forkwarm\n"
        "gc.callbacks.remove(seen)\n"
        "from briefbook.app.workers import WORKER_STATE, models_loaded\n"
        "assert WORKER_STATE['warmed'] and WORKER_STATE['inherited'] and models_loaded()\n"
        "assert during == [], during  # not even a full collection at the end\n"
        "assert gc.get_freeze_count() > 100_000, gc.get_freeze_count()  # the warm-up's\n"
        "assert gc.isenabled()\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
