"""A run always ends: a time budget per stage, stop signals, stale staging, isolated PDF,
unreadable earlier issues skipped, the index rebuilt inside the series lock."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from briefbook.app import outputs
from briefbook.app.guard import honour_signals, time_budget
from briefbook.config.limits import LimitError, set_limits
from briefbook.errors import Interrupted, OutputError, RenderError
from briefbook.series import load_previous_issue, write_series_index


def spin(seconds: float) -> None:
    """Pure-Python busy work that gives up after ``seconds`` (so a broken budget fails the
    test instead of hanging it)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(range(1000))


def test_time_budget_stops_a_stage_with_a_limit_error():
    set_limits({"analyse_seconds": 1})
    start = time.monotonic()
    with pytest.raises(LimitError) as info, time_budget("analyse"):
        spin(30)
    assert time.monotonic() - start < 20
    assert info.value.limit == "analyse_seconds"
    assert "analyse stage ran longer than 1 s" in info.value.line()
    assert "--limit analyse_seconds=N" in info.value.line()


def test_time_budget_is_not_swallowed_by_except_exception():
    set_limits({"ingest_seconds": 1})
    with pytest.raises(LimitError), time_budget("ingest"):
        end = time.monotonic() + 30
        while time.monotonic() < end:
            try:  # noqa: SIM105 - a library's catch-all must not eat the budget
                spin(0.05)
            except Exception:
                pass


def test_time_budget_leaves_no_alarm_behind():
    with time_budget("html"):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_stop_signals_raise_interrupted(sig, code):
    with pytest.raises(Interrupted) as info, honour_signals():
        os.kill(os.getpid(), sig)
        spin(30)
    assert info.value.exit_code == code
    assert isinstance(info.value, KeyboardInterrupt)
    assert signal.getsignal(sig) is not None  # restored


def _callback_that_wraps(sig: int) -> None:
    """What a C extension does with a callback that raises: its own error comes out."""
    try:
        os.kill(os.getpid(), sig)
        spin(30)
    except BaseException as exc:
        raise ValueError("Invalid affine transformation matrix") from exc


@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)]
)
def test_a_stop_that_a_library_rewrapped_is_still_the_stop(sig, code):
    with pytest.raises(KeyboardInterrupt) as info, honour_signals():
        _callback_that_wraps(sig)
    assert getattr(info.value, "exit_code", 130) == code
    assert isinstance(info.value.__cause__, ValueError)


class _SignalsOnCollection:
    """An object whose finaliser is where the signal lands (as a weakref callback or
    ``__del__`` run by the garbage collector would be): Python can only drop what it raises."""

    def __init__(self, sig: int) -> None:
        self.sig = sig

    def __del__(self) -> None:
        os.kill(os.getpid(), self.sig)
        spin(5)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_dropped_by_a_finaliser_is_raised_at_the_next_check(sig, capsys):
    from briefbook.app.guard import raise_pending_stop

    after_check = []
    with pytest.raises(KeyboardInterrupt), honour_signals():
        doomed = _SignalsOnCollection(sig)
        del doomed  # the handler raises inside __del__: "Exception ignored"
        after_check.append("the block went on")
        raise_pending_stop()
        after_check.append("past the check")
    assert after_check == ["the block went on"]
    assert "Traceback" not in capsys.readouterr().err


def test_a_stop_dropped_by_a_finaliser_ends_the_block_at_the_latest():
    with pytest.raises(Interrupted), honour_signals():
        doomed = _SignalsOnCollection(signal.SIGTERM)
        del doomed


def test_an_error_without_a_stop_passes_through_unchanged():
    with pytest.raises(ValueError, match="plain"), honour_signals():
        raise ValueError("plain")


