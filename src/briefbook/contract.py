"""The ``assessment.json`` contract: one reader, one validator, and the JSON Schema generated
from the types of :mod:`briefbook.model`.

- :func:`read_assessment` is the one reader of ``assessment.json`` (a path, JSON text or
  parsed data): strict first, then tolerant of keys written by another version (unknown keys
  dropped, statements it cannot read skipped), as the series needs for earlier issues.
- :func:`validate_assessment` lists every problem: JSON Schema errors, then evidence ids
  that are not sentences of the sources.
- :func:`generated_schema` builds the JSON Schema from the dataclasses and ``TypedDict``
  records of the model (``Literal`` types become enums, ``Annotated[..., {...}]`` adds
  keywords). ``python -m briefbook.contract --write`` writes it to
  ``schemas/assessment.schema.json``; ``--check`` exits 1 when the file and the types differ
  (a test runs the same check).
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from briefbook import model
from briefbook.model import (
    ASSESSMENT_SCHEMA_ID,
    Assessment,
    Claim,
    Entity,
    Section,
    Sentence,
    Statement,
)
from briefbook.resources import assessment_schema_path

__all__ = [
    "assessment_json_schema",
    "generated_schema",
    "read_assessment",
    "validate_assessment",
]


# ---------------------------------------------------------------------------
# the one reader


def read_assessment(source: Path | str | Mapping[str, Any]) -> Assessment:
    """An Assessment from ``assessment.json``: a path (file, or an issue folder holding one),
    JSON text, or parsed data. Raises ``ValueError`` for data that is not an assessment at
    all; unknown keys and statements in shapes it cannot read are dropped."""
    if isinstance(source, Path):
        path = source / "assessment.json" if source.is_dir() else source
        data = json.loads(path.read_text(encoding="utf-8"))
    elif isinstance(source, str):
        data = json.loads(source)
    else:
        data = source
    if not isinstance(data, Mapping):
        raise ValueError(f"an assessment is a JSON object, not {type(data).__name__}")
    try:
        return Assessment.from_dict(dict(data))
    except (KeyError, TypeError, ValueError):
        pass
    return Assessment(
        title=str(data.get("title", "")),
        schema_name=str(data.get("schema_name", "")),
        sources=list(data.get("sources") or []),
        sentences=_items(Sentence, data.get("sentences")),
        sections=[
            Section(
                key=str(s.get("key", "")),
                title=str(s.get("title", "")),
                statements=_items(Statement, s.get("statements")),
                description=str(s.get("description", "")),
                role=s.get("role", "analysis"),
                evidence_to_weigh=_items(Statement, s.get("evidence_to_weigh")),
            )
            for s in data.get("sections") or []
            if isinstance(s, Mapping)
        ],
        key_judgments=_items(Statement, data.get("key_judgments")),
        indicators=_items(Statement, data.get("indicators")),
        entities=_items(Entity, data.get("entities")),
        claims=_items(Claim, data.get("claims")),
        corroboration=list(data.get("corroboration") or []),
        excluded_sources=list(data.get("excluded_sources") or []),
        changes=data.get("changes"),
        meta=dict(data.get("meta") or {}),
    )


def _items(cls: type, items: Any) -> list[Any]:
    """``cls`` objects from JSON objects, keeping known keys, skipping what cannot be read."""
    names = {f.name for f in dataclasses.fields(cls)}
    out = []
    for item in items or []:
        if not isinstance(item, Mapping):
            continue
        try:
            out.append(cls(**{k: v for k, v in item.items() if k in names}))
        except (TypeError, ValueError):
            continue  # a record another version wrote in a shape we cannot read
    return out


# ---------------------------------------------------------------------------
# validation


@cache
def assessment_json_schema() -> dict[str, Any]:
    """The JSON Schema of the contract, as shipped (``schemas/assessment.schema.json``)."""
    return json.loads(assessment_schema_path().read_text(encoding="utf-8"))


def validate_assessment(data: dict[str, Any]) -> list[str]:
    """Every problem found: JSON Schema errors, then evidence ids that resolve to nothing."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(assessment_json_schema())
    problems = [
        f"{'/'.join(str(p) for p in err.absolute_path) or '<root>'}: {err.message}"
        for err in sorted(
            validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))
        )
    ]
    ids = {s.get("id") for s in data.get("sentences", [])}
    groups: list[tuple[str, Sequence[Any]]] = [
        ("key_judgments", data.get("key_judgments", [])),
        ("indicators", data.get("indicators", [])),
    ]
    for s in data.get("sections", []):
        groups.append((f"sections/{s.get('key')}", s.get("statements", [])))
        groups.append(
            (f"sections/{s.get('key')}/evidence_to_weigh", s.get("evidence_to_weigh", []))
        )
    groups += [("entities", data.get("entities", [])), ("claims", data.get("claims", []))]
    groups += [("corroboration", data.get("corroboration", []))]
    for where, items in groups:
        for item in items:
            for sid in item.get("evidence", []):
                if sid not in ids:
                    problems.append(f"{where}: evidence id {sid} is not a sentence of the sources")
    return problems


