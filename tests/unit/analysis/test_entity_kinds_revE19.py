"""A country's formal style names the country, but "Federation of" is no such style: "the
Federation of Bosnia and Herzegovina" is one entity of that country, and was read as the
whole country (review revE19 of round trial21)."""

from __future__ import annotations

from pathlib import Path

from builders import entities_of


def test_the_federation_of_a_country_is_no_name_of_the_country(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "The Federation of Bosnia and Herzegovina held elections.")
    assert ("country", "Bosnia and Herzegovina") not in found


def test_near_miss_a_republic_of_a_country_is_still_the_country(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "The Republic of Bosnia and Herzegovina asked for aid.")
    assert ("country", "Bosnia and Herzegovina") in found
