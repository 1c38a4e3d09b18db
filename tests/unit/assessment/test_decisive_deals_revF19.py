"""A decisive deal is a deal about the fighting, a decisive killing a leader's in war (round
revF19; invented sentences, no third-party text): a commercial, trade or arms deal signed,
a bare "head" killed, a commander killed in a car crash and a truce recalled by its year are
no turn of the situation; their near misses (a deal to end the fighting, a president killed
in a strike, a truce agreed today) stay decisive."""

from __future__ import annotations

import pytest

from briefbook.assessment.signals import decisive_domain, is_decisive_event
from briefbook.assessment.situation import domain_of


@pytest.mark.parametrize(
    "text",
    [
        "Vendra Motors signed a deal with the airline to supply 40 jets.",
        "The two companies reached an agreement on the merger on Monday.",
        "Ostland and Karsia signed a trade agreement in Sarnovo on Monday.",
        "An arms deal was signed between Ostland and Karsia.",
        "The club reached a deal with the striker.",
        "A deal was reached to sell the stadium.",
        "The truce agreed in 2014 has largely held.",
        "The deal reached in 2015 collapsed last year.",
        "The strike killed the head of the household.",
        "Gunmen killed the head teacher of a school in Ostra.",
        "Army chief Tomas Orlov was killed in a car crash.",
        "The rebel commander was killed in a traffic accident on Monday.",
    ],
)
def test_no_turn_of_the_fighting(text: str) -> None:
    assert not is_decisive_event(text)
    assert decisive_domain(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The rebels and the army reached a deal to halt the fighting in the valley.",
        "A deal was signed in Sarnovo for the militia to pull back from the border.",
        "The truce agreed on Tuesday has largely held.",
        "Karsia's president was killed in a strike on Monday.",
        "An Ostlandi strike killed the head of state in Vendra.",
        "Militia commander Tomas Orlov was killed in a drone strike near the crash site.",
    ],
)
def test_near_misses_stay_decisive(text: str) -> None:
    assert is_decisive_event(text)


def test_a_deal_about_the_fighting_is_political_a_trade_deal_economic() -> None:
    assert decisive_domain("The rebels and the army reached a deal to halt the fighting.") == (
        "political"
    )
    assert domain_of("A trade deal was signed between Ostland and Karsia.") == "economic"


def _toll_lift(text: str) -> float:
    from briefbook.assessment.key_judgments import news_bonus
    from briefbook.assessment.params import JudgmentParams
    from briefbook.assessment.signals import key_signal
    from briefbook.model import Claim, Sentence

    # two sentences, the toll second: no lede bonus, only the toll's own lift
    sentences = [
        Sentence(id="S1.1", source="S1", text="Karsia said little on Monday.", paragraph=0),
        Sentence(id="S1.2", source="S1", text=text, paragraph=1),
    ]
    claim = Claim(
        text=text,
        quantity=3000,
        counts="people",
        event="killed",
        attributed_to=None,
        hedged=False,
        evidence=["S1.2"],
        low=3000.0,
        high=3000.0,
        kind="count",
        modality="asserted",
        published="2024-05-18",
    )
    signals = [key_signal(s.text, False, False) for s in sentences]
    params = JudgmentParams(claim_bonus=0.0)
    return news_bonus(sentences, signals, {1: [claim]}, params).get(1, 0.0)


def test_a_toll_of_the_past_is_not_lifted_by_its_size() -> None:
    assert _toll_lift("The militia killed 3,000 people in Ostra on Monday.") > 0.0
    assert _toll_lift("The militia killed 3,000 people in Ostra in 1982.") == 0.0
    assert _toll_lift("The militia has killed 3,000 people in Ostra over four decades.") == 0.0
