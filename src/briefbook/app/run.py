"""``briefbook run``: params file -> assessment -> executed notebook -> HTML and PDF.

Stages, each timed and named on stderr: ingest, analyse, execute, html, pdf. Everything
is written into a staging folder and renamed into ``reports/<series>/<date>-<slug>/``
when complete. A failed notebook is kept under ``<date>-<slug>-failed/`` with its
manifest; a failed or interrupted run never touches an earlier issue.

Every stage has a time budget (the limits ``ingest_seconds``, ``analyse_seconds``,
``html_seconds``, ``pdf_seconds``; execute has the params key ``timeout`` per cell), and
SIGINT, SIGTERM and SIGHUP stop any stage: the staging folder is removed and nothing is
published (exit 130, 143, 129). A staging folder left by a killed run is removed, with
one warning, by the next run of the series.

Over 500 lines: the stages of one run share its staging folder, manifest, signals and time
budgets; the stage functions are the next split.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefbook.app import outputs
from briefbook.app.execute import check_notebook, execute_briefing, start_kernel
from briefbook.app.guard import honour_signals, raise_pending_stop, time_budget
from briefbook.app.heap import settle
from briefbook.config.limits import limit
from briefbook.config.params import PARAMS, Params
from briefbook.errors import BriefbookError, ExecutionError, OutputError, escape_controls
from briefbook.model import Assessment, Document, SourceSpec

if TYPE_CHECKING:
    from briefbook.app.engine import RunKernel
    from briefbook.config.analyst import AnalystFile
    from briefbook.render.pdf import PdfRenderer
    from briefbook.series import PreviousIssue

STAGES = ("ingest", "analyse", "execute", "html", "pdf", "docx")
KERNEL_LOG = ".kernel.log"


class Progress:
    """Names each stage on stderr while it runs, then how long it took."""

    def __init__(self, stream: TextIO | None = None, *, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.timing: dict[str, float] = {}
        self.warnings: list[str] = []

    @contextmanager
    def stage(self, name: str, detail: str = "") -> Iterator[None]:
        step = f"[{STAGES.index(name) + 1}/{len(STAGES)}]" if name in STAGES else "[*]"
        self._say(f"briefbook {step} {name}{': ' + detail if detail else ''} ...")
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timing[name] = round(time.perf_counter() - start, 3)
        raise_pending_stop()  # a stop dropped inside the stage ends the run here
        self._say(f"briefbook {step} {name} done in {self.timing[name]:.2f} s")

    def warn(self, message: str) -> None:
        """Warnings are printed even with --quiet (control characters escaped), and kept
        for the manifest."""
        self.warnings.append(message)
        print(f"briefbook: warning: {escape_controls(message)}", file=self.stream, flush=True)

    def _say(self, line: str) -> None:
        if not self.quiet:
            print(escape_controls(line), file=self.stream, flush=True)


@dataclass
class RunResult:
    folder: Path
    assessment: Assessment
    manifest: dict[str, Any]
    timing: dict[str, float] = field(default_factory=dict)


def source_specs(params: Params) -> list[SourceSpec]:
    """The params' sources, as ingest reads them (:class:`briefbook.model.SourceSpec`)."""
    return list(params.sources)


def check_sources(params: Params) -> list[Path]:
    """Fail fast, before anything runs, when a source path matches nothing; return the
    source files (folders and globs expanded)."""
    from briefbook.ingest import expand_sources

    return [path for path, _ in expand_sources(source_specs(params), base=params.base)]


def run_inputs(
    params: Params,
    sources: list[Path],
    *,
    notebook: Path | None = None,
) -> list[tuple[str, Path]]:
    """The files a run of ``params`` reads, as ``(kind, path)`` pairs: the sources
    (expanded), the params file, the analyst file, an outline given as a file and the
    notebook. (Saved drafts are left out: ``--replace --reuse-drafts`` of the issue being
    replaced reads them before the folder is replaced, and the new issue keeps them.)"""
    inputs = [("source", p) for p in sources]
    if params.path is not None:
        inputs.append(("params file", Path(params.path)))
    if params.analyst_file:
        inputs.append(("analyst file", _abs(params.base, params.analyst_file)))
    if Path(params.schema).is_absolute():
        inputs.append(("outline", Path(params.schema)))
    if notebook is not None:
        inputs.append(("notebook", Path(notebook)))
    return inputs


