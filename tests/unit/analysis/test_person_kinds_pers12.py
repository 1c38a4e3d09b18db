"""Persons missed on unseen reporting, by kind: a name after an office with its portfolio
("Minister for Water Supply X"), after a nominal event ("the assassination of X"), after
"counterpart", "Hon.", "Pr" or a role noun after a place; an honorific that is a word of a
two-word name ("Sheikh X"); a name whose first word is a document word ("founder Bill X");
lists of personnel and of one-word names; a title with a possessive and a speech verb after
a quotation that are no names; a name's last words named first. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.entities import find_entities
from briefbook.ingest import load_documents


def _people(tmp_path: Path, text: str) -> set[str]:
    """The people found in a source of one heading and ``text``."""
    (tmp_path / "brief.txt").write_text("Brief\n\n" + text + "\n", encoding="utf-8")
    found = find_entities(load_documents([tmp_path / "brief.txt"]))
    return {e.name for e in found if e.type == "person"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The house of Minister for Water Supply Bishnu Prasad Tamang in Kirtipur was set "
            "on fire by the crowd.",
            "Bishnu Prasad Tamang",
        ),
        (
            "Crowds stoned the home of Minister for Culture and Civil Aviation Dorje Lama "
            "Thapa on Tuesday.",
            "Dorje Lama Thapa",
        ),
        (
            "A delegation that included Secretary for Welfare Tendai Mabhena drove to the "
            "farm at once.",
            "Tendai Mabhena",
        ),
        # an honorific opening a two-word name is a word of it
        (
            "The former district chief Ilham Darwesh and local officials Zarin Hotak, Sultan "
            "Rahimi, and Nasir Wardak are among the detainees.",
            "Sultan Rahimi",
        ),
        (
            "Reporters Ana Lurde and Ilkin Rasul, as well as investigative journalist Hafiz "
            "Babur of Velmora Agency, were arrested.",
            "Hafiz Babur",
        ),
    ],
)
def test_a_full_name_after_a_portfolio_or_opening_with_an_honorific(
    tmp_path: Path, text: str, person: str
) -> None:
    people = _people(tmp_path, text)
    assert person in people
    assert not {p for p in people if p != person and person.endswith(p.split()[-1])}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a name after a nominal event; an event of a body is no person
        (
            "The raid came a day after Monday's assassination of Tomás Ferrel in Varsa.",
            ["Tomás Ferrel"],
            [],
        ),
        ("Protests followed the abduction of Ivo Tarnel outside the court.", ["Ivo Tarnel"], []),
        ("Hundreds gathered for the funeral of Maren Kovac on Sunday.", ["Maren Kovac"], []),
        (
            "The killing of Velmor Ridge Authority staff was condemned by the Velmor Council.",
            [],
            ["Velmor Ridge Authority", "Velmor Council"],
        ),
        # an honorific after a title before one name word is a word of the name; before a
        # longer name it stays a title
        (
            "Rallies demanded that Prime Minister Sheikh Rahana step down.",
            ["Sheikh Rahana"],
            ["Rahana"],
        ),
        (
            "Talks with President Sheikh Hamad bin Khalifa ended on Friday.",
            ["Hamad bin Khalifa"],
            ["Sheikh Hamad bin Khalifa"],
        ),
        (
            "Police said Mullah Karim Dost was arrested in the raid.",
            ["Karim Dost"],
            ["Mullah Karim Dost"],
        ),
        # a given name that is a document word, after a role; without a cue no person
        (
            "Guests at the lodge have included software founder Bill Marrow and other stars.",
            ["Bill Marrow"],
            [],
        ),
        (
            "Parliament passed the Water Bill on Monday, and the Bill Committee met on Friday.",
            [],
            ["Water Bill", "Bill Committee"],
        ),
        # a list of personnel after a role noun, a one-word name closing it; a place closing
        # a list of people stays no person
        (
            "The dead were identified as driver Abdul Wahid, and Frontier Reserve personnel "
            "Tashfeen Ali, Mubeen Ali, Zarar Ali, and Ikramullah.",
            ["Abdul Wahid", "Tashfeen Ali", "Mubeen Ali", "Zarar Ali", "Ikramullah"],
            [],
        ),
        (
            "Delegates came from the offices of Tashfeen Ali, Mubeen Ali and Karachi.",
            [],
            ["Karachi"],
        ),
        # two people after a plural rank, before a titled third
        (
            "The slain soldiers, identified as havildars Ranjit Sohal and Mohan Lal and Naik "
            "Dalbir Sohal, belonged to the 9 Garhwal Rifles.",
            ["Ranjit Sohal", "Mohan Lal", "Dalbir Sohal"],
            [],
        ),
        # one-word names of casualties: named, or with the surname withheld; a people's word
        # with brackets of another kind stays no person
        (
            "Three porters, identified as Kaveh Rostami from Saqqez, Rostan (last name unknown), "
            "from Baneh, and two others named Amir and Behrooz (surnames not given), both from "
            "Piranshahr, were shot by border guards.",
            ["Kaveh Rostami", "Rostan", "Amir", "Behrooz"],
            ["Saqqez", "Baneh", "Piranshahr"],
        ),
        (
            "The Rostanian (a minority of the hills) were shot at by border guards.",
            [],
            ["Rostanian"],
        ),
        # a title with a possessive; a speech verb after a quotation
        (
            "Lieutenant Colonel Ramiro Vela was shot near the prison. The Lieutenant Colonel's "
            "murder came two days after another attack.",
            ["Ramiro Vela"],
            ["Colonel", "Lieutenant Colonel"],
        ),
        (
            "\u201cThey are cowards and they will not win!\u201d, Wrote Tomasz Orlin on his account.",
            ["Tomasz Orlin"],
            ["Wrote Tomasz Orlin"],
        ),
        # a full name and a one-word name joined by "and", with a person's cue; no cue, none
        (
            "Sources said the militia arrested Sayed Rahimi and Mustafa, both residents of Tarak.",
            ["Sayed Rahimi", "Mustafa"],
            ["Sayed Rahimi and Mustafa"],
        ),
        ("Trade between Ahmad Rahimi and Sons rose in the spring.", [], ["Sons"]),
        # a name after "counterpart", after an MP's honorific, after a role noun after a place
        (
            "Ana Ruiz said her Peruvian counterpart, Iván Lurde, was behind the attack.",
            ["Iván Lurde"],
            [],
        ),
        (
            "A group that included deputy organising secretary Hon. Luckmore Dube alerted lawyers.",
            ["Luckmore Dube"],
            ["Hon. Luckmore Dube", "Hon"],
        ),
        (
            "The vice-chairman of the Velmora Peace Committee Pr Tarry Mose appealed for calm.",
            ["Tarry Mose"],
            ["Pr Tarry Mose", "Pr"],
        ),
        (
            "The blast injured dozens, local news reported, citing Velmora Ombudsman Aram Tevosyan.",
            ["Aram Tevosyan"],
            ["Ombudsman Aram Tevosyan", "Velmora Ombudsman Aram Tevosyan"],
        ),
    ],
)
def test_people_of_each_kind(
    tmp_path: Path, text: str, present: list[str], absent: list[str]
) -> None:
    people = _people(tmp_path, text)
    assert set(present) <= people
    assert not set(absent) & people


def test_the_last_two_words_of_a_name_named_first_are_the_same_person(tmp_path: Path) -> None:
    text = (
        "Ruiz Mendoza denounced the mines laid on the border.\n\n"
        "The defence minister, Carlos Ruiz Mendoza, said the fighting went on.\n\n"
        "Then Ruiz Mendoza posted another message."
    )
    assert _people(tmp_path, text) == {"Carlos Ruiz Mendoza"}
