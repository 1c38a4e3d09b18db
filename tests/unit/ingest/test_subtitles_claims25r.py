"""Subtitles saved as text read as speech (round claims25r): cue numbers and timecodes are
no text, so never figures of a claim, and a sentence cut over two cues is one sentence.
Invented cues."""

from __future__ import annotations

from briefbook.analysis.claims import find_claims
from briefbook.ingest.plain import read_text
from briefbook.ingest.subtitles import unwrap_subtitles

SUBTITLES = """1
00:00:01,000 --> 00:00:04,200
The governor said the strike

2
00:00:04,300 --> 00:00:08,000
killed twelve people

14
00:00:08,100 --> 00:00:11,500
and wounded <i>dozens</i> more.

15
00:00:20,000 --> 00:00:23,000
Rescue teams are searching.
"""

VTT = """WEBVTT

NOTE made for a test

00:01.000 --> 00:04.000 align:start
Four boats were sunk

00:04.100 --> 00:06.000
near the port.
"""


def _claimed(text: str) -> list[float | None]:
    return [c.low for c in find_claims(text, "S1.1")]


def test_subtitles_keep_their_speech_in_paragraphs_by_pause() -> None:
    assert unwrap_subtitles(SUBTITLES) == (
        "The governor said the strike killed twelve people and wounded dozens more.\n\n"
        "Rescue teams are searching.\n"
    )


def test_webvtt_cues_lose_header_notes_and_settings() -> None:
    assert unwrap_subtitles(VTT) == "Four boats were sunk near the port.\n"


def test_cue_numbers_are_no_figures_of_the_text() -> None:
    parsed = read_text(SUBTITLES.encode(), "clip.txt")
    body = " ".join(b.text for b in parsed.blocks)
    assert "14" not in body and "-->" not in body
    assert [_claimed(b.text) for b in parsed.blocks][0] == [12.0, 24.0]


def test_text_with_one_timecode_or_numbered_lines_is_unchanged() -> None:
    text = "1\nThe convoy left at dawn.\n\n2\nIt reached the border 00:00:01,000 --> 00:00:02,000\n"
    assert unwrap_subtitles(text) == text
    listing = "Casualties by district:\n\n12\n\n30\n"
    assert unwrap_subtitles(listing) == listing
