"""HTML to PDF with WeasyPrint, reading only ``data:`` URLs (nothing from disk or network).

WeasyPrint runs in a child process, :class:`PdfRenderer` (``python -m briefbook.render.pdf
--serve``): the parent waits for each PDF in short polls, so a signal, the stage's time
budget or its deadline stops the parent at once and the child is killed, however long a
single call inside WeasyPrint, Pango or HarfBuzz takes.

The child imports WeasyPrint and lays out a short page of our own (:data:`WARMUP_HTML`:
fontconfig, the briefing's font families, the SVG path) as soon as it starts, then lays
out one briefing after another: ``briefbook run`` starts it once the sources are analysed
(:meth:`PdfRenderer.start`), so it warms up while the charts are drawn and the notebook runs
and is warm by the time the HTML is ready, and a batch worker (or any long-lived process) keeps
one for all its briefings (:func:`shared_renderer`). A renderer that was stopped (a
signal, a deadline) is killed; the next briefing starts a new one.

Protocol: one JSON line per request on the child's stdin, ``[html_path, pdf_path]``; one
JSON line per reply on its stdout, ``{"ok": true}`` or ``{"error": "one line"}``. End of
stdin ends the child.

Warm copies (:class:`RendererCopies`, ``python -m briefbook.render.pdf --listen FOLDER
--copies N --owner PID``): one process warms up once, then forks ``N`` copies of itself (it
is single-threaded, so a fork is safe) and reaps them, each copy listening on a Unix socket
of its own in ``FOLDER``. A process claims one (:meth:`PdfRenderer.claim`) and speaks the same protocol
over the socket. ``briefbook batch`` starts them while its workers are still being made,
so each worker starts with a warm renderer and the warm-up is paid once, not once per worker.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from briefbook.errors import RenderError

__all__ = [
    "WARMUP_HTML",
    "ForeignProcess",
    "PdfRenderer",
    "RendererCopies",
    "html_to_pdf",
    "shared_renderer",
    "write_pdf_isolated",
]

POLL_SECONDS = 0.2  # how often the parent looks up from waiting (signals, deadline)
CLOSE_WAIT = 5.0  # seconds a renderer told to stop has before it is killed
COLLECT_AFTER = 0.05  # seconds a child waits for more input before collecting garbage
OWNER_CHECK = 1.0  # seconds between a listening copy's checks that its owner still runs
CLAIM_WAIT = 30.0  # seconds a claimer waits for a copy still warming up

# laid out by a new renderer before its first briefing: the briefing's font families in the
# styles it uses, a table, a list, an SVG image and an English word hyphenated (loads the
# hyphenation dictionary the briefing's narrow table headings need: 0.1-0.3 CPU-s) (text of
# our own)
WARMUP_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 18mm; @bottom-center { content: counter(page); } }
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
h1 { font-family: "DejaVu Serif", Georgia, Cambria, "Times New Roman", serif; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
ul { columns: 2; } table { border-collapse: collapse; } td { border: 1px solid #999; }
</style></head><body><h1>Warm-up page</h1>
<p>Plain, <b>bold</b>, <i>italic</i>, <b><i>both</i></b> and <code>code 0123</code>: the
ministry said on Monday that about 1,200 soldiers had moved north.</p>
<ul><li>first point</li><li>second point</li><li>third point</li></ul>
<table><tr><th>Source</th><th>Grade</th></tr><tr><td>S1</td><td>A2</td></tr></table>
<p style="hyphens: auto; width: 14mm">Corroboration</p>
<img alt="" src="data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg'
 width='40' height='20'%3E%3Crect width='40' height='20' fill='%23369'/%3E%3Ctext x='2'
 y='14' font-size='10'%3E1%3C/text%3E%3C/svg%3E">
</body></html>
"""


