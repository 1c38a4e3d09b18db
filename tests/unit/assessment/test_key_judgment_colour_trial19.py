"""A noise bystanders heard ("villagers described the sounds of shelling", "reporters said
they heard artillery") is colour, as a plain quotation is: with no event of consequence
beside it, it never leads the bottom line (invented sentences, no third-party text). A
sentence where the noise comes with an event of consequence, or where nothing is heard, is
read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.signals import is_sense_report, key_signal
from briefbook.ingest import SourceSpec, load_documents


@pytest.mark.parametrize(
    "text",
    [
        "Villagers near Korvin, about 12 kilometres from the border, also described the "
        "sounds of shelling.",
        "In Dravno's Velka district, reporters said they heard heavy artillery on Sunday night.",
        "Farmers in the valley reported hearing explosions before dawn.",
        "Residents of Ostra recounted the sound of drones over the river.",
    ],
)
def test_a_noise_heard_is_colour(text: str) -> None:
    assert is_sense_report(text)
    assert key_signal(text, False, False).quote


@pytest.mark.parametrize(
    "text",
    [
        # a noise with an event of consequence: the killing is the news
        "Residents heard explosions as shells hit the market in Korvin, killing 12 people.",
        # nothing heard
        "The garrison heard nothing from the command for two days.",
        # a hearing of a court, no noise
        "The court will hear the case of the detained sailors in June.",
        # an act, not a noise heard
        "Dravno's artillery shelled the Ostra bridge on Monday.",
    ],
)
def test_not_a_noise_heard_or_with_consequence_is_no_colour(text: str) -> None:
    assert not key_signal(text, False, False).quote


def test_a_noise_heard_never_leads_the_bottom_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Ostland and Dravno agreed a ceasefire at talks in Velmar on Monday, the host "
        "government said.\n\nThe truce is to take effect at midnight.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "At least 40 people have died as fighting continues along the Ostland-Dravno "
        "border.\n\nVillagers near Korvin, about 12 kilometres from the border, also described "
        "the sounds of shelling.\n\nDravno said its jets struck two Ostland command posts.\n",
        encoding="utf-8",
    )
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2024-05-07"),
            SourceSpec(path="b.txt", published="2024-05-05"),
        ],
        base=tmp_path,
    )
    shown = [s.text for s in assess_documents(docs, issue_date="2024-05-08").key_judgments]
    assert not any("sounds of shelling" in t for t in shown), shown
    assert any("command posts" in t for t in shown), shown
