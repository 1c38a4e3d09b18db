"""A line that only dates the piece under a headline in a .txt source ("Published:
2025-03-04", "Updated 5 March 2025") is the source's date, never text: it was joined to the
headline as one title sentence (round left22, issue 10's leftovers). A line that says more
than a date after the same word is prose and stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import load_documents
from briefbook.ingest.plain import date_line

BODY = (
    "The Harvo militia captured the river crossing at Osk on Sunday after a week of "
    "shelling. The garrison withdrew to the south, the regional council said.\n"
)


def _read(tmp_path: Path, text: str):
    path = tmp_path / "piece.txt"
    path.write_text(text)
    (doc,) = load_documents([path])
    return doc


def _texts(doc) -> list[str]:
    return [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published: 2025-03-04", "2025-03-04"),
        ("Published 4 March 2025", "2025-03-04"),
        ("Updated: March 5, 2025", "2025-03-05"),
        ("Last updated 5 March 2025", "2025-03-05"),
        ("Posted on 4 March 2025 | Updated 6 March 2025", "2025-03-04"),
    ],
)
def test_a_date_line_under_a_headline_dates_the_source(tmp_path, line, iso):
    doc = _read(tmp_path, f"Militia takes the Osk crossing\n{line}\n\n{BODY}")
    assert doc.title == "Militia takes the Osk crossing"
    assert doc.published == iso
    assert not any(iso[:4] in t or "Published" in t or "pdated" in t for t in _texts(doc))


def test_a_date_line_between_headline_and_body_in_one_paragraph(tmp_path):
    doc = _read(tmp_path, f"Militia takes the Osk crossing\nPublished: 2025-03-04\n{BODY}")
    assert doc.title == "Militia takes the Osk crossing"
    assert doc.published == "2025-03-04"
    assert _texts(doc)[0].startswith("The Harvo militia captured")


@pytest.mark.parametrize(
    "line",
    [
        "Updated casualty figures came on 4 March 2025 from the council.",
        "Published reports on 4 March 2025 named the commander.",
    ],
)
def test_near_miss_a_line_saying_more_than_a_date_stays_prose(tmp_path, line):
    assert date_line(line) is None
    doc = _read(tmp_path, f"Militia takes the Osk crossing\n\n{line}\n{BODY}")
    assert any(t.startswith(line.split()[0]) for t in _texts(doc))
    assert doc.published != "2025-03-04"
