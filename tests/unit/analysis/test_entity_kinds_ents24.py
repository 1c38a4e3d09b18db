"""Entities missed or mistyped (session 24, round ents24), by kind, in invented sentences,
each with a near miss that keeps its old reading:

* the platform a statement went out on, named after a verb of saying or posting and "on"
  or "via" ("said on Chatterly", "stated via Kelvogram") or before a lower-case noun of a
  post ("in a Kelvogram post", "on its Chatterly page"), is an organisation, while a day
  ("said on Monday", "said on Christmas Day"), a street ("said on Kelvo Street") or a place
  after "in" stay what they were;
* outlets listed after a plural class noun ("the networks Kelvision and Morvano") are one
  organisation each, while a singular noun keeps a name with "and" whole ("the network
  Kelvo and Partners");
* "military" after a demonym or a country's name as an adjective of another noun ("the
  Bolivian military contractor", "Bolivian military and economic support", "the Bolivian
  military HQ") names no force, while "the Bolivian military said" and "Bolivian military
  and police units" stay the country's armed forces;
* infantry weapons named by class ("small arms fire", "automatic rifles", "assault rifles")
  are weapons, while a bare "rifle" or "gun" is none;
* a town before "-bound" ("the Multan-bound train") is a place as before "-based", also when
  an article opens the sentence ("The Multan-based group"), while a brand before "-bound"
  is none;
* a country's name as a given name right after a lower-case role noun ("protest leader
  Niger Kelmani") is a person, while the same words without the role ("Niger Kelmani
  said") keep the country, and a known place after the role stays the place;
* a role noun in capitals opening a sentence before a person's two names ("Supporter Ida
  Tarvoni said") is no word of the name, while a title ("General Ana Kelvo"), a given name
  that is an English word ("Hope Tarvoni Kelmani said") and a body's name keep theirs;
* a centre of care named by a two-word noun ("the Tarvo Trauma Centre", "the National
  Burns Centre") is a place as a hospital is, and a hospital and such a centre joined by
  "and" are two places, while "the Tarvo Research Centre" and a school stay bodies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_names


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("The Interior Ministry said on Chatterly that the talks would go on.", "Chatterly"),
        ("The president stated via Kelvogram that he would not resign.", "Kelvogram"),
        ("Rebels posted on Vidstream that they held the bridge.", "Vidstream"),
        ("The protest leader wrote in a triumphant Kelvogram post that he had won.", "Kelvogram"),
        ("The ministry said on its Chatterly page that the road was shut.", "Chatterly"),
    ],
)
def test_the_platform_a_statement_went_out_on_is_an_organisation(
    tmp_path: Path, text: str, platform: str
) -> None:
    assert platform in note_names(tmp_path, text, "organisation")


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("The army said on Monday that the talks would go on.", "Monday", None),
        ("He said on Christmas Day that the front would hold.", "Christmas Day", None),
        ("The minister said on Kelvo Street that he would stay.", "Kelvo Street", "place"),
        ("The spokesman said in Kelvo that he would stay.", "Kelvo", "place"),
    ],
)
def test_a_day_a_street_or_a_place_after_a_speech_verb_is_no_platform(
    tmp_path: Path, text: str, name: str, etype: str | None
) -> None:
    assert name not in note_names(tmp_path, text, "organisation")
    if etype:
        assert name in note_names(tmp_path, text, etype)


def test_outlets_listed_after_a_plural_class_noun_are_one_body_each(tmp_path: Path) -> None:
    orgs = note_names(
        tmp_path,
        "Tarvian networks Kelvision and Morvano both said the police had left.",
        "organisation",
    )
    assert {"Kelvision", "Morvano"} <= orgs and "Kelvision and Morvano" not in orgs, orgs


def test_a_singular_class_noun_keeps_a_name_with_and_whole(tmp_path: Path) -> None:
    orgs = note_names(
        tmp_path, "The network Kelvo and Partners said the police had left.", "organisation"
    )
    assert "Kelvo and Partners" in orgs and "Kelvo" not in orgs, orgs


@pytest.mark.parametrize(
    "text",
    [
        "The junta hired the Bolivian military contractor Kelvo Group in 2021.",
        "The enclave survives on Bolivian military and economic support.",
        "Gunmen seized the Bolivian military HQ in Tarvo.",
        "Bolivia's military contractors left Tarvo.",
    ],
)
def test_military_as_an_adjective_of_another_noun_names_no_force(tmp_path: Path, text: str) -> None:
    assert note_names(tmp_path, text, "force") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian military said it had shelled Tarvo.",
        "Bolivian military and police units entered Tarvo.",
    ],
)
def test_the_military_itself_stays_the_countrys_armed_forces(tmp_path: Path, text: str) -> None:
    assert "Bolivian military" in note_names(tmp_path, text, "force")


def test_infantry_weapons_named_by_class_are_weapons(tmp_path: Path) -> None:
    weapons = note_names(
        tmp_path,
        "Heavy small arms fire hit the town as men brandished automatic rifles and two "
        "assault rifles.",
        "weapon",
    )
    assert {"small arms", "automatic rifles", "assault rifles"} <= weapons, weapons


def test_a_bare_rifle_or_gun_is_no_weapon_class(tmp_path: Path) -> None:
    text = "The hunter cleaned his rifle and the guard carried a gun."
    assert note_names(tmp_path, text, "weapon") == set()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The Multan-bound train left the station at dawn.", "Multan"),
        ("The blast hit the Hyderabad-bound coach outside the station.", "Hyderabad"),
        # the sentence's article is no word of the name, for "-based" too
        ("The Multan-based group claimed the attack.", "Multan"),
    ],
)
def test_a_town_before_bound_or_based_is_a_place(tmp_path: Path, text: str, town: str) -> None:
    assert town in note_names(tmp_path, text, "place")


def test_a_brand_before_bound_is_no_place(tmp_path: Path) -> None:
    text = "The Kelvogram-bound message was lost on the way."
    assert note_names(tmp_path, text, "place") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The protest leader Niger Kelmani declared victory.", "Niger Kelmani"),
        ("The lawyer Mali Tarvoni said the ban was unlawful.", "Mali Tarvoni"),
    ],
)
def test_a_countrys_name_after_a_role_noun_opens_a_persons_name(
    tmp_path: Path, text: str, person: str
) -> None:
    assert person in note_names(tmp_path, text, "person")


def test_a_countrys_name_without_a_role_keeps_the_country(tmp_path: Path) -> None:
    text = "The spokesman said Niger Republicans had voted."
    assert note_names(tmp_path, text, "person") == set()
    assert "Niger" in note_names(tmp_path, text, "country")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Supporter Ida Tarvoni said the campaign had given her hope.", "Ida Tarvoni"),
        ("Voter Ana Kelvo told reporters she was afraid.", "Ana Kelvo"),
        ("Witness Ana Kelvo said the troops shot first.", "Ana Kelvo"),
    ],
)
def test_a_role_noun_opening_the_sentence_is_no_word_of_the_name(
    tmp_path: Path, text: str, person: str
) -> None:
    assert note_names(tmp_path, text, "person") == {person}


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Hope Tarvoni Kelmani said she was afraid.", "Hope Tarvoni Kelmani", "person"),
        ("Human Rights Watch said the troops would stay.", "Human Rights Watch", "organisation"),
        ("Volunteer Tarvo Brigade said it would fight.", "Volunteer Tarvo Brigade", "force"),
    ],
)
def test_a_name_opening_with_a_given_name_or_a_bodys_word_stays_whole(
    tmp_path: Path, text: str, name: str, etype: str
) -> None:
    assert name in note_names(tmp_path, text, etype)


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("The wounded were taken to the Tarvo Trauma Centre.", {"Tarvo Trauma Centre"}),
        ("At the National Burns Centre, 40 injured were treated.", {"National Burns Centre"}),
        (
            "Officials declared an emergency in the Kelvo Civil Hospital and Tarvo Trauma Centre.",
            {"Kelvo Civil Hospital", "Tarvo Trauma Centre"},
        ),
    ],
)
def test_a_centre_of_care_is_a_place_as_a_hospital_is(
    tmp_path: Path, text: str, sites: set[str]
) -> None:
    assert note_names(tmp_path, text, "place") == sites
    assert note_names(tmp_path, text, "organisation") == set()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Tarvo Research Centre published a report.", "Tarvo Research Centre"),
        ("Pupils of the Kelvo Girls Secondary School were taken.", "Kelvo Girls Secondary School"),
    ],
)
def test_a_research_centre_or_a_school_stays_a_body(tmp_path: Path, text: str, body: str) -> None:
    assert body in note_names(tmp_path, text, "organisation")