def test_stale_staging_is_found_and_removed_but_a_live_one_is_kept(tmp_path):
    series = outputs.series_folder(tmp_path, "s")
    dead = series / ".staging-2024-12-20-x-dead"
    dead.mkdir()
    (dead / outputs.OWNER).write_text("12345\n")  # its process is gone: nobody holds the lock
    (dead / "briefing.ipynb").write_text("{}")
    unowned = series / ".staging-2024-12-20-x-old"
    unowned.mkdir()
    old = time.time() - outputs.UNOWNED_GRACE - 60
    os.utime(unowned, (old, old))
    live = series / ".staging-2024-12-20-x-live"
    live.mkdir()
    holder = subprocess.Popen(  # another process that holds its staging lock
        [
            sys.executable,
            "-c",
            "import fcntl,sys,time; h=open(sys.argv[1],'w'); fcntl.flock(h, fcntl.LOCK_EX);"
            " print('locked', flush=True); time.sleep(60)",
            str(live / outputs.OWNER),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        mine = outputs.staging_folder(series, "2024-12-20-x")
        removed = outputs.remove_stale_staging(series)
        assert sorted(removed) == sorted([dead.name, unowned.name])
        assert not dead.exists() and not unowned.exists()
        assert live.is_dir() and mine.is_dir()
    finally:
        holder.kill()
        holder.wait()
    assert outputs.remove_stale_staging(series) == [live.name]
    outputs.discard(mine)


def test_published_issue_has_no_owner_file_and_index_is_built_inside_the_lock(tmp_path):
    series = outputs.series_folder(tmp_path, "s")
    staging = outputs.staging_folder(series, "2024-12-20-x")
    seen = {}

    def then() -> None:
        with open(series / ".lock") as other:  # another open file: the lock must be held
            try:
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
                seen["locked"] = False
            except BlockingIOError:
                seen["locked"] = True

    folder = outputs.publish(staging, series, "2024-12-20-x", then=then)
    assert seen == {"locked": True}
    assert not (folder / outputs.OWNER).exists()


def test_index_writes_through_a_temporary_file_of_its_own(tmp_path):
    series = tmp_path / "s"
    series.mkdir()
    (series / ".index.html.tmp").write_text("another writer's file")
    target = write_series_index(series)
    assert target.read_text(encoding="utf-8").lstrip().startswith("<!")
    assert (series / ".index.html.tmp").read_text() == "another writer's file"
    assert not [p for p in series.iterdir() if p.name.startswith(".index-")]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("corrupt", b'{"title": "x", "sections": [tru'),
        ("nested", b"[" * 200_000 + b"]" * 200_000),
        ("not-an-object", b"[1, 2, 3]"),
        ("binary", bytes(range(256)) * 10),
    ],
)
def test_unreadable_previous_issue_is_skipped_with_a_warning(tmp_path, name, content):
    series = tmp_path / "s"
    issue = series / f"2024-12-13-{name}"
    issue.mkdir(parents=True)
    (issue / "manifest.json").write_text(json.dumps({"status": "ok", "params": {}}))
    (issue / "assessment.json").write_bytes(content)
    warnings: list[str] = []
    assert load_previous_issue(series, before="2024-12-20", warn=warnings.append) is None
    assert len(warnings) == 1 and issue.name in warnings[0]
    write_series_index(series)  # the index survives it too


def test_oversized_previous_issue_is_skipped(tmp_path):
    series = tmp_path / "s"
    issue = series / "2024-12-13-big"
    issue.mkdir(parents=True)
    (issue / "manifest.json").write_text(json.dumps({"status": "ok", "params": {}}))
    (issue / "assessment.json").write_text(json.dumps({"title": "x" * 5000}))
    set_limits({"issue_json_bytes": 1000})
    warnings: list[str] = []
    assert load_previous_issue(series, before="2024-12-20", warn=warnings.append) is None
    assert "issue_json_bytes" in warnings[0]


def test_staging_folder_on_an_unwritable_place_is_an_output_error(tmp_path):
    with pytest.raises(OutputError):
        outputs.staging_folder(tmp_path / "missing" / "folder", "x")


def test_isolated_pdf_is_killed_on_interrupt_and_leaves_nothing(tmp_path):
    from briefbook.render.pdf import write_pdf_isolated

    html = "<html><body>" + "<p>The front line moved again.</p>" * 20000 + "</body></html>"
    output = tmp_path / "briefing.pdf"

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 1.5)
    start = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            write_pdf_isolated(html, output)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - start < 30
    assert list(tmp_path.iterdir()) == []


