"""Review of the wire-lede rule (a dateline with its region, day or agency followed by a clause
opens a story, never a headline): a headline in capitals after its dateline ("GAZA, PALESTINE
— STRIKES HIT THE LAST HOSPITAL") is still a headline, and a page's banner before a comma is
no dateline ("BREAKING NEWS, LIVE UPDATES - Fighting ..."). Invented sources; no third-party
text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import read_document
from briefbook.ingest.plain import wire_lede

LONGER = (
    "The army said 12 soldiers were killed in the attack, which took place on the main road "
    "to the border, and that the convoy had been carrying fuel to the capital."
)


def _read(tmp_path: Path, text: str):
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, "S1")


@pytest.mark.parametrize(
    "headline",
    [
        # a headline in capitals after its dateline
        "GAZA, PALESTINE — STRIKES HIT THE LAST HOSPITAL",
        "KAYES, Mali (Wirewire) - MILITANTS AMBUSH FUEL CONVOY",
        # a page's banner before a comma, no dateline
        "BREAKING NEWS, LIVE UPDATES - Fighting continues in Sudan",
        "EXCLUSIVE, Wirewire - Mining firm paid officials in Varn",
        "LIVE, Day 12 - Shelling resumes across the northern front",
    ],
)
def test_a_headline_after_a_dateline_or_a_banner_stays_the_title(
    tmp_path: Path, headline: str
) -> None:
    assert not wire_lede(headline)
    doc = _read(tmp_path, f"{headline}\n\n{LONGER}\n")
    assert doc.title == headline


@pytest.mark.parametrize(
    "lede",
    [
        "BAMAKO, Mali (Wirewire) - Militants attacked a fuel convoy near Kayes on Tuesday",
        "GAO, Mali, March 3 (Newswire) — Gunmen ambushed an army patrol outside the town",
        "ISLAMABAD, Pakistan, May 7 — India struck nine sites across the border overnight",
        "BREKA, Ostland (Wirewire) - Rebels said NATO drones struck their base",
    ],
)
def test_a_lede_in_sentence_case_is_still_a_sentence(lede: str) -> None:
    assert wire_lede(lede)
