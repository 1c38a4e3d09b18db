"""Persons, places and bodies misread on unseen reporting for want of a general cue, by kind,
in invented sentences (ents17):

* a warship named after a known person ("USS Carney" and Mark Carney): "the Carney" later in
  the source is the ship, as no person's name takes the article; the person stays the
  person where written as one;
* a group's label or name headed by an Arabic or Urdu noun ("Fitna al-Khawarij", "Jund
  al-Aqsa", "Usbat al-Ansar"; ``organisation_first_words``) is a body, never a person with a
  particle;
* a country's name written out heading a national body's own name ("the Afghanistan
  Cricket Board") keeps the country in the body's name; its initials only describe one
  ("DPRK Reconnaissance General Bureau" stays the bureau);
* a hotel named with its class word first ("the Hotel Tamarin") is a place, as "the Serena
  Hotel" is; a body of the trade ("the Hotel Workers Union") stays a body;
* an inhabited island that is no town of the city index, named alone after "on" ("on
  Eleuthera", "on Kos"; the islands of ``data/places.yaml``);
* a profession before a name at the start of a sentence ("Psychiatrist X Y: ..."), an age
  whose hyphens are dropped ("19 year-old X Y"), and the honorific of a judge ("His Honour
  X Y");
* a person set off between commas after an office over a place ("the mayor of the northern
  city of Kelvo, X Y, was stabbed") or followed by one in title case ("X Y, Mayor of
  Kelvo,"), or after an office in title case over a branch ("the Manager of Kelvo branch X
  Y");
* a place named by one of its people named after it ("Kelvo resident X Y", "Kelvo native
  X Y"), even opening a sentence; a South Asian district's headquarters subdistrict ("Kelvapur Sadar");
* a body named "<Name> Bank of <Name>" before a lower-case administrative noun is the body
  and then the unit it stands in ("the Agrani Bank of Kelvapur upazila").

* a square named after a man whose given name is a month's short form ("Jan Kelvar
  Square"); a feature of the land or a mall named with its class word last ("the Marvo
  Delta", "the Kelvo Mall"); a place's name with a glottal stop written as an apostrophe
  ("at Tavinu'u"); the area named after a village, a locative word and a comma ("at Velovai,
  Kalealili, and taken");
* an Arabic name in its full chain of given names, of six to eight words, with an ayn
  written as an apostrophe ("Abdul Karim Muhammad Yusuf 'Uthman Abdul Salam", "Al-'Awni");
  a known given name with a country's name as the surname and a person's cue ("Omar
  Sweden, a 31-year-old resident"); the holder of an office named over a list of
  portfolios ("the Minister of Home Affairs, Immigration, Safety and Security X Y").

Guards: a group noun opening a sentence before "resident" ("Local resident X Y") and a
given name alone before it stay no place; "the Bank of Kelvo" stays whole; "Jan 5" stays a date;
a name after "at X," before a speech verb stays no place; a portfolio before a title after
"the late" ("the late Public Works Minister X Y") is no person; a quoted phrase opened by an
apostrophe stays apart from the name before it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


def _typed(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


def test_a_warship_named_after_a_known_person_keeps_its_later_mentions(tmp_path: Path) -> None:
    text = (
        "The frigate HMS Starmer intercepted two drones over the strait on Monday. "
        "The Starmer later returned to Souda Bay for repairs."
    )
    found = entities_of(tmp_path, text)
    assert ("vessel", "HMS Starmer") in found
    assert not {name for t, name in found if t == "person"}


def test_the_person_a_warship_is_named_after_stays_a_person(tmp_path: Path) -> None:
    text = (
        "The destroyer USS Carney shot down three drones on Tuesday. "
        "The Carney later returned to port. Mark Carney spoke in Ottawa on Wednesday."
    )
    found = entities_of(tmp_path, text)
    assert ("vessel", "USS Carney") in found
    assert ("person", "Mark Carney") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said Fitna al-Zalimin was behind the ambush on the convoy.",
            "Fitna al-Zalimin",
        ),
        ("Officials blamed Jund al-Tarvi for the bombing of the market.", "Jund al-Tarvi"),
        ("A statement by Usbat al-Kelvan denied any role in the killing.", "Usbat al-Kelvan"),
    ],
)
def test_a_group_named_by_an_arabic_head_noun_is_a_body(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert expected in _typed(tmp_path, text, "organisation")
    assert expected not in _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Afghanistan Cricket Board said the match would go ahead.",
            "Afghanistan Cricket Board",
        ),
        ("The Kenya Rugby Union was fined for fielding a banned player.", "Kenya Rugby Union"),
    ],
)
def test_a_country_name_heading_a_national_body_stays_in_its_name(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert expected in _typed(tmp_path, text, "organisation")


def test_a_country_in_initials_before_a_body_only_describes_it(tmp_path: Path) -> None:
    text = "The DPRK Reconnaissance General Bureau ran the theft of the funds."
    assert "Reconnaissance General Bureau" in _typed(tmp_path, text, "organisation")


def test_a_hotel_named_with_its_class_word_first_is_a_place(tmp_path: Path) -> None:
    text = "Troops sealed off the Hotel Tamarin. Guests at the Hotel Marvelle fled overnight."
    assert {"Hotel Tamarin", "Hotel Marvelle"} <= _typed(tmp_path, text, "place")


def test_a_body_of_the_hotel_trade_stays_a_body(tmp_path: Path) -> None:
    text = "The Hotel Workers Union called a strike at the port."
    assert "Hotel Workers Union" not in _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm destroyed forty homes on Eleuthera overnight.", "Eleuthera"),
        ("Hundreds of migrants remain stranded on Kos after the landing.", "Kos"),
        ("Two men were shot dead on Roatan on Friday.", "Roatan"),
    ],
)
def test_an_island_after_on_is_a_place(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Psychiatrist Zoran Kelvić: "People are angry and tired."', "Zoran Kelvić"),
        ("Criminologist Teodor Vasko warned that the gangs would return.", "Teodor Vasko"),
        ("The gunman, said to be 19 year-old Marko Tavić from Sisak, fled.", "Marko Tavić"),
        ("His Honour Peter Lomax is presiding over the trial.", "Peter Lomax"),
    ],
)
def test_a_person_after_a_profession_an_age_or_an_honorific(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert expected in _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor of the northern city of Kelvo, Tadeusz Kowalczyk, was stabbed on Sunday.",
            "Tadeusz Kowalczyk",
        ),
        (
            "Shocked to hear of the attack on Tadeusz Kowalczyk, Mayor of Kelvo, this evening.",
            "Tadeusz Kowalczyk",
        ),
        ("The gunmen kidnapped the Manager of Kelvo branch Tarik Moulavi.", "Tarik Moulavi"),
    ],
)
def test_a_person_beside_an_office_over_a_place(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _typed(tmp_path, text, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soufriere resident Kenrick Alcide was shot on Monday.", "Soufriere"),
        ("On Monday, Kelvomo resident Ana Dravic was wounded.", "Kelvomo"),
        ("Police said Dravimo native Pita Seluni was evacuated.", "Dravimo"),
        ("The cash came from Rangamati Sadar before noon.", "Rangamati Sadar"),
    ],
)
def test_a_place_named_by_its_people_or_its_unit(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _typed(tmp_path, text, "place")


def test_a_group_word_or_a_given_name_before_resident_is_no_place(tmp_path: Path) -> None:
    text = (
        "Local resident Pita Seluni said the water rose. Another resident Ana Kelvic fled. "
        "Maria resident Tomas Kelvani stayed."
    )
    assert not _typed(tmp_path, text, "place")


def test_a_bank_of_an_administrative_unit_is_the_bank_then_the_unit(tmp_path: Path) -> None:
    text = (
        "Rebels raided two banks, Janata Bank and Agrani Bank of Kelvapur upazila of "
        "Rangamati district, on Monday. The Bank of Kelvo paid the ransom."
    )
    found = entities_of(tmp_path, text)
    assert {("organisation", "Janata Bank"), ("organisation", "Agrani Bank")} <= set(found)
    assert ("organisation", "Bank of Kelvo") in found
    assert any(t == "place" and name.startswith("Kelvapur") for t, name in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shooting happened near Jan Kelvar Square, an area popular with tourists.",
            "Jan Kelvar Square",
        ),
        ("Poaching surged in the west (Marvo Delta and the Tarvo National Park).", "Marvo Delta"),
        ("Shoppers fled the Kelvo Mall after the first shots.", "Kelvo Mall"),
        ("The hearing is taking place at the youth hall at Tavinu'u.", "Tavinu'u"),
        (
            "He was picked up at his plantation at Velovai, Kalealili, and taken to the office.",
            "Kalealili",
        ),
    ],
)
def test_a_place_by_its_shape(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _typed(tmp_path, text, "place")


def test_a_month_before_a_day_and_a_speaker_after_a_place_stay_no_name(tmp_path: Path) -> None:
    text = "On Jan 5 Kelvo Square was shut. Fighting at Kelvo, Dravimo, said the army."
    assert _typed(tmp_path, text, "place") == {"Kelvo Square", "Kelvo"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Jordanian, Abdul Karim Muhammad Yusuf 'Uthman Abdul Salam, was arrested.",
            "Abdul Karim Muhammad Yusuf 'Uthman Abdul Salam",
        ),
        (
            "Another individual, Ashraf Muhammad Yusuf Uthman Abdul Hamid, is accused.",
            "Ashraf Muhammad Yusuf Uthman Abdul Hamid",
        ),
        (
            "The payment was arranged by Tariq Bin Al Harith Al-'Awni Al-Tarvazi, a financier.",
            "Tariq Bin Al Harith Al-'Awni Al-Tarvazi",
        ),
        (
            "Omar Sweden, a 31-year-old resident of Bay Street, was wounded.",
            "Omar Sweden",
        ),
        (
            "This comes as the Minister of Home Affairs, Immigration, Safety and Security "
            "Tomas Kelvani also revealed the shooting.",
            "Tomas Kelvani",
        ),
    ],
)
def test_a_person_by_the_shape_of_the_name(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _typed(tmp_path, text, "person")


def test_a_portfolio_after_the_late_is_no_person(tmp_path: Path) -> None:
    text = "He was ordered to kill the late Public Works Minister Tavita Leva Kamo."
    assert _typed(tmp_path, text, "person") == {"Tavita Leva Kamo"}


def test_a_quote_opened_by_an_apostrophe_stays_apart(tmp_path: Path) -> None:
    text = "General Tomas Kelvani called it 'Operation Dawn' on Monday."
    assert "Tomas Kelvani" in _typed(tmp_path, text, "person")
    assert not any("Dawn" in name for name in _typed(tmp_path, text, "person"))
