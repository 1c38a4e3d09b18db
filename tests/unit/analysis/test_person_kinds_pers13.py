"""Persons missed on unseen reporting, by kind: a name set off after a role phrase at the
end of its clause ("the commander of the unit at the time, X."), a name after an office
whose portfolio ends on a plural ("Minister for Foreign Affairs X"), lists of the dead by
rank in the plural and with ages ("Staff Sergeants X, 39 and Y"), a one-word name first in a
list of the identified, "identified one as X", "supporters of X", a role given by a copula
("X is a senior commander"), a kunya and one name before a role apposition ("Abu X, a
spokesman"), a trade of conflict reporting before a name ("gendarme X"), a particle name
with an apostrophe for the ayn ("al-Ja'fari") and a second name ending on a particle name
("also known as Kadim al-Nuri"). Each with guards: places, bodies, ships, months and
sentence-opening words that must stay no person. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import people_of

_people = people_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name set off after a role phrase, ending the clause
        (
            "The inquiry forced out the commander of the unit at the time, Tavo Rendel.",
            {"Tavo Rendel"},
        ),
        (
            "The motion was backed by the deputy of the Green Party, Marit Vasko.",
            {"Marit Vasko"},
        ),
        (
            "Northern Zone Police Commander (NZPC), Oyelu Bandame confirmed the raid.",
            {"Oyelu Bandame"},
        ),
        # a portfolio ending on a plural noun is not part of the name
        (
            "Minister for Foreign Affairs Kerol Dunmane said the attack was cowardly.",
            {"Kerol Dunmane"},
        ),
        # ranks in the plural before lists of the dead with ages
        (
            "The dead were identified as 2nd Lt. Mado Keran, 33; Staff Sergeants Ruvo Talen, "
            "39 and Pavo Reski, 38.",
            {"Mado Keran", "Ruvo Talen", "Pavo Reski"},
        ),
        (
            "The soldiers were Sgts Tavi Orlen, Mado Keran and Cpl. Ruvo Talen, all aged 30.",
            {"Tavi Orlen", "Ruvo Talen"},
        ),
        # a rank with its class ("Private First Class"), singular and plural
        ("Sergeant First Class Ana Ruvel was wounded.", {"Ana Ruvel"}),
        (
            "The dead were Privates First Class Kedo Marun, 26, Tavi Orlen, 28 and Private "
            "Jonas Lumer, 23.",
            {"Kedo Marun", "Tavi Orlen", "Jonas Lumer"},
        ),
        # a one-word name first in a list of the identified, and "identified one as"
        (
            "The slain men were identified as Tavo Orlen, Kedo and Ruvo Ahmed Marun.",
            {"Tavo Orlen", "Kedo", "Ruvo Ahmed Marun"},
        ),
        ("Police later identified one as Tavi Orlen.", {"Tavi Orlen"}),
        # a given name of the list written with diacritics
        (
            "It was a blow to the government of Sebastián Rendel and his allies.",
            {"Sebastián Rendel"},
        ),
        ("Troops detained José Marun near the post.", {"José Marun"}),
        # a title word as a surname after a given name, with a person's cue
        (
            "The slain men were identified as Javed Sheikh, Kedo and Ruvo Marun.",
            {"Javed Sheikh", "Kedo", "Ruvo Marun"},
        ),
        ("Police arrested Tariq Mufti on Monday.", {"Tariq Mufti"}),
        # a person's following
        ("Troops opened fire on supporters of Tavo Rendel in the square.", {"Tavo Rendel"}),
        # a role given by a copula
        ("Ruvo Talen is a senior commander in the Kandar Network.", {"Ruvo Talen"}),
        # a kunya and one name before a role apposition
        (
            "Abu Tarvel, a spokesman for the state police, confirmed the attack.",
            {"Abu Tarvel"},
        ),
        # a trade of conflict reporting before the name
        ("Rebels seized gendarme Tavo Ould Mendel near the post.", {"Tavo Ould Mendel"}),
        # an apostrophe for the ayn inside a particle name
        (
            "The Treasury designated Kadim Rustar Ma'luf al-Ja'fari, the group's treasurer.",
            {"Kadim Rustar Ma'luf al-Ja'fari"},
        ),
    ],
)
def test_person_kinds(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert expected <= _people(tmp_path, text)


def test_alias_with_particle_name_joins_the_person(tmp_path: Path) -> None:
    text = (
        "The Treasury designated Kadim Rustar Maluf al-Jafari on Monday. Kadim Rustar Maluf "
        "al-Jafari, also known as Kadim al-Nuri, serves as the group's treasurer."
    )
    assert _people(tmp_path, text) == {"Kadim Rustar Maluf al-Jafari"}


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # a place, a body, a ship and a month set off after a role phrase
        (
            "The governor visited the capital of the region, Port Kandar.",
            "Port Kandar",
        ),
        (
            "The spokesman thanked the mission of the bloc, the Kandar Monitoring Team.",
            "Kandar Monitoring Team",
        ),
        (
            "The head of the inquiry, Mr Tavo Rendel, named the ship, the Kestrel Dawn.",
            "Kestrel Dawn",
        ),
        ("The envoy of the union arrived on the third of the month, March.", "March"),
        # copula with no role, and with a body's word
        ("Kandar Vale is a key battleground in the war.", "Kandar Vale"),
        ("The Kandar Network is a senior partner of the group.", "Kandar Network"),
        ("Velmora Heights is a member of the league.", "Velmora Heights"),
        # a kunya town is no person without a person's cue
        ("Abu Kamal, a border town, was shelled.", "Abu Kamal"),
        # plural ranks with no name after them, and a plural title word in a firm's name
        ("The Generals Motors plant and the Majors Cup were closed.", "Generals Motors"),
        ("The Generals Motors plant and the Majors Cup were closed.", "Majors Cup"),
        # an accented word that folds to no given name, and a ship with a given name
        ("The Café Kandar on Avenida Rendel was shelled in May.", "Café Kandar"),
        ("The tanker Sebastián Marun was seized in the strait.", "Sebastián Marun"),
        # a title word as a surname in a building's name
        ("Visitors to Omar Sheikh Mosque were searched.", "Omar Sheikh"),
        ("The Tariq Mufti Bridge was shelled on Monday.", "Tariq Mufti"),
        # "First Class" with no rank before it
        ("The First Class Kandar Lounge was closed.", "Kandar Lounge"),
        ("Sergeant First Class Ana Ruvel was wounded.", "Class Ana Ruvel"),
        # "and" between a place and a full name outside a list of people
        ("Talks between Kandar and Ruvo Ahmed Marun failed.", "Kandar"),
        # a sentence-opening word before an age list
        ("Yesterday, 24 and 25 people were counted in Kandar.", "Yesterday"),
    ],
)
def test_not_a_person(tmp_path: Path, text: str, not_person: str) -> None:
    people = _people(tmp_path, text)
    assert not any(not_person in p for p in people), people
