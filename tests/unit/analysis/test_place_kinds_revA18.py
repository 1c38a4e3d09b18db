"""Over-reaches of round places18's place kinds found in review (revA18), in invented
sentences:

* an area "Division" before "of" and a region is named with no English word but a compass
  word: "the Fifth Division", "the Criminal Division of the Kelvo Region" name an ordinal
  unit and a court's branch, no area (``area_unit_nouns``, names.py);
* a people's adjective before a plural noun of quarters names no quarter: "the Kurdish and
  Arab neighbourhoods" (``peoples``, place_names.py);
* a facility's noun before a noun of a penalty names the sentence served, no site: "the
  Navalny jail term" (``penalty_nouns`` of ``data/place_guards.yaml``);
* a building's head before an area noun names no area: "the Stadium district" (only a land
  feature's word does, "the Coast region");
* a bare dateline in title case whose name after the comma is a town, not a country or a
  state, is two towns and no dateline: "Kyiv, Moscow: The two capitals ..." is kept whole
  in the key judgments (``is_dateline_town``, text/dateline.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


def _typed(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


@pytest.mark.parametrize(
    "text",
    [
        "The Fifth Division of the Kelvo Region advanced.",
        "The Naval Division of the Eastern Region sailed.",
        "The Criminal Division of the Tarvo Region ruled on Monday.",
    ],
)
def test_a_division_named_with_english_words_is_no_area(tmp_path: Path, text: str) -> None:
    assert not any("Division" in p for p in _typed(tmp_path, text, "place"))


def test_a_division_named_with_a_compass_word_is_still_an_area(tmp_path: Path) -> None:
    text = "Clashes hit the North Kelvo Division of the South West Region."
    assert {"North Kelvo Division", "South West Region"} <= _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Gangs controlled the Kurdish and Arab neighbourhoods.",
        "Gangs controlled the Pashtun and Hazara quarters.",
    ],
)
def test_peoples_before_a_plural_noun_of_quarters_name_no_quarter(
    tmp_path: Path, text: str
) -> None:
    places = _typed(tmp_path, text, "place")
    assert not places & {"Kurdish", "Arab", "Pashtun", "Hazara"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The court extended the Navalny jail term on Monday.", "Navalny jail"),
        ("Critics called the Orvela penitentiary sentence harsh.", "Orvela penitentiary"),
    ],
)
def test_a_facility_noun_before_a_penalty_names_no_site(
    tmp_path: Path, text: str, absent: str
) -> None:
    assert absent not in _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Stadium district was shut.", "Stadium district"),
        ("Hospital district staff protested on Monday.", "Hospital district"),
    ],
)
def test_a_buildings_head_before_an_area_noun_names_no_area(
    tmp_path: Path, text: str, absent: str
) -> None:
    assert absent not in _typed(tmp_path, text, "place")


@pytest.mark.parametrize(
    "lede",
    [
        "Kyiv, Moscow: The two capitals traded accusations on Monday.",
        "Washington, Beijing: Trade talks resume this week.",
    ],
)
def test_two_towns_before_a_colon_are_no_dateline(lede: str) -> None:
    from briefbook.analysis.variants import is_dateline_place, is_dateline_town
    from briefbook.text import strip_dateline

    assert strip_dateline(lede, is_dateline_place, is_dateline_town) == lede


@pytest.mark.parametrize(
    "lede",
    [
        "Kano, Nigeria: Gunmen abducted 20 pupils on Monday.",
        "Peshawar, Khyber Pakhtunkhwa: A blast killed five people.",
    ],
)
def test_a_town_and_its_country_or_state_stay_a_dateline(lede: str) -> None:
    from briefbook.analysis.variants import is_dateline_place, is_dateline_town
    from briefbook.text import strip_dateline

    assert strip_dateline(lede, is_dateline_place, is_dateline_town) != lede


def test_a_lede_of_two_towns_keeps_them_in_the_key_judgments(tmp_path: Path) -> None:
    from briefbook.assessment.build import assess_documents
    from briefbook.ingest import load_documents

    lede = (
        "Kyiv, Moscow: The two capitals traded accusations on Monday over a drone strike "
        "that killed 12 people, officials said."
    )
    path = tmp_path / "a.txt"
    path.write_text(
        f"Title: Strike report\nDate: 2025-03-04\n\n{lede}\n\nMore talks are planned.\n",
        encoding="utf-8",
    )
    texts = [s.text for s in assess_documents(load_documents([path])).key_judgments]
    assert any(t.startswith("Kyiv, Moscow:") for t in texts)