def refuse_overwriting_inputs(
    params: Params,
    root: Path,
    inputs: list[tuple[str, Path]],
    *,
    replace: bool = False,
) -> None:
    """Raise :class:`~briefbook.errors.InputError` when the run's writes under ``root``
    (the series index, the ``latest`` link, with ``replace`` the issue it replaces) would
    write over one of ``inputs``; nothing is read or created."""
    series_dir = Path(root).resolve() / params.series
    folders = []
    if replace:
        old = outputs.issue_to_replace(series_dir, f"{params.date}-{params.slug}")
        if old is not None:
            folders.append(series_dir / old)
    outputs.refuse_overwrite(
        inputs,
        files=[series_dir / "index.html", series_dir / outputs.LATEST],
        folders=folders,
        option="--output-dir",
    )


def ingest_sources(params: Params, progress: Progress) -> tuple[list[Document], list[dict]]:
    """Read the sources and keep those in the issue's window (renumbered S1..)."""
    from briefbook.errors import SourceError
    from briefbook.ingest import IngestNotes, load_documents
    from briefbook.series import renumber, select_window

    count = len(params.sources)
    with (
        progress.stage("ingest", f"{count} source entr{'y' if count == 1 else 'ies'}"),
        time_budget("ingest"),
    ):
        notes = IngestNotes()
        documents = load_documents(
            source_specs(params),
            base=params.base,
            notes=notes,
            date_order=params.date_order,
            issue_date=dt.date.fromisoformat(params.date) if params.date else None,
        )
        for warning in notes.warnings:
            progress.warn(warning)
        excluded: list[dict[str, Any]] = list(notes.excluded)
        if params.window:
            today = dt.date.fromisoformat(params.date)
            documents, out_of_window = select_window(
                documents, params.window, today, base=params.base
            )
            excluded.extend(out_of_window)
            if not documents:
                reasons = "; ".join(f"{e['path']}: {e['reason']}" for e in excluded[:3])
                raise SourceError(
                    f"no source falls in the window {params.window!r} of the issue dated "
                    f"{params.date} ({reasons}{'; ...' if len(excluded) > 3 else ''})",
                    hint="widen 'window', set the issue 'date', or give sources a 'published' date",
                )
            documents = renumber(documents)
        for doc in documents:
            for warning in doc.warnings:
                progress.warn(f"{doc.id} ({doc.path}): {warning}")
    return documents, excluded


def load_analyst(params: Params) -> AnalystFile | None:
    """The series' analyst file named by ``analyst_file`` (relative to the params file)."""
    from briefbook.config.analyst import load_analyst_file

    if not params.analyst_file:
        return None
    return load_analyst_file(_abs(params.base, params.analyst_file))


