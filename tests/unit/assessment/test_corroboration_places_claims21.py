"""Figures of one event told of a place and of the region or country holding it (round
claims21; invented reports about real places, no third-party text).

A town's toll and the same toll told of its region or country, the same day, are one row:
the holding comes from the shipped indexes (a town of the city index lies in its country, a
first-level area in its country) or from a sentence of the briefing ("X, a town in Y", "the
Y region town of X", "in X, Y", "in X village in Y"). Near misses stay apart: the same
number in two different towns, a region and a town no source or index puts in it, and a
town's toll that differs from its region's (part and whole, never rivals).
"""

from __future__ import annotations

from briefbook.assessment.place_holders import place_holders, place_id
from briefbook.evaluation.corroboration import run_case


def _rows(*texts: str, day: str = "2031-05-14") -> list[dict]:
    return run_case({"name": "places", "sources": [{"published": day, "text": t} for t in texts]})


def _row_of(rows: list[dict], source: str, figure: str) -> dict | None:
    for row in rows:
        for q in row["quantities"]:
            if q["source"] == source and figure in str(q["text"]):
                return row
    return None


def _one_row(rows: list[dict], a: tuple[str, str], b: tuple[str, str]) -> dict | None:
    ra, rb = _row_of(rows, *a), _row_of(rows, *b)
    assert ra is not None and rb is not None, rows
    return ra if ra is rb else None


# --- holding read from the shipped indexes


def test_a_town_and_its_country_by_the_city_index_agree() -> None:
    rows = _rows(
        "A bomb on a bus killed nine passengers in Gwoza on Monday, the police said.",
        "A bomb on a bus killed nine passengers in Nigeria on Monday, the army said.",
    )
    row = _one_row(rows, ("S1", "nine passengers"), ("S2", "nine passengers"))
    assert row is not None and row["status"] == "corroborated"


def test_a_first_level_area_and_its_country_agree() -> None:
    rows = _rows(
        "Floods killed 31 people in Sindh on Sunday, the provincial government said.",
        "Floods killed 31 people in Pakistan on Sunday, the disaster agency said.",
    )
    row = _one_row(rows, ("S1", "31 people"), ("S2", "31 people"))
    assert row is not None and row["status"] == "corroborated"


def test_near_miss_a_town_of_another_country_stays_apart() -> None:
    rows = _rows(
        "A bomb on a bus killed nine passengers in Gwoza on Monday, the police said.",
        "A bomb on a bus killed nine passengers in Cameroon on Monday, the army said.",
    )
    assert _one_row(rows, ("S1", "nine passengers"), ("S2", "nine passengers")) is None


# --- holding told by a sentence of the briefing


def test_a_town_a_source_places_in_a_region_agrees_with_the_region() -> None:
    rows = _rows(
        "Gunmen killed 14 pilgrims in Baramulla, a town in northern Kashmir, on Tuesday.",
        "Gunmen killed 14 pilgrims in Kashmir on Tuesday, the army said.",
    )
    row = _one_row(rows, ("S1", "14 pilgrims"), ("S2", "14 pilgrims"))
    assert row is not None and row["status"] == "corroborated"


def test_the_holding_told_by_another_source_counts_too() -> None:
    rows = _rows(
        "Shelling killed six civilians in Izium on Friday, the governor said.",
        "Shelling killed six civilians in the Kharkiv region on Friday, the ministry said.",
        "Rescuers reached the Kharkiv region town of Izium late on Friday.",
    )
    row = _one_row(rows, ("S1", "six civilians"), ("S2", "six civilians"))
    assert row is not None and row["status"] == "corroborated"


def test_the_region_first_and_the_town_after_are_one_row_too() -> None:
    rows = _rows(
        "Shelling killed six civilians in the Kharkiv region on Friday, the ministry said.",
        "Shelling killed six civilians in Izium, a town in the Kharkiv region, on Friday, "
        "the governor said.",
    )
    row = _one_row(rows, ("S1", "six civilians"), ("S2", "six civilians"))
    assert row is not None and row["status"] == "corroborated"


