"""Kinds of place name fixed in round places12, on invented sentences, each with a guard.

Gazetteer places gated out in ordinary positions: a sovereign state the gazetteer lacked
(its name split into two places: "Trinidad and Tobago"; its capital); a province of the
second level of ISO 3166-2 ("Nueva Vizcaya" under a region, "Aceh" under an island group);
a parish written "St" for "Saint"; a town after a word that names its rank or its part
("the capital Kavieng", "central Kavieng"); the area after a comma that holds the place
named before it ("Sibu, Sarawak"); a town put in its country by a comma ("near Ban Kelvo,
Laos,"); an area that names an office, before the title or after a rank's short form
("Bihar IG X", "IG Bihar said", "District Kelvo SSP X"); a known area before a group's
short form ("North Maluku GAM commander"); a district named unit first ("in District
Kelvo"). Facilities and areas the name rules read as persons: a facility named by its
capitalised head ("the King Edward Barracks", "the Prince Albert Casino"), a base's first
word ("Fort Kelvo"), a known area or big city listed after a person ("Ana Ruiz, Banda
Aceh -"). Items of a list with "of" inside ("Port of Spain and Kelvani"), a parish and a
bus stop by their heads, islands and English names of areas. A facility whose capitalised
head a lower-case noun follows ("the Kelvo Arena stadium"); the place a court or a police
force is named for ("the Kota Kinabalu High Court"); a village's name with a word of three
letters ("Lal Kelvani"); a town written with "Town" and without; a journey's end after a
verb of motion ("going to Dravokand from their camp"). Guards: a month span, a
count before "of", a country's name as an adjective, a city's alternate name after "the",
a rank after a comma, a saint who speaks, a surname after a rank, people listed together,
a counted capitalised noun, an article alone, a creed's adjective, a newspaper named after
a city, a person named like a facility, a given name of three letters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities, note_names

# (text, places it names, names that are no place in it)
_CASES = [
    # a sovereign state the gazetteer lacked: a country, not two places; its capital
    (
        "The envoy left Trinidad and Tobago on Friday for talks in Suva.",
        {"Suva"},
        {"Trinidad", "Tobago", "Trinidad and Tobago"},
    ),
    # a province of the second level of ISO 3166-2, after a locative word
    ("Troops hunted the rebels across Nueva Vizcaya on Sunday.", {"Nueva Vizcaya"}, set()),
    # a parish written with "St"; guard: a saint who speaks stays no place
    (
        "Gunmen killed two men in the Kelvo district, St Andrew, before dawn.",
        {"St Andrew"},
        set(),
    ),
    ("Saint Peter said the rock would stand.", set(), {"Saint Peter"}),
    # a town after a word of its rank or its part
    ("Looters left the market of the capital Kavieng in ruins.", {"Kavieng"}, set()),
    ("As shops in central Kavieng burned, the cabinet met.", {"Kavieng"}, set()),
    # the area after a comma that holds the place before it; guard: a rank after a comma
    ("The raiders were caught 20km from Sibu, Sarawak, last week.", {"Sibu", "Sarawak"}, set()),
    (
        "The clash was in Kelvani town, Brig. Gen. Arnel Tovar said.",
        {"Kelvani"},
        {"Brig", "Brig. Gen"},
    ),
    # a town put in its country by a comma
    (
        "The casino stands on the river near Ban Kelvo, Laos, close to the border.",
        {"Ban Kelvo"},
        set(),
    ),
    # an area that names an office; guard: a surname after a rank stays a person
    ("Bihar IG Tariq Rehman said the attackers were known.", {"Bihar"}, set()),
    ("On the other hand IG Bihar said the attackers were known.", {"Bihar"}, set()),
    ("According to District Kelvo SSP Irfan Bahadur, four were held.", {"District Kelvo"}, set()),
    ("IG Khan said the attackers were known.", set(), {"Khan"}),
    ("The talks were attended by Commissioner Kelvo division and the police.", {"Kelvo"}, set()),
    ("Commissioner Gordon said the city was safe.", set(), {"Gordon"}),
    # a known area before a group's short form
    (
        "North Maluku GAM commander Tovar Amri told reporters he had no word.",
        {"North Maluku"},
        set(),
    ),
    # a district named unit first, after a locative word
    ("The vaccination drive was stopped in District Kelvo.", {"District Kelvo"}, set()),
    # a facility the name rules read as a person
    (
        "Command changed at the King Edward Barracks at Kelvani on Monday.",
        {"King Edward Barracks"},
        {"Edward Barracks"},
    ),
    (
        "The sanctions name the Prince Albert Casino in northern Laos.",
        {"Prince Albert Casino"},
        {"Albert Casino"},
    ),
    # a base's first word and a name, then its province
    (
        "The commander of the division based in Fort Kelvo, Nueva Vizcaya, said two died.",
        {"Fort Kelvo", "Nueva Vizcaya"},
        set(),
    ),
    # a byline's town after a person; guard: people listed together stay people
    (
        "Ana Ruiz, Banda Aceh - At least nine people were killed in the province of Aceh.",
        {"Banda Aceh", "Aceh"},
        set(),
    ),
    # an item of a list with "of" inside
    ("Four men were shot dead in Port of Spain and Kelvani.", {"Port of Spain", "Kelvani"}, set()),
    # a parish and a bus stop named by their heads
    (
        "Police said the raid was at Kelvo trading center in Kelvani Parish, Kelvo Sub County.",
        {"Kelvani Parish"},
        set(),
    ),
    ("The shooting took place near the Kelvo Gali stop at noon.", {"Kelvo Gali stop"}, set()),
    # an island and an English name of an area
    ("They came to claim part of Borneo as their land.", {"Borneo"}, set()),
    ("Few backed an independent Basque Country then.", {"Basque Country"}, set()),
    # guards: a month span, a count before "of", a country's name as an adjective
    ("What happened in April-May 2014 is still disputed.", set(), {"April-May"}),
    (
        "Hundreds of Marshall Island workers marched.",
        set(),
        {"Hundreds of Marshall Island", "Marshall Island"},
    ),
    # guard: a city's alternate name after "the" is a title's word, not the city
    ("They waged war against the Yang di-Pertuan Agong, the court said.", set(), {"Yang"}),
    # a facility named by a capitalised head a lower-case noun may follow
    ("Gunmen were holed up inside the Kelvo Castle after the attack.", {"Kelvo Castle"}, set()),
    (
        "Crowds gathered near the Kelvo Arena stadium and marched.",
        {"Kelvo Arena"},
        {"Kelvo Arena stadium"},
    ),
    # the place a court or a police force is named for
    ("The Kota Kinabalu High Court sentenced them in 2016.", {"Kota Kinabalu"}, set()),
    ("The Bihar Police said four died.", {"Bihar"}, set()),
    # a village's name with a word of three letters; guard: a person's given name
    (
        "Gunmen opened fire at the checkpost in Lal Kelvani near the Dravo area.",
        {"Lal Kelvani"},
        set(),
    ),
    ("Troops met Abu Kelvani in Dravo on Monday.", set(), {"Abu Kelvani"}),
    # a journey's end after a verb of motion; guard: a letter's addressee
    (
        "The officers were going to Dravokand from their camp at dawn.",
        {"Dravokand"},
        set(),
    ),
    ("He wrote to Kelvani from prison.", set(), {"Kelvani"}),
    # guards: a counted noun, an article alone, a creed's adjective
    (
        "On Monday three Policemen had fallen victim to a trap in Kelvani.",
        {"Kelvani"},
        {"Policemen"},
    ),
    ("The gang is one of a number of Los Angeles-style youth gangs.", set(), {"Los"}),
    ("Few Forces were deployed in Maoist affected areas.", set(), {"Maoist"}),
    # guards: a newspaper named after a city, a person named like a facility
    ("The Washington Post reported the raid.", set(), {"Washington"}),
    ("Barbara Castle said the vote was lost.", set(), {"Barbara Castle"}),
]


@pytest.mark.parametrize(("text", "places", "others"), _CASES)
def test_each_kind_and_its_guard(tmp_path: Path, text: str, places: set, others: set) -> None:
    found = note_names(tmp_path, text, "place")
    assert (places - found, others & found) == (set(), set()), found


def test_a_country_the_gazetteer_lacked_is_a_country(tmp_path: Path) -> None:
    countries = note_names(tmp_path, "The envoy left Trinidad and Tobago on Friday.", "country")
    assert "Trinidad and Tobago" in countries, countries


def test_people_listed_together_stay_people(tmp_path: Path) -> None:
    # guard: the byline rule leaves names that are no known town to the person rules
    people = note_names(tmp_path, "Pedro Alba, Ines Vogt and Tariq Mahmoud met.", "person")
    assert {"Pedro Alba", "Ines Vogt", "Tariq Mahmoud"} <= people, people


def test_an_office_area_leaves_the_person_named(tmp_path: Path) -> None:
    entities = {
        (e.type, e.name)
        for e in note_entities(tmp_path, "Bihar IG Tariq Rehman said the attackers fled.")
    }
    assert {("place", "Bihar"), ("person", "Tariq Rehman")} <= entities, entities


def test_a_seat_keeps_its_body(tmp_path: Path) -> None:
    entities = {
        (e.type, e.name)
        for e in note_entities(tmp_path, "The Kota Kinabalu High Court sentenced them.")
    }
    assert {("place", "Kota Kinabalu"), ("organisation", "Kota Kinabalu High Court")} <= entities


def test_a_town_named_with_town_and_without_is_one_place(tmp_path: Path) -> None:
    text = (
        "A worker was killed in Dravi's Kelvo Town locality. The shooting was in the"
        " jurisdiction of the Kelvo police station."
    )
    places = [(e.name, set(e.aliases)) for e in note_entities(tmp_path, text) if e.type == "place"]
    assert ("Kelvo Town", {"Kelvo"}) in places, places
