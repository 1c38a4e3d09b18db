"""Decisive news the bottom line left out (round kj21; invented sentences, no third-party
text): an agreement that ends a war (agreed to end it, a deal to end it signed, a peace
treaty or settlement concluded, the war told as over); a senior commander or minister of war
killed, named by a post ("the army chief of staff"), an apposition or "died" in a strike; a
force's disarmament (arms handed in, an agreement to disarm, the handover told by its noun)
and sanctions imposed (by their verb, in the passive, "sanctioned" and its targets). Near
misses keep their old reading: a ceasefire or a treaty proposed, rejected or refused, a war of
another kind ("price war", "war of words"), a commander injured, targeted, claimed killed or
dead of old age, disarmament only urged, refused or talked about, sanctions considered,
threatened, discussed, lifted, recalled by their year or weighed long after."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.relative_days import absolute_days
from briefbook.assessment.signals import decisive_domain, is_decision, is_decisive_event
from briefbook.ingest import SourceSpec, load_documents

WAR_ENDED = [
    "The two sides agreed to end the war on Sunday.",
    "Ostland and Karsia agreed to end their four-year war.",
    "The government and the rebels have agreed to end the war.",
    "The warring parties agreed to end the conflict in the north.",
    "A deal to end the war was signed in Vendra on Monday.",
    "An agreement ending the border war was reached in Sarnovo late on Friday.",
    "Dorvia and Kestan signed a peace treaty in Halvik on Thursday.",
    "The two governments concluded a peace settlement after nine days of talks.",
    "The eight-year war between Dorvia and Kestan ended on Sunday.",
    "The war between Ostland and Karsia is over, the two foreign ministers said.",
]
COMMANDER_KILLED = [
    "The army chief of staff was killed in a strike on Tuesday.",
    "Karsia's chief of the general staff, General Ivo Pran, was killed in a missile strike.",
    "Brigadier General Tomas Orlov, commander of the 5th Brigade, was killed in an ambush "
    "near Ostra.",
    "A drone strike killed Karsia's deputy defence minister in Vendra.",
    "Lieutenant General Ana Sol, who led the eastern front, died in a missile strike on her "
    "headquarters.",
    "Colonel Ivo Pran, the commander of the 3rd Brigade, was killed by artillery fire.",
    "The navy commander, Admiral Jaro Vell, was killed when a missile hit his flagship.",
    "An Ostlandi air strike killed the rebels' intelligence chief and two of his aides.",
    "The head of military intelligence, Major General Rui Kast, was killed in a drone attack.",
]
DISARMED = [
    "The armed group has agreed to disarm under the deal.",
    "The Northern Front agreed to lay down its arms by the end of the year.",
    "The rebels agreed to hand over their weapons by the end of the month.",
    "The two sides signed an agreement on the handover of heavy weapons.",
    "Fighters of the Liberation Front began handing in their rifles at collection points on "
    "Monday.",
    "The handover of weapons by the militia began on Monday under the eye of UN monitors.",
]
SANCTIONED = [
    "New sanctions were imposed by the US and the EU on Tuesday.",
    "Sanctions imposed by the US and the EU on Monday target Karsia's oil exports.",
    "The EU and the US sanctioned 12 senior Karsian officials on Wednesday.",
    "Washington and Brussels announced sweeping sanctions against Karsian banks.",
    "The US Treasury today sanctioned nine individuals and seven entities linked to the militia.",
    "The European Union adopted a new package of sanctions against Karsia on Friday.",
    "The EU on Thursday slapped an asset freeze and travel ban on four Karsian generals.",
    "Twelve Karsian officials were sanctioned by the EU on Monday.",
]

NEAR_WAR_ENDED = [
    "Ostland rejected a deal to end the war.",
    "A proposal to end the war was rejected by the rebels.",
    "The two sides discussed ending the war at talks in Vendra.",
    "Dorvia called for an agreement to end the war.",
    "If the war ends, the refugees may return.",
    "When the war ended, the refugees returned to Ostra.",
    "The sides agreed to resume talks on ending the war next week.",
    "A peace treaty was proposed by the mediators.",
    "Karsia refused to sign the peace treaty.",
    "The war entered its fourth year on Sunday.",
    "The war ended his career as a pilot.",
    "The war between Dorvia and Kestan ended in 1995.",
    "The price war between the two supermarket chains ended on Monday.",
    "The two chains agreed to end their price war.",
    "The two capitals agreed to end the war of words.",
    "The two sides agreed to end the talks without a deal.",
]
NEAR_COMMANDER_KILLED = [
    "The army chief of staff was injured in a strike on Tuesday.",
    "A drone strike targeted the army chief of staff in Vendra.",
    "The militia claimed it had killed the army chief of staff.",
    "Brigadier General Tomas Orlov survived an ambush near Ostra.",
    "The commander of the 5th Brigade was wounded by shrapnel.",
    "The army chief of staff was killed in a car crash on Tuesday.",
    "The ministry denied that the chief of staff was killed.",
    "General Ivo Pran died on Monday aged 90.",
    "The commander of the unit said one soldier was killed.",
    "Commander Ana Sol, who said two soldiers were killed, visited the front.",
    "The chief of staff visited troops wounded in the strike.",
]
NEAR_DISARMED = [
    "The militia refused to hand over its weapons.",
    "The militia was urged to disarm.",
    "Talks on disarmament began on Monday in Vendra.",
    "The disarmament of the militia was postponed.",
    "The US handed over weapons to the Ostlandi army.",
]
NEAR_SANCTIONED = [
    "The EU is considering sanctions against Karsia's central bank.",
    "The United States threatened to impose sanctions on Karsia.",
    "Sanctions against Karsian banks were considered by the EU on Monday.",
    "The EU could impose new sanctions on Karsia next month.",
    "Ostland called on the EU to impose sanctions on Karsia.",
    "The EU discussed new sanctions against Karsia.",
    "The EU announced it was considering sanctions against Karsia.",
    "The EU announced the lifting of sanctions on Karsia.",
    "The committee approved a report on sanctions.",
    "The referee sanctioned two players after the match.",
    "Parliament sanctioned the deployment of troops to the border.",
    "The sanctions imposed on Karsia in 2014 remain in force.",
    "Sanctions imposed by the West have failed to stop the war.",
    "The US has sanctioned dozens of Karsian officials since 2022.",
]


@pytest.mark.parametrize("text", WAR_ENDED + COMMANDER_KILLED + DISARMED + SANCTIONED)
def test_a_decisive_event_of_the_kind(text: str) -> None:
    assert is_decisive_event(text)


@pytest.mark.parametrize(
    "text", NEAR_WAR_ENDED + NEAR_COMMANDER_KILLED + NEAR_DISARMED + NEAR_SANCTIONED
)
def test_a_near_miss_is_no_decisive_event(text: str) -> None:
    assert not is_decisive_event(text)


@pytest.mark.parametrize("text", SANCTIONED)
def test_sanctions_imposed_are_a_states_decision(text: str) -> None:
    assert is_decision(text)
    assert decisive_domain(text) == "economic"


@pytest.mark.parametrize("text", NEAR_SANCTIONED)
def test_sanctions_not_imposed_are_no_decision(text: str) -> None:
    assert not is_decision(text)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # a war's end, agreed or told, is diplomacy whatever fighting it ends
        ("The two sides agreed to end the war on Sunday.", "political"),
        ("The war between the army and the rebels ended on Sunday.", "political"),
        ("The army chief of staff was killed in a strike on Tuesday.", "military"),
        ("The war entered its fourth year on Sunday.", None),
    ],
)
def test_the_domain_of_the_act(text: str, domain: str | None) -> None:
    assert decisive_domain(text) == domain


def _key_judgments(tmp_path: Path, news: str) -> list[str]:
    (tmp_path / "a.txt").write_text(
        "Karsian jets struck militia depots near Vendra overnight, killing at least 14 "
        "fighters, the army said.\n\nHundreds of families fled Vendra on Tuesday.\n\n"
        "The Karsian aid agency provided nearly $200 million over the last year to support "
        "vulnerable families affected by the conflict.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "The offensive signals a dangerous escalation that risks drawing in Ostland, analysts "
        "say.\n\nKarsia's reliance on air power reflects the weakness of its ground forces.\n",
        encoding="utf-8",
    )
    # the newest report: its news is no lede, so only its reading as decisive can lift it
    (tmp_path / "c.txt").write_text(
        "Good afternoon.\n\n" + news + "\n\nThe monitors will report to both capitals.\n",
        encoding="utf-8",
    )
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2024-05-06"),
            SourceSpec(path="b.txt", published="2024-05-10"),
            SourceSpec(path="c.txt", published="2024-05-18"),
        ],
        base=tmp_path,
    )
    return [s.text for s in assess_documents(docs, issue_date="2024-05-20").key_judgments]


@pytest.mark.parametrize(
    "news",
    [
        "Ostland and Karsia agreed to end their four-year war.",
        "A deal to end the war was signed in Vendra on Monday.",
        "The army chief of staff was killed in a strike on Tuesday.",
        "A drone strike killed Karsia's deputy defence minister in Vendra.",
        "The handover of weapons by the militia began on Monday under the eye of UN monitors.",
        "The rebels agreed to hand over their weapons by the end of the month.",
        "New sanctions were imposed by the US and the EU on Tuesday.",
        "The EU and the US sanctioned 12 senior Karsian officials on Wednesday.",
    ],
)
def test_the_newest_reports_decisive_news_leads_the_bottom_line(tmp_path: Path, news: str) -> None:
    shown = _key_judgments(tmp_path, news)
    # its weekday is written as the day it names (round facts25): "on Monday 13 May 2024"
    assert shown and shown[0] == absolute_days(news, dt.date(2024, 5, 18)), shown


@pytest.mark.parametrize(
    "news",
    [
        "A proposal to end the war was rejected by the rebels.",
        "The two chains agreed to end their price war.",
        "The army chief of staff was injured in a strike on Tuesday.",
        "General Ivo Pran died on Monday aged 90.",
        "Talks on disarmament began on Monday in Vendra.",
        "The United States threatened to impose sanctions on Karsia.",
        "The EU could impose new sanctions on Karsia next month.",
    ],
)
def test_a_near_miss_does_not_lead_the_bottom_line(tmp_path: Path, news: str) -> None:
    shown = _key_judgments(tmp_path, news)
    assert shown and shown[0] != news, shown