def _url_fetcher() -> Any:
    """A WeasyPrint URL fetcher that opens ``data:`` URLs only: no file, no network."""
    try:
        from weasyprint.urls import URLFetcher
    except ImportError:  # WeasyPrint < 67 takes a function
        from weasyprint.urls import default_url_fetcher

        def fetch(url: str, *args: Any, **kwargs: Any) -> Any:
            if not url.startswith("data:"):
                raise ValueError(f"briefbook renders offline and does not fetch {url[:80]!r}")
            return default_url_fetcher(url, *args, **kwargs)

        return fetch
    return URLFetcher(allowed_protocols={"data"}, timeout=1, allow_redirects=False)


@contextlib.contextmanager
def _libraries_by_cache() -> Any:
    """Within the block, ``ctypes.util.find_library`` looks a library up in the dynamic
    linker's cache only (``ldconfig -p``), without compiling and linking a test program
    for each name the cache does not hold (Python's fallback on Linux). WeasyPrint's
    import tries several names for each of its libraries, most of them for other systems
    (``libgobject-2.0-0``, ``gobject-2.0-0``, ...) before one the cache holds: with the
    fallback, about ten runs of ``gcc`` and ``ld`` (0.1 CPU-s, 0.2-0.4 s) in every new
    renderer, and the library loaded in the end is the same (a name of the fallback's kind
    that the cache lacks is tried later by its file name, which the linker finds itself).
    Elsewhere (no such lookup in ``ctypes.util``), nothing changes."""
    import ctypes.util

    cached = getattr(ctypes.util, "_findSoname_ldconfig", None)
    if sys.platform != "linux" or cached is None:
        yield
        return
    original = ctypes.util.find_library
    ctypes.util.find_library = cached
    try:
        yield
    finally:
        ctypes.util.find_library = original


def html_to_pdf(html: str) -> bytes:
    """Lay out briefing HTML as PDF with WeasyPrint (fonts embedded, text selectable)."""
    try:
        with _libraries_by_cache():
            import weasyprint
    except ImportError as exc:  # pragma: no cover - weasyprint is a dependency
        from briefbook.errors import MissingDependencyError

        raise MissingDependencyError("weasyprint", "PDF output") from exc
    from briefbook.render.font_arrays import open_font_arrays

    open_font_arrays()  # no C type parsed per embedded font (see its module)
    try:
        document = weasyprint.HTML(string=html, base_url=None, url_fetcher=_url_fetcher())
        return document.write_pdf(uncompressed_pdf=False)
    except Exception as exc:
        raise RenderError(f"PDF rendering failed: {type(exc).__name__}: {exc}") from exc


