"""A byline that dates the piece, on its very first line, above the headline or the text:
"October 30, 2025 | Example Journal" (date first) or "Example News, 7 January 2025". It
dates the source and names its publisher; it is never the title, and the headline under it
is."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import load_documents
from briefbook.ingest.plain import dated_byline

BODY = (
    "The Harvo militia captured the river crossing at Osk on Sunday after a week of "
    "shelling. The garrison withdrew to the south, the regional council said.\n"
)


def _read(tmp_path: Path, text: str, name: str = "piece.txt"):
    path = tmp_path / name
    path.write_text(text)
    (doc,) = load_documents([path])
    return doc


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("October 30, 2025 | Tarvia Policy Journal", "Tarvia Policy Journal"),
        ("30 October 2025 - Tarvia Policy Journal", "Tarvia Policy Journal"),
        ("Oct. 30, 2025 — The Osk Observer", "The Osk Observer"),
        ("Tarvia Policy Journal, 30 October 2025", "Tarvia Policy Journal"),
        ("Tarvia Policy Journal | October 30, 2025", "Tarvia Policy Journal"),
    ],
)
def test_a_dated_byline_above_the_headline_dates_the_piece(tmp_path, line, publisher):
    doc = _read(tmp_path, f"{line}\n\nMilitia takes the Osk crossing\n\n{BODY}")
    assert (doc.published, doc.date_origin) == ("2025-10-30", "dateline")
    assert doc.title == "Militia takes the Osk crossing"
    assert doc.publisher == publisher
    assert doc.sentences[0].text.startswith("The Harvo militia captured")


def test_a_dated_byline_above_the_text_alone_dates_it(tmp_path):
    doc = _read(tmp_path, f"October 30, 2025 | Tarvia Policy Journal\n\n{BODY}")
    assert (doc.published, doc.date_origin) == ("2025-10-30", "dateline")
    assert all("Tarvia Policy Journal" not in s.text for s in doc.sentences)


def test_near_miss_a_headline_with_a_date_stays_the_title(tmp_path):
    # lower-case words beside the date: a headline, not an outlet
    line = "Militia takes the Osk crossing - 30 October 2025"
    doc = _read(tmp_path, f"{line}\n\n{BODY}")
    assert doc.title == line
    assert doc.date_origin != "dateline"


def test_near_miss_a_date_alone_on_the_first_line_is_no_byline():
    assert dated_byline("Thursday, 30 October 2025") is None
    assert dated_byline("October 30, 2025 | Militia takes the crossing at Osk.") is None


def test_near_miss_a_place_in_capitals_dates_but_names_no_publisher(tmp_path):
    doc = _read(tmp_path, f"OSK, 30 October 2025\n\nMilitia takes the Osk crossing\n\n{BODY}")
    assert doc.published == "2025-10-30" and doc.publisher is None
    assert doc.title == "Militia takes the Osk crossing"
