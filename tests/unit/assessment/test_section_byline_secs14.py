"""The section classifier's byline flag (invented lines, no third-party text): a byline is
"By <name>" opening a short line, optionally with an outlet, a place or a date; a sentence
that opens with "By" and a capital (a time, a year, a connective, a count) is none."""

from __future__ import annotations

import pytest

from briefbook.assessment.section_features import lexical_features, lexical_names
from briefbook.ingest.plain import is_byline

BYLINES = [
    "By Jim Dorrance",
    "By Ana Sol and Mark Dorn, Reuters, 7 January 2025",
    "By Ana Sol | Nov. 12, 2024",
    "Reporting by Ana Sol in Dravno; Editing by Mark Dorn",
    "Written by Lina Vos for the Ostland Herald",
    "By Mark Dorn in Kyiv and Lina Vos in Moscow",
    "By Ana Sol, Senior Fellow, Centre for Maritime Studies",
    "By the Associated Press",
]
SENTENCES = [
    "By Tuesday, troops had crossed the river into the northern district.",
    "By contrast, the navy lost two patrol boats in a week.",
    "By Contrast, the coast guard kept its ships in port.",
    "By 2030 the army will field a new drone corps.",
    "By March, Ostland had moved two brigades to the pass.",
    "By Ukrainian estimates, Russia lost 1,000 troops in the assault.",
    "By Nightfall the rebels held the bridge",
    "By Kyiv's count, 40 drones were downed overnight.",
    "By October 2024 the militia had taken the airfield.",
]


@pytest.mark.parametrize("line", BYLINES)
def test_a_byline_is_a_byline(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_opening_with_by_is_no_byline(line: str) -> None:
    assert not is_byline(line)


def test_the_classifier_byline_flag_fires_on_bylines_only() -> None:
    col = lexical_names().index("shape:byline")
    rows = lexical_features(BYLINES + SENTENCES)
    assert rows[: len(BYLINES), col].tolist() == [1.0] * len(BYLINES)
    assert rows[len(BYLINES) :, col].tolist() == [0.0] * len(SENTENCES)
