"""Persons missed on unseen reporting, by kind: a name after an office with its portfolio
("Minister for Water Supply X"), a name after a nominal event ("the assassination of X"),
an honorific that is part of a two-word name ("Prime Minister Sheikh X"), and a name whose
first word is an ordinary document word ("founder Bill X"); with the phrases that must stay
no person. Invented sentences."""

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
    ("text", "person"),
    [
        (
            "The raid came a day after Monday's assassination of Tomás Ferrel in Varsa.",
            "Tomás Ferrel",
        ),
        ("Protests followed the abduction of Ivo Tarnel outside the court.", "Ivo Tarnel"),
        ("Hundreds gathered for the funeral of Maren Kovac on Sunday.", "Maren Kovac"),
    ],
)
def test_a_name_after_a_nominal_event(tmp_path: Path, text: str, person: str) -> None:
    assert person in _people(tmp_path, text)


def test_an_event_of_a_body_is_no_person(tmp_path: Path) -> None:
    text = "The killing of Velmor Ridge Authority staff was condemned by the Velmor Council."
    assert not _people(tmp_path, text)


def test_an_honorific_after_a_title_is_part_of_a_two_word_name(tmp_path: Path) -> None:
    people = _people(tmp_path, "Rallies demanded that Prime Minister Sheikh Rahana step down.")
    assert "Sheikh Rahana" in people
    assert "Rahana" not in people


def test_an_honorific_before_a_longer_name_stays_a_title(tmp_path: Path) -> None:
    people = _people(tmp_path, "Talks with President Sheikh Hamad bin Khalifa ended on Friday.")
    assert "Hamad bin Khalifa" in people
    assert "Sheikh Hamad bin Khalifa" not in people


def test_a_given_name_that_is_a_document_word_after_a_role(tmp_path: Path) -> None:
    text = "Guests at the lodge have included software founder Bill Marrow and other stars."
    assert "Bill Marrow" in _people(tmp_path, text)


def test_a_document_word_before_a_name_word_without_a_cue_is_no_person(tmp_path: Path) -> None:
    text = "Parliament passed the Water Bill on Monday, and the Bill Committee met on Friday."
    assert not _people(tmp_path, text)


def test_a_list_of_personnel_after_a_role_noun(tmp_path: Path) -> None:
    text = (
        "The dead were identified as driver Abdul Wahid, and Frontier Reserve personnel "
        "Tashfeen Ali, Mubeen Ali, Zarar Ali, and Ikramullah."
    )
    people = _people(tmp_path, text)
    assert {"Abdul Wahid", "Tashfeen Ali", "Mubeen Ali", "Zarar Ali", "Ikramullah"} <= people


def test_a_place_closing_a_list_after_people_is_no_person(tmp_path: Path) -> None:
    text = "Delegates came from the offices of Tashfeen Ali, Mubeen Ali and Karachi."
    assert "Karachi" not in _people(tmp_path, text)


def test_two_people_after_a_plural_rank_before_a_titled_third(tmp_path: Path) -> None:
    text = (
        "The slain soldiers, identified as havildars Ranjit Sohal and Mohan Lal and Naik "
        "Dalbir Sohal, belonged to the 9 Garhwal Rifles."
    )
    assert {"Ranjit Sohal", "Mohan Lal", "Dalbir Sohal"} <= _people(tmp_path, text)


def test_one_word_names_of_casualties_named_or_with_their_surnames_withheld(
    tmp_path: Path,
) -> None:
    text = (
        "Three porters, identified as Kaveh Rostami from Saqqez, Rostan (last name unknown), "
        "from Baneh, and two others named Amir and Behrooz (surnames not given), both from "
        "Piranshahr, were shot by border guards."
    )
    people = _people(tmp_path, text)
    assert {"Kaveh Rostami", "Rostan", "Amir", "Behrooz"} <= people
    assert not {"Saqqez", "Baneh", "Piranshahr"} & people


def test_a_people_word_with_brackets_of_another_kind_stays_no_person(tmp_path: Path) -> None:
    text = "The Rostanian (a minority of the hills) were shot at by border guards."
    assert not _people(tmp_path, text)


def test_a_title_with_a_possessive_is_no_person(tmp_path: Path) -> None:
    text = (
        "Lieutenant Colonel Ramiro Vela was shot near the prison. The Lieutenant Colonel's "
        "murder came two days after another attack."
    )
    people = _people(tmp_path, text)
    assert "Ramiro Vela" in people
    assert "Colonel" not in people


def test_a_speech_verb_after_a_quotation_is_no_word_of_the_name(tmp_path: Path) -> None:
    text = "\u201cThey are cowards and they will not win!\u201d, Wrote Tomasz Orlin on his account."
    people = _people(tmp_path, text)
    assert "Tomasz Orlin" in people
    assert "Wrote Tomasz Orlin" not in people


def test_a_name_after_a_counterpart(tmp_path: Path) -> None:
    text = "Ana Ruiz said her Peruvian counterpart, Iván Lurde, was behind the attack."
    assert "Iván Lurde" in _people(tmp_path, text)


def test_a_name_after_the_honorific_of_a_member_of_parliament(tmp_path: Path) -> None:
    text = "A group that included deputy organising secretary Hon. Luckmore Dube alerted lawyers."
    assert "Luckmore Dube" in _people(tmp_path, text)


def test_a_name_after_a_capitalised_role_noun_after_a_place(tmp_path: Path) -> None:
    text = "The blast injured dozens, local news reported, citing Velmora Ombudsman Aram Tevosyan."
    people = _people(tmp_path, text)
    assert "Aram Tevosyan" in people
    assert not {p for p in people if "Ombudsman" in p}


def test_an_honorific_before_a_two_word_name_is_dropped(tmp_path: Path) -> None:
    people = _people(tmp_path, "Police said Mullah Karim Dost was arrested in the raid.")
    assert "Karim Dost" in people
