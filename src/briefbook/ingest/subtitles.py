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

__all__ = ["CUE_SHARE", "PARAGRAPH_PAUSE", "unwrap_subtitles"]

#: Seconds of silence between two cues that start a new paragraph.
PARAGRAPH_PAUSE = 2.0

_STAMP = r"(?:(\d{1,2}):)?(\d{2}):(\d{2})[,.](\d{3})"
_TIMECODE = re.compile(rf"^\s*{_STAMP}\s*-->\s*{_STAMP}(?:\s+.*)?$")
_TAG = re.compile(r"</?(?:[bius]|c|v|lang|ruby|rt)(?:[.\s][^>]*)?>", re.I)


def _seconds(hours: str | None, minutes: str, seconds: str, millis: str) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


#: Share of a text's blocks (apart from a WebVTT header and NOTE blocks) that must be cues for
#: the text to be read as subtitles.
CUE_SHARE = 0.8

_VTT_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t].*)?$")


def _is_cue(block: list[str]) -> bool:
    """Whether a block of lines is one cue: its only timecode line first, or second after an
    identifier (a cue number in SubRip)."""
    stamps = [k for k, ln in enumerate(block) if _TIMECODE.match(ln)]
    return len(stamps) == 1 and stamps[0] in (0, 1)


def unwrap_subtitles(text: str) -> str:
    """``text`` with a subtitle layout turned into paragraphs of speech (see the module doc);
    any other text unchanged. ``text`` is normalised (``\\n`` line ends). A text is read as
    subtitles only when it holds at least two cues and cues make :data:`CUE_SHARE` of its
    blocks: prose that quotes a timecode or two ("The first clip ran as follows:" and a
    timecode line) keeps its paragraphs and every line (round revB20)."""
    lines = text.split("\n")
    if sum(1 for ln in lines if _TIMECODE.match(ln)) < 2:
        return text
    blocks: list[list[str]] = []
    for line in lines:
        if not line.strip():
            if blocks and blocks[-1]:
                blocks.append([])
            continue
        if not blocks:
            blocks.append([])
        blocks[-1].append(line)
    blocks = [b for b in blocks if b]
    vtt = bool(blocks) and blocks[0][0].strip().split(" ")[0] == "WEBVTT"
    # a WebVTT header and its NOTE, STYLE and REGION blocks are no speech; a line of speech
    # opening "NOTE" in a SubRip cue is speech
    body = [
        b
        for k, b in enumerate(blocks)
        if not (vtt and (k == 0 or (_VTT_BLOCK.match(b[0].strip()) and not _is_cue(b))))
    ]
    cues = sum(1 for b in body if _is_cue(b))
    if cues < 2 or cues < CUE_SHARE * len(body):
        return text
    paragraphs: list[list[str]] = [[]]
    last_end: float | None = None
    for block in body:
        for k, line in enumerate(block):
            stamp = _TIMECODE.match(line)
            if stamp:
                start = _seconds(*stamp.group(1, 2, 3, 4))
                if last_end is not None and start - last_end >= PARAGRAPH_PAUSE and paragraphs[-1]:
                    paragraphs.append([])
                last_end = _seconds(*stamp.group(5, 6, 7, 8))
                continue
            if k == 0 and len(block) > 1 and _TIMECODE.match(block[1]):
                continue  # the cue's number or identifier, right above its timecode
            spoken = _TAG.sub("", line.strip()).strip()
            if spoken:
                paragraphs[-1].append(spoken)
    return "\n\n".join(" ".join(p) for p in paragraphs if p) + "\n"
