"""The checker (round left22, issue 12's leftovers; invented sentences):

* a capital that acts for its state ("Nairobi sent troops", "Kyiv has denied") is that
  state: supported by "Kenya"/"Kenyan" in the cited sentence, and an acting capital of the
  cited sentence supports its country's name; a capital as a place ("drones struck
  Nairobi") still needs its own name;
* the actor of a same verb: "Belvin forces attacked the depot" cited to "Tarsk forces
  attacked the depot" fails, though every name of the text is in the evidence elsewhere;
  the same actor in other words, an unnamed actor or a reported act passes.
"""

from __future__ import annotations

import pytest

from briefbook.assessment.checker import check_statement
from briefbook.model import Sentence


def check(text: str, cited: str):
    return check_statement(text + " [S3.4]", [Sentence(id="S3.4", source="S3", text=cited)])


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Nairobi sent 600 police officers to the mission.",
            "Kenya sent 600 police officers to the mission.",
        ),
        ("Nairobi has deployed 600 officers.", "Kenyan authorities deployed 600 officers."),
        ("Kenya sent 600 police officers.", "Nairobi sent 600 police officers, the envoy said."),
        ("Kyiv denied the report on Monday.", "Ukraine denied the report on Monday."),
        ("Ukrainian officials denied the report.", "Kyiv denied the report, officials said."),
    ],
)
def test_a_capital_acting_for_its_state_is_that_state(text, cited):
    result = check(text, cited)
    assert result.ok, result.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Drones struck Nairobi overnight.", "Drones struck Kenya overnight."),
        ("Protesters marched in Nairobi on Sunday.", "Protesters marched in Kenya on Sunday."),
        ("Flights from Kyiv have resumed.", "Flights from Ukraine have resumed."),
    ],
)
def test_near_miss_a_capital_as_a_place_needs_its_name(text, cited):
    result = check(text, cited)
    assert not result.ok and any("name" in r for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Belvin forces attacked the Corvin fuel depot.",
            "Tarsk forces attacked the Corvin fuel depot, Belvin officials said.",
        ),
        (
            "Tarsk artillery shelled Corvin on Monday.",
            "Belvin artillery shelled Tarsk positions near Corvin on Monday.",
        ),
        (
            "Nairobi seized the cargo ship.",
            "Somali forces seized the cargo ship off Kenya.",
        ),
    ],
)
def test_another_actor_of_the_same_verb_fails(text, cited):
    result = check(text, cited)
    assert not result.ok
    assert any("actor of" in r and "another actor" in r for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Belvin forces attacked the Corvin depot.", "Belvin troops struck the Corvin depot."),
        ("Belvin attacked the Corvin depot.", "Varn said Belvin attacked the Corvin depot."),
        ("The attack killed 12 people in Corvin.", "Tarsk missiles killed 12 people in Corvin."),
        ("Moscow shelled Kupiansk.", "Russian forces shelled positions near Kupiansk."),
        # a passive's actor is its agent (round left23): the same agent passes
        ("The depot was attacked by Tarsk.", "Tarsk forces attacked the depot, Belvin said."),
        ("A car bomb in Hadra killed 11 people.", "Tarsk militants killed 11 people in Hadra."),
        ("Belvin shelling killed six villagers.", "Six villagers died in shelling, Belvin said."),
    ],
)
def test_near_miss_the_same_or_an_unnamed_actor_passes_the_actor_rule(text, cited):
    result = check(text, cited)
    assert not any("actor of" in r for r in result.reasons), result.reasons
