""" "Unit(s)" is an armed head noun (issue 12, review round revA26): one rule for the data,
the gold header and the engine.

* an armed group's name headed by "Units" or "Unit" is a force: "Kelvo Protection Units",
  "Tarvo Resistance Units", the gazetteer's "People's Protection Units" (YPG), a police's
  or ministry's "Counter Terrorism Unit", "Anti-Terrorism Police Unit";
* near misses: a unit of a body that bears no arms ("Financial Intelligence Unit", "Intensive
  Care Unit", "Policy Research Unit", "the Delivery Unit of the Prime Minister's office";
  ``civil_unit_words`` of data/armed_names.yaml) is an organisation, by the rules and by the
  name typer's spans alike; a group named without an armed head ("Kelvo Liberation Front")
  stays an organisation.

Invented sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.armed_names import armed_head, armed_type
from briefbook.analysis.entities import find_entities
from briefbook.analysis.name_typer import shipped_name_typer
from briefbook.analysis.names import civil_unit
from briefbook.data import load_data
from briefbook.ingest import load_documents
from builders import note_entities

ROOT = Path(__file__).resolve().parents[3]


def _types(tmp_path: Path, text: str, model: bool = False) -> dict[str, str]:
    if not model:
        return {e.name: e.type for e in note_entities(tmp_path, text)}
    path = tmp_path / "note.txt"
    path.write_text(f"Note\n\n{text}\n", encoding="utf-8")
    found = find_entities(load_documents([path]), model=shipped_name_typer(), join="union")
    return {e.name: e.type for e in found}


@pytest.mark.parametrize(
    "name",
    [
        "Kelvo Protection Units",
        "Tarvo Resistance Units",
        "People's Protection Units",
        "YPG",
        "Marvo Counter Terrorism Unit",
    ],
)
def test_units_is_an_armed_head_noun(name: str) -> None:
    assert armed_head(name) and armed_type(name) == "force"


def test_the_data_the_gold_header_and_the_rule_agree_on_units() -> None:
    heads = {str(w) for w in load_data("armed_names.yaml")["head_nouns"]}
    assert {"unit", "units"} <= heads
    header = (ROOT / "tests" / "fixtures" / "eval" / "entities.yaml").read_text("utf-8")
    assert "Unit(s)) is a force" in header.replace("\n#  ", "")
    assert armed_type("Kelvo Liberation Front") == "organisation"  # near miss


@pytest.mark.parametrize("model", [False, True])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The YPG said it repelled an attack near Kobani.", "People's Defense Units"),
        (
            "The Tarvo Resistance Units claimed the attack on a checkpoint.",
            "Tarvo Resistance Units",
        ),
        (
            "The police Counter Terrorism Unit arrested four suspects in Marvo.",
            "Counter Terrorism Unit",
        ),
        (
            "Kelvo's Anti-Terrorism Police Unit said the suspects had been held.",
            "Anti-Terrorism Police Unit",
        ),
    ],
)
def test_an_armed_or_police_unit_is_a_force(
    tmp_path: Path, text: str, name: str, model: bool
) -> None:
    assert _types(tmp_path, text, model).get(name) == "force"


@pytest.mark.parametrize("model", [False, True])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Financial Intelligence Unit froze the accounts on Monday.",
            "Financial Intelligence Unit",
        ),
        (
            "Officials of the Kelvo Financial Intelligence Unit (FIU) said the FIU had acted.",
            "Kelvo Financial Intelligence Unit",
        ),
        ("Patients were moved to the Intensive Care Unit overnight.", "Intensive Care Unit"),
        ("The Policy Research Unit said prices rose in Marvo.", "Policy Research Unit"),
        ("The Asset Recovery Unit seized two houses.", "Asset Recovery Unit"),
    ],
)
def test_near_miss_a_unit_of_a_body_bearing_no_arms_is_no_force(
    tmp_path: Path, text: str, name: str, model: bool
) -> None:
    assert _types(tmp_path, text, model).get(name) == "organisation"


def test_civil_unit_reads_only_unit_heads() -> None:
    assert civil_unit(["financial", "intelligence", "unit"])
    assert not civil_unit(["counter", "terrorism", "unit"])
    assert not civil_unit(["financial", "police"])  # no "Unit" head: not this rule's
