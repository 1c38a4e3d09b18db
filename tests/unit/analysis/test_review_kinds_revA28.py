"""Over-reaches of the session's new place and person rules found by review (round revA28),
by kind, in invented sentences, each with the cases the rules were made for, which must keep
their reading:

* a name ending in "Drive" (a street's head since round places28b) names a street only
  right after a street preposition or a house number, its owner's possessive between or not
  ("on Kelvin Drive", "off Maple Ridge Drive", "at 14 Kelvo Park Drive", "on Marlovo's
  Riverside Drive"); a blood, food or test drive and a person surnamed Drive
  ("Mark Drive, a spokesman, ...") name no street (``cued_street_heads`` of
  ``data/place_guards.yaml``);
* a faith's or a people's adjective before a place's name is dropped (round places28a) only
  when the rest holds a proper word: "the Jewish Autonomous Oblast", "the Kurdish
  Autonomous Region" keep it, "Kurdish Tarvesh Province" is Tarvesh Province;
* a place before a treaty's head is no mention of it (round trialA28) only when the words
  between are capitalised, a name's: "arrived in Vienna for the Declaration" names Vienna;
* a cabinet's word before a title or a post names a rank ("Cabinet Secretary Ana Ruvel",
  "Interior Cabinet Secretary ...", "Cabinet Minister ..."), no body (``rank_bodies`` of
  ``data/body_heads.yaml``), while "Parliament Speaker X" and "the Cabinet met" keep the
  body (round persons28);
* a month that is a given name is a date after a word that opens a date ("in June", "since
  April"), not after a preposition persons take as often ("after June Okavel resigned", "the
  death of May Thet Kelvin"; round persons28 had read those as dates).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


def _typed(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return set(entities_of(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Police cordoned off Maple Ridge Drive after the shooting.", "Maple Ridge Drive"),
        ("The blast damaged a house on Kelvin Drive in Marlovo.", "Kelvin Drive"),
        ("Traffic was diverted along Ocean Drive after the blast.", "Ocean Drive"),
        ("The suspect lived at 14 Kelvo Park Drive, police said.", "Kelvo Park Drive"),
        ("Gunfire was heard at the hotel on Marlovo's Riverside Drive.", "Riverside Drive"),
        ("Traffic was stopped along the city's Ocean Drive.", "Ocean Drive"),
    ],
)
def test_a_drive_after_a_street_preposition_or_a_number_is_a_street(
    tmp_path: Path, text: str, street: str
) -> None:
    assert ("place", street) in _typed(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross Blood Drive collected 300 units on Saturday.",
        "Visitors at the motor show joined a Test Drive of the new model.",
        "Volunteers ran a Food Drive for the displaced families.",
        "The army launched a recruitment Drive in the capital.",
    ],
)
def test_a_campaign_or_a_trial_drive_is_no_street(tmp_path: Path, text: str) -> None:
    assert not [n for t, n in _typed(tmp_path, text) if t == "place" and n.endswith("Drive")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mark Drive, a spokesman for the council, declined to comment.", "Mark Drive"),
        ("Peter Drive told reporters the bridge was closed.", "Peter Drive"),
        ("Detective Sergeant Ana Drive said the suspect had fled.", "Ana Drive"),
    ],
)
def test_a_person_surnamed_drive_stays_a_person(tmp_path: Path, text: str, person: str) -> None:
    found = _typed(tmp_path, text)
    assert ("person", person) in found
    assert ("place", person) not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Refugees were moved to the Jewish Autonomous Oblast in 1934.",
            "Jewish Autonomous Oblast",
        ),
        ("Troops entered the Kurdish Autonomous Region on Monday.", "Kurdish Autonomous Region"),
        ("Troops were deployed in Kurdish Tarvesh Province after the attack.", "Tarvesh Province"),
        ("Clashes spread across the largely Sunni Anbar Governorate.", "Anbar Governorate"),
    ],
)
def test_a_creed_adjective_is_dropped_only_before_a_proper_name(
    tmp_path: Path, text: str, place: str
) -> None:
    places = {n for t, n in _typed(tmp_path, text) if t == "place"}
    assert places == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ministers arrived in Vienna for the Declaration on Friday.", "Vienna"),
        ("Leaders gathered in Geneva for a Charter signing.", "Geneva"),
        ("Delegates left Oslo after the Accords were signed.", "Oslo"),
    ],
)
def test_a_place_before_lower_case_words_and_a_treaty_head_is_named(
    tmp_path: Path, text: str, place: str
) -> None:
    assert ("place", place) in _typed(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Oslo Accords were signed long ago.",
        "Kelvania threatened to leave the Nile Waters Agreement.",
    ],
)
def test_a_place_opening_a_treaty_name_is_still_no_mention(tmp_path: Path, text: str) -> None:
    assert not [n for t, n in _typed(tmp_path, text) if t == "place"]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Cabinet Secretary Ana Ruvel said the curfew would hold.", "Ana Ruvel", "Cabinet"),
        (
            "Interior Cabinet Secretary Ana Ruvel said the curfew would hold.",
            "Ana Ruvel",
            "Interior Cabinet",
        ),
        ("Cabinet Minister Ivo Marlen visited the camp.", "Ivo Marlen", "Cabinet"),
    ],
)
def test_a_cabinet_rank_names_no_body(tmp_path: Path, text: str, person: str, body: str) -> None:
    found = _typed(tmp_path, text)
    assert ("person", person) in found
    assert ("organisation", body) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parliament Speaker Talon Veris said the session would resume.",
            {("organisation", "Parliament"), ("person", "Talon Veris")},
        ),
        ("The Cabinet met on Friday to discuss the budget.", {("organisation", "Cabinet")}),
        (
            "Senate President Mira Kolvak adjourned the sitting.",
            {("organisation", "Senate"), ("person", "Mira Kolvak")},
        ),
    ],
)
def test_bodies_by_their_head_and_their_officers_stay(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _typed(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("After June Okavel resigned, the board met in Marlovo.", "June Okavel"),
        ("Police confirmed the death of May Thet Kelvin on Sunday.", "May Thet Kelvin"),
        ("The report was written by April Dravenko, a nurse.", "April Dravenko"),
    ],
)
def test_a_month_given_name_after_a_preposition_of_persons(
    tmp_path: Path, text: str, person: str
) -> None:
    assert ("person", person) in _typed(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "By August Kenya had reported forty cases.",
        "In June Kelvania voted to leave the bloc.",
        "Since April Tarvosk has hosted three rounds of talks.",
        "Between April and June Marlovo was shelled.",
    ],
)
def test_a_month_after_a_date_word_or_before_a_known_place_stays_a_date(
    tmp_path: Path, text: str
) -> None:
    people = {n for t, n in _typed(tmp_path, text) if t == "person"}
    assert not [p for p in people if p.split()[0] in {"June", "April", "May", "August"}]
