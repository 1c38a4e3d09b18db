"""GUIDE rules 3 and 4: a military event, a sanctions designation, a diplomatic move or a
reaction reported as news is context; battlefield and geopolitical are for what it means. The
rule ``dated_act`` of ``data/section_rules.yaml`` moves an implication reading of a sentence
that pins an act to its date to context, unless it also says what the act does or did (a
forward modal, a change with its size, a consequence word, a verdict). Invented sentences."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import rule_labels, section_rules

REPORTED = [
    # diplomatic moves and sanctions, dated: the news, whatever the topic words
    "The Varn League recalled its envoy from Tessaly on 3 May.",
    "In October 2031 the Ostrin coalition launched a second round of port inspections.",
    "This past February, the Kessel junta threatened its neighbours with missile tests.",
    "Dorvia joined the embargo on Tessalian grain on Tuesday.",
    # a military event, dated
    "In August 2030 the northern brigades were dug in behind dense minefields near Velmora.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_a_dated_act_read_as_an_implication_is_the_situation(text):
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) == "context"
    assert _top(text, battlefield=0.6, context=0.3, none=0.1) == "context"


MEANING = [
    # a forward modal: the implication (rule 5)
    "The recall of the envoy on 3 May will isolate Tessaly further.",
    # a change told with its size: an effect
    "Since the embargo began in March 2029, Tessaly's grain exports have fallen by half.",
    "Port revenue was 40 percent lower in 2031 than a year before.",
    # a consequence word
    "The inspections launched in October 2031 forced shippers to reroute through Amsel.",
    "The sanctions imposed in 2030 have weakened the junta's hold on the river ports.",
    # a verdict on the act
    "It is too early to say if the raid of early August was the right approach.",
]


@pytest.mark.parametrize("text", MEANING)
def test_near_miss_a_dated_act_with_its_meaning_keeps_the_implication(text):
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) == "geopolitical"


@pytest.mark.parametrize(
    "text",
    [
        # no date: the classifier's reading stands
        "The Varn League's recall of its envoy leaves Tessaly without a friend in the council.",
        "Dorvia has joined the embargo on Tessalian grain.",
    ],
)
def test_near_miss_an_undated_sentence_is_left_to_the_classifier(text):
    # ``dated_act`` needs the date (an undated report that names no effect at all goes to
    # context by ``plain_report``, round secs20)
    dated = [r for r in section_rules() if r.name == "dated_act"]
    assert rule_labels([text], dated, predicted=["geopolitical"]) == [None]


def test_near_miss_only_an_implication_reading_moves():
    # a dated outlook or factor reading is another rule's or the classifier's choice
    text = "The Varn League recalled its envoy from Tessaly on 3 May."
    assert _top(text, factors=0.6, context=0.3, none=0.1) == "factors"
    assert _top(text, outlook=0.6, context=0.3, none=0.1) == "outlook"
    # a sure boilerplate reading stays boilerplate
    assert _top(text, none=0.9, geopolitical=0.1) == "none"
