"""An opening "By <whose> count/estimates, <clause>" is a sentence, not a byline (invented
sentences of the shapes a reviewer found: the paragraph was dropped and its words taken for
the author); real bylines stay bylines."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import load_documents
from briefbook.ingest.plain import is_byline


def _opened_with(tmp_path: Path, line: str):
    path = tmp_path / "brief.txt"
    path.write_text(
        f"Ostland strikes\n\n{line}\n\nThe agency said more convoys would follow.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    return doc


@pytest.mark.parametrize(
    "opening",
    [
        "By Ostland's count, drones hit 40 targets overnight.",
        "By Karsia's tally, twelve bridges fell in a week.",
        "By U.N. estimates, 3 million people need food aid.",
        "By Western estimates, the army lacks shells and fuel.",
        "By Karsian Navy figures, two frigates sank.",
        "By Tarsk’s own account, the brigade withdrew.",
        "By Monday, the militia controls the whole valley.",
    ],
)
def test_an_opening_of_whose_reckoning_is_a_sentence(tmp_path: Path, opening: str) -> None:
    doc = _opened_with(tmp_path, opening)
    assert doc.author is None
    assert doc.sentences[0].text.startswith(opening[:8]), [s.text for s in doc.sentences]
    assert not is_byline(opening)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Reuters", "Reuters"),
        ("By Staff Writer", "Staff Writer"),
        ("By Ana Ruiz and Tom Bell, Reuters", "Ana Ruiz and Tom Bell, Reuters"),
        ("By Odo Malvek, 7 January 2025", None),  # a dated byline: the author, by its date
    ],
)
def test_bylines_stay_bylines(tmp_path: Path, line: str, author: str | None) -> None:
    doc = _opened_with(tmp_path, line)
    assert doc.author == (author or "Odo Malvek")
    assert doc.sentences[0].text.startswith("The agency said")
    assert is_byline(line)
