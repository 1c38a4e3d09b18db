"""Originators of speakers set apart from their verb, and of speakers a pronoun or a record
names: the kinds found among round 7's held-out errors, one invented case or two each.

Every sentence here is invented, of the same shape as the errors (no third-party text)."""

from __future__ import annotations

from briefbook.analysis.hedges import attribution
from builders import names_word as _has
from builders import originators_of as _run


def test_dash_apposition_between_speaker_and_verb() -> None:
    source, _ = attribution(
        "The Coastal Press Directorate - the press office of the navy - said that 12 boats "
        "were sunk."
    )
    assert _has(source, "Coastal Press Directorate")
    assert not _has(source, "navy")


def test_em_dash_apposition_without_spaces() -> None:
    source, _ = attribution("The Velm Rescue Corps\u2014a volunteer body\u2014said 9 were hurt.")
    assert _has(source, "Velm Rescue Corps")


def test_relative_clause_after_a_role_speaker() -> None:
    source, _ = attribution(
        '"Six people died on the bus," a local nurse, whose brother was wounded, said.'
    )
    assert _has(source, "nurse")


def test_it_said_after_a_dash_apposition_names_the_body_not_the_aside() -> None:
    got = _run(
        "Three guards were killed at the depot, the army said.",
        "The Joint Press Relations Bureau - the media arm of the army - said raiders hit two "
        "depots.",
        "Two guards were killed at the second depot, it said.",
    )
    assert _has(got[1], "Press Relations Bureau")
    assert _has(got[2], "Press Relations Bureau")


def test_a_body_name_after_a_body_word_stays_whole() -> None:
    source, _ = attribution("The Inter Services Public Relations said four soldiers died.")
    assert _has(source, "Inter Services Public Relations")
    # a given name after the body's word is a person of that body
    source, _ = attribution("Security Service Anna Kovar said two agents were held.")
    assert _has(source, "Anna Kovar") and not _has(source, "Service")


def test_he_alleged_after_a_person_introduced_without_a_speech_verb() -> None:
    got = _run(
        (
            "Teo Marsh, a spokesman for the Red Hill militia, told reporters the figures were "
            "false.",
            '"They have not killed ten of us," he said.',
        ),
        (
            "Ivo Dane, another militia representative based in Sorn, offered a counterclaim, "
            "asserting that the army lost far more.",
            "He alleged that 400 soldiers were killed and 90 captured.",
        ),
    )
    assert _has(got[1], "Marsh")
    assert _has(got[3], "Dane")


def test_a_record_that_registered_figures() -> None:
    (got,) = _run("An ACLED record registered a total of 9 attacks in March.")
    assert _has(got, "ACLED")