def analyse_sources(
    params: Params,
    documents: list[Document],
    excluded: list[dict[str, Any]],
    progress: Progress,
    previous: PreviousIssue | None = None,
    *,
    analyst: AnalystFile | None = None,
    draft: bool = False,
) -> Assessment:
    """Assess, apply the analyst file, corroborate across sources, and compare with the
    previous issue. The analyst file's problems (stale anchors, and with ``draft``
    unsupported judgments) are warnings; an unsupported judgment without ``draft`` stops."""
    from briefbook.assessment.analyst import (
        apply_analyst,
        prepare_documents,
        resolve_references,
    )
    from briefbook.assessment.build import assess_documents
    from briefbook.config.window import parse_window
    from briefbook.series import compare_assessments, first_issue_changes

    entity_model = load_entity_backend(params, progress)
    with (
        progress.stage("analyse", f"{sum(d.words for d in documents):,} words"),
        time_budget("analyse"),
    ):
        fresh_since = None
        if params.window:
            start, _ = parse_window(params.window).bounds(dt.date.fromisoformat(params.date))
            fresh_since = start.isoformat() if start else None
        known = {doc.id: len(doc.warnings) for doc in documents}
        outcome = None
        if analyst is not None:
            earlier = previous.assessment.sentences if previous is not None else ()
            outcome = resolve_references(analyst, documents, earlier)
            prepare_documents(analyst, documents, outcome)
        assessment = assess_documents(
            documents,
            schema=params.schema,
            title=params.title,
            issue_date=params.date,
            fresh_since=fresh_since,
            stale_days=params.stale_days,
            entity_model=entity_model,
            entity_join=params.entities.join,
        )
        assessment.meta["entities"] = entity_backend_meta(params, entity_model)
        # an analyser that failed on a sentence left a warning on its document: say it once
        for doc in documents:
            for warning in doc.warnings[known[doc.id] :]:
                progress.warn(f"{doc.id} ({doc.path}): {warning}")
        if analyst is not None and outcome is not None:
            apply_analyst(assessment, analyst, outcome, draft=draft)
            for problem in outcome.problems:
                progress.warn(problem)
        assessment.excluded_sources = excluded
        if previous is not None:
            assessment.changes = compare_assessments(
                previous.assessment, assessment, previous_date=previous.date
            )
        else:
            assessment.changes = first_issue_changes()
        assessment.meta["date"] = params.date
        assessment.meta["series"] = params.series
        if params.window:
            assessment.meta["window"] = params.window
    return assessment


def load_entity_backend(params: Params, progress: Progress) -> Any:
    """The entity model ``params.entities`` names, verified and loaded (None for the rules).
    Raises :class:`~briefbook.analysis.ner_verify.UnverifiedModelError` (exit 2) for a
    release wheel that fails verification, or an installed package without
    ``entities.allow_unverified``; with it, one warning line says the model is unverified
    (it goes to stderr and the manifest). :class:`~briefbook.errors.InputError` (exit 2)
    when spaCy cannot load the model."""
    settings = params.entities
    if not settings.uses_model:
        return None
    from briefbook.analysis.ner_model import load_entity_model

    with progress.stage("entity model", settings.backend):
        model = load_entity_model(settings, getattr(params, "base", Path(".")))
    check = model.verification
    if check is not None and not check.verified:
        progress.warn(
            f"entity model {model.name} {model.version} is used UNVERIFIED "
            f"(entities.allow_unverified): {'; '.join(check.problems)}"
        )
    return model


def entity_backend_meta(params: Params, model: Any) -> dict[str, Any]:
    """What the assessment and the manifest record of the entity backend."""
    if model is None:
        return {"backend": "rules"}
    check = model.verification
    return {
        "backend": params.entities.backend,
        "join": params.entities.join,
        **(check.manifest() if check is not None else {}),
        "load_s": round(model.load_s, 3),
        "ms_per_sentence": round(model.ms_per_sentence, 3),
    }


def draft_stage(
    params: Params,
    assessment: Assessment,
    progress: Progress,
    *,
    reuse_drafts: Path | None = None,
) -> Any:
    """Drafted analysis, when ``params.drafting`` names a backend or ``reuse_drafts`` a
    saved ``drafts.jsonl``: returns the DraftOutcome (None when drafting is off). A model
    that fails leaves the assessment extractive and says so in one warning line."""
    from briefbook.config.drafting import is_loopback
    from briefbook.drafting import Replay, draft_assessment, make_backend, read_drafts

    if reuse_drafts is not None:
        backend: Any = Replay(read_drafts(reuse_drafts))
        detail = f"saved drafts {reuse_drafts}"
    elif params.drafting.enabled:
        backend = make_backend(params.drafting)
        detail = f"{backend.name} {backend.model or ''} at {backend.host}".replace("  ", " ")
    else:
        return None
    with progress.stage("draft", detail):
        outcome = draft_assessment(assessment, backend)
    remote = outcome.host not in ("", "local") and not is_loopback(outcome.host)
    assessment.meta["drafting"] = outcome.meta(remote=remote)
    if outcome.warning:
        progress.warn(outcome.warning)
    return outcome


