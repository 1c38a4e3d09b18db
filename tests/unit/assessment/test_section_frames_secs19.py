"""The verb-frame block (data/section_frames.yaml) reads a frame only where the sentence has
one: not a dummy "it", not someone else's quoted words, not a copula filing a place under a
noun of geography. Invented sentences; each kind beside a near miss that keeps its frame."""

from __future__ import annotations

import pytest

from briefbook.assessment.section_features import frame_features, frame_names


def _frame(texts: list[str], name: str) -> list[float]:
    col = frame_names().index(f"frame:{name}")
    return [float(v) for v in frame_features(texts)[:, col]]


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether the ferry sank before or after the storm.",
        "It was not immediately clear how many guards were wounded at Velmora.",
        "It is still too early to say if the raid on the Osk depots paid off.",
        "It remains to be seen whether the Tarn accord survives the winter.",
        "It has been reported that two barges left the quay at dawn.",
        "It is worth noting that the militia never held the bridge.",
    ],
)
def test_a_dummy_it_refers_to_nothing_before(text):
    # an extraposed subject ("It is unclear whether ...") is no sentence about a previous one
    assert _frame([text], "anaphoric_assess") == [0.0]


@pytest.mark.parametrize(
    "text",
    [
        "It marks the first time the navy has shelled the Corvin quay.",
        "It is likely to deepen the rift between the two juntas.",
        "It is a sign that the garrison at Velmora is stretched thin.",
        "This is a major escalation of the river war.",
        "It was a blow to the council's standing in the south.",
    ],
)
def test_near_miss_a_referring_it_keeps_its_frame(text):
    # "it" standing for the event told before, with a verdict or an effect: still a frame
    assert _frame([text], "anaphoric_assess")[0] > 0


@pytest.mark.parametrize(
    "text",
    [
        "It is a mountainous province bordering the Kessel highlands.",
        "This is a densely populated region of farms and river towns.",
        "It is located on the northern bank of the Avra.",
    ],
)
def test_a_copula_describing_geography_is_no_assessment(text):
    assert _frame([text], "anaphoric_assess") == [0.0]


@pytest.mark.parametrize(
    "text",
    [
        "Velmora is a key border province for the northern army.",
        "Port Amsel is a major port city on the Ostrin coast.",
        "The Kessel valley is an important farming region.",
    ],
)
def test_an_evaluative_word_grading_a_place_is_no_evaluation(text):
    assert _frame([text], "copula_eval") == [0.0]


@pytest.mark.parametrize(
    "text",
    [
        "The Amsel harbour is critical to the war effort.",
        "The truce in the Kessel valley remains fragile.",
        "The loss of the bridge is a major setback for the northern army.",
    ],
)
def test_near_miss_an_evaluation_of_a_state_of_affairs_stays(text):
    # the same adjectives judging a situation, a loss, a harbour's role: an evaluation
    assert _frame([text], "copula_eval")[0] > 0


@pytest.mark.parametrize(
    "text",
    [
        '"We believe the blockade will break within weeks," the admiral said.',
        "“I think the council will fall by spring,” a Corvin trader told reporters.",
        # the end of a quotation opened in the sentence before
        'We expect more shelling of the quay," the harbour master added.',
        # a quotation that goes on in the next sentence
        'The colonel was blunt: "We assess that the pass cannot be held',
    ],
)
def test_a_quoted_assessment_is_not_the_authors(text):
    assert _frame([text], "first_person_assess") == [0.0]


@pytest.mark.parametrize(
    "text",
    [
        "We assess that the garrison will hold the pass through the winter.",
        'We believe, as the admiral put it, that the "iron ring" will break.',
        'I think the council will fall, whatever its "national unity" pledge says.',
    ],
)
def test_near_miss_the_authors_own_assessment_beside_a_quoted_phrase(text):
    # a quoted phrase inside the author's own sentence leaves the author's frame standing
    assert _frame([text], "first_person_assess")[0] > 0
