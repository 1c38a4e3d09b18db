"""Review of the front-page rules of round front25 (revA25; invented sentences, no
third-party text):

* a would / could of a clause whose "until" tells a past event is narration, but not when the
  modal is reported from a speaker ("vowed they would fight until Karsia withdrew") nor when
  the "until" verb is a present a past shares ("until the rains come"); the past clause's own
  time ("until the airlift began in May") is no forward time; the writer's view in more
  wordings ("My view is that ...", "It is our view that ...");
* an agreement only talked of ("ceasefire talks began", "rejected the truce proposal") or
  refused ("has not agreed to a truce") is not the agreement another source reports;
* the war's opening: a verb that opens the fighting (the war or an attack its subject or its
  object, no earlier event between), no renewed attack ("a new wave of strikes"), two-word
  countries ("South Sudan"), and the striker right before the opening verb ("Ostland said
  Kelvania started the war");
* a running toll's weak cue ("so far", "in total") only in the toll's clause that tells no one
  attack;
* a regulatory notice's self-reference is not a document signed by envoys or a notice issued
  after an event; a monitor's title and a provided finding are no periodical's masthead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment.breadth import opening_of
from briefbook.assessment.judgments import parties_of
from briefbook.assessment.key_judgments import agreement_of, running_tolls, same_agreements
from briefbook.assessment.section_rules import rule_labels
from briefbook.assessment.situation import is_indicator
from briefbook.model import Sentence

# --- indicators ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The garrison could not be resupplied until the airlift began in May.",
        "The militia would hold the ridge until government troops drove them out in March.",
        "No convoy could pass until the army retook the town.",
        "My view is that the army will withdraw from the ridge by spring.",
        "It is our view that Karsia will resume shelling within weeks.",
        "My sense is that the junta will postpone the vote until next year.",
    ],
)
def test_past_narration_and_the_writers_view_are_no_indicators(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        # a reported modal: the speaker's condition still looks ahead
        "The rebels vowed they would keep fighting until Karsia withdrew its troops.",
        "The government warned that the blockade would last until the hostages were released.",
        # a present the past shares
        "Shelling could continue until the rains come in May.",
        "The siege could last until the militia quit the ridge next month.",
        # a forward clause after the past "until" clause
        "The envoy could not travel until the airport reopened, but talks will resume on Friday.",
    ],
)
def test_near_misses_stay_indicators(text: str) -> None:
    assert is_indicator(text)


# --- one agreement --------------------------------------------------------------------------


def _s(n: int, text: str) -> Sentence:
    return Sentence(f"S{n}.1", f"S{n}", text)


def _one(a: str, b: str) -> bool:
    sentences = [_s(1, a), _s(2, b)]
    day = dt.date(2025, 5, 10)
    return bool(
        same_agreements(
            [0, 1],
            sentences,
            {i: parties_of(s, {}) for i, s in enumerate(sentences)},
            {"S1": day, "S2": day},
            {0: 2.0, 1: 1.0},
        )
    )


AGREED = "Chad and Niger agreed to a ceasefire on Saturday."


@pytest.mark.parametrize(
    "other",
    [
        "Niger refused to agree to a ceasefire with Chad on Saturday.",
        "Niger has not agreed to a truce with Chad, officials said on Saturday.",
        "Niger hasn't agreed to a truce with Chad, officials said on Saturday.",
        "Ceasefire talks between Chad and Niger began in Doha on Saturday.",
        "Niger rejected the ceasefire proposal announced by Chad on Saturday.",
        "Negotiations on a truce between Chad and Niger began on Saturday.",
    ],
)
def test_an_agreement_talked_of_or_refused_is_not_the_agreement(other: str) -> None:
    assert not _one(AGREED, other)


@pytest.mark.parametrize(
    "other",
    [
        "A ceasefire between Chad and Niger was announced on Saturday.",
        "A ceasefire plan was agreed by Chad and Niger on Saturday.",
        "Chad and Niger began observing the truce on Saturday evening.",
    ],
)
def test_the_agreement_in_other_words_is_still_one(other: str) -> None:
    assert _one(AGREED, other)


def test_a_refusal_unsays_a_phase() -> None:
    assert agreement_of("Niger refused to agree to a truce.")[1] == {"refused"}
    assert agreement_of("The truce, which has not been violated, took effect on Monday.")[1] == {
        "agreed"
    }
    assert agreement_of("Truce talks broke down in Doha.") == (frozenset(), frozenset())


# --- the war's opening ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Fighting erupted when Sudan attacked South Sudan's border posts.", "Sudan>South Sudan"),
        ("Niger said Chad started the war by striking nine sites.", "Chad>Niger"),
        ("Chad launched Operation Desert Hammer, striking nine sites in Niger.", "Chad>Niger"),
        ("Chad's strikes on Niger began early on Wednesday.", "Chad>Niger"),
        ("The war began on 1 March when Chad struck Niger's border posts.", "Chad>Niger"),
    ],
)
def test_the_opening_strikes(text: str, key: str) -> None:
    striker, struck = key.split(">")
    assert opening_of(text) == f"opening:country:{striker}>country:{struck}"


@pytest.mark.parametrize(
    "text",
    [
        "Niger began a new wave of strikes on Chad on Tuesday.",
        "Talks between Chad and Niger began after the strikes.",
        "Chad's strikes on Niger started a fire at a fuel depot.",
        "Trade between Chad and Niger began to recover after the attacks.",
    ],
)
def test_no_opening(text: str) -> None:
    assert opening_of(text) is None


# --- running tolls --------------------------------------------------------------------------


def _running(a: str, b: str) -> dict[int, int]:
    sentences = [_s(1, a), _s(2, b)]
    return running_tolls(
        [0, 1],
        sentences,
        {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)},
        {i: frozenset({"country:Niger"}) for i in range(2)},
        {"S1": dt.date(2025, 6, 14), "S2": dt.date(2025, 6, 16)},
    )


def test_a_running_toll_told_with_a_weak_cue() -> None:
    assert _running(
        "So far, 150 people have been killed in Niger, officials said.",
        "In total, 210 people have been killed in Niger, the ministry said.",
    ) == {0: 1}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "In total, 12 people were killed in the strike on a market in Niger.",
            "In total, 30 people were killed when missiles hit a bus station in Niger.",
        ),
        (
            "Eight people were killed in the blast in Niger; no group has claimed it so far.",
            "Five people were killed in a drone strike in Niger; no group has claimed it so far.",
        ),
    ],
)
def test_one_attacks_tolls_are_no_running_tolls(a: str, b: str) -> None:
    assert _running(a, b) == {}


# --- boilerplate and framing ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This document was signed by the two foreign ministers in Doha on Friday.",
        "This notice was issued after the rebels seized the airport.",
        "The Special Monitor provides regular updates to the council on the fighting.",
        "The Joint Monitor provides evidence that the truce was broken on Monday.",
    ],
)
def test_near_misses_are_no_boilerplate_or_framing(text: str) -> None:
    assert rule_labels([text]) != ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "This document was signed on March 3, 2025, by the Director.",
        "This notice is being issued pursuant to Executive Order 13224.",
        "The Sahel Security Tracker covers attacks by armed groups across the region.",
    ],
)
def test_self_reference_stays_left_out(text: str) -> None:
    assert rule_labels([text]) == ["none"]
