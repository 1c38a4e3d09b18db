"""The ``briefbook`` command: run | batch | check | assess | eval | index.

Errors are one line on stderr (``briefbook: error: ...``, control characters escaped) and
an exit code: 2 for bad input or params, 1 for a failed run, 130 when interrupted (143 for
SIGTERM, 129 for SIGHUP). ``--debug`` adds tracebacks.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from typing import NoReturn

from briefbook import __version__
from briefbook.app.quiet import NOISY_LOGGERS, quiet_libraries  # noqa: F401 - re-exported
from briefbook.errors import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    BriefbookError,
    InputError,
    escape_controls,
)


class BriefbookParser(argparse.ArgumentParser):
    """Usage errors are one line too, like every other error (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_BAD_INPUT,
            f"briefbook: error: {message} (see '{self.prog} --help')\n",
        )


def build_parser() -> argparse.ArgumentParser:
    from briefbook.config.limits import limits_table
    from briefbook.config.params import PARAMS

    parser = BriefbookParser(
        prog="briefbook",
        description="Offline, cited intelligence assessments rendered as HTML and PDF briefings.",
        epilog="Exit codes: 0 ok, 1 failed run, 2 bad input or params, 130 interrupted "
        "(143 SIGTERM, 129 SIGHUP).",
    )
    parser.add_argument("--version", action="version", version=f"briefbook {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    # --debug is also accepted after the command (briefbook run x.yaml --debug)
    debug = argparse.ArgumentParser(add_help=False)
    debug.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks on errors"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    keys = "\n".join(
        f"  {p.key:<15} {p.help}"
        + (f" (default: {_shown(p.default)})" if p.default is not None else "")
        for p in PARAMS
    )
    run = sub.add_parser(
        "run",
        parents=[debug],
        help="produce a briefing from a params file",
        description="Execute notebooks/briefing.ipynb on the sources of PARAMS and write "
        "reports/<series>/<date>-<slug>/ (ipynb, html, pdf, assessment.json, manifest.json). "
        "The folder's path is the last line on stdout.",
        epilog=f"params keys:\n{keys}\n\nlimits (raise with the params key 'limits: "
        f"{{KEY: N}}' or --limit KEY=N):\n{limits_table()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("params", type=Path, metavar="PARAMS.yaml")
    run.add_argument("--output-dir", type=Path, help="reports folder (default: ./reports)")
    run.add_argument(
        "--draft",
        action="store_true",
        help="an analyst judgment its citations do not support is a warning and marked "
        "'unsupported' in the briefing, not a stop (default: stop with exit 2)",
    )
    run.add_argument(
        "--replace",
        action="store_true",
        help="replace today's issue of the series (same date and slug) in place instead of "
        "adding a -2 issue (default: add)",
    )
    run.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a params key (repeatable), e.g. -p date=2024-12-20",
    )
    run.add_argument(
        "--limit",
        action="append",
        default=[],
        metavar="KEY=N",
        help="raise (or lower) a limit for this run (repeatable), e.g. --limit yaml_nodes=50000",
    )
    run.add_argument("--quiet", action="store_true", help="no progress on stderr (default: off)")
    run.add_argument(
        "--notebook",
        type=Path,
        help="a briefing notebook of your own (same parameters; default: notebooks/briefing.ipynb)",
    )

    check = sub.add_parser(
        "check",
        parents=[debug],
        help="check a params file and its analyst file without running the notebook",
        description="Validate PARAMS and its analyst file, read every source, and list each "
        "with its date, where the date came from, its grade and its number of sentences, and "
        "whether the issue's window selects it. Exit 2 on any problem (a missing source, a "
        "stale anchor, an unsupported analyst judgment).",
    )
    check.add_argument("params", type=Path, metavar="PARAMS.yaml")
    check.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a params key (repeatable), as for run",
    )
    run.add_argument(
        "--reuse-drafts",
        type=Path,
        metavar="DRAFTS",
        help="answer drafting from a saved drafts.jsonl (or a report folder) instead of a model",
    )

    batch = sub.add_parser(
        "batch",
        parents=[debug],
        help="many params files at once, on Dask",
        description="Run each PARAMS file (paths or globs) to its own report folder, as "
        "'briefbook run' would, on an embedded Dask LocalCluster (one process per worker, one "
        "briefing per worker at a time) or on an existing cluster (--scheduler). Every "
        "outcome goes to <output-dir>/batch-<UTC timestamp>.json and a table on stderr.",
        epilog="Exit codes: 0 all ok, 2 any params file or its sources bad (wins over 1), "
        "1 any briefing failed, 130 interrupted (finished issues are kept).",
    )
    batch.add_argument("params", nargs="+", metavar="PARAMS", help="params files or globs")
    batch.add_argument(
        "--workers", type=int, metavar="N", help="local worker processes (default: the cores)"
    )
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="an existing Dask scheduler, e.g. tcp://host:8786, instead of a local cluster",
    )
    batch.add_argument("--output-dir", type=Path, help="reports folder (default: ./reports)")
    batch.add_argument(
        "--dashboard",
        action="store_true",
        help="serve the Dask dashboard (needs bokeh) on a free port of 127.0.0.1 and print "
        "its link on stderr; with --scheduler, print that scheduler's link",
    )
    batch.add_argument(
        "--dashboard-address",
        metavar="HOST:PORT",
        help="serve the dashboard at this address instead (implies --dashboard)",
    )
    batch.add_argument("--quiet", action="store_true", help="no progress on stderr")
    batch.add_argument(
        "--notebook", type=Path, help="a briefing notebook of your own (same parameters)"
    )

    assess = sub.add_parser(
        "assess",
        parents=[debug],
        help="the assessment alone (no notebook)",
        description="Analyse SOURCE files, folders or globs and print the assessment.",
    )
    assess.add_argument("sources", nargs="+", metavar="SOURCE")
    stale = next(p for p in PARAMS if p.key == "stale_days")
    assess.add_argument(
        "--schema", default="conflict", help="assessment schema (default: conflict)"
    )
    assess.add_argument("--title", help="assessment title")
    assess.add_argument(
        "--date",
        help="issue date YYYY-MM-DD: statements from sources --stale-days older are marked "
        "dated (default: none dated)",
    )
    assess.add_argument(
        "--stale-days",
        metavar="DAYS",
        # the params key's own help, declared once (config/params.py)
        help=f"the params key stale_days: {stale.help} (default {stale.default})",
    )
    assess.add_argument(
        "--json",
        metavar="PATH|-",
        help="write the briefbook.assessment/1 JSON to PATH, or to stdout with -",
    )

    ev = sub.add_parser("eval", parents=[debug], help="measure the engine on labelled articles")
    ev_sub = ev.add_subparsers(dest="what", required=True, metavar="WHAT")
    sections = ev_sub.add_parser(
        "sections", parents=[debug], help="section assignment against the articles' own headings"
    )
    sections.add_argument("files", nargs="*", type=Path, metavar="FILE")
    sections.add_argument("--schema", default="conflict")
    sections.add_argument(
        "--labels",
        type=Path,
        help="sentence labels (sections.json): leave-one-article-out CV of the classifier",
    )
    sections.add_argument(
        "--extra",
        type=Path,
        help="with --labels: a sentence training set added to every fold "
        "(tools/section_labels_pd.json, as the shipped weights)",
    )
    sections.add_argument("--mapping", type=Path, help="YAML {file: {heading: section key}}")
    extraction = ev_sub.add_parser(
        "extraction", parents=[debug], help="HTML main-text extraction against X.expected.txt"
    )
    extraction.add_argument("directory", type=Path, metavar="DIR")
    claims = ev_sub.add_parser(
        "claims",
        parents=[debug],
        help="quantitative claims against hand-annotated gold (tuning, held-out by round, pooled, per article)",
    )
    claims.add_argument(
        "--labels", type=Path, required=True, help="claims.json of the labelled corpus"
    )
    claims.add_argument("--corpus", type=Path, help="corpus folder (default: labels/../)")
    claims.add_argument(
        "--unseen",
        action="store_true",
        help="score an outside set whole as held out (no rounds split, errors not listed)",
    )
    claims.add_argument(
        "-v", "--verbose", action="store_true", help="list misses of the development files"
    )

    index = sub.add_parser("index", parents=[debug], help="rebuild reports/<series>/index.html")
    index.add_argument("series_dir", type=Path, metavar="SERIES_DIR")
    return parser


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    quiet_libraries(args.debug)
    from briefbook.app.guard import forget_caught_interrupt

    try:
        return _main(args)
    finally:  # the code returned is how the process ends, even after a caught Ctrl-C
        forget_caught_interrupt()


