"""The batch benchmark's sampler (``benchmarks/bench_batch.py``, :class:`ProcessTree`): one
walk of the process table per sample, every process under the root found and sorted by
kind, each worker's peak memory counting the processes under it."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time

import psutil
import pytest

from builders import ROOT

# a process that names itself by its arguments (its first is a tag the sampler reads in its
# command line), starts the children its second describes ([tag, [children]] pairs) and
# sleeps until it is killed
NEST = """
import json, subprocess, sys, time
data = bytearray(int(sys.argv[3]) * 1024 * 1024)
for tag, below in json.loads(sys.argv[2]):
    subprocess.Popen([sys.executable, "-c", sys.argv[4], tag, json.dumps(below), "8", sys.argv[4]])
time.sleep(60)
"""

# root -> forkserver -> worker -> one process of its own; root -> kernel; root -> the
# renderer warm-up -> one copy -> the layout it forked
TREE = [
    ["forkserver", [["worker", [["child-of-worker", []]]]]],
    ["ipykernel", []],
    ["--listen", [["copy", [["layout", []]]]]],
]


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_batch", ROOT / "benchmarks" / "bench_batch.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tree():
    root = subprocess.Popen([sys.executable, "-c", NEST, "root", json.dumps(TREE), "1", NEST])
    proc = psutil.Process(root.pid)
    try:
        deadline = time.monotonic() + 30
        while len(proc.children(recursive=True)) < 7:
            assert time.monotonic() < deadline, "the process tree did not start"
            time.sleep(0.05)
        time.sleep(0.3)  # each has allocated its memory
        yield root.pid
    finally:
        for child in proc.children(recursive=True):
            child.kill()
        root.kill()
        root.wait()


def test_process_tree_sorts_the_processes_by_kind(tree):
    sampler = _bench().ProcessTree(tree)
    sampler.sample()
    kinds = sorted(sampler.kinds.values())
    assert kinds == sorted(
        [
            "batch",
            "forkserver",
            "workers",
            "other",
            "kernels",
            "renderer warm-up",
            "renderer copies",
            "renderer layouts",
        ]
    )
    totals = sampler.totals()
    # a copy's layout is counted in its copy (which reaps it), never on its own
    assert set(totals) == set(kinds) - {"renderer layouts"}
    assert all(seconds >= 0 for seconds in totals.values())


def test_a_workers_peak_counts_the_processes_under_it(tree):
    sampler = _bench().ProcessTree(tree)
    sampler.sample()
    (worker,) = sampler.workers()
    child = psutil.Process(worker).children()[0]
    own = sampler.peak_own[worker]
    # each process of the tree holds 8 MB of its own (the root 1 MB)
    assert own > 8 * 1024 * 1024
    assert sampler.peak[worker] >= own + child.memory_info().rss // 2
    assert sampler.peak[tree] > sampler.peak[worker]  # the root counts everything under it
    assert sampler.forkserver > 8 * 1024 * 1024
    assert sampler.kernel > 8 * 1024 * 1024  # a kernel the root started itself
    assert sampler.copy > 8 * 1024 * 1024


def test_one_walk_of_the_process_table_per_sample(tree, monkeypatch):
    bench = _bench()
    walks = []
    real = psutil.Process.children

    def counted(self, *args, **kwargs):
        walks.append(kwargs.get("recursive", False))
        return real(self, *args, **kwargs)

    # psutil finds a process's children by reading every process's parent: one such walk
    # a sample, for the whole tree at once
    monkeypatch.setattr(psutil.Process, "children", counted)
    monkeypatch.setattr(bench.psutil, "process_iter", lambda *a, **k: pytest.fail("a second walk"))
    sampler = bench.ProcessTree(tree)
    for _ in range(3):
        sampler.sample()
    assert walks == [True, True, True]
    assert len(sampler.workers()) == 1
