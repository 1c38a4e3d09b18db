"""Over-reaches of the session's place and firm rules (review round revB27), by kind, in
invented sentences, each with true cases that must keep their reading:

* a person set off by a dash or a comma and a locality's post in the possessive ("X -- the
  town's mayor --", "X, the village's imam,") is no place, while "X -- a small market town
  on the river --" stays one;
* names listed before "areas" (or "quarters", "districts") with an item of ordinary words
  ("the Finance and Planning areas") are fields, no towns, while "the Karbal and Dostan
  areas" stay towns;
* people who also come from a firm, a school or a church ("passengers from X", "pupils
  from X", "miners from X"; ``taken_origin_people``) place X only after a verb of taking or
  freeing ("abducted 40 pupils from X"), while hostages and schoolgirls from X always do;
* a firm head after one ordinary word ("Crisis Management", "Risk Management") names a
  discipline, while "Northern Marine Management" and "Tarvo Management" stay firms.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _typed(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halim Darko -- the town's mayor -- denied the report.", "Halim Darko"),
        ("Nura Belaid \u2013 the village's imam \u2013 led the prayers.", "Nura Belaid"),
        ("Sefu Marandi, the city's governor, resigned on Monday.", "Sefu Marandi"),
    ],
)
def test_person_with_a_locality_post_in_the_possessive_is_no_place(
    tmp_path: Path, text: str, name: str
) -> None:
    assert _typed(tmp_path, text).get(name) != "place"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops retook Marsalo -- a small market town on the river -- after a week.", "Marsalo"),
        ("Kelvaro, a town on the river, was shelled on Monday.", "Kelvaro"),
    ],
)
def test_locality_apposition_stays_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert _typed(tmp_path, text).get(place) == "place"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Finance and Planning areas of the budget were cut.", "Planning"),
        ("The Planning and Finance areas of the budget were cut.", "Planning"),
        ("Staff in the Security and Planning areas were laid off.", "Planning"),
    ],
)
def test_list_with_a_field_before_areas_names_no_town(
    tmp_path: Path, text: str, absent: str
) -> None:
    assert _typed(tmp_path, text).get(absent) != "place"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Clashes spread to the Karbal and Dostan areas overnight.", {"Karbal", "Dostan"}),
        (
            "Clashes spread to the Karbal, Dostan and Mervino areas overnight.",
            {"Karbal", "Dostan", "Mervino"},
        ),
        ("Shelling hit the Tarsi and Kelbaro districts of the city.", {"Tarsi", "Kelbaro"}),
    ],
)
def test_towns_listed_before_areas_stay_places(tmp_path: Path, text: str, places: set[str]) -> None:
    typed = _typed(tmp_path, text)
    assert {p for p in places if typed.get(p) == "place"} == places


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Passengers from Lufthansa were stranded at the airport.", "Lufthansa"),
        ("Miners from Glencore went on strike on Monday.", "Glencore"),
        ("Worshippers from Kelvadu prayed at the shrine.", "Kelvadu"),
    ],
)
def test_people_of_a_firm_or_school_place_nothing_untaken(
    tmp_path: Path, text: str, absent: str
) -> None:
    assert _typed(tmp_path, text).get(absent) != "place"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen abducted 40 pupils from Kuriga in the north.", "Kuriga"),
        ("Gunmen seized 12 passengers from Dravimo and held them for a week.", "Dravimo"),
        ("Troops rescued 30 miners from Karbalo on Friday.", "Karbalo"),
        ("The hostages from Kelvaro were freed on Friday.", "Kelvaro"),
        ("Workers from Tarvimo joined the march.", "Tarvimo"),
    ],
)
def test_people_taken_from_a_town_place_it(tmp_path: Path, text: str, place: str) -> None:
    assert _typed(tmp_path, text).get(place) == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Crisis Management was the topic of the conference.",
        "He teaches Risk Management at the college.",
        "The Project Management office was closed.",
    ],
)
def test_discipline_before_a_firm_head_is_no_firm(tmp_path: Path, text: str) -> None:
    assert not any(t == "organisation" for t in _typed(tmp_path, text).values())


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Northern Marine Management operates the tanker.", "Northern Marine Management"),
        ("Kelvo Asset Management bought the stake.", "Kelvo Asset Management"),
        ("Tarvo Management said the tanker was insured.", "Tarvo Management"),
    ],
)
def test_named_firm_with_a_firm_head_stays_a_firm(tmp_path: Path, text: str, firm: str) -> None:
    assert _typed(tmp_path, text).get(firm) == "organisation"
