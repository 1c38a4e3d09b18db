"""The analyst file of a series: the analyst's own judgments and overrides, read on every run.

Named by the params key ``analyst_file`` (a path relative to the params file), e.g.
``params/dprk-russia.analyst.yaml``::

    judgments:                  # the analyst's own statements, checked against their citations
      - id: troops              # optional name used in messages (default: judgment 1, 2, ...)
        text: More than 11,000 North Korean troops are in Kursk.
        cite: [a3f9c2d1e0]      # sentence anchors (stable across issues) or ids (S2.14)
        likelihood: likely      # an ICD 203 term, or
        confidence: moderate    # low, moderate, high (never both)
        section: key_judgments  # key_judgments, indicators or a section key of the schema
    exclude: [a1b2c3d4e5]       # sentences the briefing must not use
    move:                       # sentence -> section
      - {sentence: a0f1e2d3c4, section: outlook}
    pin: [a9e8d7c6b5]           # sentences shown as key judgments
    grade:                      # Admiralty grades: per source (path, label or title) or publisher
      - {source: sources/treasury-release.txt, grade: A2}
      - {publisher: Example Agency, grade: B2}

Only the shape is checked here (:class:`~briefbook.errors.ParamsError` naming the key,
exit 2); whether citations resolve and judgments hold is the assessment layer's business.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefbook.config.grades import parse_grade
from briefbook.config.suggest import unknown_key_hint
from briefbook.errors import ParamsError
from briefbook.tradecraft import CONFIDENCE_LEVELS, LIKELIHOOD_TERMS

TOP_KEYS = ("judgments", "exclude", "move", "pin", "grade")
JUDGMENT_KEYS = ("id", "text", "cite", "likelihood", "confidence", "section")
MOVE_KEYS = ("sentence", "section")
GRADE_KEYS = ("source", "publisher", "grade", "reliability", "credibility")
KEY_JUDGMENTS = "key_judgments"
INDICATORS = "indicators"


@dataclass(frozen=True)
class AnalystJudgment:
    name: str
    text: str
    cite: tuple[str, ...]
    section: str
    likelihood: str | None = None
    confidence: str | None = None


@dataclass(frozen=True)
class GradeRule:
    """``source`` (a path, label or title) or ``publisher`` (author, label or URL host)."""

    reliability: str | None
    credibility: int | None
    source: str | None = None
    publisher: str | None = None

    @property
    def target(self) -> str:
        return f"source {self.source}" if self.source else f"publisher {self.publisher}"


@dataclass(frozen=True)
class AnalystFile:
    path: Path
    judgments: tuple[AnalystJudgment, ...] = ()
    exclude: tuple[str, ...] = ()
    move: tuple[tuple[str, str], ...] = ()  # (sentence ref, section key)
    pin: tuple[str, ...] = ()
    grade: tuple[GradeRule, ...] = ()
    refs: dict[str, list[str]] = field(default_factory=dict)  # ref -> where it is used

    def references(self) -> list[tuple[str, str]]:
        """Every (sentence ref, where) of the file, in file order."""
        return [(ref, where) for ref, places in self.refs.items() for where in places]


def load_analyst_file(path: str | Path) -> AnalystFile:
    """Read and check the shape of an analyst file; errors name the entry and key."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ParamsError(
            f"analyst file {path} not found",
            key="analyst_file",
            hint="create it (it may be empty) or remove 'analyst_file' from the params",
        )
    try:
        from briefbook.config.params import read_yaml

        data = read_yaml(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ParamsError(f"analyst file {path} is not UTF-8 text", key="analyst_file") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ParamsError(
            f"analyst file {path} is not valid YAML{where}: {getattr(exc, 'problem', '') or 'syntax error'}",
            key="analyst_file",
        ) from exc
    data = data or {}
    if not isinstance(data, dict):
        raise ParamsError(
            f"analyst file {name} must be a mapping with keys {', '.join(TOP_KEYS)}",
            key="analyst_file",
        )
    for key in data:
        if key not in TOP_KEYS:
            raise ParamsError(
                f"unknown key {key!r} in analyst file {name}",
                key=str(key),
                hint=unknown_key_hint(str(key), TOP_KEYS),
            )
    refs: dict[str, list[str]] = {}

    def ref(value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ParamsError(
                f"{where} in analyst file {name} must be a sentence anchor (a3f9c2d1e0) or id (S2.14), got {value!r}",
                key=where,
            )
        value = value.strip()
        refs.setdefault(value, []).append(where)
        return value

    judgments = tuple(
        _judgment(item, i, name, ref) for i, item in enumerate(_list(data, "judgments", name), 1)
    )
    exclude = tuple(ref(v, f"exclude[{i}]") for i, v in enumerate(_list(data, "exclude", name), 1))
    pin = tuple(ref(v, f"pin[{i}]") for i, v in enumerate(_list(data, "pin", name), 1))
    move: list[tuple[str, str]] = []
    for i, item in enumerate(_list(data, "move", name), 1):
        where = f"move[{i}]"
        _mapping(item, where, name, MOVE_KEYS)
        section = item.get("section")
        if not isinstance(section, str) or not section.strip():
            raise ParamsError(f"{where}.section in analyst file {name} is required", key=where)
        move.append((ref(item.get("sentence"), f"{where}.sentence"), section.strip()))
    grades = tuple(_grade(item, i, name) for i, item in enumerate(_list(data, "grade", name), 1))
    return AnalystFile(
        path=path,
        judgments=judgments,
        exclude=exclude,
        move=tuple(move),
        pin=pin,
        grade=grades,
        refs=refs,
    )


def _list(data: dict[str, Any], key: str, name: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ParamsError(f"{key!r} in analyst file {name} must be a list", key=key)
    return value


def _mapping(item: Any, where: str, name: str, keys: tuple[str, ...]) -> None:
    if not isinstance(item, dict):
        raise ParamsError(f"{where} in analyst file {name} must be a mapping", key=where)
    for k in item:
        if k not in keys:
            raise ParamsError(
                f"unknown key {k!r} in {where} of analyst file {name}",
                key=f"{where}.{k}",
                hint=unknown_key_hint(str(k), keys),
            )


def _judgment(item: Any, index: int, name: str, ref: Any) -> AnalystJudgment:
    where = f"judgments[{index}]"
    _mapping(item, where, name, JUDGMENT_KEYS)
    label = str(item.get("id") or f"judgment {index}")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ParamsError(f"{where} ({label}) in analyst file {name} needs a 'text'", key=where)
    cite = item.get("cite")
    if isinstance(cite, str):
        cite = [cite]
    if not isinstance(cite, list) or not cite:
        raise ParamsError(
            f"{where} ({label}) in analyst file {name} needs 'cite': the sentences it rests on",
            key=f"{where}.cite",
            hint="cite sentence anchors from the appendix of the last issue, e.g. cite: [a3f9c2d1e0]",
        )
    cites = tuple(ref(c, f"{where}.cite") for c in cite)
    likelihood = item.get("likelihood")
    confidence = item.get("confidence")
    if likelihood is not None and likelihood not in LIKELIHOOD_TERMS:
        raise ParamsError(
            f"{where}.likelihood ({label}) in analyst file {name} must be an ICD 203 term, got {likelihood!r}",
            key=f"{where}.likelihood",
            hint="one of: " + ", ".join(LIKELIHOOD_TERMS),
        )
    if confidence is not None and confidence not in CONFIDENCE_LEVELS:
        raise ParamsError(
            f"{where}.confidence ({label}) in analyst file {name} must be low, moderate or high, got {confidence!r}",
            key=f"{where}.confidence",
        )
    if likelihood is not None and confidence is not None:
        raise ParamsError(
            f"{where} ({label}) in analyst file {name} gives both a likelihood and a confidence",
            key=where,
            hint="ICD 203: one of them per sentence",
        )
    section = item.get("section") or KEY_JUDGMENTS
    if not isinstance(section, str):
        raise ParamsError(f"{where}.section in analyst file {name} must be text", key=where)
    return AnalystJudgment(
        name=label,
        text=" ".join(text.split()),
        cite=cites,
        section=section.strip(),
        likelihood=likelihood,
        confidence=confidence,
    )


def _grade(item: Any, index: int, name: str) -> GradeRule:
    where = f"grade[{index}]"
    _mapping(item, where, name, GRADE_KEYS)
    source, publisher = item.get("source"), item.get("publisher")
    if bool(source) == bool(publisher):
        raise ParamsError(
            f"{where} in analyst file {name} needs exactly one of 'source' or 'publisher'",
            key=where,
        )
    reliability, credibility = parse_grade(item, f"{where} in analyst file {name}", key=where)
    if reliability is None and credibility is None:
        raise ParamsError(
            f"{where} in analyst file {name} needs a grade", key=where, hint="e.g. grade: B2"
        )
    return GradeRule(
        reliability=reliability,
        credibility=credibility,
        source=str(source) if source else None,
        publisher=str(publisher) if publisher else None,
    )
