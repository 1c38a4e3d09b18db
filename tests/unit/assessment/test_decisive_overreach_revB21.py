"""Decisive news read too widely (review revB21 of round kj21; invented sentences, no
third-party text): an act told as unconfirmed ("reportedly"), unrealised ("nearly", "would
have") or as a party's claim after it (", the rebels claimed"); an act of a time long past
without its year ("last year", "for years"); a "war" of history or another sense ("the Cold
War", "the Korean War", "the war on terror", "the conflict of interest"); a proposal only
announced; the chief of a civilian body named by his post ("the leader of the local farmers'
union"); a general's death whose clause names no weapon of war; sanctions lifted, or a
compound headed by "sanctions" ("sanctions exemptions"). Each near miss below keeps its
decisive reading."""

from __future__ import annotations

import pytest

from briefbook.assessment.signals import is_decision, is_decisive_event

OVER_REACHES = [
    "The two sides reportedly agreed to end the war.",
    "The militia reportedly agreed to disarm.",
    "The EU reportedly imposed sanctions on Karsia.",
    "The two sides nearly agreed to end the war in March.",
    "The EU would have imposed sanctions had Karsia not withdrawn.",
    "The army chief of staff was killed, the rebels claimed.",
    "The two sides agreed to end the war, rebel sources claimed, but the army denied it.",
    "The US imposed sanctions on Karsia last year.",
    "The US has imposed sanctions on Karsia for years.",
    "The Cold War ended with the collapse of the Soviet Union.",
    "The Korean War ended with an armistice, not a peace treaty.",
    "The war on terror is over, the president said.",
    "The board agreed to end the conflict of interest.",
    "The mediators announced a proposal to end the war.",
    "The leader of the local farmers' union was killed in a strike on Tuesday.",
    "The president of the football club was killed in the shelling.",
    "The chief of the village council was killed by artillery fire.",
    "The leader of the protesters was killed by police on Monday.",
    "The leader of the local farmers was killed in the shelling.",
    "The president of the Red Cross society was killed in the shelling.",
    "General Ivo Pran died on Monday aged 90, hours after shelling hit the capital.",
    "General Ivo Pran died in hospital on Monday, two years after a missile strike wounded him.",
    "Sanctions imposed on Karsia were lifted on Monday.",
    "The Treasury announced sanctions exemptions for aid groups on Tuesday.",
    "The EU adopted sanctions guidance for exporters on Monday.",
    "The EU announced sanctions would be lifted on Monday.",
    "A peace treaty was signed in Halvik, the rebels said, but the government denied it.",
    "The handover of weapons began to slow on Monday.",
    "The army gave up its artillery positions near Ostra.",
    "The rebels handed over the weapons depot to the police on Monday.",
]

STILL_DECISIVE = [
    "The civil war in Dorvia ended on Sunday with the signing of a peace accord.",
    "The conflict between the army and the Northern Front has formally ended.",
    "The two sides agreed to end the war, the foreign ministers said.",
    "Kestan and the rebels accepted a plan to end the war on Sunday.",
    "The commander of the Northern Front, Tomas Orlov, was killed by a drone on Sunday.",
    "Lieutenant General Ana Sol died in a missile strike on her headquarters.",
    "Karsia's defence minister was among those killed in the strike on the ministry.",
    "Sanctions imposed by the US and the EU on Monday target Karsia's oil exports.",
    "Canada announced sanctions on 14 Karsian officials on Friday.",
    "The UK on Monday imposed sanctions on five Karsian generals.",
    # an attribution verb is no hedge, nor a claim inside a relative clause
    "Karsia accused Ostland of aggression; Ostlandi troops captured the town of Ostra.",
    "Rebels captured Ostra, which the army had claimed was impregnable.",
    "The leader of the rebel group was killed in an air strike on Monday.",
    "The leader of Hamas was killed in a strike in Tehran.",
    "The handover of weapons by the militia began on Monday under the eye of UN monitors.",
    "The rebels handed over their weapons to UN monitors on Monday.",
]


@pytest.mark.parametrize("text", OVER_REACHES)
def test_an_over_reach_is_no_decisive_event(text: str) -> None:
    assert not is_decisive_event(text)


@pytest.mark.parametrize("text", STILL_DECISIVE)
def test_the_kind_stays_decisive(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions imposed on Karsia were lifted on Monday.",
        "The Treasury announced sanctions exemptions for aid groups on Tuesday.",
        "The EU reportedly imposed sanctions on Karsia.",
    ],
)
def test_sanctions_not_imposed_now_are_no_decision(text: str) -> None:
    assert not is_decision(text)
