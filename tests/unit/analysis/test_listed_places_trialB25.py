"""A list of places written one item a line after a lead-in naming them ("... in four
counties:" then "Garissa: 18,400 people in 60 camps"): each row's label that the gazetteer or
the city index knows is a place, although a town of the city index opening a sentence is
otherwise none of its own (round trialB25: the provinces of a ministry's shelter list were
missing or typed as persons). Invented sentences; the labels are GeoNames towns."""

from __future__ import annotations

from pathlib import Path

from briefbook.analysis.entities import find_entities
from briefbook.ingest import load_documents


def _types(tmp_path: Path, text: str) -> dict[str, str]:
    (tmp_path / "brief.txt").write_text("Brief\n\n" + text + "\n", encoding="utf-8")
    return {e.name: e.type for e in find_entities(load_documents([tmp_path / "brief.txt"]))}


_ROWS = (
    "- Garissa: 18,400 people in 60 camps\n\n"
    "- Mandera: 12,100 people in 45 camps\n\n"
    "- Wajir: 9,300 people in 30 camps\n\n"
    "- Marsabit: 1,400 people in 15 camps"
)


def test_the_rows_after_a_lead_in_naming_places_are_places(tmp_path: Path) -> None:
    text = "Officials said 41,200 people had been moved to 150 camps in four counties:\n\n" + _ROWS
    found = _types(tmp_path, text)
    for town in ("Garissa", "Mandera", "Wajir", "Marsabit"):
        assert found.get(town) == "place", (town, found)


def test_the_rows_of_a_list_whose_other_label_is_a_place_are_places(tmp_path: Path) -> None:
    # no lead-in naming places, but one label is a place the text names in running prose
    text = (
        "Floods cut the road to Garissa on Monday.\n\n"
        "The agency gave these figures on Tuesday:\n\n" + _ROWS
    )
    found = _types(tmp_path, text)
    for town in ("Garissa", "Mandera", "Wajir", "Marsabit"):
        assert found.get(town) == "place", (town, found)


def test_a_list_of_people_or_of_ordinary_labels_is_no_list_of_places(tmp_path: Path) -> None:
    text = (
        "The council named its envoys to the provinces:\n\n"
        "- Kelvo Tarrow: envoy to the north\n\n"
        "- Anika Dressel: envoy to the south\n\n"
        "The ministry gave the shelter figures by district:\n\n"
        "- All: 41,200 people in 150 camps\n\n"
        "- Total: 41,200 people"
    )
    found = _types(tmp_path, text)
    assert "All" not in found and "Total" not in found, found
    assert found.get("Kelvo Tarrow") != "place" and found.get("Anika Dressel") != "place"


def test_a_town_opening_a_row_without_a_list_of_places_stays_unread(tmp_path: Path) -> None:
    # one row, no lead-in naming places and no other row: as before, no place of its own
    text = "The agency gave one figure on Tuesday:\n\n- Marsabit: 1,400 people in 15 camps"
    assert _types(tmp_path, text).get("Marsabit") is None
