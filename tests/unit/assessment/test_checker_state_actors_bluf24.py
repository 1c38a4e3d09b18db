"""The checker's names that stand for a state (round bluf24; invented sentences, real
state names and the services and seats of ``data/state_actors.yaml``,
``data/services.yaml``):

* a head of state or government standing for his state where the evidence names him with
  his title and that state ("Russian President Vladimir Putin ... Putin condemned" carries
  "Russia condemned"; revB24: no list of persons), in the name rule and the actor rule
  alike; the other way round the person is not in the evidence;
* a state's intelligence or security service or armed force named by its acronym ("the
  IRGC struck", "the FSB detained") acts for its state; a force at war with the state's
  army (``not_state_bodies``: "the RSF") does not;
* a government's seat of power (a defence ministry's building, a head of government's
  residence: "the Pentagon", "Downing Street") stands for its government as the capital
  and the head of state's seat already did, both ways.

Near misses: another state's leader, service or seat, a surname with no title in the
evidence ("Putin condemned" alone), a title of another state, a leader or seat named but not acting
("after Putin's visit", "protesters outside Downing Street"), a leader reporting another's
act ("Putin said Ukraine struck") still fail.
"""

from __future__ import annotations

import pytest
from tests.builders import check_cited as check
from tests.builders import names_other_actor as other_actor


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a leader for his state, named with his title and state in the evidence
        (
            "Russia condemned the strike on the dam.",
            "Russian President Vladimir Putin arrived in Minsk. Putin condemned the strike on the dam.",
        ),
        (
            "The United States rejected the truce plan.",
            "US President Donald Trump rejected the truce plan.",
        ),
        (
            "Turkey welcomed the prisoner exchange.",
            "Erdogan, Turkey's president, welcomed the prisoner exchange.",
        ),
        # a state's service or army by its acronym
        ("Iran struck the camp near the border.", "The IRGC struck the camp near the border."),
        ("Russia detained the reporter in Tovarsk.", "The FSB detained the reporter in Tovarsk."),
        ("Israel struck the convoy at dawn.", "The IDF struck the convoy at dawn."),
        (
            "Iran struck the camp near the border.",
            "The Islamic Revolutionary Guard Corps (IRGC) struck the camp near the border.",
        ),
        # a seat of power for its government, both ways
        ("The United States condemned the raid.", "The Pentagon condemned the raid."),
        ("The Pentagon condemned the raid.", "The United States condemned the raid."),
        ("Britain condemned the raid.", "Downing Street condemned the raid."),
        ("Downing Street condemned the raid.", "Britain condemned the raid."),
        ("France rejected the ceasefire plan.", "Matignon rejected the ceasefire plan."),
        ("Russia condemned the raid.", "The Kremlin condemned the raid."),
        ("The Kremlin condemned the raid.", "Russia condemned the raid."),
    ],
)
def test_faithful_paraphrases_pass(text: str, cited: str) -> None:
    result = check(text, cited)
    assert result.ok, result.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # another state's leader, service or seat
        (
            "Ukraine condemned the strike on the dam.",
            "Russian President Vladimir Putin condemned the strike on the dam.",
        ),
        # a surname with no title and state in the evidence names nobody's state
        ("Russia condemned the strike on the dam.", "Putin condemned the strike on the dam."),
        ("Turkey welcomed the prisoner exchange.", "Erdogan welcomed the prisoner exchange."),
        # the title is another state's
        (
            "Iran condemned the raid.",
            "Iraqi Prime Minister Ali Karsan met envoys. Karsan condemned the raid.",
        ),
        ("Israel struck the convoy at dawn.", "The IRGC struck the convoy at dawn."),
        ("Iran struck the camp near the border.", "The FSB struck the camp near the border."),
        ("France condemned the raid.", "Downing Street condemned the raid."),
        ("Israel condemned the raid.", "The Pentagon condemned the raid."),
        # a force at war with the state's army is not the state
        ("Sudan attacked the camp near Tawila.", "The RSF attacked the camp near Tawila."),
        # the person, the service named in the statement is not in the evidence
        ("Putin condemned the strike on the dam.", "Russia condemned the strike on the dam."),
        ("The IRGC struck the camp near the border.", "Iran struck the camp near the border."),
        # named but not acting: a visit, a place
        (
            "Russia condemned the strike on the dam.",
            "After Putin's visit, Ukraine condemned the strike on the dam.",
        ),
        (
            "Britain condemned the raid.",
            "Protesters outside Downing Street condemned the raid.",
        ),
    ],
)
def test_wrong_actors_fail(text: str, cited: str) -> None:
    assert not check(text, cited).ok


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a leader, a seat or a service reporting another's act: the act is the other's
        ("Russia struck the depot.", "Putin said Ukraine struck the depot."),
        ("Russia struck the depot.", "The Kremlin said Ukraine struck the depot."),
        ("Iran struck the tanker.", "Mossad struck the tanker, the IRGC said."),
        ("Sudan attacked the camp.", "The RSF attacked the camp, the Sudanese army said."),
        # a state's service or army speaking before the act's actor
        ("Iran struck the tanker.", "The IRGC said Mossad struck the tanker."),
        ("China shelled the outpost.", "The PLA said Taiwan shelled the outpost."),
    ],
)
def test_speaking_for_a_state_is_not_acting(text: str, cited: str) -> None:
    result = check(text, cited)
    assert not result.ok
    assert other_actor(result), result.reasons
