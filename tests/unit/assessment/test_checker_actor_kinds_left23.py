"""The checker's rule of another actor of the same verb (round left23; invented sentences):

* a passive predicate's actor is its agent ("the depot was shelled by Tarsk gunners"), in
  the judgment and in the cited sentence alike: another agent fails, the same one passes,
  and a passive without an agent names no actor;
* a body named by an acronym of the capitalised words of a name that spans function words
  ("MJK" for "the Movement for Justice in Kelvar") is that body, and an acronym in
  brackets after a body's name before the verb is part of its actor ("the Tarsk
  Liberation Front (TLF) attacked": no longer an unknown actor);
* a state's army named by its acronym (``forces`` of data/gazetteer.yaml with their
  country: "the PLA") and a seat of power (``head_offices`` of data/claims.yaml: "the
  Kremlin", "the White House") act for their state, as its capital does.

Near misses: another state, another group, another agent still fail.
"""

from __future__ import annotations

import pytest
from tests.builders import check_cited as check
from tests.builders import names_other_actor as other_actor


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "The depot was shelled by Halvin rebels.",
            "Tarsk gunners shelled the depot, which Halvin rebels held.",
        ),
        (
            "Halvin rebels shelled the depot.",
            "The depot, which Halvin rebels held, was shelled by Tarsk gunners.",
        ),
        (
            "The MJK attacked the depot.",
            "The Tarsk Liberation Front attacked the depot, an MJK base.",
        ),
        (
            "The MJK attacked the depot.",
            "The Tarsk Liberation Front (TLF) attacked the depot, an MJK base.",
        ),
        (
            "Vietnamese forces seized the reef.",
            "The PLA seized the reef on Tuesday, Vietnamese media said.",
        ),
        ("Ukraine rejected the offer.", "The Kremlin rejected the offer, Ukraine's envoy said."),
        (
            "Iran rejected the offer.",
            "The White House rejected the offer on Monday, Iran said.",
        ),
    ],
)
def test_another_actor_named_so_fails(text, cited):
    result = check(text, cited)
    assert other_actor(result), result.reasons


def test_the_reason_names_the_passive_agent():
    result = check(
        "Halvin rebels shelled the depot.",
        "The depot, which Halvin rebels held, was shelled by Tarsk gunners.",
    )
    assert any("'Tarsk shelled'" in r for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("The depot was shelled by Tarsk gunners.", "Tarsk gunners shelled the depot on Sunday."),
        ("Tarsk gunners shelled the depot.", "The depot was shelled by Tarsk gunners on Sunday."),
        ("The depot was shelled overnight.", "Tarsk gunners shelled the depot on Sunday."),
        (
            "The MJK attacked the depot.",
            "The Movement for Justice in Kelvar attacked the depot on Sunday, an MJK "
            "statement said.",
        ),
        (
            "The MJK attacked the depot.",
            "The Movement for Justice in Kelvar (MJK) attacked the depot.",
        ),
        (
            "The TLF attacked the depot.",
            "The Tarsk Liberation Front (TLF) attacked the depot, an MJK base.",
        ),
        (
            "Chinese forces seized the reef.",
            "The PLA seized the reef on Tuesday, Chinese media said.",
        ),
        ("Russia rejected the offer.", "The Kremlin rejected the offer, Russia's envoy said."),
        (
            "The US rejected the offer.",
            "The White House rejected the offer on Monday, US officials said.",
        ),
    ],
)
def test_a_faithful_paraphrase_passes(text, cited):
    result = check(text, cited)
    assert result.ok, result.reasons
