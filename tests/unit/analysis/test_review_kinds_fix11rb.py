"""Companies, teams and modifiers that the person cues read as persons, by kind, in
invented sentences, with the persons of each kind that must stay:

* the object of "appointed" or "killed": a firm appointed to advise or audit, a firm's
  staff killed ("appointed Ana Ruiz as minister" and "killed Tomas Ravel" stay persons);
* a deed after a name: a firm "resigned from" a group, a brand "died" in a market
  ("Ana Ruiz resigned from the cabinet", "Tarvo Kelmanov died" stay);
* lists of people: a club, a weekday or a company before a lower-case plural noun or a
  possessive ("the injured were Rovers fans", "the dead were Monday's commuters");
* a short form in brackets: a team's ("Westport Rangers (Rangers)", "Kingston United
  (United)") against a person's surname defined in a release ("Ravel Bontemps (Bontemps)").
"""

from __future__ import annotations

import pytest

from builders import people_of


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The trustees appointed Harrow Lindqvist to review the merger terms.", "Harrow Lindqvist"),
        (
            "The regulator appointed Brackwell Partners to audit the pension scheme.",
            "Brackwell Partners",
        ),
        ("Gunmen killed Tarrow Freight staff during the night raid.", "Tarrow Freight"),
        ("Militants killed Solvane Mining employees at the quarry.", "Solvane Mining"),
        ("Corran Trust resigned from the climate alliance last year.", "Corran Trust"),
        ("Halden Mutual resigned its seat on the lenders' forum.", "Halden Mutual"),
        ("Norvik Motor Works died in the domestic market.", "Norvik Motor Works"),
        ("The injured were Westport Rovers fans, officials said.", "Westport Rovers"),
        ("The dead were Thursday's commuters on the early train.", "Thursday"),
        ("The victims were Pellane Aviation employees, police said.", "Pellane Aviation"),
        ("The victims were Corvane employees, police said.", "Corvane"),
        ("Kingston United (United) lost to a late goal.", "Kingston United"),
        (
            "Westport Rangers (Rangers) beat Harbour Pirates (Pirates) on Sunday.",
            "Westport Rangers",
        ),
        ("Westport Rangers (Rangers) beat Harbour Pirates (Pirates) on Sunday.", "Harbour Pirates"),
        ("Lahore Falcons (Falcons) won the final by six wickets.", "Lahore Falcons"),
    ],
)
def test_no_person(tmp_path, text, absent):
    assert absent not in people_of(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The president appointed Daniel Okafor as defence minister.", "Daniel Okafor"),
        ("The council appointed Miriam Oduya to lead the inquiry.", "Miriam Oduya"),
        ("Police shot and killed Tomas Ravel outside his home.", "Tomas Ravel"),
        ("Gunmen killed Tarvo Kelmanov in the raid.", "Tarvo Kelmanov"),
        ("Ana Ruiz resigned from the cabinet on Monday.", "Ana Ruiz"),
        ("Months later Ilvar Moseni resigned as party chairman.", "Ilvar Moseni"),
        ("The slain guards were Hamid Ali, Yousaf and Jalal.", "Yousaf"),
        ("Tarvo Kelmanov died in custody last week.", "Tarvo Kelmanov"),
        ("The dead were Jomo Kariuki, Peter Otieno and Samuel Wekesa.", "Peter Otieno"),
        ("The injured were Ana Ruiz and her son, police said.", "Ana Ruiz"),
        ("Treasury sanctioned Ravel Bontemps (Bontemps) for funding the gangs.", "Ravel Bontemps"),
        ("OFAC designated Dimitri Castel (Castel) on Tuesday.", "Dimitri Castel"),
    ],
)
def test_person_stays(tmp_path, text, present):
    assert present in people_of(tmp_path, text)


def test_place_keeps_mention_beside_team(tmp_path):
    from builders import entities_of

    found = entities_of(tmp_path, "Lahore Falcons (Falcons) won the final in Lahore.")
    assert ("person", "Lahore Falcons") not in found
