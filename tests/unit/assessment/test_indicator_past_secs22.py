"""An indicator is forward-looking and observable: a past event or a description of the
present that only holds a forward word is none (invented sentences, no third-party text).
The kinds: a modal foreseen in the past ("agreed that troops would withdraw"), a habit or
ability of a time long past ("In the 1990s, patrols would cross"), an open question or a
condition about the past ("whether the strike hit the depot"), "watch" or "monitor" after a
subject (what someone does now), "planned" as a past verb, a deadline gone by, a sign named
by a copula ("is a key indicator of"). Near misses that look ahead stay indicators."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.situation import is_indicator
from briefbook.ingest import SourceSpec, load_documents


@pytest.mark.parametrize(
    "text",
    [
        # a modal foreseen in the past
        "In 2019 the two sides agreed that troops would withdraw within a year.",
        "Villagers feared the dam would burst during the floods of 2021.",
        "The garrison surrendered after it became clear that no relief column would arrive.",
        "The commander knew that his troops could not hold the bridge, so he withdrew them.",
        # a habit or an ability of a time long past
        "In the 1990s, patrols would cross the river every night.",
        "Before the war, traders could cross the border at Ostra freely.",
        "Two decades ago, fishing boats might sail as far as the reef.",
        # an open question or a condition about the past
        "Officials did not say whether the convoy reached the town.",
        "It remains unclear whether the strike hit the fuel depot.",
        "If a patrol approached, the guards fled into the hills.",
        # watch or monitor describing what someone does now
        "UN observers monitor the crossing from two posts on the ridge.",
        "Residents watch the convoys pass every morning from their rooftops.",
        "Coast guard crews closely monitor the shipping lane near Velmar.",
        # planned as a past verb
        "The rebels planned the raid on the depot for months before they struck in March.",
        "The attack was planned by a cell based in the capital.",
        # a deadline gone by
        "The deadline passed on Monday without a deal.",
        "The militia missed the deadline to hand over its heavy weapons.",
        # a sign named by a copula
        "Fuel prices are a key indicator of the siege's effect on the city.",
        "The shelling of Dravno was a clear sign of the militia's reach.",
    ],
)
def test_a_past_event_or_a_present_description_is_no_indicator(text: str) -> None:
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: each looks ahead
        "Watch for troop movements near the border by March.",
        "Monitor whether the militia redeploys its artillery to the northern front.",
        "Observers will monitor the withdrawal of heavy weapons from the line.",
        "It remains unclear whether the talks will resume next month.",
        "If the offensive begins before the thaw, the port could fall within weeks.",
        "The army could try to retake the bridge if the rebels are delayed.",
        "The planned withdrawal of the brigade is set for June.",
        "A second round of talks is planned for next week.",
        "Ostland's planned offensive could begin in the spring.",
        "The government extended the deadline for the militia to disarm until Friday.",
        "A renewed attack on the port would be a clear sign of the truce's collapse.",
        "Analysts expect that the rebels would try to cut the highway if the town falls.",
        "The two sides agreed that troops would withdraw by June.",
        "In 2030, the fleet could number more than 400 ships.",
        "The militia threatens to close the strait unless the blockade is lifted.",
        "Rebels are massing troops near the city and could launch an assault within days.",
        # an "-ed" adjective further on is no past verb of the condition
        "Dravno warned that talks won't resume unless Ostland offers an excuse for its "
        "combined drills.",
        # "planned" after its noun, closing a phrase
        "Landings and night marches are also among the activities planned, a press kit said.",
        # a recent statement of a course to come is no time long past
        "Last week, the minister said the country would keep blocking the convoys.",
    ],
)
def test_a_forward_sentence_stays_an_indicator(text: str) -> None:
    assert is_indicator(text)


def test_the_briefing_lists_no_past_event_as_an_indicator(tmp_path: Path) -> None:
    (tmp_path / "front.txt").write_text(
        "Ostland forces shelled the port of Velmar on Monday, killing four dockworkers.\n\n"
        "In 2019 the two governments agreed that all troops would withdraw from the river "
        "valley within a year.\n\n"
        "UN observers monitor the crossing at Dravno from two posts on the ridge.\n\n"
        "The militia planned the raid on the fuel depot for months before it struck.\n\n"
        "Ostland is massing armour near Velmar and could launch an assault on the port "
        "within days.\n",
        encoding="utf-8",
    )
    docs = load_documents([SourceSpec(path="front.txt", published="2024-05-06")], base=tmp_path)
    shown = [s.text for s in assess_documents(docs, issue_date="2024-05-06").indicators]
    assert any("could launch an assault" in t for t in shown), shown
    for past in ("agreed that all troops", "UN observers monitor", "planned the raid"):
        assert not any(past in t for t in shown), shown
