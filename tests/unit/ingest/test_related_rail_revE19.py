"""A stray rail label over the story's own fact box (review revE19 of round trial21): after
"Read more", lines "Killed: 12", "Wounded: 40 ..." are the story's figures, no other story's
headlines, and stay; a rail holding one headline of the same shape ("Vendra: 40 killed in
raid") is still a rail."""

from __future__ import annotations

from pathlib import Path

from briefbook.ingest import read_document


def _sentences(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [s.text for s in read_document(path, "S1").sentences]


HEAD = (
    "Title: Strikes hit Vendra\n\n"
    "Air strikes hit the port of Vendra on Monday, killing 12 people, officials said.\n\n"
    "Read more\n\n"
)


def test_a_fact_box_after_a_rail_label_stays(tmp_path: Path) -> None:
    texts = _sentences(
        tmp_path, HEAD + "Killed: 12\n\nWounded: 40 including 9 children\n\nDisplaced: 3,000\n"
    )
    assert "Killed: 12" in texts
    assert "Displaced: 3,000" in texts


def test_near_miss_one_headline_with_a_colon_and_a_figure_is_still_a_rail(tmp_path: Path) -> None:
    texts = _sentences(
        tmp_path,
        HEAD + "Vendra: 40 killed in raid on market\n\nOstland recalls its envoy from Dorvia\n",
    )
    assert len(texts) == 1
