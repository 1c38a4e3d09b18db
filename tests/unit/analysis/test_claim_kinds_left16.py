"""Claim kinds left over from the last session (invented sentences, no third-party text):

* the speaker of a relative clause about another fact ("the raid that the army said targeted
  militants killed 12, medics said") does not own the toll of the main clause;
* claiming an attack ("The rebels claimed the attack, which killed 12 soldiers") is no report
  of its toll: the toll is the writer's (originator null);
* a fraction of a scale word ("a quarter of a million") is that fraction of the number;
* a time word that a noun follows ("the night watchman") is no time: the agent of a violent
  verb with that object is not its victim;
* a document with a kind word ("a policy paper said") is its author or the document named in
  full, never the bare head noun ("paper");
* suicide bombers are the attackers of their attack (deployed), never a count of attacks or
  aircraft;
* a campaign's running total ("the campaign has now killed 64") has its own scope;
* a hedge on a participle phrase of another noun ("a boat allegedly carrying narcotics")
  does not hedge the toll;
* "held" with an occasion and "captured" on a recording of several words read across a line
  break.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.numbers import find_quantities, spelled_number
from briefbook.analysis.scopes import long_span, scope_facets
from builders import originators_of


def _claims(text: str) -> list:
    """The claims of ``text`` as the pipeline reads them: with the sentence's originator."""
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


# 1. a relative clause's speaker speaks of its own fact, not the main clause's toll


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The raid that the army said targeted militants killed 12 civilians, medics said.",
            "medics",
        ),
        (
            "The airstrike that the ministry said hit a weapons depot killed nine farmers, "
            "according to local doctors.",
            "doctors",
        ),
        (
            "The convoy which officials said carried fuel was hit by a drone that wounded five "
            "drivers, witnesses said.",
            "witnesses",
        ),
    ],
)
def test_a_relative_clause_speaker_of_another_fact_does_not_own_the_toll(
    text: str, speaker: str
) -> None:
    (claim,) = [c for c in _claims(text) if c.event in {"killed", "wounded"}]
    assert speaker in (claim.attributed_to or "").lower(), claim


def test_a_relative_clause_that_tells_the_toll_keeps_its_speaker() -> None:
    text = (
        "A breakaway faction claimed responsibility for the roadside blast, which district "
        "police said killed seven border guards."
    )
    (claim,) = _claims(text)
    assert "police" in (claim.attributed_to or "").lower(), claim


# 2. claiming an attack is not reporting its toll


@pytest.mark.parametrize(
    "text",
    [
        "The rebels claimed the attack, which killed 12 soldiers.",
        "An armed faction claimed Sunday's bombing at the market that left nine shoppers dead.",
        "The separatists claimed last week's ambush on the convoy, which killed six guards.",
    ],
)
def test_claiming_an_attack_is_no_report_of_its_toll(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.event == "killed", claim
    assert claim.attributed_to is None, claim


@pytest.mark.parametrize(
    "text",
    [
        "The rebels claimed the attack, saying their fighters killed 12 soldiers.",
        "The rebels claimed the attack, which they said killed 12 soldiers.",
        "The rebels claimed to have killed 12 soldiers in the attack.",
    ],
)
def test_a_claimant_telling_the_toll_keeps_it(text: str) -> None:
    (claim,) = _claims(text)
    assert "rebels" in (claim.attributed_to or "").lower(), claim


# 3. fractions of a scale word


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("a quarter of a million", 250_000),
        ("three-quarters of a million", 750_000),
        ("a third of a billion", 333_333_333),
        ("half a billion", 500_000_000),
        ("half a million", 500_000),
    ],
)
def test_a_fraction_of_a_scale_word_is_that_fraction(words: str, value: int) -> None:
    assert spelled_number(words) == pytest.approx(value, abs=1), words


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("A quarter of a million people fled the city.", 250_000),
        ("Nearly two-thirds of a billion dollars was pledged.", 600_000_000),
        ("About three quarters of a\nmillion refugees crossed the border.", 675_000),
    ],
)
def test_a_fraction_of_a_scale_word_in_a_sentence(text: str, low: int) -> None:
    (q,) = find_quantities(text)
    assert q.low == pytest.approx(low, rel=0.01), q


# 4. a time word before a noun modifies it; the agent of a violent verb is not its victim


