"""``briefbook check PARAMS.yaml``: everything ``run`` would refuse, found without the notebook.

Validates the params and the analyst file, reads every source, prints one line per source
(id, date, where the date came from, Admiralty grade, sentences, whether the window selects
it, path), one per file of a source folder left out (unsupported type, unreadable, nothing
to read) with the reason, and checks the analyst file against this issue: references that match no
sentence (stale), unknown sections, judgments their citations do not support; and that the
entity model the params name, if any, verifies as an original release. Prints the
problems, one per line, on stderr; exit 0 when there are none, 2 otherwise.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from briefbook.errors import EXIT_BAD_INPUT

if TYPE_CHECKING:
    from briefbook.config.entities import EntitySettings

__all__ = ["check_params"]


def check_params(
    path: Path,
    overrides: list[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the checks; return the exit code (0 or 2). Bad params raise ParamsError (2)."""
    from briefbook.app.run import load_analyst, source_specs
    from briefbook.assessment.analyst import prepare_documents, resolve_references
    from briefbook.assessment.checker import check_statement
    from briefbook.config.analyst import INDICATORS, KEY_JUDGMENTS
    from briefbook.config.outline import load_schema
    from briefbook.config.params import load_params
    from briefbook.ingest import IngestNotes, expand_sources, load_documents
    from briefbook.model import known_published
    from briefbook.series import renumber, select_window
    from briefbook.tradecraft import admiralty_grade

    out = out or sys.stdout
    err = err or sys.stderr
    params = load_params(path, overrides)
    analyst = load_analyst(params)
    schema = load_schema(params.schema)
    specs = source_specs(params)
    expand_sources(specs, base=params.base)  # every missing source, at once
    notes = IngestNotes()  # files of a source folder left out, with the reason
    documents = load_documents(specs, base=params.base, notes=notes)
    problems: list[str] = []

    left_out: dict[str, dict] = {}
    selected = documents
    if params.window:
        selected, excluded = select_window(
            documents, params.window, dt.date.fromisoformat(params.date), base=params.base
        )
        left_out = {str(e.get("path")): e for e in excluded}
        if not selected:
            problems.append(f"no source falls in the window {params.window!r} of {params.date}")
    selected = renumber(selected)
    outcome = None
    if analyst is not None:
        outcome = resolve_references(analyst, selected)
        prepare_documents(analyst, selected, outcome)
        problems += outcome.problems

    window = f", window {params.window}" if params.window else ""
    print(f"params: {path} (series {params.series}, issue {params.date}{window})", file=out)
    if analyst is not None:
        print(
            f"analyst file: {analyst.path.name} ({len(analyst.judgments)} judgments, "
            f"{len(analyst.exclude)} excluded, {len(analyst.move)} moved, {len(analyst.pin)} "
            f"pinned, {len(analyst.grade)} grade rules)",
            file=out,
        )
    print(f"sources: {len(documents)} read, {len(selected)} selected for the issue", file=out)
    by_path = {d.path: d for d in selected}
    for doc in documents:
        kept = by_path.get(doc.path)
        shown = kept or doc
        grade = admiralty_grade(shown.reliability, shown.credibility) or "ungraded"
        entry = left_out.get(doc.path, {})
        where = "selected" if kept else f"left out: {entry.get('reason', 'outside the window')}"
        published = shown.published or entry.get("published") or "undated"
        origin = shown.date_origin or entry.get("date_origin") or "-"
        print(
            f"  {kept.id if kept else '-':<4} {published:<10} {origin:<9} {grade:<8} "
            f"{len(shown.sentences):>4} sentences  {where}  {doc.path}",
            file=out,
        )
    for entry in notes.excluded:
        print(
            f"  {'-':<4} {'-':<10} {'-':<9} {'-':<8} {'':>14}  left out: {entry['reason']}  "
            f"{entry['path']}",
            file=out,
        )
    for warning in notes.warnings:
        print(f"briefbook: warning: {warning}", file=err)

    problems += _entity_backend(params.entities, params.base, out)
    if analyst is not None and outcome is not None:
        sections = [KEY_JUDGMENTS, INDICATORS, *(s.key for s in schema.sections)]
        # each source's date, as the run reads it, for a cited "on Thursday"
        published = {
            d.id: dt.date.fromisoformat(iso[:10])
            for d in selected
            if (iso := known_published(d)) and len(iso) >= 10
        }
        for ref, target in analyst.move:
            if target not in sections:
                problems.append(
                    f"analyst file {analyst.path.name}: move of {ref} names the section "
                    f"{target!r}, not one of: {', '.join(sections)}"
                )
        for j in analyst.judgments:
            if j.section not in sections:
                problems.append(
                    f"analyst judgment {j.name!r}: section {j.section!r} is not one of: "
                    f"{', '.join(sections)}"
                )
            evidence = [outcome.resolved[r] for r in j.cite if r in outcome.resolved]
            if len(evidence) < len(j.cite):
                continue  # stale: reported above
            result = check_statement(
                j.text,
                evidence,
                likelihood=j.likelihood,
                confidence=j.confidence,
                citations=[s.id for s in evidence],
                published=published,
            )
            if not result.ok:
                problems.append(
                    f"analyst judgment {j.name!r} is not supported: unsupported "
                    + ", ".join(repr(w) for w in result.unsupported)
                    + f" ({'; '.join(result.reasons)})"
                )
    for problem in problems:
        print(f"briefbook: problem: {problem}", file=err)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) > 1 else ''}", file=out)
        return EXIT_BAD_INPUT
    print("ok", file=out)
    return 0


def _entity_backend(settings: EntitySettings, base: Path, out: TextIO) -> list[str]:
    """The entity backend's line, and its problems: a release wheel that fails verification,
    an installed package without ``allow_unverified`` (with it, a warning line), or spaCy
    missing. Checks the wheel without unpacking it; loads nothing."""
    if not settings.uses_model:
        return []
    from importlib.util import find_spec

    from briefbook.analysis.ner_verify import UnverifiedModelError, installed_model, verify_wheel

    if settings.wheel:
        result = verify_wheel(settings.backend, base / settings.wheel)
        state = "verified original release" if result.verified else "NOT verified"
    else:
        result = installed_model(settings.backend)
        state = "installed package, not verifiable"
    print(
        f"entity backend: {settings.backend} {result.version or ''}".rstrip() + f" ({state})",
        file=out,
    )
    problems = []
    if find_spec("spacy") is None:
        problems.append(
            f'entities.backend {settings.backend} needs spaCy: pip install "briefbook[ner]"'
        )
    if result.verified:
        return problems
    if result.source == "installed" and settings.allow_unverified and result.version is not None:
        print(f"  used anyway (entities.allow_unverified): {'; '.join(result.problems)}", file=out)
    else:
        problems.append(UnverifiedModelError(result).line())
    return problems
