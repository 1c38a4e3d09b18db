"""Places missed or mistyped on unseen reporting, by kind, in invented sentences (places18):

* a site of detention or burial, or a mosque, named with its kind in lower case ("a fire at
  the Orvela penitentiary", "blasts at Dorvat cemetery", "the Ul Basar mosque":
  ``facility_nouns`` of ``entity_rules.yaml``);
* an area unit that is also an army's unit, "Division", before "of" and a larger area ("in
  Marn-Tarvo Division of the South East Region": two places, ``area_unit_nouns``), while a
  numbered division, one named by its arm or one of a military region stays a force;
* quarters of a city listed before their plural noun ("the Beit Tarvo and Selmani
  neighbourhoods"), a capitalised article inside a listed name kept in it ("Ain El Tarvo");
* a part named after a known place's possessive and a locative word ("a march in Punjab's
  Kelvo", "started from Bhopal's Civil Lines": both the owner and the part);
* an inline dateline of a town and its country before a colon ("Osaka, Japan: A fire ...",
  ``text/dateline.py``), a place when the town is known;
* a capitalised word of a land feature before a lower-case area noun names the area ("the
  Coast region", "the Lake province"; not "the State department", "the District council");
* a town of the city index is no other spelling of an island or region of
  ``regions.yaml`` ("Mandera" stays Mandera, not the island Mindoro).

Guards: a role after the facility noun names a post, not a facility; a known town before
"mosque" or "cemetery" with no "the" places one of its sites ("a strike on Bhopal mosque");
a faith or an ordinary adjective before the plural noun names no quarter; a given name or an
English word after a known place's possessive names no town; an army's division stays a
force.
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
        ("In 2012, 300 inmates died in a fire at the Orvela penitentiary.", "Orvela penitentiary"),
        ("Two blasts shook Dorvat cemetery in Brenville on Sunday.", "Dorvat cemetery"),
        ("The attack targeted the Ul Basar mosque, where mourners met.", "Ul Basar mosque"),
        ("Guards fled when the Brenville jail was stormed.", "Brenville jail"),
    ],
)
def test_a_site_of_detention_or_burial_named_in_lower_case_is_a_place(
    tmp_path: Path, text: str, place: str
) -> None:
    assert place in _typed(tmp_path, text, "place")


def test_a_role_after_the_facility_noun_names_a_post(tmp_path: Path) -> None:
    places = _typed(tmp_path, "The Orvela penitentiary director said nothing.", "place")
    assert "Orvela penitentiary" not in places


def test_a_division_of_a_region_is_two_places(tmp_path: Path) -> None:
    text = (
        "Ten people were killed in Tessoma, a quarter in Ntarvo village, in Kelvu, "
        "Marn-Tarvo Division of the South East Region."
    )
    places = _typed(tmp_path, text, "place")
    assert {"Marn-Tarvo Division", "South East Region", "Kelvu"} <= places
    assert not _typed(tmp_path, text, "force")


@pytest.mark.parametrize(
    "text",
    [
        "The 5th Division of the Eastern Military Region moved north.",
        "The Armoured Division of the Eastern Region moved north.",
        "The 3rd Division of the Kelvo Army crossed the river.",
    ],
)
def test_an_armys_division_stays_a_force(tmp_path: Path, text: str) -> None:
    assert _typed(tmp_path, text, "force")
    assert not any("Division" in p for p in _typed(tmp_path, text, "place"))


def test_quarters_listed_before_their_plural_noun_are_places(tmp_path: Path) -> None:
    text = "Marchers crossed into the Ain El Tarvo and Selmani neighbourhoods on Friday."
    assert {"Ain El Tarvo", "Selmani"} <= _typed(tmp_path, text, "place")
    text = "Gunmen roamed the Kelvo and Tarvesh suburbs."
    assert {"Kelvo", "Tarvesh"} <= _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Marchers crossed into the Shia and Sunni neighbourhoods on Friday.",
        "Police raided the Rich and Poor suburbs.",
        "Marchers met in the Old and New quarters.",
    ],
)
def test_adjectives_before_the_plural_noun_name_no_quarter(tmp_path: Path, text: str) -> None:
    assert not _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A procession in Punjab's Kelvo turned violent.", {"Punjab", "Kelvo"}),
        (
            "The march started from Bhopal's Civil Lines and was flagged off.",
            {"Bhopal", "Civil Lines"},
        ),
        ("A religious procession in Haryana's Tor turned violent.", {"Haryana"}),
    ],
)
def test_a_part_owned_by_a_known_place_after_a_locative_is_a_place(
    tmp_path: Path, text: str, places: set[str]
) -> None:
    assert places <= _typed(tmp_path, text, "place")


def test_a_short_town_owned_by_a_known_place_is_a_place(tmp_path: Path) -> None:
    text = "A religious procession in Haryana's Dov turned violent."
    assert {"Haryana", "Dov"} <= _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("He was born in Punjab's Maria.", "Maria"),  # a given name, no town
        ("The meeting in Punjab's Congress Bhavan ended.", "Congress Bhavan"),
        ("A procession in Haryana's Tor turned violent.", "Tor"),  # an English word
    ],
)
def test_a_possessed_name_that_is_no_town_stays_out(tmp_path: Path, text: str, absent: str) -> None:
    assert absent not in _typed(tmp_path, text, "place")


def test_a_town_of_the_index_is_no_spelling_of_an_island(tmp_path: Path) -> None:
    places = _typed(tmp_path, "Troops moved into Mundra on Monday.", "place")
    assert "Mindoro" not in places


def test_a_spelling_of_a_town_still_names_it(tmp_path: Path) -> None:
    assert "Bakhmut" in _typed(tmp_path, "Troops moved into Bakhmout on Monday.", "place")
    assert "Deir al-Balah" in _typed(tmp_path, "Strikes hit Dayr al-Balah overnight.", "place")


@pytest.mark.parametrize(
    "text",
    ["A missile strike on Bhopal mosque killed 13.", "Mourners gathered at Multan cemetery."],
)
def test_a_known_towns_mosque_without_the_is_no_named_site(tmp_path: Path, text: str) -> None:
    places = _typed(tmp_path, text, "place")
    assert not any(p.endswith(("mosque", "cemetery")) for p in places)


def test_a_known_town_and_its_country_before_a_colon_is_a_dateline(tmp_path: Path) -> None:
    from briefbook.text import match_dateline, strip_dateline

    lede = "Osaka, Japan: A suspected arson attack has left 34 dead at a studio."
    assert "Osaka" in _typed(tmp_path, lede, "place")
    found = match_dateline(lede)
    assert found is not None and found.place == "Osaka"
    assert strip_dateline(lede, lambda name: name == "Osaka").startswith("A suspected")


@pytest.mark.parametrize(
    "lede", ["Hamas, Fatah: The groups met on Monday.", "Update, Monday: The toll rose."]
)
def test_a_name_that_is_no_known_town_before_a_comma_and_a_colon_is_kept(lede: str) -> None:
    from briefbook.analysis.variants import is_dateline_place
    from briefbook.text import strip_dateline

    assert strip_dateline(lede, is_dateline_place) == lede


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Attacks rose in the north and the Coast region, officials said.", "Coast region"),
        ("Floods hit the Lake province on Monday.", "Lake province"),
    ],
)
def test_a_land_features_word_before_an_area_noun_names_the_area(
    tmp_path: Path, text: str, place: str
) -> None:
    assert place in _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text", ["The State department said so.", "The District council met.", "The Coast guard said."]
)
def test_a_unit_word_or_a_bodys_noun_names_no_area(tmp_path: Path, text: str) -> None:
    assert not _typed(tmp_path, text, "place")