def _main(args: argparse.Namespace) -> int:
    from briefbook.app.guard import honour_signals

    try:
        with honour_signals():  # SIGTERM and SIGHUP end every command like Ctrl-C
            return _dispatch(args)
    except BriefbookError as exc:
        print(f"briefbook: error: {exc.line()}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return exc.exit_code
    except KeyboardInterrupt as exc:
        name = getattr(exc, "name", "")
        print(
            f"briefbook: interrupted{f' by {name}' if name else ''}; no report was written",
            file=sys.stderr,
        )
        return getattr(exc, "exit_code", EXIT_INTERRUPTED)
    except Exception as exc:  # an internal error: still one line, unless --debug
        first = str(exc).splitlines()[0] if str(exc).strip() else ""
        print(
            f"briefbook: internal error: {type(exc).__name__}: {escape_controls(first[:300])} "
            "(run again with --debug for the traceback and please report it)",
            file=sys.stderr,
        )
        if args.debug:
            traceback.print_exc()
        return EXIT_FAILED


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "run":
        return _run(args)
    if args.command == "batch":
        from briefbook.app.batch import run_batch

        code, record, _ = run_batch(
            args.params,
            workers=args.workers,
            scheduler=args.scheduler,
            output_dir=args.output_dir,
            notebook=args.notebook,
            quiet=args.quiet,
            debug=args.debug,
            dashboard=args.dashboard_address or ("127.0.0.1:0" if args.dashboard else None),
        )
        print(record)  # the batch record's path is the last line on stdout, as run's folder
        return code
    if args.command == "assess":
        return _assess(args)
    if args.command == "check":
        from briefbook.app.check import check_params

        return check_params(args.params, args.param)
    if args.command == "eval":
        return _eval(args)
    if args.command == "index":
        from briefbook.app.outputs import recorded_inputs, refuse_overwrite, series_lock

        if not args.series_dir.is_dir():
            raise InputError(
                f"{args.series_dir} is not a folder",
                hint="give a series folder such as reports/dprk-russia",
            )
        refuse_overwrite(
            recorded_inputs(args.series_dir),
            files=[args.series_dir / "index.html"],
            option="the index",
        )
        from briefbook.series import list_issues, write_series_index

        if not list_issues(args.series_dir):
            if (args.series_dir / "manifest.json").is_file():
                # one issue's folder (reports/<series>/<date>-<slug>/): its parent is the series
                parent = args.series_dir.resolve().parent
                raise InputError(
                    f"{args.series_dir} is an issue of the series {parent.name}, not a series",
                    hint=f"give its series folder: briefbook index {args.series_dir.parent}",
                )
            # an output folder (reports/) holds series, not issues: name them
            series = sorted(p.name for p in args.series_dir.iterdir() if list_issues(p))
            if series:
                shown = ", ".join(series[:5]) + (
                    f" and {len(series) - 5} more" if len(series) > 5 else ""
                )
                raise InputError(
                    f"{args.series_dir} is a folder of series ({shown}), not a series",
                    hint=f"give a series folder: briefbook index {args.series_dir / series[0]}",
                )

        try:
            with series_lock(args.series_dir):
                print(write_series_index(args.series_dir))
        except OSError as exc:
            from briefbook.errors import OutputError

            raise OutputError(
                f"cannot write the index of {args.series_dir}: {exc.strerror or exc}",
                hint="check the folder's permissions and free space",
            ) from exc
        return 0
    raise InputError(f"unknown command {args.command!r}")


def _run(args: argparse.Namespace) -> int:
    from briefbook.app.run import Progress, run_briefing
    from briefbook.config.limits import parse_limit_override, set_limits
    from briefbook.config.params import load_params

    flags = dict(parse_limit_override(item) for item in args.limit)
    set_limits(flags, origin="--limit")  # before the params file, which they may bound
    params = load_params(args.params, args.param)
    set_limits(flags, origin="--limit")  # a flag wins over the params key limits
    result = run_briefing(
        params,
        output_dir=args.output_dir,
        progress=Progress(quiet=args.quiet),
        notebook=args.notebook,
        reuse_drafts=args.reuse_drafts,
        draft=args.draft,
        replace=args.replace,
    )
    print(result.folder)
    return 0


def _assess(args: argparse.Namespace) -> int:
    from briefbook.assessment.build import assess
    from briefbook.ingest import IngestNotes

    if args.date is not None:
        from briefbook.config.params import parse_date

        args.date = parse_date(args.date, "--date")
    if args.stale_days is not None:  # the params key's rule, before any source is read
        from briefbook.config.params import check_stale_days

        args.stale_days = check_stale_days(args.stale_days, key="--stale-days")
    if args.json and args.json != "-":  # before any source is read
        from briefbook.app.outputs import refuse_overwrite
        from briefbook.ingest import expand_sources

        expanded = expand_sources(args.sources, base=Path.cwd(), notes=IngestNotes())
        refuse_overwrite(
            [("source", path) for path, _ in expanded], files=[Path(args.json)], option="--json"
        )
    notes = IngestNotes()
    assessment = assess(
        args.sources,
        schema=args.schema,
        title=args.title,
        base=Path.cwd(),
        issue_date=args.date,
        stale_days=args.stale_days,
        notes=notes,
    )
    for warning in notes.warnings:
        print(f"briefbook: warning: {warning}", file=sys.stderr)
    for source in assessment.sources:
        for warning in source.get("warnings") or []:
            print(
                "briefbook: warning: "
                + escape_controls(f"{source['id']} ({source['path']}): {warning}"),
                file=sys.stderr,
            )
    if args.json == "-":
        sys.stdout.write(assessment.to_json())
    elif args.json:
        from briefbook.app.outputs import write_text

        path = Path(args.json)
        try:
            write_text(path, assessment.to_json())
        except OSError as exc:
            from briefbook.errors import OutputError

            raise OutputError(
                f"cannot write {path}: {exc.strerror or exc}", hint="choose a writable path"
            ) from exc
        print(path)
    else:
        sys.stdout.write(format_assessment(assessment))
    return 0


def format_assessment(assessment) -> str:
    """A plain-text reading of an assessment, with citations."""
    from briefbook.presentation.cites import stale_note

    lines = [assessment.title, "=" * len(assessment.title), ""]

    def cite(statement) -> str:
        grade = statement.likelihood or (
            f"{statement.confidence} confidence" if statement.confidence else ""
        )
        marks = " ".join(f"[{e}]" for e in statement.evidence)
        dated = f" (reported {statement.dated})" if statement.dated else ""
        return f"- {statement.text} {marks}" + (f" ({grade})" if grade else "") + dated

    lines.append("Key judgments")
    lines += [cite(s) for s in assessment.key_judgments] or ["- none"]
    for section in assessment.sections:
        lines += ["", section.title]
        domain = None
        for s in section.statements:
            if s.domain != domain and section.role == "situation":
                domain = s.domain
                lines.append(f"  {(domain or 'other').capitalize()}:")
            lines.append(cite(s))
        if not section.statements:
            lines.append("- No reporting in the sources")
            if section.evidence_to_weigh:
                lines.append("  facts to reason from:")
                lines += ["  " + cite(s) for s in section.evidence_to_weigh]
    lines += ["", "Indicators to watch"]
    lines += [cite(s) for s in assessment.indicators] or ["- none"]
    lines += ["", "Sources"]
    lines += [f"- {s['id']}: {s['title']} ({s['path']})" for s in assessment.sources]
    note = stale_note(assessment)
    if note:  # the sources the freshness limit dated, and the setting that moves it
        lines.append(note)
    return "\n".join(lines) + "\n"


def _eval(args: argparse.Namespace) -> int:
    if args.what == "claims":
        from briefbook.evaluation.claims import evaluate_claims

        if not args.labels.is_file():
            raise InputError(f"{args.labels} not found", hint="give the path of claims.json")
        report = evaluate_claims(args.labels, args.corpus, unseen=args.unseen)
        print(report.format(verbose=args.verbose))
        return 0
    if args.what == "sections":
        from briefbook.evaluation.sections import evaluate_labels, evaluate_sections

        if args.labels is not None:
            if args.extra is not None and not args.extra.is_file():
                raise InputError(f"{args.extra} not found", hint="give section_labels_pd.json")
            print(evaluate_labels(args.labels, extra=args.extra))
            if not args.files:
                return 0
        elif not args.files:
            raise InputError("give FILE(s) with headings or --labels sections.json")
        for path in args.files:
            if not path.is_file():
                from briefbook.errors import SourceError

                raise SourceError(f"{path} not found", path=str(path))
        report = evaluate_sections(args.files, schema=args.schema, mapping=args.mapping)
    else:
        from briefbook.evaluation.extraction import evaluate_extraction

        if not args.directory.is_dir():
            raise InputError(
                f"{args.directory} is not a folder",
                hint="give a folder holding X.html and X.expected.txt pairs",
            )
        report = evaluate_extraction(args.directory)
    print(report.format())
    return 0


if __name__ == "__main__":
    sys.exit(main())
