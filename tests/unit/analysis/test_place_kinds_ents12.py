"""Kinds of place name fixed in round ents12, on invented sentences: a town's facility
named only by the town ("a Lusaka prison", "Bamako's hospital"); a Spanish article opening
a name ("La Parrilla", "El Pajonal"); a short aside before a locality phrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_names

# (sentence, a place it names)
_PLACES = [
    # a town's facility named only by the town: the town is the place
    ("The officer was shot near a Lusaka prison on Tuesday.", "Lusaka"),
    ("A nurse at Bamako's hospital said four bodies were brought in.", "Bamako"),
    ("The wounded were flown to an Accra hospital overnight.", "Accra"),
]

# (sentence, a name that is no place in it)
_NOT_PLACES = [
    ("The officer was shot near a Lusaka prison on Tuesday.", "Lusaka prison"),
    ("A nurse at Bamako's hospital said four bodies were brought in.", "Bamako's hospital"),
    ("The wounded were flown to an Accra hospital overnight.", "Accra hospital"),
]


@pytest.mark.parametrize(("text", "place"), _PLACES)
def test_a_name_with_a_place_cue_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(("text", "name"), _NOT_PLACES)
def test_a_name_without_a_place_cue_is_no_place(tmp_path: Path, text: str, name: str) -> None:
    assert name not in note_names(tmp_path, text, "place")


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        # a Spanish article opens the name; a short aside before the locality phrase
        (
            "Soldiers were ambushed in El Pajonal Seco (Zam), a hamlet near the border.",
            "El Pajonal Seco",
            "Pajonal Seco",
        ),
        (
            "The fighting spread to the village of La Parrilla Honda on Monday.",
            "La Parrilla Honda",
            "Parrilla Honda",
        ),
        (
            "Gunmen held the road between Tulvara and Las Cabrillas Altas, a village.",
            "Las Cabrillas Altas",
            "Cabrillas Altas",
        ),
    ],
)
def test_the_span_of_a_place_name(tmp_path: Path, text: str, whole: str, part: str) -> None:
    places = note_names(tmp_path, text, "place")
    assert whole in places and part not in places, places
