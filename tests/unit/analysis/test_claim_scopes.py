"""Scopes of figures (span, extent) and the unit of distances and durations (invented text)."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.scopes import find_scope, scope_facets, scope_gap, scopes_compatible


def _scope(text: str, figure: str) -> str | None:
    start = text.index(figure)
    return find_scope(text, start, start + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "span", "extent"),
    [
        ("More than 14,000 people have fled Korval since Friday, officials said.", "14,000",
         "since friday", None),
        ("More than 600,000 have fled the city since the start of the war.", "600,000", "war",
         "city"),
        ("Nationwide, the war has killed tens of thousands of people.", "tens of thousands",
         "war", "nation"),
        ("In the past 24 hours, 14 people were killed.", "14", "past 1 day", None),
        ("So far, 2,300 people have been killed.", "2,300", "to date", None),
        ("In 2024, 300 people were killed across the region.", "300", "2024", "region"),
        ("Since Sunday 26,000 have fled, while 40 were killed in the raid.", "40", None, None),
        ("Dozens were killed in the raid on the market.", "Dozens", None, None),
    ],
)  # fmt: skip
def test_find_scope(text, figure, span, extent):
    facets = scope_facets(_scope(text, figure))
    assert (facets.span, facets.extent) == (span, extent)


def test_scopes_compatible_and_gap():
    assert scopes_compatible("since Sunday", "since Sunday")
    assert not scopes_compatible("since Sunday", "since the start of the war")
    assert scopes_compatible("since the war began", "the war has killed")
    assert scopes_compatible("so far", "since the war began")  # an open running total
    assert not scopes_compatible("so far", "in the past 24 hours")
    assert not scopes_compatible("nationwide", "across the region")
    assert scopes_compatible(None, "since Sunday")
    assert scope_gap(None, "nationwide") and scope_gap(None, "the war has killed")
    assert not scope_gap(None, "so far") and not scope_gap(None, "from the city")
    assert not scope_gap("since Sunday", "since Sunday")


@pytest.mark.parametrize(
    ("text", "span", "counts", "qualifier"),
    [
        ("The town had endured a 14-month siege marked by hunger.", "14-month siege", "months",
         "siege"),
        ("Families walked to Ostra, 40 kilometres to the north.", "40 kilometres to the north",
         "km", "north"),
        ("Many headed toward Ostra, about 40 km north.", "about 40 km north", "km", "north"),
        ("The town endured 18 months of siege.", "18 months of siege", "months", "siege"),
        ("Eighteen months of siege left the town in ruins.", "Eighteen months of siege",
         "months", "siege"),
        ("Witnesses fled to camps thousands of kilometres apart.",
         "thousands of kilometres apart", "km", "apart"),
        ("Debris lay some 500 metres away.", "some 500 metres", "metres", None),
    ],
)  # fmt: skip
def test_distances_and_durations_count_their_unit(text, span, counts, qualifier):
    frames = [f for f in find_frames(text) if f.kind == "measure"]
    assert [(f.text, f.counts, f.qualifier) for f in frames] == [(span, counts, qualifier)]
    assert frames[0].scope is None  # a measure runs over no span


def test_counts_keep_their_scope():
    text = "Nationwide, the war has displaced nearly 9 million people."
    (frame,) = find_frames(text)
    assert frame.event == "displaced" and frame.scope == "Nationwide; the war has displaced"
