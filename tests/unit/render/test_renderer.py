"""The PDF renderer child: warm from one document to the next, the same pages as a renderer
started for one document, stopped (and replaced) when a deadline or a signal stops it,
never left running."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from briefbook.errors import RenderError
from briefbook.render.pdf import (
    PdfRenderer,
    RendererCopies,
    claimed_renderer_pid,
    close_shared_renderer,
    shared_renderer,
    write_pdf_isolated,
)

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) is not installed"
)

PAGE = (
    "<html><head><style>body { font-family: 'DejaVu Sans', sans-serif; }</style></head>"
    "<body><h1>Convoy report {n}</h1>"
    + "<p>Observers counted <b>{n}</b> vehicles near the <i>river crossing</i> on Monday.</p>" * 40
    + "</body></html>"
)


def _page(n: int) -> str:
    return PAGE.replace("{n}", str(n))


def _pages(pdf: Path, folder: Path) -> list[bytes]:
    folder.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", str(pdf), str(folder / "page")], check=True, timeout=120
    )
    return [p.read_bytes() for p in sorted(folder.glob("page*.png"))]


@needs_poppler
def test_a_warm_renderer_lays_out_pages_identical_to_a_fresh_one(tmp_path):
    with PdfRenderer() as renderer:
        pid = renderer.pid
        first = renderer.render(_page(1), tmp_path / "warm-1.pdf")
        second = renderer.render(_page(2), tmp_path / "warm-2.pdf")
        assert renderer.alive and renderer.pid == pid  # one child for both
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    fresh = write_pdf_isolated(_page(2), tmp_path / "fresh-2.pdf")
    assert first.read_bytes().startswith(b"%PDF")
    assert _pages(second, tmp_path / "a") == _pages(fresh, tmp_path / "b")
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "fresh-2.pdf",
        "warm-1.pdf",
        "warm-2.pdf",
    ]
    assert not list(tmp_path.glob(".*"))  # no hidden HTML left beside the PDFs


def test_a_failed_document_leaves_the_renderer_usable(tmp_path):
    with PdfRenderer(warm=False) as renderer:
        (tmp_path / "taken.pdf").mkdir()
        with pytest.raises(RenderError, match="cannot write taken.pdf"):
            renderer.render("<p>x</p>", tmp_path / "taken.pdf")
        assert renderer.alive
        assert renderer.render("<p>y</p>", tmp_path / "ok.pdf").read_bytes().startswith(b"%PDF")


def test_a_deadline_kills_the_renderer_and_the_shared_one_is_replaced(tmp_path):
    renderer = shared_renderer()
    try:
        assert shared_renderer() is renderer
        pid = renderer.pid
        long = "<html><body>" + "<p>The front line moved again.</p>" * 20000 + "</body></html>"
        with pytest.raises(RenderError, match="longer than 1 s"):
            renderer.render(long, tmp_path / "long.pdf", seconds=1)
        assert not renderer.alive
        assert not psutil.pid_exists(pid)  # killed and reaped
        assert not list(tmp_path.iterdir())  # nothing half-written
        again = shared_renderer()
        assert again is not renderer and again.alive
        assert again.render("<p>z</p>", tmp_path / "z.pdf").is_file()
    finally:
        close_shared_renderer()
    assert not renderer.alive


def test_work_done_meanwhile_runs_while_the_child_lays_out_and_can_stop_it(tmp_path):
    calls = []
    with PdfRenderer(warm=False) as renderer:
        renderer.render(_page(3), tmp_path / "a.pdf", meanwhile=lambda: calls.append("x"))
        assert calls == ["x"] and (tmp_path / "a.pdf").is_file()

        def stop() -> None:
            raise KeyboardInterrupt

        pid = renderer.pid
        with pytest.raises(KeyboardInterrupt):
            renderer.render(_page(4), tmp_path / "b.pdf", meanwhile=stop)
        assert not renderer.alive and not psutil.pid_exists(pid)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def test_a_renderer_for_one_document_exits_as_soon_as_it_has_replied(tmp_path):
    with PdfRenderer(warm=False, documents=1) as renderer:
        proc = renderer.proc
        assert proc is not None
        renderer.render(_page(5), tmp_path / "one.pdf")
        # its input ended with the request: the child exits by itself, without being closed
        assert proc.wait(timeout=30) == 0
        with pytest.raises(RenderError, match="no more documents"):
            renderer.render(_page(6), tmp_path / "two.pdf")
    assert (tmp_path / "one.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "two.pdf").exists()


def _children_running(parent: psutil.Process) -> list[psutil.Process]:
    return [c for c in parent.children() if c.status() != psutil.STATUS_ZOMBIE]


def test_a_deferred_renderer_starts_its_child_only_when_told_or_with_its_first_document(
    tmp_path,
):
    me = psutil.Process()
    before = {c.pid for c in _children_running(me)}
    with PdfRenderer(warm=False, documents=2, start=False) as renderer:
        assert renderer.proc is None and not renderer.alive and renderer.pid is None
        assert {c.pid for c in _children_running(me)} == before  # nothing started yet
        renderer.start()
        pid = renderer.pid
        assert pid is not None and renderer.alive
        renderer.start()  # a second start starts nothing
        assert renderer.pid == pid
        renderer.render(_page(7), tmp_path / "told.pdf")
    with PdfRenderer(warm=False, documents=1, start=False) as renderer:
        assert renderer.proc is None
        renderer.render(_page(8), tmp_path / "first.pdf")  # starts it
    assert (tmp_path / "told.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "first.pdf").read_bytes().startswith(b"%PDF")
    assert {c.pid for c in _children_running(me)} <= before


def test_a_deferred_renderer_closed_or_killed_before_it_started_never_starts(tmp_path):
    me = psutil.Process()
    before = {c.pid for c in _children_running(me)}
    closed = PdfRenderer(warm=False, start=False)
    closed.close()
    closed.start()  # too late: closed before it started
    killed = PdfRenderer(warm=False, start=False)
    with pytest.raises(KeyboardInterrupt), killed:
        raise KeyboardInterrupt  # the block ends by an exception: killed
    killed.start()
    assert closed.proc is None and killed.proc is None
    with pytest.raises(RenderError, match="no renderer"):
        closed.render(_page(9), tmp_path / "late.pdf")
    assert {c.pid for c in _children_running(me)} == before
    assert not (tmp_path / "late.pdf").exists()


def test_a_renderer_made_as_before_starts_its_child_at_once():
    # near miss of the deferred kind: the default is unchanged (a batch worker's, a test's)
    with PdfRenderer(warm=False) as renderer:
        assert renderer.alive and renderer.pid is not None


def test_a_kept_renderer_serves_many_documents_in_a_row_and_stays_usable(tmp_path):
    # each layout in a process forked from the kept renderer, which replies and exits;
    # many documents in a row (no pause between them) still come out whole
    with PdfRenderer(warm=False) as renderer:
        pid = renderer.pid
        outs = [renderer.render(_page(n), tmp_path / f"{n}.pdf") for n in range(4)]
        assert renderer.alive and renderer.pid == pid
    assert all(p.read_bytes().startswith(b"%PDF") for p in outs)


# a serving child whose "layout" leaves cyclic garbage, as WeasyPrint's boxes do; it notes
# on stderr (os.write: no buffer to re-enter) each collection that frees that garbage, and
# the moment its reply line is made, just before it is written, in the order they happen
_SERVE_WITH_GARBAGE = """
import gc, json, os, sys
import briefbook.render.pdf as pdf

