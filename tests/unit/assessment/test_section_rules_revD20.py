"""Review of the section rules of secs20 and trial22 (``data/section_rules.yaml``): sentences
near each new rule's boundary, invented. GUIDE: geopolitical = "assess the EFFECT BEYOND THE
BATTLEFIELD"; rule 5: a hedged forward sentence that assesses an implication of a present
development keeps it; conclusion = "an OVERALL verdict ... that sums up the assessment"."""

from __future__ import annotations

import pytest
from tests.builders import top_after_rules as _top

GEO = dict(geopolitical=0.6, context=0.3, none=0.1)
GEO_OUT = dict(geopolitical=0.6, outlook=0.3, none=0.1)
CON = dict(conclusion=0.6, context=0.15, geopolitical=0.1, factors=0.1, none=0.05)

EFFECTS_BY_VERB = [
    # plain_report: an effect beyond the battlefield told by a verb of causing or stopping
    "The embargo has raised fuel prices across the region.",
    "The strikes triggered a diplomatic row between Ankara and Baghdad.",
    "The war has sent thousands of refugees across the border into Moldova.",
    "The embargo has not stopped Tessalian oil from reaching Asian markets.",
    '"The sanctions have bankrupted our shipyards," the minister said.',
]


@pytest.mark.parametrize("text", EFFECTS_BY_VERB)
def test_an_effect_told_by_its_verb_stays_geopolitical(text):
    assert _top(text, **GEO) == "geopolitical"


REPORTS = [
    # near misses: an act told as news stays the situation
    "Dorvia has joined the embargo on Tessalian grain.",
    "The league sent an envoy to Amsel to discuss the grain embargo.",
    "The Varn League stopped its grain exports to Kessel.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_near_miss_an_act_told_as_news_is_the_situation(text):
    assert _top(text, **GEO) == "context"


IMPLICATIONS = [
    # forecast_plan: a cause told with "is due to", an effect of a present development
    "The fuel shortage in the east is largely due to the blockade of the port.",
    "As a result of the vote, there will likely be fewer Western arms reaching Kyiv.",
    "The deployment is set to deepen Pyongyang's dependence on Moscow.",
]


@pytest.mark.parametrize("text", IMPLICATIONS)
def test_a_cause_or_an_implication_is_no_forecast(text):
    assert _top(text, **GEO_OUT) == "geopolitical"


FORECASTS = [
    # near misses: an act or a trend ahead stays the outlook
    "The summit is due to open in Geneva on 4 June.",
    "Beijing is expected to expand its purchases of Tessalian crude next year.",
    "Oil prices may continue to rise through the winter.",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_near_miss_a_forecast_of_an_act_or_trend_is_the_outlook(text):
    assert _top(text, **GEO_OUT) == "outlook"


OWN_VERDICTS = [
    # attributed_verdict: a reporting word in the author's own voice
    "All told, the deployment reveals how thin Russia's reserves have become.",
    "What this tells us is that Moscow is running out of men.",
    "Whatever the Kremlin claims, the offensive has failed to break Ukraine's lines.",
    "Russia's claims of victory ring hollow: the war has exposed the limits of its army.",
    # reported_front: a summing-up or a judgement of what can be
    "In short, the fighting has spread to every province and no side can win it.",
    "Taken together, Kessel's forces have advanced at a cost that cannot be sustained.",
]


@pytest.mark.parametrize("text", OWN_VERDICTS)
def test_the_authors_own_verdict_stays_the_conclusion(text):
    assert _top(text, **CON) == "conclusion"


ATTRIBUTED = [
    # near misses: another's view, or how far the fighting came, is no verdict of the piece
    "According to the envoy, the war is lost.",
    "The war is lost, the minister told reporters.",
    "The rebels had reached the outskirts of Amsel by 3 May, one source said.",
    "The fighting had spread to the port by Tuesday night.",
]


@pytest.mark.parametrize("text", ATTRIBUTED)
def test_near_miss_an_attributed_view_or_a_front_report_is_no_conclusion(text):
    assert _top(text, **CON) != "conclusion"
