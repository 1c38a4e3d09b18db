"""No speaker where a speech word speaks for no one (trial20; invented sentences):

* a set phrase that holds a speech verb ("All told, ...", "Truth be told, ..."; ``speech_idioms``
  of data/cues.yaml) names no speaker; a subject that tells something after it still does;
* "news to report from <place>" is the infinitive of a verb, not a report issued by the
  place; "a report from the Kelvik Monitor" still names its issuer.
"""

from __future__ import annotations

import pytest

from builders import originators_of


@pytest.mark.parametrize(
    "text",
    [
        "All told, this has been the deadliest conflict between Dorvia and Kelsh in decades.",
        "Truth be told, the ceasefire has held for a week.",
    ],
)
def test_a_set_phrase_names_no_speaker(text: str) -> None:
    assert originators_of(text) == [None]


def test_a_speaker_after_a_set_phrase_still_speaks() -> None:
    (found,) = originators_of("That said, the army told reporters it had withdrawn.")
    assert found is not None and "army" in found.lower(), found


@pytest.mark.parametrize(
    "text",
    [
        "Today, I have some good news to report from the Middle East.",
        "We have good news to report from Kelvik this morning.",
    ],
)
def test_news_to_report_from_a_place_names_no_issuer(text: str) -> None:
    assert originators_of(text) == [None]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("A report from the Kelvik Monitor said 12 people died.", "Kelvik Monitor"),
        ("In a statement from the Dorvian ministry, officials said 12 died.", "ministry"),
    ],
)
def test_a_report_from_a_body_still_names_it(text: str, issuer: str) -> None:
    (found,) = originators_of(text)
    assert found is not None and issuer.lower() in found.lower(), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "This escalation comes after Dorvia's health ministry revised the death toll from a "
            "strike near a hospital on Monday night, stating that 13 people were killed.",
            "health ministry",
        ),
        ("The governor updated the toll on Tuesday, saying 19 people had died.", "governor"),
    ],
)
def test_a_body_that_revises_a_toll_tells_its_figure(text: str, speaker: str) -> None:
    (found,) = originators_of(text)
    assert found is not None and speaker in found.lower(), found


def test_a_toll_revised_in_the_passive_names_no_one() -> None:
    # near miss: no subject revised it
    assert originators_of("The toll was revised on Tuesday, stating nothing new.") == [None]
