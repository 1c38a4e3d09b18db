"""Quantitative claims (briefbook.claims), on the example sources and short sentences."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.pipeline import Analysis, analyse
from briefbook.ingest import load_documents
from briefbook.model import Claim
from builders import EXAMPLES


@pytest.fixture(scope="module")
def examples() -> Analysis:
    return analyse(
        load_documents(
            [
                EXAMPLES / "dprk-troops-assessment.txt",
                EXAMPLES / "treasury-dprk-troops-russia-sanctions-2024-12.txt",
            ]
        )
    )


def _claim(analysis: Analysis, text: str) -> Claim:
    hits = [c for c in analysis.claims if c.text == text]
    assert len(hits) == 1, [c.text for c in analysis.claims]
    return hits[0]


def test_200_killed_is_attributed_to_ukraine_defense_intelligence(examples: Analysis) -> None:
    claim = _claim(examples, "200 Russian and North Korean soldiers")
    assert claim.quantity == 200
    assert claim.counts == "Russian and North Korean soldiers"
    assert claim.event == "killed"
    assert claim.attributed_to == "Defence Intelligence of Ukraine"
    assert claim.evidence == ["S1.1"]


def test_eight_chechen_soldiers_killed_is_not_hedged(examples: Analysis) -> None:
    # The sentence has no hedge cue of its own (the "as reported" is in the sentence before,
    # and scare quotes are not a cue): hedging is judged per sentence, so it is not hedged.
    claim = _claim(examples, "eight Chechen Kadyrov soldiers")
    assert (claim.quantity, claim.event, claim.hedged) == (8, "killed", False)


def test_thousands_of_troops_is_attributed_not_hedged(examples: Analysis) -> None:
    # "accused ... of sending thousands of troops": an attribution verb names the originator,
    # it does not hedge the quantity (CLAIMS.md: "claimed", "accused" are not hedges)
    claim = _claim(examples, "thousands of troops")
    assert claim.quantity == "thousands"
    assert claim.counts == "troops"
    assert claim.event == "deployed"
    assert claim.attributed_to == "South Korea and the United States"
    assert not claim.hedged and "accused" not in claim.hedges
    assert "could" not in claim.hedges  # far from the number, about another proposition


def test_11000_troops_deployed_keeps_its_qualifier(examples: Analysis) -> None:
    claim = _claim(examples, "more than 11,000 troops")
    assert (claim.quantity, claim.counts, claim.event) == (11000, "troops", "deployed")


def test_sanctions_and_launches(examples: Analysis) -> None:
    assert _claim(examples, "nine individuals").event == "sanctioned"
    assert _claim(examples, "seven entities").event == "sanctioned"
    missiles = _claim(examples, "at least seven short-range ballistic missiles")
    assert (missiles.quantity, missiles.event) == (7, "launched")
    oil = _claim(examples, "thousands of tons of oil")
    assert (oil.quantity, oil.counts, oil.event) == ("thousands", "tons of oil", "supplied")
    assert (oil.low, oil.high) == (2000, 9999)


def test_no_claims_from_ids_dates_and_thresholds(examples: Analysis) -> None:
    texts = " | ".join(c.text for c in examples.claims)
    for bad in ("13810", "13382", "116", "92", "1718", "1146", "897", "2024", "31", "2016", "50"):
        assert all(
            bad not in c.text.replace(",", "") or c.quantity != int(bad) for c in examples.claims
        ), texts
    # a share is a measurement (the claims guide counts it), a legal threshold is not
    assert all(c.kind != "percent" or "owner" in c.text for c in examples.claims), texts


@pytest.mark.parametrize(
    "text",
    [
        "On October 31, 2024, the DPRK conducted an ICBM test.",
        "GTB is designated pursuant to Executive Order (E.O.) 13810.",
        "This was within the FY 2020 National Defense Authorization Act (P.L. 116-92).",
        "See OFAC Frequently Asked Questions (FAQs) 1146-1157 and FAQ 897.",
        "Entities owned 50 percent or more by blocked persons are blocked.",
        "The meeting began at 10:30 on 4 May 2021.",
        "Over three months, the talks stalled.",
        "The 47th Brigade holds the line.",
        "The two countries have fought three wars.",
    ],
)
def test_non_counts_are_not_claims(text: str) -> None:
    claims = find_claims(text, "S1.1")
    assert [c.text for c in claims if c.counts != "wars"] == []


@pytest.mark.parametrize(
    ("text", "span", "quantity", "counts", "event"),
    [
        ("Officials said 31 people died in the strikes.", "31 people", 31, "people", "killed"),
        ("India fired missiles, killing at least 26.", "at least 26", 26, "people", "killed"),
        (
            "Russia launched 120 Shahed drones overnight.",
            "120 Shahed drones",
            120,
            "Shahed drones",
            "launched",
        ),
        (
            "Dozens of civilians were wounded.",
            "Dozens of civilians",
            "dozens",
            "civilians",
            "wounded",
        ),
        (
            "About 1.5 million people have been displaced.",
            "About 1.5 million people",
            1500000,
            "people",
            "displaced",
        ),
        (
            "Ukraine captured two North Korean soldiers.",
            "two North Korean soldiers",
            2,
            "North Korean soldiers",
            "captured",
        ),
        (
            "The fund received $65 billion in pledges.",
            "$65 billion",
            65000000000,
            "US dollars",
            "funded",
        ),
    ],
)
def test_claims_in_short_sentences(
    text: str, span: str, quantity: object, counts: str, event: str
) -> None:
    claims = find_claims(text, "S1.1", attributed_to="X", published="2025-01-01")
    assert [(c.text, c.quantity, c.counts, c.event) for c in claims] == [
        (span, quantity, counts, event)
    ]
    assert claims[0].attributed_to == "X" and claims[0].published == "2025-01-01"
    assert claims[0].evidence == ["S1.1"]


def test_elliptic_second_number_inherits_what_it_counts() -> None:
    claims = find_claims(
        "Pakistan said 26 people died in the strikes and five from shelling.", "S1.1"
    )
    assert [(c.quantity, c.counts, c.event) for c in claims] == [
        (26, "people", "killed"),
        (5, "people", "killed"),
    ]


def test_hedges_near_the_number_bind_to_the_claim() -> None:
    (claim,) = find_claims("The strike reportedly killed 12 soldiers.", "S1.1")
    assert claim.hedged and claim.hedges == ["reportedly"]
    (plain,) = find_claims(
        "The strike killed 12 soldiers, and more attacks may follow next year.", "S1.1"
    )
    assert not plain.hedged


@pytest.mark.parametrize(
    "text",
    [
        '"Attention", says one member, standing up, and the room falls silent.',
        "One member of the delegation said the talks would resume.",
        "The unit now works to a higher standard, one soldier explains.",
    ],
)
def test_one_person_without_an_event_is_not_a_claim(text: str) -> None:
    assert find_claims(text, "S1.1") == []


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("One soldier was killed in the shelling.", "One soldier", "killed"),
        ("Officials said one member of the crew was wounded.", "one member", "wounded"),
    ],
)
def test_one_person_with_an_event_is_a_claim(text: str, span: str, event: str) -> None:
    claims = find_claims(text, "S1.1")
    assert [(c.text, c.quantity, c.event) for c in claims] == [(span, 1, event)]
