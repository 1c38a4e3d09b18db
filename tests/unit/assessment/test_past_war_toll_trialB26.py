"""The toll of a war a dated deal ended lends a sentence no weight of consequence (new-analyst
trial trialB26; invented sentences): "at peace since a 2018 agreement ended a five-year
conflict ... which killed nearly 400,000 people" in a report of 2025 is history that
explains the news, not the news, whatever its size. Near misses keep their lift: this
week's toll, and fighting a truce of the report's own year ended."""

from __future__ import annotations

from briefbook.analysis.claims import find_claims
from briefbook.assessment.key_judgments import news_bonus
from briefbook.assessment.params import JudgmentParams
from briefbook.assessment.signals import key_signal
from briefbook.model import Sentence


def _toll_lift(text: str) -> float:
    # two sentences, the toll second: no lede bonus, only the toll's own lift
    sentences = [
        Sentence(id="S1.1", source="S1", text="Karsia said little on Monday.", paragraph=0),
        Sentence(id="S1.2", source="S1", text=text, paragraph=1),
    ]
    claims = find_claims(text, "S1.2", published="2025-03-26")
    signals = [key_signal(s.text, False, False) for s in sentences]
    return news_bonus(sentences, signals, {1: claims}, JudgmentParams(claim_bonus=0.0)).get(1, 0.0)


def test_the_toll_of_a_war_a_dated_deal_ended_is_not_lifted_by_its_size() -> None:
    assert (
        _toll_lift(
            "Ostland has been formally at peace since a 2016 agreement ended a six-year "
            "conflict between the two leaders, which killed nearly 90,000 people."
        )
        == 0.0
    )
    assert (
        _toll_lift(
            "The arrests imperil a 2018 peace deal that ended a five-year civil war between "
            "forces loyal to Tarvo and Kesh that cost nearly 400,000 lives."
        )
        == 0.0
    )


def test_near_miss_a_toll_of_the_news_or_of_a_war_going_on_keeps_its_lift() -> None:
    assert _toll_lift("Gunmen killed 3,000 people in Ostra on Monday.") > 0.0
    # a deal of the report's own year ended fighting of the news
    assert _toll_lift("A 2025 truce ended the fighting in Ostra, which killed 3,000 people.") > 0.0
