"""Kinds of place name fixed in round places11, on invented sentences: a site named by a
head word and a number ("Tower 22", "Checkpoint 5", "Camp 1") and a place whose name ends
in a number at the end of its phrase ("the suburb of Kelvo 2"); a feature noun after a
name that already ends in its own head ("the Atlantic Ocean island's hills" names the
ocean); a town of the city index found with its lower-case unit ("Gulu district", "the
Kindia commune") is named by the town; a name opened by a lower-case Arabic article
("near al-Kelvani") is a name, not a lower-case word; "a resident of X", "a native of X"; the area after a named unit and a comma ("in Tovar
county, Dravishan,"); a town of the city index after "the town of" though the sources
also write its name in lower case ("the town of Hope"). Guards also: a currency's short form
before an amount ("Rs 5 lakh"), a side's camp ("a Maoist camp"). The next item of a list
after a named site with its lower-case noun ("the Dravo oil field and al-Mahrun"). A name after a way's noun ("the road to X", "the
border with X", "clashes between X and Y") or a person's word and "from" ("porters from
X", "both from X"). A run "<Name> County of <Name>" is the county and the area holding it.
Each kind has a guard: a month, a count, a product, a bare class word, a city's own
district, a person's particle name or given name that must not become a place."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities, note_names

# (text, places it names, names that are no place in it)
_CASES = [
    # a site named by its number
    (
        "A drone struck soldiers at Tower 31 in the desert overnight.",
        {"Tower 31"},
        {"Tower"},
    ),
    (
        "Two guards were shot at Checkpoint 7 near Kelvora on Friday.",
        {"Checkpoint 7", "Kelvora"},
        {"Checkpoint"},
    ),
    ("The convoy left Camp 4 at dawn, the officer said.", {"Camp 4"}, {"Camp"}),
    # a place named with a number that ends its phrase
    (
        "Police seized rifles in the northern suburb of Dravik 3.",
        {"Dravik 3"},
        {"Dravik"},
    ),
    # guards: a date, a count after a place, a product, a bare class word
    ("The talks began in March 22 days after the truce.", set(), {"March 22", "March"}),
    ("Gunmen raided Dravik 3 days ago, residents said.", {"Dravik"}, {"Dravik 3"}),
    ("Buyers of the Zorvik 15. were angry at Orvan Motors.", set(), {"Zorvik 15", "Zorvik"}),
    ("Rebels said the Camp was quiet.", set(), {"Camp"}),
    # a feature noun after a name that ends in its own head word
    (
        "The village lies deep in the Atlantic Ocean island's hills.",
        {"Atlantic Ocean"},
        {"Atlantic Ocean island"},
    ),
    # guard: a demonym before a feature noun still names the feature
    ("Tension rose on the Korean peninsula this week.", {"Korean peninsula"}, set()),
    # a name opened by a lower-case Arabic article, alone or in a list
    ("Rockets hit a base near al-Kelvani in the east.", {"al-Kelvani"}, set()),
    ("Drones struck bases at Dravo and el-Mahrun overnight.", {"Dravo", "el-Mahrun"}, set()),
    # guard: a person's particle name, an employer's
    ("Sheikh Omar al-Kelvani said the strike was illegal.", set(), {"al-Kelvani"}),
    # a resident or a native of a village
    (
        "Tovan, a resident of Marvelguda in the Kistavar area, was shot.",
        {"Marvelguda"},
        set(),
    ),
    ("The victim, a native of Dorvakot, was 30.", {"Dorvakot"}, set()),
    # guard: a given name after "a native of"; a country stays a country
    ("He was a native of Halima's family.", set(), {"Halima"}),
    ("He was a resident of Pakistan for years.", set(), {"Pakistan"}),
    # the area holding a named unit, after a comma
    (
        "He taught at a school in Tovar county, Dravishan, from 2003.",
        {"Tovar county", "Dravishan"},
        set(),
    ),
    # guard: a speaker, a month, a body after the unit's comma
    ("In Kelvo district, Halima said the road was shut.", {"Kelvo district"}, {"Halima"}),
    ("Fighting hit Kelvo district, Monday.", {"Kelvo district"}, {"Monday"}),
    (
        "Fighting hit Kelvo district, Amnesty International said.",
        {"Kelvo district"},
        {"Amnesty International"},
    ),
    # a town of the index named by a word also written in lower case, after "the town of"
    (
        "The shell landed 10km north of the town of Hope; hope is thin there.",
        {"Hope"},
        set(),
    ),
    # guard: a month, a weekday after "the town of"; a bare common word elsewhere
    ("He came back to the town of May in Sunday's rain.", set(), {"May", "Sunday"}),
    ("She had hope for the town, he said. Hope was all.", set(), {"Hope"}),
    # guards: a currency's short form before an amount; a side's camp
    ("The two carried a reward of Rs 5 lakh each, police said.", set(), {"Rs"}),
    ("Police raided a Maoist camp in Dorva forest.", set(), {"Maoist"}),
    ("Police raided an Islamist base near Tenka.", {"Tenka"}, {"Islamist"}),
    # the next item of a list after a named site with its lower-case noun
    (
        "Drones hit bases at the Dravo oil field and al-Mahrun in the east.",
        {"Dravo oil field", "al-Mahrun"},
        set(),
    ),
    # guards: a given name, a speaker, a weekday after such a list's "and"
    ("Gunmen stormed the Kelvar market and Ahmed in the east.", {"Kelvar market"}, {"Ahmed"}),
    ("They toured the Kelvo village and Tovani said it was calm.", set(), {"Tovani"}),
    ("Police guarded the Dravo hospital and Monday was calm.", set(), {"Monday"}),
    # a name after a way's noun or a person's word and "from"
    ("Two porters from Dovrak were shot by guards.", {"Dovrak"}, set()),
    ("Two others, both from Dovrak, were hurt.", {"Dovrak"}, set()),
    ("Troops closed the road to Dovrak on Friday.", {"Dovrak"}, set()),
    ("Clashes between Dovrak and Tarvel killed five.", {"Dovrak", "Tarvel"}, set()),
    ("The border with Tarvel was shut in June.", {"Tarvel"}, {"June"}),
    # guards: a source after "from", a pair of people, a body, a given name
    ("He received a call from Tovani on Monday.", set(), {"Tovani"}),
    ("Talks between Tovani and Kelvar ended.", set(), {"Tovani", "Kelvar"}),
    ("A statement from Dovrak Holdings followed.", set(), {"Dovrak", "Dovrak Holdings"}),
    ("Two men from Ahmed's family came.", set(), {"Ahmed"}),
    # a unit of an area cut from the area that holds it
    (
        "Officials in Kelvo County of Dravi state reported ten dead.",
        {"Kelvo County", "Dravi state"},
        {"Kelvo County of Dravi"},
    ),
    # guard: a unit word alone before "of" keeps the whole name
    ("He lives in the District of Columbia now.", {"District of Columbia"}, {"Columbia"}),
]


@pytest.mark.parametrize(("text", "places", "others"), _CASES)
def test_each_kind_and_its_guard(tmp_path: Path, text: str, places: set, others: set) -> None:
    found = note_names(tmp_path, text, "place")
    assert (places - found, others & found) == (set(), set()), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops killed two rebels in an encounter in south Gulu district of Uganda.", "Gulu"),
        ("Rebels held the Kindia commune for a week.", "Kindia"),
    ],
)
def test_a_town_found_with_its_unit_is_named_by_the_town(
    tmp_path: Path, text: str, name: str
) -> None:
    places = {e.name for e in note_entities(tmp_path, text) if e.type == "place"}
    assert name in places, places


def test_a_region_apart_from_its_city_keeps_its_noun(tmp_path: Path) -> None:
    # guard: "Kramatorsk region" is a region of its own, not renamed to the city
    text = "Shelling hit the Kramatorsk region and Kramatorsk overnight."
    places = {e.name for e in note_entities(tmp_path, text) if e.type == "place"}
    assert {"Kramatorsk region", "Kramatorsk"} <= places, places


def test_a_city_district_unknown_to_the_index_keeps_its_noun(tmp_path: Path) -> None:
    # guard: a city's own district ("Kharkiv's Novoselivskyi district") is no town
    text = "In Kharkiv's Novoselivskyi district a school was hit on Sunday."
    places = {e.name for e in note_entities(tmp_path, text) if e.type == "place"}
    assert "Novoselivskyi" in places, (
        places
    )  # the capitalised name, its lower-case noun an alias (round places26b)


def test_a_facility_keeps_its_lower_case_noun(tmp_path: Path) -> None:
    # guard: "the Kelvar oil field" is a field, not the name "Kelvar"
    places = {
        e.name
        for e in note_entities(tmp_path, "Gunmen stormed the Kelvar oil field.")
        if e.type == "place"
    }
    assert places == {"Kelvar oil field"}, places
