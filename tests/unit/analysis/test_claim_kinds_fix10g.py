"""Claim kinds left by two analyst trials (invented sentences of the same shapes, no
third-party text): police officers named by any of their words are one counted class; a
unit counted by its members ("a three-vessel task force", "a 40-truck convoy") counts the
members, the group its qualifier and never its verb; a standing strength ("already has 400
soldiers there", "maintains 2,500 troops") is no deployment."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.topics import counts_compatible, counts_key


@pytest.mark.parametrize(
    "phrase",
    [
        "police officers",
        "police officer",
        "policemen",
        "policeman",
        "policewoman",
        "policewomen",
        "cops",
        "cop",
        "law enforcement officers",
        "law-enforcement officer",
        "constables",
        "gendarmes",
        "Karsian police officers",
    ],
)
def test_police_officers_are_one_counted_class(phrase: str) -> None:
    assert counts_key(phrase).head == "police"
    assert counts_compatible(phrase, "cops")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("police officers", "civilians"),
        ("cops", "soldiers"),
        ("police officers", "army officers"),
        ("police vehicles", "cops"),
        ("gendarmes", "fighters"),
    ],
)
def test_police_stay_apart_from_other_people(a: str, b: str) -> None:
    assert not counts_compatible(a, b)


@pytest.mark.parametrize(
    ("text", "counts", "qualifier", "value"),
    [
        ("A three-vessel task force sailed from the port on Monday.", "vessels", "task force", 3),
        ("A two-ship flotilla sailed into the strait.", "ships", "flotilla", 2),
        ("A 40-truck convoy reached the border crossing.", "trucks", "convoy", 40),
        ("A five-member team arrived in the capital.", "members", "team", 5),
        ("The 12-man patrol returned before dawn.", "men", "patrol", 12),
    ],
)
def test_a_unit_counted_by_its_members_counts_the_members(
    text: str, counts: str, qualifier: str, value: int
) -> None:
    (claim,) = find_claims(text, "S1.1")
    assert (claim.counts, claim.qualifier, claim.low, claim.high) == (
        counts,
        qualifier,
        value,
        value,
    )
    assert counts_key(claim.counts).head != counts_key(qualifier).head


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A 2,000-strong militia marched on the town.", "militia"),
        ("An 800-strong contingent landed at the port.", "contingent"),
        ("A 300-strong column crossed the river.", "column"),
    ],
)
def test_a_units_strength_keeps_the_group_without_its_verb(text: str, group: str) -> None:
    (claim,) = find_claims(text, "S1.1")
    assert claim.counts == group


@pytest.mark.parametrize(
    "text",
    [
        "Britain already has 400 British soldiers in Kosovo, the ministry said.",
        "The country maintains 2,500 troops in the region.",
        "Karsia keeps about 1,200 soldiers on the island.",
        "Lomira has some 800 troops stationed near the border.",
        "Some 3,000 troops are stationed in the region.",
    ],
)
def test_a_standing_strength_is_not_a_deployment(text: str) -> None:
    (claim,) = find_claims(text, "S1.1")
    assert claim.event == "other"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Britain deployed 400 soldiers to Kosovo on Monday.", "deployed"),
        ("The ministry has sent 2,500 troops to the region.", "deployed"),
        ("The army has lost 300 soldiers since March.", "casualties"),
        ("The rebels have killed 40 soldiers this year.", "killed"),
    ],
)
def test_an_act_after_a_standing_verb_keeps_its_event(text: str, event: str) -> None:
    (claim,) = find_claims(text, "S1.1")
    assert claim.event == event
