"""A wire lede on the first line with no full stop ("BAMAKO, Mali (Wirewire) - Militants
attacked a fuel convoy on Tuesday") is the story's first sentence, not its title: a dateline
with its region, day or agency opens a lede, never a headline (invented sources of the shape
seen in a trial on a convoy attack; no third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import read_document

# a paragraph longer than the lede, as a story's second paragraph is
LONGER = (
    "The army said 12 soldiers were killed in the attack, which took place on the main road "
    "to the border, and that the convoy had been carrying fuel to the capital."
)


def _read(tmp_path: Path, text: str):
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, "S1")


@pytest.mark.parametrize(
    "lede",
    [
        "BAMAKO, Mali (Wirewire) - Militants attacked a fuel convoy near Kayes on Tuesday",
        "GAO, Mali, March 3 (Newswire) — Gunmen ambushed an army patrol outside the town",
        "VENDRA, Ostland | XNA | — Shelling hit the northern districts overnight",
        "KORVAL (Wirewire) - Rebels seized two border posts after a night of fighting",
    ],
)
def test_a_dateline_lede_without_a_stop_is_a_sentence(tmp_path: Path, lede: str) -> None:
    doc = _read(tmp_path, f"{lede}\n\n{LONGER}\n")
    texts = [s.text for s in doc.sentences]
    assert doc.title != lede
    assert any(lede.split()[-3] in t for t in texts), texts
    assert any("12 soldiers" in t for t in texts)


@pytest.mark.parametrize(
    "headline",
    [
        "Militants attack fuel convoy near Kayes",
        "Mali: Militants attack a fuel convoy near Kayes",
        "WASHINGTON - Senate passes border bill",
        "Ukraine - Russia strikes power grid overnight",
        "Convoy attack: What we know so far",
    ],
)
def test_a_headline_stays_the_title(tmp_path: Path, headline: str) -> None:
    doc = _read(tmp_path, f"{headline}\n\n{LONGER}\n")
    assert doc.title == headline


def test_the_assembled_document_keeps_the_lede_as_its_first_sentence(tmp_path: Path) -> None:
    lede = "BAMAKO, Mali (Wirewire) - Militants attacked a fuel convoy near Kayes on Tuesday"
    doc = _read(tmp_path, f"{lede}\n\n{LONGER}\n")
    assert doc.title != lede
    assert not any(h.text == lede for h in doc.headings)
    assert doc.sentences[0].text.startswith("BAMAKO, Mali (Wirewire) - Militants attacked")
