"""Review of round secs19's verb frames: a copula that files a place under a noun of
geography ("It is a major port city") is a description, but a place noun after a linking word
("a blow to the region", "critical for the region", "fragile in the border area") is the
object of a judgement, which keeps its frame. Invented sentences, each beside a near miss."""

from __future__ import annotations

import pytest

from briefbook.assessment.section_features import frame_features, frame_names


def _frame(texts: list[str], name: str) -> list[float]:
    col = frame_names().index(f"frame:{name}")
    return [float(v) for v in frame_features(texts)[:, col]]


@pytest.mark.parametrize(
    "text",
    [
        "It is a blow to the region's fragile stability.",
        "This is a setback for the border talks.",
        "The deal is a test for the region.",
    ],
)
def test_a_judgement_about_a_place_is_a_sentence_about_a_previous_one(text):
    assert _frame([text], "anaphoric_assess") != [0.0]


@pytest.mark.parametrize(
    "text",
    [
        "Control of the Velmora bridge is critical for the region.",
        "The Tarn truce remains fragile in the border area.",
    ],
)
def test_an_evaluation_with_a_place_for_its_object_is_an_evaluation(text):
    assert _frame([text], "copula_eval") != [0.0]


@pytest.mark.parametrize(
    "text",
    [
        "It is a major port city on the Amsel coast.",
        "This is a densely populated region of about two million people.",
    ],
)
def test_near_miss_a_place_filed_under_a_noun_of_geography_is_no_frame(text):
    assert _frame([text], "anaphoric_assess") == [0.0]
    assert _frame([text], "copula_eval") == [0.0]
