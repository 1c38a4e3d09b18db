"""Figures grouped in thousands by a space ("362 000", "1 250 000"), as many agencies and
French-style texts write them, read as one number; a space between two numbers that are not
one figure (a day of the month and a count, a year and a count) does not join them."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.numbers import find_quantities
from briefbook.analysis.quantities import read_quantity


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The camp population rose from 214 000 to over 309 000 in six weeks.", [214000, 309001]),
        ("Officials counted 48 500 sacks of grain in the depot.", [48500]),
        ("Some 1 250 000 residents lost power after the strike.", [1125000]),
        ("A convoy of 3\u00a0400 trucks reached the border.", [3400]),
        ("Relief groups registered 12\u202f600 families near the lake.", [12600]),
    ],
)
def test_space_grouped_thousands_are_one_number(text: str, values: list[float]) -> None:
    found = find_quantities(text)
    assert [q.low for q in found] == values, found


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # near misses: two numbers side by side, never one figure
        ("On March 3 100 rockets were fired at the port.", 3100),
        ("In 2023 400 families returned to the valley.", 2023400),
        ("Gunmen burned 14 100-year-old chapels in the hills.", 14100),
        ("The 5 brigades fielded 2,300 soldiers.", 52300),
        ("Route 7 300 metres north of the bridge was mined.", 7300),
    ],
)
def test_space_between_separate_numbers_does_not_join(text: str, joined: float) -> None:
    found = find_quantities(text)
    assert found, text
    assert all(joined not in (q.low, q.high) for q in found), found


def test_space_grouped_figures_make_one_claim_each() -> None:
    text = (
        "Between May and August the number of displaced people grew from 362 000 to over "
        "541 000, the agency said."
    )
    frames = find_frames(text)
    assert sorted(f.low for f in frames) == [362000, 541001], frames
    assert all(f.counts for f in frames), frames


def test_a_stated_figure_grouped_by_spaces_reads_whole() -> None:
    assert read_quantity("214 000")[0] == (214000, 214000)
    assert read_quantity("12\u00a0600 families")[0] == (12600, 12600)
    assert read_quantity("3 million")[0] == (3_000_000, 3_000_000)  # a scale, not a group
