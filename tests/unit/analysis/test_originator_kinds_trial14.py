"""Originators misread in a new-analyst trial on a border war (invented sentences of the same
shapes; no third-party text): an auxiliary is no part of the body that revised a toll, a
possessive before "reported" is no speaker, "citing" a reason names no source, and the person
a statement "quoted ... as saying" is the originator."""

from __future__ import annotations

import pytest

from briefbook.analysis.hedges import attribution
from builders import originators_of


def test_a_body_that_has_revised_a_toll_is_the_originator_without_its_auxiliary() -> None:
    found = originators_of(
        "The Health Ministry has revised the toll from the floods in three districts to 14 "
        "deaths and 20 injuries, most of them farmers.",
    )
    assert found == ["Health Ministry"]


@pytest.mark.parametrize(
    "text",
    [
        "Premier Ivar Tessel voiced dismay over Ostland's reported use of force against Karsia.",
        "The envoy criticised the rebels' claimed gains along the river.",
    ],
)
def test_a_possessive_before_a_participle_is_no_speaker(text: str) -> None:
    assert attribution(text)[0] is None


def test_a_possessive_subject_still_speaks() -> None:
    assert attribution("Ostland's army reported that two posts fell.")[0] == "Ostland's army"


@pytest.mark.parametrize(
    "text",
    [
        "Karsian Premier Condemns Ostland Shelling, Citing Civilian Deaths and Clinic Strikes",
        "The army closed the mountain road on Monday, citing security concerns.",
    ],
)
def test_citing_a_reason_names_no_source(text: str) -> None:
    assert originators_of((text,)) == [None]


def test_citing_a_body_still_names_it() -> None:
    found = originators_of(("Two posts fell on Monday, state media said, citing the army.",))
    assert found == ["army"]


def test_the_person_a_statement_quoted_is_the_originator() -> None:
    found = originators_of(
        '"We will weigh ties further," a government statement quoted Mr Ivar Tessel, who is '
        "also premier, as saying."
    )
    assert found == ["Ivar Tessel"]
