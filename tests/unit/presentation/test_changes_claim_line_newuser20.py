"""A new claim in "Changes since <date>" reads as its figure, what it counts and the event it
tells ("40 drones launched"); an event its words already name ("2,000 casualties") or no
event of its own ("other") adds no word, and the Word file shows the same line as the HTML."""

from __future__ import annotations

from typing import Any

import pytest

from briefbook.presentation.changes import _claim_change


def _claim(text: str, counts: str, event: str) -> dict[str, Any]:
    return {
        "text": text,
        "quantity": text.split()[0],
        "counts": counts,
        "event": event,
        "evidence": ["S3.1"],
        "source": "Harvo daily",
    }


@pytest.mark.parametrize(
    ("text", "counts", "event"),
    [
        ("2,000 casualties", "casualties", "casualties"),
        ("at least 260,000 people", "people", "other"),
        ("half", "", "other"),
    ],
)
def test_no_word_is_added_that_the_line_has_or_that_tells_nothing(text, counts, event):
    line = _claim_change(_claim(text, counts, event), {"S3.1"})
    assert line["text"] == text and line["event"] == ""


def test_near_miss_an_event_the_line_does_not_name_is_shown():
    line = _claim_change(_claim("at least 40 lives", "lives", "killed"), {"S3.1"})
    assert line["event"] == "killed"
    line = _claim_change(_claim("40 drones", "drones", "launched"), {"S3.1"})
    assert line["event"] == "launched"


def test_the_word_file_shows_the_line_as_the_html_does():
    import docx

    from briefbook.render.docx import _changes

    document = docx.Document()
    entry = _claim_change(_claim("40 drones", "drones", "launched"), {"S3.1"})
    entry["cites"] = [{"id": "S3.1", "href": "#s3-1"}]
    part = {
        "title": "Changes since 2025-06-01",
        "groups": [{"label": "New quantitative claims", "kind": "claims", "entries": [entry]}],
    }
    _changes(document, part, {})
    lines = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert lines == ["40 drones launched (Harvo daily) [S3.1]"]
