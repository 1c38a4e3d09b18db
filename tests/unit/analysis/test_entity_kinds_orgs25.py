"""Organisations missed or mistyped on unseen reporting (session 25, round orgs25; issue 12),
by kind, in invented sentences, each with near misses that keep their old reading:

* an outlet cited as a source by its job: a lower-case outlet noun after its name ("told
  Amar Kelvo newspaper", "the Tarvo news agency said"), a broadcaster's first word ("according
  to Radio Tarvola", "Radio Television Kelvia"), one name after a cue of a source's job
  ("told Kelvonews", "a report by Tarvopress", "documents seen by Morvalink") or before
  "reported", an apposition whose head is a body's noun ("Kelvomaq, the group's propaganda
  agency, said", "Los Tarvones, a criminal group operating in the state"); while a person
  told something ("told Ana Ruiz", "told Ruiz" after "Ana Ruiz"), a place after "according
  to", an adjective before an outlet noun ("Public broadcaster X"), "Radio" in a song's title,
  "Radio Station", "Radio Tower" and "a group of islands" stay what they were;
* a country's ministry in lower case ("the Turkish foreign ministry", "Turkey's foreign
  ministry": one body), while "the ministry of defence" with no country and an unknown
  word before "foreign ministry" name none;
* a short form the source defines for another body than the built-in one binds to its own
  expansion ("Reporters Without Borders (RSF)", "Kelvo Without Frontiers (RSF)"), while a
  variant of the built-in name ("Rapid Support Force (RSF)") and the GRU's long names stay
  the built-in body;
* a command's compressed short form ("USSOUTHCOM", "SOUTHCOM", "USAFRICOM") is the command
  the source names, and "US Central Command's statement" is the command, no person;
* a speaker label of one word in capitals ("ZELENSKY:") is the person it names, no
  organisation;
* a Spanish group name opening with "Cárteles" is an organisation, no place; regional bodies
  and outlets no rule types alone are in the lexicon ("ECOWAS", "Politico");
* a single name and a body joined by "and" ("Uresti and Kelvo Television did not comment")
  are two, while "Trade and Industry Ministry" stays one body.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities, note_names


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The minister told Amar Kelvo newspaper that the offensive was hard.", "Amar Kelvo"),
        ("The Tarvo news agency said the bridge had collapsed.", "Tarvo"),
        ("The mayor told the Morvelian weekly Kelvo Zorta that the dam held.", "Kelvo Zorta"),
        ("According to Radio Tarvola, the convoy was stopped near the border.", "Radio Tarvola"),
        (
            "Gunmen entered the building of Radio Television Kelvia, officials said.",
            "Radio Television Kelvia",
        ),
        ("The general told Kelvonews that the front would hold.", "Kelvonews"),
        ("A report by Tarvopress said the plan was shelved.", "Tarvopress"),
        ("Documents seen by Morvalink show the payments.", "Morvalink"),
        ("Tarvopress reported that the ceasefire held.", "Tarvopress"),
        (
            "Kelvomaq, the group's propaganda agency, said its fighters carried out the attack.",
            "Kelvomaq",
        ),
        ("The video named Los Tarvones, a criminal group operating in the state.", "Los Tarvones"),
        ("The Tarvo Daily said the mayor had resigned.", "Tarvo Daily"),
    ],
)
def test_an_outlet_cited_as_a_source_is_an_organisation(
    tmp_path: Path, text: str, outlet: str
) -> None:
    assert outlet in note_names(tmp_path, text, "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz was at the scene. A guard told Ruiz that the gate was shut.", "Ruiz"),
        ("The driver told Ana Ruiz that the gate was shut.", "Ana Ruiz"),
        ("Kelvo is a town in the north. According to Kelvo, no shots were fired.", "Kelvo"),
        ("Public broadcaster Kelvo TV reported that 12 people died.", "Public"),
        ("The band played the song Radio Tarvola at the rally.", "Radio Tarvola"),
        ("The Radio Tower was hit by a drone.", "Radio Tower"),
        ("The Radio Station was hit by a drone.", "Radio Station"),
        ("Fishermen reached Kelvo, a group of islands off the coast.", "Kelvo"),
        ("Unconfirmed reports said the bridge was down.", "Unconfirmed"),
        ("Witnesses reported gunfire near the market.", "Witnesses"),
    ],
)
def test_near_misses_of_outlets_stay_what_they_were(tmp_path: Path, text: str, name: str) -> None:
    assert name not in note_names(tmp_path, text, "organisation")


def test_a_countrys_ministry_in_lower_case_is_one_organisation(tmp_path: Path) -> None:
    text = (
        "The Turkish foreign ministry condemned the strike. Turkey's foreign ministry later "
        "summoned the envoy. The Palestinian health ministry said ten people were killed."
    )
    orgs = [e for e in note_entities(tmp_path, text) if e.type == "organisation"]
    names = {n for e in orgs for n in (e.name, *e.aliases)}
    assert {"Turkish foreign ministry", "Palestinian health ministry"} <= names, names
    turkish = [e for e in orgs if "Turkish foreign ministry" in (e.name, *e.aliases)]
    assert len(turkish) == 1 and "Turkey's foreign ministry" in (
        turkish[0].name,
        *turkish[0].aliases,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The ministry of defence gave no figure for the dead.",
        "The Kelvo foreign ministry was silent on the matter.",
    ],
)
def test_no_country_no_ministry_of_a_country(tmp_path: Path, text: str) -> None:
    orgs = note_names(tmp_path, text, "organisation")
    assert not any("ministry" in n.lower() for n in orgs), orgs


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Reporters Without Borders (RSF) said two journalists were killed. RSF also "
            "condemned the arrests.",
            "Reporters Without Borders",
        ),
        (
            "Kelvo Without Frontiers (RSF) said two reporters were held. RSF called for their "
            "release.",
            "Kelvo Without Frontiers",
        ),
    ],
)
def test_a_short_form_defined_for_another_body_binds_to_its_own_expansion(
    tmp_path: Path, text: str, body: str
) -> None:
    found = note_entities(tmp_path, text)
    owner = [e for e in found if "RSF" in (e.name, *e.aliases)]
    assert len(owner) == 1 and owner[0].name == body and owner[0].type == "organisation", found
    assert not any(e.name == "Rapid Support Forces" for e in found), found


@pytest.mark.parametrize(
    ("text", "known"),
    [
        (
            "The Rapid Support Force (RSF) shelled the camp. The RSF denied it.",
            "Rapid Support Forces",
        ),
        ("The Russian General Staff Main Intelligence Directorate (GRU) ran the plot.", "GRU"),
    ],
)
def test_a_variant_of_the_built_in_name_keeps_the_built_in_body(
    tmp_path: Path, text: str, known: str
) -> None:
    found = note_entities(tmp_path, text)
    short = known if known == "GRU" else "RSF"
    owner = [e for e in found if short in (e.name, *e.aliases)]
    assert [e.name for e in owner] == [known], found


def test_compressed_short_forms_of_commands_are_the_command(tmp_path: Path) -> None:
    text = (
        "US Southern Command said the boat was struck. USSOUTHCOM later released a video. "
        "SOUTHCOM said no troops were hurt. The U.S. Africa Command (AFRICOM) carried out "
        "the strike, and USAFRICOM said it killed two."
    )
    found = {e.name: set(e.aliases) for e in note_entities(tmp_path, text) if e.type == "force"}
    assert {"SOUTHCOM", "USSOUTHCOM"} <= found.get("US Southern Command", set()), found
    assert "USAFRICOM" in found.get("U.S. Africa Command", set()), found


def test_a_commands_possessive_is_no_person(tmp_path: Path) -> None:
    text = "US Central Command's statement said three were killed."
    found = note_entities(tmp_path, text)
    assert not any(e.type == "person" for e in found), found
    assert "US Central Command" in {e.name for e in found if e.type == "force"}, found


def test_a_one_word_speaker_label_is_the_person_it_names(tmp_path: Path) -> None:
    text = (
        "Volodymyr Zelensky spoke to the Kelvo Gazette in Kyiv on Friday.\n\n"
        "KELVO GAZETTE: How long can the front hold?\n\n"
        "ZELENSKY: As long as our partners keep their word.\n\n"
        "KELVO GAZETTE: And the talks?\n\n"
        "ZELENSKY: There will be no talks under fire."
    )
    found = note_entities(tmp_path, text)
    assert not any(e.type == "organisation" and e.name == "ZELENSKY" for e in found), found
    person = [e for e in found if e.type == "person" and "ZELENSKY" in e.aliases]
    assert len(person) == 1, found


def test_an_unknown_one_word_speaker_label_is_a_person(tmp_path: Path) -> None:
    text = (
        "Q: How long can the front hold?\n\n"
        "KOVALENKO: As long as the partners keep their word.\n\n"
        "Q: And the talks?\n\n"
        "KOVALENKO: There will be none under fire."
    )
    found = note_entities(tmp_path, text)
    assert any(e.type == "person" and "KOVALENKO" in (e.name, *e.aliases) for e in found), found
    assert not any(e.type == "organisation" for e in found), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The attack was claimed by Cárteles Unidos, which fights rival gangs.", "Cárteles Unidos"),
        (
            "ECOWAS suspended the junta from its summits.",
            "Economic Community of West African States",
        ),
        ("A report by Politico said the plan was shelved.", "Politico"),
    ],
)
def test_groups_and_bodies_named_without_a_head(tmp_path: Path, text: str, body: str) -> None:
    found = note_entities(tmp_path, text)
    assert body in {e.name for e in found if e.type == "organisation"}, found
    assert not any(e.type == "place" and e.name == body for e in found), found


def test_a_name_and_a_body_joined_by_and_are_two(tmp_path: Path) -> None:
    orgs = note_names(
        tmp_path, "Uresti and Kelvo Television did not immediately comment.", "organisation"
    )
    assert "Kelvo Television" in orgs and "Uresti and Kelvo Television" not in orgs, orgs
    assert "Trade and Industry Ministry" in note_names(
        tmp_path, "The Trade and Industry Ministry said exports fell.", "organisation"
    )


def test_a_label_opening_one_line_is_a_dateline_no_speaker(tmp_path: Path) -> None:
    found = note_entities(tmp_path, "KELMARI: Troops entered the town on Monday, residents said.")
    assert not any(e.type == "person" for e in found), found
