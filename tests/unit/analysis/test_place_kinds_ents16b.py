"""Places and persons missed or mistyped on unseen reporting, by kind, in invented
sentences (round ents16, second pass):

* a part of the Americas whose name holds the United States' alias "America" ("Latin
  America", "South America") is its own place, never the United States;
* a dependent territory with an ISO 3166-1 code of its own whose English name opens with a
  demonym ("French Polynesia", "French Guiana") or names no sovereign state ("New
  Caledonia") is the territory, not the demonym's country (``data/regions.yaml``);
* a locative word before a known place's possessive and a name ("in Queensland's Western
  Downs") names the owner and, when it is a plain name no list knows, the part it owns;
* a given name that is also a country's ("Israel", "Jordan"; ``country_given_names`` of
  ``data/given_names.yaml``) and a surname after it, with a person's cue, is a person;
* a place named after a titled person keeps its title: a landform head ("the Haji Pir
  Pass"; ``titled_name_place_heads``), and a name opening with a title that opens town
  names ("Sheikh X") is the place through which one passes ("through Sheikh X") or whose
  residents are named ("Sheikh X residents");
* a word in capitals that is the ISO 3166-2 short form of a first-level area ("NSW",
  "QLD") of a country the source names or holds a town or area of is that area;
* a clinic named by its head word is a place, as a hospital is ("walked into Kelvo
  Clinic"; ``place_heads`` of ``data/entity_rules.yaml``);
* a capitalised "New" that opens a name the city or area index knows whole ("New
  Providence") is the name's own word, never dropped to leave a person's name.

Each with a guard of the near miss that must stay as it is: "America" alone and an
American demonym stay the United States; a demonym before a common noun ("French
gendarmes") stays the country; an unknown owner ("in Tavrel's Corner Bar"), an owned
body ("in Queensland's Parliament") and a possessive without a locative word stay no place;
a country's name before a body's head ("Israel Police") or another country stays no person;
a titled name before a speech verb or a possessive after "through" stays the person; such a
short form in a source naming no place of that country ("the ACT party" in Wellington)
stays no place; "clinic" in lower case after a town ("a Kelvo clinic") names no place.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


def _typed(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shipments of cocaine from Latin America rose sharply last year.", "Latin America"),
        ("Arms flows from South America grew, the panel said.", "South America"),
        ("Gangs moving north through Central America were blamed.", "Central America"),
    ],
)
def test_part_of_americas_is_no_country(tmp_path: Path, text: str, place: str) -> None:
    assert place in _typed(tmp_path, text, "place")
    assert "United States" not in _typed(tmp_path, text, "country")


@pytest.mark.parametrize(
    "text",
    [
        "Shipments of cocaine to America rose sharply last year.",
        "American troops landed at the port on Monday.",
    ],
)
def test_america_alone_stays_the_country(tmp_path: Path, text: str) -> None:
    assert "United States" in _typed(tmp_path, text, "country")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gendarmes were flown to French Polynesia after the unrest.", "French Polynesia"),
        ("Two soldiers died in French Guiana on Tuesday.", "French Guiana"),
        ("Riot police were sent to New Caledonia overnight.", "New Caledonia"),
    ],
)
def test_dependent_territory_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in _typed(tmp_path, text, "place")
    assert not _typed(tmp_path, text, "country")


def test_demonym_before_a_noun_stays_the_country(tmp_path: Path) -> None:
    text = "French gendarmes were flown to Kelvora after the unrest."
    assert "France" in _typed(tmp_path, text, "country")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Three officers died at a farm in Queensland's Kelvo Downs on Monday.",
            {"Queensland", "Kelvo Downs"},
        ),
        ("Gunmen opened fire in Brisbane's Tarsi Downs overnight.", {"Brisbane", "Tarsi Downs"}),
    ],
)
def test_locative_owner_and_part(tmp_path: Path, text: str, places: set[str]) -> None:
    assert places <= _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "kept", "not_place"),
    [
        ("The fight started in Tavrel's Corner Bar on Friday.", set(), "Tavrel"),
        ("The bill stalled in Queensland's Parliament last week.", {"Queensland"}, "Parliament"),
        ("Queensland's Tarsi Downs estate was sold on Friday.", set(), "Tarsi Downs"),
    ],
)
def test_owner_guards(tmp_path: Path, text: str, kept: set[str], not_place: str) -> None:
    places = _typed(tmp_path, text, "place")
    assert kept <= places
    assert not_place not in places


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Israel Tavor, the defence minister, said the operation would widen.", "Israel Tavor"),
        ("Jordan Kelvani said the party would win the vote.", "Jordan Kelvani"),
    ],
)
def test_country_given_name_with_a_cue_is_a_person(tmp_path: Path, text: str, person: str) -> None:
    assert person in _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Israel Police said the suspect was arrested.",
        "Georgia Power said the outage would end on Friday.",
        "Talks between Israel and Jordan resumed in Amman.",
    ],
)
def test_country_before_a_body_or_a_country_stays_no_person(tmp_path: Path, text: str) -> None:
    assert not _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops seized the Haji Kelvo Pass after two days of shelling.", "Haji Kelvo Pass"),
        ("Protesters marched through Sheikh Tarsim on Friday.", "Sheikh Tarsim"),
        ("Sheikh Tarsim residents said the water was cut.", "Sheikh Tarsim"),
    ],
)
def test_titled_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in _typed(tmp_path, text, "place")
    assert not _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sheikh Tarsim said the water was cut.", "Sheikh Tarsim"),
        ("The talks went through Sheikh Tarsim's office.", "Sheikh Tarsim"),
    ],
)
def test_titled_person_stays(tmp_path: Path, text: str, person: str) -> None:
    assert person in _typed(tmp_path, text, "person")


def test_area_short_form_in_a_source_of_its_country(tmp_path: Path) -> None:
    text = (
        "Police in Queensland said the gunman, a former teacher from NSW, had fled. "
        "The QLD police union called for an inquiry."
    )
    places = _typed(tmp_path, text, "place")
    assert {"Queensland", "NSW"} <= places


def test_area_short_form_elsewhere_stays_no_place(tmp_path: Path) -> None:
    text = "The ACT party won two seats in Wellington on Saturday."
    assert "ACT" not in _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Two hours later a woman walked into Tarsi Bay Clinic with gunshot wounds.",
        "The wounded man was taken to Kelvora Clinic, where he died.",
    ],
)
def test_named_clinic_is_a_place(tmp_path: Path, text: str) -> None:
    assert {"Tarsi Bay Clinic", "Kelvora Clinic"} & _typed(tmp_path, text, "place")


def test_lower_case_clinic_names_no_place(tmp_path: Path) -> None:
    text = "The wounded man was taken to a Kelvora clinic on Monday."
    assert "Kelvora Clinic" not in _typed(tmp_path, text, "place")
    assert "Kelvora clinic" not in _typed(tmp_path, text, "place")


def test_new_opening_a_known_place_is_kept(tmp_path: Path) -> None:
    text = "Late on Friday, on New Providence, a man and a woman heard gunshots."
    assert not _typed(tmp_path, text, "person")
    assert "New Providence" in _typed(tmp_path, text, "place")


def test_new_before_an_unknown_name_is_still_dropped(tmp_path: Path) -> None:
    text = "Police said New Tarsim Kelvo, a man of 40, was arrested."
    assert "New Tarsim Kelvo" not in _typed(tmp_path, text, "place")
