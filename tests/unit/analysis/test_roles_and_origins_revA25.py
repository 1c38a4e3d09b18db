"""Review of the entity and claim rules of round trialA25 (revA25; invented sentences):

* a plural role after a body's short form names that body ("ECOWAS Chiefs of Defence Staff"
  -> ECOWAS); after a word that is no place ("Joint Chiefs of Staff") the whole is a body's
  name; after a place's words ("West African Heads of State") it is dropped; what a sentence's
  opening "The Heads of" leaves before a body ("State of the ... Community") is the body;
* a count told by origin with its head left out ("and three from Karsia") is a part of the
  toll the first count opens.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.entities import find_entities
from briefbook.ingest import load_documents


def _table(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "note.txt"
    path.write_text(f"Note\n\n{text}\n", encoding="utf-8")
    return {e.name: e.type for e in find_entities(load_documents([path]))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The LBC Chiefs of Defence Staff met in Vendra on Friday.", "LBC"),
        (
            "General Mark Dole, Chairman of the Joint Chiefs of Staff, said the strike succeeded.",
            "Joint Chiefs of Staff",
        ),
        (
            "The Heads of State of the Lake Basin Development Community met in Vendra.",
            "Lake Basin Development Community",
        ),
    ],
)
def test_a_body_beside_a_role_keeps_its_name(tmp_path: Path, text: str, name: str) -> None:
    table = _table(tmp_path, text)
    assert table.get(name) == "organisation", table


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("West African Heads of State will meet in Vendra next week.", "State"),
        ("The Chiefs of Defence Staff met in Vendra to plan the deployment.", "Staff"),
        ("The Heads of Delegation met in Vendra on Tuesday.", "Delegation"),
    ],
)
def test_a_plural_role_is_still_dropped(tmp_path: Path, text: str, role: str) -> None:
    table = _table(tmp_path, text)
    assert not [n for n in table if n.endswith(role)], table


def test_a_count_by_origin_with_its_head_left_out_is_a_part() -> None:
    claims = find_claims("Four soldiers from Ostland and three from Karsia were killed.", "S1.1")
    assert [(c.quantity, c.counts, c.event, c.part) for c in claims] == [
        (4, "soldiers", "killed", True),
        (3, "soldiers", "killed", True),
    ]


def test_a_count_of_another_verb_stays_its_own() -> None:
    claims = find_claims(
        "Four soldiers from Ostland were killed and three soldiers from Karsia were wounded.",
        "S1.1",
    )
    assert [(c.event, c.part) for c in claims] == [("killed", False), ("wounded", False)]


def test_a_count_told_after_a_comma_is_no_part() -> None:
    claims = find_claims(
        "Four soldiers from Ostland died on Monday, and three from Karsia were held.", "S1.1"
    )
    assert not any(c.part for c in claims)
