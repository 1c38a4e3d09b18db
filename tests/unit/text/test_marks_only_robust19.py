"""A line of marks alone, no letter and no digit ("??  ??", as a page's lost characters come
out of a copy), is no sentence of evidence (round robust19: a timeline ended with the
sentence "???? ????")."""

from pathlib import Path

from briefbook.ingest import load_documents
from briefbook.text import is_boilerplate


def test_marks_only_lines_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "timeline.txt"
    path.write_text(
        "March 2021: Velan forces enter Ostvik.\n\n ??  ??\n ??  ??\n\n*** ***\n", encoding="utf-8"
    )
    (doc,) = load_documents([path])
    assert [s.text for s in doc.sentences] == ["March 2021: Velan forces enter Ostvik."]
    assert is_boilerplate("— — —")


def test_near_miss_a_figure_or_a_word_among_marks_stays() -> None:
    assert not is_boilerplate("?? 12 ??")
    assert not is_boilerplate("(Applause.)")