@pytest.mark.parametrize(
    "text",
    [
        "Two gunmen shot the night watchman.",
        "Three attackers stabbed the morning shift supervisor outside the plant.",
        "Two men killed the day guard at the depot.",
    ],
)
def test_the_agent_of_a_violent_verb_is_not_its_victim(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.event not in {"killed", "wounded", "casualties"}, claim


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Three soldiers wounded the previous night were flown out.", "wounded"),
        ("Two soldiers killed three weeks ago were buried.", "killed"),
    ],
)
def test_a_time_after_the_verb_still_is_no_object(text: str, event: str) -> None:
    (claim,) = _claims(text)
    assert claim.event == event, claim


# 6. a document with a kind word: its author, or the document in full


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("A policy paper said 40 soldiers had left the base.", "policy paper"),
        ("The white paper said 40 soldiers had left the base.", "white paper"),
        (
            "The Velan Institute's policy paper said 40 soldiers had left the base.",
            "Velan Institute",
        ),
        (
            "A briefing paper from the Velan Institute said 40 soldiers had left the base.",
            "Velan Institute",
        ),
        ("The ministry's research note said 40 soldiers had left the base.", "ministry"),
    ],
)
def test_a_document_with_a_kind_word_is_its_author_or_named_in_full(text: str, origin: str) -> None:
    assert originators_of(text)[0] == origin, originators_of(text)


def test_a_bare_paper_stays_the_newspaper() -> None:
    assert originators_of("The paper said 40 soldiers had left the base.")[0] == "paper"


# 7. suicide bombers are attackers


@pytest.mark.parametrize(
    "text",
    [
        "Police said two explosions that hit the capital were carried out by three suicide "
        "bombers.",
        "The attack on the checkpoint was carried out by two suicide bombers on motorcycles.",
        "Two suicide bombers detonated explosives at the gate, killing nine people.",
        "Two suicide bombers blew themselves up at the gate.",
    ],
)
def test_suicide_bombers_are_the_attackers(text: str) -> None:
    (claim,) = [c for c in _claims(text) if "bomber" in c.counts]
    assert claim.counts == "suicide bombers", claim
    assert claim.event == "deployed", claim


def test_bombers_alone_stay_aircraft() -> None:
    (claim,) = _claims("Four bombers struck the airfield overnight.")
    assert claim.event == "struck", claim


def test_suicide_bombers_killed_stay_killed() -> None:
    (claim,) = _claims("Two suicide bombers were killed in the blast.")
    assert claim.event == "killed", claim


# 8. a campaign's running total has its own scope


@pytest.mark.parametrize(
    "text",
    [
        "The campaign has now killed 64 people, the ministry said.",
        "The air campaign has so far killed 120 fighters.",
        "The offensive had already displaced 9,000 villagers by March.",
    ],
)
def test_a_campaign_running_total_has_its_own_scope(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.scope is not None, claim
    assert scope_facets(claim.scope).span == "campaign", claim
    assert long_span(claim.scope), claim


def test_one_strike_of_a_campaign_has_no_campaign_scope() -> None:
    (claim,) = _claims("The strike on the boat killed three people, officials said.")
    assert scope_facets(claim.scope).span != "campaign", claim


# 9. a hedge on another noun's participle phrase


@pytest.mark.parametrize(
    "text",
    [
        "The strike hit a boat allegedly carrying narcotics, killing three people.",
        "Three crew members died when the navy fired on a skiff reportedly smuggling fuel.",
        "A drone strike killed two men reportedly linked to the cartel.",
    ],
)
def test_a_hedge_on_another_nouns_phrase_does_not_hedge_the_toll(text: str) -> None:
    (claim,) = _claims(text)
    assert not claim.hedged and claim.hedges == [], claim


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen allegedly killed 12 people in the village.",
        "Twelve people were reportedly killed.",
        "Twelve people reportedly killed in the blast were buried.",
    ],
)
def test_a_hedge_on_the_toll_stays(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.hedged, claim


# 10. "held" with an occasion, "captured" on a recording: any space between the words


@pytest.mark.parametrize(
    "text",
    [
        "The governor held a town\nhall with 300 residents on Friday.",
        "The envoy held a round\ttable with 12 ministers.",
    ],
)
def test_held_with_an_occasion_across_a_line_break_is_no_detention(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.event != "detained", claim


def test_captured_on_a_recording_across_a_line_break_is_no_capture() -> None:
    (claim,) = _claims("Two suspects were captured on closed-circuit\ntelevision near the gate.")
    assert claim.event != "captured", claim


def test_held_people_stay_detained() -> None:
    (claim,) = _claims("Police held 300 residents on Friday.")
    assert claim.event == "detained", claim
