"""A standfirst that reads as a clause only by an adjective or as a headline's question stays a
heading (round left19's full_clause; invented lines): "Inside the besieged city" (an -ed word
after an article), "How the drone war changed everything" (a question with no full stop)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import load_documents
from briefbook.ingest.assemble import full_clause

BODY = (
    "Armed men reached Tarvesh, a river town in the east of Moldria, shortly after midnight "
    "on Sunday and set fire to houses near the ferry landing, district officials said on "
    "Monday."
)


@pytest.mark.parametrize(
    "deck",
    [
        "Exclusive: Inside the besieged city",
        "How the drone war changed everything",
        "What we know about the attack that killed 14",
        "Troops pushed back as rebels advance",
    ],
)
def test_a_fragment_standfirst_stays_a_heading(tmp_path: Path, deck: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Night attack on Tarvesh ferry town\n\n{deck}\n\n{BODY}\n", encoding="utf-8")
    (doc,) = load_documents([path])
    assert [h.text for h in doc.headings] == [deck]


def test_near_miss_clauses_stay_clauses() -> None:
    assert full_clause("Raiders burned the abandoned houses of Tarvesh")
    assert full_clause("What began as a protest has become a war.")
    assert full_clause("Gunmen killed 14 villagers in the raid on Vell")
