"""Assessment schemas: the sections of an assessment, as data.

A schema is ``templates/assessment/<name>.yaml``: a title, and an ordered list of
sections, each with ``key``, ``title``, ``description`` (what belongs there), ``cues``
(phrases typical of it), ``aliases`` (words of a source's own headings that map to it), and
the ``role`` the section plays in the assessment, which is all the engine knows of it:

- ``situation``: what happened; its statements are grouped by domain, newest first;
- ``analysis``: why and what it means (an empty one lists the evidence to reason from);
- ``outlook``: what comes next; indicators to watch are drawn from it first;
- ``verdict``: the overall bottom line.

``weight`` (default 1.0) scales how readily a section's statements become key judgments.
``function`` (event, cause, implication, forecast, verdict) and, for implications, ``domain``
(military, wider) name the discourse function of the sentences the section takes (see
:mod:`briefbook.assessment.sections`). Another schema is a new file, not new code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from briefbook.config.safe_yaml import file_problem, read_yaml_file
from briefbook.errors import SchemaError
from briefbook.resources import templates_dir

ROLES = ("situation", "analysis", "outlook", "verdict")


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    description: str
    cues: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # heading words that map a source's own heading here
    # the discourse function whose sentences the section takes (event, cause, implication,
    # forecast, verdict) and, for implications, the domain (military, wider); empty: the
    # section is matched by the similarity of its description instead
    function: str = ""
    domain: str = ""
    role: str = "analysis"  # one of ROLES
    weight: float = 1.0  # how readily its statements become key judgments


@dataclass(frozen=True)
class AssessmentSchema:
    name: str
    title: str
    sections: tuple[SectionSpec, ...]
    path: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.sections)

    def keys_of(self, role: str) -> tuple[str, ...]:
        """The keys of the sections that play ``role`` (one of ``ROLES``), in order."""
        return tuple(s.key for s in self.sections if s.role == role)

    def section(self, key: str) -> SectionSpec:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)


def schema_dir() -> Path:
    return templates_dir() / "assessment"


def available_schemas() -> list[str]:
    return sorted(p.stem for p in schema_dir().glob("*.yaml"))


@cache
def load_schema(name: str = "conflict") -> AssessmentSchema:
    """Load a schema by name (``conflict``) or by path to a YAML file (relative to the
    current folder; the params key ``schema`` resolves it from the params file's folder).

    The file is read by the bounded loader (size, aliases, nesting: LimitError); anything
    else wrong with it is a SchemaError.
    """
    path = Path(name)
    if path.suffix.lower() not in {".yaml", ".yml"}:
        if "/" in name or "\x00" in name or not name.strip():
            raise SchemaError(
                f"assessment schema {name[:80]!r} not found",
                hint=f"use one of: {', '.join(available_schemas())}, or a path to a .yaml file",
            )
        path = schema_dir() / f"{name}.yaml"
    problem = file_problem(path)
    if problem:
        raise SchemaError(
            f"assessment schema {name[:200]!r} {problem}",
            hint=f"use one of: {', '.join(available_schemas())}, or a path to a .yaml file",
        )
    try:
        data = read_yaml_file(path, origin=f"schema {path.name}")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise SchemaError(f"schema {path.name} is not valid YAML{where}: {problem}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(f"cannot read schema {path.name}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        raise SchemaError(
            f"schema {path.name} must be a mapping with a list of 'sections'",
            hint="see templates/assessment/conflict.yaml",
        )
    try:
        sections = tuple(
            SectionSpec(
                key=str(s["key"]),
                title=str(s["title"]),
                description=str(s.get("description", "")).strip(),
                cues=tuple(str(c) for c in s.get("cues", ())),
                aliases=tuple(str(a) for a in s.get("aliases", ())),
                function=str(s.get("function") or "").strip().lower(),
                domain=str(s.get("domain") or "").strip().lower(),
                role=str(s.get("role", "analysis")),
                weight=float(s.get("weight", 1.0)),
            )
            for s in data["sections"]
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SchemaError(
            f"schema {path.name} is malformed: every section needs key and title ({exc})"
        ) from exc
    for s in sections:
        if s.role not in ROLES:
            raise SchemaError(
                f"schema {path.name}: section {s.key!r} has role {s.role!r}",
                hint=f"give each section one of the roles {', '.join(ROLES)}",
            )
    keys = [s.key for s in sections]
    if len(set(keys)) != len(keys) or not keys:
        raise SchemaError(f"schema {path.name} needs sections with distinct keys")
    extra = {k: v for k, v in data.items() if k not in {"name", "title", "sections"}}
    return AssessmentSchema(
        name=str(data.get("name", path.stem)),
        title=str(data.get("title", path.stem)),
        sections=sections,
        path=str(path),
        extra=extra,
    )
