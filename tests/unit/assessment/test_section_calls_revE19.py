""" "So" before the adjective opens a consequence, no call for action (review revE19 of round
trial21: "It is so critical to the economy that exports fell" was read as outlook)."""

from __future__ import annotations

from briefbook.assessment.section_rules import rule_labels


def test_so_before_the_adjective_is_a_consequence_no_call() -> None:
    assert rule_labels(["The port is so critical to Velan trade that exports fell."]) == [None]
    assert rule_labels(["It is so vital to the valley that the bridge was rebuilt."]) == [None]


def test_near_miss_another_intensifier_still_calls() -> None:
    assert rule_labels(["It is truly vital that the bridge be rebuilt before winter."]) == [
        "outlook"
    ]
