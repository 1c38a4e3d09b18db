"""Kinds seen in a briefing on a drone incursion (trialB28; invented sentences):

* a time opening a sentence with no comma is no part of its speaker ("On 12 March Finland
  informed the council that ...": Finland, not "March Finland"; "On Friday the Finnish Defence
  Forces said": the Defence Forces); near misses: a name that begins with a weekday's or a
  month's word ("The Sunday Times reported") stays whole;
* munitions that entered or crossed into a place were launched, never supplied; near misses:
  drones received, a convoy of flour that entered a town, frigates that entered a sea;
* a chargé d'affaires is a title, never a place, and the person named after it is found;
* a platform named by one letter at a sentence's end ("wrote on X.") ends the sentence and is
  no initial "X."; near miss: an initial before a surname ("relied on X. Perel") goes on.
"""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.ingest import SourceSpec, load_documents
from briefbook.text.sentences import split_sentences


def _assess(tmp_path: Path, body: str):
    text = f"Title: Night of drones\nPublisher: Kelvik Daily\nPublished: 2031-05-14\n\n{body}\n"
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    return assess_documents(
        load_documents([SourceSpec(path="s.txt")], base=tmp_path), issue_date="2031-05-15"
    )


def _claims(tmp_path: Path, body: str) -> dict[str, tuple[str | None, str | None]]:
    a = _assess(tmp_path, body)
    return {c.text: (c.event, c.attributed_to) for c in a.claims}


def test_time_opening_is_no_part_of_the_speaker(tmp_path: Path) -> None:
    claims = _claims(
        tmp_path,
        "On 12 March Finland informed the President of the Security Council that 19 drones "
        "entered Finnish airspace.\n\n"
        "On Tuesday Estonia told the council that 40 soldiers were wounded.\n\n"
        "In March Latvia said that 12 people were killed.\n\n"
        "On Friday the Finnish Defence Forces said 8 drones were shot down.",
    )
    assert claims["19 drones"][1] == "Finland"
    assert claims["40 soldiers"][1] == "Estonia"
    assert claims["12 people"][1] == "Latvia"
    assert claims["8 drones"][1] == "Finnish Defence Forces"


def test_near_miss_name_opening_with_a_weekday_stays_whole(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "The Sunday Times reported that 30 soldiers were wounded.")
    assert claims["30 soldiers"][1] == "Sunday Times"


def test_munitions_that_entered_a_place_were_launched(tmp_path: Path) -> None:
    claims = _claims(
        tmp_path,
        "During the night, 19 drones entered Finnish airspace, the ministry said.\n\n"
        "At least 12 missiles crossed into Estonian territory on Tuesday.\n\n"
        "The attack, when at least 15 decoy drones entered Latvian airspace, caused little damage.",
    )
    assert claims["19 drones"][0] == "launched"
    assert claims["At least 12 missiles"][0] == "launched"
    assert claims["at least 15 decoy drones"][0] == "launched"


def test_near_misses_keep_their_events(tmp_path: Path) -> None:
    claims = _claims(
        tmp_path,
        "The army received 40 drones from its allies.\n\n"
        "Some 400 lorries of flour entered the town on Monday.\n\n"
        "Two frigates entered the Baltic on Monday.",
    )
    assert claims["40 drones"][0] == "supplied"
    assert claims["Some 400 lorries of flour"][0] == "supplied"
    assert claims["Two frigates"][0] == "deployed"


def test_charge_d_affaires_is_a_title(tmp_path: Path) -> None:
    a = _assess(
        tmp_path,
        "The Finnish Foreign Ministry summoned the embassy's Chargé d'Affaires Ivo Marten in "
        "Helsinki to protest.\n\n"
        "The ministry summoned the Charge d'Affaires Tomas Berg of the Ostland embassy.",
    )
    types = {e.name: e.type for e in a.entities}
    assert "Chargé" not in types and "Charge" not in types, types
    assert types.get("Ivo Marten") == "person", types
    assert types.get("Tomas Berg") == "person", types
    assert types.get("Helsinki") == "place", types


def test_letter_platform_ends_its_sentence() -> None:
    text = (
        '"The operations have concluded," the military wrote on X. "Search of the sites is '
        'ongoing." The minister said on X. He gave no details.'
    )
    assert split_sentences(text) == [
        '"The operations have concluded," the military wrote on X.',
        '"Search of the sites is ongoing."',
        "The minister said on X.",
        "He gave no details.",
    ]


def test_near_miss_initial_before_a_surname_goes_on() -> None:
    assert split_sentences("She relied on X. Perel for the figures. It was late.") == [
        "She relied on X. Perel for the figures.",
        "It was late.",
    ]
    assert split_sentences("It was signed by Maria X. Lenz in Riga.") == [
        "It was signed by Maria X. Lenz in Riga."
    ]


def test_letter_platform_is_no_initial_entity(tmp_path: Path) -> None:
    a = _assess(tmp_path, '"The operations have concluded," the military wrote on X.')
    names = {e.name for e in a.entities}
    assert "X." not in names, names
