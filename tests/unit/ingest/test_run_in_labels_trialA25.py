"""A think tank's summary label opening a paragraph ("Key Takeaway: Rebels captured ...") is a
run-in heading, never the first words of a sentence a briefing prints as a key judgment
(invented pages of the shape a new-analyst trial on a rebel offensive printed; no third-party
text). A speaker before a colon, and the label inside a sentence, stay text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import read_document


def _read(tmp_path: Path, body: str):
    path = tmp_path / "page.txt"
    path.write_text("Rebels advance on the lake port\n\n" + body + "\n", encoding="utf-8")
    return read_document(path, "S1")


@pytest.mark.parametrize(
    "label", ["Key Takeaway", "Key takeaways", "Takeaway", "Key Findings", "BLUF", "In brief"]
)
def test_a_summary_label_is_a_heading_not_text(tmp_path: Path, label: str) -> None:
    doc = _read(
        tmp_path,
        f"{label}: Ostland-backed rebels captured Tarsk, the capital of the lake province. "
        "The group will seek to hold the roads around it.",
    )
    assert doc.sentences[0].text.startswith("Ostland-backed rebels captured Tarsk")
    assert all(not s.text.startswith(label) for s in doc.sentences)


@pytest.mark.parametrize(
    ("body", "first"),
    [
        # a speaker's name before a colon stays with the text
        (
            "Malvek: the rebels captured Tarsk and will hold the roads around it.",
            "Malvek: the rebels",
        ),
        # the words inside a sentence are no label
        (
            "The key takeaway from the summit: rebels captured Tarsk on Monday.",
            "The key takeaway from the summit",
        ),
    ],
)
def test_near_misses_stay_as_they_were(tmp_path: Path, body: str, first: str) -> None:
    doc = _read(tmp_path, body)
    assert doc.sentences[0].text.startswith(first)