def build_assessment(
    params: Params,
    progress: Progress,
    previous: PreviousIssue | None = None,
    *,
    draft: bool = False,
) -> tuple[Assessment, list[Document]]:
    """The assessment of one issue, as ``briefbook run`` makes it, without the notebook."""
    analyst = load_analyst(params)
    documents, excluded = ingest_sources(params, progress)
    assessment = analyse_sources(
        params, documents, excluded, progress, previous, analyst=analyst, draft=draft
    )
    return assessment, documents


def notebook_parameters(
    params: Params,
    assessment_path: Path,
    previous: Path | None,
    charts: list[dict[str, Any]] | None = None,
) -> dict:
    """The papermill parameters of the briefing notebook: every params key declared with
    ``notebook=True``, then where the assessment and the previous issue's assessment are,
    then the ``charts`` already drawn (:func:`briefbook.presentation.charts.drawn_charts`;
    empty: the notebook draws them).

    Every path is relative to the folder of ``assessment_path`` (the issue's folder, where
    the kernel runs), so the kept ``briefing.ipynb`` re-runs from its report folder once the
    staging folder is renamed (staging and report folders sit side by side), and the
    previous issue is ``../<its folder>/assessment.json``."""
    here = Path(assessment_path).parent

    def rel(path: Path) -> str:
        return os.path.relpath(os.path.abspath(path), os.path.abspath(here))

    values: dict[str, Any] = {}
    for spec in PARAMS:
        if not spec.notebook:
            continue
        if spec.key == "sources":
            values["sources"] = [
                {k: v for k, v in vars(s).items() if v not in (None, "")}
                | {"path": rel(_abs(params.base, s.path))}
                for s in params.sources
            ]
        else:
            values[spec.key] = getattr(params, spec.key)
    values["assessment_path"] = rel(Path(assessment_path))
    values["previous_path"] = rel(previous) if previous else ""
    values["charts"] = list(charts or [])
    return values


def run_briefing(
    params: Params,
    *,
    output_dir: Path | None = None,
    progress: Progress | None = None,
    notebook: Path | None = None,
    draft: bool = False,
    replace: bool = False,
    reuse_drafts: Path | None = None,
    keep_warm: bool = False,
) -> RunResult:
    """Produce one issue of ``params.series``; return where it is.

    ``notebook`` replaces notebooks/briefing.ipynb (it must take the same parameters).
    ``draft``: unsupported analyst judgments are warnings and marked, not a stop.
    ``replace``: the issue replaces today's issue of the series (same date and slug) in
    place instead of being added as ``-2``.
    ``reuse_drafts`` (a drafts.jsonl or a report folder) answers drafting from saved
    replies instead of a model.
    ``keep_warm``: lay out the PDF in this process's long-lived renderer
    (:func:`~briefbook.render.pdf.shared_renderer`: a batch worker, a warm benchmark), left
    running for the next run, and (for the bundled notebook) execute it on this thread's
    kept kernel, reset for the next run (:mod:`briefbook.app.kernels`); otherwise the run
    starts its own kernel when it begins (it boots while the sources are analysed) and its
    own renderer once they are analysed (it warms up while the charts are drawn and the
    notebook runs), and stops both before it returns.
    SIGTERM and SIGHUP raise :class:`~briefbook.errors.Interrupted` while it runs.
    """
    from briefbook.app.heap import frozen_heap

    with honour_signals(), frozen_heap():
        return _run_briefing(
            params,
            output_dir=output_dir,
            progress=progress or Progress(),
            notebook=notebook,
            draft=draft,
            replace=replace,
            reuse_drafts=reuse_drafts,
            keep_warm=keep_warm,
        )


