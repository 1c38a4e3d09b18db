"""One reader of header lines under a headline (round revA27: trialA27 and trialB27 each
wrote one). A header value of prose is text, never the publisher ("Source: officials say
...", "Source: a senior official said ..."); one label glued to prose without a blank line
stays text, a block of two labels over prose is the header; a "Title:" line under the
headline is taken out and the headline the reader sees stays the title. Every text here is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import load_documents

BODY = (
    "The Harvo militia captured the river crossing at Osk on Sunday. The garrison withdrew "
    "to the south, the council said.\n"
)


def _read(tmp_path: Path, text: str, suffix: str = ".txt"):
    path = tmp_path / f"piece{suffix}"
    path.write_text(text)
    (doc,) = load_documents([path])
    return doc


@pytest.mark.parametrize(
    "text",
    [
        "Militia takes Osk\nSource: officials in the capital\n\n" + BODY,
        "Militia takes Osk\n\nSource: a senior official said the garrison left before dawn\n\n"
        + BODY,
        "Militia takes Osk\nPublisher: officials say the talks collapsed\n\n" + BODY,
        "Source: officials say the talks collapsed\n\n" + BODY,
    ],
)
def test_a_header_value_of_prose_is_no_publisher(tmp_path: Path, text: str) -> None:
    assert _read(tmp_path, text).publisher is None


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Militia takes Osk\nSource: Ministry of Defence press office\n\n" + BODY,
            "Ministry of Defence press office",
        ),
        ("Militia takes Osk\nPublisher: gov.example\n\n" + BODY, "gov.example"),
        ("Source: Example Wire\nPublished: 2025-03-04\n\n" + BODY, "Example Wire"),
    ],
)
def test_a_header_value_that_names_a_body_is_the_publisher(
    tmp_path: Path, text: str, publisher: str
) -> None:
    assert _read(tmp_path, text).publisher == publisher


def test_one_label_glued_to_prose_stays_text_two_are_a_header(tmp_path: Path) -> None:
    one = _read(
        tmp_path,
        "Militia takes Osk\nPublisher: Vendra Daily\nThe militia captured the crossing.\n\n"
        "The garrison withdrew.\n",
    )
    assert one.publisher is None
    two = _read(
        tmp_path,
        "Militia takes Osk\nAuthor: Ana Sol\nPublisher: Vendra Daily\nThe militia captured "
        "the crossing.\n\nThe garrison withdrew.\n",
    )
    assert (two.publisher, two.author, two.title) == (
        "Vendra Daily",
        "Ana Sol",
        "Militia takes Osk",
    )
    assert [s.text for s in two.sentences][0] == "The militia captured the crossing."


def test_a_title_line_under_the_headline_is_no_text_and_no_second_title(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Militia takes Osk\nTitle: Militia takes the Osk crossing\nSource: Example Wire\n\n" + BODY,
    )
    assert doc.title == "Militia takes Osk"
    assert doc.publisher == "Example Wire"
    assert [s.text for s in doc.sentences][0].startswith("The Harvo militia")


def test_a_header_under_a_markdown_heading_after_front_matter(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "---\ntitle: Militia takes Osk\n---\n# Militia takes Osk\nPublisher: Vendra Daily\n\n"
        + BODY,
        ".md",
    )
    assert (doc.title, doc.publisher) == ("Militia takes Osk", "Vendra Daily")
    assert not any("Publisher" in s.text for s in doc.sentences)


def test_a_note_line_after_the_header_keeps_the_paragraph_as_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Militia takes Osk\n\nPublisher: Vendra Daily\nNote: figures are provisional.\n\n" + BODY,
    )
    assert doc.publisher is None
    assert any("provisional" in s.text for s in doc.sentences)
