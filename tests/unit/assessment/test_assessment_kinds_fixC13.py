"""Review of the day's assessment rules (rules narrowed, their kinds kept): a promise of
information or an estimate with a condition, a future time or a scheduled event is still an
indicator; a framing sentence that carries an estimative judgment is the bottom line; an
estimate with a condition or a future time is a forecast; a watch item with a forward noun
stays in the outlook; an effort against forces, supply or ground is no plain motive (the
classifier judges the implication); a restrictive relative clause does not cancel a decisive
main verb; a sentence that tells an event or a condition at a place is no geography
sentence. Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.section_rules import rule_labels
from briefbook.assessment.signals import is_decisive_event
from briefbook.assessment.situation import domain_of, is_geography, is_indicator


@pytest.mark.parametrize(
    "text",
    [
        # reviewer's
        "The Vendran parliament will issue a statement on the ceasefire terms after its vote "
        "on Friday.",
        "Casualties could be higher than 500 if the offensive begins before the thaw.",
        "The death toll could be more than 20 by next week as fighting spreads.",
        # invented, same kinds
        "The council will publish its findings and further details following the summit in Orsk.",
        "Losses could be greater than 1,000 unless the garrison is relieved.",
        "The death toll may be as high as 300 by the end of the month.",
    ],
)
def test_a_promise_or_estimate_with_a_condition_or_time_is_an_indicator(text: str) -> None:
    assert is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials will provide further updates later on Friday.",
        "The navy said it would issue a statement once the search ended.",
        "The death toll could be more than 30, a senior police officer estimated.",
        "The casualty figure may be higher than the ministry reported.",
    ],
)
def test_a_bare_promise_or_estimate_is_still_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "This study concludes that a winter offensive is unlikely to succeed without air "
        "superiority.",
        "This paper assesses that Ostland will probably invade Vendra before March 2027.",
        "This report judges that the truce will almost certainly collapse by spring.",
    ],
)
def test_an_estimative_judgment_of_the_piece_is_not_framing(text: str) -> None:
    # no framing (none); a forecast in it may read as the outlook (GUIDE rule 5)
    assert rule_labels([text]) in ([None], ["outlook"])


def test_framing_without_a_judgment_is_still_left_out() -> None:
    assert rule_labels(["This brief proceeds by analysing the ceasefire terms."]) == ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "The number of displaced could be higher than 50,000 if the dam on the Lisk breaks.",
        "The toll could be more than 80 by June, aid workers estimated.",
        "The number of refugees may be above 10,000 in the coming days.",
    ],
)
def test_an_estimate_with_a_condition_or_future_time_is_no_present_estimate(text: str) -> None:
    # no present estimate (context); a forecast in it may read as the outlook (GUIDE rule 5)
    assert rule_labels([text]) in ([None], ["outlook"])


@pytest.mark.parametrize(
    "text",
    [
        "Watch for a future deployment of the 3rd Brigade to the border by June.",
        "Indicators include a possible call-up of reservists in the northern districts.",
        "Signs of a potential withdrawal from Dorn include the removal of field hospitals.",
        "Monitor the prospective transfer of air defences to the Lisk valley.",
    ],
)
def test_a_watch_item_with_a_forward_noun_stays_outlook(text: str) -> None:
    assert rule_labels([text], predicted=["outlook"]) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The shift of artillery to the north indicates an effort to cut the garrison's supply "
        "road before the thaw.",
        "The night raids suggest an attempt to encircle the Vendran troops at Orsk.",
        "The bridging units reflect an effort to seize a bridgehead on the Lisk.",
    ],
)
def test_an_effort_against_forces_or_supply_is_no_plain_intention(text: str) -> None:
    # an implication for the fighting: the classifier's call, not the motive rule's
    assert rule_labels([text]) == [None]


def test_a_political_intention_is_still_a_factor() -> None:
    assert rule_labels(["The visit suggests an attempt to manage the crisis."]) == ["factors"]


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        ("The Vendran defence minister who signed the truce has resigned.", True),
        ("The commander whose troops held Dorn has surrendered.", True),
        ("Rebels who fought in the 2008 war captured the town of Lisk on 29 November 2026.", True),
        ("The general who led the siege of Orsk has fled the country.", True),
        ("Militia fighters who trained in the hills seized the airport at Dorn.", True),
        # an aside set off by commas, or the event in the relative clause itself
        ("The militia, which said the tanker sank, fired again on Monday.", False),
        ("The rebels who captured the town fled on Monday.", False),
        ("Officials who resigned last year criticised the plan.", False),
    ],
)
def test_a_restrictive_relative_clause_keeps_the_main_event(text: str, decisive: bool) -> None:
    assert is_decisive_event(text) is decisive


@pytest.mark.parametrize(
    "text",
    [
        "Tarn is a port city where 12 civilians were killed by Ostland shelling on 25 November "
        "2026.",
        "Port Vell lies in ruins after three days of shelling.",
        "Dorn is the provincial capital the rebels captured on 23 November 2026.",
        "Tarn is a city under siege, with no electricity or food for 20,000 residents.",
        "Orsk is a river town that Ostland troops encircled last week.",
        "Lisk lies in ruins after the artillery bombardment.",
    ],
)
def test_an_event_or_condition_at_a_place_is_no_geography(text: str) -> None:
    assert not is_geography(text)
    assert domain_of(text) == "military"


@pytest.mark.parametrize(
    "text",
    [
        "The Kora Strait is the narrow body of water separating Ostland from Vendra.",
        "Port Vell lies 40 km north of the capital.",
    ],
)
def test_where_a_place_is_stays_geography(text: str) -> None:
    assert is_geography(text)
