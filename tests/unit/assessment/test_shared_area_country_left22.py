"""An area name two countries share ("Punjab": a state of India, a province of Pakistan)
lies in the country its source's own context names (the other places and countries it
names), never in the one loaded first (round left22, issue 12's leftovers; invented reports
about real places, no third-party text). An area only one country has keeps its country
whatever the context."""

from __future__ import annotations

from briefbook.analysis.places import area_countries, area_country, place_key
from briefbook.assessment.place_holders import named_countries
from briefbook.evaluation.corroboration import run_case

PUNJAB = place_key("Punjab")


def _rows(*texts: str, day: str = "2031-05-14") -> list[dict]:
    return run_case({"name": "areas", "sources": [{"published": day, "text": t} for t in texts]})


def _one_row(rows: list[dict], a: tuple[str, str], b: tuple[str, str]) -> bool:
    def row_of(source: str, figure: str):
        for row in rows:
            for q in row["quantities"]:
                if q["source"] == source and figure in str(q["text"]):
                    return row
        return None

    ra, rb = row_of(*a), row_of(*b)
    assert ra is not None and rb is not None, rows
    return ra is rb


def test_the_context_tells_the_country_of_a_shared_area() -> None:
    assert area_countries(PUNJAB) == ("IN", "PK")
    pakistani = named_countries(["Police in Lahore and Multan said the Pakistani army helped."])
    indian = named_countries(["Farmers marched from Amritsar to Ludhiana, Indian media said."])
    assert area_country(PUNJAB, pakistani) == "PK"
    assert area_country(PUNJAB, indian) == "IN"
    assert area_country(PUNJAB) == ""  # no context: neither, not the first loaded


def test_near_miss_an_area_of_one_country_keeps_it() -> None:
    assert area_country(place_key("Sindh"), ["IN", "IN", "IN"]) == "PK"
    assert area_country(place_key("Queensland")) == "AU"


def test_a_shared_area_in_a_pakistani_report_agrees_with_pakistan() -> None:
    rows = _rows(
        "Floods killed 31 people in Punjab on Sunday, officials in Lahore said.",
        "Floods killed 31 people in Pakistan on Sunday, the disaster agency said.",
    )
    assert _one_row(rows, ("S1", "31 people"), ("S2", "31 people"))


def test_a_shared_area_in_an_indian_report_agrees_with_india() -> None:
    rows = _rows(
        "Floods killed 31 people in Punjab on Sunday, officials in Amritsar said.",
        "Floods killed 31 people in India on Sunday, the disaster agency said.",
    )
    assert _one_row(rows, ("S1", "31 people"), ("S2", "31 people"))


def test_near_miss_a_shared_area_of_one_country_stays_apart_from_the_other() -> None:
    rows = _rows(
        "Floods killed 31 people in Punjab on Sunday, officials in Amritsar said.",
        "Floods killed 31 people in Pakistan on Sunday, the disaster agency said.",
    )
    assert not _one_row(rows, ("S1", "31 people"), ("S2", "31 people"))


def test_a_shared_area_without_context_lies_in_neither_country() -> None:
    rows = _rows(
        "Floods killed 31 people in Punjab on Sunday, the relief agency said.",
        "Floods killed 31 people in India on Sunday, the disaster agency said.",
    )
    assert not _one_row(rows, ("S1", "31 people"), ("S2", "31 people"))
