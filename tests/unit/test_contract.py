"""The assessment.json contract: schema generated from the types, one tolerant reader."""

from __future__ import annotations

import json
from pathlib import Path

from briefbook.contract import (
    generated_schema,
    main,
    read_assessment,
    schema_text,
    validate_assessment,
)
from briefbook.model import Assessment, Statement
from briefbook.resources import assessment_schema_path
from builders import RENDER


def test_the_shipped_schema_is_the_one_the_types_generate() -> None:
    # fails when model.py and schemas/assessment.schema.json drift apart
    shipped = assessment_schema_path().read_text(encoding="utf-8")
    assert shipped == schema_text(), "run: python -m briefbook.contract --write"
    assert main(["--check"]) == 0


def test_schema_carries_the_tradecraft_vocabularies() -> None:
    defs = generated_schema()["$defs"]
    statement = defs["statement"]["properties"]
    assert "likely" in statement["likelihood"]["enum"] and None in statement["likelihood"]["enum"]
    assert statement["confidence"]["enum"] == ["low", "moderate", "high", None]
    assert statement["evidence"]["minItems"] == 1
    source = defs["source_record"]["properties"]
    assert source["reliability"]["enum"][:6] == ["A", "B", "C", "D", "E", "F"]
    assert defs["corroboration_row"]["properties"]["status"]["enum"] == [
        "contradicted",
        "corroborated",
        "unmatched",
        "single-source",  # files written before figures were unmatched by default
        "revised",  # a toll raised by a later report
    ]
    claim = defs["claim"]["properties"]
    assert claim["modality"]["enum"] == ["asserted", "negated", "capacity", "future"]
    assert {"low", "high", "when", "where", "own_action"} <= set(claim)


def test_fixture_assessment_is_valid_and_reads_back() -> None:
    data = json.loads((RENDER / "assessment.json").read_text(encoding="utf-8"))
    assert validate_assessment(data) == []
    a = read_assessment(RENDER / "assessment.json")
    assert isinstance(a, Assessment) and a.to_dict()["sentences"] == data["sentences"]


def test_schema_rejects_a_bad_grade() -> None:
    data = json.loads((RENDER / "assessment.json").read_text(encoding="utf-8"))
    data["key_judgments"][0]["likelihood"] = "probably"
    problems = validate_assessment(data)
    assert any("key_judgments/0/likelihood" in p for p in problems)


def test_reader_tolerates_another_versions_keys(tmp_path: Path) -> None:
    data = json.loads((RENDER / "assessment.json").read_text(encoding="utf-8"))
    data["key_judgments"][0]["from_the_future"] = True  # an unknown key: dropped
    data["key_judgments"].append({"text": "no evidence", "evidence": []})  # unreadable: skipped
    data["sections"][0]["statements"][0]["likelihood"] = "probably"  # not ICD 203: skipped
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    a = read_assessment(tmp_path)  # an issue folder works too
    assert len(a.key_judgments) == len(data["key_judgments"]) - 1
    assert all(isinstance(s, Statement) for s in a.key_judgments)
    assert len(a.sections[0].statements) == len(data["sections"][0]["statements"]) - 1
