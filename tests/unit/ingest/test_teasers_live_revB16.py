"""A live page's entries are no teasers: a time over a headline and its paragraph, or over a
line of reporting, keeps the headline and the reporting; only a list of clips (a running
time and a caption, again and again, or at the page's end) is left out (review revB16;
invented pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import read_document

LIVE = """Live updates

09:15
Ministry confirms 12 dead in Vell shelling
The health ministry said 12 people were killed when shells hit a market in Vell on Monday morning.
10:02
President Aldo Venn to address the nation at noon
The presidency said the address would focus on the ceasefire.
"""

LIVE_LINES = """Update

14:30
The army said troops had entered the town of Vell and were clearing the last pockets of resistance in the old quarter
15:10
Residents reported heavy gunfire near the central mosque throughout the afternoon.
"""


def _read(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, "S1")


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (LIVE, "President Aldo Venn to address the nation at noon"),
        (LIVE_LINES, "troops had entered the town of Vell"),
    ],
)
def test_a_live_entry_after_its_time_stays(tmp_path: Path, page: str, kept: str) -> None:
    doc = _read(tmp_path, page)
    texts = [s.text for s in doc.sentences] + [h.text for h in doc.headings]
    assert any(kept in t for t in texts)
    assert not any(t in ("09:15", "10:02", "14:30", "15:10") for t in texts)  # times go


def test_a_list_of_clips_within_a_page_still_goes(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Convoy talks\n\nThe minister spoke for an hour on the convoys and the fuel shortage.\n"
        "00:41\nFloods cut the northern highway as rains persist\n"
        "02:13\nHarbour strike enters its second week\n"
        "The army said it had escorted 40 lorries to the capital on Sunday.\n",
    )
    texts = [s.text for s in doc.sentences] + [h.text for h in doc.headings]
    assert not any("Floods" in t or "Harbour strike" in t for t in texts)
    assert any("escorted 40 lorries" in t for t in texts)
