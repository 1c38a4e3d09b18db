"""A toll placed only by a town named two sentences back, in another incident's sentence,
is unplaced (review round revB15; invented reports): it meets an unplaced toll of the same
kind of event as a rival ("12" against "30", contradicted), while a toll whose own sentence
or the sentence right before names the town stays apart from an unplaced one (round
claims15's rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import report_rows

_OTHER = (
    "2026-03-10",
    "A suicide bombing at a crowded market on Tuesday killed 30 people, officials said.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a checkpoint in Mir Kelvo on Tuesday. Separately, a suicide bomber "
        "struck a crowded market. The blast killed 12 people, police said.",
        "Troops shelled a fuel depot in Tarsk on Tuesday. In another attack, a suicide bomber "
        "struck a crowded market. The blast killed 12 people, police said.",
    ],
)
def test_a_town_two_sentences_back_does_not_place_the_toll(tmp_path: Path, text: str) -> None:
    rows = [
        r for r in report_rows(tmp_path, [("2026-03-10", text), _OTHER]) if r["event"] == "killed"
    ]
    assert [r["status"] for r in rows] == ["contradicted"], rows


def test_a_town_in_the_sentence_before_places_the_toll(tmp_path: Path) -> None:
    text = (
        "A suicide bomber struck a crowded market in Mir Kelvo on Tuesday. The blast killed "
        "12 people, police said."
    )
    rows = [
        r for r in report_rows(tmp_path, [("2026-03-10", text), _OTHER]) if r["event"] == "killed"
    ]
    assert len(rows) == 2 and {r["status"] for r in rows} == {"unmatched"}, rows
