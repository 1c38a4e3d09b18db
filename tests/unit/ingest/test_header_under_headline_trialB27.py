"""Header lines standing as one paragraph right under a first-line headline in a .txt source
("Published:", "Publisher:", "Source: <url>", "Title:") are metadata, never sentences: they
were read as text ("Source: https://..." a sentence, "Publisher: Example News (via Wire)" a
person) and the publisher and URL were lost (round trialB27; invented text). Near misses: a
headline over a lone date line (left to the date-line rules), a paragraph that goes on with
other lines, and a headline written "Place: words" stay as they were."""

from __future__ import annotations

from pathlib import Path

from briefbook.ingest import load_documents

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


def test_header_lines_under_a_headline_are_metadata(tmp_path):
    doc = _read(
        tmp_path,
        "Militia takes the Osk crossing\nPublished: 2025-03-04\nPublisher: Vendra Daily "
        f"(via Example Wire)\nSource: https://example.org/news/osk\n\n{BODY}",
    )
    assert doc.title == "Militia takes the Osk crossing"
    assert doc.published == "2025-03-04"
    assert doc.publisher == "Vendra Daily (via Example Wire)"
    assert doc.url == "https://example.org/news/osk"
    assert _texts(doc)[0].startswith("The Harvo militia captured")
    assert not any("Source:" in t or "Publisher" in t or "example.org" in t for t in _texts(doc))


def test_header_lines_after_a_blank_line_under_the_headline(tmp_path):
    doc = _read(
        tmp_path,
        "Militia takes the Osk crossing\n\nSource: Example Wire\nDate: 2025-03-04\n\n" + BODY,
    )
    assert doc.title == "Militia takes the Osk crossing"
    assert doc.publisher == "Example Wire"
    assert doc.published == "2025-03-04"
    assert len(_texts(doc)) == 2


def test_a_headline_written_as_place_and_words_keeps_its_header(tmp_path):
    doc = _read(
        tmp_path,
        "Ostland: the militia takes the Osk crossing\nPublisher: Vendra Daily\n"
        f"URL: https://example.org/osk\n\n{BODY}",
    )
    assert doc.title == "Ostland: the militia takes the Osk crossing"
    assert doc.publisher == "Vendra Daily"
    assert doc.url == "https://example.org/osk"


def test_a_lone_date_line_under_a_headline_is_left_to_the_date_rules(tmp_path):
    doc = _read(tmp_path, f"Militia takes the Osk crossing\nPublished: 2025-03-04\n\n{BODY}")
    assert doc.title == "Militia takes the Osk crossing"
    assert doc.published == "2025-03-04"
    assert doc.publisher is None
    assert doc.date_origin == "dateline"


def test_a_paragraph_that_goes_on_with_prose_stays_text(tmp_path):
    doc = _read(
        tmp_path,
        "Militia takes the Osk crossing\nSource: Example Wire\nThe Harvo militia captured "
        "the river crossing at Osk on Sunday.\n\nThe garrison withdrew to the south.\n",
    )
    assert doc.publisher is None
    assert _texts(doc)[0] == "The Harvo militia captured the river crossing at Osk on Sunday."


def test_a_note_line_under_a_headline_stays_text(tmp_path):
    doc = _read(
        tmp_path, f"Militia takes the Osk crossing\nNote: figures are provisional.\n\n{BODY}"
    )
    assert doc.publisher is None
    assert any("figures are provisional" in t for t in _texts(doc))