class Box:
    def __init__(self, parent):
        self.parent = parent
        self.children = [self]

def layout(line):
    root = Box(None)
    for _ in range(5000):
        Box(root)
    return {"ok": True}

def noted(phase, info):
    if phase == "stop" and info["collected"] >= 5000:
        os.write(2, b"collected\\n")

class Replies:
    @staticmethod
    def dumps(reply):
        text = json.dumps(reply)  # the reply's objects made: the collector, if on, has run
        os.write(2, b"reply\\n")
        return text

pdf._render_request = layout
pdf.json = Replies
gc.callbacks.append(noted)
code = pdf._serve(warm=False)
sys.stderr.flush()
os._exit(code)
"""


def _serving_child() -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _SERVE_WITH_GARBAGE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_a_layouts_garbage_is_collected_after_its_reply_not_before():
    # the caller waits for the reply only: the collection (about 0.1 CPU-s for a briefing)
    # comes after it, while the caller goes on, and before the next layout
    child = _serving_child()
    try:
        for _ in range(2):
            child.stdin.write(b'["in.html", "out.pdf"]\n')
            child.stdin.flush()
            assert child.stdout.readline().strip() == b'{"ok": true}'
        child.stdin.close()
        assert child.wait(timeout=30) == 0
        events = child.stderr.read().decode().split()
    finally:
        child.kill()
        child.wait()
    assert events[:2] == ["reply", "collected"]
    assert events.count("reply") == 2


def test_a_renderer_whose_input_has_ended_exits_without_collecting():
    # one document, then the end of the input (a single run's renderer): the reply, then
    # the exit, with no collection of garbage the process drops as it ends
    child = _serving_child()
    try:
        out, err = child.communicate(b'["in.html", "out.pdf"]\n', timeout=30)
    finally:
        child.kill()
        child.wait()
    assert out.strip() == b'{"ok": true}'
    assert child.returncode == 0
    assert err.decode().split() == ["reply"]


# a kept renderer's serving loop (``fork``) whose "layout" leaves cyclic garbage and notes
# its process on stderr; the request says what else it does: "crash" kills its own
# process before replying, "sleep" waits (a long layout)
_SERVE_FORKED = """
import gc, json, os, signal, sys, time
import briefbook.render.pdf as pdf

