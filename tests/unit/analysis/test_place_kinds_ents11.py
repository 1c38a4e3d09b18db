"""Kinds of place name fixed in round ents11, on invented sentences: villages listed after a
plural locality noun a few words back or a dash, or with a place; a capitalised Arabic
article opening a name; the adjective of a known place before a noun; townships; a village
written with and without "Village"; a weekday after a name; a possessive that owns a part
of a place; a small town of the country the document names; a town written without the
apostrophe of its GeoNames name; a village's ending in its country; a village "in" a known
place or in a bracketed aside; "X-based"; a fall; local government areas; aspirated
spellings of one village."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.places import (
    build_city_rows,
    city_country,
    city_index,
    country_code,
    place_key,
    place_skeleton,
    position_name,
)
from builders import note_entities, note_names

# (sentence, a place it names)
_PLACES = [
    # townships
    (
        "A column stationed in nearby Kelzabo Township in Magway Region entered a village.",
        "Kelzabo Township",
    ),
    # a possessive that owns a part of a place, or a town's forces
    ("Families fled from villages in Kelantao's second district, officials said.", "Kelantao"),
    ("Georgian officials said Tskhinvali's forces had fired on a village overnight.", "Tskhinvali"),
    # a small town of the country the document names
    ("Sri Lanka's navy said two Mannar trawlers had been seized with their crews.", "Mannar"),
    # a village's ending in a report naming its country
    ("Sri Lankan officials said Puthukkudiyiruppu was quiet on Sunday.", "Puthukkudiyiruppu"),
    # a village "in" a known place, or in a bracketed aside after a locative or an aside
    ("The displaced families are originally from Kelvadu in Mannar, the agency said.", "Kelvadu"),
    ("Gangs raid Tsafe (in Zamfara) and Kurvadi (in Katsina State) every week.", "Kurvadi"),
    ("Families fled from Kelvadu (in Mannar) to the coast.", "Kelvadu"),
    ("Families fled from Kelvadu (in Mannar) to the coast.", "Mannar"),
    # plain names listed with a place
    ("Residents of Kotamba, Wesoru and Rilezo fled to the hills.", "Rilezo"),
    ("Fighting was reported near Mannar, Wesoru and Rilezo.", "Wesoru"),
    ("Clashes spread from Vavuniya to Wesoru, Rilezo and Pandavu.", "Pandavu"),
    # "-based" with the name a place by another route (the city index of a country the
    # report names, a cue elsewhere), and a fall
    ("A Mannar-based rights group said Sri Lankan troops were to blame.", "Mannar"),
    (
        "A Kelvadu-based rights group said the army had shelled a market in Kelvadu.",
        "Kelvadu",
    ),
    ("Sri Lankan troops said Kelvadu had fallen after a week of shelling.", "Kelvadu"),
    # local government areas, a police director's area, sluice gates
    ("Bandits besieged a village in Bungara Local Government Area on Friday.", "Bungara"),
    ("They also stopped at a market in Tsavo Local Government where they killed 10.", "Tsavo"),
    ("Bandits attacked villages in Kurmi LGA on Monday.", "Kurmi"),
    ("Senior Supt. Agustin Tello, the Dalvano police director, said.", "Dalvano"),
    ("Fighting erupted at the Marivalu sluice gates on Monday.", "Marivalu sluice gates"),
]

# (sentence, a name that is no place in it)
_NOT_PLACES = [
    # a speaker after a list; a plural locality noun in another sentence opens no list
    (
        "Several villages were burned, including Tarmeni, Halima Dauda said on Monday.",
        "Halima Dauda",
    ),
    (
        "The villages were quiet. Officials include Kesmaru Balo, the district's envoy.",
        "Kesmaru Balo",
    ),
    # the adjective of a known place
    ("Several Ossetian villages in the border area were shelled overnight.", "Ossetian"),
    (
        "The shells were fired from South Ossetian territory, the ministry said.",
        "South Ossetian territory",
    ),
    ("The shells were fired from South Ossetian territory, the ministry said.", "South Ossetian"),
    # a person's forces
    ("Hadi's forces retook the port after two days of fighting.", "Hadi"),
    ("Officials said Dorvan's forces had withdrawn from the hills.", "Dorvan"),
    # a small town of a country the document does not name, named like a person or a direction
    ("The navy said two Mannar trawlers had been seized with their crews.", "Mannar"),
    ("The United States said Benjamin had left the talks early.", "Benjamin"),
    ("The United States and the West said the North had broken the deal.", "West"),
    ("The United States and the West said the North had broken the deal.", "North"),
    ("The United States code is under the licence Apache-2.0 in the repository.", "Apache"),
    ("The United States code is under the MIT/Apache licence.", "Apache"),
    # a village's ending without its country, after a role or before a speech verb
    ("Officials said Puthukkudiyiruppu was quiet on Sunday.", "Puthukkudiyiruppu"),
    ("The Sri Lankan minister Kamalpura said the talks had failed.", "Kamalpura"),
    ("In Sri Lanka, Kamalpura said the talks had failed.", "Kamalpura"),
    # a scene, a speaker or a titled part beside a listed place
    ("In Kabul, Telvo and Marzak met on Monday.", "Marzak"),
    ("Fighting near Kabul, Telvo said, was heavy.", "Telvo"),
    ("The Donetsk and Luhansk People's Republics (DNR and LNR) forces advanced.", "Republics"),
    # an aside after a meeting; a country, a group or a currency before "-based"; a ministry
    ("The envoy met Telvo (in Geneva) on Monday.", "Telvo"),
    ("A US-based monitor, a Hamas-based cell and Chinese Yuan-based credit were named.", "US"),
    ("A US-based monitor, a Hamas-based cell and Chinese Yuan-based credit were named.", "Hamas"),
    (
        "A US-based monitor, a Hamas-based cell and Chinese Yuan-based credit were named.",
        "Chinese Yuan",
    ),
    ("The Ministry of Local Government said the council would meet.", "Local Government"),
    # "-based" after a brand, a platform, a maker or a doctrine: no place by any other route
    ("A Viber-based channel spread the rumour overnight.", "Viber"),
    ("Rebels used a Linux-based tablet to guide the drones.", "Linux"),
    ("A Leninist-based doctrine guided the movement.", "Leninist"),
    ("A Maoism-based programme was taught in the camps.", "Maoism"),
    ("Fighters drove a Nissan-based technical into the square.", "Nissan"),
    ("The guards carried a Makarov-based pistol.", "Makarov"),
    ("The unit kept a Zorvex-based radio link open.", "Zorvex"),
    # a small town of the home country named like an ordinary word, without a locative cue
    ("United States officials said Harmony would review the rule.", "Harmony"),
    ("In Russia, a Progress cargo ship docked with the station.", "Progress"),
    ("The United States said Liberty and Justice were its aims.", "Liberty"),
    # a known place listed with bodies, with no locative or locality cue before the list
    ("Delegates from Kandahar, Medair and Tearfund attended the meeting.", "Medair"),
    ("Officials of Kandahar, Medair and Tearfund met the donors.", "Tearfund"),
    ("Envoys of Mannar, Zorvex and Kelbrite signed the accord.", "Kelbrite"),
]


@pytest.mark.parametrize(("text", "place"), _PLACES)
def test_a_name_with_a_place_cue_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(("text", "name"), _NOT_PLACES)
def test_a_name_without_a_place_cue_is_no_place(tmp_path: Path, text: str, name: str) -> None:
    assert name not in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "villages"),
    [
        (
            "A resident said the villages attacked on Sunday night include Dorvalu, Kesmaru,"
            " Unguwar Tilda and Benzor Kani.",
            {"Dorvalu", "Kesmaru", "Unguwar Tilda", "Benzor Kani"},
        ),
        ("Gunmen fired on two villages – Drelvo and Nikovi – before dawn.", {"Drelvo", "Nikovi"}),
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


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        # a capitalised Arabic article opens the name
        (
            "Three people were killed in the Al Ramla neighbourhood on Wednesday.",
            "Al Ramla",
            "Ramla",
        ),
        # a weekday after a name is no part of it
        (
            "The gunmen also tried to attack Yandara Daji Sunday night.",
            "Yandara Daji",
            "Yandara Daji Sunday",
        ),
    ],
)
def test_the_span_of_a_place_name(tmp_path: Path, text: str, whole: str, part: str) -> None:
    places = note_names(tmp_path, text, "place")
    assert whole in places and part not in places, places


@pytest.mark.parametrize(
    ("text", "spellings"),
    [
        (
            "Soldiers entered Pannevo Village on Monday. Families from Pannevo fled.",
            {"Pannevo", "Pannevo Village"},
        ),
        (
            "Shells fell on the village of Pallaitivu. Residents of Pallaithivu fled to the coast.",
            {"Pallaitivu", "Pallaithivu"},
        ),
    ],
)
def test_two_spellings_of_a_village_are_one_place(
    tmp_path: Path, text: str, spellings: set[str]
) -> None:
    places = [e for e in note_entities(tmp_path, text) if e.type == "place"]
    assert len(places) == 1 and spellings <= {places[0].name, *places[0].aliases}, places


def test_a_town_and_its_aspirated_namesake_keep_their_skeletons_apart() -> None:
    assert place_skeleton("Mullaithivu") == place_skeleton("Mullaitivu")
    assert place_skeleton("Tikhoretsk") != place_skeleton("Toretsk")  # "kh", not "th"


def test_the_index_knows_the_country_of_a_town_and_the_code_of_a_country() -> None:
    assert city_country(place_key("Mannar")) == "LK"
    assert country_code("Sri Lanka") == "LK" and country_code("Atlantis") == ""
    assert city_country("no such key") == ""
    assert position_name("north east") and not position_name("mannar")


def test_a_town_is_found_without_the_apostrophe_of_its_name() -> None:
    assert city_index().get(place_key("Tskhinvali")) == city_index().get(place_key("Ts'khinvali"))
    cities = {"1": {"name": "Kam\u2019yanka", "population": 600, "countrycode": "UA"}}
    keys = {row[0] for row in build_city_rows(cities)}
    assert {place_key("Kamyanka"), place_key("Kam'yanka")} <= keys
