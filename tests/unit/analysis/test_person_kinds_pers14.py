"""Persons missed on unseen reporting, by kind: a full name after the rank "Private" (an
ordinary word too), with its class in lower case or in a list; a hyphenated police rank
("Assistant Sub-Inspector X"); a given name that is also a title after a rank ("Colonel Amir
X"); a known person's surname after another given name ("Ricardo" of another "Maduro"); a middle initial without its period ("Amit K Rana"); a nom de guerre in brackets
after its honorific ("X (Ka Y)"). And a
guard of the speech cue: "Analysts at X said" names X's staff, not a person X. Each with
guards: bodies, products, places, months and sentence-opening words that must stay no person.
Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import people_of

_people = people_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Private" before a full name, with no other cue in the sentence
        ("Private Jonel Marun was hurt.", {"Jonel Marun"}),
        (
            "Two soldiers—Private first class Ruben Lumer and Private Jonel Marun—were hurt.",
            {"Ruben Lumer", "Jonel Marun"},
        ),
        # a hyphenated police rank is no part of the name
        (
            "Two officers, Assistant Sub-Inspector Kedo Lumer and Subedar Tavo Marun, died.",
            {"Kedo Lumer", "Tavo Marun"},
        ),
        ("Sub-Inspector Kedo Lumer was killed.", {"Kedo Lumer"}),
        # a given name that is also a title, after a rank
        ("Commandant Scouts Colonel Amir Tavolen attended.", {"Amir Tavolen"}),
        # a known surname after another given name is another person
        ("President Ricardo Maduro called the attack cowardly.", {"Ricardo Maduro"}),
        # a middle initial written without its period, after a given name
        ("Police spokesperson Amit K Rana said the raid ended.", {"Amit K Rana"}),
        ("The IG (Operations), Rahul V Marun, told reporters.", {"Rahul V Marun"}),
        # a nom de guerre with its movement's honorific in brackets
        ("Ruvo Lumer (Ka Cristy), the secretary, was killed.", {"Ruvo Lumer"}),
        (
            "They named Ruvo Lumer (Ka Cristy), NPA secretary; and her spouse Tavo Lumer "
            "(Ka Emer), a leader.",
            {"Ruvo Lumer", "Tavo Lumer"},
        ),
    ],
)
def test_person_kinds(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert expected <= _people(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "Private" before bodies and products
        ("Private Security Company Sentinel guarded the port.", {"Sentinel", "Security Company"}),
        ("Private Military Company Wagner fought near Bakhmut.", {"Military Company Wagner"}),
        ("Private Equity firms invested in March.", {"Equity"}),
        ("Private Sector Alliance Kenya warned of losses.", {"Sector Alliance Kenya"}),
        # the employer of the speakers
        ("Analysts at Credit Suisse said the deal was off.", {"Credit Suisse"}),
        ("Economists at Goldman Sachs said rates would rise.", {"Goldman Sachs"}),
        ("Officials from Barclays Capital told reporters of the loss.", {"Barclays Capital"}),
        # the known person keeps his own given name and his surname
        ("President Nicolas Maduro spoke. Maduro later left.", {"Maduro"}),
        # a title alone before one name word stays a title
        ("The Taliban amir Tavolen spoke in May.", {"Amir Tavolen"}),
        # a single letter after no given name: a group, a block, the article
        ("Group A Marun attacked the convoy.", {"Group A Marun", "A Marun"}),
        ("In May Sunil went to Block C Market.", {"Block C Market", "C Market"}),
        # the honorific in brackets after a place or a body
        ("Fighting in Davao Oriental (Ka Region) continued.", {"Davao Oriental", "Ka Region"}),
        ("The Vessel Ocean Star (Ka Line) sank.", {"Ocean Star", "Vessel Ocean Star"}),
    ],
)
def test_person_guards(tmp_path: Path, text: str, absent: set[str]) -> None:
    assert not absent & _people(tmp_path, text)


def test_known_person_still_found(tmp_path: Path) -> None:
    people = _people(tmp_path, "President Maduro said the vote was fair.")
    assert people == {"Nicolas Maduro"}


def test_a_named_speaker_is_still_a_person(tmp_path: Path) -> None:
    assert "Jonel Marun" in _people(tmp_path, "The analyst Jonel Marun said the deal was off.")
