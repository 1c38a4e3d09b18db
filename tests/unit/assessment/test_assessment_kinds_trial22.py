"""Assessment kinds misread in a new-analyst trial on a rebel offensive in the Great Lakes
(invented sentences of the same shapes; no third-party text):

* a report of how far a battle had come ("The battle seemed to be pushing closer to the
  outskirts, with one source claiming that combat had reached X") was the Conclusion;
* a key judgment opened with "The meeting, hosted by ..., occurred ...": an event named in
  the sentence before, an aside between it and its verb;
* a past act on a planned event ("withdrew from planned peace talks") was an indicator;
* the capture of one city supported, as the same occasion, the capture of another.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.assessment.occasions import same_occasion, taken_places
from briefbook.assessment.readability import needs_context
from briefbook.assessment.section_rules import rule_labels
from briefbook.assessment.situation import is_indicator
from builders import top_after_rules

# 1. a report of where the fighting got to is no verdict


@pytest.mark.parametrize(
    "text",
    [
        "The battle seemed to be pushing even closer to Lerova's outskirts, with one source "
        "claiming that combat had reached Tamsa, almost within the city limits.",
        "By nightfall the rebel columns had reached the northern bridge, residents said.",
        "One source said the fighting had spread to the port district.",
    ],
)
def test_a_report_of_the_front_read_as_a_verdict_is_the_situation(text: str) -> None:
    assert top_after_rules(text, conclusion=0.6, context=0.3) == "context"


@pytest.mark.parametrize(
    "text",
    [
        "In the end, the rebels' advance has reached the limits of what Kestan can sustain.",
        "The battle for Lerova shows that cheap drones will shape the future battlefield.",
        "Overall, the offensive has reached a stalemate that favours neither side.",
    ],
)
def test_near_miss_a_verdict_on_the_fighting_stays_the_conclusion(text: str) -> None:
    assert top_after_rules(text, conclusion=0.6, context=0.3) == "conclusion"


def test_near_miss_the_rule_moves_no_battlefield_reading() -> None:
    text = "Rebel forces have advanced toward the ridge, which gives them the high ground."
    assert rule_labels([text]) == ["context"]  # the rule's own label ...
    assert (
        top_after_rules(text, battlefield=0.6, context=0.3) == "battlefield"
    )  # ... from conclusion only


# 2. "The meeting, <aside>, <verb>": which meeting is in the sentence before


@pytest.mark.parametrize(
    "text",
    [
        "The meeting, facilitated by the Emir of Kestan, Sheikh Omar Bin Kareem Al Tarvi, "
        "occurred against a backdrop of severed ties.",
        "The talks, held behind closed doors, were described as frank.",
        "The visit came a week after the border clashes.",
        "The move, announced late on Friday, drew criticism from the opposition.",
    ],
)
def test_an_event_noun_with_an_aside_before_its_verb_needs_context(text: str) -> None:
    assert needs_context(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between the two presidents in Doha occurred against a backdrop of severed ties.",
        "The summit of regional leaders, held in Dar es Salaam, agreed a ceasefire.",
        "The call for a ceasefire, made by the council, was ignored.",
        "The meeting room was empty.",
    ],
)
def test_near_miss_an_event_noun_that_names_its_event_reads_alone(text: str) -> None:
    assert needs_context(text) is False


# 3. a past act on a planned event is nothing to watch


@pytest.mark.parametrize(
    "text",
    [
        "The rebels withdrew from planned peace talks in Lerova, saying the sanctions on "
        "their leader undermined the negotiations.",
        "The army cancelled the planned offensive on Monday.",
        "The army called off the scheduled vote in Lerova.",
        "Kestan announced that it had withdrawn from the proposed summit.",
    ],
)
def test_a_past_act_on_a_planned_event_is_no_indicator(text: str) -> None:
    assert is_indicator(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "The rebels will attend the planned peace talks in Lerova next week.",
        "The planned offensive is expected to begin in May.",
        "The rebels are preparing for planned talks.",
    ],
)
def test_near_miss_a_planned_event_still_ahead_stays_an_indicator(text: str) -> None:
    assert is_indicator(text) is True


# 4. the capture of one city is no support for the capture of another

_TAKES_B = (
    "On Feb. 16, the rebel alliance captured the city of Vessa, the provincial capital of "
    "the southern province."
)
_TAKES_A = "The rebels announced on Monday that their forces captured the city of Lerova."
_TAKES_BOTH = (
    "Since December, the rebels have expanded their control, seizing the northern provincial "
    "capital of Lerova on January 27 and the southern provincial capital of Vessa on February 16."
)


def test_the_places_taken_are_read_with_their_coordination() -> None:
    assert taken_places(_TAKES_B) == {"Vessa"}
    assert taken_places(_TAKES_A) == {"Lerova"}
    assert taken_places(_TAKES_BOTH) == {"Lerova", "Vessa"}


def test_the_capture_of_another_city_is_another_occasion() -> None:
    feb, jan = dt.date(2025, 2, 21), dt.date(2025, 1, 27)
    assert same_occasion(_TAKES_B, feb, _TAKES_A, jan, 90, 7) is False


def test_near_miss_a_report_naming_the_same_city_still_supports() -> None:
    feb = dt.date(2025, 2, 21)
    assert same_occasion(_TAKES_B, feb, _TAKES_BOTH, dt.date(2025, 2, 20), 90, 7) is True
    # a capture naming no place is not told apart by place
    assert same_occasion(_TAKES_B, feb, "Rebels took the town on Sunday.", feb, 90, 7) is True


# 5. a sanction told in the present or by its measures is economic and sanctions


@pytest.mark.parametrize(
    "text",
    [
        "The United States is sanctioning today two individuals and two entities linked to "
        "violence and human rights abuses in eastern Kestan.",
        "The measures, including asset freezes and travel bans, target individuals deemed "
        "responsible for serious human rights violations.",
    ],
)
def test_a_sanction_in_the_present_or_by_its_measures_is_economic(text: str) -> None:
    from briefbook.assessment.situation import domain_of

    assert domain_of(text) == "economic"


def test_near_miss_a_ban_on_civilians_stays_humanitarian() -> None:
    from briefbook.assessment.situation import domain_of

    text = "Aid agencies said the travel of civilians was banned after the attack on the hospital."
    assert domain_of(text) == "humanitarian"