def _run_briefing(
    params: Params,
    *,
    output_dir: Path | None,
    progress: Progress,
    notebook: Path | None,
    draft: bool = False,
    replace: bool = False,
    reuse_drafts: Path | None = None,
    keep_warm: bool = False,
) -> RunResult:
    started = dt.datetime.now(dt.UTC)
    root = Path(output_dir) if output_dir else Path.cwd() / "reports"
    sources = check_sources(params)
    inputs = run_inputs(params, sources, notebook=notebook)
    refuse_overwriting_inputs(params, root, inputs, replace=replace)
    analyst = load_analyst(params)
    if notebook is not None:
        check_notebook(Path(notebook))
    # the series modules import the analysers: only once the inputs are known to be good
    from briefbook.series import load_previous_issue, write_series_index

    series_dir = outputs.series_folder(root, params.series)
    stale = outputs.remove_stale_staging(series_dir)
    if stale:
        progress.warn(
            f"removed {len(stale)} staging folder{'s' if len(stale) > 1 else ''} left in "
            f"{series_dir} by a run that was killed: {', '.join(stale)}"
        )
    previous = load_previous_issue(series_dir, before=params.date, warn=progress.warn)
    previous_dir = previous.path if previous else None
    if previous is not None:  # changes between issues are the engine's, not the model's
        import dataclasses

        from briefbook.drafting import without_drafts

        previous = dataclasses.replace(previous, assessment=without_drafts(previous.assessment))
    settle()  # the analysers are imported by now: not scanned again in this run
    name = f"{params.date}-{params.slug}"
    manifest: dict[str, Any] = {
        "briefbook": outputs.package_versions()["briefbook"],
        "status": "running",
        "params_file": str(params.path) if params.path else None,
        "params": params.to_dict(),
        "started": started.isoformat(timespec="seconds"),
        "previous_issue": previous_dir.name if previous_dir else None,
    }
    staging = outputs.staging_folder(series_dir, name)
    try:
        # the kernel boots (and imports what the notebook shows) while the sources are read
        # and analysed, and the PDF renderer imports WeasyPrint and loads the fonts once they
        # are (see pdf_renderer); both are killed on any error or signal, before the staging
        # folder goes
        with (
            start_kernel(
                staging,
                kernel_log=staging / KERNEL_LOG,
                schema=params.schema,
                # a worker's kernel, kept and reset between briefings: only for the
                # bundled notebook (an analyst's own may set state a reset cannot undo)
                keep=keep_warm and notebook is None,
            ) as kernel,
            pdf_renderer(params, keep_warm=keep_warm) as renderer,
        ):
            assessment = _assess_and_render(
                params,
                progress,
                staging,
                kernel,
                manifest=manifest,
                previous=previous,
                previous_dir=previous_dir,
                analyst=analyst,
                series_dir=series_dir,
                notebook=notebook,
                draft=draft,
                reuse_drafts=reuse_drafts,
                renderer=renderer,
                replacing=outputs.issue_to_replace(series_dir, name) if replace else None,
            )
        # the kernel has exited by now (asked to while the HTML and PDF rendered)
        from briefbook.render.tables_csv import write_tables

        write_tables(assessment, staging)
        _finish_manifest(manifest, progress, staging, status="ok")
        raise_pending_stop()  # nothing is published after a stop
    except ExecutionError as exc:
        _keep_kernel_log(staging)
        _finish_manifest(manifest, progress, staging, status="failed", error=exc)
        failed = outputs.publish(staging, series_dir, f"{name}-failed", latest=False)
        exc.notebook = str(failed / "briefing.ipynb")
        exc.message += f"; the executed notebook is kept in {failed}"
        raise
    except OSError as exc:
        outputs.discard(staging)
        error = _output_error(exc, series_dir)
        if error is exc:
            raise
        raise error from exc
    except BaseException:
        outputs.discard(staging)
        raise

    def rebuild_index() -> None:  # inside the series lock, after the rename
        try:
            write_series_index(series_dir)
        except (OSError, BriefbookError, RecursionError) as exc:  # the issue is in place
            progress.warn(f"could not rebuild {series_dir / 'index.html'}: {exc}")

    try:
        folder = outputs.publish(staging, series_dir, name, replace=replace, then=rebuild_index)
    except OSError as exc:
        outputs.discard(staging)
        error = _output_error(exc, series_dir)
        if error is exc:
            raise
        raise error from exc
    return RunResult(
        folder=folder, assessment=assessment, manifest=manifest, timing=progress.timing
    )


