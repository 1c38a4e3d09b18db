"""A key judgment must stand alone (invented sentences of the shape met in a new-analyst
trial on an offensive and an exodus): a subject with a relative clause between commas and
then "also" ("The explosion, which destroyed the depot, also left 290 wounded") adds to what
an earlier sentence said, as "The explosion also left 290 wounded" does. Near misses: "also"
joining two predicates after the relative clause, and a relative clause with no "also"."""

from __future__ import annotations

import pytest

from briefbook.assessment.readability import refers_back


@pytest.mark.parametrize(
    "text",
    [
        "The explosion, which destroyed the fuel store outside Vendra, also left 290 people wounded.",
        "The minister, who arrived in Kelvik on Monday, also met the envoy.",
        "The convoy, whose lorries carried flour, also brought 40 tonnes of medicine.",
    ],
)  # fmt: skip
def test_also_after_a_subject_with_a_relative_clause_refers_back(text: str) -> None:
    assert refers_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army shelled the port, which was empty, and also struck the bridge.",
        "The council, which meets weekly, approved the plan on Friday.",
    ],
)
def test_near_miss_also_joining_predicates_or_no_also_stands_alone(text: str) -> None:
    assert not refers_back(text)