class Box:
    def __init__(self, parent):
        self.parent = parent
        self.children = [self]

def layout(line):
    what = json.loads(line)[0]
    os.write(2, f"layout {os.getpid()}\\n".encode())
    root = Box(None)
    for _ in range(5000):
        Box(root)
    if what == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    if what == "sleep":
        time.sleep(120)
    return {"ok": True}

def noted(phase, info):
    if phase == "stop" and info["collected"] >= 5000:
        os.write(2, b"collected\\n")

pdf._render_request = layout
gc.callbacks.append(noted)
code = pdf._serve(warm=False, fork=True)
sys.stderr.flush()
os._exit(code)
"""


def _forked_child() -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _SERVE_FORKED],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _ask(child: subprocess.Popen, what: str) -> bytes:
    child.stdin.write(f'["{what}", "out.pdf"]\n'.encode())
    child.stdin.flush()
    return child.stdout.readline().strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="layouts fork on Linux only")
def test_a_kept_renderer_lays_out_each_document_in_a_process_that_exits_uncollected():
    # no layout's garbage is ever collected: each layout runs in a process forked from
    # the renderer, which replies and exits; the renderer itself collects nothing
    child = _forked_child()
    try:
        assert [_ask(child, "page") for _ in range(3)] == [b'{"ok": true}'] * 3
        child.stdin.close()
        assert child.wait(timeout=30) == 0
        events = child.stderr.read().decode().splitlines()
    finally:
        child.kill()
        child.wait()
    pids = [int(e.split()[1]) for e in events if e.startswith("layout ")]
    assert len(pids) == 3 and len(set(pids)) == 3 and child.pid not in pids
    assert "collected" not in events


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="layouts fork on Linux only")
def test_a_layout_process_that_dies_gets_an_error_reply_and_the_renderer_serves_on():
    child = _forked_child()
    try:
        crashed = json.loads(_ask(child, "crash"))
        assert crashed == {"error": "the layout process stopped by signal 9"}
        assert _ask(child, "page") == b'{"ok": true}'  # the next document is laid out
    finally:
        child.kill()
        child.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="layouts fork on Linux only")
def test_a_layout_process_ends_with_its_renderer_when_the_renderer_is_killed():
    # a deadline or a signal kills the renderer: the layout it forked does not run on
    import time

    child = _forked_child()
    try:
        child.stdin.write(b'["sleep", "out.pdf"]\n')
        child.stdin.flush()
        line = child.stderr.readline().decode()
        layout = int(line.split()[1])
        assert layout != child.pid and psutil.pid_exists(layout)
    finally:
        child.kill()
        child.wait()
    deadline = time.monotonic() + 10
    while not _gone(layout) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(layout)


def test_only_a_renderer_kept_for_several_documents_forks_its_layouts():
    # near miss: a single run's renderer (one document) lays out in its own process, where
    # the end of its input ends it with no collection to save; kept ones fork
    one = PdfRenderer(warm=False, documents=1, start=False)
    kept = PdfRenderer(warm=False, start=False)
    two = PdfRenderer(warm=False, documents=2, start=False)
    try:
        assert "--fork" not in one._deferred
        assert "--fork" in kept._deferred and "--fork" in two._deferred
    finally:
        for renderer in (one, kept, two):
            renderer.kill()


def _copies_listening(copies: RendererCopies, n: int, wait: float = 60.0) -> list[Path]:
    import time

    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        found = sorted(copies.folder.glob("renderer-*.sock"))
        if len(found) >= n:
            return found
        time.sleep(0.05)
    raise AssertionError(f"{n} copies did not listen within {wait} s")


def _gone(pid: int) -> bool:
    return not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


@needs_poppler
def test_warm_copies_are_claimed_once_each_and_lay_out_the_pages_of_a_fresh_renderer(tmp_path):
    copies = RendererCopies(2)
    try:
        _copies_listening(copies, 2)
        pids = copies.pids()
        assert len(pids) == 2  # both forked from one that warmed up
        first, second = PdfRenderer.claim(copies.folder), PdfRenderer.claim(copies.folder)
        assert first is not None and second is not None
        assert first.claimed and second.claimed and first.pid != second.pid
        assert {first.pid, second.pid} == set(pids)
        assert PdfRenderer.claim(copies.folder) is None  # each copy serves one claimer
        assert not list(copies.folder.glob("renderer-*.sock*"))  # no path left to claim
        a = first.render(_page(7), tmp_path / "first.pdf")
        b = second.render(_page(7), tmp_path / "second.pdf")
        again = first.render(_page(8), tmp_path / "again.pdf")  # one copy, many documents
        fresh = write_pdf_isolated(_page(7), tmp_path / "fresh.pdf")
        assert _pages(a, tmp_path / "a") == _pages(fresh, tmp_path / "f")
        assert _pages(b, tmp_path / "b") == _pages(fresh, tmp_path / "f2")
        assert again.read_bytes().startswith(b"%PDF")
        first.close()  # the end of its input ends the copy
        assert _gone(first.pid or 0) and second.alive
        second.close()
        copies.close()
        assert copies.proc is None and not copies.folder.exists()
        assert all(not psutil.pid_exists(p) for p in pids)  # reaped, none left
    finally:
        copies.kill()


def test_copies_nobody_claimed_exit_when_closed(tmp_path):
    copies = RendererCopies(3)
    try:
        _copies_listening(copies, 3)
        pids = copies.pids()
        claimed = PdfRenderer.claim(copies.folder)
        assert claimed is not None
        assert claimed.render("<p>only one claimed</p>", tmp_path / "x.pdf").is_file()
        claimed.close()
        copies.close(wait=30)
        assert not copies.folder.exists()
        assert all(not psutil.pid_exists(p) for p in pids)
    finally:
        copies.kill()


def test_a_stopped_copy_is_replaced_by_a_renderer_of_its_own(tmp_path):
    copies = RendererCopies(1)
    try:
        _copies_listening(copies, 1)
        renderer = shared_renderer(copies.folder)
        try:
            assert renderer.claimed and claimed_renderer_pid() == renderer.pid
            with pytest.raises(KeyboardInterrupt):
                renderer.render(_page(9), tmp_path / "b.pdf", meanwhile=_interrupt)
            assert not renderer.alive and claimed_renderer_pid() is None
            again = shared_renderer(copies.folder)  # no copy left: a renderer of its own
            assert again is not renderer and not again.claimed and again.alive
            assert again.render("<p>z</p>", tmp_path / "z.pdf").is_file()
        finally:
            close_shared_renderer()
        copies.close(wait=30)
        assert copies.proc is None
    finally:
        copies.kill()


def _interrupt() -> None:
    raise KeyboardInterrupt


def test_a_claim_made_while_the_copies_warm_up_waits_for_one(tmp_path):
    copies = RendererCopies(1)
    try:
        assert not list(copies.folder.glob("renderer-*.sock"))  # still warming up
        renderer = PdfRenderer.claim(copies.folder)
        assert renderer is not None and renderer.claimed
        try:
            assert renderer.render("<p>waited</p>", tmp_path / "w.pdf").is_file()
        finally:
            renderer.close()
        assert PdfRenderer.claim(copies.folder, wait=0.5) is None  # the only one is taken
        copies.close(wait=30)
    finally:
        copies.kill()


def test_a_claim_does_not_wait_for_copies_whose_maker_is_gone(tmp_path):
    import sys
    import time

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    (tmp_path / "copies").write_text(f"2 {gone.stdout.strip()}", encoding="utf-8")
    start = time.monotonic()
    assert PdfRenderer.claim(tmp_path, wait=30) is None
    assert time.monotonic() - start < 5


@pytest.mark.skipif(sys.platform != "linux", reason="the compiler fallback is Linux's")
def test_weasyprint_loads_its_libraries_without_compiling_a_test_program():
    """A new renderer imports WeasyPrint, which tries several names for each library:
    none of them is looked up by running the compiler or the linker (about ten runs, 0.2-0.4
    s, in every renderer), the PDF still comes out, and ``find_library`` is itself again."""
    script = (
        "import ctypes.util as u\n"
        "calls = []\n"
        "for name in ('_findLib_gcc', '_findLib_ld'):\n"
        "    def record(lib, _f=getattr(u, name)):\n"
        "        calls.append(lib)\n"
        "        return _f(lib)\n"
        "    setattr(u, name, record)\n"
        "original = u.find_library\n"
        "from briefbook.render.pdf import WARMUP_HTML, html_to_pdf\n"
        "assert html_to_pdf(WARMUP_HTML).startswith(b'%PDF')\n"
        "assert u.find_library is original\n"
        "print(calls)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[]"]