def write_pdf_isolated(
    html: str,
    output: Path,
    *,
    seconds: float | None = None,
    renderer: PdfRenderer | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Path:
    """Write the PDF of ``html`` to ``output`` from a child process: ``renderer`` (kept
    running afterwards, unless it had to be stopped), or a renderer started for this PDF
    alone and stopped after it.

    The parent waits in short polls, so SIGINT/SIGTERM/SIGHUP and the stage's alarm are
    handled at once; on any exception (including KeyboardInterrupt) the child is killed
    and nothing is left at ``output``. ``seconds`` bounds the wait when given (RenderError).
    RenderError carries the child's one error line. ``meanwhile``: called while the child
    lays out (see :meth:`PdfRenderer.render`).
    """
    if renderer is not None:
        return renderer.render(html, output, seconds=seconds, meanwhile=meanwhile)
    with PdfRenderer(warm=False, documents=1) as own:
        return own.render(html, output, seconds=seconds, meanwhile=meanwhile)


class PdfRenderer:
    """One WeasyPrint child process (``python -m briefbook.render.pdf --serve``), started
    now; it imports WeasyPrint and, with ``warm``, lays out :data:`WARMUP_HTML` at once,
    while the caller does other work. :meth:`render` lays out one document at a time
    (thread-safe). A context manager: leaving the block normally closes the child, by an
    exception kills it. A renderer whose child died or was killed is not ``alive``.

    ``documents``: how many documents it will lay out (None: any number); the input ends
    with the last request, so the child exits as soon as it has replied. A renderer kept
    for several documents lays out each in a process forked from it (see :func:`_serve`).

    ``start=False``: the child starts only at :meth:`start` (or at the first
    :meth:`render`), so its warm-up (about 0.5 CPU-s) can be put where a core is free;
    until then the renderer is not ``alive`` and closing or killing it starts nothing."""

    def __init__(
        self,
        *,
        warm: bool = True,
        documents: int | None = None,
        copy: Path | None = None,
        start: bool = True,
    ) -> None:
        self._lock = threading.Lock()
        self._left = documents
        self._deferred: list[str] | None = None  # the command of a child not started yet
        self.claimed = copy is not None
        if copy is not None:  # a warm copy claimed by :meth:`claim`: connect, start nothing
            self._stderr: IO[bytes] = open(_copy_log(copy), "ab+")  # noqa: SIM115 - closed by kill()
            try:
                self.proc: Any = _Copy(copy)
            except BaseException:
                self._stderr.close()
                raise
            return
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - the child's, closed by kill()
        command = [sys.executable, "-m", "briefbook.render.pdf", "--serve"]
        if warm:
            command.append("--warm")
        if documents is None or documents > 1:  # kept: each layout in a child of its own
            command.append("--fork")
        self.proc = None
        self._deferred = command
        if start:
            self.start()

    def start(self) -> None:
        """Start the child of a renderer made with ``start=False``, now; nothing when it has
        started already or was closed or killed before it started. ``OSError`` when the
        child cannot be started (the renderer is then closed)."""
        command, self._deferred = self._deferred, None
        if command is None:
            return
        try:
            self.proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
        except BaseException:
            self._stderr.close()
            raise

    @property
    def alive(self) -> bool:
        """Whether the child is running and can take a document."""
        return self.proc is not None and self.proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    @classmethod
    def claim(cls, folder: Path, wait: float = CLAIM_WAIT) -> PdfRenderer | None:
        """One of the warm copies listening in ``folder`` (see :class:`RendererCopies`),
        taken for this process alone (no other process can claim it), connected; None when
        every copy was taken (or could not be reached), or when none listens within
        ``wait`` seconds (the copies are still warming up on a loaded machine)."""
        folder = Path(folder)
        try:
            expected, forker = map(int, (folder / COPIES_FILE).read_text(encoding="utf-8").split())
        except (OSError, ValueError):
            expected, forker = 0, 0
        deadline = time.monotonic() + wait
        while True:
            for path in sorted(folder.glob(f"{COPY_PREFIX}*{COPY_SUFFIX}")):
                mine = path.with_name(f"{path.name}.{os.getpid()}")
                try:
                    os.rename(path, mine)  # atomic: one claimer wins each copy
                except OSError:
                    continue
                # taken, whether it answers or not: nobody waits for it any more
                (folder / f"{TAKEN_PREFIX}{path.stem}").touch()
                try:
                    return cls(copy=mine)
                except OSError:
                    continue
                finally:
                    mine.unlink(missing_ok=True)  # connected (or not): the path is not needed
            taken = len(list(folder.glob(f"{TAKEN_PREFIX}*")))
            if taken >= expected or time.monotonic() > deadline:
                return None
            if not _running(forker) and not list(folder.glob(f"{COPY_PREFIX}*{COPY_SUFFIX}")):
                return None  # the process making the copies is gone: no more will come
            time.sleep(0.05)

    def __enter__(self) -> PdfRenderer:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.kill()

    def render(
        self,
        html: str,
        output: Path,
        *,
        seconds: float | None = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> Path:
        """Write the PDF of ``html`` to ``output``; see :func:`write_pdf_isolated`. The HTML
        goes through a hidden file beside ``output``, removed afterwards. ``meanwhile`` is
        called once the child has the document, before waiting for it (an exception from
        it stops the child as any other would)."""
        output = Path(output)
        with self._lock:
            if self._left is not None and self._left <= 0:
                raise RenderError("PDF rendering failed: the renderer takes no more documents")
            self.start()  # a deferred child starts with its first document at the latest
            if not self.alive:
                raise RenderError(f"PDF rendering failed: {self._died()}")
            assert self.proc is not None and self.proc.stdin is not None
            source = output.with_name(f".{output.name}.html")
            deadline = time.monotonic() + seconds if seconds else None
            try:
                source.write_text(html, encoding="utf-8")
                request = json.dumps([str(source.absolute()), str(output.absolute())])
                try:
                    self.proc.stdin.write(request.encode("utf-8") + b"\n")
                    self.proc.stdin.flush()
                    if self._left is not None:
                        self._left -= 1
                        if not self._left:  # the last one: the child exits once it replies
                            self.proc.stdin.close()
                except (BrokenPipeError, OSError) as exc:
                    raise RenderError(f"PDF rendering failed: {self._died()}") from exc
                if meanwhile is not None:
                    meanwhile()
                reply = self._reply(deadline, seconds)
            except BaseException:
                self.kill()
                _remove(output)
                raise
            finally:
                source.unlink(missing_ok=True)
        if "error" in reply or not reply.get("ok"):
            _remove(output)
            raise RenderError(f"PDF rendering failed: {str(reply.get('error'))[:300]}")
        return output

    def _reply(self, deadline: float | None, seconds: float | None) -> dict[str, Any]:
        """The child's reply line, waited for in short polls."""
        assert self.proc is not None and self.proc.stdout is not None
        stdout = self.proc.stdout
        while True:
            ready, _, _ = select.select([stdout], [], [], POLL_SECONDS)
            if ready:
                line = stdout.readline()
                if not line:  # the child is gone
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        self.proc.wait(timeout=CLOSE_WAIT)
                    raise RenderError(f"PDF rendering failed: {self._died()}")
                try:
                    reply = json.loads(line)
                except ValueError:
                    continue  # not ours (a library printed to stdout): keep waiting
                if isinstance(reply, dict):
                    return reply
            if deadline is not None and time.monotonic() > deadline:
                raise RenderError(
                    f"PDF rendering took longer than {seconds:,.0f} s and was stopped",
                    hint="raise the limit pdf_seconds",
                )

    def _died(self) -> str:
        """One line on why the child is gone: its last line on stderr, or its exit."""
        code = self.proc.poll() if self.proc is not None else None
        try:
            self._stderr.seek(0)
            lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
        except (OSError, ValueError):
            lines = []
        if code is not None and code < 0:
            return f"the renderer was stopped by signal {-code}"
        if lines:
            return lines[-1][:300]
        return f"the renderer exited with code {code}" if code is not None else "no renderer"

    def close(self, wait: float = CLOSE_WAIT) -> None:
        """Tell the child to stop (end of its input) and wait up to ``wait`` seconds, then
        kill it. Safe to call again."""
        proc = self.proc
        if proc is None:
            self.kill()  # a deferred child is never started; its log file is closed
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(timeout=wait)
        except (OSError, subprocess.TimeoutExpired):
            pass
        finally:
            self.kill()

    def kill(self) -> None:
        """Kill the child at once and reap it (a deferred child is never started). Safe to
        call again."""
        self._deferred = None
        proc, self.proc = self.proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for stream in (proc.stdin, proc.stdout, getattr(proc, "sock", None)):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
        if not self._stderr.closed:
            self._stderr.close()


_SHARED: dict[str, Any] = {"renderer": None}
_SHARED_LOCK = threading.Lock()


def shared_renderer(copies: Path | None = None) -> PdfRenderer:
    """This process's long-lived renderer (a batch worker's, or a warm benchmark's), started
    on the first call and again after one was stopped; closed when the process exits.
    ``copies``: the folder of warm copies (:class:`RendererCopies`) to claim one from
    first; a new renderer is started only when none is left there."""
    with _SHARED_LOCK:
        renderer = _SHARED["renderer"]
        if renderer is None or not renderer.alive:
            if renderer is not None:
                renderer.kill()
            else:
                atexit.register(close_shared_renderer)
            claimed = PdfRenderer.claim(copies) if copies is not None else None
            renderer = _SHARED["renderer"] = claimed or PdfRenderer()
        return renderer


def claimed_renderer_pid() -> int | None:
    """The process of this process's long-lived renderer when it is a claimed warm copy
    (not a child of this process), while it runs; None otherwise."""
    renderer = _SHARED["renderer"]
    if renderer is None or not renderer.claimed or not renderer.alive:
        return None
    return renderer.pid


def close_shared_renderer(wait: float = 1.0) -> None:
    """Stop this process's long-lived renderer, if it has one (killed if it has not
    exited ``wait`` seconds after its input ended: a worker that exits does not wait)."""
    with _SHARED_LOCK:
        renderer, _SHARED["renderer"] = _SHARED["renderer"], None
    if renderer is not None:
        renderer.close(wait=wait)


def _remove(path: Path) -> None:
    """Remove a half-written output, if it is a file we could have written."""
    if path.is_file():
        path.unlink(missing_ok=True)


def _render_request(line: bytes) -> dict[str, Any]:
    """Lay out one request of the serving child; the reply to write back."""
    try:
        source, output = (Path(p) for p in json.loads(line))
    except (ValueError, TypeError):
        return {"error": "a request the renderer does not understand"}
    try:
        pdf = html_to_pdf(source.read_text(encoding="utf-8"))
        output.write_bytes(pdf)
    except RenderError as exc:
        _remove(output)
        return {"error": exc.line().removeprefix("PDF rendering failed: ")}
    except OSError as exc:
        _remove(output)
        return {"error": f"cannot write {output.name}: {exc.strerror or exc}"}
    return {"ok": True}


def _serve(warm: bool, fork: bool = False) -> int:
    """``python -m briefbook.render.pdf --serve [--warm] [--fork]``: the child of
    :class:`PdfRenderer`. Requests come one per line on stdin until it ends; replies go one
    per line to stdout (the real one: anything a library prints goes to stderr).

    Garbage is collected only between documents, never during a layout and never before
    its reply: the collector is off while the process serves, and a layout's boxes (about
    a hundred thousand objects in reference cycles for a one-source briefing, about 0.1
    CPU-s to collect) are collected after the reply is sent, while the caller goes on,
    unless the caller sends the next request within :data:`COLLECT_AFTER` seconds (then
    just before that layout) or ends the input: the end of the input ends the process at
    once, without collecting that garbage or Python's teardown (its reply is already out).
    The collector left on would run at the first allocation after the layout, before the
    reply is written, and keep the caller waiting for it.

    ``fork`` (a renderer kept for many documents: a batch worker's, a warm copy): each
    document is laid out in a process forked from this one (:func:`_layout_forked`), which
    replies and exits without collecting anything, so no layout's garbage is ever
    collected (those 0.1 CPU-s per document, which a lone run hides on its idle second
    core, were paid from a busy batch's briefings), and every document starts from the
    same warm state. Where a forked process cannot be tied to this one's life (not Linux),
    documents are laid out here, as without ``fork``."""
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    if warm:
        _warm_up()
    gc.collect()
    gc.freeze()  # what the imports and the warm-up left is never traversed again
    gc.disable()  # collected below, between documents, only
    die_with_parent = _death_signal_setter() if fork else None
    pending = False  # garbage of a layout not yet collected
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        if die_with_parent is not None:
            if _layout_forked(line, replies, die_with_parent):
                continue
            die_with_parent = None  # no forked process can be tied to this one: lay out here
        if pending:
            gc.collect()
            pending = False
        reply = _render_request(line)
        replies.write(json.dumps(reply).encode("utf-8") + b"\n")
        replies.flush()
        pending = True
        ready, _, _ = select.select([sys.stdin.buffer], [], [], COLLECT_AFTER)
        if not ready:  # the caller is busy with the PDF: collect now, on this core
            gc.collect()
            pending = False
    return 0


PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends


def _death_signal_setter() -> Callable[[], bool] | None:
    """A function that asks the kernel to kill the calling process when its parent ends
    (``prctl(PR_SET_PDEATHSIG, SIGKILL)``), returning whether it could; None where there
    is no such call (not Linux, no C library): a forked layout could outlive a renderer
    that was killed, so documents are laid out in the renderer itself there. Looked up
    before any fork, so a forked process only makes the call."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import signal

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl.restype = ctypes.c_int

    def die_with_parent() -> bool:
        return prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0

    return die_with_parent


NO_DEATH_SIGNAL = 3  # exit code of a forked layout process that could not be tied to its parent


def _layout_forked(line: bytes, replies: IO[bytes], die_with_parent: Callable[[], bool]) -> bool:
    """Lay out the request ``line`` in a process forked from this one, which writes the
    reply to ``replies`` and exits at once (no collection, no teardown: what the layout
    made goes with the process); this process waits for it. The forked process is killed
    with this one (a renderer killed by its caller's deadline or signal leaves no layout
    running). One that dies before its reply (a crash in a C library, the memory killer)
    gets an error reply from this process, which goes on serving. False (nothing laid out,
    nothing replied) when the forked process could not be tied to this one's life."""
    parent = os.getpid()
    sys.stderr.flush()  # nothing buffered is written twice
    pid = os.fork()
    if pid == 0:
        code = NO_DEATH_SIGNAL
        try:
            if die_with_parent() and os.getppid() == parent:  # not orphaned before the call
                code = 1
                reply = _render_request(line)
                replies.write(json.dumps(reply).encode("utf-8") + b"\n")
                replies.flush()
                code = 0
        finally:
            with contextlib.suppress(Exception):
                sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code == NO_DEATH_SIGNAL:
        return False
    if code != 0:
        why = f"stopped by signal {-code}" if code < 0 else f"exited with code {code}"
        reply = {"error": f"the layout process {why}"}
        replies.write(json.dumps(reply).encode("utf-8") + b"\n")
        replies.flush()
    return True


def _warm_up() -> None:
    """Lay out :data:`WARMUP_HTML` once (WeasyPrint's imports, the fonts, the SVG path)."""
    try:
        html_to_pdf(WARMUP_HTML)
    except Exception as exc:  # the first document meets the problem and reports it
        print(f"warm-up: {exc}", file=sys.stderr)


COPY_PREFIX = "renderer-"
COPY_SUFFIX = ".sock"
COPIES_FILE = "copies"  # how many copies the folder will hold
TAKEN_PREFIX = "taken-"  # one file per copy claimed


def _copy_log(path: Path) -> Path:
    """Where the copy listening at ``path`` (or at ``path`` once claimed) writes its stderr:
    ``renderer-<pid>.log`` beside it."""
    pid = path.name.removeprefix(COPY_PREFIX).split(".")[0]
    return path.with_name(f"{COPY_PREFIX}{pid}.log")


class ForeignProcess:
    """A process this process did not start (so cannot wait for), known by its ``pid``:
    the part of ``subprocess.Popen`` that a claimed renderer copy (:class:`_Copy`) and an
    adopted kernel (:meth:`briefbook.app.engine.RunKernel.adopt`) need (``pid``,
    ``returncode``, ``poll``, ``wait``, ``kill``, ``send_signal``). It is gone when it is a
    zombie (its parent reaps it) or no longer exists; its exit status is not known here
    (0, or -9 once this process killed it)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None and not _running(self.pid):
            self.returncode = 0
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """The exit status once the process is gone; ``subprocess.TimeoutExpired`` after
        ``timeout`` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"process {self.pid}", timeout or 0)
            time.sleep(0.01)
        return self.returncode or 0

    def send_signal(self, signum: int) -> None:
        """Signal ``signum`` to the process while it runs (``OSError`` when it cannot)."""
        import signal

        if self.poll() is None:
            os.kill(self.pid, signum)
            if signum == signal.SIGKILL:
                self.returncode = -signal.SIGKILL

    def kill(self) -> None:
        import signal

        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        self.returncode = -signal.SIGKILL


class _Copy(ForeignProcess):
    """A claimed warm copy, connected over its socket (``stdin``, ``stdout``), as
    :class:`PdfRenderer` uses a child (see :class:`ForeignProcess`)."""

    def __init__(self, path: Path) -> None:
        import socket

        super().__init__(int(path.name.removeprefix(COPY_PREFIX).split(".")[0]))
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self.sock.connect(str(path))
        except OSError:
            self.sock.close()
            raise
        self.stdin = _SocketWriter(self.sock)
        self.stdout = self.sock.makefile("rb")


class _SocketWriter:
    """The writing half of a copy's socket as a file; closing it ends the copy's input."""

    def __init__(self, sock: Any) -> None:
        self._sock = sock
        self._file = sock.makefile("wb")
        self.closed = False

    def write(self, data: bytes) -> int:
        return self._file.write(data)

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        import socket

        if self.closed:
            return
        self.closed = True
        try:
            self._file.close()
            self._sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass


def _running(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie does not)."""
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:  # not ours to read: it exists
        return True


class RendererCopies:
    """``copies`` warm renderers, forked by one process that warmed up once
    (``python -m briefbook.render.pdf --listen FOLDER --copies N --owner PID``), each
    listening in a private folder until a process claims it
    (:meth:`PdfRenderer.claim`, :func:`shared_renderer`). A copy serves the one process
    that claimed it and exits when that process ends its input; one never claimed exits
    when :meth:`close` says so, or by itself once its owner (this process) is gone. Every
    copy is a child of the process that forked them, which reaps them and then exits; it
    is a child of this process, so their CPU time counts among this process's children's."""

    def __init__(self, copies: int) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="briefbook-renderers-"))
        self._log = open(self.folder / "first.log", "wb")  # noqa: SIM115 - closed by close()
        command = [sys.executable, "-m", "briefbook.render.pdf", "--listen", str(self.folder)]
        command += ["--copies", str(max(1, copies)), "--owner", str(os.getpid())]
        self.proc: subprocess.Popen[bytes] | None = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        # what a claimer reads: how many copies there will be, and the process making them
        (self.folder / COPIES_FILE).write_text(
            f"{max(1, copies)} {self.proc.pid}", encoding="utf-8"
        )

    def pids(self) -> list[int]:
        """The processes of the copies (not the one that forked them), while they run."""
        import psutil

        if self.proc is None:
            return []
        try:
            return [c.pid for c in psutil.Process(self.proc.pid).children(recursive=True)]
        except psutil.Error:
            return []

    def close(self, wait: float = CLOSE_WAIT) -> None:
        """The copies nobody claimed are told to stop (connected to and left at once); then
        up to ``wait`` seconds for every copy to exit (the claimed ones end with their
        process's input), then any left is killed. Safe to call again."""
        import socket

        if self.proc is None:
            return
        for path in self.folder.glob(f"{COPY_PREFIX}*{COPY_SUFFIX}"):
            mine = path.with_name(f"{path.name}.{os.getpid()}")
            with contextlib.suppress(OSError):
                os.rename(path, mine)
                (self.folder / f"{TAKEN_PREFIX}{path.stem}").touch()
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                    sock.connect(str(mine))
                mine.unlink(missing_ok=True)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=wait)
        self.kill()

    def kill(self) -> None:
        """Kill every copy at once, wait for them, and remove the folder. Safe to call again."""
        import signal

        import psutil

        proc, self.proc = self.proc, None
        if proc is not None:
            if proc.poll() is None:
                found = []
                with contextlib.suppress(psutil.Error):
                    found = psutil.Process(proc.pid).children(recursive=True)
                for each in found:
                    with contextlib.suppress(psutil.Error):
                        each.send_signal(signal.SIGKILL)
                proc.kill()
            proc.wait()
        if not self._log.closed:
            self._log.close()
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)


