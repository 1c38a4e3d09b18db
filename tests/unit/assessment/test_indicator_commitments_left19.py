"""A named actor's commitment to act ("Malaysia will coordinate an ASEAN observer team") is
what will happen next: among the indicators it ranks as outlook material wherever the
section classifier put it, so an analysis' hedged forecasts do not crowd it out. A hedged
forecast, a stance, a thing or process as subject and a reported statement are no
commitment and keep their rank (invented sentences)."""

from __future__ import annotations

import pytest

from briefbook.analysis.pipeline import sentence_facts
from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.situation import is_commitment
from briefbook.config.outline import load_schema
from builders import paragraph_document


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia will coordinate an ASEAN observer team to monitor the truce, the foreign "
        "minister said.",
        "Teravia, as chair of the regional bloc, will send an observer mission to Vell.",
        "The UN Security Council will meet on Friday to discuss the border war.",
    ],
)
def test_a_named_actors_commitment_to_act(text: str) -> None:
    assert is_commitment(text)


@pytest.mark.parametrize(
    "text",
    [
        "Karsia will likely seek diplomatic support from its partners.",  # a hedged forecast
        "Ostland will remain vigilant along the frontier.",  # a stance
        "The conflict will escalate unless outside powers step in.",  # no actor named
        "Officials said Teravia will send observers.",  # a reported statement
        "It will take weeks to clear the mines.",  # a pronoun
        "Teravia will not send observers.",  # a refusal
    ],
)
def test_near_miss_no_commitment(text: str) -> None:
    assert not is_commitment(text)


FORECASTS = [
    "The border war is likely to persist for weeks because neither government can back down.",
    "Fighting could spread to the coastal provinces if Ostland's navy enters the gulf.",
    "Ostland is likely to expand its air campaign in the coming weeks.",
    "A ceasefire may hold only if outside powers keep up their pressure on both sides.",
    "Refugee flows into Teravia could rise sharply if the shelling continues.",
]
NEWS = [
    "Ostland and Karsia agreed to an immediate ceasefire on Monday after four days of "
    "fighting along the border.",
    "Malaysia will coordinate an ASEAN observer team to monitor the truce, the Malaysian "
    "foreign minister said.",
    "Karsia will likely seek further diplomatic support from its regional partners.",
]


def _indicators(texts: list[str]) -> list[str]:
    analysis = paragraph_document("S1", FORECASTS, "What comes next", published="2031-06-16")
    news = paragraph_document("S2", texts, "Truce on the border", published="2031-06-16")
    for doc in (analysis, news):
        doc.reliability, doc.credibility = "B", 2
    sections = {s.id: "outlook" for s in analysis.sentences}
    sections.update({s.id: "context" for s in news.sentences})
    facts = {s.id: sentence_facts(s.text) for d in (analysis, news) for s in d.sentences}
    result = draw_judgments(
        [analysis, news], sections, load_schema("conflict"), facts=facts, issue_date="2031-06-17"
    )
    return [st.text for st in result.indicators]


def test_a_third_states_commitment_is_not_crowded_out_of_the_indicators() -> None:
    assert NEWS[1] in _indicators(NEWS)


def test_near_miss_a_hedged_forecast_in_the_situation_keeps_its_rank() -> None:
    # without the commitment, the situation's hedged forecast is not lifted: it ranks after
    # the three best of the analysis' outlook, as before
    indicators = _indicators([NEWS[0], NEWS[2]])
    assert indicators.index(NEWS[2]) == 3, indicators
    assert indicators[:3] == [FORECASTS[2], FORECASTS[4], FORECASTS[1]]
