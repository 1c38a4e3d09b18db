"""Only a text laid out as cues is read as subtitles (round revB20; invented text): prose that
quotes two timecodes keeps its paragraphs and every line, and a line of speech opening with
"NOTE" in a SubRip cue is speech."""

from __future__ import annotations

from briefbook.ingest.subtitles import unwrap_subtitles

PROSE = """Analysts reviewed the broadcast log.

The first clip ran as follows:
00:00:04,300 --> 00:00:08,000
The second clip:
00:01:04,300 --> 00:01:08,000

NOTE: the army said 300 soldiers died in the attack.
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
The army said 300 soldiers

2
00:00:03,100 --> 00:00:05,000
died in the attack.

3
00:00:09,000 --> 00:00:11,000
NOTE THE DATE: it was Monday.
"""


def test_prose_quoting_timecodes_is_unchanged() -> None:
    assert unwrap_subtitles(PROSE) == PROSE


def test_a_cue_opening_note_is_speech_in_subrip() -> None:
    assert unwrap_subtitles(SRT) == (
        "The army said 300 soldiers died in the attack.\n\nNOTE THE DATE: it was Monday.\n"
    )
