"""Header lines under a headline (round trialA27): a .txt source written as a headline, a
date line and a ``Publisher:`` (or ``Author:``, ``Source:``, ``URL:``) line fills the
publisher and author as header lines at the very top do; the line is never a sentence nor
the heading of the text (the publisher of an official release was a sentence of the
appendix, and the release had no publisher's voice). A line of prose that opens with the
same word, or such a line further down, stays text. Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.ingest import load_documents

BODY = (
    "The carrier entered the gulf on Sunday, the command said. The crews were told to "
    "stay at sea for weeks.\n"
)


def _read(tmp_path: Path, text: str):
    path = tmp_path / "piece.txt"
    path.write_text(text)
    (doc,) = load_documents([path])
    return doc


@pytest.mark.parametrize(
    "head",
    [
        "Carrier group enters the gulf\nPublished: 2025-11-16\nPublisher: Kestan Naval Command\n\n",
        "Carrier group enters the gulf\nPublisher: Kestan Naval Command\nPublished: 2025-11-16\n\n",
        "Carrier group enters the gulf\n\nPublished: 2025-11-16\nPublisher: Kestan Naval Command\n\n",
        "Carrier group enters the gulf\nPublished: 2025-11-16\nPublisher: Kestan Naval Command\n",
    ],
)
def test_a_publisher_line_under_a_headline_is_metadata(tmp_path: Path, head: str) -> None:
    doc = _read(tmp_path, head + BODY)
    assert doc.title == "Carrier group enters the gulf"
    assert doc.published == "2025-11-16"
    assert doc.publisher == "Kestan Naval Command"
    texts = [s.text for s in doc.sentences]
    assert texts[0].startswith("The carrier entered the gulf"), texts
    assert not any("Publisher" in t or "Kestan Naval" in t for t in texts), texts
    assert not any("Publisher" in (s.heading or "") for s in doc.sentences)


def test_an_author_line_under_a_headline_is_metadata(tmp_path: Path) -> None:
    doc = _read(
        tmp_path, "Carrier group enters the gulf\nPublished: 2025-11-16\nAuthor: Ana Sol\n\n" + BODY
    )
    assert doc.author == "Ana Sol"
    assert not any("Ana Sol" in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph of prose after the headline that opens like a header line
        "Carrier group enters the gulf\nPublished: 2025-11-16\n\nSource: a senior official "
        "who spoke on condition of anonymity said the carrier would stay for weeks.\n\n" + BODY,
        # a label line further down, in the body
        "Carrier group enters the gulf\nPublished: 2025-11-16\n\n"
        + BODY
        + "\nPublisher: Kestan Naval Command\n",
    ],
)
def test_prose_or_a_later_line_stays_text(tmp_path: Path, text: str) -> None:
    doc = _read(tmp_path, text)
    assert doc.publisher is None
    assert any(("Source:" in s.text or "Publisher:" in s.text) for s in doc.sentences), [
        s.text for s in doc.sentences
    ]
