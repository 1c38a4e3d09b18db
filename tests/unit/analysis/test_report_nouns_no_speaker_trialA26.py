"""A plural noun spelt like a speech verb is no speaker of a relative clause (round trialA26):
in "the mission said ..., confirming that preliminary reports indicate at least 17 civilians
killed", "reports" is the subject of "indicate", so the figure is the mission's, never
"preliminary"'s. A relative clause whose speech verb is a verb keeps its speaker. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims


@pytest.mark.parametrize(
    "text",
    [
        "The mission said it is still assessing the toll, confirming that preliminary reports"
        " indicate at least 17 civilians killed and 346 wounded in Kelvo.",
        "The agency said the clashes had spread, adding that initial reports suggest 40 people"
        " were wounded near Vellmar.",
        "The mission said the clash, which early estimates suggest killed six soldiers, took"
        " place near Kelvo.",
    ],
)
def test_a_report_noun_leaves_the_figure_to_the_speaker(text: str) -> None:
    claims = find_claims(text, "S1.1", attributed_to="mission")
    assert claims
    assert all(c.attributed_to == "mission" for c in claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ambush, which police said killed six soldiers, took place near Kelvo.", "police"),
        (
            "The raid, which the agency reports killed six soldiers, took place near Kelvo.",
            "agency",
        ),
    ],
)
def test_a_speech_verb_in_a_relative_clause_keeps_its_speaker(text: str, speaker: str) -> None:
    claims = find_claims(text, "S1.1", attributed_to="mission")
    assert [c.attributed_to for c in claims] == [speaker]
