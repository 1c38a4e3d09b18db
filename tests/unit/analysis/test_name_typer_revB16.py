"""The name typer never makes a person of a name that ends in a head the rules know as no
person's: a team ("United"), a body ("Group") or a place ("Oblast") (review revB16; every
sentence here is invented)."""

from __future__ import annotations

import pytest

from briefbook.analysis.name_typer import shipped_name_typer
from briefbook.analysis.pipeline import analyse
from briefbook.ingest import load_documents


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Manchester United fans clashed with police outside the ground.", "Manchester United"),
        ("Dorvane United supporters marched to the stadium on Saturday.", "Dorvane United"),
        ("Velkor Group operatives stole the payroll data.", "Velkor Group"),
        ("Kessin Oblast officials said shelling continued.", "Kessin Oblast"),
    ],
)
def test_a_name_ending_in_a_head_of_no_person_is_no_person(sentence: str, name: str) -> None:
    [spans] = shipped_name_typer().spans([sentence])
    assert (name, "PERSON") not in {(sentence[s:e], label) for s, e, label in spans}


def test_a_team_is_no_person_of_the_analysis(tmp_path) -> None:
    path = tmp_path / "match.txt"
    path.write_text(
        "Clashes after the match\n\nDorvane United supporters marched to the stadium on "
        "Saturday. Talvi Roskanen said the talks had failed.\n",
        encoding="utf-8",
    )
    found = {(e.name, e.type) for e in analyse(load_documents([path])).entities}
    assert ("Dorvane United", "person") not in found
    assert ("Talvi Roskanen", "person") in found  # a cue-less person is still typed
