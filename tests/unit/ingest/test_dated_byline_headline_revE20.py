"""A Title-Case headline with a date on a piece's first line ("Ceasefire Talks Resume - 7
January 2025") stays its title: only words that read as an outlet's name (ending as one does,
"Example News"; a listed organisation or agency, "Al Jazeera"; in capitals) make the line a
dated byline that is no title (round revE20 of newuser20's first-line byline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import load_documents
from briefbook.ingest.plain import dated_byline

BODY = (
    "The Harvo militia captured the river crossing at Osk on Sunday after a week of "
    "shelling. The garrison withdrew to the south, the regional council said.\n"
)


def _read(tmp_path: Path, text: str):
    path = tmp_path / "piece.txt"
    path.write_text(text)
    (doc,) = load_documents([path])
    return doc


@pytest.mark.parametrize(
    "line",
    [
        "Ceasefire Talks Resume - 7 January 2025",
        "Ceasefire Talks Resume | 7 January 2025",
        "Weekly Security Brief, 7 January 2025",
        "7 January 2025 - Ceasefire Talks Resume",
        "Situation Report No. 12 - 7 January 2025",
    ],
)
def test_a_title_case_headline_with_a_date_stays_the_title(tmp_path, line):
    assert dated_byline(line, outlet_only=True) is None
    doc = _read(tmp_path, f"{line}\n\n{BODY}")
    assert doc.title == line
    assert doc.publisher is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Al Jazeera, 7 January 2025", "Al Jazeera"),
        ("7 January 2025 | Reuters", "Reuters"),
        ("The Kyiv Independent - 7 January 2025", "The Kyiv Independent"),
    ],
)
def test_near_miss_an_outlet_named_beside_the_date_is_a_byline(tmp_path, line, publisher):
    doc = _read(tmp_path, f"{line}\n\nMilitia takes the Osk crossing\n\n{BODY}")
    assert (doc.published, doc.date_origin) == ("2025-01-07", "dateline")
    assert doc.title == "Militia takes the Osk crossing"
    assert doc.publisher == publisher


def test_a_timeline_entry_with_its_date_first_dates_nothing(tmp_path):
    # a dated entry under the title is an event of the piece, not its byline: it stays text
    text = (
        "Osk offensive: a timeline\n\nThe fighting around Osk went through three phases, the "
        "council said.\n\n3 January 2025 – Rebels enter Osk\n\n7 January 2025 – Garrison "
        f"withdraws\n\n{BODY}"
    )
    doc = _read(tmp_path, text)
    assert doc.date_origin != "dateline" and doc.publisher is None
    assert "3 January 2025 – Rebels enter Osk" in [s.text for s in doc.sentences]


def test_near_miss_a_byline_with_its_date_first_under_the_title_dates_the_piece(tmp_path):
    text = f"Militia takes the Osk crossing\n\nJanuary 7, 2025 | Tarvia Policy Journal\n\n{BODY}"
    doc = _read(tmp_path, text)
    assert (doc.published, doc.publisher) == ("2025-01-07", "Tarvia Policy Journal")
