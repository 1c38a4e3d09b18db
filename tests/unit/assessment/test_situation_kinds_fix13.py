"""Situation domains and indicators misread in a trial on attacks on shipping (invented
sentences of the same kinds; no third-party text)."""

from __future__ import annotations

import pytest

from briefbook.assessment.situation import domain_of, is_geography, is_indicator


@pytest.mark.parametrize(
    "text",
    [
        "The Kora Strait is the narrow body of water separating Ostland from the coast of Vendra.",
        "Port Vell lies 40 km north of the capital.",
        "Harlow is a port city on the gulf, home to 300,000 people.",
        "Kesh is located on the western bank of the Dora river, which supplies its water.",
        "The Dora Gap, a mountain pass, lies between the two valleys.",
    ],
)
def test_a_description_of_where_a_place_is_has_no_domain(text) -> None:
    # geography is background of the situation: no "water" of a body of water is humanitarian
    assert is_geography(text)
    assert domain_of(text) is None


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Gaza City is under siege and short of water and food.", "humanitarian"),
        ("The army is shelling the port city of Harlow.", "military"),
        ("Vendra is sending aid convoys to the border town of Kesh.", "humanitarian"),
        ("Ostland is the largest donor of humanitarian aid to the region.", "humanitarian"),
        ("Aid agencies said 2,000 families lacked clean water.", "humanitarian"),
        ("Vendran border guards said 300 refugees crossed on Monday.", "humanitarian"),
    ],
)
def test_events_and_actors_near_places_keep_their_domain(text, domain) -> None:
    assert not is_geography(text)
    assert domain_of(text) == domain


@pytest.mark.parametrize(
    "text",
    [
        "Deputy spokesperson Ana Sol told reporters on Tuesday that she had seen reports of "
        "militia activity but did not have further details, adding that the Southern Command "
        "would release more information.",
        "The ministry had no details and said more details would follow.",
        "Officials will provide further updates later on Friday.",
        "The navy said it would issue a statement once the search ended.",
    ],
)
def test_a_promise_of_information_is_no_indicator(text) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "The command will release the detained crew next week.",
        "The navy would deploy two more frigates if attacks continue.",
        "The port will reopen on Monday, officials said, and more details would follow.",
    ],
)
def test_developments_to_watch_stay_indicators(text) -> None:
    assert is_indicator(text)
