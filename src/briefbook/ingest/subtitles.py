"""Subtitles (SubRip ``.srt`` and WebVTT layouts saved as text) read as running prose.

A subtitle file is a list of cues, each a cue number, a timecode line
(``00:00:04,300 --> 00:00:08,000``) and one or two lines of speech, cues apart by a blank
line. Read as plain text, every cue would be a paragraph of its own, its number a figure of
the text ("14") and its timecode part of the first sentence; a sentence that runs over two
cues would be cut in two. :func:`unwrap_subtitles` keeps only the speech: cue numbers,
timecodes, a ``WEBVTT`` header and ``NOTE`` blocks go; the cues' lines join into one paragraph,
a new paragraph starting after a pause of at least :data:`PARAGRAPH_PAUSE` seconds between
cues. Text with fewer than two timecode lines is returned unchanged.
"""

from __future__ import annotations

import re

__all__ = ["PARAGRAPH_PAUSE", "unwrap_subtitles"]

#: Seconds of silence between two cues that start a new paragraph.
PARAGRAPH_PAUSE = 2.0

_STAMP = r"(?:(\d{1,2}):)?(\d{2}):(\d{2})[,.](\d{3})"
_TIMECODE = re.compile(rf"^\s*{_STAMP}\s*-->\s*{_STAMP}(?:\s+.*)?$")
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_TAG = re.compile(r"</?(?:[bius]|c|v|lang|ruby|rt)(?:[.\s][^>]*)?>", re.I)


def _seconds(hours: str | None, minutes: str, seconds: str, millis: str) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def unwrap_subtitles(text: str) -> str:
    """``text`` with a subtitle layout turned into paragraphs of speech (see the module doc);
    any other text unchanged. ``text`` is normalised (``\\n`` line ends)."""
    lines = text.split("\n")
    if sum(1 for ln in lines if _TIMECODE.match(ln)) < 2:
        return text
    paragraphs: list[list[str]] = [[]]
    last_end: float | None = None
    skipping_note = False
    for k, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            skipping_note = False
            continue
        if skipping_note or stripped == "WEBVTT" or stripped.startswith(("WEBVTT ", "NOTE")):
            skipping_note = skipping_note or stripped.startswith("NOTE")
            continue
        stamp = _TIMECODE.match(line)
        if stamp:
            start = _seconds(*stamp.group(1, 2, 3, 4))
            if last_end is not None and start - last_end >= PARAGRAPH_PAUSE and paragraphs[-1]:
                paragraphs.append([])
            last_end = _seconds(*stamp.group(5, 6, 7, 8))
            continue
        if _CUE_NUMBER.match(line) and k + 1 < len(lines) and _TIMECODE.match(lines[k + 1]):
            continue  # the cue's number, right above its timecode
        spoken = _TAG.sub("", stripped).strip()
        if spoken:
            paragraphs[-1].append(spoken)
    return "\n\n".join(" ".join(p) for p in paragraphs if p) + "\n"
