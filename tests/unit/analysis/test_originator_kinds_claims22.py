"""Originator kinds of round claims22 (invented sentences, no third-party text):

* an acronym written in capitals that spells a pronoun ("the WHO", "(WHO)" after the name
  written out) is a name that speaks, never "who"; a lower-case relative "who" stays none;
* witnesses told by a bare plural noun opening their clause ("Reporters saw at least 20
  bodies", "Agency photographers counted 40 graves") give the figure; "Residents saw the
  drones before 12 people were killed" gives no one the toll;
* a paragraph that goes on after a body's report keeps that body only for a sentence with a
  figure of the report: a measure alone ("Ostra, a town 60 kilometers west of Varsk") is
  where a place lies, the writer's own voice.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.attribution import originators


def _one(text: str) -> str | None:
    return originators([("S1.1", text, 0)], frozenset())["S1.1"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Western Health Office (WHO) has confirmed the deaths of 42 people.",
            "Western Health Office",
        ),
        ("The WHO has confirmed the deaths of 42 people at the clinic.", "WHO"),
        (
            "The Western Health Office (WHO) said 42 people died.",
            "Western Health Office",
        ),
        ("The rescuers, who said 42 people died, left the town.", "rescuers"),
        ("They said 42 people died.", None),
    ],
)
def test_an_acronym_spelling_a_pronoun_is_a_name(text: str, speaker: str | None) -> None:
    assert _one(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Reporters saw at least 20 bodies lying near the bridge.", "Reporters"),
        ("Agency photographers counted 40 graves near the bridge.", "Agency photographers"),
        ("Residents saw the drones before 12 people were killed.", None),
        ("Monday saw 30 killed in Varsk.", None),
    ],
)
def test_bare_plural_witnesses_give_what_they_saw(text: str, speaker: str | None) -> None:
    assert _one(text) == speaker


_REPORT = "The Karsian Relief Agency (KRA) said 42 people died at a clinic in Varsk."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Families have reached Ostra, a town 60 kilometers west of Varsk.", None),
        ("Ostra lies 60 kilometers west of Varsk.", None),
        ("Some 300 families have reached Ostra.", "Karsian Relief Agency"),
    ],
)
def test_a_measure_alone_does_not_continue_a_report(text: str, speaker: str | None) -> None:
    found = originators([("S1.1", _REPORT, 0), ("S1.2", text, 0)], frozenset())
    assert found["S1.2"] == speaker
