"""The name typer's place cues (issue 12, round typer27): a span the typer reads as a place
more than as a person or a body, below its ``place`` threshold, is taken at the lower
threshold of data/typer_place_cues.yaml when the sentence cues a place around it; without a
cue, for a person or a body, and for an adjective or a demonym, nothing changes. Every name
is invented."""

from __future__ import annotations

import dataclasses

import pytest

from briefbook.analysis.name_typer import (
    candidates,
    place_cue_threshold,
    place_cued,
    shipped_name_typer,
)


def _cued(sentence: str, name: str) -> bool:
    typer = shipped_name_typer()
    cands = candidates(sentence, typer.skip, typer.opening)
    [k] = [k for k, c in enumerate(cands) if c.text == name]
    return place_cued(sentence, cands, k)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Settlers from Kfar Tovel were seen on the road.", "Kfar Tovel"),
        ("The convoy left for Dulmaya through Hasrat.", "Hasrat"),
        ("Residents of Ushkir district fled.", "Ushkir"),
        ("Gunmen stormed Tallabari, a village in the north.", "Tallabari"),
        ("Troops retook the town of Velkoran.", "Velkoran"),
        ("Shelling hit Kabul and Zirvanat overnight.", "Zirvanat"),
        ("Vehicles from Lekuru ferried supplies to the camp.", "Lekuru"),
    ],
)
def test_place_cues_around_a_span(sentence, name):
    assert _cued(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kfar Tovel was quiet on Sunday.", "Kfar Tovel"),  # no cue at all
        ("Ushkir said the district was calm.", "Ushkir"),  # "district" is no name's head here
        ("There is a gap between Iraqi and Kurdish forces.", "Kurdish"),  # an adjective
        ("Officials met Vardan and Tessaly Korrin on Monday.", "Tessaly Korrin"),
        ("Aid went to Congolese refugees.", "Congolese"),  # a demonym after "to"
    ],
)
def test_no_place_cue(sentence, name):
    assert not _cued(sentence, name)


def _spans(sentence: str, cue: float | None) -> list[tuple[str, str]]:
    typer = dataclasses.replace(shipped_name_typer(), place_cue=cue)
    [spans] = typer.spans([sentence])
    return [(sentence[s:e], label) for s, e, label in spans]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Gunmen stormed Tallabari, a village in the north.", "Tallabari"),
        ("The convoy left for Dulmaya through Hasrat.", "Hasrat"),
        ("Shelling hit Kabul and Zirvanat overnight.", "Kabul"),
    ],
)
def test_a_cued_place_below_the_place_threshold_becomes_a_span(sentence, name):
    assert (name, "GPE") not in _spans(sentence, None)  # the weights' threshold alone
    assert (name, "GPE") in _spans(sentence, place_cue_threshold())


def test_a_list_of_places_cues_each_of_its_names():
    # "Gajapur" is typed at the place threshold; the lists' other names follow from it
    sentence = "Heavy rain fell in Gajapur, Marbeni and Orvastri."
    found = _spans(sentence, place_cue_threshold())
    assert ("Gajapur", "GPE") in found
    assert ("Orvastri", "GPE") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter from Talvi Roskanen was read out.",  # a person after "from"
        "There is a gap between Iraqi and Kurdish forces.",  # adjectives after "between"
        "Kfar Tovel was quiet on Sunday.",  # no cue: the weights' threshold
    ],
)
def test_no_place_without_a_cue_or_for_a_person_or_an_adjective(sentence):
    assert [n for n, label in _spans(sentence, place_cue_threshold()) if label == "GPE"] == []


def test_a_word_with_a_digit_is_no_span():
    # a drone's or a missile's designation after a cue: "such as the Samad-2"
    sentence = "The rebels flew drones from Kelvar-3 and Tarsk to the coast."
    found = _spans(sentence, place_cue_threshold())
    assert all(name != "Kelvar-3" for name, _ in found)


def test_the_cue_threshold_is_lower_than_the_weights_place_threshold():
    typer = shipped_name_typer()
    assert 0.0 < typer.place_cue < typer.thresholds["place"]