def _assess_and_render(
    params: Params,
    progress: Progress,
    staging: Path,
    kernel: RunKernel,
    *,
    manifest: dict[str, Any],
    previous: PreviousIssue | None,
    previous_dir: Path | None,
    analyst: AnalystFile | None,
    series_dir: Path,
    notebook: Path | None,
    draft: bool,
    reuse_drafts: Path | None,
    renderer: PdfRenderer | None = None,
    replacing: str | None = None,
) -> Assessment:
    """The stages of one run inside its staging folder: ingest, analyse, (draft), the
    assessment and its charts, execute on ``kernel``, HTML, PDF, Word. ``replacing``: the
    folder name of the issue this run replaces (never counted as another issue of its date)."""
    from briefbook.series import first_issue_changes

    documents, excluded = ingest_sources(params, progress)
    assessment = analyse_sources(
        params, documents, excluded, progress, previous, analyst=analyst, draft=draft
    )
    settle()  # what the analysers imported and built is not scanned again in this run
    if renderer is not None:  # its warm-up takes the core the analysis no longer needs
        renderer.start()
    if previous is None:  # say so when earlier runs share this issue's date
        assessment.changes = first_issue_changes(
            series_dir, before=params.date, replacing=replacing
        )
    manifest["sources"] = [_source_entry(doc, params.base) for doc in documents]
    manifest["excluded_sources"] = assessment.excluded_sources
    manifest["entities"] = assessment.meta.get("entities", {"backend": "rules"})
    drafting = draft_stage(params, assessment, progress, reuse_drafts=reuse_drafts)
    if drafting is not None:
        from briefbook.drafting import DRAFTS_FILE, write_drafts

        write_drafts(staging / DRAFTS_FILE, drafting.records)
        manifest["drafting"] = drafting.manifest() | (
            {"reused_from": str(reuse_drafts)} if reuse_drafts is not None else {}
        )
    from briefbook.ingest.dates import DATE_ORIGINS, date_order_rule

    manifest["dating"] = {
        "precedence": list(DATE_ORIGINS),
        "date_order": date_order_rule(params.date_order),
    }
    _self_check(assessment)
    assessment_path = outputs.write_text(staging / "assessment.json", assessment.to_json())
    nb_path = staging / "briefing.ipynb"
    with progress.stage("execute", f"papermill {notebook or 'notebooks/briefing.ipynb'}"):
        charts = draw_charts(params, assessment_path)
        settle()  # nor matplotlib's modules and font caches
        execute_params = notebook_parameters(
            params,
            assessment_path,
            previous_dir / "assessment.json" if previous_dir else None,
            charts,
        )
        execute_briefing(
            nb_path, execute_params, notebook=notebook, timeout=params.timeout, kernel=kernel
        )
    (staging / KERNEL_LOG).unlink(missing_ok=True)
    settle()  # nor papermill's and the kernel client's
    import nbformat  # slow to import: only once the inputs are known to be good

    from briefbook.render.notebook import render_html, render_pdf

    executed = nbformat.read(str(nb_path), as_version=4)  # read once, rendered twice

    def html_stage(*, nested: bool = False) -> None:
        with progress.stage("html"), time_budget("html", nested=nested):
            render_html(executed, staging / "briefing.html")

    if "pdf" in params.formats:
        # the page HTML is rendered while the renderer lays out the PDF (its own stage
        # and time budget, inside the pdf stage's)
        with progress.stage("pdf", f"WeasyPrint, {params.page_size}"), time_budget("pdf"):
            render_pdf(
                executed,
                staging / "briefing.pdf",
                page_size=params.page_size,
                isolated=True,
                seconds=limit("pdf_seconds"),
                warn=progress.warn,
                renderer=renderer,
                meanwhile=((lambda: html_stage(nested=True)) if "html" in params.formats else None),
            )
    elif "html" in params.formats:
        html_stage()
    if "docx" in params.formats:
        from briefbook.render.docx import render_docx

        with progress.stage("docx", "python-docx"):
            render_docx(executed, staging / "briefing.docx")
    return assessment


