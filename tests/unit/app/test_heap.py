"""The run's heap is frozen between stages and handed back to the collector afterwards."""

from __future__ import annotations

import gc
import weakref

import pytest

from briefbook.app.heap import frozen_heap, settle


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
