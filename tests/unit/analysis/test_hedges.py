"""Hedges, attribution and modality of single sentences (briefbook.hedges / analyse)."""

from __future__ import annotations

import pytest

from briefbook.analysis.hedges import find_attribution, find_hedges
from briefbook.analysis.pipeline import sentence_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's alleged deployment of troops is a gamble.", ["alleged"]),
        ("The strike reportedly killed 12 people.", ["reportedly"]),
        ("Their involvement, if confirmed, is a stark reflection.", ["if confirmed"]),
        ("Russia appears to be leaning on an ally.", ["appears"]),
        ("North Korea likely sees this as an opportunity.", ["likely"]),
        (
            "The figure could not be independently verified.",
            ["could not be independently verified"],
        ),
        ("The toll is unconfirmed and officials claimed otherwise.", ["unconfirmed", "claimed"]),
        ("Pakistan accused India of backing the attack.", ["accused"]),
        ("An estimated 500 fighters were believed to be there.", ["an estimated", "believed"]),
    ],
)
def test_find_hedges_finds_cues_in_order(text: str, expected: list[str]) -> None:
    assert find_hedges(text) == expected


def test_find_hedges_is_empty_for_plain_statements() -> None:
    assert find_hedges("The DPRK fired seven missiles off the eastern coast on Tuesday.") == []


def test_may_the_month_is_not_a_hedge() -> None:
    assert find_hedges("The talks took place in May 2024 and again in May.") == []
    assert find_hedges("May brings new risks; troops may move.") == ["may"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to the Ukrainian military, 30 soldiers were killed.", "Ukrainian military"),
        (
            "According to Ukraine's Defense Intelligence (DIU), 200 soldiers died.",
            "Ukraine's Defense Intelligence",
        ),
        (
            "The revelation by Ukraine's Defense Intelligence (DIU) raises concerns.",
            "Ukraine's Defense Intelligence",
        ),
        ("Pakistan's military said five people died.", "Pakistan's military"),
        ("Ukrainian officials said on Tuesday that the strike killed 12.", "Ukrainian officials"),
        (
            "Defense Minister Rajnath Singh told reporters the strikes were measured.",
            "Rajnath Singh",
        ),
        ("India said it struck infrastructure used by militants.", "India"),
        (
            "“The regime's actions undermine the region,” said Acting Under Secretary of the "
            "Treasury for Terrorism and Financial Intelligence Bradley T. Smith.",
            "Bradley T. Smith",
        ),
        (
            "Sanctions came from South Korea and the United States, which have already accused "
            "Pyongyang of sending troops.",
            "South Korea and the United States",
        ),
        ("The losses were heavy, as reported by the Kyiv Independent.", "Kyiv Independent"),
    ],
)
def test_find_attribution_names_the_source(text: str, source: str) -> None:
    assert find_attribution(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "The DPRK fired at least seven short-range ballistic missiles.",
        "Language barriers, as reported, have already led to friendly fire incidents.",
        "It said another 5 were killed in artillery fire.",
    ],
)
def test_find_attribution_is_none_without_a_named_source(text: str) -> None:
    assert find_attribution(text) is None


def test_sentence_facts_flags_probabilistic_and_forward_language() -> None:
    facts = sentence_facts("The deployment of North Korean troops could influence the battle.")
    assert facts.probabilistic and facts.forward
    watch = sentence_facts("The international community must monitor these developments closely.")
    assert watch.forward and not watch.probabilistic
    past = sentence_facts("The DPRK conducted an ICBM test on October 31, 2024.")
    assert not past.probabilistic and not past.forward and past.hedges == []
    assert sentence_facts("Officials said 40 soldiers were killed.").quantities == 1
