"""Kinds of name fixed in round ents10, on invented sentences: datelines in capitals, in
title case and on a line of their own; transliteration variants of a town against the city
index and town names that open with a title; direction-prefixed parts of known places;
regions without an ISO code; local places named like a country; a person's possession;
persons known by one name after a role; particle spellings of a known person."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.variants import city_variant, dateline_place, is_dateline_place
from briefbook.text import strip_dateline
from builders import note_entities


def _typed(tmp_path: Path, text: str, etype: str) -> dict[str, list[str]]:
    return {e.name: sorted(e.aliases) for e in note_entities(tmp_path, text) if e.type == etype}


def _names(entities: dict[str, list[str]]) -> set[str]:
    return set(entities) | {a for aliases in entities.values() for a in aliases}


# 1. datelines


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KABUL, June 3 (Reuters) - Two guards were wounded at a checkpoint.", "KABUL"),
        ("HAKKARI, Turkey (AP) - Two soldiers were wounded in a clash.", "HAKKARI"),
        ("SHEIKH ZUWAYED - Gunmen fired on an army post before dawn.", "SHEIKH ZUWAYED"),
        ("Geneva - Briefing the council, the envoy called for a truce.", "Geneva"),
        ("Tamale - Four traders were wounded when gunmen opened fire.", "Tamale"),
    ],
)
def test_the_place_of_a_dateline_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    places = _typed(tmp_path, text, "place")
    assert place in _names(places), places
    assert not _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas - The group said its fighters had left the area.",
        "Ostland - which denies it - said the border was calm.",
        "Officials - Some of them said the talks would resume.",
    ],
)
def test_a_name_and_a_dash_that_is_no_known_place_is_no_dateline(tmp_path: Path, text: str) -> None:
    first = text.split()[0]
    assert first not in _names(_typed(tmp_path, text, "place"))


def test_a_line_of_capitals_above_the_lede_is_the_filing_place(tmp_path: Path) -> None:
    text = (
        "BINGOL\n\nAccording to the Bingol Governor's Office, militants opened fire on a "
        "patrol on Monday, wounding two soldiers."
    )
    assert "Bingol" in _names(_typed(tmp_path, text, "place"))


@pytest.mark.parametrize(
    ("paragraph", "lede"),
    [
        (
            "Geneva - Briefing the council, the envoy spoke.",
            "Briefing the council, the envoy spoke.",
        ),
        ("WASHINGTON — The council met on Monday.", "The council met on Monday."),
        ("Hamas - The group said so.", "Hamas - The group said so."),
        ("NATO — The alliance met on Monday.", "NATO — The alliance met on Monday."),
        ("Russia - The Kremlin said so.", "Russia - The Kremlin said so."),
    ],
)
def test_a_bare_dateline_of_a_known_place_is_cut_from_the_lede(paragraph: str, lede: str) -> None:
    assert strip_dateline(paragraph, is_dateline_place) == lede
    assert strip_dateline(paragraph) == paragraph  # without the gazetteer's test: kept


def test_a_dateline_place_is_looked_up_in_any_case() -> None:
    assert dateline_place("HAKKARI") == dateline_place("Hakkari") is not None
    assert dateline_place("NATO") is None
    assert dateline_place("Russia") is None  # a country is no bare dateline's place


# 2. transliteration variants and titled town names


def test_a_town_spelled_with_other_vowels_is_the_town_of_the_index() -> None:
    assert city_variant("Sheikh Zuwayed") is not None
    assert city_variant("Sheikh Zuwayed") == city_variant("Shaikh Zuwayed")
    assert city_variant("Soviet") is None  # one word: no village of Sovet
    assert city_variant("Gitenga") is None  # not an alternate name of Gottingen


def test_a_town_named_after_a_title_is_a_place_not_a_person(tmp_path: Path) -> None:
    text = "An attack on a checkpoint in Sheikh Zuwayed killed three gunmen on Sunday."
    assert "Sheikh Zuwayed" in _typed(tmp_path, text, "place")
    assert not _typed(tmp_path, text, "person")


def test_a_titled_person_stays_a_person(tmp_path: Path) -> None:
    text = "Sheikh Tarvan Olmesi met the envoy in Doha on Sunday, officials said."
    assert "Tarvan Olmesi" in _names(_typed(tmp_path, text, "person"))


# 3. direction-prefixed parts of known places


def test_northern_and_north_name_one_part_apart_from_the_whole(tmp_path: Path) -> None:
    text = (
        "Three militants were killed in Sinai on Sunday, officials said. The cars had been "
        "used in attacks in Northern Sinai, police said. Troops moved into North Sinai."
    )
    places = _typed(tmp_path, text, "place")
    assert "Sinai" in places
    part = {n for n in places if n.endswith("Sinai") and n != "Sinai"}
    assert len(part) == 1, places
    assert {"Northern Sinai", "North Sinai"} <= _names({p: places[p] for p in part})


# 4. regions without an ISO code


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen ambushed a convoy in Casamance on Friday, the army said.", "Casamance"),
        ("Shelling hit villages across the Nagorno-Karabakh region overnight.", "Nagorno-Karabakh"),
        ("Clashes spread through the Ogaden after the vote, residents said.", "Ogaden"),
    ],
)
def test_a_region_without_an_iso_code_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in _names(_typed(tmp_path, text, "place"))


# 5. local places named like a country; a person's possession


def test_a_district_named_like_a_country_is_a_local_place(tmp_path: Path) -> None:
    text = (
        "The army destroyed tunnels in the districts of Sarvesa, Halowat and Brazil, "
        "officials said."
    )
    assert {"Sarvesa", "Halowat", "Brazil"} <= set(_typed(tmp_path, text, "place"))
    assert "Brazil" not in _typed(tmp_path, text, "country")


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kyiv said the Ukraine settlement would need guarantees from Washington.",
        "Hardliners said the Iran camp would reject the offer.",
    ],
)
def test_a_deal_or_a_side_named_for_a_country_keeps_the_country(tmp_path: Path, text: str) -> None:
    countries = _typed(tmp_path, text, "country")
    assert any(n in _names(countries) for n in ("Ukraine", "Iran")), countries


def test_a_demonym_before_a_locality_noun_is_no_namesake(tmp_path: Path) -> None:
    text = "Troops shelled the Lebanese village of Korvat on Monday."
    places = _typed(tmp_path, text, "place")
    assert "Korvat" in places and "Lebanese" not in _names(places)


def test_a_constables_barracks_is_no_place(tmp_path: Path) -> None:
    text = (
        "She was visiting Constable Arlo Benkson at the station. On her way to Constable "
        "Benkson's barracks, she was attacked by gunmen."
    )
    places = _typed(tmp_path, text, "place")
    assert not any("Benkson" in n for n in _names(places)), places
    assert "Arlo Benkson" in _typed(tmp_path, text, "person")


# 6. one name after a role; particle spellings


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Maoist commander Dhelma was injured in the clash, police said.", "Dhelma"),
        ("Rebel leader Korvu said the group would fight on.", "Korvu"),
        ("The battalion led by dreaded ultra Hidmu was involved in the attack.", "Hidmu"),
    ],
)
def test_one_name_after_a_leadership_role_is_a_person(
    tmp_path: Path, text: str, person: str
) -> None:
    assert person in _typed(tmp_path, text, "person")


def test_one_name_after_a_role_that_is_a_big_city_is_no_person(tmp_path: Path) -> None:
    text = "The rebel commander Mosul was never named; fighters fled."
    assert "Mosul" not in _typed(tmp_path, text, "person")


def test_a_known_persons_particle_in_either_case_is_one_person(tmp_path: Path) -> None:
    text = (
        "General Abdel Fattah al-Burhan met the envoy on Monday, officials said. Later, "
        "Abdel Fattah Al-Burhan told reporters the talks had failed."
    )
    people = _typed(tmp_path, text, "person")
    assert len(people) == 1, people


def test_two_people_after_a_plural_role_and_before_of_are_two_people(tmp_path: Path) -> None:
    text = (
        "The dead were identified as assistant constables Belmin Orush and Kesto Varnad "
        "of DRG, police said."
    )
    assert {"Belmin Orush", "Kesto Varnad"} <= set(_typed(tmp_path, text, "person"))


def test_a_title_case_place_and_a_colon_opening_the_story_is_a_dateline(tmp_path: Path) -> None:
    text = "Tamale: Gunmen on Sunday ambushed a patrol near the river, leaving two dead."
    assert "Tamale" in _typed(tmp_path, text, "place")
    assert "Update" not in _names(_typed(tmp_path, "Update: The toll rose to nine.", "place"))


def test_a_portion_opening_the_sentence_is_no_part_of_the_name(tmp_path: Path) -> None:
    text = "Parts of the Dorvasi region have long been disputed between the two parties."
    places = _names(_typed(tmp_path, text, "place"))
    assert any(n.startswith("Dorvasi") for n in places), places
    assert not any(n.startswith("Parts") for n in places), places


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        ("Gunmen attacked the Arab village of Islavah, east of the river.", "Islavah", "Arab"),
        (
            "Troops were sent to the largely Tarasco Indigenous town near Korvat.",
            "Korvat",
            "Tarasco Indigenous",
        ),
        ("Shelling hit the Alawite village of Merzat overnight.", "Merzat", "Alawite"),
    ],
)
def test_who_lives_in_a_village_is_not_its_name(
    tmp_path: Path, text: str, place: str, not_place: str
) -> None:
    places = _names(_typed(tmp_path, text, "place"))
    assert place in places and not_place not in places, places