def _serve_copies(folder: Path, copies: int, owner: int) -> int:
    """``python -m briefbook.render.pdf --listen FOLDER --copies N --owner PID``: warm up
    once, then fork ``N`` copies and wait for them. Each copy listens at
    ``FOLDER/renderer-<pid>.sock`` (the path appears once it listens) for the one
    connection it serves as :func:`_serve` serves stdin and stdout; a copy not claimed
    while ``owner`` runs exits. This process only forks and reaps: a copy that ends is
    reaped at once, so the process that claimed it sees it gone."""
    _warm_up()
    gc.collect()
    gc.freeze()
    sys.stderr.flush()
    for _ in range(copies):
        if os.fork() == 0:
            code = 1
            try:
                code = _serve_copy(folder, owner)
            finally:
                sys.stderr.flush()
                os._exit(code)
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return 0
        except InterruptedError:  # pragma: no cover - retried by Python itself
            continue


def _serve_copy(folder: Path, owner: int) -> int:
    """One copy of :func:`_serve_copies`: listen, serve the first connection, exit."""
    import socket

    me = os.getpid()
    log = os.open(folder / f"{COPY_PREFIX}{me}.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(log, sys.stderr.fileno())
    os.close(log)
    path = folder / f"{COPY_PREFIX}{me}{COPY_SUFFIX}"
    bound = folder / f".{COPY_PREFIX}{me}"
    conn = None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        try:
            listener.bind(str(bound))
            listener.listen(1)
            os.rename(bound, path)  # claimable only once it listens
        except OSError as exc:  # no claimer waits for a copy that cannot listen
            print(f"cannot listen at {path}: {exc}", file=sys.stderr)
            (folder / f"{TAKEN_PREFIX}{path.stem}").touch()
            return 1
        listener.settimeout(OWNER_CHECK)
        while conn is None:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                if not _running(owner):
                    path.unlink(missing_ok=True)
                    return 0
    conn.settimeout(None)
    os.dup2(conn.fileno(), sys.stdin.fileno())
    os.dup2(conn.fileno(), sys.stdout.fileno())
    conn.close()
    return _serve(warm=False, fork=True)


if __name__ == "__main__":
    import logging

    logging.disable(logging.CRITICAL)  # WeasyPrint and fontTools speak only through us
    if sys.argv[1:2] == ["--serve"]:
        code = _serve(warm="--warm" in sys.argv[2:], fork="--fork" in sys.argv[2:])
        sys.stderr.flush()
        os._exit(code)  # every reply is out: no teardown of WeasyPrint's objects
    if sys.argv[1:2] == ["--listen"] and len(sys.argv) == 7:
        import signal

        # a terminal's Ctrl-C reaches the copies too: the batch that started them stops
        # them in order, as it stops its workers (which ignore it as well)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        args = dict(zip(sys.argv[1::2], sys.argv[2::2], strict=True))
        code = _serve_copies(Path(args["--listen"]), int(args["--copies"]), int(args["--owner"]))
        sys.stderr.flush()
        os._exit(code)
    sys.exit(
        "usage: python -m briefbook.render.pdf --serve [--warm] [--fork] | "
        "--listen FOLDER --copies N --owner PID"
    )
