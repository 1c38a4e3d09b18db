"""Claim kinds left over from the last session (invented sentences, no third-party text):

* a relative clause with a speaker of its own tells the figure ("the ambush, which police said
  killed six soldiers"): the figure is the police's, not the main clause's claimant's;
* an attribution verb ("claimed", "accused") names the originator and never hedges the
  quantity (CLAIMS.md: "Attribution verbs ... are not hedges");
* a unit sized by its members ("a 5,000-troop cap") is a measure of troops, event ``other``
  for a limit (CLAIMS.md: measurements and cap levels are "other");
* in a list "N noun, M verb", the noun before names its own state ("refugees" are displaced),
  so the second figure counts people, not that noun;
* a vague number in a state of people missing ("Dozens remain missing") counts people.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from builders import originators_of


def _claims(text: str) -> list:
    """The claims of ``text`` as the pipeline reads them: with the sentence's originator."""
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A breakaway faction claimed responsibility for the roadside blast, which district "
            "police said killed seven border guards.",
            "police",
        ),
        (
            "The militia claimed the raid on the depot, which the governor told reporters left "
            "nine guards dead.",
            "governor",
        ),
    ],
)
def test_a_relative_clause_speaker_tells_the_toll(text: str, speaker: str) -> None:
    found = [c for c in _claims(text) if c.event == "killed"]
    assert len(found) == 1, found
    assert speaker in (found[0].attributed_to or "").lower(), found


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause's speaker is the claimant itself
        "The breakaway faction claimed responsibility for the roadside blast, which it said "
        "killed seven border guards.",
        # no relative clause: the claimant's own figure
        "The breakaway faction said its fighters killed seven border guards in the blast.",
    ],
)
def test_a_claimant_telling_its_own_toll_keeps_it(text: str) -> None:
    found = [c for c in _claims(text) if c.event == "killed"]
    assert len(found) == 1, found
    assert "faction" in (found[0].attributed_to or "").lower(), found


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents claimed to have killed 40 soldiers near the pass.",
        "The rebels claimed they shot down two helicopters.",
        "The ministry accused the rebels of shelling 12 villages.",
    ],
)
def test_an_attribution_verb_is_no_hedge_of_the_figure(text: str) -> None:
    found = _claims(text)
    assert found and found[0].attributed_to is not None, found
    assert not found[0].hedged and found[0].hedges == [], found


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        (
            "The insurgents reportedly claimed to have killed 40 soldiers near the pass.",
            "reportedly",
        ),
        ("The insurgents claimed an estimated 40 soldiers were killed near the pass.", "estimated"),
    ],
)
def test_a_real_hedge_beside_a_claim_still_hedges(text: str, hedge: str) -> None:
    found = [c for c in _claims(text) if c.low == 40]
    assert found and found[0].hedged, found
    assert any(hedge in h for h in found[0].hedges), found


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("A 3,000-troop ceiling was agreed at the talks.", "troops"),
        ("The accord sets a 250-officer cap on each side's border police.", "officers"),
    ],
)
def test_a_cap_sized_by_its_members_is_a_measure_of_them(text: str, counts: str) -> None:
    found = _claims(text)
    assert [(c.counts, c.event) for c in found] == [(counts, "other")], found


def test_a_unit_sized_by_soldiers_still_reads_as_before() -> None:
    found = _claims("A 32-soldier patrol was ambushed near the ford.")
    assert [(c.low, c.counts, c.kind) for c in found] == [(32.0, "soldiers", "measure")], found


@pytest.mark.parametrize(
    "text",
    [
        "The fighting has left 400,000 refugees, 18,000 killed.",
        "The fighting has left 400,000 refugees and 18,000 dead.",
    ],
)
def test_a_toll_after_a_state_noun_counts_people(text: str) -> None:
    found = {c.low: (c.counts, c.event) for c in _claims(text)}
    assert found[18_000.0] == ("people", "killed"), found
    assert found[400_000.0] == ("refugees", "displaced"), found


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Militants killed 14 soldiers and wounded 30 more.", "soldiers"),
        ("The ambush left 14 soldiers dead and 30 wounded.", "people"),
    ],
)
def test_a_toll_after_a_plain_noun_reads_as_before(text: str, counts: str) -> None:
    found = {c.low: c.counts for c in _claims(text)}
    assert found[14.0] == "soldiers" and found[30.0] == counts, found


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Dozens remain missing after the landslide.", 24.0),
        ("Eleven are still missing after the ferry sank.", 11.0),
    ],
)
def test_a_number_in_a_missing_state_counts_people(text: str, low: float) -> None:
    found = _claims(text)
    assert [(c.low, c.counts, c.event) for c in found] == [(low, "people", "other")], found


@pytest.mark.parametrize(
    "text",
    [
        "Several remain missing after the landslide.",
        "Many are still missing after the ferry sank.",
    ],
)
def test_no_number_word_gives_no_missing_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "claimed" of a toll in a relative clause: no speaker's clause
        "Ostland has fought an uprising that broke out in the hills in 2019 and has claimed "
        "hundreds of lives since.",
        # a relative clause with no speech before the figure
        "The militia struck the depot, which held 300 tonnes of fuel.",
    ],
)
def test_a_relative_clause_without_a_speaker_gives_none(text: str) -> None:
    found = _claims(text)
    assert found and all(c.attributed_to is None for c in found), found


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("The truce limits each side to 1,200 troops along the river.", True),
        ("The accord caps the mission at 450 peacekeepers.", True),
        # guards: no limit verb ("limited" also tells what happened)
        ("The army sent 1,200 troops to the river on Monday.", False),
        ("Losses were limited to three wounded soldiers.", False),
    ],
)
def test_a_verb_that_sets_a_limit_makes_the_figure_a_limit(text: str, limit: bool) -> None:
    found = _claims(text)
    assert len(found) == 1 and (found[0].event == "other") is limit, found
