"""Check an assessment against its JSON Schema and its own references."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from briefbook.resources import assessment_schema_path


@cache
def assessment_json_schema() -> dict[str, Any]:
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
    groups = [
        ("key_judgments", data.get("key_judgments", [])),
        ("indicators", data.get("indicators", [])),
    ]
    groups += [
        (f"sections/{s.get('key')}", s.get("statements", [])) for s in data.get("sections", [])
    ]
    groups += [("entities", data.get("entities", [])), ("claims", data.get("claims", []))]
    groups += [("corroboration", data.get("corroboration", []))]
    for where, items in groups:
        for item in items:
            for sid in item.get("evidence", []):
                if sid not in ids:
                    problems.append(f"{where}: evidence id {sid} is not a sentence of the sources")
    return problems
