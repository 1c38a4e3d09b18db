"""A new claim's line in "Changes since <date>" adds no event a cue of its words already
names ("1,200 deaths", not "1,200 deaths killed"; round revE20 of newuser20's line)."""

from __future__ import annotations

import pytest

from briefbook.presentation.changes import _claim_change


def _line(text: str, counts: str, event: str) -> dict:
    claim = {"text": text, "quantity": text.split()[0], "counts": counts, "event": event}
    return _claim_change(claim | {"evidence": ["S3.1"], "source": "Harvo daily"}, {"S3.1"})


@pytest.mark.parametrize(
    ("text", "counts", "event"),
    [
        ("1,200 deaths", "deaths", "killed"),
        ("40 dead", "dead", "killed"),
        ("about 300 injured", "injured", "wounded"),
        ("12 arrests", "arrests", "detained"),
    ],
)
def test_an_event_a_cue_of_the_line_names_adds_no_word(text, counts, event):
    line = _line(text, counts, event)
    assert line["text"] == text and line["event"] == ""


def test_near_miss_a_cue_of_another_event_keeps_the_event():
    # "injured" names wounded, not killed: the line says both
    assert _line("40 injured", "injured", "killed")["event"] == "killed"