# ---------------------------------------------------------------------------
# the schema, generated from the types

_TITLE = "briefbook assessment"
_DESCRIPTION = (
    "The assessment briefbook writes as assessment.json next to each report and prints with "
    "`briefbook assess --json -`. Every evidence id is the id of an entry of `sentences`. "
    "Generated from the types of briefbook.model (python -m briefbook.contract --write)."
)


def generated_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Assessment.to_dict()``, from the model's types."""
    defs: dict[str, Any] = {}
    root = _object_schema(Assessment, defs)
    root["properties"] = {"schema": {"const": ASSESSMENT_SCHEMA_ID}, **root["properties"]}
    root["required"] = ["schema", *root["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": ASSESSMENT_SCHEMA_ID,
        "title": _TITLE,
        "description": _DESCRIPTION,
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(model), include_extras=True)
    properties: dict[str, Any] = {}
    required: list[str] = []
    if dataclasses.is_dataclass(cls):
        for f in dataclasses.fields(cls):
            properties[f.name] = _type_schema(hints[f.name], defs)
            no_default = f.default is dataclasses.MISSING
            if no_default and f.default_factory is dataclasses.MISSING:
                required.append(f.name)
    else:  # a TypedDict
        optional = set(getattr(cls, "__optional_keys__", frozenset()))
        for name, hint in hints.items():
            properties[name] = _type_schema(hint, defs)
            if typing.get_origin(hint) is typing.NotRequired:
                optional.add(name)  # postponed annotations hide NotRequired from TypedDict
            if name not in optional:
                required.append(name)
    out: dict[str, Any] = {"type": "object"}
    doc = (cls.__doc__ or "").strip()
    if doc and not doc.startswith(cls.__name__ + "("):  # dataclasses' generated signature
        out["description"] = " ".join(doc.split())
    out["required"] = required
    out["properties"] = properties
    return out


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        base, *extras = typing.get_args(hint)
        out = dict(_type_schema(base, defs))
        for extra in extras:
            if isinstance(extra, model.JSONKeywords):
                out.update(dict(extra.items))
        return out
    if typing.is_typeddict(hint) or dataclasses.is_dataclass(hint):
        name = _def_name(hint.__name__)
        if name not in defs:
            defs[name] = {}  # placeholder: recursive types
            defs[name] = _object_schema(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(hint))}
    if origin in (typing.Union, types.UnionType):
        return _union_schema(typing.get_args(hint), defs)
    if origin in (list, Sequence, tuple):
        (item,) = typing.get_args(hint)[:1] or (Any,)
        return {"type": "array", "items": _type_schema(item, defs)}
    if origin in (dict, Mapping):
        _, value = typing.get_args(hint)
        out = {"type": "object"}
        if value is not Any:
            out["additionalProperties"] = _type_schema(value, defs)
        return out
    if origin is typing.NotRequired:
        return _type_schema(typing.get_args(hint)[0], defs)
    simple = _SIMPLE.get(hint)
    if simple is not None:
        return dict(simple)
    if hint is Any:
        return {}
    raise TypeError(f"no JSON Schema for the type {hint!r}")


_SIMPLE: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
}


def _union_schema(members: Sequence[Any], defs: dict[str, Any]) -> dict[str, Any]:
    schemas = [_type_schema(m, defs) for m in members]
    if all(set(s) == {"enum"} or s == {"type": "null"} for s in schemas):
        values: list[Any] = []
        for s in schemas:
            values += s.get("enum", [None])
        return {"enum": values}
    if all(set(s) == {"type"} and isinstance(s["type"], str) for s in schemas):
        return {"type": [s["type"] for s in schemas]}
    if {"type": "null"} in schemas and len(schemas) == 2:
        other = next(s for s in schemas if s != {"type": "null"})
        return {"anyOf": [other, {"type": "null"}]}
    return {"anyOf": schemas}


def _def_name(name: str) -> str:
    """``CorroborationRow`` -> ``corroboration_row``."""
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out += "_"
        out += ch.lower()
    return out


def schema_text(schema: dict[str, Any] | None = None) -> str:
    """The schema as the file holds it: indented JSON, keys in declaration order."""
    return json.dumps(schema or generated_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m briefbook.contract --write | --check``."""
    args = list(sys.argv[1:] if argv is None else argv)
    path = assessment_schema_path()
    text = schema_text()
    if args == ["--write"]:
        path.write_text(text, encoding="utf-8")
        print(path)
        return 0
    if args == ["--check"]:
        if path.read_text(encoding="utf-8") != text:
            print(
                f"{path} differs from the model's types: run python -m briefbook.contract --write"
            )
            return 1
        return 0
    print("usage: python -m briefbook.contract --write | --check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
