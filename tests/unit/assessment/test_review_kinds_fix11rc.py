"""Review 11 kinds (invented sentences): news set against a long past is still news when it is
dated to the present or sets a record ("the deadliest ... since the 2006 war"); the per-source
spread counts only candidates that could be taken, and the bottom line fills to its configured
size; a measure coming into force ("has taken effect") or an effect on a named object on a
date ("could affect ferries on Sunday") is no diffuse effect."""

from __future__ import annotations

import pytest

from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.signals import is_background, key_signal
from briefbook.assessment.situation import names_vague_effect
from briefbook.config.outline import load_schema
from builders import paragraph_document, weekdays_as_said


@pytest.mark.parametrize(
    "text",
    [
        # a record set against a past event
        "Ostlandi rockets killed 31 civilians in Vendra on Tuesday, the deadliest strike on "
        "the port since the 2006 war, the mayor said.",
        "Fuel prices in Kell rose to their highest level since the 2011 occupation.",
        "It was the first drone attack on the capital since the 2019 offensive.",
        # a long past told against the news of the day
        "For years, Tarvia has denied arming the militia, but on Thursday it admitted it.",
        "For decades, the crossing was closed; this week it reopened to trucks.",
        "The dam, scarred by the 2020 flood, burst overnight, officials said.",
    ],
)
def test_news_against_a_long_past_is_news(text: str) -> None:
    assert not is_background(text)
    assert not key_signal(text, False, False).background


@pytest.mark.parametrize(
    "text",
    [
        "The district has been tense since the 1998 uprising.",
        "For years, the rebels have taxed trucks on the northern road.",
        "The square is remembered for the 1989 massacre.",
    ],
)
def test_background_without_news_stays_background(text: str) -> None:
    assert is_background(text)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("The new EU sanctions on Vendran shipping have taken effect.", False),
        ("The truce has been in effect since Saturday.", False),
        ("The export ban came into effect at midnight.", False),
        ("The fuel rationing will go into effect on 3 April.", False),
        ("The gale could affect ferries to the islands on Sunday.", False),
        ("The strike may affect train services in Kell until next week.", False),
        # diffuse effects stay diffuse
        ("The gale could affect the wider region.", True),
        ("The truce has far-reaching implications for the north.", True),
        ("The ban has taken effect and raises serious concerns for farmers.", True),
    ],
)
def test_a_measure_in_force_or_a_dated_effect_is_no_diffuse_effect(text: str, vague: bool) -> None:
    assert names_vague_effect(text) is vague


ISSUE = "2026-05-20"
# an analysis with five distinct news statements of consequence, each of another domain
ANALYSIS = [
    "Ostlandi forces seized the river town of Marn on 18 May after a two-week siege, killing "
    "at least 60 defenders, the Tarvian army said.",
    "Ostland moved 8,000 more troops to the Kell border on Monday, according to Tarvian "
    "intelligence.",
    "Tarvian drones hit the Ostlandi fuel depot at Brask on Tuesday, halting deliveries to "
    "the front.",
    "The Union sanctioned 30 Ostlandi shipping firms on Wednesday for carrying Tarvian grain.",
    "Aid agencies evacuated 2,400 civilians from the villages south of Marn on Sunday.",
]
# a news report whose lede repeats the analysis' first statement, then colour
NEWS = [
    "Ostlandi forces seized the river town of Marn on 18 May after a two-week siege, killing "
    "at least 60 defenders, the Tarvian army said on Tuesday.",
    "Residents recalled long nights in cellars.",
]


def test_the_spread_counts_only_candidates_that_could_be_taken() -> None:
    schema = load_schema("conflict")
    docs = [
        paragraph_document("S1", ANALYSIS, "The Marn front", published="2026-05-19"),
        paragraph_document("S2", NEWS, "Marn falls", published="2026-05-19"),
    ]
    sections = {f"S1.{k}": "battlefield" for k in range(1, 6)}
    sections.update({"S2.1": "battlefield", "S2.2": "context"})
    result = draw_judgments(docs, sections, schema, issue_date=ISSUE)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    # the near-duplicate lede, merged into the first judgment, holds no place for its source:
    # the bottom line fills to five, four of them the analysis' news
    assert len(texts) == 5, texts
    assert sum(t.startswith("Ostlandi forces seized") for t in texts) == 1, texts
    assert sum(t in ANALYSIS for t in texts) >= 4, texts
