"""Kinds of place name fixed in round ents12, on invented sentences: a town's facility
named only by the town ("a Lusaka prison", "Bamako's hospital"); a Spanish article opening
a name ("La Parrilla", "El Pajonal"); a short aside before a locality phrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_names

# (sentence, places it names, names that are no place in it)
_CASES = [
    # a town's facility named only by the town: the town is the place, not the facility
    ("The officer was shot near a Lusaka prison on Tuesday.", {"Lusaka"}, {"Lusaka prison"}),
    (
        "A nurse at Bamako's hospital said four bodies were brought in.",
        {"Bamako"},
        {"Bamako's hospital"},
    ),
    ("The wounded were flown to an Accra hospital overnight.", {"Accra"}, {"Accra hospital"}),
    # a Spanish article opens the name; a short aside before the locality phrase
    (
        "Soldiers were ambushed in El Pajonal Seco (Zam), a hamlet near the border.",
        {"El Pajonal Seco"},
        {"Pajonal Seco"},
    ),
    (
        "The fighting spread to the village of La Parrilla Honda on Monday.",
        {"La Parrilla Honda"},
        {"Parrilla Honda"},
    ),
    (
        "Gunmen held the road between Tulvara and Las Cabrillas Altas, a village.",
        {"Las Cabrillas Altas"},
        {"Cabrillas Altas"},
    ),
]


@pytest.mark.parametrize(("text", "places", "others"), _CASES)
def test_places_and_names_that_are_no_place(
    tmp_path: Path, text: str, places: set[str], others: set[str]
) -> None:
    found = note_names(tmp_path, text, "place")
    assert places <= found, found
    assert not others & found, found