def test_isolated_pdf_writes_and_reports_failures(tmp_path):
    from briefbook.render.pdf import write_pdf_isolated

    output = write_pdf_isolated("<p>One short page.</p>", tmp_path / "a.pdf")
    assert output.read_bytes().startswith(b"%PDF")
    (tmp_path / "taken.pdf").mkdir()  # the child cannot write there
    with pytest.raises(RenderError, match="cannot write taken.pdf"):
        write_pdf_isolated("<p>x</p>", tmp_path / "taken.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "taken.pdf"]


def test_escape_in_progress_warnings(capsys):
    from briefbook.app.run import Progress

    progress = Progress()
    progress.warn("file evil\r\x1b[2Jname.txt is empty")
    err = capsys.readouterr().err
    assert "\r" not in err and "\x1b" not in err and "evil\\r\\x1b[2Jname" in err
    assert progress.warnings == ["file evil\r\x1b[2Jname.txt is empty"]  # kept as found


def test_notebook_path_must_be_a_regular_ipynb(tmp_path):
    from briefbook.app.execute import check_notebook
    from briefbook.errors import InputError

    fifo = tmp_path / "pipe.ipynb"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.ipynb"
    folder.mkdir()
    empty = tmp_path / "empty.ipynb"
    empty.write_text("")
    other = tmp_path / "notes.txt"
    other.write_text("{}")
    for path, fragment in (
        (fifo, "not a regular file"),
        (folder, "is a folder"),
        (empty, "is empty"),
        (other, "not an .ipynb"),
        (tmp_path / "missing.ipynb", "not found"),
    ):
        with pytest.raises(InputError, match=fragment):
            check_notebook(path)


def test_time_budget_stops_a_stage_in_a_thread_that_gets_no_signals():
    """A batch item runs in a Dask worker's thread, where SIGALRM never arrives: a watchdog
    keeps the budget there, and raises nothing once the block has ended."""
    import threading

    set_limits({"analyse_seconds": 1, "html_seconds": 1})
    seen: dict[str, object] = {}

    def item() -> None:
        start = time.monotonic()
        try:
            with time_budget("analyse"):
                spin(30)
        except LimitError as exc:
            seen["error"] = exc.line()
            seen["after"] = time.monotonic() - start
        with time_budget("html"):  # ends well within its budget
            pass
        try:
            spin(2.5)  # past the html budget: nothing may be raised now
            seen["clean"] = True
        except BaseException as exc:  # noqa: BLE001 - what leaked is the failure
            seen["clean"] = exc

    worker = threading.Thread(target=item)
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert "analyse stage ran longer than 1 s" in str(seen.get("error"))
    assert seen["after"] < 20
    assert seen["clean"] is True
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no alarm was used


def test_a_budget_nested_in_another_reports_its_own_expiry_and_lets_the_outer_one_pass():
    """The page HTML renders inside the pdf stage (while the renderer lays out): its own
    budget, nested, is kept by a watchdog; the pdf stage's alarm stays armed and names the
    pdf stage when it is the one that runs out."""
    set_limits({"pdf_seconds": 30, "html_seconds": 1})
    start = time.monotonic()
    with (
        pytest.raises(LimitError, match="html stage ran longer than 1 s"),
        time_budget("pdf"),
        time_budget("html", nested=True),
    ):
        spin(20)
    assert time.monotonic() - start < 15
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)

    set_limits({"pdf_seconds": 1, "html_seconds": 30})
    with (
        pytest.raises(LimitError, match="pdf stage ran longer than 1 s"),
        time_budget("pdf"),
        time_budget("html", nested=True),
    ):
        spin(20)
    spin(1.5)  # the inner watchdog, cancelled, raises nothing later
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.mark.parametrize("caught_in", ["exec", "eval"])
def test_python_m_briefbook_exits_130_after_ctrl_c_inside_exec_of_source_text(tmp_path, caught_in):
    """Ctrl-C that lands while a library runs ``exec``/``eval`` of source text (a dataclass
    or a namedtuple being defined at import) is caught by the command like any other:
    ``python -m`` then exits 130, as the command returned, not killed by SIGINT (-2)."""
    source = (
        'exec("raise KeyboardInterrupt")'
        if caught_in == "exec"
        else 'eval("(_ for _ in ()).throw(KeyboardInterrupt)")'
    )
    (tmp_path / "probe_interrupt.py").write_text(
        "import sys\n"
        "from briefbook.app import cli\n"
        f"def dispatch(args):\n    {source}\n"
        "cli._dispatch = dispatch\n"
        "sys.exit(cli.main(['index', 'no-series']))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "probe_interrupt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().splitlines() == ["briefbook: interrupted; no report was written"]


@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)]
)
def test_a_stop_inside_stops_deferred_waits_for_the_block_and_cuts_it_short(sig, code):
    """A stop inside the block interrupts nothing there: it is kept, ``on_stop`` is called
    once (a second signal does not call it again), and the caller raises it afterwards."""
    from briefbook.app.guard import stops_deferred

    cut: list[str] = []
    done: list[str] = []
    with honour_signals():
        handler = signal.getsignal(sig)
        with stops_deferred(lambda: cut.append("cut")) as stops:
            os.kill(os.getpid(), sig)
            spin_until(lambda: len(stops) == 1, 30)
            os.kill(os.getpid(), sig)
            spin_until(lambda: len(stops) == 2, 30)
            done.append("the block ran to its end")
        assert signal.getsignal(sig) is handler  # honour_signals' handler again
    assert done == ["the block ran to its end"] and cut == ["cut"]
    assert len(stops) == 2 and isinstance(stops[0], KeyboardInterrupt)
    assert getattr(stops[0], "exit_code", 130) == code


def spin_until(done, seconds: float) -> None:
    """:func:`spin` until ``done()`` or ``seconds`` have passed."""
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        sum(range(1000))


def test_stops_deferred_leaves_an_ignored_sigint_ignored():
    from briefbook.app.guard import stops_deferred

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with stops_deferred() as stops:
            os.kill(os.getpid(), signal.SIGINT)
            spin(0.3)
        assert stops == [] and signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_handled_stop_is_not_raised_again_when_the_block_ends():
    """A stop that its catcher dealt with (``stop_handled``) does not leave the
    honour_signals block again; a later one still does."""
    from briefbook.app.guard import stop_handled

    with honour_signals():
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            spin(30)
        except Interrupted as exc:
            stop_handled(exc)
    with pytest.raises(Interrupted), honour_signals():
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            spin(30)
        except Interrupted as exc:
            stop_handled(exc)
        os.kill(os.getpid(), signal.SIGHUP)
        spin(30)
