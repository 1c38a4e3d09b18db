"""Kinds of place name fixed in round ents11, on invented sentences: villages listed after a
plural locality noun a few words back or a dash; a capitalised Arabic article opening a
name; the adjective of a known place before a noun; townships; a village written with and
without "Village"; a weekday after a name; a possessive that owns a part of a place; a
small town of the country the document names; a town written without the apostrophe of
its GeoNames name; a village "in" a known place."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.places import (
    build_city_rows,
    city_country,
    city_index,
    country_code,
    place_key,
    position_name,
)
from builders import note_entities, note_names

# 1. a list that a plural locality noun opens a few words back, or after a dash


@pytest.mark.parametrize(
    ("text", "villages"),
    [
        (
            "A resident said the villages attacked on Sunday night include Dorvalu, Kesmaru,"
            " Unguwar Tilda and Benzor Kani.",
            {"Dorvalu", "Kesmaru", "Unguwar Tilda", "Benzor Kani"},
        ),
        (
            "Gunmen fired on two villages – Drelvo and Nikovi – before dawn.",
            {"Drelvo", "Nikovi"},
        ),
        (
            "Several villages near the river, including Tarmeni and Zukvari, were burned.",
            {"Tarmeni", "Zukvari"},
        ),
    ],
)
def test_names_listed_after_a_plural_locality_noun_are_villages(
    tmp_path: Path, text: str, villages: set[str]
) -> None:
    places = note_names(tmp_path, text, "place")
    assert villages <= places, places
    assert not villages & note_names(tmp_path, text, "person")


def test_the_speaker_after_such_a_list_stays_a_person(tmp_path: Path) -> None:
    text = "Several villages were burned, including Tarmeni, Halima Dauda said on Monday."
    assert "Halima Dauda" not in note_names(tmp_path, text, "place")


def test_a_plural_locality_noun_far_before_opens_no_list(tmp_path: Path) -> None:
    text = "The villages were quiet. Officials include Kesmaru Balo, the district's envoy."
    assert "Kesmaru Balo" not in note_names(tmp_path, text, "place")


# 2. a capitalised Arabic article opening a name


def test_a_capitalised_article_is_part_of_the_place_name(tmp_path: Path) -> None:
    text = "Three people were killed in the Al Ramla neighbourhood of the city on Wednesday."
    places = note_names(tmp_path, text, "place")
    assert "Al Ramla" in places and "Ramla" not in places, places


# 3. the adjective of a known place


@pytest.mark.parametrize(
    "text",
    [
        "Several Ossetian villages in the border area were shelled overnight.",
        "The shells were fired from South Ossetian territory, the ministry said.",
    ],
)
def test_the_adjective_of_a_known_place_is_no_place(tmp_path: Path, text: str) -> None:
    places = note_names(tmp_path, text, "place")
    assert not any("Ossetian" in p for p in places), places


# 4. townships, and a village with and without its noun


def test_a_capitalised_township_is_a_place(tmp_path: Path) -> None:
    text = "A column stationed in nearby Kelzabo Township in Magway Region entered a village."
    assert "Kelzabo Township" in note_names(tmp_path, text, "place")


def test_a_village_with_and_without_its_noun_is_one_place(tmp_path: Path) -> None:
    text = "Soldiers entered Pannevo Village on Monday. Families from Pannevo and Ravelo villages fled."
    places = [e for e in note_entities(tmp_path, text) if e.type == "place"]
    pannevo = [e for e in places if "Pannevo" in {e.name, *e.aliases}]
    assert len(pannevo) == 1 and "Pannevo Village" in {pannevo[0].name, *pannevo[0].aliases}


# 5. a weekday after a name


def test_a_weekday_after_a_village_is_no_part_of_its_name(tmp_path: Path) -> None:
    text = "The gunmen also tried to attack Yandara Daji Sunday night but were repelled."
    places = note_names(tmp_path, text, "place")
    assert "Yandara Daji" in places and "Yandara Daji Sunday" not in places, places


# 6. a possessive that owns a part of a place


def test_a_possessive_owning_a_district_is_a_place(tmp_path: Path) -> None:
    text = "Families fled from villages in Kelantao's second district, officials said."
    assert "Kelantao" in note_names(tmp_path, text, "place")


def test_a_possessive_town_with_forces_is_a_place(tmp_path: Path) -> None:
    text = "Georgian officials said Tskhinvali's forces had fired on a village overnight."
    assert "Tskhinvali" in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Hadi's forces retook the port after two days of fighting.",
        "Officials said Dorvan's forces had withdrawn from the hills.",
    ],
)
def test_a_persons_forces_name_no_place(tmp_path: Path, text: str) -> None:
    owner = text.split("'s")[0].split()[-1]
    assert owner not in note_names(tmp_path, text, "place")


# 7. a small town of the country the document names


def test_a_small_town_of_the_documents_country_needs_no_cue(tmp_path: Path) -> None:
    text = "Sri Lanka's navy said two Mannar trawlers had been seized with their crews."
    assert "Mannar" in note_names(tmp_path, text, "place")


def test_a_small_town_of_another_country_still_needs_a_cue(tmp_path: Path) -> None:
    text = "The navy said two Mannar trawlers had been seized with their crews."
    assert "Mannar" not in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "The United States said Benjamin had left the talks early.",  # a town and a name
        "The United States and the West said the North had broken the deal.",
    ],
)
def test_a_town_named_like_a_given_name_or_a_direction_needs_a_cue(
    tmp_path: Path, text: str
) -> None:
    places = note_names(tmp_path, text, "place")
    assert not {"Benjamin", "West", "North"} & places, places


def test_the_index_knows_the_country_of_a_town_and_the_code_of_a_country() -> None:
    assert city_country(place_key("Mannar")) == "LK"
    assert country_code("Sri Lanka") == "LK" and country_code("Atlantis") == ""
    assert city_country("no such key") == ""
    assert position_name("north east") and not position_name("mannar")


# 8. a town written without the apostrophe of its GeoNames name


def test_a_town_is_found_without_the_apostrophe_of_its_name() -> None:
    assert city_index().get(place_key("Tskhinvali")) == city_index().get(place_key("Ts'khinvali"))
    cities = {"1": {"name": "Kam\u2019yanka", "population": 600, "countrycode": "UA"}}
    keys = {row[0] for row in build_city_rows(cities)}
    assert {place_key("Kamyanka"), place_key("Kam'yanka")} <= keys


# 9. a village "in" a known place


def test_a_village_in_a_known_town_is_a_place(tmp_path: Path) -> None:
    text = "The displaced families are originally from Kelvadu in Mannar, the agency said."
    assert "Kelvadu" in note_names(tmp_path, text, "place")


# 10. plain names listed with a place


@pytest.mark.parametrize(
    ("text", "villages"),
    [
        ("Residents of Kotamba, Wesoru and Rilezo fled to the hills.", {"Wesoru", "Rilezo"}),
        ("Fighting was reported near Mannar, Wesoru and Rilezo.", {"Wesoru", "Rilezo"}),
        ("Clashes spread from Vavuniya to Wesoru, Rilezo and Pandavu.", {"Rilezo", "Pandavu"}),
    ],
)
def test_plain_names_listed_with_a_place_are_places(
    tmp_path: Path, text: str, villages: set[str]
) -> None:
    assert villages <= note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Kabul, Telvo and Marzak met on Monday.", "Marzak"),
        ("Fighting near Kabul, Telvo said, was heavy.", "Telvo"),
        ("The Donetsk and Luhansk People's Republics (DNR and LNR) forces advanced.", "Republics"),
    ],
)
def test_a_scene_a_speaker_or_a_titled_part_is_no_listed_place(
    tmp_path: Path, text: str, name: str
) -> None:
    assert name not in note_names(tmp_path, text, "place")


# 11. a bracketed aside that puts a name in a known place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gangs raid Tsafe (in Zamfara) and Kurvadi (in Katsina State) every week.", "Kurvadi"),
        ("Families fled from Kelvadu (in Mannar) to the coast.", "Kelvadu"),
        ("Families fled from Kelvadu (in Mannar) to the coast.", "Mannar"),
        # and "-based" or a fall (section 13)
        ("A Kelvadu-based rights group said the army was to blame.", "Kelvadu"),
        ("Sri Lankan troops said Kelvadu had fallen after a week of shelling.", "Kelvadu"),
        # local government areas, a police director's area, sluice gates (section 14)
        ("Bandits besieged a village in Bungara Local Government Area on Friday.", "Bungara"),
        ("They also stopped at a market in Tsavo Local Government where they killed 10.", "Tsavo"),
        ("Bandits attacked villages in Kurmi LGA on Monday.", "Kurmi"),
        ("Senior Supt. Agustin Tello, the Dalvano police director, said.", "Dalvano"),
        ("Fighting erupted at the Marivalu sluice gates on Monday.", "Marivalu sluice gates"),
    ],
)
def test_a_name_with_a_place_cue_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in note_names(tmp_path, text, "place")


def test_an_aside_after_a_meeting_names_no_place(tmp_path: Path) -> None:
    text = "The envoy met Telvo (in Geneva) on Monday."
    assert "Telvo" not in note_names(tmp_path, text, "place")


# 12. aspirated spellings of one village


def test_aspirated_and_plain_spellings_of_a_village_are_one_place(tmp_path: Path) -> None:
    text = "Shells fell on the village of Pallaitivu. Residents of Pallaithivu fled to the coast."
    places = [e for e in note_entities(tmp_path, text) if e.type == "place"]
    assert len(places) == 1 and {"Pallaitivu", "Pallaithivu"} <= {
        places[0].name,
        *places[0].aliases,
    }


# 13. "X-based" and a fall


def test_a_country_or_a_group_before_based_is_no_place(tmp_path: Path) -> None:
    text = "A US-based monitor, a Hamas-based cell and Chinese Yuan-based credit were named."
    assert not {"US", "Hamas", "Chinese Yuan"} & note_names(tmp_path, text, "place")


# 14. local government areas (the cases with a place are in section 11)


def test_the_ministry_of_local_government_is_no_place(tmp_path: Path) -> None:
    text = "The Ministry of Local Government said the council would meet."
    assert not note_names(tmp_path, text, "place")
