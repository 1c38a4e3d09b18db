"""Likelihood with scope and owner (briefbook.assessment.grading)."""

from __future__ import annotations

from briefbook.assessment.grading import grade_statement, likelihood_from_hedges


def test_parenthetical_hedge_on_a_place_is_not_a_likelihood() -> None:
    assert (
        likelihood_from_hedges("Envoys will meet in Portugal next week, likely in Porto.") is None
    )


def test_attributive_likely_describes_a_fact() -> None:
    assert (
        likelihood_from_hedges("Drones remain the most likely form of attack on the port.") is None
    )
    assert likelihood_from_hedges("Officials studied a probable route for the convoy.") is None


def test_governing_hedge_is_a_likelihood() -> None:
    assert likelihood_from_hedges("The militia will likely shell the bridge again.") == "likely"
    assert likelihood_from_hedges("It is very likely that the talks collapse.") == "very likely"


def test_own_voice_estimate_gives_likelihood_only() -> None:
    g = grade_statement(
        ["The militia will probably retreat before winter."],
        grades=[("B", 2)],
        hedged=True,
        attributed_to=None,
        doubted=False,
        corroborating_origins=0,
    )
    assert g.likelihood == "likely"
    assert g.confidence is None
    assert g.rationale and "likely" in g.rationale


def test_source_estimate_is_theirs_not_the_briefings() -> None:
    g = grade_statement(
        ["The aid agency chief expects famine is likely to spread, she said."],
        grades=[("B", 2)],
        hedged=True,
        attributed_to="aid agency chief",
        doubted=False,
        corroborating_origins=0,
    )
    assert g.likelihood is None
    assert g.source_estimate == "likely"
    assert g.confidence is not None
    assert g.rationale and "aid agency chief" in g.rationale


def test_fact_gets_confidence_only() -> None:
    g = grade_statement(
        ["The ministry sanctioned 14 firms on Tuesday."],
        grades=[("A", 1), ("B", 2)],
        hedged=False,
        attributed_to=None,
        doubted=False,
        corroborating_origins=1,
    )
    assert g.likelihood is None
    assert g.confidence in {"moderate", "high"}
    assert g.rationale


def test_corroboration_raises_an_own_estimate() -> None:
    g = grade_statement(
        ["The militia will probably retreat before winter."],
        grades=[("B", 2)],
        hedged=True,
        attributed_to=None,
        doubted=False,
        corroborating_origins=2,
    )
    assert g.likelihood == "very likely"
