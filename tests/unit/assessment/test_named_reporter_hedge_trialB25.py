""" "Reported" as the speech verb of a named source ("..., the Interior Ministry reported at
8.30am on Tuesday") says who tells the news and doubts nothing: it does not hedge the
statement; a passive, an attribute or a vague group ("clashes were reported", "the reported
strike", "Residents reported ...") still does (round trialB25: a ministry's evacuation count
was graded down as hedged). Invented sentences."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import statement_hedges


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 9,000 people have been moved from four districts along the border, the "
        "Interior Ministry reported at 8.30am on Tuesday.",
        "Kelvo News reported that the depot in Ostra burned overnight.",
        "Reuters has reported that 12 soldiers died near Ostra.",
        "The Vendran Interior Ministry reported 40 deaths in Ostra on Friday.",
    ],
)
def test_a_named_source_reporting_does_not_hedge(text) -> None:
    assert statement_hedges(text, ["reported"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Clashes were reported near the Ostra bridge on Friday.",
        "The reported strike hit a depot in Ostra.",
        "Residents reported hearing blasts near the depot.",
        "Officials reported that 12 soldiers died near Ostra.",
        "The ministry reported that 12 soldiers died near Ostra.",
        "Witnesses in Ostra reported that the depot burned.",
        # one named use, one passive: the passive still hedges
        "Kelvo News reported a strike on Friday, and more blasts were reported on Saturday.",
    ],
)
def test_a_passive_an_attribute_or_a_vague_group_still_hedges(text) -> None:
    assert statement_hedges(text, ["reported"]) == ["reported"]