@contextmanager
def pdf_renderer(params: Params, *, keep_warm: bool = False) -> Iterator[PdfRenderer | None]:
    """The PDF renderer of one run (None when no PDF is asked for). Its own renderer starts
    at its :meth:`~briefbook.render.pdf.PdfRenderer.start`, once the sources are analysed:
    its warm-up (about 0.5 CPU-s) then runs on the core the engine leaves while the kernel
    executes, not beside the analysis and the kernel's start (three processes on 2 cores).
    It is closed when the block ends and killed when it ends by an exception; with
    ``keep_warm`` it is this process's long-lived one, left running."""
    if "pdf" not in params.formats:
        yield None
        return
    from briefbook.render.pdf import PdfRenderer, shared_renderer

    if keep_warm:
        yield shared_renderer()
        return
    with PdfRenderer(documents=1, start=False) as renderer:  # exits once the PDF is out
        yield renderer


def draw_charts(params: Params, assessment_path: Path) -> list[dict[str, Any]]:
    """The briefing's charts, drawn here from the written ``assessment.json`` (exactly what
    the notebook would load): the notebook's ``charts`` parameter, so the kernel never
    imports matplotlib. PNG copies only when Word output is asked for."""
    from briefbook.presentation.briefing import Briefing, load_assessment
    from briefbook.presentation.charts import drawn_charts

    assessment = load_assessment(assessment_path)
    briefing = Briefing(assessment=assessment, title=params.title or assessment.title)
    return drawn_charts(briefing, png="docx" in params.formats)


WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM}


def _output_error(exc: OSError, series_dir: Path) -> OSError | OutputError:
    """An OSError while the issue is written (disk full, quota, read-only, permissions) as
    a one-line OutputError; any other OSError as it is."""
    filename = str(exc.filename or "")
    if exc.errno not in WRITE_ERRNOS and not filename.startswith(str(series_dir)):
        return exc
    return OutputError(
        f"cannot write the issue to {series_dir}: {exc.strerror or exc}; nothing was "
        "published and earlier issues are untouched",
        hint="free disk space, or choose a writable folder with --output-dir",
    )


def _self_check(assessment: Assessment) -> None:
    """The assessment meets its own contract before anything is built on it."""
    from briefbook.contract import validate_assessment

    problems = validate_assessment(assessment.to_dict())
    if problems:
        raise BriefbookError(
            f"the assessment breaks its schema: {problems[0]}"
            + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""),
            hint="this is a bug in briefbook; please report it with the sources",
        )


def _keep_kernel_log(staging: Path) -> None:
    """A failed run keeps what the kernel printed, when it printed anything."""
    log = staging / KERNEL_LOG
    if log.is_file() and log.stat().st_size:
        log.rename(staging / "kernel.log")
    else:
        log.unlink(missing_ok=True)


def _finish_manifest(
    manifest: dict[str, Any],
    progress: Progress,
    staging: Path,
    *,
    status: str,
    error: BriefbookError | None = None,
) -> None:
    manifest["status"] = status
    manifest["finished"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    manifest["timing"] = dict(progress.timing)
    manifest["warnings"] = list(progress.warnings)
    manifest["versions"] = outputs.package_versions()
    if error is not None:
        manifest["error"] = {
            "message": error.message,
            **{k: v for k, v in error.data.items() if k != "notebook"},
        }
    manifest["outputs"] = {
        p.name: outputs.sha256_file(p)
        for p in sorted(staging.iterdir())
        if p.is_file() and not p.name.startswith(".") and p.name != "manifest.json"
    }
    outputs.write_json(staging / "manifest.json", manifest)


def _source_entry(doc: Document, base: Path) -> dict[str, Any]:
    path = _abs(base, doc.path)
    entry: dict[str, Any] = {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "sha256": doc.sha256,
        "bytes": path.stat().st_size if path.is_file() else None,
        "published": doc.published,
        "date_origin": doc.date_origin,
    }
    for key in ("url", "publisher", "author"):
        if getattr(doc, key):
            entry[key] = getattr(doc, key)
    if doc.label:
        entry["label"] = doc.label
    return entry


def _abs(base: Path, path: str) -> Path:
    p = Path(os.path.expanduser(path))
    return p if p.is_absolute() else (base / p)


__all__ = [
    "Progress",
    "RunResult",
    "analyse_sources",
    "build_assessment",
    "ingest_sources",
    "run_briefing",
]
