"""Measure corroboration on a set of invented cases (``tests/fixtures/corroboration_cases.yaml``).

Each case is a few short sources (text and publication date) and expectations about the rows
that :func:`briefbook.assessment.corroboration.corroborate` must make of them:

* ``same_row: [[S1, figure], [S2, figure]]`` with ``status`` (and ``origins``): the two figures
  (found by a substring of the claim's text) share one row of that status and number of
  independent origins;
* ``apart: [[S1, figure], [S2, figure]]``: the two figures sit in different rows.

Kinds: ``agree`` and ``contradict`` (same event), ``look-alike`` (different events, nights or
places that must be kept apart) and ``same-origin`` (outlets quoting one originator, or a
repost, that must count once). The report gives, per kind, the expectations met.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefbook.analysis.pipeline import analyse
from briefbook.assessment.corroboration import corroborate
from briefbook.model import Assessment, Document, Sentence
from briefbook.text import split_sentences

__all__ = ["CorroborationReport", "evaluate_corroboration", "run_case"]


def _document(sid: str, text: str, published: str | None, publisher: str | None = None) -> Document:
    doc = Document(
        id=sid,
        title=sid,
        path=f"{sid}.txt",
        sha256="",
        format="text",
        published=published,
        publisher=publisher,
    )
    doc.paragraphs = [text]
    doc.sentences = [
        Sentence(id=f"{sid}.{k}", source=sid, text=t, paragraph=0)
        for k, t in enumerate(split_sentences(text), 1)
    ]
    return doc


def run_case(case: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The corroboration rows of one case's sources."""
    docs = [
        _document(
            f"S{k}",
            str(s["text"]),
            str(s["published"]) if s.get("published") else None,
            str(s["publisher"]) if s.get("publisher") else None,
        )
        for k, s in enumerate(case["sources"], 1)
    ]
    analysis = analyse(docs)
    assessment = Assessment(
        title=str(case.get("name", "case")),
        schema_name="default",
        sources=[d.source_record() for d in docs],
        sentences=[s for d in docs for s in d.sentences],
        sections=[],
        key_judgments=[],
        indicators=[],
        entities=[],
        claims=analysis.claims,
    )
    return corroborate(assessment)


def _row_of(rows: list[dict[str, Any]], source: str, figure: str) -> int | None:
    for k, row in enumerate(rows):
        for q in row["quantities"]:
            if q["source"] == source and figure.lower() in str(q["text"]).lower():
                return k
    return None


@dataclass
class CorroborationReport:
    met: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def format(self) -> str:
        lines = ["corroboration on invented cases (expectations met / expectations)"]
        for kind in sorted(self.total):
            lines.append(f"  {kind:<12} {self.met.get(kind, 0)}/{self.total[kind]}")
        lines += [f"  failed: {f}" for f in self.failures]
        return "\n".join(lines)


def check_case(case: Mapping[str, Any], rows: list[dict[str, Any]]) -> list[str]:
    """The expectations of ``case`` that ``rows`` do not meet (empty when all are met)."""
    failures = []
    for exp in case.get("expect", []):
        if "apart" in exp:
            (s1, f1), (s2, f2) = exp["apart"]
            r1, r2 = _row_of(rows, s1, f1), _row_of(rows, s2, f2)
            if r1 is None or r2 is None or r1 == r2:
                failures.append(f"{case['name']}: {f1!r} and {f2!r} not kept apart ({r1}, {r2})")
            continue
        (s1, f1), (s2, f2) = exp["same_row"]
        r1, r2 = _row_of(rows, s1, f1), _row_of(rows, s2, f2)
        if r1 is None or r1 != r2:
            failures.append(f"{case['name']}: {f1!r} and {f2!r} not in one row ({r1}, {r2})")
            continue
        row = rows[r1]
        if "status" in exp and row["status"] != exp["status"]:
            failures.append(f"{case['name']}: status {row['status']} != {exp['status']}")
        elif "origins" in exp and row["independent_sources"] != exp["origins"]:
            failures.append(
                f"{case['name']}: {row['independent_sources']} origins != {exp['origins']}"
            )
    return failures


def evaluate_corroboration(path: Path | str) -> CorroborationReport:
    """Run every case of the YAML file at ``path`` and count the expectations met per kind."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    report = CorroborationReport()
    for case in data["cases"]:
        kind = str(case.get("kind", "other"))
        failures = check_case(case, run_case(case))
        n = len(case.get("expect", []))
        report.total[kind] = report.total.get(kind, 0) + n
        report.met[kind] = report.met.get(kind, 0) + n - len(failures)
        report.failures += failures
    return report