def test_a_village_in_an_area_lies_in_the_area_s_country() -> None:
    # the village is in no index: the sentence puts it in Borno, the area index Borno in
    # Nigeria
    rows = _rows(
        "Militants killed 23 farmers in Kelmari village in Borno on Saturday, residents said.",
        "Militants killed 23 farmers in Nigeria on Saturday, the army said.",
    )
    row = _one_row(rows, ("S1", "23 farmers"), ("S2", "23 farmers"))
    assert row is not None and row["status"] == "corroborated"


def test_a_town_and_its_state_after_a_comma() -> None:
    rows = _rows(
        "Gunmen killed 12 police officers in Culiacan, Sinaloa, on Thursday, officials said.",
        "Gunmen killed 12 police officers in Sinaloa on Thursday, the governor said.",
    )
    row = _one_row(rows, ("S1", "12 police officers"), ("S2", "12 police officers"))
    assert row is not None and row["status"] == "corroborated"


def test_near_miss_the_same_number_in_two_towns_stays_apart() -> None:
    rows = _rows(
        "Gunmen killed 14 pilgrims in Baramulla, a town in northern Kashmir, on Tuesday.",
        "Gunmen killed 14 pilgrims in Sopore, a town in northern Kashmir, on Tuesday.",
    )
    assert _one_row(rows, ("S1", "14 pilgrims"), ("S2", "14 pilgrims")) is None


def test_near_miss_a_region_and_a_town_outside_it_stay_apart() -> None:
    rows = _rows(
        "Gunmen killed 14 pilgrims in Baramulla, a town in northern Kashmir, on Tuesday.",
        "Gunmen killed 14 pilgrims in Punjab on Tuesday, the police said.",
    )
    assert _one_row(rows, ("S1", "14 pilgrims"), ("S2", "14 pilgrims")) is None


def test_near_miss_a_town_s_toll_and_a_larger_regional_toll_are_part_and_whole() -> None:
    rows = _rows(
        "Shelling killed six civilians in Izium on Friday, the governor said.",
        "Shelling killed 19 civilians in the Kharkiv region on Friday, the ministry said.",
        "Rescuers reached the Kharkiv region town of Izium late on Friday.",
    )
    assert _one_row(rows, ("S1", "six civilians"), ("S2", "19 civilians")) is None
    assert all(r["status"] != "contradicted" for r in rows)


def test_near_miss_two_towns_of_one_country_stay_apart() -> None:
    rows = _rows(
        "A bomb on a bus killed nine passengers in Gwoza on Monday, the police said.",
        "A bomb on a bus killed nine passengers in Kano on Monday, the army said.",
    )
    assert _one_row(rows, ("S1", "nine passengers"), ("S2", "nine passengers")) is None


# --- the reading of the holdings


def test_place_phrases_name_the_place_they_end_with() -> None:
    assert place_id("Indian-administered Kashmir") == place_id("Kashmir")
    assert place_id("the disputed Kashmir region") is None or place_id(
        "Kashmir region"
    ) == place_id("Kashmir")
    assert place_id("Borno State") == place_id("Borno")
    assert place_id("the Kashmir Valley") != place_id("Kashmir")


def test_shapes_that_state_a_holding_and_near_misses_that_do_not() -> None:
    told = place_holders(
        [
            "Rescuers reached Sopore, a town in northern Kashmir, on Monday.",
            "Troops shelled the Kharkiv region town of Izium.",
            "Shelling hit Kashmir's Uri district.",
            "The convoy was ambushed in Culiacan, Sinaloa.",
        ]
    ).told
    kashmir = place_id("Kashmir")
    assert kashmir in told[place_id("Sopore")]
    assert place_id("Kharkiv region") in told[place_id("Izium")]
    assert kashmir in told[place_id("Uri")]
    assert place_id("Sinaloa") in told[place_id("Culiacan")]
    # a list of towns, a month, a person's possessive and two towns hold nothing
    nothing = place_holders(
        [
            "Drones hit Kharkiv, Sumy and Odesa overnight.",
            "He was wounded in Gwoza in April.",
            "Putin's Russia rejected the plan.",
            "Mortars fell in Kharkiv in Izium.",
        ]
    ).told
    assert nothing == {}
