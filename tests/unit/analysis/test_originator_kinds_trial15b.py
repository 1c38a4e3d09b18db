"""Originators misread in a new-analyst trial on a border war between two neighbours (invented
sentences of the same shapes; no third-party text): a monitor that "tallied" or "documented"
a figure originates it, and never inherits the speaker of the sentence before."""

from __future__ import annotations

import pytest

from builders import originators_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Another monitoring group, the Northern Peace Observatory, tallied 410 attacks in "
            "2024 that killed 620 people.",
            "Northern Peace Observatory",
        ),
        ("The UN mission documented 60 civilian deaths in the district in March.", "UN mission"),
        ("Rights groups have documented 35 executions since the spring.", "Rights groups"),
    ],
)
def test_a_monitor_that_tallies_or_documents_a_figure_originates_it(text, body) -> None:
    assert originators_of(text) == [body]


def test_the_second_monitor_of_a_paragraph_is_its_own_originator() -> None:
    found = originators_of(
        (
            "According to the Border Conflict Institute, 2024 was the deadliest year in a decade.",
            "Another research body, the Valley Peace Centre, tallied 95 raids that killed "
            "120 people.",
        )
    )
    assert found == ["Border Conflict Institute", "Valley Peace Centre"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses main reads right: a place or a time that "recorded" a figure, people who
        # "counted on" something, a participle, a passive: no speaker
        "Ostland recorded its deadliest month in May, with 300 civilians killed.",
        "The province recorded 40 attacks last year, up from 25.",
        "Voters counted on the 20 new polling stations.",
        "The documented toll rose to 40 on Friday.",
        "Abuses were documented in 12 villages.",
    ],
)
def test_near_misses_have_no_originator(text) -> None:
    assert originators_of(text) == [None]


def test_an_explicit_speaker_still_wins_over_the_counters() -> None:
    assert originators_of("Medics counted 14 bodies at the scene, the agency said.") == ["agency"]


def _claim_origins(text: str) -> dict[object, str | None]:
    from briefbook.analysis.attribution import originators
    from briefbook.analysis.claims import find_claims

    origin = originators([("S1.1", text, 0)])["S1.1"]
    return {c.quantity: c.attributed_to for c in find_claims(text, "S1.1", attributed_to=origin)}


@pytest.mark.parametrize(
    "text",
    [
        "Both sides gave sharply different tolls on Monday, with Ostland claiming 14 of its "
        "soldiers were killed and over 90 rebels neutralised, while the rebel council asserted "
        "that 60 Ostland troops died.",
        "The two capitals traded figures, with Ostland claiming 14 soldiers were killed, whereas "
        "the Karsian defence ministry insisted that 60 Ostland troops died.",
        "Ostland claimed 14 soldiers were killed, while the rebel council asserted that 60 "
        "troops died.",
    ],
)
def test_each_side_of_two_contrasting_claims_keeps_its_own_figures(text) -> None:
    found = _claim_origins(text)
    assert found[14] == "Ostland"
    assert found[60] not in {None, "Ostland"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses main reads right: one speaker for every figure, or a first clause in the
        # writer's voice, keeps the sentence's originator
        (
            "The army said 12 soldiers died and 30 were wounded in the ambush near the pass.",
            {12: "army", 30: "army"},
        ),
        (
            "The army said 12 soldiers died, while the rebels said 40 soldiers were killed.",
            {12: "army", 40: "rebels"},
        ),
    ],
)
def test_near_misses_keep_one_speaker_per_clause(text, expected) -> None:
    found = _claim_origins(text)
    assert {q: found[q] for q in expected} == expected
